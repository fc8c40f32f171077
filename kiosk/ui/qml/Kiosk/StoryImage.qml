pragma ComponentBehavior: Bound
import QtQuick

// A story picture, shown large with its caption and credit; a tap opens it full screen.
Column {
    id: item

    property url source
    property url sharper
    property string caption: ""
    property string alt: ""              // what it shows (a screen reader says it)
    property string credit: ""
    property color accent: Theme.accent
    property alias pressed: tap.pressed
    signal tapped()

    spacing: Theme.dp(14)

    Item {
        id: frame
        width: parent.width
        height: Math.round(width * 9 / 16)
        scale: tap.pressed ? 0.985 : 1.0
        Behavior on scale { NumberAnimation { duration: Theme.durationFast } }

        Picture {
            id: picture
            anchors.fill: parent
            source: item.source
            sharper: item.sharper
            tint: item.accent
        }
        Rectangle {
            anchors.fill: parent
            color: "black"
            opacity: tap.pressed ? 0.2 : 0
        }
        Pressable {
            id: tap
            objectName: "storyImageTap"
            name: (item.alt || item.caption || Content.strings.photo) + ". " + Content.strings.fullScreen
            role: Accessible.Graphic
            gesturePolicy: TapHandler.DragThreshold
            onActivated: item.tapped()
        }

        // "View full screen": four corner marks in a dark disc, always visible (no hover).
        Rectangle {
            id: badge
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: Theme.dp(20)
            width: Theme.dp(64); height: width; radius: width / 2
            color: Qt.rgba(0, 0, 0, 0.5)
            border.width: Math.max(1, Theme.dp(2))
            border.color: Qt.rgba(1, 1, 1, 0.5)
            Repeater {
                model: 4
                delegate: Item {
                    id: corner
                    required property int index
                    readonly property bool isRight: index % 2 === 1
                    readonly property bool isBottom: index >= 2
                    width: Theme.dp(11); height: width
                    x: corner.isRight ? badge.width / 2 + Theme.dp(5) : badge.width / 2 - Theme.dp(5) - width
                    y: corner.isBottom ? badge.height / 2 + Theme.dp(5) : badge.height / 2 - Theme.dp(5) - height
                    Rectangle {
                        width: parent.width; height: Math.max(2, Theme.dp(3)); color: "white"
                        y: parent.isBottom ? parent.height - height : 0
                    }
                    Rectangle {
                        width: Math.max(2, Theme.dp(3)); height: parent.height; color: "white"
                        x: parent.isRight ? parent.width - width : 0
                    }
                }
            }
        }
    }

    Item {
        width: parent.width
        height: Math.max(captionText.height, creditText.height)
        visible: item.caption !== "" || item.credit !== ""
        Rectangle {
            id: mark
            y: Theme.dp(6)
            width: Theme.dp(4); height: captionText.visible ? captionText.height - Theme.dp(12) : 0
            visible: captionText.visible
            color: item.accent
        }
        Words {
            textFormat: Text.PlainText
            id: captionText
            anchors.left: parent.left
            anchors.leftMargin: visible ? Theme.dp(16) : 0
            anchors.right: creditText.left
            anchors.rightMargin: Theme.gap
            visible: text !== ""
            text: item.caption
            color: Theme.text
            opacity: 0.85
            font.pixelSize: Theme.small
            font.features: Theme.fontFeatures
            lineHeight: 1.3
            wrapMode: Text.Wrap
        }
        Words {
            textFormat: Text.PlainText
            id: creditText
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.topMargin: Theme.dp(3)
            width: Math.min(implicitWidth, parent.width * 0.4)
            text: item.credit
            color: Theme.muted
            font.pixelSize: Theme.small
            font.features: Theme.fontFeatures
            horizontalAlignment: Text.AlignRight
            wrapMode: Text.Wrap
        }
    }

}
