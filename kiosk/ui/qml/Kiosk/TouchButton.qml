pragma ComponentBehavior: Bound
import QtQuick

// A large pill button that responds to touch and mouse alike, with a pressed state (no hover).
Rectangle {
    id: button

    property string text: ""
    property string icon: ""            // an Icon name: home back close prev next language ...
    property color tint: Theme.surface
    property color ink: Theme.text
    property bool outlined: false
    property alias pressed: tap.pressed
    signal clicked()

    implicitHeight: Theme.touch
    implicitWidth: Math.max(Theme.touch, row.implicitWidth + Theme.dp(56))
    radius: height / 2
    color: outlined ? "transparent" : (tap.pressed ? Qt.lighter(tint, 1.25) : tint)
    border.width: outlined ? Theme.dp(2) : 0
    border.color: Qt.rgba(ink.r, ink.g, ink.b, 0.45)
    scale: tap.pressed ? 0.96 : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.durationFast } }

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.dp(14)
        Icon {
            name: button.icon
            color: button.ink
            width: Theme.dp(34); height: width
            anchors.verticalCenter: parent.verticalCenter
        }
        Text {
            textFormat: Text.PlainText
            visible: button.text !== ""
            text: button.text
            color: button.ink
            font.pixelSize: Theme.small + Theme.dp(2)
            font.weight: Font.DemiBold
            font.features: Theme.fontFeatures
            anchors.verticalCenter: parent.verticalCenter
        }
    }

    Pressable {
        id: tap
        name: button.text || button.icon
        radius: button.radius
        onActivated: button.clicked()
    }
}
