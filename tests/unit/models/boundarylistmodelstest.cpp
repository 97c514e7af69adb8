// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The small list models that QML sees instead of QVariantList properties: QAbstractItemModelTester on each, the role
// names the QML delegates bind to, count and empty.
#include "app/models/daynotelistmodel.h"
#include "app/models/demobadgelistmodel.h"
#include "app/models/staffbadgelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

class BoundaryListModelsTest : public QObject
{
    Q_OBJECT

private:
    static QByteArrayList roleNamesOf(const QAbstractItemModel &model)
    {
        QByteArrayList names = model.roleNames().values();
        std::sort(names.begin(), names.end());
        return names;
    }

private Q_SLOTS:
    /** A protected identity's day note: its words never in a unit-wide list (they may name the person). */
    void dayNotesOfAProtectedIdentity()
    {
        akten::store::DayNoteListing listing;
        listing.note.meta.wallMs = 1'790'000'000'000;
        listing.note.meta.id = akten::core::idFromString(u"01930000-0000-7000-8000-000000000001"_s);
        listing.note.text = u"Astrid vill duscha på förmiddagen."_s;
        listing.residentName = u"Astrid Lind"_s;
        listing.residentProtected = true;
        for (const auto scope : { DayNoteListModel::Scope::Unit, DayNoteListModel::Scope::Resident }) {
            DayNoteListModel model(scope);
            QAbstractItemModelTester tester(&model);
            model.show({ listing }, listing.note.meta.wallMs);
            QCOMPARE(model.rowCount(), 1);
            const QModelIndex row = model.index(0);
            const bool unit = scope == DayNoteListModel::Scope::Unit;
            QCOMPARE(row.data(DayNoteListModel::MaskedRole).toBool(), unit);
            QCOMPARE(row.data(DayNoteListModel::TextRole).toString().contains(u"Astrid"_s), !unit);
            QCOMPARE(row.data(DayNoteListModel::ResidentNameRole).toString(), u"Skyddad identitet"_s);
        }
    }

    void demoBadges()
    {
        DemoBadgeListModel none;
        QAbstractItemModelTester noneTester(&none, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(none.count(), 0);
        QVERIFY(none.empty());

        DemoBadgeListModel badges({ { u"Helena Strand"_s, u"enhetschef"_s, u"04DE0000000001"_s, u"246801"_s },
            { u"Anna Berg"_s, u"undersköterska"_s, u"04DE0000000002"_s, u"246802"_s } });
        QAbstractItemModelTester tester(&badges, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(roleNamesOf(badges), (QByteArrayList { "name", "pin", "title", "uidHex" }));
        QCOMPARE(badges.count(), 2);
        QVERIFY(!badges.empty());
        const QModelIndex anna = badges.index(1);
        QCOMPARE(anna.data(DemoBadgeListModel::NameRole).toString(), u"Anna Berg"_s);
        QCOMPARE(anna.data(DemoBadgeListModel::TitleRole).toString(), u"undersköterska"_s);
        QCOMPARE(anna.data(DemoBadgeListModel::UidHexRole).toString(), u"04DE0000000002"_s);
        QCOMPARE(anna.data(DemoBadgeListModel::PinRole).toString(), u"246802"_s);
    }

    void staffBadges()
    {
        StaffBadgeListModel staff;
        QAbstractItemModelTester tester(&staff, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(staff.empty());
        QSignalSpy counted(&staff, &StaffBadgeListModel::countChanged);
        staff.setMembers({ { u"id-1"_s, u"Anna Berg"_s, u"undersköterska"_s, StaffBadgeListModel::Active, 0 },
            { u"id-2"_s, u"Erik Nilsson"_s, u"undersköterska"_s, StaffBadgeListModel::Locked, 5 },
            { u"id-3"_s, u"Sofia Lind"_s, u"vårdbiträde"_s, StaffBadgeListModel::Revoked, 0 },
            { u"id-4"_s, u"Johan Ek"_s, u"vårdbiträde"_s, StaffBadgeListModel::NoBadge, 0 },
            { u"id-5"_s, u"Leila Karimi"_s, u"undersköterska"_s, StaffBadgeListModel::Unknown, 0 } });
        QCOMPARE(counted.size(), 1);
        QCOMPARE(roleNamesOf(staff),
            (QByteArrayList { "badgeState", "badgeStateText", "failedAttempts", "name", "staffId", "title" }));
        QCOMPARE(staff.count(), 5);
        const QModelIndex erik = staff.index(1);
        QCOMPARE(erik.data(StaffBadgeListModel::StaffIdRole).toString(), u"id-2"_s);
        QCOMPARE(erik.data(StaffBadgeListModel::BadgeStateRole).toInt(), StaffBadgeListModel::Locked);
        QCOMPARE(erik.data(StaffBadgeListModel::FailedAttemptsRole).toInt(), 5);
        QStringList words;
        for (int row = 0; row < staff.count(); ++row) {
            words << staff.index(row).data(StaffBadgeListModel::BadgeStateTextRole).toString();
        }
        QCOMPARE(
            words, (QStringList { u"Aktiv"_s, u"Låst"_s, u"Spärrad"_s, u"Ingen bricka"_s, u"Kunde inte läsas"_s }));
        QCOMPARE(staff.nameOf(u"id-3"_s), u"Sofia Lind"_s);
        QCOMPARE(staff.nameOf(u"nobody"_s), QString());
        staff.setMembers({});
        QVERIFY(staff.empty());
    }
};

QTEST_GUILESS_MAIN(BoundaryListModelsTest)
#include "boundarylistmodelstest.moc"
