// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/writingtipsmodel.h"

#include "app/core/masterdata.h"
#include "app/store/masterdatarepository.h"

#include <QHash>

using namespace Qt::StringLiterals;
using akten::core::WritingFinding;
using akten::core::WritingRule;

WritingTipsModel::WritingTipsModel(akten::store::MasterDataRepository &master, QObject *parent)
    : RowListModel(
        { { KeyRole, "key" }, { KindRole, "kind" }, { MatchRole, "match" }, { ReasonRole, "reason" },
            { FixLabelRole, "fixLabel" }, { CanFixRole, "canFix" }, { StartRole, "start" }, { EndRole, "end" } },
        parent, KeyRole)
    , m_master(master)
    , m_assistant(std::make_unique<akten::core::WritingAssistant>())
{ }

WritingTipsModel::~WritingTipsModel() = default;

void WritingTipsModel::setResidents(const QList<akten::core::Id> &residentIds)
{
    QList<akten::core::Resident> own;
    QList<akten::core::Id> units;
    for (const auto &id : residentIds) {
        if (const auto resident = m_master.resident(id)) {
            own.append(resident.value());
            if (!units.contains(resident.value().unitId)) {
                units.append(resident.value().unitId);
            }
        }
    }
    QList<akten::core::Resident> unitResidents;
    for (const auto &unit : units) {
        if (const auto residents = m_master.residents(unit)) {
            unitResidents.append(residents.value());
        }
    }
    QList<akten::core::Abbreviation> extraAbbreviations; // what the units' SAS added to the curated list
    if (const auto all = m_master.units()) {
        for (const auto &unit : all.value()) {
            if (units.contains(unit.id)) {
                extraAbbreviations.append(unit.abbreviations);
            }
        }
    }
    akten::core::WritingAssistantConfig config;
    if (own.size() == 1) {
        config = akten::core::writingConfigFor(own.constFirst(), unitResidents, extraAbbreviations);
    } else {
        // Several residents, one text saved in each one's journal: every name is another resident's to someone.
        for (const auto &resident : unitResidents) {
            config.otherResidents.append({ resident.firstName, resident.lastName });
        }
        config.extraAbbreviations = extraAbbreviations;
    }
    m_assistant = std::make_unique<akten::core::WritingAssistant>(config);
    m_kept.clear();
    check(m_text);
}

QString WritingTipsModel::keepKey(const WritingFinding &finding)
{
    return akten::core::writingRuleCode(finding.rule) + u':' + finding.match.toLower();
}

void WritingTipsModel::check(const QString &text)
{
    m_text = text;
    m_findings.clear();
    QList<Row> rows;
    QHash<QString, int> seen; // the same words twice are two rows with their own keys
    for (const WritingFinding &finding : m_assistant->check(text)) {
        const QString key = keepKey(finding);
        if (m_kept.contains(key)) {
            continue;
        }
        m_findings.append(finding);
        const QString fixLabel
            = finding.isReplacement ? tr("Byt till: %1").arg(finding.suggestion) : finding.suggestion;
        rows.append({ { KeyRole, QString(key + u'#' + QString::number(seen[key]++)) },
            { KindRole, akten::core::writingRuleLabelSv(finding.rule) }, { MatchRole, finding.match },
            { ReasonRole, finding.reasonSv }, { FixLabelRole, fixLabel }, { CanFixRole, finding.isReplacement },
            { StartRole, int(finding.start) }, { EndRole, int(finding.end) } });
    }
    setRows(rows);
}

QString WritingTipsModel::fixed(int row, const QString &text) const
{
    if (row < 0 || row >= m_findings.size()) {
        return text;
    }
    const WritingFinding &finding = m_findings.at(row);
    if (!finding.isReplacement || text.mid(finding.start, finding.end - finding.start) != finding.match) {
        return text;
    }
    return QString(text).replace(finding.start, finding.end - finding.start, finding.suggestion);
}

void WritingTipsModel::keep(int row)
{
    if (row >= 0 && row < m_findings.size()) {
        m_kept.insert(keepKey(m_findings.at(row)));
        check(m_text);
    }
}

int WritingTipsModel::rowAt(int position) const
{
    for (qsizetype row = 0; row < m_findings.size(); ++row) {
        if (position >= m_findings.at(row).start && position <= m_findings.at(row).end) {
            return int(row);
        }
    }
    return -1;
}

QString WritingTipsModel::saveQuestion(const QString &text) const
{
    bool name = false;
    bool number = false;
    for (const WritingFinding &finding : m_assistant->check(text)) {
        name = name || finding.rule == WritingRule::OtherResident;
        number = number || finding.rule == WritingRule::PersonalNumber;
    }
    if (name && number) {
        return tr("Texten nämner en annan boende och innehåller ett personnummer.");
    }
    if (name) {
        return tr("Texten nämner en annan boende.");
    }
    return number ? tr("Texten innehåller ett personnummer.") : QString();
}
