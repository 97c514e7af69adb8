// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// akten: the tablet and kiosk app. `akten --data-dir DIR [--demo] [--kiosk] [--device-key FILE] [--settings FILE]
// [--language en]`.
#include "app/shell/composition.h"
#include "app/shell/settings.h"
#include "app/shell/translations.h"
#include "platform/inputdevices.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTextStream>
#include <QTranslator>
#include <QWindow>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Akten: the electronic genomförandeakt."_s);
    parser.addHelpOption();
    const QCommandLineOption dataDir(u"data-dir"_s, u"The device data directory."_s, u"DIR"_s);
    const QCommandLineOption demo(u"demo"_s, u"Create and seed the demo unit if DIR holds no store."_s);
    const QCommandLineOption kiosk(u"kiosk"_s, u"Portrait wall-kiosk layout (1080x1920)."_s);
    const QCommandLineOption deviceKey(
        u"device-key"_s, u"Device key file (default: outside DIR, see README)."_s, u"FILE"_s);
    const QCommandLineOption settings(
        u"settings"_s, u"Settings file (session policy, badge reader); default: DIR/akten.conf."_s, u"FILE"_s);
    const QCommandLineOption language(
        u"language"_s, u"UI language: sv (default) or en; default: system locale."_s, u"LANG"_s);
    const QCommandLineOption central(
        u"central"_s, u"akten-central's sync address (overrides [sync] central_url)."_s, u"URL"_s);
    parser.addOptions({ dataDir, demo, kiosk, deviceKey, settings, language, central });
    const bool parsed = parser.parse(arguments);
    // The on-screen keyboard is an input method, chosen before the application exists.
    const QString dir = QDir(parser.value(dataDir)).absolutePath();
    const QString settingsPath = parser.value(settings).isEmpty() ? dir + u"/akten.conf"_s : parser.value(settings);
    const QByteArray inputMethod = qgetenv("QT_IM_MODULE");
    const bool onScreenKeyboard = parsed && !parser.value(dataDir).isEmpty()
        && (inputMethod.isEmpty() || inputMethod == "qtvirtualkeyboard")
        && akten::shell::useOnScreenKeyboard(
            akten::shell::loadSettings(settingsPath, parser.isSet(kiosk), parser.isSet(demo)).onScreenKeyboard,
            akten::platform::hasHardwareKeyboard());
    if (onScreenKeyboard) {
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    }

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(u"Akten"_s);
    QGuiApplication::setOrganizationName(u"Akten"_s);
    if (!parsed || parser.value(dataDir).isEmpty()) {
        QTextStream(stderr) << "akten: "
                            << (parser.errorText().isEmpty() ? u"--data-dir DIR is required"_s : parser.errorText())
                            << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        parser.showHelp(0);
    }

    const auto translator = akten::shell::installTranslation(app, parser.value(language));
    QQuickStyle::setStyle(u"Basic"_s);
    akten::shell::Composition composition({ dir, parser.value(deviceKey), parser.isSet(demo), parser.isSet(kiosk),
        parser.value(settings), parser.value(central), nullptr, onScreenKeyboard });
    composition.build(&app);
    QQmlApplicationEngine engine;
    engine.addImportPath(u"qrc:/"_s);
    composition.load(engine);
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    if (parser.isSet(kiosk)) {
        // The wall screen: the whole display, no window frame to close or move.
        if (auto *window = qobject_cast<QWindow *>(engine.rootObjects().constFirst())) {
            window->showFullScreen();
        }
    }
    return QGuiApplication::exec();
}
