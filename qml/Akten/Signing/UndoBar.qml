// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui

// The bar at the bottom after a signature: what was signed, and "Ångra" for a few seconds (undo instead of
// "Är du säker?").
Rectangle {
    id: bar

    property string text

    signal undo()
    /// `visibly`: with the focus ring (the user is on the keyboard), else quietly (a touch user).
    function focusUndo(visibly: bool): void {
        undoButton.forceActiveFocus(visibly ? Qt.TabFocusReason : Qt.OtherFocusReason)
    }

    implicitHeight: Theme.primaryTarget + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.undoBar
    Accessible.role: Accessible.AlertMessage
    Accessible.name: bar.text

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing * 1.5
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        Text {
            text: bar.text
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontLarge
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        BigButton {
            id: undoButton
            objectName: "undoButton"
            text: qsTr("Ångra")
            quiet: true
            activeFocusOnTab: true
            Accessible.name: qsTr("Ångra: %1").arg(bar.text)
            Layout.preferredHeight: Theme.primaryTarget
            Layout.preferredWidth: 160
            onClicked: bar.undo()
        }
    }
}
