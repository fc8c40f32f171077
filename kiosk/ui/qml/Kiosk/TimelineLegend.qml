pragma ComponentBehavior: Bound
import QtQuick

// What the marks mean, small and out of the way: a point is a day, a band a month (or part of
// one), a bar a span of days, the lane the whole year. Drawn as the view draws them.
Grid {
    id: legend
    // One row where it fits in `room` (the view leaves the year's name clear at the left), else
    // two: Chinese keeps one row in portrait, English takes two.
    property real room: 0
    readonly property real rowWidth: {
        let total = 3 * columnSpacing
        for (let i = 0; i < children.length; ++i)
            total += children[i].implicitWidth
        return total
    }
    columns: room > 0 && rowWidth > room ? 2 : 4
    columnSpacing: Theme.dp(22)
    rowSpacing: Theme.dp(4)
    readonly property color ink: Theme.muted
    readonly property int glyph: Theme.dp(30)

    component Entry: Row {
        id: entry
        property string text: ""
        default property alias mark: box.data
        spacing: Theme.dp(8)
        Item { id: box; width: legend.glyph; height: label.height }
        Words {
            id: label
            textFormat: Text.PlainText
            text: entry.text
            color: legend.ink
            font.pixelSize: Theme.small
            font.features: Theme.fontFeatures
        }
    }

    Entry {
        text: Content.strings.legendDay
        Rectangle {
            anchors.centerIn: parent
            width: Theme.dp(16); height: width; radius: width / 2
            color: legend.ink
        }
    }
    Entry {
        text: Content.strings.legendMonth
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width; height: Theme.dp(12); radius: Theme.dp(3)
            color: Qt.rgba(legend.ink.r, legend.ink.g, legend.ink.b, 0.3)
            border.width: Math.max(1, Theme.dp(2))
            border.color: legend.ink
        }
    }
    Entry {
        text: Content.strings.legendRange
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            x: Theme.dp(4)
            width: parent.width - Theme.dp(8); height: Theme.dp(10); radius: Theme.dp(2)
            color: legend.ink
        }
        Rectangle { x: 0; anchors.verticalCenter: parent.verticalCenter; width: Theme.dp(3); height: Theme.dp(20); color: legend.ink }
        Rectangle { x: parent.width - width; anchors.verticalCenter: parent.verticalCenter; width: Theme.dp(3); height: Theme.dp(20); color: legend.ink }
    }
    Entry {
        text: Content.strings.legendAllYear
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width; height: Theme.dp(18); radius: Theme.dp(5)
            color: Qt.rgba(legend.ink.r, legend.ink.g, legend.ink.b, 0.12)
            border.width: Math.max(1, Theme.dp(2))
            border.color: Qt.rgba(legend.ink.r, legend.ink.g, legend.ink.b, 0.5)
        }
    }
}
