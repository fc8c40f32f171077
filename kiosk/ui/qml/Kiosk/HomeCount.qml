pragma ComponentBehavior: Bound
import QtQuick

// A count with its unit on one baseline: "5 篇报道", "20 Events".
Row {
    id: root

    property int count: 0
    property string unit: ""
    property color ink: Theme.text
    property color unitInk: Qt.rgba(ink.r, ink.g, ink.b, 0.78)
    property int size: Theme.heading

    spacing: Theme.dp(10)

    Text {
        textFormat: Text.PlainText
        id: number
        text: root.count
        color: root.ink
        font.pixelSize: root.size
        font.weight: Font.Bold
        font.features: Theme.fontFeatures
    }
    Text {
        textFormat: Text.PlainText
        anchors.baseline: number.baseline
        text: root.unit
        color: root.unitInk
        font.pixelSize: Theme.small
        font.features: Theme.fontFeatures
    }
}
