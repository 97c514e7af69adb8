// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Livsområden: the 11 IBIC areas as big tiles and "Sök ord eller kod"; then the codes of the area (or the search's
// hits in every area), the plan's own codes first, then those the unit uses most. The decision's insatser and the case officer's goals fold out above.
Flickable {
    id: picker

    property PlanEditorController editor
    readonly property IcfPickerModel model: picker.editor ? picker.editor.picker : null
    property bool decisionOpen: false

    signal picked(string code)

    contentHeight: column.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    /// After a life area is chosen its codes are scrolled into view (on a tablet they start below the tiles), as
    /// far as the list is laid out; the rest when its height arrives.
    property bool codesWanted: false
    function showCodes(): void {
        const target = codes.y - Theme.spacing
        picker.contentY = Math.max(0, Math.min(target, picker.contentHeight - picker.height))
        picker.codesWanted = picker.contentY < target
    }
    onContentHeightChanged: if (picker.codesWanted) picker.showCodes()
    onMovementStarted: picker.codesWanted = false

    ColumnLayout {
        id: column
        width: picker.width
        spacing: Theme.spacing

        BigButton {
            objectName: "decisionToggle"
            text: picker.decisionOpen ? qsTr("Dölj beslut och uppdrag") : qsTr("Visa beslut och uppdrag")
            quiet: true
            onClicked: picker.decisionOpen = !picker.decisionOpen
        }
        Card {
            visible: picker.decisionOpen
            Layout.fillWidth: true
            implicitHeight: decision.implicitHeight + 32
            ColumnLayout {
                id: decision
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 16
                InfoRow {
                    label: qsTr("Handläggarens mål")
                    value: picker.editor ? picker.editor.decisionGoals : ""
                    Layout.fillWidth: true
                }
                Repeater {
                    model: picker.editor ? picker.editor.insatser : null
                    Text {
                        required property string label
                        text: qsTr("Insats: %1").arg(label)
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
        TextField {
            id: search
            objectName: "icfSearch"
            placeholderText: qsTr("Sök ord eller kod")
            text: picker.model ? picker.model.query : ""
            font.pixelSize: Theme.fontLarge
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Sök ord eller kod")
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.primaryTarget
            onTextEdited: picker.model.query = search.text
        }
        GridLayout {
            visible: picker.model !== null && picker.model.query.length === 0
            columns: Math.max(2, Math.floor(column.width / 280))
            columnSpacing: 10
            rowSpacing: 10
            Layout.fillWidth: true
            Repeater {
                model: picker.model ? picker.model.lifeAreas : []
                BigButton {
                    required property var modelData
                    required property int index
                    objectName: "lifeArea" + (index + 1)
                    text: (index + 1) + ". " + modelData.title
                    selected: picker.model.area === index + 1
                    quiet: !selected
                    Accessible.name: qsTr("Livsområde %1").arg(modelData.title)
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.primaryTarget + 24
                    onClicked: {
                        picker.model.area = index + 1
                        picker.showCodes()
                    }
                }
            }
        }
        CodeList {
            id: codes
            model: picker.model
            Layout.fillWidth: true
            onPicked: code => {
                search.text = ""
                picker.model.query = ""
                picker.picked(code)
            }
        }
    }
}
