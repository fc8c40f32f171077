pragma ComponentBehavior: Bound
import QtQuick

// A month in the jump strip: its name, lit while that month is on screen.
Item {
    id: button

    property string text: ""
    property string yearText: ""
    property bool current: false
    readonly property alias pressed: tap.pressed
    signal clicked()

    implicitHeight: Theme.touch
    implicitWidth: Theme.touch

    Rectangle {
        id: face
        anchors.centerIn: parent
        width: parent.width
        height: Theme.dp(62)
        radius: Theme.dp(12)
        color: tap.pressed ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.35)
             : button.current ? Qt.rgba(1, 1, 1, 0.11)
             : Qt.rgba(1, 1, 1, 0.04)
        scale: tap.pressed ? 0.95 : 1.0
        Behavior on scale { NumberAnimation { duration: Theme.durationFast } }
        Behavior on color { ColorAnimation { duration: Theme.duration } }

        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            width: parent.width - Theme.dp(8)
            horizontalAlignment: Text.AlignHCenter
            text: button.text
            color: button.current ? Theme.text : Theme.muted
            font.pixelSize: Theme.small
            font.weight: button.current ? Font.Bold : Font.Normal
            font.features: Theme.fontFeatures
            elide: Text.ElideRight
        }

        Rectangle {                      // the "on screen" mark
            anchors.bottom: parent.bottom
            anchors.horizontalCenter: parent.horizontalCenter
            width: parent.width * 0.4
            height: Theme.dp(4)
            radius: height / 2
            color: Theme.accent
            opacity: button.current ? 1 : 0
            Behavior on opacity { NumberAnimation { duration: Theme.duration } }
        }
    }

    Pressable {
        id: tap
        name: button.yearText + button.text
        checkable: true                  // a screen reader hears which month is on screen
        checked: button.current
        onActivated: button.clicked()
    }
}
