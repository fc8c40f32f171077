pragma ComponentBehavior: Bound
import QtQuick

// One figure: its section as a small coloured tag (where the page does not say it already), the
// number large in the section's colour with its prefix and unit on the same baseline, what it
// counts, a line of context (headline figures), the date or period it stands for and its source.
// The card is as tall as its words (rows of cards take the tallest's height): nothing is cut.
// Counting up: `progress` runs 0 -> 1 (countUp()); in between the number shown is
// Stats.countFrame(statId, progress), at 1 it is exactly `number`.
Item {
    id: card
    property string statId: ""
    property string label: ""
    property string prefix: ""
    property string number: ""
    property string suffix: ""
    property string asOf: ""
    property string context: ""
    property string source: ""
    property string sectionTitle: ""
    property color accent: Theme.accent
    property bool featured: false
    property string spoken: ""          // the figure as one sentence (screen readers)
    Accessible.role: Accessible.StaticText
    Accessible.name: spoken
    Accessible.ignored: !visible

    property real progress: 1
    readonly property bool counting: progress < 1
    readonly property string shownNumber: progress >= 1 ? number : Stats.countFrame(statId, progress)
    readonly property color ink: Theme.ink(accent)
    readonly property int pad: Theme.dp(30)
    readonly property int innerWidth: width - 2 * pad
    readonly property int numberSize: featured ? Theme.dp(120) : Theme.dp(96)
    // Every card's number stands on the same line, whatever size it had to take to fit.
    readonly property real baselineY: (tag.visible ? pad + tag.height + Theme.dp(16) : pad)
                                      + Math.round(numberSize * 0.76)

    implicitHeight: contextText.y + (contextText.visible ? contextText.height : 0)
                    + (notes.visible ? Theme.dp(24) + notes.height : 0) + pad

    // Count from zero to the number (at once when animations are off).
    function countUp() {
        if (!Theme.animate) {
            counter.stop()
            progress = 1
            return
        }
        counter.restart()
    }

    NumberAnimation {
        id: counter
        target: card
        property: "progress"
        from: 0
        to: 1
        duration: 1200
        easing.type: Easing.Linear      // the easing is in countFrame
    }

    Rectangle {
        anchors.fill: parent
        radius: Theme.radius
        color: Theme.surface
        Rectangle {                      // a wash of the section colour from the top
            anchors.fill: parent
            radius: parent.radius
            gradient: Gradient {
                GradientStop { position: 0; color: Qt.rgba(card.accent.r, card.accent.g, card.accent.b, 0.16) }
                GradientStop { position: 0.7; color: Qt.rgba(card.accent.r, card.accent.g, card.accent.b, 0.0) }
            }
        }
    }

    // The section, as a tag.
    Rectangle {
        id: tag
        visible: card.sectionTitle !== ""
        x: card.pad
        y: card.pad
        width: Math.min(card.innerWidth, tagText.implicitWidth + Theme.dp(28))
        height: Math.max(Theme.dp(38), tagText.height + Theme.dp(8))
        radius: Math.min(height / 2, Theme.dp(19))
        color: card.accent
        Text {
            textFormat: Text.PlainText
            id: tagText
            anchors.centerIn: parent
            width: Math.min(implicitWidth, card.innerWidth - Theme.dp(28))
            text: card.sectionTitle
            color: Theme.text
            font.pixelSize: Theme.small
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
            wrapMode: Text.Wrap    // larger text: a long section name takes two lines, never cut
            horizontalAlignment: Text.AlignHCenter
        }
    }

    // The largest size at which the final number fits beside its prefix and unit; the count
    // uses it from the first frame, so nothing jumps when it lands.
    Text {
        textFormat: Text.PlainText
        id: fit
        visible: false
        width: Math.max(Theme.dp(40), card.innerWidth - prefixText.advanceWidth - suffixText.implicitWidth - Theme.dp(8))
        text: card.number
        font.pixelSize: card.numberSize
        font.weight: Font.Bold
        font.features: Theme.fontFeatures
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Theme.dp(44)
    }

    Text {
        textFormat: Text.PlainText
        id: prefixText
        readonly property real advanceWidth: text !== "" ? implicitWidth + Theme.dp(8) : 0
        x: card.pad
        y: card.baselineY - baselineOffset
        visible: text !== ""
        text: card.prefix
        color: Theme.text
        font.pixelSize: Theme.subheading
        font.weight: Font.Bold
        font.features: Theme.fontFeatures
    }

    Text {
        textFormat: Text.PlainText
        id: numberText
        objectName: "statNumber"
        x: card.pad + prefixText.advanceWidth
        y: card.baselineY - baselineOffset
        text: card.shownNumber
        color: card.ink
        font.pixelSize: fit.fontInfo.pixelSize
        font.weight: Font.Bold
        font.features: Theme.fontFeatures
    }

    Text {
        textFormat: Text.PlainText
        id: suffixText
        x: numberText.x + numberText.width + Theme.dp(1)
        y: card.baselineY - baselineOffset
        width: Math.min(implicitWidth, card.width - card.pad - x)
        text: card.suffix
        color: Theme.text
        font.pixelSize: Theme.subheading
        font.weight: Font.Bold
        font.features: Theme.fontFeatures
        elide: Text.ElideRight
    }

    Text {
        textFormat: Text.PlainText
        id: labelText
        x: card.pad
        y: card.baselineY + Theme.dp(22)
        width: card.innerWidth
        text: card.label
        color: Theme.text
        opacity: 0.9
        font.pixelSize: card.featured ? Theme.body : Theme.small + Theme.dp(2)
        font.weight: card.featured ? Font.Bold : Font.Normal
        font.features: Theme.fontFeatures
        lineHeightMode: Text.FixedHeight
        lineHeight: Math.round(font.pixelSize * 1.32)
        wrapMode: Text.Wrap
    }

    Text {
        textFormat: Text.PlainText
        id: contextText
        objectName: "statContext"
        x: card.pad
        y: labelText.y + labelText.height + (visible ? Theme.dp(14) : 0)
        width: card.innerWidth
        visible: text !== ""
        text: card.context
        color: Theme.text
        opacity: 0.78
        font.pixelSize: Theme.small
        font.features: Theme.fontFeatures
        lineHeight: 1.35
        wrapMode: Text.Wrap
    }

    Column {
        id: notes
        x: card.pad
        width: card.innerWidth
        anchors.bottom: parent.bottom
        anchors.bottomMargin: card.pad - Theme.dp(4)
        visible: card.asOf !== "" || card.source !== ""
        spacing: Theme.dp(4)
        Text {
            textFormat: Text.PlainText
            objectName: "statDate"
            width: parent.width
            visible: text !== ""
            text: card.asOf
            color: Theme.muted
            font.pixelSize: Theme.small
            font.features: Theme.fontFeatures
            wrapMode: Text.Wrap
        }
        Text {
            textFormat: Text.PlainText
            objectName: "statSource"
            width: parent.width
            visible: text !== ""
            text: card.source
            color: Theme.muted
            font.pixelSize: Theme.small
            font.features: Theme.fontFeatures
            wrapMode: Text.Wrap
        }
    }
}
