pragma ComponentBehavior: Bound
import QtQuick

// One hall in the hall chooser, in that hall's own colours: its cover, title and subtitle.
Item {
    id: tile

    required property int hallIndex
    required property string title
    required property string subtitle
    required property color accent
    required property color background
    required property string cover
    property bool wide: false
    signal activated()

    objectName: "hallTile_" + hallIndex

    readonly property color ground: Qt.darker(background, 1.15)
    readonly property real pad: Theme.dp(48)

    scale: tap.pressed ? 0.98 : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.durationFast; easing.type: Easing.OutCubic } }

    Rectangle { anchors.fill: parent; color: tile.ground }

    HomeCover {
        anchors.fill: parent
        source: tile.cover
        tint: tile.accent
    }

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: Qt.rgba(tile.ground.r, tile.ground.g, tile.ground.b, 0.05) }
            GradientStop { position: 0.4; color: Qt.rgba(tile.ground.r, tile.ground.g, tile.ground.b, 0.35) }
            GradientStop { position: 0.75; color: Qt.rgba(tile.ground.r, tile.ground.g, tile.ground.b, 0.9) }
            GradientStop { position: 1.0; color: Qt.rgba(tile.ground.r, tile.ground.g, tile.ground.b, 0.97) }
        }
    }

    Rectangle { width: parent.width; height: Theme.dp(10); color: tile.accent }
    Rectangle { anchors.fill: parent; color: "#FFFFFF"; opacity: tap.pressed ? 0.10 : 0 }

    Column {
        anchors.left: parent.left
        anchors.right: arrow.left
        anchors.rightMargin: Theme.gap
        anchors.bottom: parent.bottom
        anchors.leftMargin: tile.pad
        anchors.bottomMargin: tile.pad
        spacing: Theme.dp(16)

        Rectangle { width: Theme.dp(56); height: Theme.dp(4); color: tile.accent }
        HomeFitText {
            readable: false  // the tile's button says it
            width: parent.width
            maxLines: 3
            text: tile.title
            color: "#FFFFFF"
            font.pixelSize: Theme.title
            font.weight: Font.Bold
            minimumPixelSize: Math.max(Theme.subheading, 6)
            lineHeight: 1.04
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: tile.subtitle
            visible: text !== ""
            color: Qt.rgba(1, 1, 1, 0.8)
            font.pixelSize: Theme.body
            font.features: Theme.fontFeatures
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }

    HomeArrow {
        id: arrow
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: tile.pad
        ink: "#FFFFFF"
        fill: tile.accent
        size: Theme.dp(76)
    }

    Pressable {
        id: tap
        name: tile.title
        onActivated: tile.activated()
    }
}
