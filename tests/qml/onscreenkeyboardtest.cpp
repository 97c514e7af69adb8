// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Qt's on-screen keyboard where there is no hardware keyboard: it rises when the note's text field is tapped, the
// page makes room above it, and a finger on its keys writes (å included) into the note; the decision between auto,
// on and off, and reading the kernel's input device list.
#include "tests/qml/shelltesthelpers.h"

#include "app/models/journalnotecontroller.h"
#include "app/models/residentlistmodel.h"
#include "app/shell/settings.h"
#include "platform/inputdevices.h"

#include <QGuiApplication>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace akten;
using namespace akten::test;

namespace {

/** The visible key of the on-screen keyboard that types `text`. */
QQuickItem *keyFor(QQuickItem *root, const QString &text)
{
    for (QQuickItem *child : root->childItems()) {
        if (child->isVisible() && child->property("text").toString() == text && child->inherits("QQuickItem")
            && child->width() > 0 && child->property("key").isValid()) {
            return child;
        }
        if (QQuickItem *found = keyFor(child, text)) {
            return found;
        }
    }
    return nullptr;
}

const char *const kTablet = R"(I: Bus=0019 Vendor=0000 Product=0001 Version=0000
N: Name="Power Button"
H: Handlers=kbd event0
B: EV=3

I: Bus=0018 Vendor=04f3 Product=2a3c Version=0100
N: Name="ELAN Touchscreen"
H: Handlers=event1
B: EV=b
)";

const char *const kWithKeyboard = R"(I: Bus=0019 Vendor=0000 Product=0001 Version=0000
N: Name="Power Button"
H: Handlers=kbd event0
B: EV=3

I: Bus=0003 Vendor=046d Product=c31c Version=0110
N: Name="Logitech USB Keyboard"
H: Handlers=sysrq kbd event2 leds
B: EV=120013
)";

} // namespace

class OnScreenKeyboardTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QPointingDevice *m_touch = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        m_touch = QTest::createTouchDevice();
    }

    void decidesFromTheSettingAndTheDevices()
    {
        QVERIFY(!platform::listHasKeyboard(QString::fromUtf8(kTablet))); // a power button is not a keyboard
        QVERIFY(platform::listHasKeyboard(QString::fromUtf8(kWithKeyboard)));
        QVERIFY(!platform::hasHardwareKeyboard(m_tmp.filePath(u"missing"_s)));
        using shell::OnScreenKeyboard;
        QVERIFY(shell::useOnScreenKeyboard(OnScreenKeyboard::Auto, false));
        QVERIFY(!shell::useOnScreenKeyboard(OnScreenKeyboard::Auto, true));
        QVERIFY(shell::useOnScreenKeyboard(OnScreenKeyboard::On, true));
        QVERIFY(!shell::useOnScreenKeyboard(OnScreenKeyboard::Off, false));
    }

    void typesANoteWithAFinger()
    {
        shell::ShellOptions options { m_tmp.filePath(u"store"_s), {}, true, false, {} };
        options.onScreenKeyboard = true;
        Shell shell(options);
        QQuickWindow *window = shell.window;
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        login(*shell.composition, u"04DE0000000002"_s, u"246802"_s);
        touchTap(window, m_touch, u"tabResidents"_s);
        ResidentListModel *residents = shell.composition->residents();
        QString id;
        for (int row = 0; row < residents->rowCount() && id.isEmpty(); ++row) {
            if (!residents->index(row).data(ResidentListModel::ProtectedIdentityRole).toBool()) {
                id = residents->index(row).data(ResidentListModel::ResidentIdRole).toString();
            }
        }
        touchTap(window, m_touch, u"newNote_"_s + id);
        QTRY_VERIFY(findItem(window->contentItem(), u"notePage"_s, true));
        QTest::qWait(600); // the StackView push transition

        QQuickItem *keyboard = findItem(window->contentItem(), u"onScreenKeyboard"_s, false);
        QVERIFY(keyboard);
        QVERIFY(!keyboard->property("active").toBool());
        touchTap(window, m_touch, u"noteText"_s);
        QTRY_VERIFY(keyboard->property("active").toBool());
        QTRY_VERIFY(keyboard->isVisible() && keyboard->height() > 200);
        // The page made room: the stack ends where the keyboard begins.
        QQuickItem *stack = findItem(window->contentItem(), u"mainStack"_s, false);
        QTRY_COMPARE(stack->height() + keyboard->height(), stack->parentItem()->height());
        QTest::qWait(400); // the keyboard's rise
        for (const QString &letter : { u"h"_s, u"å"_s, u"r"_s, u" "_s }) { // the space commits the word
            QQuickItem *key = nullptr;
            QTRY_VERIFY2((key = keyFor(keyboard, letter)) != nullptr, qPrintable(letter));
            touchTap(window, m_touch, key);
        }
        JournalNoteController *note = shell.composition->note();
        QTRY_COMPARE(note->text(), u"Hår "_s); // a capital letter first, as a sentence begins
        grab(window, u"journal-10-on-screen-keyboard"_s);
        // "Dölj tangentbordet": the keyboard goes down and the page has the whole screen again, words kept.
        touchTap(window, m_touch, u"hideKeyboard"_s);
        QTRY_VERIFY(!keyboard->isVisible());
        QTRY_COMPARE(stack->height(), stack->parentItem()->height());
        QCOMPARE(note->text(), u"Hår "_s);
        shell.composition->session()->logout();
    }
};

int main(int argc, char *argv[])
{
    // The input method is chosen before the application exists, as akten's main() does.
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    OnScreenKeyboardTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "onscreenkeyboardtest.moc"
