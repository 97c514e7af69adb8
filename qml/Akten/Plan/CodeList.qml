// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// The ICF codes to choose from: the Swedish title big, the code small; "Senast använda" marked.
ColumnLayout {
    id: list

    property IcfPickerModel model

    signal picked(string code)

    spacing: 8

    Text {
        visible: list.model !== null && (list.model.area > 0 || list.model.query.length > 0)
        text: !list.model ? "" : list.model.query.length > 0 ? qsTr("Träffar för \"%1\"").arg(list.model.query)
                                                              : list.model.areaTitle
        color: Theme.text
        font.pixelSize: Theme.fontLarge
        font.bold: true
        Layout.fillWidth: true
    }
    Text {
        visible: list.model !== null && list.model.query.length > 0 && list.model.count === 0
        text: qsTr("Ingen kod passar. Prova ett annat ord eller början av ordet.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        Layout.fillWidth: true
    }
    Repeater {
        model: list.model
        Rectangle {
            id: row
            required property string code
            required property string title
            required property bool recent
            required property bool often
            objectName: "icfCode_" + code
            radius: Theme.radius
            color: tap.pressed ? Theme.surfaceMuted : Theme.surface
            border.color: Theme.border
            border.width: 1
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.primaryTarget, rowText.implicitHeight + 20)
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("%1, kod %2").arg(row.title).arg(row.code)
            Accessible.onPressAction: list.picked(row.code)
            RowLayout {
                id: rowText
                anchors.fill: parent
                anchors.leftMargin: 16
                anchors.rightMargin: 16
                spacing: 12
                Text {
                    text: row.title
                    color: Theme.text
                    font.pixelSize: Theme.fontLarge
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                StatusChip {
                    visible: row.recent || row.often
                    text: row.recent ? qsTr("Senast använda") : qsTr("Ofta använda")
                }
                Text {
                    text: row.code
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
            }
            TapHandler {
                id: tap
                onTapped: list.picked(row.code)
            }
        }
    }
}
