pragma ComponentBehavior: Bound
import QtQuick

// A Loader that builds its item right after the window's next frame, so that a page's first
// frame is not held up by what lies below the fold (or is about to fade in). `now` builds at
// once; snapshots (Theme.deferBuilding off) always do. Synchronous: no incubator to cancel.
Loader {
    id: later

    property bool now: false

    active: now || !Theme.deferBuilding

    Connections {
        target: later.active ? null : later.Window.window
        function onFrameSwapped() { later.active = true }
    }
    // No frame comes while the window is hidden or covered: build anyway, soon.
    Timer {
        interval: 250
        running: !later.active
        onTriggered: later.active = true
    }
}
