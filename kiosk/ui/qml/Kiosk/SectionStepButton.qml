pragma ComponentBehavior: Bound
import QtQuick

// "Previous / next section" with the neighbour's title, coloured by the neighbour's accent.
Rectangle {
    id: button

    property bool forward: true
    property string label: ""
    property string title: ""
    property color tint: Theme.accent
    property real maximumWidth: Theme.dp(520)
    property alias pressed: tap.pressed
    signal clicked()

    property int titleLines: 1  // more: a long title wraps (the button grows) rather than elides
    readonly property int pad: Theme.dp(12)

    implicitHeight: Math.max(Theme.touch, Theme.dp(96), words.height + 2 * pad)
    implicitWidth: Math.min(maximumWidth, disc.width + words.wantedWidth + Theme.dp(20) + pad + Theme.dp(36))
    radius: height / 2
    color: tap.pressed ? Qt.lighter(Theme.surface, 1.35) : Theme.surface
    border.width: Math.max(1, Theme.dp(1))
    border.color: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.12)
    scale: tap.pressed ? 0.96 : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.durationFast } }

    Rectangle {
        id: disc
        x: button.forward ? button.width - width - button.pad : button.pad
        anchors.verticalCenter: parent.verticalCenter
        width: button.height - 2 * button.pad
        height: width
        radius: width / 2
        color: button.tint
        Text {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            text: button.forward ? "→" : "←"
            color: "white"
            font.pixelSize: Theme.subheading
            font.weight: Font.Bold
        }
    }

    Column {
        id: words
        readonly property real wantedWidth: Math.max(labelText.implicitWidth, titleText.implicitWidth)
        x: button.forward ? Theme.dp(36) : disc.x + disc.width + Theme.dp(20)
        width: button.width - disc.width - button.pad - Theme.dp(20) - Theme.dp(36)
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.dp(2)
        Text {
            textFormat: Text.PlainText
            id: labelText
            width: parent.width
            horizontalAlignment: button.forward ? Text.AlignRight : Text.AlignLeft
            text: button.label
            color: Theme.muted
            font.pixelSize: Theme.small
            font.features: Theme.fontFeatures
            elide: Text.ElideRight
        }
        Text {
            textFormat: Text.PlainText
            id: titleText
            width: parent.width
            horizontalAlignment: button.forward ? Text.AlignRight : Text.AlignLeft
            text: button.title
            color: Theme.text
            font.pixelSize: Theme.small + Theme.dp(2)
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
            wrapMode: button.titleLines > 1 ? Text.Wrap : Text.NoWrap
            maximumLineCount: button.titleLines
            elide: Text.ElideRight
        }
    }

    Pressable {
        id: tap
        name: button.label + " " + button.title
        onActivated: button.clicked()
    }
}
