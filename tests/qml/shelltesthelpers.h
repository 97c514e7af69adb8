// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// What the QML tests share: the real shell on a demo store, finding and tapping items by objectName, logging in
// with a demo badge, and saving a screenshot that must not be blank. Header-only; each test is one executable.
#pragma once

#include "app/models/sessioncontroller.h"
#include "app/shell/composition.h"

#include <QDir>
#include <QImage>
#include <QPointingDevice>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTest>
#include <QtQuickTest/quicktest.h>

#include <algorithm>
#include <memory>

// QVERIFY in a helper only leaves the helper.
#define RETURN_IF_FAILED()                                                                                             \
    do {                                                                                                               \
        if (QTest::currentTestFailed())                                                                                \
            return;                                                                                                    \
    } while (false)

namespace akten::test {

/** The real shell (composition, engine, window) on the demo store in `dataDir`. */
struct Shell
{
    std::unique_ptr<shell::Composition> composition;
    QQmlApplicationEngine engine;
    QQuickWindow *window = nullptr;

    /** Builds and loads; `application`/`clock` as Composition::build. Check `window` afterwards. */
    explicit Shell(
        shell::ShellOptions options, QObject *application = nullptr, const core::MonotonicClock *clock = nullptr)
        : composition(std::make_unique<shell::Composition>(std::move(options)))
    {
        composition->build(application, clock);
        engine.addImportPath(QStringLiteral("qrc:/"));
        composition->load(engine);
        if (!engine.rootObjects().isEmpty()) {
            window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        }
    }
};

/** The first item called `objectName` under `root` (only visible ones if `visibleOnly`). */
inline QQuickItem *findItem(QQuickItem *root, const QString &objectName, bool visibleOnly = false)
{
    if (root->objectName() == objectName && (!visibleOnly || root->isVisible())) {
        return root;
    }
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, objectName, visibleOnly)) {
            return found;
        }
    }
    return nullptr;
}

/** Taps the middle of a visible item; fails if it is missing or smaller than a fingertip (48 px). */
inline void tap(QQuickWindow *window, const QString &objectName)
{
    QQuickItem *item = nullptr;
    QTRY_VERIFY2((item = findItem(window->contentItem(), objectName, true)) != nullptr, qPrintable(objectName));
    QVERIFY2(
        item->width() >= 48 && item->height() >= 48, qPrintable(objectName + QStringLiteral(" is too small to touch")));
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
}

/** Scrolls the nearest Flickable around `item` so that the item is inside the window, as a finger would. */
inline void scrollIntoView(QQuickWindow *window, QQuickItem *item)
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!p->inherits("QQuickFlickable")) {
            continue;
        }
        const QRectF inWindow = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        const QRectF view = p->mapRectToScene(QRectF(0, 0, p->width(), p->height()))
                                .intersected(QRectF(0, 0, window->width(), window->height()));
        if (view.contains(inWindow)) {
            return;
        }
        const qreal maxY = std::max<qreal>(0, p->property("contentHeight").toReal() - p->height());
        const qreal y = p->property("contentY").toReal() + inWindow.center().y() - view.center().y();
        p->setProperty("contentY", std::clamp<qreal>(y, 0, maxY));
        QTest::qWait(50);
        return;
    }
}

/** A finger on the middle of a visible item (at least 48 px, a fingertip): pressed and lifted. */
inline void touchTap(QQuickWindow *window, QPointingDevice *finger, QQuickItem *item)
{
    QVERIFY(item && item->isVisible());
    // An item that has just appeared may not have been laid out yet: its size and place come with the next polish.
    QVERIFY(QQuickTest::qWaitForPolish(window));
    scrollIntoView(window, item);
    QVERIFY(QQuickTest::qWaitForPolish(window));
    QVERIFY2(item->width() >= 48 && item->height() >= 48,
        qPrintable(item->objectName() + QStringLiteral(" is too small to touch")));
    const QPoint at = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
    QTest::touchEvent(window, finger).press(0, at, window);
    QTest::touchEvent(window, finger).release(0, at, window);
}

/** The same for the first visible item called `objectName`, waiting for it to appear. */
inline void touchTap(QQuickWindow *window, QPointingDevice *finger, const QString &objectName)
{
    QQuickItem *item = nullptr;
    QTRY_VERIFY2((item = findItem(window->contentItem(), objectName, true)) != nullptr, qPrintable(objectName));
    touchTap(window, finger, item);
}

/** Logs in with a demo badge through the simulated reader, as the demo's badge buttons do. */
inline void login(shell::Composition &composition, const QString &uid, const QString &pin)
{
    QVERIFY(composition.session()->tapDemoBadge(uid));
    QCOMPARE(composition.session()->state(), SessionController::PinEntry);
    QVERIFY(composition.session()->submitPin(pin));
    QVERIFY(composition.session()->active());
}

/** Distinct colours in a downscaled image: a blank or single-colour window has very few. */
inline int colourCount(const QImage &image)
{
    const QImage small = image.scaled(160, 160);
    QSet<QRgb> colours;
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x) {
            colours.insert(small.pixel(x, y));
        }
    }
    return int(colours.size());
}

/** Types text into whatever has focus, one key event per character (å, ä, ö included). */
inline void typeText(QQuickWindow *window, const QString &text)
{
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Click, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

/** Saves the window as SCREENSHOT_DIR/name.png after layouts settle; fails if it looks blank. */
inline void grab(QQuickWindow *window, const QString &name)
{
    QTest::qWait(150);
    const QImage image = window->grabWindow();
    QVERIFY(!image.isNull());
    QVERIFY2(colourCount(image) > 12, qPrintable(QStringLiteral("screen looks blank: ") + name));
    QDir().mkpath(QStringLiteral(SCREENSHOT_DIR));
    const QString path = QStringLiteral(SCREENSHOT_DIR) + u'/' + name + QStringLiteral(".png");
    QVERIFY(image.save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

} // namespace akten::test
