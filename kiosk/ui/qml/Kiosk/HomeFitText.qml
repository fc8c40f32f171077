pragma ComponentBehavior: Bound
import QtQuick

// A title that keeps its size when it fits in `maxLines`, shrinks (down to minimumPixelSize) when
// it does not, and only then elides. Its height is that of the text at full size, at most
// `maxLines` lines, so short titles take one line of space and long ones never clip.
Words {
    textFormat: Text.PlainText
    id: fit

    property int maxLines: 2

    height: Math.ceil(Math.min(probe.implicitHeight,
                               probe.implicitHeight / Math.max(1, probe.lineCount) * maxLines)) + 1
    fontSizeMode: Text.Fit
    wrapMode: Text.WordWrap
    elide: Text.ElideRight
    font.features: Theme.fontFeatures

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
