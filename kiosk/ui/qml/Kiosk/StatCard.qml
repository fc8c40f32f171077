pragma ComponentBehavior: Bound
import QtQuick

// One figure: its section as a small coloured tag, the number large in the section's colour with
// its prefix and unit on the same baseline, what it counts, and the date it stands for.
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
    property string sectionTitle: ""
    property color accent: Theme.accent

    property real progress: 1
    readonly property bool counting: progress < 1
    readonly property string shownNumber: progress >= 1 ? number : Stats.countFrame(statId, progress)
    readonly property color ink: Theme.ink(accent)
    readonly property int pad: Theme.dp(30)
    readonly property int innerWidth: width - 2 * pad
    readonly property int numberSize: Theme.dp(100)
    // Every card's number stands on the same line, whatever size it had to take to fit.
    readonly property real baselineY: pad + tag.height + Theme.dp(16) + Math.round(numberSize * 0.76)

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
                GradientStop { position: 0; color: Qt.rgba(card.accent.r, card.accent.g, card.accent.b, 0.30) }
                GradientStop { position: 0.7; color: Qt.rgba(card.accent.r, card.accent.g, card.accent.b, 0.0) }
            }
        }
    }

    // The section, as a tag.
    Rectangle {
        id: tag
        x: card.pad
        y: card.pad
        width: Math.min(card.innerWidth, tagText.implicitWidth + Theme.dp(28))
        height: Theme.dp(38)
        radius: height / 2
        color: card.accent
        Text {
            textFormat: Text.PlainText
            id: tagText
            anchors.centerIn: parent
            width: Math.min(implicitWidth, card.innerWidth - Theme.dp(28))
            text: card.sectionTitle
            color: Theme.text
            font.pixelSize: Theme.tiny
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
            elide: Text.ElideRight
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
        font.pixelSize: Theme.small + Theme.dp(2)
        font.features: Theme.fontFeatures
        lineHeightMode: Text.FixedHeight
        lineHeight: Math.round(font.pixelSize * 1.32)
        wrapMode: Text.Wrap
        maximumLineCount: 3
        elide: Text.ElideRight
    }

    Text {
        textFormat: Text.PlainText
        id: asOfText
        x: card.pad
        width: card.innerWidth
        anchors.bottom: parent.bottom
        anchors.bottomMargin: card.pad - Theme.dp(4)
        visible: card.asOf !== ""
        text: card.asOf
        color: Theme.muted
        font.pixelSize: Theme.tiny
        font.features: Theme.fontFeatures
        elide: Text.ElideRight
    }
}
