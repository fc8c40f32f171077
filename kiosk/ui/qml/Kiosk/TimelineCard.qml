pragma ComponentBehavior: Bound
import QtQuick

// One event on the timeline: a card hanging from its flag pole (the accent bar on its left edge,
// which the view continues down to the axis). Compact in landscape lanes; in tall portrait lanes
// the picture sits on top and the opening words of the text fill the rest.
Item {
    id: card

    property string eventId: ""
    property string date: ""
    property string headline: ""
    property string body: ""
    property string sectionTitle: ""
    property color accent: Theme.accent
    property string image: ""
    readonly property alias pressed: tap.pressed
    signal clicked()

    readonly property bool hasImage: image !== ""
    readonly property bool tall: height >= Theme.dp(300)
    readonly property color ink: Theme.ink(accent)
    readonly property int pad: Theme.dp(tall ? 24 : 12)
    readonly property int pole: Theme.dp(6)

    Accessible.role: Accessible.Button
    Accessible.name: date + " " + headline

    scale: tap.pressed ? 0.97 : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.durationFast } }

    // The accent pole shows as the card's left edge; the face covers the rest.
    Rectangle {
        anchors.fill: parent
        radius: Theme.dp(8)
        color: card.accent
    }
    Rectangle {
        id: face
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
                GradientStop { position: 0.6; color: Qt.rgba(card.accent.r, card.accent.g, card.accent.b, 0.0) }
            }
        }
    }

    Picture {
        id: thumb
        visible: card.hasImage
        source: card.image
        tint: card.accent
        radius: Theme.dp(6)
        x: card.tall ? card.pole + card.pad : card.width - card.pad - width
        y: card.pad
        width: card.tall ? card.width - card.pole - 2 * card.pad
                         : Math.min(Theme.dp(104), card.height - 2 * card.pad)
        height: card.tall ? Math.round(width * 0.5) : card.height - 2 * card.pad
    }

    Item {
        id: column
        x: card.pole + card.pad
        y: card.hasImage && card.tall ? thumb.y + thumb.height + Theme.dp(18) : card.pad
        width: (card.hasImage && !card.tall ? thumb.x - Theme.dp(14) : card.width - card.pad) - x
        height: card.height - card.pad - y

        Text {
            textFormat: Text.PlainText
            id: dateText
            width: parent.width
            text: card.date
            color: card.ink
            font.pixelSize: card.tall ? Theme.small : Theme.tiny
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
            lineHeightMode: Text.FixedHeight
            lineHeight: Math.round(font.pixelSize * 1.35)
            elide: Text.ElideRight
        }

        Text {
            textFormat: Text.PlainText
            id: headlineText
            readonly property int lineStep: Math.round(font.pixelSize * 1.3)
            readonly property real space: sectionRow.y - y
            y: dateText.height + Theme.dp(card.tall ? 6 : -2)
            width: parent.width
            text: card.headline
            color: Theme.text
            font.pixelSize: card.tall ? Theme.body : Theme.small
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
            lineHeightMode: Text.FixedHeight
            lineHeight: lineStep
            wrapMode: Text.Wrap
            elide: Text.ElideRight
            maximumLineCount: Math.max(1, Math.min(card.tall ? 5 : 3, Math.floor((space - Math.ceil(font.pixelSize * 1.45)) / lineStep) + 1))
        }

        Text {
            textFormat: Text.PlainText
            id: excerpt
            readonly property int lineStep: Math.round(font.pixelSize * 1.45)
            y: headlineText.y + headlineText.height + Theme.dp(12)
            width: parent.width
            height: sectionRow.y - Theme.dp(10) - y
            visible: height >= 2 * lineStep
            text: card.body
            color: Theme.muted
            font.pixelSize: Theme.small
            font.features: Theme.fontFeatures
            lineHeightMode: Text.FixedHeight
            lineHeight: lineStep
            wrapMode: Text.Wrap
            elide: Text.ElideRight
            maximumLineCount: Math.max(1, Math.floor(height / lineStep))
        }

        Row {
            id: sectionRow
            y: parent.height - height
            width: parent.width
            spacing: Theme.dp(8)
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.dp(10)
                height: width
                radius: width / 2
                color: card.ink
            }
            Text {
                textFormat: Text.PlainText
                width: sectionRow.width - Theme.dp(18)
                lineHeightMode: Text.FixedHeight
                lineHeight: Math.round(font.pixelSize * 1.3)
                text: card.sectionTitle
                color: Theme.muted
                font.pixelSize: Theme.tiny
                font.features: Theme.fontFeatures
                elide: Text.ElideRight
            }
        }
    }

    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds
        onTapped: card.clicked()
    }
}
