// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The rules of the record's documents (core/recorddocuments.h): what each type refuses (a power of attorney ending
// before it starts, a register entry without type or date, a received document dated in the future, an empty life
// story, an empty cover sheet, a time or choice that is not one), which versions are current (a conflict is two),
// the journal's wording, and the row check the central store applies to a synced record.
#include "app/core/recorddocuments.h"
#include "app/core/caretime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace akten;
using namespace akten::core;
using namespace Qt::StringLiterals;

namespace {

const QDate kToday(2026, 11, 29);

QList<DocFieldProblem> check(RecordDocType type, const QJsonObject &fields)
{
    return checkDocument(type, fields, kToday);
}

RecordDocument version(int n, const QList<int> &replaces = {})
{
    RecordDocument d;
    d.type = RecordDocType::CoverSheet;
    d.meta.id = Id::fromRfc4122(QByteArray(QByteArray(15, char(0)) + char(n)));
    d.meta.hlc = HlcStamp { 1000 + n, 0 };
    for (int r : replaces) {
        d.replaces.append(Id::fromRfc4122(QByteArray(QByteArray(15, char(0)) + char(r))));
    }
    return d;
}

} // namespace

class RecordDocumentsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aPowerOfAttorneyCannotEndBeforeItStarts()
    {
        const QJsonObject ok { { u"holder"_s, u"Dottern Eva"_s }, { u"scope"_s, u"Bankärenden"_s },
            { u"valid_from"_s, u"2026-03-01"_s }, { u"valid_to"_s, u"2027-03-01"_s } };
        QVERIFY(check(RecordDocType::PowerOfAttorney, ok).isEmpty());
        QJsonObject bad = ok;
        bad.insert(u"valid_to"_s, u"2026-02-28"_s);
        QCOMPARE(check(RecordDocType::PowerOfAttorney, bad),
            (QList<DocFieldProblem> { { u"valid_to"_s, DocProblem::EndBeforeStart } }));
        bad = ok;
        bad.insert(u"revoked_on"_s, u"2026-01-10"_s);
        QCOMPARE(check(RecordDocType::PowerOfAttorney, bad),
            (QList<DocFieldProblem> { { u"revoked_on"_s, DocProblem::EndBeforeStart } }));
        bad.insert(u"revoked_on"_s, kToday.addDays(1).toString(Qt::ISODate));
        QCOMPARE(check(RecordDocType::PowerOfAttorney, bad),
            (QList<DocFieldProblem> { { u"revoked_on"_s, DocProblem::InFuture } }));
    }

    void aRegisterEntryNeedsTypeAndDateAndNoFutureDate()
    {
        const QJsonObject ok { { u"document_type"_s, u"transport_decision"_s }, { u"direction"_s, u"received"_s },
            { u"document_date"_s, kToday.toString(Qt::ISODate) }, { u"counterpart"_s, u"Färdtjänsten"_s },
            { u"summary"_s, u"Beviljad i två år."_s } };
        QVERIFY(check(RecordDocType::RegisterEntry, ok).isEmpty());
        QJsonObject bad = ok;
        bad.remove(u"document_type"_s);
        bad.insert(u"document_date"_s, u"  "_s);
        QCOMPARE(check(RecordDocType::RegisterEntry, bad),
            (QList<DocFieldProblem> {
                { u"document_type"_s, DocProblem::Missing }, { u"document_date"_s, DocProblem::Missing } }));
        bad = ok;
        bad.insert(u"document_date"_s, kToday.addDays(1).toString(Qt::ISODate));
        QCOMPARE(check(RecordDocType::RegisterEntry, bad),
            (QList<DocFieldProblem> { { u"document_date"_s, DocProblem::InFuture } }));
        bad.insert(u"document_date"_s, u"29/11/2026"_s);
        QCOMPARE(check(RecordDocType::RegisterEntry, bad),
            (QList<DocFieldProblem> { { u"document_date"_s, DocProblem::NotADate } }));
        bad = ok;
        bad.insert(u"document_type"_s, u"gossip"_s);
        QCOMPARE(check(RecordDocType::RegisterEntry, bad),
            (QList<DocFieldProblem> { { u"document_type"_s, DocProblem::NotAChoice } }));
        bad = ok;
        bad.insert(u"mood"_s, u"glad"_s);
        QCOMPARE(check(RecordDocType::RegisterEntry, bad),
            (QList<DocFieldProblem> { { u"mood"_s, DocProblem::UnknownField } }));
    }

    void anEmptyLifeStoryOrCoverSheetIsRefused()
    {
        const QJsonObject story { { u"story"_s, u"   "_s }, { u"consent_by"_s, u"resident"_s },
            { u"consent_name"_s, u"Margit Lindqvist"_s }, { u"consent_how"_s, u"oral"_s },
            { u"consent_date"_s, u"2026-09-01"_s } };
        QCOMPARE(
            check(RecordDocType::LifeStory, story), (QList<DocFieldProblem> { { u"story"_s, DocProblem::Missing } }));
        QCOMPARE(check(RecordDocType::CoverSheet, {}), (QList<DocFieldProblem> { { QString(), DocProblem::Empty } }));
        QVERIFY(check(RecordDocType::CoverSheet, { { u"nurse"_s, u"Sjuksköterska Karin"_s } }).isEmpty());
    }

    void aFallReportNeedsTheFactsAndATime()
    {
        QJsonObject report { { u"fall_date"_s, u"2026-11-20"_s }, { u"fall_time"_s, u"6.40"_s },
            { u"place"_s, u"Badrummet"_s }, { u"what_happened"_s, u"Halkade."_s }, { u"injury"_s, u"Ingen."_s },
            { u"told_nurse"_s, u"yes"_s }, { u"told_relative"_s, u"kanske"_s }, { u"actions"_s, u"Halkmatta."_s } };
        QCOMPARE(check(RecordDocType::FallReport, report),
            (QList<DocFieldProblem> {
                { u"fall_time"_s, DocProblem::NotATime }, { u"told_relative"_s, DocProblem::NotAChoice } }));
        QCOMPARE(docStepCount(RecordDocType::FallChecklist), 3);
        QCOMPARE(docStepCount(RecordDocType::FallReport), 1);
    }

    void twoVersionsFromOneParentAreBothCurrent()
    {
        // 1 ← 2, 1 ← 3 (two tablets): 2 and 3 current, the newest first; 4 replaces both.
        QList<RecordDocument> versions { version(1), version(2, { 1 }), version(3, { 1 }) };
        auto current = currentVersions(versions);
        QCOMPARE(current.size(), 2);
        QCOMPARE(current.at(0).meta.id, versions.at(2).meta.id);
        versions.append(version(4, { 2, 3 }));
        current = currentVersions(versions);
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.at(0).meta.id, versions.at(3).meta.id);
    }

    void theJournalSaysWhatArrived()
    {
        RecordDocument d;
        d.type = RecordDocType::RegisterEntry;
        d.fields = { { u"document_type"_s, u"transport_decision"_s }, { u"direction"_s, u"received"_s },
            { u"document_date"_s, u"2026-10-12"_s }, { u"counterpart"_s, u"Färdtjänsten i Ekvik kommun"_s },
            { u"summary"_s, u"Beviljad i två år."_s } };
        QCOMPARE(documentJournalText(d),
            u"Handling inkommen: Beslut om färdtjänst, från Färdtjänsten i Ekvik kommun, daterad 12 oktober 2026. "
            "Beviljad i två år."_s);
        d.type = RecordDocType::CoverSheet;
        QVERIFY(documentJournalText(d).isEmpty());
    }

    void aSyncedRowIsCheckedOnTheDayItWasWritten()
    {
        const qint64 written = careInstantMs(kToday, QTime(10, 0));
        QJsonObject row { { u"id"_s, u"0190f5a0-0000-7000-8000-000000000001"_s },
            { u"resident_id"_s, u"0190f5a0-0000-7000-8000-000000000002"_s },
            { u"series_id"_s, u"0190f5a0-0000-7000-8000-000000000001"_s }, { u"doc_type"_s, u"register_entry"_s },
            { u"wall_ms"_s, written }, { u"replaces"_s, u"[]"_s },
            { u"body"_s,
                QString::fromUtf8(
                    QJsonDocument(QJsonObject { { u"document_type"_s, u"letter"_s }, { u"direction"_s, u"received"_s },
                                      { u"document_date"_s, kToday.toString(Qt::ISODate) },
                                      { u"counterpart"_s, u"Dottern"_s }, { u"summary"_s, u"Brev om besök."_s } })
                        .toJson(QJsonDocument::Compact)) } };
        QCOMPARE(recordDocumentBreach(row), QString());
        QJsonObject later = row;
        later.insert(u"wall_ms"_s, written - 86'400'000); // written the day before the letter's date
        QCOMPARE(recordDocumentBreach(later), u"a register_entry breaks its rules at 'document_date': in the future"_s);
        QJsonObject versioned = row;
        versioned.insert(u"replaces"_s, u"[\"0190f5a0-0000-7000-8000-000000000003\"]"_s);
        QCOMPARE(recordDocumentBreach(versioned), u"a register_entry has no versions"_s);
        QJsonObject unknown = row;
        unknown.insert(u"doc_type"_s, u"diary"_s);
        QCOMPARE(recordDocumentBreach(unknown), u"record_documents.doc_type is not a known type"_s);
    }
};

QTEST_GUILESS_MAIN(RecordDocumentsTest)
#include "recorddocumentstest.moc"
