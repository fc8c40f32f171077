pragma ComponentBehavior: Bound
import QtQuick

// A title that keeps its size when it fits in `maxLines`, shrinks (down to minimumPixelSize) when
// it does not, and only then elides. Its height is that of the text at full size, at most
// `maxLines` lines, so short titles take one line of space and long ones never clip.
Words {
    textFormat: Text.PlainText
    id: fit

    property int maxLines: 2
    // Where the text may break, for a language written without spaces between words (its
    // author's spaces): when the whole does not fit one line, show `breaks.join("\n")` instead
    // of letting a word such as 高质量 split across lines.
    property var breaks: []
    readonly property bool byBreaks: breaks.length > 1 && breaks.length <= maxLines && whole.lineCount > 1

    // Broken at `breaks`, one line per part: a part too long for its line shrinks the text.
    readonly property int shownLines: byBreaks ? breaks.length : maxLines
    height: Math.ceil(Math.min(probe.implicitHeight,
                               probe.implicitHeight / Math.max(1, probe.lineCount) * shownLines)) + 1
    fontSizeMode: Text.Fit
    wrapMode: Text.WordWrap
    elide: Text.ElideRight
    font.features: Theme.fontFeatures

    // The words on one line at full size, to learn whether they need breaking.
    Words {
        textFormat: Text.PlainText
        id: whole
        visible: false
        width: fit.width
        text: fit.breaks.join(" ")
        font: fit.font
        wrapMode: Text.WordWrap
    }

    // The same words at full size, to learn how many lines they would need.
    Words {
        textFormat: Text.PlainText
        id: probe
        visible: false
        width: fit.width
        text: fit.text
        font: fit.font
        lineHeight: fit.lineHeight
        lineHeightMode: fit.lineHeightMode
        wrapMode: Text.WordWrap
    }
}
