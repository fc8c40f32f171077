pragma ComponentBehavior: Bound
import QtQuick

// A story as a card on its section's first screen: its picture, date, headline and lead.
// Tap it to read the story. The card is as tall as its words: nothing is ever cut off.
Rectangle {
    id: card

    property int storyIndex: 0
    property string headline: ""
    property string date: ""
    property string lead: ""
    property url picture
    property url sharper
    property color accent: Theme.accent
    signal activated()

    readonly property color accentInk: Theme.ink(accent)
    readonly property int pad: Theme.dp(28)

    implicitHeight: photo.height + words.height + 2 * pad
    radius: Theme.radius
    color: tap.pressed ? Qt.lighter(Theme.surface, 1.25) : Theme.surface
    border.width: Math.max(1, Theme.dp(1))
    border.color: Qt.rgba(accent.r, accent.g, accent.b, 0.45)
    scale: tap.pressed ? 0.985 : 1
    Behavior on scale { NumberAnimation { duration: Theme.durationFast } }

    Picture {
        id: photo
        objectName: "storyCardPicture_" + card.storyIndex
        width: parent.width
        height: Math.round(width * (Theme.portrait ? 9 / 16 : 1 / 2))
        source: card.picture
        sharper: card.sharper
        tint: card.accent
        radius: card.radius
    }
    Rectangle {  // the section colour where picture and words meet
        anchors.top: photo.bottom
        width: parent.width
        height: Theme.dp(5)
        color: card.accent
    }

    FontMetrics { id: fontMetrics; font.pixelSize: Theme.small; font.weight: Font.Bold }

    Column {
        id: words
        anchors.top: photo.bottom
        anchors.topMargin: card.pad
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: card.pad
        anchors.rightMargin: card.pad
        spacing: Theme.dp(14)

        Text {
            textFormat: Text.PlainText
            objectName: "storyCardDate_" + card.storyIndex
            // An undated story keeps the date's line, so the headlines of a row line up.
            height: text !== "" ? implicitHeight : fontMetrics.height
            width: parent.width
            text: card.date
            color: card.accentInk
            font.pixelSize: Theme.small
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
            wrapMode: Text.Wrap
        }
        Text {
            textFormat: Text.PlainText
            objectName: "storyCardHeadline_" + card.storyIndex
            width: parent.width
            text: card.headline
            color: Theme.text
            font.pixelSize: Theme.subheading
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
            lineHeight: 1.2
            wrapMode: Text.Wrap
        }
        Text {
            textFormat: Text.PlainText
            objectName: "storyCardLead_" + card.storyIndex
            visible: text !== ""
            width: parent.width
            text: card.lead
            color: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.86)
            font.pixelSize: Theme.small
            font.features: Theme.fontFeatures
            lineHeight: 1.45
            wrapMode: Text.Wrap
        }
    }

    Pressable {
        id: tap
        name: card.headline
        description: card.lead
        radius: card.radius
        objectName: "storyCardTap_" + card.storyIndex
        onActivated: card.activated()
    }
}
