// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// "Kvalitetsgranskning" (D9): the unit's sample of set plans for a year, drawn once from a logged random number, the
// questionnaire per sampled plan and the unit's result. The unit manager and SAS only; never on a kiosk.
Page {
    id: page

    required property QualityReviewController review

    background: Rectangle { color: Theme.background }
    Accessible.name: qsTr("Kvalitetsgranskning")

    StackLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        currentIndex: page.review.questionnaire.active ? 1 : 0

        FormFlickable {
            id: flick
            contentWidth: width
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds

            ScrollHint {
                parent: flick
                target: flick
            }

            ColumnLayout {
                id: column
                width: flick.width - Theme.scrollGutter
                spacing: Theme.spacing
                SectionTitle { text: qsTr("Kvalitetsgranskning av genomförandeplaner"); Layout.fillWidth: true }
                Text {
                    text: qsTr("Varje år granskas minst tio procent av enhetens fastställda planer. Urvalet dras "
                               + "slumpvis en gång per år och samma plan dras inte två år i rad.")
                    font.pixelSize: Theme.fontBody
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Flow {
                    visible: page.review.unitNames.length > 1
                    spacing: 8
                    Layout.fillWidth: true
                    Repeater {
                        model: page.review.unitNames
                        delegate: BigButton {
                            required property int index
                            required property string modelData
                            text: modelData
                            quiet: true
                            selected: page.review.unitIndex === index
                            Accessible.name: qsTr("Visa enheten %1").arg(modelData)
                            onClicked: page.review.showUnit(index)
                        }
                    }
                }
                RowLayout {
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    BigButton {
                        objectName: "previousYear"
                        text: qsTr("Föregående år")
                        quiet: true
                        onClicked: page.review.showYear(page.review.year - 1)
                    }
                    Text {
                        objectName: "reviewYear"
                        text: page.review.unitNames.length > 0
                              ? qsTr("%1, %2").arg(page.review.unitNames[page.review.unitIndex]).arg(page.review.year)
                              : ""
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                        horizontalAlignment: Text.AlignHCenter
                        Layout.fillWidth: true
                    }
                    BigButton {
                        objectName: "nextYear"
                        text: qsTr("Nästa år")
                        quiet: true
                        enabled: !page.review.latestYear
                        opacity: enabled ? 1 : 0.35
                        onClicked: page.review.showYear(page.review.year + 1)
                    }
                }
                Text {
                    objectName: "sampleSummary"
                    text: page.review.summary
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Text {
                    objectName: "smallUnitNote"
                    visible: text.length > 0
                    text: page.review.smallNote
                    font.pixelSize: Theme.fontBody
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Text {
                    objectName: "reviewMessage"
                    visible: text.length > 0
                    text: page.review.message
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.primary
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                    Layout.fillWidth: true
                }
                BigButton {
                    objectName: "drawSample"
                    visible: page.review.allowed && !page.review.drawn && page.review.unitNames.length > 0
                    text: qsTr("Dra urval för %1").arg(page.review.year)
                    font.bold: true
                    Layout.preferredHeight: Theme.primaryTarget
                    onClicked: page.review.draw()
                }
                Repeater {
                    model: page.review.plans
                    delegate: QualitySampleCard {
                        Layout.fillWidth: true
                        onReview: residentId => page.review.review(residentId)
                    }
                }
                SectionTitle {
                    visible: page.review.results.count > 0
                    text: qsTr("Resultat för enheten")
                    Layout.fillWidth: true
                }
                Repeater {
                    model: page.review.results
                    delegate: QualityResultCard {
                        Layout.fillWidth: true
                    }
                }
            }
        }
        QualityQuestionnaireForm {
            questionnaire: page.review.questionnaire
        }
    }
}
