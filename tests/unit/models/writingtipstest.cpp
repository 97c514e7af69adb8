// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// WritingTipsModel over the demo unit: whose names are the note's own (one resident: only the others are flagged;
// several: every name is, since the same text goes into each one's journal), the one-tap fix (never when the words
// have moved), "Behåll" for the note, and the question asked once at save.
#include "tests/support/demostore.h"

#include "app/core/abbreviationlist.h"
#include "app/models/writingtipsmodel.h"
#include "app/store/masterdatarepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace akten;

class WritingTipsTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    std::optional<store::MasterDataRepository> m_master;
    QList<core::Resident> m_unit; ///< the first unit's residents, no protected identities

    [[nodiscard]] QStringList kinds(const WritingTipsModel &tips) const
    {
        QStringList out;
        for (int row = 0; row < tips.rowCount(); ++row) {
            out << tips.index(row).data(WritingTipsModel::KindRole).toString();
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        m_master.emplace(m_demo.store->db());
        const auto residents = m_master->residents(m_demo.data.units.at(0).id);
        QVERIFY(residents);
        for (const core::Resident &r : residents.value()) {
            if (!r.protectedIdentity) {
                m_unit.append(r);
            }
        }
        QVERIFY(m_unit.size() >= 3);
    }

    void ownNameIsNotFlaggedOthersAre()
    {
        WritingTipsModel tips(*m_master);
        tips.setResidents({ m_unit.at(0).id });
        tips.check(u"%1 åt lunch med %2."_s.arg(m_unit.at(0).firstName, m_unit.at(1).displayName()));
        QCOMPARE(kinds(tips), QStringList({ u"Annan boendes namn"_s }));
        QCOMPARE(tips.index(0).data(WritingTipsModel::MatchRole).toString(), m_unit.at(1).displayName());
    }

    void severalResidentsFlagEveryName()
    {
        WritingTipsModel tips(*m_master);
        tips.setResidents({ m_unit.at(0).id, m_unit.at(1).id });
        tips.check(u"%1 och %2 spelade kort."_s.arg(m_unit.at(0).displayName(), m_unit.at(1).displayName()));
        QCOMPARE(kinds(tips), QStringList({ u"Annan boendes namn"_s, u"Annan boendes namn"_s }));
        QVERIFY(!tips.saveQuestion(u"%1 spelade kort."_s.arg(m_unit.at(0).displayName())).isEmpty());
    }

    void fixReplacesOnlyTheWordsItFound()
    {
        WritingTipsModel tips(*m_master);
        tips.setResidents({ m_unit.at(0).id });
        const QString text = u"Ssk tittade på såret."_s;
        tips.check(text);
        QCOMPARE(tips.rowCount(), 1);
        QVERIFY(tips.index(0).data(WritingTipsModel::CanFixRole).toBool());
        QCOMPARE(tips.fixed(0, text), u"Sjuksköterska tittade på såret."_s);
        // The text has moved on since the check: nothing is replaced in the wrong place.
        QCOMPARE(tips.fixed(0, u"I dag: "_s + text), u"I dag: "_s + text);
        QCOMPARE(tips.fixed(7, text), text);
    }

    void keptAdviceStaysAwayForThisNote()
    {
        WritingTipsModel tips(*m_master);
        tips.setResidents({ m_unit.at(0).id });
        tips.check(u"Han var aggressiv vid frukost."_s);
        QCOMPARE(kinds(tips), QStringList({ u"Värderande ord"_s }));
        QCOMPARE(tips.rowAt(9), 0);
        QCOMPARE(tips.rowAt(1), -1);
        tips.keep(0);
        QCOMPARE(tips.rowCount(), 0);
        tips.check(u"Han var aggressiv vid frukost och aggressiv vid lunch. Ssk kom."_s);
        QCOMPARE(kinds(tips), QStringList({ u"Förkortning"_s }));
        // A new note (residents set again) forgets what was kept.
        tips.setResidents({ m_unit.at(1).id });
        QCOMPARE(tips.rowCount(), 3);
    }

    /** The unit's own abbreviations (kept by the SAS in the master data) are flagged with their expansion. */
    void theUnitsOwnAbbreviations()
    {
        WritingTipsModel tips(*m_master);
        tips.setResidents({ m_unit.at(0).id });
        const QString text = u"Vi åt i mr och pratade om ÄO."_s;
        tips.check(text);
        QCOMPARE(kinds(tips), QStringList({ u"Förkortning"_s, u"Förkortning"_s }));
        QCOMPARE(tips.index(0).data(WritingTipsModel::FixLabelRole).toString(), u"Byt till: matrummet"_s);
        QCOMPARE(tips.fixed(0, text), u"Vi åt i matrummet och pratade om ÄO."_s);
        QCOMPARE(tips.index(1).data(WritingTipsModel::FixLabelRole).toString(), u"Byt till: äldreomsorgen"_s);
        // Stored and read back whole; a list the assistant could not use is refused, the unit left as it was.
        core::Unit unit = m_master->units().value().constFirst();
        const auto before = unit.abbreviations;
        unit.abbreviations.append({ u"two words"_s, u"x"_s });
        const auto refused = m_master->upsertUnit(unit);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"has a space"_s));
        QCOMPARE(m_master->units().value().constFirst().abbreviations.size(), before.size());
    }

    void abbreviationListsAreCheckedWhole()
    {
        QCOMPARE(
            core::decodeAbbreviations(R"([{"form":"mr","expansion":"matrummet"},{"form":"ÄO"}])").value().size(), 2);
        for (const QByteArray &bad : { QByteArray("{}"), QByteArray("[1]"), QByteArray(R"([{"form":""}])"),
                 QByteArray(R"([{"form":"mr"},{"form":"MR"}])"), QByteArray(R"([{"form":"a b"}])"),
                 QByteArray(R"([{"form":"abcdefghijklmnopqrstuvwxyz"}])") }) {
            QVERIFY2(!core::decodeAbbreviations(bad), bad.constData());
        }
        const QList<core::Abbreviation> list { { u"DV"_s, u"daglig verksamhet"_s } };
        QCOMPARE(core::decodeAbbreviations(core::encodeAbbreviations(list)).value().constFirst().expansion,
            u"daglig verksamhet"_s);
    }

    void saveQuestionOnlyForNamesAndNumbers()
    {
        WritingTipsModel tips(*m_master);
        tips.setResidents({ m_unit.at(0).id });
        QCOMPARE(tips.saveQuestion(u"Ssk kom. Han var aggressiv."_s), QString());
        QCOMPARE(
            tips.saveQuestion(u"Satt med %1."_s.arg(m_unit.at(2).displayName())), u"Texten nämner en annan boende."_s);
        QCOMPARE(
            tips.saveQuestion(u"Hennes personnummer är 19121212-1212."_s), u"Texten innehåller ett personnummer."_s);
    }
};

QTEST_GUILESS_MAIN(WritingTipsTest)
#include "writingtipstest.moc"
