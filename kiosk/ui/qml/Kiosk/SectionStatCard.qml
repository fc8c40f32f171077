pragma ComponentBehavior: Bound
import QtQuick

// A statistic of the open section: the big number in the section colour, its label and date.
Rectangle {
    id: card

    property string prefix: ""
    property string number: ""
    property string suffix: ""
    property string label: ""
    property string asOf: ""
    property string dateNote: ""
    property color accent: Theme.accent
    property string spoken: ""          // the figure as one sentence (screen readers)
    Accessible.role: Accessible.StaticText
    Accessible.name: spoken
    Accessible.ignored: !visible

    readonly property color accentInk: Theme.ink(accent)
    readonly property int pad: Theme.dp(28)

    implicitHeight: column.implicitHeight + 2 * pad
    radius: Theme.radius
    color: Theme.surface
    border.width: Math.max(1, Theme.dp(1))
    border.color: Qt.rgba(card.accentInk.r, card.accentInk.g, card.accentInk.b, 0.16)

    Rectangle {
        x: card.pad
        y: 0
        width: Theme.dp(56)
        height: Theme.dp(6)
        color: card.accent
    }

    Column {
        id: column
        x: card.pad
        y: card.pad
        width: card.width - 2 * card.pad
        spacing: Theme.dp(10)

        // Prefix, number and suffix on one baseline; the suffix drops below when it won't fit.
        Item {
            id: figure
            readonly property bool oneLine: prefixText.width + numberText.implicitWidth
                                            + suffixText.implicitWidth <= width
            width: parent.width
            height: oneLine ? numberText.height : numberText.height + suffixText.height
            Text {
                textFormat: Text.PlainText
                id: prefixText
                anchors.baseline: numberText.baseline
                text: card.prefix
                color: card.accentInk
                font.pixelSize: Theme.subheading
                font.weight: Font.Bold
                font.features: Theme.fontFeatures
            }
            Text {
                textFormat: Text.PlainText
                id: numberText
                objectName: "statNumber"
                x: prefixText.width
                width: Math.min(implicitWidth, figure.width - x)
                text: card.number
                color: card.accentInk
                font.pixelSize: Theme.title
                font.weight: Font.Bold
                font.features: Theme.fontFeatures
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.subheading
            }
            Text {
                textFormat: Text.PlainText
                id: suffixText
                x: figure.oneLine ? numberText.x + numberText.width : 0
                anchors.baseline: figure.oneLine ? numberText.baseline : undefined
                y: figure.oneLine ? 0 : numberText.height
                width: figure.oneLine ? implicitWidth : figure.width
                text: card.suffix
                color: card.accentInk
                font.pixelSize: Theme.body
                font.weight: Font.Bold
                font.features: Theme.fontFeatures
                wrapMode: Text.Wrap
            }
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: card.label
            color: Theme.text
            font.pixelSize: Theme.small
            font.features: Theme.fontFeatures
            lineHeight: 1.3
            wrapMode: Text.Wrap
        }
        Text {
            textFormat: Text.PlainText
            visible: card.dateNote !== ""
            text: card.dateNote
            color: Theme.muted
            font.pixelSize: Theme.small
            font.features: Theme.fontFeatures
        }
    }
}
