// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The record's documents at the central store (RecordCheck with the tablet's rules, core::recordDocumentBreach and
// the 0014 schema): the demo's documents of every type go up and are accepted; a malformed record of each type —
// an empty cover sheet, a register entry without its type, an empty life story, a power of attorney ending before it
// starts, a money agreement signed after it was written, a fall report with a time that is not one, a checklist
// answer that is not yes or no, a fall report claiming to replace another, a first version outside its own series —
// is refused with its reason and nothing of it is stored; a good new register entry is accepted. Run on the embedded
// backend and (recorddocumentuploadtest_pg) on PostgreSQL.
#include "tests/support/centralfixture.h"
#include "tests/support/demopair.h"
#include "tests/support/recordvariant.h"

#include "app/core/caretime.h"
#include "sync/client/devicesync.h"
#include "sync/importer/syncrows.h"
#include "sync/server/centralservice.h"

#include <QJsonDocument>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class RecordDocumentUploadTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair;
    test::TestKeyProvider m_centralKeys;
    std::unique_ptr<sync::CentralStore> m_central;
    qint64 m_nextSeq = 0;

    /** The first of A's record_document records of `docType`. */
    QJsonObject modelOf(const QString &docType)
    {
        sync::SyncRows rows(m_pair.a->db());
        for (const auto &entry : rows.pending(0, 1'000'000).value()) {
            if (entry.kind == "record_document"_L1) {
                const QJsonObject record = rows.exportRecord(entry.kind, entry.key).value();
                if (record.value("row"_L1)["doc_type"_L1].toString() == docType) {
                    return record;
                }
            }
        }
        return {};
    }

    /** `model` as a new first version (its own series) with `fields` changed in its body and `changes` in its row. */
    QJsonObject variant(const QJsonObject &model, const QJsonObject &fields, QJsonObject changes = {})
    {
        QJsonObject body = QJsonDocument::fromJson(model.value("row"_L1)["body"_L1].toString().toUtf8()).object();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.value().isNull()) {
                body.remove(it.key());
            } else {
                body.insert(it.key(), it.value());
            }
        }
        const QString id = core::idToString(m_pair.a->stamper().newId());
        if (!changes.contains("series_id"_L1)) {
            changes.insert(u"series_id"_s, id);
        }
        changes.insert(u"replaces"_s, changes.value("replaces"_L1).toString(u"[]"_s));
        changes.insert(u"body"_s, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        return test::recordVariant(model, id, changes);
    }

    QList<sync::ItemResult> upload(const QList<QJsonObject> &records)
    {
        sync::UploadRequest request { m_pair.a->deviceId(), {} };
        for (const QJsonObject &record : records) {
            request.items.append({ ++m_nextSeq, record });
        }
        const auto answer = m_central->applyUpload(request);
        [&] { QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message)); }();
        return answer ? answer.value().results : QList<sync::ItemResult> {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pair.create());
        qInfo("central backend: %s", test::usingPostgres() ? "PostgreSQL" : "embedded SQLCipher");
        auto ledger = test::freshCentralLedger(m_pair.tmp.filePath(u"central"_s), m_centralKeys);
        QVERIFY2(ledger, ledger ? "" : qPrintable(ledger.error().message));
        m_central = std::make_unique<sync::CentralService>(std::move(ledger).value(), m_pair.clock);
        const sync::RightsSnapshot rights = test::demoRights(m_pair.data);
        QVERIFY(m_central->setRights(rights));
        QVERIFY(
            m_central->enrolDevice(m_pair.a->deviceId(), { m_pair.data.units.at(0).id, m_pair.data.units.at(1).id }));
        // A's whole outbox goes up: the demo's documents of every type keep the rules.
        sync::DeviceSync a(*m_pair.a, m_pair.clock);
        QSet<QString> types;
        for (int guard = 0; guard < 100; ++guard) {
            const auto batch = a.nextUpload(1000).value();
            if (batch.items.isEmpty()) {
                break;
            }
            const auto answer = m_central->applyUpload(batch);
            QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message));
            QVERIFY(a.acceptUploadResponse(batch, answer.value()));
            for (qsizetype i = 0; i < batch.items.size(); ++i) {
                const QJsonObject &record = batch.items.at(i).record;
                if (record.value("kind"_L1).toString() == "record_document"_L1) {
                    QVERIFY2(answer.value().results.at(i).status == sync::ItemStatus::Accepted,
                        qPrintable(answer.value().results.at(i).reason));
                    types.insert(record.value("row"_L1)["doc_type"_L1].toString());
                }
            }
            m_nextSeq = batch.items.constLast().deviceSeq;
        }
        QCOMPARE(types.size(), 7);
    }

    void aMalformedRecordOfEachTypeIsRefused()
    {
        const QJsonObject fall = modelOf(u"fall_report"_s);
        const qint64 writtenMs = qint64(modelOf(u"money_agreement"_s)["row"_L1]["wall_ms"_L1].toDouble());
        const QString afterWriting = core::careDate(writtenMs).addDays(1).toString(Qt::ISODate);
        const QList<std::pair<QJsonObject, QString>> malformed {
            { variant(modelOf(u"cover_sheet"_s),
                  { { u"relatives"_s, QJsonValue() }, { u"nurse"_s, QJsonValue() }, { u"case_officer"_s, QJsonValue() },
                      { u"language"_s, QJsonValue() }, { u"other"_s, QJsonValue() } }),
                u"a cover_sheet breaks its rules at '': empty"_s },
            { variant(modelOf(u"register_entry"_s), { { u"document_type"_s, QJsonValue() } }),
                u"a register_entry breaks its rules at 'document_type': missing"_s },
            { variant(modelOf(u"life_story"_s), { { u"story"_s, u" "_s } }),
                u"a life_story breaks its rules at 'story': missing"_s },
            { variant(modelOf(u"power_of_attorney"_s), { { u"valid_to"_s, u"2001-01-01"_s } }),
                u"a power_of_attorney breaks its rules at 'valid_to': an end before the start"_s },
            { variant(modelOf(u"money_agreement"_s), { { u"signed_on"_s, afterWriting } }),
                u"a money_agreement breaks its rules at 'signed_on': in the future"_s },
            { variant(fall, { { u"fall_time"_s, u"sent"_s } }),
                u"a fall_report breaks its rules at 'fall_time': not a time"_s },
            { variant(modelOf(u"fall_checklist"_s), { { u"floor"_s, u"kanske"_s } }),
                u"a fall_checklist breaks its rules at 'floor': not a choice"_s },
            { variant(fall, {}, { { u"replaces"_s, u"[\"%1\"]"_s.arg(fall["key"_L1].toString()) } }),
                u"a fall_report has no versions"_s },
            { variant(fall, {}, { { u"series_id"_s, fall["key"_L1].toString() } }),
                u"statement failed: CHECK constraint failed: (json_array_length(replaces) = 0) = (series_id = id)"_s },
        };
        QList<QJsonObject> batch;
        for (const auto &[record, reason] : malformed) {
            batch.append(record);
        }
        batch.append(variant(modelOf(u"register_entry"_s), { { u"summary"_s, u"Brev om besök."_s } }));
        const auto results = upload(batch);
        QCOMPARE(results.size(), batch.size());
        for (qsizetype i = 0; i < malformed.size(); ++i) {
            QCOMPARE(results.at(i).status, sync::ItemStatus::Rejected);
            QCOMPARE(results.at(i).reason, malformed.at(i).second);
        }
        QVERIFY2(results.constLast().status == sync::ItemStatus::Accepted, qPrintable(results.constLast().reason));
    }
};

QTEST_GUILESS_MAIN(RecordDocumentUploadTest)
#include "recorddocumentuploadtest.moc"
