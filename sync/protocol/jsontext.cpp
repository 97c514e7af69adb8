// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/protocol/jsontext.h"

namespace akten::sync {
namespace {

constexpr int kMaxDepth = 512; // below QJsonDocument's own limit: what passes here, the device's parser takes

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/** A single pass over the bytes with an explicit stack of open containers (no recursion, no allocation). */
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    { }

    bool object()
    {
        skipSpace();
        if (m_p == m_end || *m_p != '{' || !value()) {
            return false;
        }
        skipSpace();
        return m_p == m_end;
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r')) {
            ++m_p;
        }
    }

    bool word(const char *literal)
    {
        for (; *literal; ++literal, ++m_p) {
            if (m_p == m_end || *m_p != *literal) {
                return false;
            }
        }
        return true;
    }

    bool string()
    {
        ++m_p; // the opening quote
        while (m_p != m_end) {
            const auto c = static_cast<unsigned char>(*m_p++);
            if (c == '"') {
                return true;
            }
            if (c < 0x20) {
                return false;
            }
            if (c != '\\') {
                continue;
            }
            if (m_p == m_end) {
                return false;
            }
            switch (*m_p++) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                break;
            case 'u':
                for (int i = 0; i < 4; ++i, ++m_p) {
                    if (m_p == m_end || !isHex(*m_p)) {
                        return false;
                    }
                }
                break;
            default:
                return false;
            }
        }
        return false;
    }

    bool digits()
    {
        const char *start = m_p;
        while (m_p != m_end && isDigit(*m_p)) {
            ++m_p;
        }
        return m_p != start;
    }

    bool number()
    {
        const char *start = m_p;
        if (*m_p == '-') {
            ++m_p;
        }
        if (m_p != m_end && *m_p == '0') {
            ++m_p;
        } else if (!digits()) {
            return false;
        }
        bool plainInteger = true;
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            plainInteger = false;
            if (!digits()) {
                return false;
            }
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            plainInteger = false;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-')) {
                ++m_p;
            }
            if (!digits()) {
                return false;
            }
        }
        if (plainInteger && m_p - start <= 15) {
            return true; // always a double
        }
        // QJsonDocument refuses a number a double cannot hold (1e999): the same conversion decides here.
        bool ok = false;
        (void)QByteArrayView(start, m_p - start).toDouble(&ok);
        return ok;
    }

    /** A member's name and its colon. */
    bool name()
    {
        skipSpace();
        if (m_p == m_end || *m_p != '"' || !string()) {
            return false;
        }
        skipSpace();
        return m_p != m_end && *m_p++ == ':';
    }

    /** A scalar at m_p (not a container). */
    bool scalar()
    {
        switch (*m_p) {
        case '"':
            return string();
        case 't':
            return word("true");
        case 'f':
            return word("false");
        case 'n':
            return word("null");
        default:
            return (*m_p == '-' || isDigit(*m_p)) && number();
        }
    }

    bool value()
    {
        char open[kMaxDepth];
        int depth = 0;
        for (;;) {
            skipSpace();
            if (m_p == m_end) {
                return false;
            }
            if (*m_p == '{' || *m_p == '[') {
                if (depth == kMaxDepth) {
                    return false;
                }
                const char kind = *m_p++;
                open[depth++] = kind;
                skipSpace();
                if (m_p != m_end && *m_p == (kind == '{' ? '}' : ']')) {
                    ++m_p;
                    --depth; // empty: on to what follows it
                } else {
                    if (kind == '{' && !name()) {
                        return false;
                    }
                    continue; // the first member's or element's value
                }
            } else if (!scalar()) {
                return false;
            }
            // After a value: close what ends here, then a comma leads to the next value.
            for (;;) {
                if (depth == 0) {
                    return true;
                }
                skipSpace();
                if (m_p == m_end) {
                    return false;
                }
                const char kind = open[depth - 1];
                if (*m_p == (kind == '{' ? '}' : ']')) {
                    ++m_p;
                    --depth;
                    continue;
                }
                if (*m_p != ',') {
                    return false;
                }
                ++m_p;
                if (kind == '{' && !name()) {
                    return false;
                }
                break;
            }
        }
    }

    const char *m_p;
    const char *m_end;
};

} // namespace

bool isJsonObjectText(QByteArrayView text)
{
    return text.isValidUtf8() && Scanner(text).object();
}

} // namespace akten::sync
