// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QByteArrayView>

namespace akten::sync {

/**
 * Whether `text` is exactly one JSON object (RFC 8259: UTF-8, strings with valid escapes and no raw control
 * characters, numbers in JSON's grammar, nesting at most 512 deep) and nothing else but whitespace around it. Syntax
 * only, without building the values: the central store checks a stored record body with it before it writes the
 * bytes into a download answer as they are (encode(DownloadResponse)), so no stored text can change the answer's
 * structure; the device still decodes and checks every record as strictly as before.
 */
[[nodiscard]] bool isJsonObjectText(QByteArrayView text);

} // namespace akten::sync
