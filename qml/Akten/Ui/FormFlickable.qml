// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
import QtQuick

// A scrolling form that keeps the field being written in on screen: when a field inside gets focus, and when the form
// gets shorter because the on-screen keyboard came up, it scrolls just enough to show the field with a margin.
Flickable {
    id: form

    readonly property Item focusField: Window.activeFocusItem

    function reveal(): void {
        let inside = false
        for (let p = form.focusField; p; p = p.parent) {
            if (p === form.contentItem) {
                inside = true
                break
            }
        }
        if (!inside)
            return
        const margin = 24
        const below = 80 // room for "Dölj tangentbordet", which sits on the keyboard's top edge
        const top = form.focusField.mapToItem(form.contentItem, 0, 0).y - margin
        const bottom = top + margin + form.focusField.height + below
        if (top < form.contentY || bottom - top > form.height)
            form.contentY = Math.max(0, top) // too little room for the margins: the field at the top
        else if (bottom > form.contentY + form.height)
            form.contentY = Math.max(0, Math.min(bottom - form.height, form.contentHeight - form.height))
    }

    onFocusFieldChanged: form.reveal()
    onHeightChanged: form.reveal()
}
