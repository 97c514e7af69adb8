// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Levnadsberättelse: the resident's life story as they (or their representative) agreed it be written, with whose
// consent, how and when; each change a new version, the earlier ones kept and shown on request.
ScrollView {
    id: view

    required property RecordDocumentsController docs
    required property bool mayWrite
    property bool showHistory: false

    contentWidth: availableWidth
    Accessible.name: qsTr("Levnadsberättelse")

    ColumnLayout {
        width: view.availableWidth - Theme.scrollGutter
        spacing: Theme.spacing
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            SectionTitle {
                text: qsTr("Levnadsberättelse")
                Layout.fillWidth: true
            }
            BigButton {
                objectName: "writeLifeStory"
                visible: view.mayWrite
                text: view.docs.lifeStory.count > 0 ? qsTr("Ändra levnadsberättelsen") : qsTr("Skriv levnadsberättelse")
                implicitHeight: Theme.primaryTarget
                onClicked: view.docs.startNew("life_story")
            }
        }
        Text {
            text: qsTr("Skriv bara med den enskildes samtycke, och skriv det den enskilde vill berätta.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        DocumentCards {
            documents: view.docs.lifeStory
            emptyText: qsTr("Ingen levnadsberättelse är skriven.")
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "lifeStoryHistory"
            visible: view.docs.lifeStoryHistory.count > 1
            text: view.showHistory ? qsTr("Dölj tidigare versioner")
                                   : qsTr("Visa tidigare versioner (%1)").arg(view.docs.lifeStoryHistory.count - 1)
            quiet: true
            onClicked: view.showHistory = !view.showHistory
        }
        DocumentCards {
            visible: view.showHistory
            documents: view.docs.lifeStoryHistory
            Layout.fillWidth: true
        }
    }
}
