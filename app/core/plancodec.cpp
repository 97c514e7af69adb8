// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/plancodec.h"

#include "app/core/enums.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace akten::core {
namespace {

// Version 1; fields added later (weekdays, asNeeded, windowBefore/After, delegatedHsl; the editor's ownPart, wish,
// wishNotMet, ownView, present, relativesAnswered, child, short) are optional on reading.
constexpr int kFormatVersion = 1;
constexpr int kMaxWindowMinutes = 12 * 60;

Error malformed(const QString &what)
{
    return Error { ErrorCode::InvalidInput, u"plan body: %1"_s.arg(what) };
}

QJsonObject encodeActivity(const PlanActivity &a)
{
    QJsonArray times;
    for (const QTime &t : a.times) {
        times.append(t.toString(u"HH:mm"_s));
    }
    QJsonArray weekdays;
    for (const int day : a.weekdays) {
        weekdays.append(day);
    }
    QJsonObject o { { u"id"_s, idToString(a.id) }, { u"description"_s, a.description }, { u"how"_s, a.how },
        { u"when"_s, a.when }, { u"times"_s, times }, { u"weekdays"_s, weekdays }, { u"asNeeded"_s, a.asNeeded },
        { u"byWhom"_s, a.byWhom }, { u"mode"_s, toCode(a.mode) },
        { u"insats"_s, a.insatsId.isNull() ? QString() : idToString(a.insatsId) },
        { u"delegatedHsl"_s, a.delegatedHsl }, { u"ownPart"_s, a.ownPart }, { u"wish"_s, a.wish },
        { u"wishNotMet"_s, a.wishNotMet } };
    if (a.windowBeforeMinutes) {
        o.insert(u"windowBefore"_s, *a.windowBeforeMinutes);
    }
    if (a.windowAfterMinutes) {
        o.insert(u"windowAfter"_s, *a.windowAfterMinutes);
    }
    return o;
}

QJsonObject encodeNeed(const PlanNeed &n)
{
    QJsonArray activities;
    for (const PlanActivity &a : n.activities) {
        activities.append(encodeActivity(a));
    }
    return { { u"id"_s, idToString(n.id) }, { u"area"_s, n.lifeArea }, { u"icf"_s, n.icfCode },
        { u"grade"_s, toCode(n.grade) }, { u"resources"_s, n.ownResources }, { u"ownView"_s, n.ownView },
        { u"goal"_s, n.goal }, { u"activities"_s, activities } };
}

/** Typed field readers that remember the first problem; decoding stops reporting after it. */
class Reader
{
public:
    std::optional<Error> problem;

    QString text(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isString()) {
            fail(u"'%1' must be a string"_s.arg(key));
            return {};
        }
        return v.toString();
    }
    Id id(const QJsonObject &o, const QString &key, bool allowEmpty = false)
    {
        const QString s = text(o, key);
        if (allowEmpty && s.isEmpty()) {
            return {};
        }
        const Id result = idFromString(s);
        if (result.isNull() && !problem) {
            fail(u"'%1' is not an id"_s.arg(key));
        }
        return result;
    }
    /** A boolean that older bodies may lack (false then). */
    bool optionalBoolean(const QJsonObject &o, const QString &key, bool absent = false)
    {
        return o.contains(key) ? boolean(o, key) : absent;
    }
    /** A string that older bodies may lack ("" then). */
    QString optionalText(const QJsonObject &o, const QString &key)
    {
        return o.contains(key) ? text(o, key) : QString();
    }
    /** A whole number in [low, high] that may be absent. */
    std::optional<int> optionalInt(const QJsonObject &o, const QString &key, int low, int high)
    {
        if (!o.contains(key)) {
            return std::nullopt;
        }
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d != static_cast<int>(d) || d < low || d > high) {
            fail(u"'%1' must be a whole number %2..%3"_s.arg(key).arg(low).arg(high));
            return std::nullopt;
        }
        return static_cast<int>(d);
    }
    bool boolean(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isBool()) {
            fail(u"'%1' must be true or false"_s.arg(key));
        }
        return v.toBool();
    }
    QJsonArray array(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (!v.isArray()) {
            fail(u"'%1' must be an array"_s.arg(key));
        }
        return v.toArray();
    }
    QJsonObject object(const QJsonValue &v, const QString &what)
    {
        if (!v.isObject()) {
            fail(u"%1 must be an object"_s.arg(what));
        }
        return v.toObject();
    }
    template<typename E> E code(const QJsonObject &o, const QString &key)
    {
        const auto value = fromCode<E>(text(o, key));
        if (!value) {
            fail(u"unknown code in '%1'"_s.arg(key));
            return E {};
        }
        return *value;
    }
    void fail(const QString &what)
    {
        if (!problem) {
            problem = malformed(what);
        }
    }
};

PlanActivity decodeActivity(Reader &r, const QJsonObject &o)
{
    PlanActivity a;
    a.id = r.id(o, u"id"_s);
    a.description = r.text(o, u"description"_s);
    a.how = r.text(o, u"how"_s);
    a.when = r.text(o, u"when"_s);
    for (const QJsonValue &t : r.array(o, u"times"_s)) {
        const QTime time = QTime::fromString(t.toString(), u"HH:mm"_s);
        if (!time.isValid()) {
            r.fail(u"activity time must be HH:mm"_s);
        }
        a.times.append(time);
    }
    if (o.contains(u"weekdays"_s)) {
        for (const QJsonValue &d : r.array(o, u"weekdays"_s)) {
            const int day = d.toInt(0);
            if (!d.isDouble() || day < 1 || day > 7 || a.weekdays.contains(day)) {
                r.fail(u"weekdays must be distinct numbers 1..7"_s);
            }
            a.weekdays.append(day);
        }
    }
    a.asNeeded = r.optionalBoolean(o, u"asNeeded"_s);
    if (a.asNeeded && !a.times.isEmpty()) {
        r.fail(u"an activity done as needed has no times"_s);
    }
    a.windowBeforeMinutes = r.optionalInt(o, u"windowBefore"_s, 0, kMaxWindowMinutes);
    a.windowAfterMinutes = r.optionalInt(o, u"windowAfter"_s, 0, kMaxWindowMinutes);
    a.byWhom = r.text(o, u"byWhom"_s);
    a.mode = r.code<WorkingMode>(o, u"mode"_s);
    a.insatsId = r.id(o, u"insats"_s, true);
    a.delegatedHsl = r.optionalBoolean(o, u"delegatedHsl"_s);
    a.ownPart = r.optionalText(o, u"ownPart"_s);
    a.wish = r.optionalText(o, u"wish"_s);
    a.wishNotMet = r.optionalText(o, u"wishNotMet"_s);
    return a;
}

PlanNeed decodeNeed(Reader &r, const QJsonObject &o)
{
    PlanNeed n;
    n.id = r.id(o, u"id"_s);
    const QJsonValue area = o.value(u"area"_s);
    n.lifeArea = area.toInt(-1);
    if (!area.isDouble() || n.lifeArea < 1 || n.lifeArea > 11) {
        r.fail(u"'area' must be a life area 1..11"_s);
    }
    n.icfCode = r.text(o, u"icf"_s);
    n.grade = r.code<ProblemGrade>(o, u"grade"_s);
    n.ownResources = r.text(o, u"resources"_s);
    n.ownView = r.optionalText(o, u"ownView"_s);
    n.goal = r.text(o, u"goal"_s);
    for (const QJsonValue &a : r.array(o, u"activities"_s)) {
        n.activities.append(decodeActivity(r, r.object(a, u"activity"_s)));
    }
    return n;
}

FollowUp decodeFollowUp(Reader &r, const QJsonObject &o)
{
    FollowUp f;
    f.date = QDate::fromString(r.text(o, u"date"_s), Qt::ISODate);
    if (!f.date.isValid()) {
        r.fail(u"follow-up date must be YYYY-MM-DD"_s);
    }
    f.benefit = r.text(o, u"benefit"_s);
    f.value = r.text(o, u"value"_s);
    f.quality = r.text(o, u"quality"_s);
    for (const QJsonValue &g : r.array(o, u"goalResults"_s)) {
        const QJsonObject result = r.object(g, u"goal result"_s);
        f.goalResults.append({ r.id(result, u"need"_s), r.code<GoalResult>(result, u"result"_s) });
    }
    return f;
}

} // namespace

QByteArray encodePlanBody(const PlanRevision &plan)
{
    QJsonArray needs;
    for (const PlanNeed &n : plan.needs) {
        needs.append(encodeNeed(n));
    }
    const Participation &p = plan.participation;
    QJsonObject body { { u"v"_s, kFormatVersion },
        { u"participation"_s,
            QJsonObject { { u"how"_s, p.howParticipated }, { u"views"_s, p.views },
                { u"relativesMayBeInformed"_s, p.relativesMayBeInformed }, { u"easyRead"_s, p.easyReadVersionNeeded },
                { u"relativesAnswered"_s, p.relativesAnswered }, { u"present"_s, p.present } } },
        { u"needs"_s, needs } };
    if (!p.child.isEmpty()) {
        body.insert(u"child"_s,
            QJsonObject { { u"informed"_s, p.child.informationGiven }, { u"views"_s, p.child.views },
                { u"considered"_s, p.child.considered }, { u"otherwise"_s, p.child.obtainedOtherwise } });
    }
    if (plan.shortFirstPlan) {
        body.insert(u"short"_s, true);
    }
    if (!plan.catalogueVersion.isEmpty()) {
        body.insert(u"catalogue"_s, plan.catalogueVersion);
    }
    if (plan.followUp) {
        QJsonArray results;
        for (const auto &[needId, result] : plan.followUp->goalResults) {
            results.append(QJsonObject { { u"need"_s, idToString(needId) }, { u"result"_s, toCode(result) } });
        }
        body.insert(u"followUp"_s,
            QJsonObject { { u"date"_s, plan.followUp->date.toString(Qt::ISODate) },
                { u"benefit"_s, plan.followUp->benefit }, { u"value"_s, plan.followUp->value },
                { u"quality"_s, plan.followUp->quality }, { u"goalResults"_s, results } });
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

Status decodePlanBody(const QByteArray &json, PlanRevision &plan)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return malformed(u"not a JSON object"_s);
    }
    const QJsonObject body = doc.object();
    if (body.value(u"v"_s).toInt(-1) != kFormatVersion) {
        return malformed(u"unknown format version"_s);
    }
    Reader r;
    const QJsonObject p = r.object(body.value(u"participation"_s), u"participation"_s);
    Participation participation;
    participation.howParticipated = r.text(p, u"how"_s);
    participation.views = r.text(p, u"views"_s);
    participation.relativesMayBeInformed = r.boolean(p, u"relativesMayBeInformed"_s);
    participation.easyReadVersionNeeded = r.boolean(p, u"easyRead"_s);
    participation.relativesAnswered = r.optionalBoolean(p, u"relativesAnswered"_s, true);
    participation.present = r.optionalText(p, u"present"_s);
    if (body.contains(u"child"_s)) {
        const QJsonObject c = r.object(body.value(u"child"_s), u"child"_s);
        participation.child = { r.text(c, u"informed"_s), r.text(c, u"views"_s), r.text(c, u"considered"_s),
            r.text(c, u"otherwise"_s) };
    }
    const bool shortFirstPlan = r.optionalBoolean(body, u"short"_s);
    const QString catalogueVersion = r.optionalText(body, u"catalogue"_s);
    QList<PlanNeed> needs;
    for (const QJsonValue &n : r.array(body, u"needs"_s)) {
        needs.append(decodeNeed(r, r.object(n, u"need"_s)));
    }
    std::optional<FollowUp> followUp;
    if (body.contains(u"followUp"_s)) {
        followUp = decodeFollowUp(r, r.object(body.value(u"followUp"_s), u"followUp"_s));
    }
    if (r.problem) {
        return *r.problem; // leave `plan` untouched on any error
    }
    plan.participation = participation;
    plan.needs = needs;
    plan.followUp = followUp;
    plan.shortFirstPlan = shortFirstPlan;
    plan.catalogueVersion = catalogueVersion;
    return {};
}

} // namespace akten::core
