// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Each rule of the writing assistant on real Swedish journal sentences, the ones it must flag and the ones it must
// leave alone; and the labelled set tests/data/journal-sentences.tsv with precision and recall printed.
#include "app/core/writingassistant.h"
#include "app/core/masterdata.h"

#include <QFile>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>

using namespace akten::core;
using namespace Qt::StringLiterals;

namespace {

const WritingAssistantConfig kUnit {
    { u"Margit"_s, u"Lindqvist"_s },
    { { u"Gösta"_s, u"Bergström"_s }, { u"Karin"_s, u"Sandberg"_s }, { u"Hans"_s, u"Ek"_s }, { u"Maria"_s, u"Lund"_s },
        { u"Margit"_s, u"Holm"_s } },
    {},
};

QString describe(const QList<WritingFinding> &findings)
{
    QStringList parts;
    for (const auto &f : findings) {
        parts << writingRuleCode(f.rule) + u":"_s + f.match;
    }
    return parts.join(u", "_s);
}

} // namespace

class WritingAssistantTest : public QObject
{
    Q_OBJECT

private:
    const WritingAssistant m_assistant { kUnit };

    /** The rule codes found in `text`, in order: "abbreviation judging_word". */
    QString rules(const QString &text) const
    {
        QStringList codes;
        for (const auto &f : m_assistant.check(text)) {
            codes << writingRuleCode(f.rule);
        }
        return codes.join(u' ');
    }

    void expect_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
    }

    /** The row's text gets exactly the rules listed in the row's "expected". */
    void compareRow() const
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(rules(text), expected);
    }

private Q_SLOTS:
    void offsetsMatchAndFindingsCarryAdvice()
    {
        const QString text = u"Ring ssk pga smärta. Hon vägrade äta bredvid Gösta, enl. dottern."_s;
        const auto findings = m_assistant.check(text);
        QCOMPARE(describe(findings),
            u"abbreviation:ssk, abbreviation:pga, judging_word:vägrade, other_resident:Gösta, abbreviation:enl."_s);
        for (const auto &f : findings) {
            QCOMPARE(text.mid(f.start, f.end - f.start), f.match);
            QVERIFY(!f.suggestion.isEmpty());
            QVERIFY(f.reasonSv.endsWith(u'.'));
        }
        QCOMPARE(findings.at(0).suggestion, u"sjuksköterska"_s);
        QVERIFY(findings.at(0).isReplacement);
        QCOMPARE(findings.at(2).suggestion, u"avböjde"_s);
        QCOMPARE(findings.at(3).suggestion, u"en annan boende"_s);
        QCOMPARE(findings.at(0).reasonSv,
            u"Alla ska kunna förstå journalen, också den boende, så skriv orden i "
            u"stället för förkortningar."_s);
        QCOMPARE(writingRuleLabelSv(WritingRule::UnattributedAssessment), u"Bedömning utan avsändare"_s);
    }

    void offsetsAreUtf16CodeUnits()
    {
        const QString text = u"😀 Hon fick bl.a. kaffe."_s; // the emoji is two UTF-16 code units
        const auto findings = m_assistant.check(text);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.constFirst().start, 12);
        QCOMPARE(findings.constFirst().match, u"bl.a."_s);
    }

    void cleanNotesHaveNoFindings()
    {
        for (const QString &text : {
                 u"Jag hjälpte Margit med duschen. Hon valde själv kläder och var nöjd."_s,
                 u"Margit åt hela lunchen och bad om mer kaffe klockan 13.30."_s,
                 u"Jag ringde sjuksköterskan Maria om att Margit har ont i höger knä."_s,
                 u"Dottern Karin kom på besök på eftermiddagen och de gick en promenad."_s,
                 u"Hans rum var städat när jag kom in."_s,
                 u"Vi tittade på TV och sedan sms:ade hon sin son."_s,
                 u"Vi tittade på VM i fotboll och en film om USA."_s,
                 u"Genomförandeplanen följdes upp enligt SoL och IBIC."_s,
                 u"Karl XII var ämnet när vi läste högt ur historieboken."_s,
                 u"Margit sov oroligt i natt och var vaken vid tillsynen klockan tre."_s,
                 u"Hon har det jobbigt med sömnen sedan flytten, säger hon."_s,
                 u"Vi matade ankorna vid dammen."_s,
                 u"Margits dotter ringde klockan 10 och frågade om tandläkartiden."_s,
             }) {
            QVERIFY2(
                m_assistant.check(text).isEmpty(), qPrintable(text + u" → "_s + describe(m_assistant.check(text))));
        }
    }

    void abbreviations_data()
    {
        expect_data();
        QTest::newRow("list") << u"Ring ssk pga smärta"_s << u"abbreviation abbreviation"_s;
        QTest::newRow("dotted") << u"Hon fick bl.a. hjälp med dusch, t. ex. ryggen."_s
                                << u"abbreviation abbreviation"_s;
        QTest::newRow("unknown dotted") << u"Han fick o.dyl. hjälp."_s << u"abbreviation"_s;
        QTest::newRow("capitals") << u"Hon behöver stöd i ADL och BPSD-teamet har varit här."_s
                                  << u"abbreviation abbreviation"_s;
        QTest::newRow("weekdays") << u"Daglig verksamhet tis-fre."_s << u"abbreviation abbreviation"_s;
        QTest::newRow("unknown capitals") << u"Planen skickades till KSF i går."_s << u"abbreviation"_s;
        QTest::newRow("suffix") << u"Jag pratade med SSK:n om såret."_s << u"abbreviation"_s;
        QTest::newRow("kl.") << u"Hon vaknade kl. 6 och ville ha kaffe."_s << u"abbreviation"_s;
        QTest::newRow("st after a number") << u"Hon åt 2 st smörgåsar."_s << u"abbreviation"_s;
        QTest::newRow("c:a") << u"Promenaden tog c:a en timme."_s << u"abbreviation"_s;
        QTest::newRow("millimetres") << u"Såret var 5 mm långt enligt sjuksköterskan."_s << u""_s;
        QTest::newRow("within a word") << u"Camilla åt lunch på Pgatan."_s << u""_s;
        QTest::newRow("missing space") << u"Hon åt bra.Jag diskade."_s << u""_s;
        QTest::newRow("laws") << u"Insatsen enligt LSS och HSL följdes upp."_s << u""_s;
    }

    void abbreviations() { compareRow(); }

    void abbreviationSuggestions()
    {
        const auto findings = m_assistant.check(u"T.ex. vill hon ha te. Ev. kommer sonen."_s);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).suggestion, u"Till exempel"_s);
        QCOMPARE(findings.at(1).match, u"Ev."_s);
        QCOMPARE(findings.at(1).suggestion, u"Eventuellt"_s);
        const auto capitals = m_assistant.check(u"Hon tränar ADL."_s);
        QCOMPARE(capitals.constFirst().suggestion, u"aktiviteter i dagliga livet"_s);
        const auto unknown = m_assistant.check(u"Planen skickades till KSF."_s);
        QVERIFY(!unknown.constFirst().isReplacement);
    }

    void theUnitsOwnAbbreviations()
    {
        const WritingAssistant assistant({ {}, {}, { { u"KVP"_s, u"kvällspromenad"_s }, { u"s.g.k."_s, {} } } });
        const auto findings = assistant.check(u"Efter KVP sov hon. Hon tog s.g.k. med sig."_s);
        QCOMPARE(describe(findings), u"abbreviation:KVP, abbreviation:s.g.k."_s);
        QCOMPARE(findings.at(0).suggestion, u"kvällspromenad"_s);
        QVERIFY(!findings.at(1).isReplacement);
    }

    void undersigned_data()
    {
        expect_data();
        QTest::newRow("undertecknad") << u"Undertecknad har talat med dottern."_s << u"undersigned"_s;
        QTest::newRow("u.t.") << u"Gösta Bergströms dotter ringde till u.t. i morse."_s
                              << u"other_resident undersigned"_s;
        QTest::newRow("u.t without dot") << u"Samtal mellan u.t och Margit om helgen."_s << u"undersigned"_s;
        QTest::newRow("not ut") << u"Vi gick ut en stund efter lunchen."_s << u""_s;
    }

    void undersigned()
    {
        compareRow();
        const auto findings = m_assistant.check(u"Undertecknad ringde."_s);
        QCOMPARE(findings.constFirst().suggestion, u"Jag"_s);
    }

    void judgingWords_data()
    {
        expect_data();
        QTest::newRow("aggressiv") << u"Han var aggressiv i matsalen."_s << u"judging_word"_s;
        QTest::newRow("aggressivt") << u"Hon betedde sig aggressivt mot personalen."_s << u"judging_word"_s;
        QTest::newRow("aggressiva") << u"De blev aggressiva när tv:n stängdes av."_s << u"judging_word"_s;
        QTest::newRow("vägrar") << u"Han vägrar ta emot hjälp."_s << u"judging_word"_s;
        QTest::newRow("vägrade") << u"Vägrade dusch på morgonen."_s << u"judging_word"_s;
        QTest::newRow("besvärligt") << u"Hon var besvärligare än vanligt."_s << u"judging_word"_s;
        QTest::newRow("blöja") << u"Jag bytte blöjan efter frukosten."_s << u"judging_word"_s;
        QTest::newRow("matade henne") << u"Jag matade henne med soppan."_s << u"judging_word"_s;
        QTest::newRow("dement") << u"Hon är dement och glömmer mycket."_s << u"judging_word"_s;
        QTest::newRow("duktig") << u"Emil var duktig och dukade själv."_s << u"judging_word"_s;
        QTest::newRow("a situation") << u"Det var jobbigt för honom att vänta, sade han."_s << u""_s;
        QTest::newRow("avböjde") << u"Han avböjde duschen och ville vänta till kvällen."_s << u""_s;
        QTest::newRow("compound") << u"Vi pratade om aggressivitet i nyheterna."_s << u""_s;
        QTest::newRow("an evening") << u"Han hade en jobbig kväll efter besöket, säger han."_s << u""_s;
        QTest::newRow("sur, of a person") << u"I kväll var hon lite sur på personalen."_s << u"judging_word"_s;
        QTest::newRow("sur, of milk") << u"Mjölken var sur så jag hämtade ny."_s << u""_s;
    }

    void judgingWords() { compareRow(); }

    void judgingReplacementsKeepTheForm()
    {
        QCOMPARE(m_assistant.check(u"Han vägrar."_s).constFirst().suggestion, u"avböjer"_s);
        QCOMPARE(m_assistant.check(u"Vägrade dusch."_s).constFirst().suggestion, u"Avböjde"_s);
        QCOMPARE(m_assistant.check(u"Nya blöjor behövs."_s).constFirst().suggestion, u"inkontinensskydd"_s);
        const auto aggressive = m_assistant.check(u"Han var aggressiv."_s).constFirst();
        QVERIFY(!aggressive.isReplacement);
        QVERIFY(aggressive.suggestion.startsWith(u"Beskriv"_s));
    }

    void otherResidents_data()
    {
        expect_data();
        QTest::newRow("full name") << u"Satt med Gösta Bergström vid lunchen."_s << u"other_resident"_s;
        QTest::newRow("first name") << u"Gösta och Margit spelade kort."_s << u"other_resident"_s;
        QTest::newRow("genitive") << u"Margit satt i Göstas rum."_s << u"other_resident"_s;
        QTest::newRow("last name") << u"Hon pratade om Sandbergs blommor."_s << u"other_resident"_s;
        QTest::newRow("ambiguous mid-sentence") << u"Margit och Hans tittade på TV."_s << u"other_resident"_s;
        QTest::newRow("ambiguous as a word") << u"Hans son ringde i kväll."_s << u""_s;
        QTest::newRow("lower case word") << u"Han drack ett glas vatten vid strandkanten."_s << u""_s;
        QTest::newRow("someone else's full name") << u"Vi pratade om Hans Alfredson och hans filmer."_s << u""_s;
        QTest::newRow("staff by title") << u"Jag kontaktade sjuksköterskan Maria om såret."_s << u""_s;
        QTest::newRow("relative") << u"Hennes dotter Karin hälsade på."_s << u""_s;
        QTest::newRow("own resident") << u"Margit Lindqvist åt frukost."_s << u""_s;
        QTest::newRow("shared first name alone") << u"Margit ville vila."_s << u""_s;
        QTest::newRow("shared first name, other's full name") << u"Margit Holm satt bredvid."_s << u"other_resident"_s;
    }

    void otherResidents() { compareRow(); }

    void otherResidentsFromMasterData()
    {
        Resident own;
        own.id = idFromString(u"00000000-0000-7000-8000-000000000001"_s);
        own.firstName = u"Sara"_s;
        own.lastName = u"Lindell"_s;
        Resident other = own;
        other.id = idFromString(u"00000000-0000-7000-8000-000000000002"_s);
        other.firstName = u"Emil"_s;
        other.lastName = u"Rask"_s;
        const WritingAssistant assistant(writingConfigFor(own, { own, other }));
        QCOMPARE(describe(assistant.check(u"Sara och Emil bakade. Rask gick det inte."_s)), u"other_resident:Emil"_s);
    }

    void personalNumbers_data()
    {
        expect_data();
        QTest::newRow("12 digits with dash") << u"Hennes personnummer är 19400505-1232."_s << u"personal_number"_s;
        QTest::newRow("10 digits with dash")
            << u"Pnr 400505-1232 stod på remissen."_s << u"abbreviation personal_number"_s;
        QTest::newRow("after a colon") << u"Pnr:19400505-1232 på kuvertet."_s << u"abbreviation personal_number"_s;
        QTest::newRow("12 bare digits") << u"Anteckning om 194005051232 i kuvertet."_s << u"personal_number"_s;
        QTest::newRow("hundred years old") << u"Han är född 230505+1233."_s << u"personal_number"_s;
        QTest::newRow("coordination number") << u"Samordningsnummer 19400565-1239 användes."_s << u"personal_number"_s;
        QTest::newRow("bad check digit") << u"Numret 19400505-1233 var felskrivet."_s << u""_s;
        QTest::newRow("phone number") << u"Dottern nås på 0701234569 efter klockan fem."_s << u""_s;
        QTest::newRow("a date and a time") << u"Besöket är 20261124 1430 enligt kallelsen."_s << u""_s;
        QTest::newRow("an invalid date") << u"Ärendenummer 19401305-1234 gäller hjälpmedlet."_s << u""_s;
    }

    void personalNumbers() { compareRow(); }

    void unattributedAssessments_data()
    {
        expect_data();
        QTest::newRow("är deprimerad") << u"Gösta Bergström är deprimerad."_s
                                       << u"other_resident unattributed_assessment"_s;
        QTest::newRow("var orolig") << u"Margit var orolig hela kvällen."_s << u"unattributed_assessment"_s;
        QTest::newRow("mår dåligt") << u"Hon mår dåligt sedan flytten."_s << u"unattributed_assessment"_s;
        QTest::newRow("mår inte bra") << u"Hon mår inte bra i dag."_s << u"unattributed_assessment"_s;
        QTest::newRow("verkar förvirrad") << u"Margit verkar förvirrad på morgnarna."_s << u"unattributed_assessment"_s;
        QTest::newRow("inverted") << u"I natt var hon mycket orolig och gick runt."_s << u"unattributed_assessment"_s;
        QTest::newRow("såg ledsen ut") << u"Hon såg ledsen ut efter samtalet."_s << u"unattributed_assessment"_s;
        QTest::newRow("känner sig ensam") << u"Margit känner sig ensam på kvällarna."_s << u"unattributed_assessment"_s;
        QTest::newRow("har ångest") << u"Hon har ångest inför läkarbesöket."_s << u"unattributed_assessment"_s;
        QTest::newRow("jag bedömer") << u"Jag bedömer att hon är orolig inför flytten."_s << u""_s;
        QTest::newRow("enligt") << u"Hon är deprimerad enligt läkaren Anders."_s << u""_s;
        QTest::newRow("säger") << u"Hon säger att hon mår dåligt."_s << u""_s;
        QTest::newRow("berättade") << u"Margit berättade att hon kände sig ensam."_s << u""_s;
        QTest::newRow("upplever") << u"Hon upplever sig ledsen och trött."_s << u""_s;
        QTest::newRow("jag uppfattade") << u"Jag uppfattade henne som orolig."_s << u""_s;
        QTest::newRow("quoted") << u"Hon sade: \"Jag är ledsen i dag.\""_s << u""_s;
        QTest::newRow("writer's own") << u"Jag var orolig för att hon skulle falla."_s << u""_s;
        QTest::newRow("not a statement") << u"Efter en orolig natt sov hon till nio."_s << u""_s;
        QTest::newRow("glad is left alone") << u"Hon var glad och nöjd efter promenaden."_s << u""_s;
        QTest::newRow("alone in the room") << u"Hon var ensam i dagrummet en stund."_s << u""_s;
        QTest::newRow("mår bra") << u"Hon mår bra i dag."_s << u""_s;
        QTest::newRow("på dåligt humör") << u"Han var på dåligt humör efter lunchen."_s << u"unattributed_assessment"_s;
        QTest::newRow("på gott humör") << u"Han var på gott humör efter lunchen."_s << u""_s;
    }

    void unattributedAssessments() { compareRow(); }

    void assessmentSpanIsTheStatement()
    {
        const auto findings = m_assistant.check(u"I natt var hon mycket orolig."_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.constFirst().match, u"var hon mycket orolig"_s);
        QVERIFY(!findings.constFirst().isReplacement);
    }

    void emptyAndOddText()
    {
        QVERIFY(m_assistant.check(QString()).isEmpty());
        QVERIFY(m_assistant.check(u"   \n\n ."_s).isEmpty());
        QVERIFY(m_assistant.check(u"..."_s).isEmpty());
        QVERIFY(m_assistant.check(u"²³ 12 ½"_s).isEmpty());
        QVERIFY(WritingAssistant().check(u"Gösta åt."_s).isEmpty()); // no names configured
    }

    /** Random text from the characters the rules look at: findings stay in bounds, ordered and apart. */
    void randomTextKeepsTheInvariants()
    {
        const QString alphabet = u"aAåÄöGgösta ssk.:-+0123456789\n\"ÖvägrarkuHt"_s;
        const QStringList words { u"Gösta"_s, u"Bergström"_s, u"ssk"_s, u"t.ex."_s, u"u.t"_s, u"var"_s, u"orolig"_s,
            u"19400505-1232"_s, u"SSK:n"_s, u"kl."_s, u"ADL-"_s, u"-"_s, u"Margit"_s, u"känner"_s, u"sig"_s };
        QRandomGenerator random(20261122);
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int pieces = random.bounded(1, 30);
            for (int i = 0; i < pieces; ++i) {
                text += random.bounded(2) ? words.at(random.bounded(words.size()))
                                          : QString(alphabet.at(random.bounded(alphabet.size())));
                if (random.bounded(3) == 0) {
                    text += u' ';
                }
            }
            qsizetype previousEnd = 0;
            for (const auto &f : m_assistant.check(text)) {
                QVERIFY2(f.start >= previousEnd && f.start < f.end && f.end <= text.size(), qPrintable(text));
                QCOMPARE(text.mid(f.start, f.end - f.start), f.match);
                previousEnd = f.end;
            }
        }
    }

    /**
     * The labelled set: each line a sentence and the rules it should get (tests/data/journal-sentences.tsv, with its
     * columns described at its top). Counted per rule and finding: a found rule the line does not list is a false
     * positive, a listed rule not found a false negative. Both precision and recall overall must be at least 0.9.
     */
    void labelledSet()
    {
        QFile file(QStringLiteral(DATA_DIR "/journal-sentences.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        WritingAssistantConfig config;
        struct Counts
        {
            int tp = 0, fp = 0, fn = 0;
        };
        QMap<QString, Counts> perRule;
        QMap<QString, Counts> perPart; // "#! part: NAME": the lines written after tuning are reported apart
        QString part = u"tuned on"_s;
        int sentences = 0;
        int clean = 0;
        std::optional<WritingAssistant> assistant;
        const auto names = [](const QString &list) {
            QList<PersonName> people;
            for (const QString &name : list.split(u';', Qt::SkipEmptyParts)) {
                const QString full = name.trimmed();
                const qsizetype space = full.lastIndexOf(u' ');
                people.append({ full.left(space), full.mid(space + 1) });
            }
            return people;
        };
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (line.startsWith("#! resident:"_L1)) {
                config.resident = names(line.mid(12)).constFirst();
                assistant.emplace(config);
                continue;
            }
            if (line.startsWith("#! others:"_L1)) {
                config.otherResidents = names(line.mid(10));
                assistant.emplace(config);
                continue;
            }
            if (line.startsWith("#! part:"_L1)) {
                part = line.mid(8).trimmed();
                continue;
            }
            if (line.trimmed().isEmpty() || line.startsWith(u'#')) {
                continue;
            }
            QVERIFY2(assistant, "the file names the resident and the others before the first sentence");
            const QStringList columns = line.split(u'\t');
            QVERIFY2(columns.size() == 2, qPrintable(u"two tab-separated columns: "_s + line));
            ++sentences;
            QMap<QString, int> expected;
            for (const QString &rule : columns.at(1).split(u',', Qt::SkipEmptyParts)) {
                ++expected[rule.trimmed()];
            }
            clean += expected.isEmpty() ? 1 : 0;
            QMap<QString, int> found;
            const auto findings = assistant->check(columns.at(0));
            for (const auto &f : findings) {
                ++found[writingRuleCode(f.rule)];
            }
            QStringList rulesSeen = expected.keys() + found.keys();
            rulesSeen.removeDuplicates();
            for (const QString &rule : rulesSeen) {
                const int tp = std::min(expected.value(rule), found.value(rule));
                perRule[rule].tp += tp;
                perRule[rule].fp += found.value(rule) - tp;
                perRule[rule].fn += expected.value(rule) - tp;
                perPart[part].tp += tp;
                perPart[part].fp += found.value(rule) - tp;
                perPart[part].fn += expected.value(rule) - tp;
            }
            if (expected != found) {
                qInfo().noquote() << "mismatch:" << columns.at(0) << "| expected:" << columns.at(1)
                                  << "| found:" << describe(findings);
            }
        }
        QVERIFY2(sentences >= 200, qPrintable(u"only %1 sentences"_s.arg(sentences)));
        QVERIFY(clean >= sentences / 3);
        Counts total;
        const auto ratio = [](int a, int b) { return b == 0 ? 1.0 : double(a) / double(b); };
        for (auto it = perRule.cbegin(); it != perRule.cend(); ++it) {
            total.tp += it->tp;
            total.fp += it->fp;
            total.fn += it->fn;
            qInfo().noquote() << u"%1 precision %2 recall %3 (%4 found right, %5 wrongly, %6 missed)"_s
                                     .arg(it.key(), -24)
                                     .arg(ratio(it->tp, it->tp + it->fp), 0, 'f', 2)
                                     .arg(ratio(it->tp, it->tp + it->fn), 0, 'f', 2)
                                     .arg(it->tp)
                                     .arg(it->fp)
                                     .arg(it->fn);
        }
        for (auto it = perPart.cbegin(); it != perPart.cend(); ++it) {
            qInfo().noquote() << u"lines %1: precision %2 recall %3"_s.arg(it.key())
                                     .arg(ratio(it->tp, it->tp + it->fp), 0, 'f', 2)
                                     .arg(ratio(it->tp, it->tp + it->fn), 0, 'f', 2);
        }
        const double precision = ratio(total.tp, total.tp + total.fp);
        const double recall = ratio(total.tp, total.tp + total.fn);
        qInfo().noquote() << u"labelled set: %1 sentences (%2 clean); overall precision %3 recall %4"_s.arg(sentences)
                                 .arg(clean)
                                 .arg(precision, 0, 'f', 2)
                                 .arg(recall, 0, 'f', 2);
        QVERIFY2(precision >= 0.9, qPrintable(u"precision %1"_s.arg(precision)));
        QVERIFY2(recall >= 0.9, qPrintable(u"recall %1"_s.arg(recall)));
    }
};

QTEST_GUILESS_MAIN(WritingAssistantTest)
#include "writingassistanttest.moc"
