// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// "Avslut": the unit manager closes the case (a reason from the list, what "annat" means, the required final note),
// after which the record is read-only everywhere; and the whole case exported for the archive.
FormFlickable {
    id: section

    /// Always set by the shell; null only where the page is shown without it (the section then stays empty).
    required property CaseClosureController closure
    property int reason: -1
    /// A filled-in form asks once more before closing: a closed case cannot be opened again.
    property bool confirming: false
    readonly property bool filledIn: section.reason >= 0 && note.text.trim().length > 0
                                     && (section.reason !== 3 || reasonText.text.trim().length > 0)
    onFilledInChanged: section.confirming = false

    contentHeight: column.implicitHeight + Theme.spacing
    clip: true
    Accessible.name: qsTr("Avslut")

    ColumnLayout {
        id: column
        visible: section.closure !== null
        width: section.width - Theme.scrollGutter
        spacing: Theme.spacing

        SectionTitle {
            text: qsTr("Avsluta ärendet")
            Layout.fillWidth: true
        }
        Text {
            objectName: "closureState"
            text: section.closure.closed ? section.closure.closedText
                  : section.closure.mayClose
                    ? qsTr("När ärendet avslutas kan akten bara läsas, på alla surfplattor. Hela akten exporteras för arkivet.")
                    : qsTr("Ärendet avslutas av enhetschefen.")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            font.bold: section.closure.closed
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ColumnLayout {
            visible: !section.closure.closed && section.closure.mayClose
            spacing: Theme.spacing
            Layout.fillWidth: true

            Text {
                text: qsTr("Varför avslutas ärendet?")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            Flow {
                spacing: 12
                Layout.fillWidth: true
                Repeater {
                    model: section.closure.reasons
                    delegate: BigButton {
                        required property int index
                        required property string modelData
                        objectName: "closureReason" + index
                        text: modelData
                        selected: section.reason === index
                        quiet: true
                        width: 230
                        Accessible.name: modelData
                        onClicked: section.reason = index
                    }
                }
            }
            Text {
                visible: text.length > 0
                text: section.closure.reasonError
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            TextField {
                id: reasonText
                objectName: "closureReasonText"
                placeholderText: section.reason === 3 ? qsTr("Skriv vad skälet är") : qsTr("Mer om skälet (frivilligt)")
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Mer om skälet")
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget
            }
            Text {
                visible: text.length > 0
                text: section.closure.reasonTextError
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            Text {
                text: qsTr("Slutanteckning i journalen")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            TextArea {
                id: note
                objectName: "closureNote"
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody
                placeholderText: qsTr("Hur insatserna avslutades och vad som lämnades över")
                Accessible.name: qsTr("Slutanteckning i journalen")
                Layout.fillWidth: true
                Layout.preferredHeight: 180
                background: Rectangle {
                    radius: Theme.radius
                    border.width: 2
                    border.color: section.closure.noteError.length > 0 ? Theme.danger : Theme.border
                }
            }
            Text {
                visible: text.length > 0
                text: section.closure.noteError
                color: Theme.danger
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
            BigButton {
                objectName: "closeCaseButton"
                visible: !section.confirming
                text: qsTr("Avsluta ärendet")
                font.bold: true
                Layout.preferredHeight: Theme.primaryTarget
                Layout.preferredWidth: 320
                // An incomplete form goes to the controller, which says what is missing at the fields.
                onClicked: section.filledIn ? section.confirming = true
                                            : section.closure.close(section.reason, reasonText.text, note.text)
            }
            Text {
                visible: section.confirming
                text: qsTr("Det går inte att ångra. Akten kan sedan bara läsas, på alla surfplattor. Vill du avsluta ärendet?")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                visible: section.confirming
                spacing: Theme.spacing
                BigButton {
                    objectName: "closeCaseConfirm"
                    text: qsTr("Ja, avsluta ärendet")
                    font.bold: true
                    Accessible.name: qsTr("Ja, avsluta ärendet. Det går inte att ångra.")
                    Layout.preferredHeight: Theme.primaryTarget
                    Layout.preferredWidth: 320
                    onClicked: {
                        section.confirming = false
                        section.closure.close(section.reason, reasonText.text, note.text)
                    }
                }
                BigButton {
                    objectName: "closeCaseCancel"
                    text: qsTr("Avbryt")
                    quiet: true
                    Accessible.name: qsTr("Avbryt, avsluta inte ärendet")
                    Layout.preferredHeight: Theme.primaryTarget
                    onClicked: section.confirming = false
                }
            }
        }
        BigButton {
            objectName: "exportArchiveButton"
            visible: section.closure.closed && section.closure.mayClose
            text: qsTr("Exportera hela akten för arkivet")
            Layout.preferredHeight: Theme.touchTarget
            onClicked: section.closure.exportArchive()
        }
        Text {
            objectName: "closureMessage"
            visible: text.length > 0
            text: section.closure.errorText.length > 0 ? section.closure.errorText : section.closure.archivedText
            color: section.closure.errorText.length > 0 ? Theme.danger : Theme.success
            font.pixelSize: Theme.fontBody
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
    }
}
