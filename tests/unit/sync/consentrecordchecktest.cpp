// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The central store refuses malformed consent and release records (issue 17, D6/D7) by the tablet's own rules
// (records::RecordCheck over the device schema, 0015): a consent that ends before it starts, a consent given that
// names a revoked one, a revocation that names none, a representative without a mandate, an unknown form, ids and
// dates that do not read; a release without a recipient check, a refusal without its reason, a request without its
// requester, a decision on a request the unit's log does not hold. The demo's register and release, and good
// variants, are taken. Run on the embedded backend and (consentrecordchecktest_pg) on PostgreSQL.
#include "tests/support/centralfixture.h"
#include "tests/support/demopair.h"
#include "tests/support/recordvariant.h"

#include "sync/client/devicesync.h"
#include "sync/importer/syncrows.h"
#include "sync/server/centralservice.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class ConsentRecordCheckTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair;
    test::TestKeyProvider m_centralKeys;
    std::unique_ptr<sync::CentralStore> m_central;
    QSet<QString> m_bjorkgarden; ///< its residents
    qint64 m_nextSeq = 0;

    /** The first record of `kind` in A's outbox about a resident of Björkgården whose row `wanted` takes. */
    QJsonObject modelOf(const QString &kind, const std::function<bool(const QJsonObject &)> &wanted)
    {
        sync::SyncRows rows(m_pair.a->db());
        for (const auto &entry : rows.pending(0, 1'000'000).value()) {
            if (entry.kind != kind) {
                continue;
            }
            const QJsonObject record = rows.exportRecord(entry.kind, entry.key).value();
            const QJsonObject row = record.value("row"_L1).toObject();
            if (m_bjorkgarden.contains(row.value("resident_id"_L1).toString()) && wanted(row)) {
                return record;
            }
        }
        return {};
    }
    QJsonObject variant(const QJsonObject &model, const QJsonObject &changes)
    {
        return test::recordVariant(model, core::idToString(m_pair.a->stamper().newId()), changes);
    }
    QList<sync::ItemResult> uploadAsA(const QList<QJsonObject> &records)
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
        for (const auto &resident : m_pair.data.residents) {
            if (resident.unitId == m_pair.data.units.at(0).id) {
                m_bjorkgarden.insert(core::idToString(resident.id));
            }
        }
        QVERIFY(m_central->setRights(rights));
        QVERIFY(
            m_central->enrolDevice(m_pair.a->deviceId(), { m_pair.data.units.at(0).id, m_pair.data.units.at(1).id }));
        // A's whole outbox goes up: the demo's register (given, expired, revoked) and its release keep the rules.
        sync::DeviceSync a(*m_pair.a, m_pair.clock);
        QSet<QString> kinds;
        for (int guard = 0; guard < 100; ++guard) {
            const auto batch = a.nextUpload(1000).value();
            if (batch.items.isEmpty()) {
                break;
            }
            const auto answer = m_central->applyUpload(batch);
            QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message));
            QVERIFY(a.acceptUploadResponse(batch, answer.value()));
            for (qsizetype i = 0; i < batch.items.size(); ++i) {
                const QString kind = batch.items.at(i).record.value("kind"_L1).toString();
                QVERIFY2(answer.value().results.at(i).status == sync::ItemStatus::Accepted,
                    qPrintable(kind + u": "_s + answer.value().results.at(i).reason));
                kinds.insert(kind);
            }
            m_nextSeq = batch.items.constLast().deviceSeq;
        }
        QVERIFY(kinds.contains(u"consent_event"_s) && kinds.contains(u"release_event"_s));
    }

    void malformedConsentsAreRefused()
    {
        const QJsonObject given = modelOf(u"consent_event"_s, [](const QJsonObject &row) {
            return row.value("action"_L1).toString() == "given"_L1 && row.value("form"_L1).isString();
        });
        const QJsonObject revocation = modelOf(u"consent_event"_s,
            [](const QJsonObject &row) { return row.value("action"_L1).toString() == "revoked"_L1; });
        QVERIFY(!given.isEmpty() && !revocation.isEmpty());
        const QString nowhere = core::idToString(m_pair.a->stamper().newId());
        const QList<std::pair<QJsonObject, QString>> poisoned {
            { variant(given, { { u"valid_from"_s, u"2026-10-02"_s }, { u"valid_to"_s, u"2026-10-01"_s } }),
                u"the consent ends before it starts"_s },
            { variant(given, { { u"revokes_id"_s, nowhere } }), u"a consent given revokes nothing"_s },
            { variant(revocation, { { u"revokes_id"_s, QJsonValue::Null } }), u"the revoked consent missing"_s },
            { variant(given, { { u"given_by_kind"_s, u"representative"_s }, { u"mandate"_s, u"  "_s } }),
                u"mandate of a representative"_s },
            { variant(given, { { u"form"_s, u"telepathy"_s } }), u"CHECK constraint failed"_s },
            { variant(given, { { u"recipient"_s, u" "_s } }), u"may not be empty"_s },
            { variant(revocation, { { u"revokes_id"_s, u"the one from October"_s } }),
                u"consent_events.revokes_id is not an id"_s },
            { variant(given, { { u"valid_from"_s, u"yesterday"_s } }), u"consent_events.valid_from is not a date"_s },
        };
        QList<QJsonObject> batch;
        for (const auto &[record, reason] : poisoned) {
            batch.append(record);
        }
        batch << variant(given, {}) << variant(revocation, {});
        const auto results = uploadAsA(batch);
        QCOMPARE(results.size(), batch.size());
        for (qsizetype i = 0; i < poisoned.size(); ++i) {
            QVERIFY2(results.at(i).status == sync::ItemStatus::Rejected, qPrintable(poisoned.at(i).second));
            QVERIFY2(results.at(i).reason.contains(poisoned.at(i).second), qPrintable(results.at(i).reason));
        }
        QCOMPARE(results.at(poisoned.size()).status, sync::ItemStatus::Accepted);
        QCOMPARE(results.constLast().status, sync::ItemStatus::Accepted);
    }

    void malformedReleasesAreRefused()
    {
        const QJsonObject request = modelOf(u"release_event"_s,
            [](const QJsonObject &row) { return row.value("stage"_L1).toString() == "request"_L1; });
        const QJsonObject decision = modelOf(u"release_event"_s,
            [](const QJsonObject &row) { return row.value("stage"_L1).toString() == "decision"_L1; });
        QVERIFY(!request.isEmpty() && !decision.isEmpty());
        const QString nowhere = core::idToString(m_pair.a->stamper().newId());
        const QList<std::pair<QJsonObject, QString>> poisoned {
            { variant(decision, { { u"recipient_checked"_s, 0 } }), u"CHECK constraint failed"_s },
            { variant(decision, { { u"recipient_check"_s, u""_s } }), u"CHECK constraint failed"_s },
            { variant(decision, { { u"outcome"_s, u"refused"_s } }), u"CHECK constraint failed"_s }, // no reason
            { variant(decision,
                  { { u"outcome"_s, u"partial"_s }, { u"reason"_s, u"Uppgifter om en anhörig."_s },
                      { u"appeal_noted"_s, 0 } }),
                u"CHECK constraint failed"_s },
            { variant(decision, { { u"assessment"_s, QJsonValue::Null } }), u"CHECK constraint failed"_s },
            { variant(request, { { u"requester"_s, u""_s } }), u"CHECK constraint failed"_s },
            { variant(request, { { u"requested_on"_s, u"i går"_s } }), u"release_events.requested_on is not a date"_s },
            { variant(decision, { { u"request_id"_s, nowhere } }),
                u"it refers to a release_event the unit's log does not hold (%1)"_s.arg(nowhere) },
        };
        QList<QJsonObject> batch;
        for (const auto &[record, reason] : poisoned) {
            batch.append(record);
        }
        // A good request and a refusal of it with its reason and the appeal noted, in the same batch.
        const QJsonObject asked = variant(request, {});
        const QJsonObject refused = variant(decision,
            { { u"request_id"_s, asked.value("key"_L1).toString() }, { u"outcome"_s, u"refused"_s },
                { u"recipient"_s, QJsonValue::Null }, { u"recipient_checked"_s, 0 },
                { u"recipient_check"_s, QJsonValue::Null }, { u"released_covers"_s, QJsonValue::Null },
                { u"reason"_s, u"Handlingarna innehåller uppgifter om en annan person."_s },
                { u"appeal_noted"_s, 1 } });
        batch << asked << refused;
        const auto results = uploadAsA(batch);
        QCOMPARE(results.size(), batch.size());
        for (qsizetype i = 0; i < poisoned.size(); ++i) {
            QVERIFY2(results.at(i).status == sync::ItemStatus::Rejected, qPrintable(poisoned.at(i).second));
            QVERIFY2(results.at(i).reason.contains(poisoned.at(i).second), qPrintable(results.at(i).reason));
        }
        QVERIFY2(results.at(poisoned.size()).status == sync::ItemStatus::Accepted,
            qPrintable(results.at(poisoned.size()).reason));
        QVERIFY2(results.constLast().status == sync::ItemStatus::Accepted, qPrintable(results.constLast().reason));
    }
};

QTEST_GUILESS_MAIN(ConsentRecordCheckTest)
#include "consentrecordchecktest.moc"
