// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/recorddocumenttexts.h"

#include "app/models/modelsupport.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace akten::models::doctexts {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RecordDocumentTexts", text);
}

} // namespace

QString fieldLabel(core::RecordDocType type, const QString &key)
{
    static const QHash<QString, const char *> labels {
        // Försättsblad
        { u"relatives"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Närstående och hur de nås") },
        { u"nurse"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Ansvarig sjuksköterska") },
        { u"case_officer"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Handläggare") },
        { u"language"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Språk, tolk och kommunikation") },
        { u"other"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Övrigt") },
        // Inkomna och upprättade handlingar
        { u"document_type"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Vilken handling är det?") },
        { u"direction"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Inkommen eller upprättad?") },
        { u"document_date"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Handlingens datum") },
        { u"counterpart"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Från eller till vem?") },
        { u"summary"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Kort om innehållet") },
        // Levnadsberättelse
        { u"story"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Levnadsberättelsen") },
        { u"consent_by"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Vem gav samtycke till att den skrivs?") },
        { u"consent_name"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Namn på den som gav samtycke") },
        { u"consent_how"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Hur gavs samtycket?") },
        { u"consent_date"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "När gavs samtycket?") },
        // Fullmakt, avtal om medel
        { u"holder"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Vem har fullmakten?") },
        { u"scope"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Vad gäller den?") },
        { u"valid_from"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Gäller från") },
        { u"valid_to"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Gäller till (om det finns ett slutdatum)") },
        { u"revoked_on"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Återkallad den") },
        { u"parties"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Vilka har avtalet?") },
        { u"amounts"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Belopp och gränser") },
        { u"signed_by"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Undertecknat av") },
        { u"signed_on"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Undertecknat den") },
        // Fallrapport
        { u"fall_date"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Datum för fallet") },
        { u"fall_time"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Klockslag (om det är känt)") },
        { u"place"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Var hände det?") },
        { u"what_happened"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Vad hände?") },
        { u"injury"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Skada") },
        { u"told_nurse"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Har sjuksköterskan fått veta?") },
        { u"told_relative"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Har en anhörig fått veta?") },
        { u"told_other"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Har någon annan fått veta? Vem?") },
        { u"actions"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Vad gjordes efteråt?") },
        // Checklista för förebyggande av fallolyckor
        { u"floor"_s,
            QT_TRANSLATE_NOOP(
                "RecordDocumentTexts", "Är golvet fritt från lösa mattor, sladdar och annat att snubbla på?") },
        { u"light"_s,
            QT_TRANSLATE_NOOP("RecordDocumentTexts", "Är det tillräckligt ljust i rummet, också på natten?") },
        { u"alarm"_s,
            QT_TRANSLATE_NOOP("RecordDocumentTexts", "Når den boende larmet och det hen behöver från säng och stol?") },
        { u"aids"_s,
            QT_TRANSLATE_NOOP(
                "RecordDocumentTexts", "Finns rätt hjälpmedel, till exempel rollator, och fungerar de?") },
        { u"shoes"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Har den boende stadiga skor eller halkskydd?") },
        { u"bed"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Har sängen och stolarna rätt höjd?") },
        { u"medication"_s,
            QT_TRANSLATE_NOOP("RecordDocumentTexts", "Vet sjuksköterskan om läkemedel som kan ge yrsel?") },
        { u"eyesight"_s,
            QT_TRANSLATE_NOOP("RecordDocumentTexts", "Har den boende glasögon och hörapparat som fungerar?") },
        { u"night_toilet"_s,
            QT_TRANSLATE_NOOP("RecordDocumentTexts", "Får den boende stöd vid toalettbesök på natten om det behövs?") },
    };
    if (key.endsWith("_comment"_L1)) {
        return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Kommentar (frivilligt)"));
    }
    if (type == core::RecordDocType::MoneyAgreement && key == "scope"_L1) {
        return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Vad gäller avtalet?"));
    }
    const auto it = labels.constFind(key);
    return it == labels.cend() ? key : tr(it.value());
}

QString formTitle(core::RecordDocType type, bool newVersion)
{
    using T = core::RecordDocType;
    switch (type) {
    case T::CoverSheet:
        return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Ändra försättsbladet"));
    case T::RegisterEntry:
        return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Registrera en handling"));
    case T::LifeStory:
        return newVersion ? tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Ändra levnadsberättelsen"))
                          : tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Skriv levnadsberättelse"));
    case T::PowerOfAttorney:
        return newVersion ? tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Ändra fullmakten"))
                          : tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Registrera en fullmakt"));
    case T::MoneyAgreement:
        return newVersion ? tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Ändra avtalet om medel"))
                          : tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Avtal om handhavande av den enskildes medel"));
    case T::FallReport:
        return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Fallrapport"));
    case T::FallChecklist:
        return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Checklista för förebyggande av fallolyckor"));
    }
    return {};
}

QString stepTitle(core::RecordDocType type, int step)
{
    if (type != core::RecordDocType::FallChecklist) {
        return {};
    }
    static const char *const titles[] { QT_TRANSLATE_NOOP("RecordDocumentTexts", "Miljön i rummet"),
        QT_TRANSLATE_NOOP("RecordDocumentTexts", "Hjälpmedel och möbler"),
        QT_TRANSLATE_NOOP("RecordDocumentTexts", "Hälsa och natt") };
    return step >= 0 && step < 3 ? tr(titles[step]) : QString();
}

QString choiceLabel(const QString &code)
{
    static const QHash<QString, const char *> labels {
        { u"transport_decision"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Beslut om färdtjänst") },
        { u"god_man_decision"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Beslut om god man") },
        { u"god_man_mandate"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "God mans uppdrag") },
        { u"letter"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Brev") },
        { u"other_decision"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Annat beslut") },
        { u"other"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Annan handling") },
        { u"received"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Inkommen") },
        { u"created"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Upprättad") },
        { u"resident"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Den enskilde") },
        { u"representative"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Ställföreträdare") },
        { u"oral"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Muntligt") },
        { u"written"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Skriftligt") },
        { u"yes"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Ja") },
        { u"no"_s, QT_TRANSLATE_NOOP("RecordDocumentTexts", "Nej") },
    };
    const auto it = labels.constFind(code);
    return it == labels.cend() ? code : tr(it.value());
}

QString valueText(const core::DocField &field, const QString &value)
{
    switch (field.kind) {
    case core::DocFieldKind::Date:
        return QDate::fromString(value, Qt::ISODate).isValid() ? formatDateSv(QDate::fromString(value, Qt::ISODate))
                                                               : value;
    case core::DocFieldKind::Choice:
    case core::DocFieldKind::YesNo:
        return choiceLabel(value);
    default:
        return value;
    }
}

QString problemText(const core::DocFieldProblem &problem, core::DocFieldKind kind, const QDate &today)
{
    using P = core::DocProblem;
    const QString example = today.toString(Qt::ISODate);
    switch (problem.problem) {
    case P::Missing:
        if (problem.key == "document_type"_L1) {
            return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Välj vilken handling det är."));
        }
        if (problem.key == "story"_L1) {
            return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Skriv levnadsberättelsen, eller avbryt."));
        }
        if (kind == core::DocFieldKind::Date) {
            return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Skriv ett datum, till exempel %1.")).arg(example);
        }
        if (kind == core::DocFieldKind::YesNo) {
            return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Svara ja eller nej."));
        }
        if (kind == core::DocFieldKind::Choice) {
            return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Välj ett av alternativen."));
        }
        return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Fyll i det här."));
    case P::NotADate:
        return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Skriv datumet som år-månad-dag, till exempel %1."))
            .arg(example);
    case P::NotATime:
        return tr(
            QT_TRANSLATE_NOOP("RecordDocumentTexts", "Skriv klockslaget som timmar och minuter, till exempel 14:30."));
    case P::InFuture:
        return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Datumet kan inte vara senare än i dag."));
    case P::EndBeforeStart:
        return problem.key == "revoked_on"_L1
            ? tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Den kan inte återkallas före den började gälla."))
            : tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Slutdatumet kan inte vara före startdatumet."));
    case P::TooLong:
        return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Texten är för lång. Korta den."));
    case P::NotAChoice:
        return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Välj ett av alternativen."));
    case P::UnknownField:
        return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Det här fältet finns inte i handlingen."));
    case P::Empty:
        return tr(QT_TRANSLATE_NOOP("RecordDocumentTexts", "Fyll i minst en uppgift."));
    }
    return {};
}

} // namespace akten::models::doctexts
