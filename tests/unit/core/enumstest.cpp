// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/enums.h"

#include <QSet>
#include <QTest>

using namespace akten::core;
using namespace Qt::StringLiterals;

class EnumsTest : public QObject
{
    Q_OBJECT

private:
    template<typename E> static void roundTrip(std::initializer_list<E> values)
    {
        QSet<QString> codes;
        for (E v : values) {
            const QString code = toCode(v);
            QVERIFY(!code.isEmpty());
            QVERIFY2(!codes.contains(code), qPrintable(code));
            codes.insert(code);
            QCOMPARE(fromCode<E>(code), std::optional(v));
        }
        QVERIFY(!fromCode<E>(u"no_such_code"_s));
        QVERIFY(!fromCode<E>(QString()));
    }

private Q_SLOTS:
    void everyEnumRoundTrips()
    {
        roundTrip({ Law::SoL, Law::LSS });
        roundTrip({ UnitKind::SarskiltBoende, UnitKind::LssGruppbostad });
        roundTrip({ StaffRole::CareStaff, StaffRole::UnitManager, StaffRole::Sas });
        roundTrip({ ProblemGrade::None, ProblemGrade::Mild, ProblemGrade::Moderate, ProblemGrade::Severe,
            ProblemGrade::Complete, ProblemGrade::NotSpecified, ProblemGrade::NotApplicable });
        roundTrip({ GoalResult::Achieved, GoalResult::PartlyAchieved, GoalResult::NotAchieved });
        roundTrip({ WorkingMode::Supporting, WorkingMode::Compensating });
        roundTrip({ PlanStatus::Draft, PlanStatus::Established });
        roundTrip({ SignatureOutcome::Done, SignatureOutcome::NotDone });
        roundTrip({ ConsentAction::Given, ConsentAction::Revoked });
        roundTrip({ JournalCategory::Execution, JournalCategory::Deviation, JournalCategory::ChangedNeeds,
            JournalCategory::GoalProgress, JournalCategory::PlanEvent, JournalCategory::Contact,
            JournalCategory::Document, JournalCategory::Complaint, JournalCategory::InsatsStarted,
            JournalCategory::InsatsEnded, JournalCategory::Consent, JournalCategory::Release,
            JournalCategory::ChildInformation, JournalCategory::FinalNote });
    }

    void swedishLabels()
    {
        QCOMPARE(labelSv(ProblemGrade::Moderate), u"Måttliga problem"_s);
        QCOMPARE(labelSv(JournalCategory::Deviation), u"Avvikelse från genomförandeplanen"_s);
        QCOMPARE(labelSv(StaffRole::UnitManager), u"Enhetschef"_s);
    }
};

QTEST_GUILESS_MAIN(EnumsTest)
#include "enumstest.moc"
