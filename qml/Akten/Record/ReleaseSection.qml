// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Utlämnande: requests to read or get a copy of the record and the decisions on them (domain.md D7), newest first.
// "Ny begäran" (staff of the unit) and "Fatta beslut" (the unit manager) open their form in place of the list; a
// kiosk only shows them.
FormFlickable {
    id: section

    required property ReleaseListModel releases
    required property ConsentListModel consents
    property ReleaseController controller
    required property string residentId
    /// The care day, "ÅÅÅÅ-MM-DD".
    property string today
    /// "Skriv ut kopia" is offered (set where the copy exporter is wired).
    property bool mayPrint: false
    property int mode: ReleaseSection.Mode.List
    property string decidingId
    property string decidingTitle
    property string decidingText
    property string decidingRequester
    property string decidingCovers
    property bool decidingOwn: true

    enum Mode { List, Request, Decide }

    signal printCopy(string requestId)

    function close(): void {
        if (section.controller)
            section.controller.clearErrors()
        section.mode = ReleaseSection.Mode.List
        section.contentY = 0
    }

    contentWidth: width
    contentHeight: column.implicitHeight
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    Accessible.name: qsTr("Utlämnande")

    ScrollHint {
        parent: section
        target: section
    }

    ColumnLayout {
        id: column
        width: section.width - Theme.scrollGutter
        spacing: Theme.spacing

        RowLayout {
            visible: section.mode === ReleaseSection.Mode.List
            spacing: Theme.spacing
            Layout.fillWidth: true
            SectionTitle { text: qsTr("Utlämnande"); Layout.fillWidth: true }
            BigButton {
                objectName: "newRelease"
                visible: section.controller !== null && section.controller.writable
                text: qsTr("Ny begäran")
                Accessible.name: qsTr("Skriv ner en ny begäran om att ta del av akten")
                Layout.preferredHeight: Theme.primaryTarget
                onClicked: section.mode = ReleaseSection.Mode.Request
            }
        }
        Text {
            visible: section.mode === ReleaseSection.Mode.List
            text: qsTr("Begäran om att läsa eller få en kopia av akten, och enhetschefens beslut. Bara kopior lämnas ut, aldrig original.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        Repeater {
            model: section.mode === ReleaseSection.Mode.List ? section.releases : null
            delegate: ReleaseCard {
                id: card
                required property bool own
                required property string requester
                required property string covers
                mayDecide: section.controller !== null && section.controller.mayDecide(section.residentId)
                mayPrint: section.mayPrint
                Layout.fillWidth: true
                onPrintCopy: requestId => section.printCopy(requestId)
                onDecide: requestId => {
                    section.decidingId = requestId
                    section.decidingTitle = card.title
                    section.decidingText = card.request
                    section.decidingOwn = card.own
                    section.decidingRequester = card.requester
                    section.decidingCovers = card.covers
                    section.mode = ReleaseSection.Mode.Decide
                    section.contentY = 0
                }
            }
        }
        EmptyState {
            visible: section.mode === ReleaseSection.Mode.List && section.releases.count === 0
            text: section.releases.errorText.length > 0 ? section.releases.errorText
                                                        : qsTr("Ingen har begärt att ta del av akten.")
            error: section.releases.errorText.length > 0
            Layout.fillWidth: true
        }
        // One form at a time, made afresh each time it opens (a Repeater of one: a bound component stays in
        // its creation context, which a Loader would leave).
        Repeater {
            model: section.mode === ReleaseSection.Mode.Request && section.controller !== null ? 1 : 0
            delegate: ReleaseRequestForm {
                Layout.fillWidth: true
                controller: section.controller
                residentId: section.residentId
                today: section.today
                onDone: section.close()
            }
        }
        Repeater {
            model: section.mode === ReleaseSection.Mode.Decide && section.controller !== null ? 1 : 0
            delegate: ReleaseDecisionForm {
                Layout.fillWidth: true
                controller: section.controller
                consents: section.consents
                residentId: section.residentId
                requestId: section.decidingId
                requestTitle: section.decidingTitle
                requestText: section.decidingText
                requester: section.decidingRequester
                covers: section.decidingCovers
                own: section.decidingOwn
                onDone: section.close()
            }
        }
    }
}
