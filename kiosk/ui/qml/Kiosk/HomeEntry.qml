pragma ComponentBehavior: Bound
import QtQuick

// One of Home's two big doors: the Timeline or the Statistics, with a drawn emblem, the
// name, a one-line hint and how many events/figures wait behind it.
Rectangle {
    id: entry

    property string label: ""
    property string hint: ""
    property int count: 0
    property string unit: ""
    property string kind: "timeline"       // "timeline" | "stats": which emblem
    property color tint: Theme.accent
    signal activated()


    radius: Theme.radius
    gradient: Gradient {
        orientation: Gradient.Horizontal
        GradientStop { position: 0.0; color: Qt.lighter(Theme.surface, tap.pressed ? 1.35 : 1.12) }
        GradientStop { position: 1.0; color: tap.pressed ? Qt.lighter(Theme.surface, 1.2) : Theme.surface }
    }
    border.width: Theme.dp(2)
    border.color: Qt.rgba(tint.r, tint.g, tint.b, 0.38)
    scale: tap.pressed ? 0.98 : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.durationFast; easing.type: Easing.OutCubic } }

    readonly property real pad: Theme.dp(36)

    // Emblem
    Rectangle {
        id: emblem
        anchors.left: parent.left
        anchors.leftMargin: entry.pad
        anchors.verticalCenter: parent.verticalCenter
        width: Theme.dp(96)
        height: width
        radius: width / 2
        color: Qt.rgba(entry.tint.r, entry.tint.g, entry.tint.b, 0.14)
        border.width: Theme.dp(2)
        border.color: entry.tint

        // Timeline: a line of moments, one of them now.
        Item {
            visible: entry.kind === "timeline"
            anchors.centerIn: parent
            width: Theme.dp(56)
            height: Theme.dp(20)
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width; height: Theme.dp(3); radius: height / 2
                color: entry.tint
            }
            Repeater {
                model: 3
                Rectangle {
                    required property int index
                    readonly property bool current: index === 1
                    x: index * (parent.width - width) / 2
                    anchors.verticalCenter: parent.verticalCenter
                    width: current ? Theme.dp(20) : Theme.dp(12)
                    height: width
                    radius: width / 2
                    color: current ? entry.tint : Theme.surface
                    border.width: Theme.dp(3)
                    border.color: entry.tint
                }
            }
        }
        // Statistics: three rising bars.
        Row {
            visible: entry.kind === "stats"
            anchors.centerIn: parent
            spacing: Theme.dp(7)
            Repeater {
                model: 3
                Rectangle {
                    required property int index
                    anchors.bottom: parent.bottom
                    width: Theme.dp(11)
                    height: Theme.dp(20 + index * 14)
                    radius: Theme.dp(2)
                    color: entry.tint
                    opacity: 0.55 + index * 0.225
                }
            }
        }
    }

    Column {
        anchors.left: emblem.right
        anchors.leftMargin: Theme.dp(30)
        anchors.right: side.left
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.dp(6)
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: entry.label
            color: Theme.text
            font.pixelSize: Theme.heading
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
            elide: Text.ElideRight
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: entry.hint
            color: Theme.muted
            font.pixelSize: Theme.small + Theme.dp(2)
            font.features: Theme.fontFeatures
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }

    Row {
        id: side
        anchors.right: parent.right
        anchors.rightMargin: entry.pad
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.dp(28)
        HomeCount {
            anchors.verticalCenter: parent.verticalCenter
            count: entry.count
            unit: entry.unit
            ink: entry.tint
            unitInk: Theme.muted
            size: Theme.title
        }
        HomeArrow {
            anchors.verticalCenter: parent.verticalCenter
            ink: Theme.text
            fill: entry.tint
            size: Theme.dp(62)
        }
    }

    Pressable {
        id: tap
        name: entry.label
        onActivated: entry.activated()
    }
}
