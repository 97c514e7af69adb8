// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/filelimit.h"

#include <sys/resource.h>

#include <algorithm>

namespace akten::sync {

long raiseFileLimit(long needed)
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        return -1;
    }
    if (limit.rlim_cur != RLIM_INFINITY && rlim_t(needed) > limit.rlim_cur) {
        limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? rlim_t(needed) : std::min(rlim_t(needed), limit.rlim_max);
        if (::setrlimit(RLIMIT_NOFILE, &limit) != 0) {
            ::getrlimit(RLIMIT_NOFILE, &limit);
        }
    }
    return limit.rlim_cur == RLIM_INFINITY ? needed : long(limit.rlim_cur);
}

} // namespace akten::sync
