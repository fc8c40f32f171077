import QtQuick

// Before the kiosk resets from a detail view, a calm countdown any touch cancels.
Item {
    id: countdown
    required property QtObject idle
    required property var strings
    visible: idle.countdown > 0
}
