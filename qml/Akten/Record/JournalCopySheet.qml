// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// "Kopia av journalen": the whole journal or a period as a PDF in the export folder (the unit manager).
Popup {
    id: sheet

    property JournalCopyController copies
    property string residentId

    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 800, 760)
    padding: Theme.spacing * 1.5
    closePolicy: Popup.CloseOnEscape
    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing
        Accessible.role: Accessible.Dialog
        Accessible.name: title.text

        SectionTitle {
            id: title
            text: qsTr("Kopia av journalen")
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("Lämna datumen tomma för hela journalen. Rättelser och den enskildes invändningar kommer med.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: 8
            Layout.fillWidth: true
            Text { text: qsTr("Från och med"); font.pixelSize: Theme.fontBody; color: Theme.text }
            Text { text: qsTr("Till och med"); font.pixelSize: Theme.fontBody; color: Theme.text }
            TextField {
                id: from
                objectName: "copyFrom"
                placeholderText: qsTr("ÅÅÅÅ-MM-DD")
                inputMethodHints: Qt.ImhDate
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Från och med")
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
            }
            TextField {
                id: to
                objectName: "copyTo"
                placeholderText: qsTr("ÅÅÅÅ-MM-DD")
                inputMethodHints: Qt.ImhDate
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Till och med")
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
            }
        }
        Text {
            objectName: "copyMessage"
            visible: text.length > 0
            text: sheet.copies ? (sheet.copies.errorText.length > 0 ? sheet.copies.errorText : sheet.copies.savedText) : ""
            color: sheet.copies && sheet.copies.errorText.length > 0 ? Theme.danger : Theme.success
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing * 2
            Layout.fillWidth: true
            BigButton {
                text: qsTr("Stäng")
                quiet: true
                onClicked: sheet.close()
            }
            Item { Layout.fillWidth: true }
            BigButton {
                objectName: "copySave"
                text: qsTr("Skapa kopian")
                font.bold: true
                Layout.preferredHeight: Theme.primaryTarget
                Layout.preferredWidth: 260
                onClicked: sheet.copies.exportCopy(sheet.residentId, from.text, to.text)
            }
        }
    }
}
