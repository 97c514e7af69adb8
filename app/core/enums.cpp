// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/enums.h"

#include "app/core/codetable.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace akten::core {
namespace {

// One table per enum: the single place where codes live (stable; add only, never renumber or rename).

constexpr CodeTable<Law, 2> kLaw { { { Law::SoL, "sol" }, { Law::LSS, "lss" } } };
constexpr CodeTable<UnitKind, 2> kUnitKind { { { UnitKind::SarskiltBoende, "sarskilt_boende" },
    { UnitKind::LssGruppbostad, "lss_gruppbostad" } } };
constexpr CodeTable<StaffRole, 3> kStaffRole { { { StaffRole::CareStaff, "care_staff" },
    { StaffRole::UnitManager, "unit_manager" }, { StaffRole::Sas, "sas" } } };
constexpr CodeTable<ProblemGrade, 7> kGrade { { { ProblemGrade::None, "0" }, { ProblemGrade::Mild, "1" },
    { ProblemGrade::Moderate, "2" }, { ProblemGrade::Severe, "3" }, { ProblemGrade::Complete, "4" },
    { ProblemGrade::NotSpecified, "8" }, { ProblemGrade::NotApplicable, "9" } } };
constexpr CodeTable<GoalResult, 3> kGoalResult { { { GoalResult::Achieved, "achieved" },
    { GoalResult::PartlyAchieved, "partly_achieved" }, { GoalResult::NotAchieved, "not_achieved" } } };
constexpr CodeTable<WorkingMode, 2> kMode { { { WorkingMode::Supporting, "supporting" },
    { WorkingMode::Compensating, "compensating" } } };
constexpr CodeTable<PlanStatus, 2> kPlanStatus { { { PlanStatus::Draft, "draft" },
    { PlanStatus::Established, "established" } } };
constexpr CodeTable<JournalCategory, 17> kCategory { { { JournalCategory::Execution, "execution" },
    { JournalCategory::Deviation, "deviation" }, { JournalCategory::ChangedNeeds, "changed_needs" },
    { JournalCategory::GoalProgress, "goal_progress" }, { JournalCategory::PlanEvent, "plan_event" },
    { JournalCategory::Contact, "contact" }, { JournalCategory::Document, "document" },
    { JournalCategory::Complaint, "complaint" }, { JournalCategory::InsatsStarted, "insats_started" },
    { JournalCategory::InsatsEnded, "insats_ended" }, { JournalCategory::Consent, "consent" },
    { JournalCategory::Release, "release" }, { JournalCategory::ChildInformation, "child_information" },
    { JournalCategory::FinalNote, "final_note" }, { JournalCategory::Influence, "influence" },
    { JournalCategory::Meeting, "meeting" }, { JournalCategory::Interpreter, "interpreter" } } };
constexpr CodeTable<SignatureOutcome, 2> kOutcome { { { SignatureOutcome::Done, "done" },
    { SignatureOutcome::NotDone, "not_done" } } };
constexpr CodeTable<NotDoneReason, 5> kNotDone { { { NotDoneReason::Unspecified, "" },
    { NotDoneReason::Declined, "declined" }, { NotDoneReason::Absent, "absent" },
    { NotDoneReason::NotPossible, "not_possible" }, { NotDoneReason::Other, "other" } } };
constexpr CodeTable<BoardLabel, 2> kBoardLabel { { { BoardLabel::Room, "room" },
    { BoardLabel::Initials, "initials" } } };
constexpr CodeTable<RetractionReason, 6> kRetraction { { { RetractionReason::Unspecified, "" },
    { RetractionReason::Undone, "undone" }, { RetractionReason::WrongResident, "wrong_resident" },
    { RetractionReason::WrongInsats, "wrong_insats" }, { RetractionReason::WrongTime, "wrong_time" },
    { RetractionReason::Other, "other" } } };
constexpr CodeTable<ConsentAction, 2> kConsent { { { ConsentAction::Given, "given" },
    { ConsentAction::Revoked, "revoked" } } };

} // namespace

QString toCode(Law v)
{
    return codeOf(kLaw, v);
}
QString toCode(UnitKind v)
{
    return codeOf(kUnitKind, v);
}
QString toCode(StaffRole v)
{
    return codeOf(kStaffRole, v);
}
QString toCode(ProblemGrade v)
{
    return codeOf(kGrade, v);
}
QString toCode(GoalResult v)
{
    return codeOf(kGoalResult, v);
}
QString toCode(WorkingMode v)
{
    return codeOf(kMode, v);
}
QString toCode(PlanStatus v)
{
    return codeOf(kPlanStatus, v);
}
QString toCode(JournalCategory v)
{
    return codeOf(kCategory, v);
}
QString toCode(SignatureOutcome v)
{
    return codeOf(kOutcome, v);
}
QString toCode(NotDoneReason v)
{
    return codeOf(kNotDone, v);
}
QString toCode(BoardLabel v)
{
    return codeOf(kBoardLabel, v);
}
QString toCode(RetractionReason v)
{
    return codeOf(kRetraction, v);
}
QString toCode(ConsentAction v)
{
    return codeOf(kConsent, v);
}

template<> std::optional<Law> fromCode<Law>(const QString &c)
{
    return valueOf(kLaw, c);
}
template<> std::optional<UnitKind> fromCode<UnitKind>(const QString &c)
{
    return valueOf(kUnitKind, c);
}
template<> std::optional<StaffRole> fromCode<StaffRole>(const QString &c)
{
    return valueOf(kStaffRole, c);
}
template<> std::optional<ProblemGrade> fromCode<ProblemGrade>(const QString &c)
{
    return valueOf(kGrade, c);
}
template<> std::optional<GoalResult> fromCode<GoalResult>(const QString &c)
{
    return valueOf(kGoalResult, c);
}
template<> std::optional<WorkingMode> fromCode<WorkingMode>(const QString &c)
{
    return valueOf(kMode, c);
}
template<> std::optional<PlanStatus> fromCode<PlanStatus>(const QString &c)
{
    return valueOf(kPlanStatus, c);
}
template<> std::optional<JournalCategory> fromCode<JournalCategory>(const QString &c)
{
    return valueOf(kCategory, c);
}
template<> std::optional<SignatureOutcome> fromCode<SignatureOutcome>(const QString &c)
{
    return valueOf(kOutcome, c);
}
template<> std::optional<NotDoneReason> fromCode<NotDoneReason>(const QString &c)
{
    return valueOf(kNotDone, c);
}
template<> std::optional<BoardLabel> fromCode<BoardLabel>(const QString &c)
{
    return valueOf(kBoardLabel, c);
}
template<> std::optional<RetractionReason> fromCode<RetractionReason>(const QString &c)
{
    return valueOf(kRetraction, c);
}
template<> std::optional<ConsentAction> fromCode<ConsentAction>(const QString &c)
{
    return valueOf(kConsent, c);
}

QString labelSv(JournalCategory v)
{
    switch (v) {
    case JournalCategory::Execution:
        return u"Genomförande"_s;
    case JournalCategory::Deviation:
        return u"Avvikelse från genomförandeplanen"_s;
    case JournalCategory::ChangedNeeds:
        return u"Förändrade behov"_s;
    case JournalCategory::GoalProgress:
        return u"Måluppfyllelse"_s;
    case JournalCategory::PlanEvent:
        return u"Genomförandeplan"_s;
    case JournalCategory::Contact:
        return u"Kontakt"_s;
    case JournalCategory::Document:
        return u"Handling"_s;
    case JournalCategory::Complaint:
        return u"Synpunkt eller klagomål"_s;
    case JournalCategory::InsatsStarted:
        return u"Insats påbörjad"_s;
    case JournalCategory::InsatsEnded:
        return u"Insats avslutad"_s;
    case JournalCategory::Consent:
        return u"Samtycke"_s;
    case JournalCategory::Release:
        return u"Utlämnande"_s;
    case JournalCategory::ChildInformation:
        return u"Barnets information och åsikter"_s;
    case JournalCategory::FinalNote:
        return u"Slutanteckning"_s;
    case JournalCategory::Influence:
        return u"Inflytande"_s;
    case JournalCategory::Meeting:
        return u"Samtal och möten"_s;
    case JournalCategory::Interpreter:
        return u"Tolk eller kommunikationsstöd"_s;
    }
    return {};
}

QString labelSv(Law v)
{
    return v == Law::SoL ? u"SoL"_s : u"LSS"_s;
}

QString labelSv(StaffRole v)
{
    switch (v) {
    case StaffRole::CareStaff:
        return u"Vård- och omsorgspersonal"_s;
    case StaffRole::UnitManager:
        return u"Enhetschef"_s;
    case StaffRole::Sas:
        return u"Socialt ansvarig samordnare"_s;
    }
    return {};
}

QString labelSv(ProblemGrade v)
{
    switch (v) {
    case ProblemGrade::None:
        return u"Inga problem"_s;
    case ProblemGrade::Mild:
        return u"Lätta problem"_s;
    case ProblemGrade::Moderate:
        return u"Måttliga problem"_s;
    case ProblemGrade::Severe:
        return u"Stora problem"_s;
    case ProblemGrade::Complete:
        return u"Totala problem"_s;
    case ProblemGrade::NotSpecified:
        return u"Ej specificerat"_s;
    case ProblemGrade::NotApplicable:
        return u"Ej tillämpligt"_s;
    }
    return {};
}

QString labelSv(WorkingMode v)
{
    return v == WorkingMode::Supporting ? u"Stödjande/träning"_s : u"Kompenserande"_s;
}
QString labelSv(UnitKind v)
{
    return v == UnitKind::SarskiltBoende ? u"Särskilt boende"_s : u"Gruppbostad LSS"_s;
}

QString labelSv(NotDoneReason v)
{
    switch (v) {
    case NotDoneReason::Unspecified:
        return {};
    case NotDoneReason::Declined:
        return u"Avböjde"_s;
    case NotDoneReason::Absent:
        return u"Var inte på plats"_s;
    case NotDoneReason::NotPossible:
        return u"Gick inte att göra"_s;
    case NotDoneReason::Other:
        return u"Annan orsak"_s;
    }
    return {};
}

QString labelSv(RetractionReason v)
{
    switch (v) {
    case RetractionReason::Unspecified:
        return {};
    case RetractionReason::Undone:
        return u"Ångrat direkt"_s;
    case RetractionReason::WrongResident:
        return u"Fel boende"_s;
    case RetractionReason::WrongInsats:
        return u"Fel insats"_s;
    case RetractionReason::WrongTime:
        return u"Fel tid"_s;
    case RetractionReason::Other:
        return u"Annan orsak"_s;
    }
    return {};
}

} // namespace akten::core
