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

    Icon {
        anchors.centerIn: parent
        name: "arrow"
        color: arrow.ink
        lineWidth: 2.6
        width: Math.round(arrow.size * 0.5)
        height: width
    }
}
