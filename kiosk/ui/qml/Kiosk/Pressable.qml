pragma ComponentBehavior: Bound
import QtQuick

// What makes an item pressable for everyone: a finger (a tap), a key (Enter or Space once the
// arrows or Tab have brought the focus here) and assistive technology (a named button with a
// press action). Put one inside the item it makes pressable: it fills it, and draws the focus
// ring around it while the visitor uses keys. Tab order is the order of the items.
Item {
    id: press

    property string name: ""             // what a screen reader (and the audio mode) says
    property string description: ""
    property int role: Accessible.Button
    property bool checkable: false
    property bool checked: false
    property real radius: 0              // of the item (the ring follows its corners)
    property bool ring: true             // draw the focus ring (a control may draw its own)
    readonly property alias pressed: tap.pressed
    property alias gesturePolicy: tap.gesturePolicy
    readonly property bool focused: activeFocus
    signal activated()

    anchors.fill: parent
    activeFocusOnTab: true              // the chain skips hidden and disabled items itself
    Accessible.role: role
    Accessible.name: name
    Accessible.description: description
    Accessible.focusable: true
    Accessible.checkable: checkable
    Accessible.checked: checked
    Accessible.ignored: !visible
    Accessible.onPressAction: press.activated()
    Accessible.onToggleAction: press.activated()

    // The keys that press (Enter, Space, a keypad's own: the settings' "activate" keys).
    Keys.onPressed: (event) => {
        if (Access.keyAction(event.key, event.modifiers) === "activate") {
            event.accepted = true
            press.activated()
        }
    }

    onActiveFocusChanged: {
        if (!activeFocus)
            return
        reveal()
        Access.say(press.name + (press.checkable && press.checked ? ". " + Content.strings.selected : ""))
    }

    // Bring the focused item into view in the page it scrolls in.
    function reveal() {
        for (let p = press.parent; p; p = p.parent) {
            if (!(p instanceof Flickable))
                continue
            const flick = p as Flickable
            const at = press.mapToItem(flick.contentItem, 0, 0)
            const margin = Theme.dp(48)
            if (flick.contentHeight > flick.height) {
                if (at.y < flick.contentY + margin)
                    flick.contentY = Math.max(0, at.y - margin)
                else if (at.y + press.height > flick.contentY + flick.height - margin)
                    flick.contentY = Math.min(flick.contentHeight - flick.height,
                                              at.y + press.height - flick.height + margin)
            }
            if (flick.contentWidth > flick.width) {
                if (at.x < flick.contentX + margin)
                    flick.contentX = Math.max(0, at.x - margin)
                else if (at.x + press.width > flick.contentX + flick.width - margin)
                    flick.contentX = Math.min(flick.contentWidth - flick.width,
                                              at.x + press.width - flick.width + margin)
            }
            return
        }
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: press.activated()
    }

    // The focus ring: thick, bright, outside the item, with a dark edge so it shows on light
    // pictures too.
    Rectangle {
        objectName: "focusRing"
        visible: press.ring && press.activeFocus && Access.keyboard
        anchors.fill: parent
        anchors.margins: -Theme.dp(9)
        radius: press.radius + Theme.dp(9)
        color: "transparent"
        border.width: Theme.dp(6)
        border.color: Theme.focus
        Rectangle {
            anchors.fill: parent
            anchors.margins: -Theme.dp(3)
            radius: parent.radius + Theme.dp(3)
            color: "transparent"
            border.width: Theme.dp(3)
            border.color: "#000000"
        }
    }
}
