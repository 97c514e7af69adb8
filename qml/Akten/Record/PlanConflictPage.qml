// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models

// Two versions of a genomförandeplan side by side (one above the other on a portrait kiosk): who wrote each and
// when, every need with its goal and activities. The kontaktman or unit manager combines both (when their changes
// fit together) or keeps one; it becomes the plan through a merge revision, and both versions stay in the history.
Page {
    id: page

    required property PlanConflictModel conflict
    property bool wide: true

    signal done()

    background: Rectangle { color: Theme.background }
    Accessible.name: qsTr("Jämför versionerna av genomförandeplanen")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: 10
        SectionTitle { text: qsTr("Två versioner av genomförandeplanen"); Layout.fillWidth: true }
        Text {
            text: page.conflict.message.length > 0 ? page.conflict.message
                  : page.conflict.canCombine ? qsTr("Ändringarna i versionerna rör olika delar av planen eller är tillägg, så de kan slås ihop. Du kan också välja en version. Båda sparas i historiken.")
                  : page.conflict.canResolve ? qsTr("Jämför versionerna och välj den som ska gälla. Båda sparas i historiken.")
                  : qsTr("Bara kontaktmannen eller enhetschefen kan välja vilken version som ska gälla.")
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        BigButton {
            objectName: "combineVersions"
            visible: page.conflict.canCombine
            text: qsTr("Slå ihop båda versionerna")
            Accessible.name: qsTr("Slå ihop båda versionerna till en plan med ändringarna från båda")
            Layout.fillWidth: true
            onClicked: {
                if (page.conflict.combine())
                    page.done()
            }
        }
        GridLayout {
            columns: page.wide ? Math.max(1, page.conflict.versions.count) : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Layout.fillWidth: true
            Layout.fillHeight: true
            Repeater {
                model: page.conflict.versions
                delegate: Card {
                    id: version
                    required property int index
                    required property string author
                    required property string when
                    required property string participation
                    required property bool participationDiffers
                    required property PlanVersionNeedListModel needs
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: 12
                        spacing: 8
                        Text {
                            text: qsTr("Version %1").arg(version.index + 1)
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.text
                        }
                        InfoRow {
                            label: qsTr("Skriven av")
                            value: version.author + ", " + version.when
                            Layout.fillWidth: true
                        }
                        StatusChip {
                            visible: version.participationDiffers
                            text: qsTr("Delaktigheten skiljer sig")
                            tone: Tone.Warning
                        }
                        InfoRow {
                            label: qsTr("Den enskildes delaktighet och synpunkter")
                            value: version.participation
                            Layout.fillWidth: true
                        }
                        ListView {
                            model: version.needs
                            clip: true
                            spacing: 8
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            delegate: Column {
                                id: need
                                required property string area
                                required property string icf
                                required property string goal
                                required property string activities
                                required property bool differs
                                width: ListView.view.width - Theme.scrollGutter
                                spacing: 2
                                StatusChip {
                                    visible: need.differs
                                    text: qsTr("Skiljer sig")
                                    tone: Tone.Warning
                                }
                                Text {
                                    width: need.width
                                    text: need.area + " · " + need.icf
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                    wrapMode: Text.Wrap
                                }
                                Text {
                                    width: need.width
                                    text: need.goal
                                    font.pixelSize: Theme.fontBody
                                    font.bold: true
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                }
                                Text {
                                    width: need.width
                                    text: need.activities
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                        BigButton {
                            objectName: "keepVersion" + version.index
                            visible: page.conflict.canResolve
                            quiet: page.conflict.canCombine
                            text: qsTr("Behåll version %1").arg(version.index + 1)
                            Accessible.name: qsTr("Behåll version %1 som gällande plan").arg(version.index + 1)
                            Layout.fillWidth: true
                            onClicked: {
                                if (page.conflict.keep(version.index))
                                    page.done()
                            }
                        }
                    }
                }
            }
        }
    }
}
