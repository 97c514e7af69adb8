// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/auditlabels.h"

#include "app/core/enums.h"
#include "app/report/signingmonth.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

using namespace Qt::StringLiterals;

namespace akten::models {

QString auditActionSv(const QString &action)
{
    static const QHash<QString, const char *> labels {
        { u"view.residents"_s, QT_TRANSLATE_NOOP("AuditLabels", "Visade listan över boende") },
        { u"view.record.cover"_s, QT_TRANSLATE_NOOP("AuditLabels", "Öppnade akten (försättsblad)") },
        { u"view.record.decisions"_s, QT_TRANSLATE_NOOP("AuditLabels", "Läste beslut och insatser") },
        { u"view.record.plan"_s, QT_TRANSLATE_NOOP("AuditLabels", "Läste genomförandeplanen") },
        { u"view.record.journal"_s, QT_TRANSLATE_NOOP("AuditLabels", "Läste social journal") },
        { u"view.record.signing"_s, QT_TRANSLATE_NOOP("AuditLabels", "Läste signeringslistan") },
        { u"view.record.documents"_s, QT_TRANSLATE_NOOP("AuditLabels", "Läste handlingar") },
        { u"view.record.day_notes"_s, QT_TRANSLATE_NOOP("AuditLabels", "Läste daganteckningar om den boende") },
        { u"view.record.life_story"_s, QT_TRANSLATE_NOOP("AuditLabels", "Läste levnadsberättelsen") },
        { u"view.record.powers_and_money"_s, QT_TRANSLATE_NOOP("AuditLabels", "Läste fullmakter och avtal om medel") },
        { u"view.record.falls"_s, QT_TRANSLATE_NOOP("AuditLabels", "Läste fallrapporter och checklistor") },
        { u"view.record.consents"_s, QT_TRANSLATE_NOOP("AuditLabels", "Läste samtyckena") },
        { u"view.record.releases"_s, QT_TRANSLATE_NOOP("AuditLabels", "Läste begäran om utlämnande") },
        { u"view.protected"_s, QT_TRANSLATE_NOOP("AuditLabels", "Öppnade akt med skyddad identitet") },
        { u"view.log_control"_s, QT_TRANSLATE_NOOP("AuditLabels", "Öppnade loggkontrollen") },
        { u"log.export"_s, QT_TRANSLATE_NOOP("AuditLabels", "Exporterade loggen") },
        { u"export.signing_list"_s, QT_TRANSLATE_NOOP("AuditLabels", "Skrev ut signeringslistan för en månad") },
        { u"auth.login"_s, QT_TRANSLATE_NOOP("AuditLabels", "Loggade in") },
        { u"auth.logout"_s, QT_TRANSLATE_NOOP("AuditLabels", "Loggades ut") },
        { u"auth.failed_pin"_s, QT_TRANSLATE_NOOP("AuditLabels", "Fel kod") },
        { u"auth.badge_locked"_s, QT_TRANSLATE_NOOP("AuditLabels", "Brickan låstes efter fel koder") },
        { u"auth.locked_badge"_s, QT_TRANSLATE_NOOP("AuditLabels", "Försök med låst bricka") },
        { u"auth.revoked_badge"_s, QT_TRANSLATE_NOOP("AuditLabels", "Försök med spärrad bricka") },
        { u"auth.unknown_badge"_s, QT_TRANSLATE_NOOP("AuditLabels", "Okänd bricka") },
        { u"session.lock"_s, QT_TRANSLATE_NOOP("AuditLabels", "Skärmen låstes") },
        { u"session.unlock"_s, QT_TRANSLATE_NOOP("AuditLabels", "Låste upp skärmen") },
        { u"write.signature"_s, QT_TRANSLATE_NOOP("AuditLabels", "Signerade en insats") },
        { u"write.signature_retraction"_s, QT_TRANSLATE_NOOP("AuditLabels", "Drog tillbaka en signering") },
        { u"write.journal"_s, QT_TRANSLATE_NOOP("AuditLabels", "Skrev i social journal") },
        { u"write.correction"_s, QT_TRANSLATE_NOOP("AuditLabels", "Rättade en journalanteckning") },
        { u"write.plan_follow_up"_s, QT_TRANSLATE_NOOP("AuditLabels", "Följde upp en genomförandeplan") },
        { u"write.record_document"_s, QT_TRANSLATE_NOOP("AuditLabels", "Skrev en handling i akten") },
        { u"write.day_note"_s, QT_TRANSLATE_NOOP("AuditLabels", "Skrev en daganteckning") },
        { u"write.day_note_review"_s, QT_TRANSLATE_NOOP("AuditLabels", "Granskade en daganteckning") },
        { u"purge.day_note"_s, QT_TRANSLATE_NOOP("AuditLabels", "En daganteckning raderades efter 90 dagar") },
        { u"view.day_notes"_s, QT_TRANSLATE_NOOP("AuditLabels", "Läste daganteckningar") },
        { u"view.plan_deadlines"_s, QT_TRANSLATE_NOOP("AuditLabels", "Läste planernas datum för uppföljning") },
        { u"view.plan_easy_read"_s, QT_TRANSLATE_NOOP("AuditLabels", "Läste planen i lättläst form") },
        { u"export.plan_easy_read"_s, QT_TRANSLATE_NOOP("AuditLabels", "Skrev ut planen i lättläst form") },
        { u"write.plan"_s, QT_TRANSLATE_NOOP("AuditLabels", "Skrev i genomförandeplanen") },
        { u"write.plan.merge"_s, QT_TRANSLATE_NOOP("AuditLabels", "Förde ihop två versioner av planen") },
        { u"view.now"_s, QT_TRANSLATE_NOOP("AuditLabels", "Visade Nu (insatserna på sina enheter)") },
        { u"view.board"_s, QT_TRANSLATE_NOOP("AuditLabels", "Visade tavlan") },
        { u"view.board.kiosk"_s, QT_TRANSLATE_NOOP("AuditLabels", "Tavlan visades på väggskärmen") },
        { u"write.consent"_s, QT_TRANSLATE_NOOP("AuditLabels", "Registrerade samtycke") },
        { u"write.release"_s, QT_TRANSLATE_NOOP("AuditLabels", "Registrerade utlämnande") },
        { u"view.record.own_access"_s, QT_TRANSLATE_NOOP("AuditLabels", "Visade Min akt för den boende") },
        { u"view.quality_review"_s, QT_TRANSLATE_NOOP("AuditLabels", "Läste kvalitetsgranskningens urval") },
        { u"view.quality_sample"_s, QT_TRANSLATE_NOOP("AuditLabels", "Kvalitetsgranskningens urval skrevs ut") },
        { u"write.quality_sample"_s, QT_TRANSLATE_NOOP("AuditLabels", "Drog urval för kvalitetsgranskning") },
        { u"write.quality_review"_s, QT_TRANSLATE_NOOP("AuditLabels", "Granskade en genomförandeplan") },
        { u"write.release_request"_s, QT_TRANSLATE_NOOP("AuditLabels", "Skrev ner en begäran om utlämnande") },
        { u"write.release_decision"_s, QT_TRANSLATE_NOOP("AuditLabels", "Beslutade om utlämnande") },
        { u"badge.enrol"_s, QT_TRANSLATE_NOOP("AuditLabels", "Registrerade en bricka") },
        { u"badge.lock"_s, QT_TRANSLATE_NOOP("AuditLabels", "Låste en bricka") },
        { u"badge.unlock"_s, QT_TRANSLATE_NOOP("AuditLabels", "Låste upp en bricka") },
        { u"badge.revoke"_s, QT_TRANSLATE_NOOP("AuditLabels", "Spärrade en bricka") },
        { u"badge.reset_pin"_s, QT_TRANSLATE_NOOP("AuditLabels", "Bytte kod för en bricka") },
    };
    if (const auto it = labels.constFind(action); it != labels.cend()) {
        return QCoreApplication::translate("AuditLabels", it.value());
    }
    if (action.startsWith(u"write."_s)) {
        return QCoreApplication::translate("AuditLabels", "Skrev: %1").arg(action.mid(6));
    }
    return action; // system events ("store.init", "demo.seed") keep their code
}

QString auditDetailSv(
    const QString &action, const QString &detail, const std::function<QString(const QString &id)> &staffName)
{
    static const QHash<QString, const char *> reasons {
        { u"idle"_s, QT_TRANSLATE_NOOP("AuditLabels", "ingen aktivitet") },
        { u"reauthenticate"_s, QT_TRANSLATE_NOOP("AuditLabels", "tolv timmar sedan inloggning") },
        { u"tap-out"_s, QT_TRANSLATE_NOOP("AuditLabels", "blippade ut") },
        { u"switch"_s, QT_TRANSLATE_NOOP("AuditLabels", "en annan bricka") },
        { u"expired"_s, QT_TRANSLATE_NOOP("AuditLabels", "låst session gick ut") },
        { u"logout"_s, QT_TRANSLATE_NOOP("AuditLabels", "Logga ut") },
        // Why a protected identity's record was opened (RecordController::protectedReasonCodes()).
        { u"care_now"_s, QT_TRANSLATE_NOOP("AuditLabels", "Omvårdnad eller stöd just nu") },
        { u"documentation"_s, QT_TRANSLATE_NOOP("AuditLabels", "Dokumentation efter insats") },
        { u"plan_follow_up"_s, QT_TRANSLATE_NOOP("AuditLabels", "Uppföljning av genomförandeplanen") },
        { u"log_control"_s, QT_TRANSLATE_NOOP("AuditLabels", "Loggkontroll eller tillsyn") },
    };
    if (const auto it = reasons.constFind(detail); it != reasons.cend()) {
        return QCoreApplication::translate("AuditLabels", it.value());
    }
    // What was written, by its code (the journal's category, the plan, the follow-up's outcome).
    static const QHash<QString, const char *> writes {
        { u"established"_s, QT_TRANSLATE_NOOP("AuditLabels", "upprättad") },
        { u"cover_sheet"_s, QT_TRANSLATE_NOOP("AuditLabels", "försättsblad") },
        { u"register_entry"_s, QT_TRANSLATE_NOOP("AuditLabels", "registrerad handling") },
        { u"life_story"_s, QT_TRANSLATE_NOOP("AuditLabels", "levnadsberättelse") },
        { u"power_of_attorney"_s, QT_TRANSLATE_NOOP("AuditLabels", "fullmakt") },
        { u"money_agreement"_s, QT_TRANSLATE_NOOP("AuditLabels", "avtal om handhavande av medel") },
        { u"fall_report"_s, QT_TRANSLATE_NOOP("AuditLabels", "fallrapport") },
        { u"fall_checklist"_s, QT_TRANSLATE_NOOP("AuditLabels", "checklista mot fall") },
        { u"revised"_s, QT_TRANSLATE_NOOP("AuditLabels", "reviderad") },
        { u"continue"_s, QT_TRANSLATE_NOOP("AuditLabels", "fortsätter som förut") },
        { u"revise"_s, QT_TRANSLATE_NOOP("AuditLabels", "planen ska revideras") },
        { u"contact_case_officer"_s, QT_TRANSLATE_NOOP("AuditLabels", "kontakt med handläggaren") },
        { u"deviation from a not-done signature"_s, QT_TRANSLATE_NOOP("AuditLabels", "insats ej utförd") },
    };
    if (action.startsWith(u"write."_s)) {
        if (const auto it = writes.constFind(detail); it != writes.cend()) {
            return QCoreApplication::translate("AuditLabels", it.value());
        }
        if (const auto category = core::fromCode<core::JournalCategory>(detail);
            action == "write.journal"_L1 && category) {
            return core::labelSv(*category);
        }
    }
    if (action == "view.now"_L1 || action.startsWith(u"view.board"_s)) {
        return {}; // the label says it all
    }
    const QString number = detail.section(u' ', 0, 0);
    if (action == "view.residents"_L1 && detail.endsWith(u" listed"_s)) {
        return QCoreApplication::translate("AuditLabels", "%1 i listan").arg(number);
    }
    if (action == "log.export"_L1 && detail.endsWith(u" rows"_s)) {
        return QCoreApplication::translate("AuditLabels", "%1 rader").arg(number);
    }
    if (action == "export.signing_list"_L1) {
        const QDate month = QDate::fromString(detail, u"yyyy-MM"_s);
        return month.isValid() ? report::monthLabelSv(month) : detail;
    }
    if (detail.startsWith(u"attempts left: "_s)) {
        return QCoreApplication::translate("AuditLabels", "%1 försök kvar").arg(detail.section(u' ', 2));
    }
    if (detail.startsWith(u"staff "_s) || detail.startsWith(u"demo badge for staff "_s)) {
        const QString name = staffName(detail.section(u' ', -1));
        return name.isEmpty() ? QString() : QCoreApplication::translate("AuditLabels", "för %1").arg(name);
    }
    return detail;
}

QString auditCategory(const QString &action)
{
    if (action.startsWith(u"view."_s)) {
        return u"view"_s;
    }
    if (action.startsWith(u"write."_s)) {
        return u"write"_s;
    }
    if (action.startsWith(u"auth."_s) || action.startsWith(u"session."_s)) {
        return u"auth"_s;
    }
    return u"admin"_s;
}

QString roleSv(const QString &roleCode)
{
    if (roleCode == "care_staff"_L1) {
        return QCoreApplication::translate("AuditLabels", "Omsorgspersonal");
    }
    if (roleCode == "unit_manager"_L1) {
        return QCoreApplication::translate("AuditLabels", "Enhetschef");
    }
    if (roleCode == "sas"_L1) {
        return QCoreApplication::translate("AuditLabels", "SAS");
    }
    return QCoreApplication::translate("AuditLabels", "System");
}

} // namespace akten::models
