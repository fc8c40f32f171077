import QtQuick

// PhotoViewer (to be designed)
Item {
    id: view
    required property QtObject kiosk
    signal wake()
    Text { anchors.centerIn: parent; text: "PhotoViewer"; color: Theme.text; font.pixelSize: Theme.title }
}
