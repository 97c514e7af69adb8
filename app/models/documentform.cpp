// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/documentform.h"

#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/models/recorddocumentservice.h"
#include "app/models/recorddocumenttexts.h"

using namespace Qt::StringLiterals;
using namespace akten;
namespace texts = akten::models::doctexts;

DocumentForm::DocumentForm(RecordDocumentService &service, const core::Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_service(service)
    , m_clock(clock)
{ }

void DocumentForm::start(const auth::SessionUser &user, const core::Id &residentId, core::RecordDocType type,
    const QJsonObject &base, const QList<core::Id> &replaces)
{
    beginResetModel();
    m_user = user;
    m_residentId = residentId;
    m_type = type;
    m_replaces = replaces;
    m_fields = core::docFields(type);
    m_values.clear();
    m_errors.clear();
    for (const core::DocField &field : std::as_const(m_fields)) {
        m_values.append(base.value(field.key).toString());
        m_errors.append(QString());
    }
    m_step = 0;
    m_open = true;
    m_title = texts::formTitle(type, !replaces.isEmpty());
    m_errorText.clear();
    endResetModel();
    Q_EMIT changed();
}

void DocumentForm::setTitle(const QString &title)
{
    m_title = title;
    Q_EMIT changed();
}

int DocumentForm::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QHash<int, QByteArray> DocumentForm::roleNames() const
{
    return { { KeyRole, "key" }, { LabelRole, "label" }, { KindRole, "kind" }, { ValueRole, "value" },
        { ErrorRole, "error" }, { ChoiceCodesRole, "choiceCodes" }, { ChoiceLabelsRole, "choiceLabels" },
        { RequiredRole, "mandatory" }, { StepRole, "step" } };
}

QVariant DocumentForm::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const core::DocField &field = m_fields.at(index.row());
    switch (role) {
    case KeyRole:
        return field.key;
    case LabelRole:
        return texts::fieldLabel(m_type, field.key);
    case KindRole:
        return int(field.kind); // DocumentForm::Kind mirrors core::DocFieldKind
    case ValueRole:
        return m_values.at(index.row());
    case ErrorRole:
        return m_errors.at(index.row());
    case ChoiceCodesRole:
        return field.kind == core::DocFieldKind::YesNo ? QStringList { u"yes"_s, u"no"_s } : field.choices;
    case ChoiceLabelsRole: {
        QStringList labels;
        for (const QString &code :
            field.kind == core::DocFieldKind::YesNo ? QStringList { u"yes"_s, u"no"_s } : field.choices) {
            labels << texts::choiceLabel(code);
        }
        return labels;
    }
    case RequiredRole:
        return field.required;
    case StepRole:
        return field.step;
    default:
        return {};
    }
}

void DocumentForm::setValue(int row, const QString &value)
{
    if (row < 0 || row >= m_values.size() || m_values.at(row) == value) {
        return;
    }
    m_values[row] = value;
    const bool hadError = !m_errors.at(row).isEmpty();
    m_errors[row].clear(); // said again at the next check; typing makes it go away
    Q_EMIT dataChanged(
        index(row), index(row), hadError ? QList<int> { ValueRole, ErrorRole } : QList<int> { ValueRole });
}

int DocumentForm::stepCount() const
{
    return m_open ? core::docStepCount(m_type) : 0;
}

QString DocumentForm::stepTitle() const
{
    return texts::stepTitle(m_type, m_step);
}

QString DocumentForm::today() const
{
    return core::careDate(m_clock.nowMs()).toString(Qt::ISODate);
}

QJsonObject DocumentForm::fields() const
{
    QJsonObject object;
    for (int row = 0; row < m_fields.size(); ++row) {
        if (!m_values.at(row).trimmed().isEmpty()) {
            object.insert(m_fields.at(row).key, m_values.at(row).trimmed());
        }
    }
    return object;
}

int DocumentForm::showProblems(const QList<core::DocFieldProblem> &problems, int step)
{
    const QDate today = core::careDate(m_clock.nowMs());
    int shown = 0;
    m_errorText.clear();
    for (int row = 0; row < m_fields.size(); ++row) {
        QString error;
        for (const core::DocFieldProblem &p : problems) {
            if (p.key == m_fields.at(row).key && error.isEmpty()) {
                error = texts::problemText(p, m_fields.at(row).kind, today);
            }
        }
        if (step >= 0 && m_fields.at(row).step != step) {
            error.clear();
        }
        shown += error.isEmpty() ? 0 : 1;
        m_errors[row] = error;
    }
    for (const core::DocFieldProblem &p : problems) {
        if (p.key.isEmpty()) { // the whole form, e.g. nothing filled in
            m_errorText = texts::problemText(p, core::DocFieldKind::Line, today);
            ++shown;
        }
    }
    if (shown > 0 && m_errorText.isEmpty()) {
        m_errorText = tr("Något saknas eller är fel. Se det som är markerat.");
    }
    Q_EMIT dataChanged(index(0), index(int(m_fields.size()) - 1), { ErrorRole });
    Q_EMIT changed();
    return shown;
}

bool DocumentForm::next()
{
    if (!m_open || m_step + 1 >= stepCount()) {
        return false;
    }
    const auto problems = core::checkDocument(m_type, fields(), core::careDate(m_clock.nowMs()));
    QList<core::DocFieldProblem> ofStep;
    for (const core::DocFieldProblem &p : problems) {
        if (!p.key.isEmpty()) {
            ofStep.append(p);
        }
    }
    if (showProblems(ofStep, m_step) > 0) {
        return false;
    }
    ++m_step;
    Q_EMIT changed();
    return true;
}

void DocumentForm::back()
{
    if (m_open && m_step > 0) {
        --m_step;
        m_errorText.clear();
        Q_EMIT changed();
    }
}

bool DocumentForm::save()
{
    if (!m_open || !m_user) {
        return false;
    }
    core::RecordDocument document;
    document.residentId = m_residentId;
    document.type = m_type;
    document.replaces = m_replaces;
    document.fields = fields();
    const auto outcome = m_service.save(*m_user, document);
    if (!outcome) {
        switch (outcome.problem) {
        case RecordDocumentService::Problem::Invalid:
            showProblems(outcome.problems, -1);
            // The guided form goes back to the first step with a problem.
            for (int row = 0; row < m_fields.size(); ++row) {
                if (!m_errors.at(row).isEmpty()) {
                    m_step = m_fields.at(row).step;
                    break;
                }
            }
            break;
        case RecordDocumentService::Problem::NotAllowed:
            m_errorText = tr("Du kan inte spara den här handlingen för den här personen.");
            break;
        case RecordDocumentService::Problem::Stale:
            m_errorText = tr("Någon annan har sparat en ny version under tiden. Avbryt och öppna den nya versionen.");
            break;
        default:
            m_errorText = tr("Det gick inte att spara. Inget sparades. Försök igen eller kontakta enhetschefen.");
            break;
        }
        Q_EMIT changed();
        return false;
    }
    const QString resident = core::idToString(m_residentId);
    cancel();
    Q_EMIT saved(resident);
    return true;
}

void DocumentForm::cancel()
{
    beginResetModel();
    m_open = false;
    m_fields.clear();
    m_values.clear();
    m_errors.clear();
    m_replaces.clear();
    m_errorText.clear();
    m_step = 0;
    endResetModel();
    Q_EMIT changed();
}
