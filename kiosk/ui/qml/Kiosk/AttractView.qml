import QtQuick

// AttractView (to be designed)
Item {
    id: view
    required property QtObject kiosk
    signal wake()
    Text { anchors.centerIn: parent; text: "AttractView"; color: Theme.text; font.pixelSize: Theme.title }
}
