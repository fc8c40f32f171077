import QtQuick

// HomeView (to be designed)
Item {
    id: view
    required property QtObject kiosk
    Text { anchors.centerIn: parent; text: "HomeView " + view.kiosk.hall.title; color: Theme.text; font.pixelSize: Theme.title }
}
