// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/shell/startupmessage.h"

#include <QCoreApplication>

namespace akten::shell {

QString startupMessageSv(const Error &error)
{
    const char *text = nullptr;
    switch (error.code) {
    case ErrorCode::Io:
        text = QT_TRANSLATE_NOOP("Startup", "Journalens filer saknas eller kan inte läsas på den här enheten.");
        break;
    case ErrorCode::WrongKey:
        text = QT_TRANSLATE_NOOP("Startup",
            "Journalen kan inte låsas upp med enhetens nyckel. Filen kan vara skadad "
            "eller kommer från en annan enhet.");
        break;
    case ErrorCode::KeyStoreUnavailable:
        text = QT_TRANSLATE_NOOP("Startup",
            "Enhetens säkerhetschip (TPM), som håller nyckeln till journalen, svarar inte. Starta om enheten. "
            "Hjälper inte det, kontakta IT-stöd.");
        break;
    case ErrorCode::NotADatabase:
    case ErrorCode::Integrity:
        text = QT_TRANSLATE_NOOP("Startup", "Journalens fil är skadad eller ofullständig.");
        break;
    case ErrorCode::CipherMismatch:
        text = QT_TRANSLATE_NOOP("Startup", "Krypteringen på enheten uppfyller inte kraven. Akten startar inte.");
        break;
    case ErrorCode::SchemaTooNew:
        text = QT_TRANSLATE_NOOP("Startup", "Journalen har skrivits av en nyare version av Akten. Uppdatera Akten.");
        break;
    default:
        text = QT_TRANSLATE_NOOP("Startup", "Ett oväntat fel inträffade när journalen öppnades.");
        break;
    }
    return QCoreApplication::translate("Startup", text);
}

} // namespace akten::shell
