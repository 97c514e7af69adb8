// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The quality review through the central store (domain.md D9; run on the embedded backend and, as
// qualityreviewsynctest_pg, on PostgreSQL): tablet A's sample and review are accepted by the tablet's own rules
// (records::RecordCheck); a sample whose plans are not 10 % of the eligible rounded up, one naming a resident twice,
// and a review with an unanswered question or an overlong comment are refused with their reason; tablet B, which drew
// a sample of its own offline (later), downloads A's and both then agree on A's (the lowest HLC).
#include "tests/support/centralfixture.h"
#include "tests/support/demopair.h"
#include "tests/support/recordvariant.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/models/qualityreviewservice.h"
#include "app/store/qualityreviewrepository.h"
#include "sync/client/devicesync.h"
#include "sync/importer/syncrows.h"
#include "sync/server/centralservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class QualityReviewSyncTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair;
    test::TestKeyProvider m_centralKeys;
    std::unique_ptr<sync::CentralService> m_central;
    core::Id m_unit;
    int m_year = 0;
    qint64 m_nextSeq = 0;
    QJsonObject m_sample;
    QJsonObject m_review;

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
        auto ledger = test::freshCentralLedger(m_pair.tmp.filePath(u"central"_s), m_centralKeys);
        QVERIFY2(ledger, ledger ? "" : qPrintable(ledger.error().message));
        m_central = std::make_unique<sync::CentralService>(std::move(ledger).value(), m_pair.clock);
        const sync::RightsSnapshot rights = test::demoRights(m_pair.data);
        QVERIFY(m_central->setRights(rights));
        m_unit = m_pair.data.units.at(0).id;
        QVERIFY(m_central->enrolDevice(m_pair.a->deviceId(), { m_unit, m_pair.data.units.at(1).id }));
        QVERIFY(m_central->enrolDevice(m_pair.b->deviceId(), { m_unit }));
        m_pair.clock.set(core::careInstantMs(QDate(2026, 11, 21), QTime(9, 0)));
        m_year = 2026;

        // B draws offline first in wall time, but its stamp comes later: A's clock is ahead (its HLC is lower only if
        // it drew first). Here A draws at 9:00, B's own sample is stamped at 9:30.
        store::MasterDataRepository master(m_pair.a->db());
        auth::AccessAudit audit(*m_pair.a);
        QualityReviewService service(*m_pair.a, master, audit, m_pair.clock);
        auth::SessionUser manager;
        for (const core::Staff &s : std::as_const(m_pair.data.staff)) {
            if (s.role == core::StaffRole::UnitManager && s.unitIds.contains(m_unit)) {
                manager = auth::sessionUserOf(s);
            }
        }
        const auto drawn = service.draw(manager, m_unit, m_year, 31337);
        QVERIFY2(drawn, qPrintable(drawn.logMessage));
        const core::QualitySample sample = *service.sample(m_unit, m_year).value();
        core::QualityReview review;
        review.sampleId = sample.meta.id;
        review.residentId = sample.plans.at(0).residentId;
        review.revisionId = sample.plans.at(0).revisionId;
        for (auto &item : review.items) {
            item.answer = core::ReviewAnswer::Partly;
        }
        QVERIFY(service.review(manager, review));

        // A's whole outbox goes up: the demo and the two quality records keep the rules.
        sync::DeviceSync a(*m_pair.a, m_pair.clock);
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
                const QString kind = record.value("kind"_L1).toString();
                QVERIFY2(answer.value().results.at(i).status == sync::ItemStatus::Accepted,
                    qPrintable(kind + u": "_s + answer.value().results.at(i).reason));
                if (kind == "quality_sample"_L1) {
                    m_sample = record;
                } else if (kind == "quality_review"_L1) {
                    m_review = record;
                }
            }
            m_nextSeq = batch.items.constLast().deviceSeq;
        }
        QVERIFY(!m_sample.isEmpty() && !m_review.isEmpty());
    }

    void badRecordsAreRefusedWithTheirReason()
    {
        const auto newId = [&] { return core::idToString(m_pair.a->stamper().newId()); };
        const QJsonObject row = m_sample.value("row"_L1).toObject();
        QJsonArray plans = QJsonDocument::fromJson(row.value("plans"_L1).toString().toUtf8()).array();
        QJsonArray fewer = plans;
        fewer.removeLast();
        QJsonArray twice = plans;
        twice.replace(1, plans.at(0));
        const auto text
            = [](const QJsonArray &a) { return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)); };
        const QList<std::pair<QJsonObject, QString>> refused {
            { test::recordVariant(m_sample, newId(), { { u"plans"_s, text(fewer) } }),
                u"quality_samples.plans is not 10 % of the eligible plans rounded up"_s },
            { test::recordVariant(m_sample, newId(), { { u"plans"_s, text(twice) } }),
                u"quality_samples.plans names a resident twice"_s },
            { test::recordVariant(m_review, newId(), { { u"measurable_goals"_s, QString() } }),
                u"statement failed: CHECK constraint failed: measurable_goals IN ('yes', 'partly', 'no')"_s },
            { test::recordVariant(
                  m_review, newId(), { { u"comments"_s, text({ QString(2001, u'a'), u""_s, u""_s, u""_s, u""_s }) } }),
                u"quality_reviews.comments holds a comment that is not text or longer than 2000 characters"_s },
        };
        QList<QJsonObject> batch;
        for (const auto &[record, reason] : refused) {
            batch.append(record);
        }
        const auto results = uploadAsA(batch);
        QCOMPARE(results.size(), refused.size());
        for (qsizetype i = 0; i < refused.size(); ++i) {
            QCOMPARE(results.at(i).status, sync::ItemStatus::Rejected);
            QCOMPARE(results.at(i).reason, refused.at(i).second);
        }
    }

    void twoTabletsAgreeOnTheLowestHlc()
    {
        // B drew its own sample while offline, stamped after A's.
        m_pair.clock.set(core::careInstantMs(QDate(2026, 11, 21), QTime(9, 30)));
        core::QualitySample own;
        own.meta = m_pair.b->stamper().stamp(m_pair.data.staff.constFirst().id);
        own.unitId = m_unit;
        own.year = m_year;
        own.seed = 1;
        own.eligible = 1;
        own.plans = { { m_pair.data.residents.at(0).id, m_pair.a->stamper().newId() } };
        QVERIFY(store::QualityReviewRepository(m_pair.b->db()).addSample(own));

        sync::DeviceSync b(*m_pair.b, m_pair.clock);
        bool complete = false;
        for (int guard = 0; guard < 100 && !complete; ++guard) {
            const auto batch = m_central->download(b.nextDownload(1000).value());
            QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
            const auto applied = b.applyDownload(batch.value());
            QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
            QVERIFY2(applied.value().rejected.isEmpty(), qPrintable(applied.value().rejected.join(u'\n')));
            complete = !batch.value().more;
        }
        QVERIFY(complete);
        store::QualityReviewRepository onB(m_pair.b->db());
        const auto samples = onB.samples(m_unit, m_year).value();
        QCOMPARE(samples.size(), 2);
        const core::QualitySample *winner = core::winningSample(samples);
        QCOMPARE(core::idToString(winner->meta.id), m_sample.value("key"_L1).toString());
        QCOMPARE(winner->seed, 31337ULL);
        const auto reviews = onB.reviews(m_unit, m_year).value();
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(core::qualityResult(*winner, reviews).reviewed, 1);
    }
};

QTEST_GUILESS_MAIN(QualityReviewSyncTest)
#include "qualityreviewsynctest.moc"
