// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/shell/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

static void initTranslationResources()
{
    Q_INIT_RESOURCE(translations); // the resource lives in a static library
}

namespace akten::shell {

std::unique_ptr<QTranslator> installTranslation(QCoreApplication &app, const QString &language)
{
    initTranslationResources();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // Swedish is the product's language: English only when asked for (the locale's language or --language en). A
    // machine without a locale (C/POSIX, common on kiosks and fresh installs) stays Swedish.
    if (locale.language() != QLocale::English) {
        return nullptr;
    }
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, u"akten"_s, u"_"_s, u":/i18n"_s) && !translator->load(u":/i18n/akten_en.qm"_s)) {
        return nullptr;
    }
    app.installTranslator(translator.get());
    return translator;
}

} // namespace akten::shell
