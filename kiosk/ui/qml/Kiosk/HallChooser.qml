import QtQuick

// HallChooser (to be designed)
Item {
    id: view
    required property QtObject kiosk
    Text { anchors.centerIn: parent; text: "HallChooser " + view.kiosk.hall.title; color: Theme.text; font.pixelSize: Theme.title }
}
