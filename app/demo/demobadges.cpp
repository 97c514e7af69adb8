// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/demo/demobadges.h"

#include "app/auth/pinhasher.h"
#include "app/store/auditlog.h"
#include "app/store/badgerepository.h"
#include "app/store/devicestore.h"
#include "app/store/transaction.h"

using namespace Qt::StringLiterals;

namespace akten::demo {

Status enrolDemoBadges(store::DeviceStore &store, const QList<DemoBadge> &badges)
{
    QList<QString> verifiers;
    for (const DemoBadge &badge : badges) {
        auto verifier = auth::PinHasher::hash(badge.demoPin);
        if (!verifier) {
            return verifier.error();
        }
        verifiers.append(verifier.value());
    }
    store::Transaction tx(store.db());
    if (auto started = tx.start(); !started) {
        return started;
    }
    store::BadgeRepository repository(store.db());
    for (qsizetype i = 0; i < badges.size(); ++i) {
        const auto hash = repository.uidHash(badges.at(i).uidHex);
        if (!hash) {
            return hash.error();
        }
        const core::BadgeCredential credential { hash.value(), badges.at(i).staffId, verifiers.at(i),
            core::BadgeState::Active, 0 };
        if (auto enrolled = repository.enrol(credential); !enrolled) {
            return enrolled;
        }
    }
    for (const DemoBadge &badge : badges) {
        core::AuditEvent event;
        event.meta = store.stamper().stamp({});
        event.staffRole = u"system"_s;
        event.action = u"badge.enrol"_s;
        event.detail = u"demo badge for staff %1"_s.arg(core::idToString(badge.staffId));
        if (auto appended = store::AuditLog(store.db()).append(event); !appended) {
            return appended.error();
        }
    }
    return tx.commit();
}

} // namespace akten::demo
