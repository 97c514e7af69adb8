// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Akten.Ui
import Akten.Models
import Akten.Residents
import Akten.Record

// The application window: header, and a stack of the resident list and one open record.
ApplicationWindow {
    id: root

    required property ResidentListModel residents
    required property RecordController record
    required property bool kiosk
    required property string startupError

    function showResidents(): void {
        stack.pop(null)
        if (root.record)
            root.record.close()
    }
    function openResident(residentId: string): bool {
        if (!root.record.openRecord(residentId))
            return false
        stack.push(recordPage)
        return true
    }
    function showSection(index: int): void {
        const page = stack.currentItem as RecordPage
        if (page)
            page.section = index
    }

    width: root.kiosk ? 1080 : 1280
    height: root.kiosk ? 1920 : 800
    visible: true
    title: qsTr("Akten")
    color: Theme.background
    font.pixelSize: Theme.fontBody

    header: AppHeader {
        title: stack.depth > 1 && root.record ? root.record.coverSheet.name : qsTr("Akten")
        subtitle: root.startupError.length > 0 ? ""
                  : stack.depth > 1 && root.record ? qsTr("Genomförandeakt") : qsTr("Boende på enheten")
        canGoBack: stack.depth > 1
        onBack: root.showResidents()
    }

    StackView {
        id: stack
        anchors.fill: parent
        initialItem: root.startupError.length > 0 ? errorPage : listPage
    }

    Component {
        id: listPage
        ResidentListPage {
            residents: root.residents
            onOpenResident: residentId => root.openResident(residentId)
        }
    }
    Component {
        id: recordPage
        RecordPage {
            record: root.record
            kiosk: root.kiosk
        }
    }
    Component {
        id: errorPage
        StartupErrorPage {
            message: root.startupError
        }
    }
}
