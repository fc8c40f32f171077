import QtQuick

// EventDetail (to be designed)
Item {
    id: view
    required property QtObject kiosk
    signal wake()
    Text { anchors.centerIn: parent; text: "EventDetail"; color: Theme.text; font.pixelSize: Theme.title }
}
