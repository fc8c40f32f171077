pragma ComponentBehavior: Bound
import QtQuick

// One event of the open section on a small vertical timeline; a tap opens its detail.
Item {
    id: row

    property string date: ""
    property string headline: ""
    property color accent: Theme.accent
    property bool first: false
    property bool last: false
    property alias pressed: tap.pressed
    signal tapped()

    readonly property color accentInk: Theme.ink(accent)
    readonly property int spine: Theme.dp(20)

    implicitHeight: Math.max(Theme.touch + Theme.dp(16), words.implicitHeight + Theme.dp(40))

    // The spine and the event's dot.
    Rectangle {
        x: row.spine - width / 2
        y: row.first ? Theme.dp(36) : 0
        width: Math.max(2, Theme.dp(2))
        height: (row.last ? Theme.dp(36) : row.height) - y
        color: Qt.rgba(row.accentInk.r, row.accentInk.g, row.accentInk.b, 0.35)
    }
    Rectangle {
        x: row.spine - width / 2
        y: Theme.dp(36) - height / 2
        width: Theme.dp(18); height: width; radius: width / 2
        color: row.accent
        border.width: Theme.dp(3)
        border.color: row.accentInk
    }

    Rectangle {
        id: plate
        anchors.left: parent.left
        anchors.leftMargin: row.spine * 2 + Theme.dp(6)
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.dp(12)
        radius: Theme.radius
        color: tap.pressed ? Qt.lighter(Theme.surface, 1.3) : Theme.surface
        scale: tap.pressed ? 0.98 : 1.0
        Behavior on scale { NumberAnimation { duration: Theme.durationFast } }

        Column {
            id: words
            anchors.left: parent.left
            anchors.leftMargin: Theme.dp(24)
            anchors.right: chevron.left
            anchors.rightMargin: Theme.dp(12)
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.dp(6)
            Text {
                textFormat: Text.PlainText
                width: parent.width
                visible: text !== ""
                text: row.date
                color: row.accentInk
                font.pixelSize: Theme.small
                font.weight: Font.Bold
                font.features: Theme.fontFeatures
                font.letterSpacing: Theme.dp(1)
                elide: Text.ElideRight
            }
            Text {
                textFormat: Text.PlainText
                width: parent.width
                text: row.headline
                color: Theme.text
                font.pixelSize: Theme.small + Theme.dp(2)
                font.weight: Font.DemiBold
                font.features: Theme.fontFeatures
                lineHeight: 1.25
                wrapMode: Text.Wrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
        }
        Icon {
            id: chevron
            anchors.right: parent.right
            anchors.rightMargin: Theme.dp(20)
            anchors.verticalCenter: parent.verticalCenter
            name: "next"
            color: row.accentInk
            width: Theme.dp(28); height: width
        }
    }

    Pressable {
        id: tap
        name: row.date + " " + row.headline
        gesturePolicy: TapHandler.DragThreshold
        onActivated: row.tapped()
    }
}
