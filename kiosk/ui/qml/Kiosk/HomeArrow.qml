pragma ComponentBehavior: Bound
import QtQuick

// The quiet "go" mark on Home's tiles and entries: an arrow in a ring.
Rectangle {
    id: arrow

    property color ink: Theme.text
    property color fill: "transparent"
    property int size: Theme.dp(60)

    width: size
    height: size
    radius: size / 2
    color: Qt.rgba(fill.r, fill.g, fill.b, fill.a * 0.55)
    border.width: Theme.dp(2)
    border.color: Qt.rgba(ink.r, ink.g, ink.b, 0.55)

    Text {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        anchors.verticalCenterOffset: -Theme.dp(2)
        text: "→"
        color: arrow.ink
        font.pixelSize: Math.round(arrow.size * 0.46)
        font.weight: Font.Bold
    }
}
