// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Granska: what is still missing, each a link to its field, and the one primary action "Fastställ planen".
Flickable {
    id: review

    property PlanEditorController editor

    /// need index (-1: the plan as a whole) and the field (core::PlanField as a number)
    signal goTo(int need, int field)

    contentHeight: column.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds

    ColumnLayout {
        id: column
        width: review.width - Theme.scrollGutter
        spacing: Theme.spacing

        SectionTitle {
            text: !review.editor ? "" : review.editor.gaps.count === 0 ? qsTr("Planen är klar att fastställas")
                                                                        : qsTr("Det här saknas")
            Layout.fillWidth: true
        }
        Text {
            text: !review.editor ? "" : qsTr("Behov i planen: %1").arg(review.editor.needs.count)
            color: Theme.text
            font.pixelSize: Theme.fontBody
            Layout.fillWidth: true
        }
        Repeater {
            model: review.editor ? review.editor.gaps : null
            BigButton {
                id: gap
                required property string value
                required property string label
                required property int index
                objectName: "planGap" + index
                text: label
                quiet: true
                danger: true
                Accessible.name: qsTr("Saknas: %1. Gå till fältet.").arg(label)
                Layout.fillWidth: true
                onClicked: {
                    const parts = gap.value.split(":")
                    review.goTo(parseInt(parts[0]), parseInt(parts[2]))
                }
            }
        }
        BigButton {
            objectName: "establishPlan"
            text: qsTr("Fastställ planen")
            Accessible.name: qsTr("Fastställ planen med dagens datum")
            Layout.preferredHeight: Theme.primaryTarget
            Layout.fillWidth: true
            onClicked: review.editor.establish()
        }
        Repeater {
            model: review.editor ? review.editor.needs : null
            Card {
                id: summary
                required property string label
                required property int index
                Layout.fillWidth: true
                implicitHeight: summaryColumn.implicitHeight + 32
                ColumnLayout {
                    id: summaryColumn
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 16
                    Text {
                        text: summary.label
                        color: Theme.text
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    Text {
                        // read again whenever the list of gaps is (each "Granska")
                        text: review.editor && review.editor.gaps.count >= 0 ? review.editor.summaryOf(summary.index) : ""
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
