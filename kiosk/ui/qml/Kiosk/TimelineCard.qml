pragma ComponentBehavior: Bound
import QtQuick

// One event on the timeline: a card hanging from its flag pole (the accent bar on its left edge,
// which the view continues down to the event's mark). The card is as tall as its words: date,
// headline and section, every line whole (nothing is elided); each text is as tall as its lines
// at their fixed line height (the CJK font's tall line gap is not added under the last line). Where its lane leaves room above
// the words (portrait), the event's picture takes it.
Item {
    id: card

    property string eventId: ""
    property string date: ""
    property string headline: ""
    property string sectionTitle: ""
    property color accent: Theme.accent
    property string image: ""
    property real room: Theme.dp(160)        // the most height the lane allows
    readonly property alias pressed: tap.pressed
    signal clicked()

    readonly property color ink: Theme.ink(accent)
    readonly property int pad: Theme.dp(12)
    readonly property int pole: Theme.dp(6)
    readonly property int textWidth: width - pole - 2 * pad
    // The picture gets what the lane leaves above the words, at most half as tall as wide.
    readonly property real pictureRoom: Math.min(Math.round(textWidth * 0.5),
                                                 room - words.height - 2 * pad - Theme.dp(12))
    readonly property bool showPicture: image !== "" && pictureRoom >= Theme.dp(96)

    implicitHeight: words.y + words.height + pad
    height: implicitHeight


    scale: tap.pressed ? 0.97 : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.durationFast } }

    // The accent pole shows as the card's left edge; the face covers the rest.
    Rectangle {
        anchors.fill: parent
        radius: Theme.dp(8)
        color: card.accent
    }
    Rectangle {
        x: card.pole
        width: parent.width - x
        height: parent.height
        radius: Theme.dp(8)
        color: tap.pressed ? Qt.lighter(Theme.surface, 1.25) : Theme.surface
        Rectangle {                      // squares the face's left edge against the pole
            width: Theme.dp(10)
            height: parent.height
            color: parent.color
        }
        Rectangle {                      // a faint wash of the section colour at the top
            anchors.fill: parent
            radius: parent.radius
            gradient: Gradient {
                GradientStop { position: 0; color: Qt.rgba(card.accent.r, card.accent.g, card.accent.b, 0.22) }
                GradientStop { position: 0.7; color: Qt.rgba(card.accent.r, card.accent.g, card.accent.b, 0.0) }
            }
        }
    }

    Picture {
        id: thumb
        visible: card.showPicture
        source: card.showPicture ? card.image : ""
        tint: card.accent
        radius: Theme.dp(6)
        x: card.pole + card.pad
        y: card.pad
        width: card.textWidth
        height: card.showPicture ? card.pictureRoom : 0
    }

    Column {
        id: words
        x: card.pole + card.pad
        y: card.showPicture ? thumb.y + thumb.height + Theme.dp(12) : card.pad
        width: card.textWidth
        spacing: 0

        Text {
            id: dateText
            objectName: "cardText"
            textFormat: Text.PlainText
            width: parent.width
            text: card.date
            color: card.ink
            font.pixelSize: Theme.small
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
            lineHeightMode: Text.FixedHeight
            lineHeight: Math.round(font.pixelSize * 1.3)
            height: lineCount * lineHeight
            wrapMode: Text.Wrap
        }

        Text {
            id: headlineText
            objectName: "cardText"
            textFormat: Text.PlainText
            width: parent.width
            text: card.headline
            color: Theme.text
            font.pixelSize: Theme.body
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
            lineHeightMode: Text.FixedHeight
            lineHeight: Math.round(font.pixelSize * 1.2)
            height: lineCount * lineHeight
            wrapMode: Text.Wrap
        }

        Item { width: 1; height: Theme.dp(6) }

        Row {
            id: sectionRow
            width: parent.width
            spacing: Theme.dp(8)
            Rectangle {
                y: Math.round((sectionText.lineHeight - height) / 2)
                width: Theme.dp(10)
                height: width
                radius: width / 2
                color: card.ink
            }
            Text {
                id: sectionText
                objectName: "cardText"
                textFormat: Text.PlainText
                width: sectionRow.width - Theme.dp(18)
                text: card.sectionTitle
                color: Theme.muted
                font.pixelSize: Theme.small
                font.features: Theme.fontFeatures
                lineHeightMode: Text.FixedHeight
                lineHeight: Math.round(font.pixelSize * 1.3)
                height: lineCount * lineHeight
                wrapMode: Text.Wrap
            }
        }
    }

    Pressable {
        id: tap
        name: card.date + " " + card.headline
        onActivated: card.clicked()
    }
}
