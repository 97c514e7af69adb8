// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// `aktenctl check-text` through the real binary: the writing assistant on standard input, one JSON array of findings
// with character offsets, exit 0; with a demo store the unit's other residents' names; usage errors exit 2, an unknown
// resident or a store that cannot be opened exit 1, never with the text or a name on stderr.
#include "tests/integration/clirunner.h"

#include "app/core/clock.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"
#include "platform/keys/filekeyprovider.h"
#include "platform/keys/keylocation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using akten::test::runAktenctlWithInput;
using akten::test::snapshotDir;

class CheckTextCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_data;
    akten::core::Resident m_resident;
    akten::core::Resident m_neighbour; ///< another resident of the same unit
    akten::core::Resident m_elsewhere; ///< a resident of another unit

    /** The findings of one successful run, each checked against the contract and the input text. */
    static QJsonArray findings(const QStringList &args, const QString &text)
    {
        const auto run = runAktenctlWithInput(QStringList { u"check-text"_s } + args, text.toUtf8());
        [&] {
            QVERIFY(run.finished);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY(run.err.isEmpty());
            QVERIFY(run.out.endsWith('\n'));
        }();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray()) {
            qWarning() << "not one JSON array:" << run.out;
            return {};
        }
        for (const QJsonValue &value : doc.array()) {
            const QJsonObject f = value.toObject();
            const QStringList keys = f.keys();
            const QStringList contract { u"end"_s, u"match"_s, u"rule"_s, u"start"_s, u"suggestion"_s };
            if (keys != contract
                || text.mid(f[u"start"_s].toInt(), f[u"end"_s].toInt() - f[u"start"_s].toInt())
                    != f[u"match"_s].toString()) {
                qWarning() << "finding breaks the contract:" << f;
                return {};
            }
        }
        return doc.array();
    }

    static QString rulesAndMatches(const QJsonArray &array)
    {
        QStringList parts;
        for (const QJsonValue &value : array) {
            parts << value[u"rule"_s].toString() + u':' + value[u"match"_s].toString();
        }
        return parts.join(u", "_s);
    }

    /** A refusal by the contract that does not repeat `secret` (a name from the text) on stderr. */
    static void expectOneErrorLine(const akten::test::RunResult &run, int exitCode, const QString &secret = {})
    {
        akten::test::expectOneErrorLine(run, exitCode);
        if (!secret.isEmpty()) {
            QVERIFY2(!QString::fromUtf8(run.err).contains(secret), run.err.constData());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_data = m_tmp.filePath(u"demo"_s);
        const auto init
            = akten::test::runAktenctl({ u"init"_s, u"--data-dir"_s, m_data, u"--demo"_s, u"--tpm"_s, u"off"_s });
        QVERIFY2(init.exitCode == 0, init.err.constData());
        akten::platform::FileKeyProvider keys(akten::platform::defaultDeviceKeyLocation(m_data).path);
        QVERIFY(keys.prepare(false));
        const akten::core::SystemClock clock;
        auto store = akten::store::DeviceStore::open(m_data, keys, clock);
        QVERIFY(store.ok());
        const auto residents = akten::store::MasterDataRepository(store.value().db()).residents();
        QVERIFY(residents.ok() && residents.value().size() > 3);
        m_resident = residents.value().constFirst();
        for (const auto &r : residents.value()) {
            const bool sameUnit = r.unitId == m_resident.unitId;
            if (sameUnit && r.id != m_resident.id && r.firstName != m_resident.firstName && m_neighbour.id.isNull()) {
                m_neighbour = r;
            } else if (!sameUnit && m_elsewhere.id.isNull()) {
                m_elsewhere = r;
            }
        }
        QVERIFY(!m_neighbour.id.isNull() && !m_elsewhere.id.isNull());
    }

    void withoutAStoreTheGeneralRules()
    {
        const QString text
            = u"Ring ssk pga smärta. Undertecknad talade med dottern, som tycker att hon är besvärlig."_s;
        const QJsonArray array = findings({}, text);
        QCOMPARE(rulesAndMatches(array),
            u"abbreviation:ssk, abbreviation:pga, undersigned:Undertecknad, judging_word:besvärlig"_s);
        QCOMPARE(array.at(0)[u"suggestion"_s].toString(), u"sjuksköterska"_s);
        QCOMPARE(array.at(2)[u"suggestion"_s].toString(), u"Jag"_s);
        QVERIFY(array.at(3)[u"suggestion"_s].toString().startsWith(u"Beskriv"_s));
    }

    void offsetsCountCharactersNotBytes()
    {
        const QString text = u"Åsa åt ärtsoppa, bl.a. med senap."_s;
        const QJsonArray array = findings({}, text);
        QCOMPARE(array.size(), 1);
        QCOMPARE(array.at(0)[u"start"_s].toInt(), 17); // in UTF-8 bytes it would be 20
        QCOMPARE(array.at(0)[u"end"_s].toInt(), 22);
    }

    void cleanOrEmptyTextIsAnEmptyArray()
    {
        QCOMPARE(findings({}, QString()).size(), 0);
        QCOMPARE(findings({}, u"Jag hjälpte till med duschen och hon valde själv kläder.\n"_s).size(), 0);
    }

    void withAStoreTheUnitsOtherResidents()
    {
        const QStringList args { u"--data-dir"_s, m_data, u"--resident"_s, akten::core::idToString(m_resident.id) };
        const auto before = snapshotDir(m_data);
        const QString text = m_resident.firstName + u" åt lunch med "_s + m_neighbour.displayName() + u". Sedan kom "_s
            + m_neighbour.firstName + u" och "_s + m_elsewhere.firstName + u" på fika. Jag ringde sjuksköterskan "_s
            + m_neighbour.firstName + u"."_s;
        const QJsonArray array = findings(args, text);
        QCOMPARE(rulesAndMatches(array),
            u"other_resident:%1, other_resident:%2"_s.arg(m_neighbour.displayName(), m_neighbour.firstName));
        QCOMPARE(array.at(0)[u"suggestion"_s].toString(), u"en annan boende"_s);
        QCOMPARE(snapshotDir(m_data), before); // reading names writes nothing
    }

    /** With a store, the resident's unit's own abbreviations (the SAS's list) are flagged with their expansion. */
    void withAStoreTheUnitsOwnAbbreviations()
    {
        akten::platform::FileKeyProvider keys(akten::platform::defaultDeviceKeyLocation(m_data).path);
        QVERIFY(keys.prepare(false));
        const akten::core::SystemClock clock;
        auto store = akten::store::DeviceStore::open(m_data, keys, clock);
        QVERIFY(store.ok());
        const auto units = akten::store::MasterDataRepository(store.value().db()).units();
        QVERIFY(units.ok());
        for (const akten::core::Resident &resident : { m_resident, m_elsewhere }) {
            const auto unit = std::find_if(units.value().cbegin(), units.value().cend(),
                [&](const akten::core::Unit &u) { return u.id == resident.unitId; });
            QVERIFY(unit != units.value().cend() && !unit->abbreviations.isEmpty());
            for (const akten::core::Abbreviation &own : unit->abbreviations) {
                const QJsonArray array
                    = findings({ u"--data-dir"_s, m_data, u"--resident"_s, akten::core::idToString(resident.id) },
                        u"Vi träffades i %1 i går."_s.arg(own.form));
                QCOMPARE(rulesAndMatches(array), u"abbreviation:%1"_s.arg(own.form));
                QCOMPARE(array.at(0)[u"suggestion"_s].toString(), own.expansion);
            }
        }
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString id = akten::core::idToString(m_resident.id);
        QTest::newRow("resident without a store") << QStringList { u"--resident"_s, id };
        QTest::newRow("store without a resident") << QStringList { u"--data-dir"_s, m_data };
        QTest::newRow("malformed id") << QStringList { u"--data-dir"_s, m_data, u"--resident"_s, u"Margit"_s };
        QTest::newRow("device key without a store")
            << QStringList { u"--device-key"_s, akten::platform::defaultDeviceKeyLocation(m_data).path };
        QTest::newRow("unknown option") << QStringList { u"--json"_s };
        QTest::newRow("positional argument") << QStringList { u"note.txt"_s };
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const QString text = u"Gösta vägrade äta."_s;
        expectOneErrorLine(runAktenctlWithInput(QStringList { u"check-text"_s } + args, text.toUtf8()), 2, u"Gösta"_s);
    }

    void notUtf8IsAUsageError()
    {
        expectOneErrorLine(runAktenctlWithInput({ u"check-text"_s }, QByteArray("Hon \xff\xfe\xe5t.")), 2);
    }

    void unknownResidentOrUnopenableStoreFails()
    {
        const QString text = u"%1 vägrade äta."_s.arg(m_neighbour.firstName);
        const QString unknown = u"01890000-0000-7000-8000-000000000000"_s;
        expectOneErrorLine(
            runAktenctlWithInput({ u"check-text"_s, u"--data-dir"_s, m_data, u"--resident"_s, unknown }, text.toUtf8()),
            1, m_neighbour.firstName);
        const QString id = akten::core::idToString(m_resident.id);
        expectOneErrorLine(
            runAktenctlWithInput(
                { u"check-text"_s, u"--data-dir"_s, m_tmp.filePath(u"none"_s), u"--resident"_s, id }, text.toUtf8()),
            1, m_neighbour.firstName);
        QFile wrongKey(m_tmp.filePath(u"wrong.key"_s));
        QVERIFY(wrongKey.open(QIODevice::WriteOnly));
        wrongKey.write(QByteArray(32, 'x').toHex());
        wrongKey.close();
        wrongKey.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        expectOneErrorLine(runAktenctlWithInput({ u"check-text"_s, u"--data-dir"_s, m_data, u"--resident"_s, id,
                                                    u"--device-key"_s, wrongKey.fileName() },
                               text.toUtf8()),
            1, m_neighbour.firstName);
    }
};

QTEST_GUILESS_MAIN(CheckTextCliTest)
#include "checktextclitest.moc"
