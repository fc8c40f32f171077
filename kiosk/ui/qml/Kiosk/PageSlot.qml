pragma ComponentBehavior: Bound
import QtQuick

// One page of the kiosk (Main.qml). Built the first time it becomes current; while `keep` holds
// it then stays built, hidden, so that coming back is a visibility switch rather than a rebuild
// (Home is the way back from everywhere). It fades in each time it becomes current.
Loader {
    id: slot

    property bool current: false
    property bool keep: false
    property bool visited: false

    anchors.fill: parent
    active: current || (keep && visited)
    visible: current
    onKeepChanged: if (!keep) visited = current
    onLoaded: {
        visited = true
        if (current && Theme.animate && Theme.started)  // the first page stands at once
            fadeIn.restart()
    }
    onCurrentChanged: if (current && item && Theme.animate) fadeIn.restart()

    NumberAnimation {
        id: fadeIn
        target: slot.item
        property: "opacity"
        from: 0
        to: 1
        duration: Theme.duration
        easing.type: Easing.OutCubic
        onRunningChanged: Theme.entering = running
    }
}
