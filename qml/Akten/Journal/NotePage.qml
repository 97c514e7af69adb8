// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Akten.Ui
import Akten.Models
import Akten.Journal

// "Ny anteckning": who, when, what kind, the guided questions of that kind, the writer's own words. Left: the
// choices; right: the words (on a kiosk one column). Saved as a draft as one types; "Spara i journalen" is the one
// primary action; what is missing is said at its field.
Page {
    id: page

    required property JournalNoteController note
    property bool oneColumn: false
    /// The on-screen keyboard covers the bottom of the screen
    property bool keyboardUp: false

    signal done(int saved)

    background: Rectangle { color: Theme.background }
    Accessible.name: qsTr("Ny anteckning")

    Connections {
        target: page.note
        function onSaved(count: int): void {
            page.done(count)
        }
    }

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: Theme.spacing
        contentHeight: grid.implicitHeight + Theme.spacing * 2
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        GridLayout {
            id: grid
            width: flick.width
            columns: page.oneColumn ? 1 : 2
            columnSpacing: Theme.spacing * 2
            rowSpacing: Theme.spacing

            // Left: who, when, what kind.
            ColumnLayout {
                spacing: Theme.spacing
                Layout.alignment: Qt.AlignTop
                Layout.preferredWidth: page.oneColumn ? grid.width : grid.width * 0.4
                Layout.fillWidth: page.oneColumn
                NoteResidents {
                    objectName: "noteResidents"
                    note: page.note
                    Layout.fillWidth: true
                }
                NoteWhen {
                    note: page.note
                    Layout.fillWidth: true
                }
                Text {
                    text: qsTr("Vad gäller anteckningen?")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
                GridLayout {
                    columns: 2
                    columnSpacing: 8
                    rowSpacing: 8
                    Layout.fillWidth: true
                    Repeater {
                        model: page.note.categories
                        delegate: BigButton {
                            id: tile
                            required property string value
                            required property string label
                            objectName: "category" + tile.value
                            text: tile.label
                            quiet: true
                            font.pixelSize: Theme.fontSmall
                            selected: page.note.category === Number(tile.value)
                            Layout.fillWidth: true
                            onClicked: page.note.category = Number(tile.value)
                        }
                    }
                }
            }

            // Right: the guided questions and the writer's words.
            ColumnLayout {
                spacing: Theme.spacing
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                Repeater {
                    model: [JournalNoteController.WithWhom, JournalNoteController.About, JournalNoteController.What,
                        JournalNoteController.Action, JournalNoteController.Considered]
                    delegate: NoteField {
                        id: guided
                        required property int modelData
                        objectName: "noteField" + guided.modelData
                        visible: page.note.asks(guided.modelData, page.note.category)
                        label: page.note.labelFor(guided.modelData, page.note.category)
                        value: guided.modelData === JournalNoteController.WithWhom ? page.note.withWhom
                               : guided.modelData === JournalNoteController.About ? page.note.about
                               : guided.modelData === JournalNoteController.What ? page.note.what
                               : guided.modelData === JournalNoteController.Action ? page.note.action
                               : page.note.considered
                        error: guided.modelData === JournalNoteController.WithWhom ? page.note.withWhomError
                               : guided.modelData === JournalNoteController.About ? page.note.aboutError
                               : guided.modelData === JournalNoteController.What ? page.note.whatError
                               : guided.modelData === JournalNoteController.Action ? page.note.actionError
                               : page.note.consideredError
                        Layout.fillWidth: true
                        onEdited: value => {
                            if (guided.modelData === JournalNoteController.WithWhom)
                                page.note.withWhom = value
                            else if (guided.modelData === JournalNoteController.About)
                                page.note.about = value
                            else if (guided.modelData === JournalNoteController.What)
                                page.note.what = value
                            else if (guided.modelData === JournalNoteController.Action)
                                page.note.action = value
                            else
                                page.note.considered = value
                        }
                    }
                }
                Text {
                    text: qsTr("Vad hände? Skriv med egna ord.")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                }
                TextArea {
                    id: words
                    objectName: "noteText"
                    text: page.note.text
                    wrapMode: TextEdit.Wrap
                    font.pixelSize: Theme.fontBody
                    placeholderText: qsTr("Till exempel: Margit åt hela lunchen och ville sitta vid fönstret.")
                    Accessible.name: qsTr("Anteckningens text")
                    Layout.fillWidth: true
                    // Smaller while the on-screen keyboard is up, so the tips under it stay in view.
                    Layout.preferredHeight: page.keyboardUp ? 140 : page.oneColumn ? 260 : 300
                    onTextChanged: if (words.text !== page.note.text) page.note.text = words.text
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.surface
                        border.width: 2
                        border.color: page.note.textError.length > 0 ? Theme.danger
                                      : words.activeFocus ? Theme.focus : Theme.border
                    }
                }
                WritingHighlighter {
                    document: words.textDocument
                    tips: page.note.tips
                    color: Theme.warning
                }
                Text {
                    objectName: "noteTextError"
                    visible: text.length > 0
                    text: page.note.textError
                    color: Theme.danger
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                WritingTips {
                    objectName: "noteTips"
                    tips: page.note.tips
                    currentRow: words.activeFocus ? page.note.tips.rowAt(words.cursorPosition) : -1
                    Layout.fillWidth: true
                    onFix: row => {
                        const before = page.note.text.length
                        const at = words.cursorPosition
                        page.note.text = page.note.tips.fixed(row, page.note.text)
                        words.cursorPosition = Math.max(0, at + page.note.text.length - before)
                    }
                    onKeep: row => page.note.tips.keep(row)
                }
                CheckBox {
                    id: healthBox
                    objectName: "noteHealth"
                    text: qsTr("Gäller det hälsan eller en delegerad hälso- och sjukvårdsuppgift?")
                    checked: page.note.health
                    font.pixelSize: Theme.fontBody
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget
                    onToggled: page.note.health = healthBox.checked
                }
                Rectangle {
                    visible: page.note.health
                    color: Theme.warningSurface
                    radius: Theme.radius
                    implicitHeight: hslColumn.implicitHeight + 24
                    Layout.fillWidth: true
                    ColumnLayout {
                        id: hslColumn
                        anchors.left: parent.left
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: 12
                        Text {
                            text: qsTr("Meddela också sjuksköterskan. Hälso- och sjukvård dokumenteras i patientjournalen, inte bara här.")
                            color: Theme.warning
                            font.pixelSize: Theme.fontBody
                            wrapMode: Text.WordWrap
                            Layout.fillWidth: true
                        }
                        CheckBox {
                            id: hslBox
                            objectName: "noteHslRecorded"
                            text: qsTr("Klart: det finns också i patientjournalen")
                            checked: page.note.hslRecorded
                            font.pixelSize: Theme.fontBody
                            Layout.preferredHeight: Theme.touchTarget
                            onToggled: page.note.hslRecorded = hslBox.checked
                        }
                    }
                }
                Text {
                    objectName: "noteDraft"
                    text: page.note.draftText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                Text {
                    objectName: "noteMessage"
                    visible: page.note.message.length > 0
                    text: page.note.message
                    color: Theme.danger
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                RowLayout {
                    spacing: Theme.spacing * 2
                    Layout.fillWidth: true
                    BigButton {
                        objectName: "noteCancel"
                        text: qsTr("Avbryt")
                        quiet: true
                        Accessible.name: qsTr("Avbryt, utkastet sparas")
                        onClicked: {
                            page.note.close()
                            page.done(0)
                        }
                    }
                    Item { Layout.fillWidth: true }
                    BigButton {
                        objectName: "noteSave"
                        text: qsTr("Spara i journalen")
                        font.bold: true
                        Layout.preferredHeight: Theme.primaryTarget
                        Layout.preferredWidth: 300
                        onClicked: page.note.save()
                    }
                }
                SaveQuestion {
                    question: page.note.saveQuestion
                    visible: page.note.saveQuestion.length > 0
                    onChange: {
                        page.note.dismissQuestion()
                        words.forceActiveFocus()
                    }
                    onSaveAnyway: page.note.saveAnyway()
                }
            }
        }
    }
}
