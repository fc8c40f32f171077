pragma ComponentBehavior: Bound
import QtQuick

// A filter chip: a quiet outlined pill with a colour dot, filled in its colour when selected.
// The visible pill is slimmer than the touch area around it (which stays >= Theme.touch).
Item {
    id: chip

    property string text: ""
    property color tint: Theme.accent          // the section colour
    property color selectedInk: Theme.text     // text colour on the filled (selected) pill
    property bool selected: false
    readonly property alias pressed: tap.pressed
    signal clicked()

    implicitHeight: Theme.touch
    // Sized for the bold label, so selecting a chip never reflows the row.
    implicitWidth: Math.max(Theme.touch, Math.ceil(bold.advanceWidth) + Theme.dp(66))

    TextMetrics {
        id: bold
        text: chip.text
        font.pixelSize: Theme.small
        font.weight: Font.Bold
        font.features: Theme.fontFeatures
    }

    Rectangle {
        id: pill
        anchors.verticalCenter: parent.verticalCenter
        width: parent.width
        height: Theme.dp(62)
        radius: height / 2
        color: chip.selected ? chip.tint
                             : (tap.pressed ? Qt.rgba(1, 1, 1, 0.10) : Qt.rgba(1, 1, 1, 0.04))
        border.width: Theme.dp(chip.selected ? 3 : 2)
        border.color: chip.selected ? Qt.rgba(chip.selectedInk.r, chip.selectedInk.g, chip.selectedInk.b, 0.85)
                                    : (Access.highContrast ? Theme.muted  // 3:1 and more on black
                                                           : Qt.rgba(chip.tint.r, chip.tint.g, chip.tint.b, 0.9))
        scale: tap.pressed ? 0.96 : 1.0
        Behavior on scale { NumberAnimation { duration: Theme.durationFast } }
        Behavior on color { ColorAnimation { duration: Theme.durationFast } }

        Rectangle {
            id: dot
            anchors.left: parent.left
            anchors.leftMargin: Theme.dp(20)
            anchors.verticalCenter: parent.verticalCenter
            visible: !chip.selected
            width: Theme.dp(12)
            height: width
            radius: width / 2
            color: Qt.lighter(chip.tint, 1.35)
        }
        // Selected: a tick where the dot was (told by shape, not by colour alone).
        Icon {
            anchors.left: parent.left
            anchors.leftMargin: Theme.dp(13)
            anchors.verticalCenter: parent.verticalCenter
            visible: chip.selected
            name: "tick"
            color: chip.selectedInk
            lineWidth: 3
            width: Theme.dp(26)
            height: width
        }

        Text {
            textFormat: Text.PlainText
            id: label
            anchors.centerIn: parent
            anchors.horizontalCenterOffset: Theme.dp(10)
            text: chip.text
            color: chip.selected ? chip.selectedInk : Theme.text
            font.pixelSize: Theme.small
            font.weight: chip.selected ? Font.Bold : Font.Normal
            font.features: Theme.fontFeatures
        }
    }

    Pressable {
        id: tap
        name: chip.text
        checkable: true
        checked: chip.selected
        onActivated: chip.clicked()
    }
}
