pragma ComponentBehavior: Bound
import QtQuick

// One year of the timeline axis: its boundary, its name under the axis and its "Throughout the
// year" lane above the cards. The name and the lane's words stay in view while any of the year
// is on screen (they glide with the view, within the year's stretch), so a visitor who flicks to
// October still reads the year, and each year boundary of a long axis pushes the next year in.
Item {
    id: year

    required property var model              // YearRow (x is also an Item property)
    required property string label
    required property real endX
    required property var events                 // LaneRow maps
    required property int index
    property bool last: false                    // the axis's last year: nothing pushes it out
    property real viewLeft: 0                    // the flickable's contentX
    property real viewWidth: 0
    property real laneTop: 0
    property real laneHeight: 0                  // 0: no year of the axis has a lane
    property real axisY: 0
    property real labelY: 0                      // the year's name, under the month names
    property real boundaryTop: 0
    signal opened(string eventId)

    readonly property real startX: Math.round(model.x * Theme.scale)
    readonly property real stopX: Math.round(endX * Theme.scale)
    readonly property real inset: Theme.dp(24)
    // Keep a thing of width w in view, inside the year's stretch (the next year pushes it out).
    function glide(w) {
        var push = last ? Infinity : stopX - w - inset
        return Math.max(startX + inset, Math.min(viewLeft + Theme.dp(48), push))
    }

    Rectangle {                                  // the boundary: where the year begins
        visible: year.index > 0
        x: year.startX - Math.floor(width / 2)
        y: year.boundaryTop
        width: Theme.dp(3)
        height: year.labelY + yearName.height - y
        color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.6)
    }

    Text {
        id: yearName
        objectName: "yearLabel_" + year.model.year
        textFormat: Text.PlainText
        x: year.glide(width)
        y: year.labelY
        text: year.label
        color: Theme.accent
        font.pixelSize: Theme.subheading
        font.weight: Font.Bold
        font.features: Theme.fontFeatures
    }

    // The lane: a quiet band over the whole year, its events as pills that glide with the view.
    Rectangle {
        visible: year.events.length > 0 && year.laneHeight > 0
        x: year.startX + Theme.dp(4)
        y: year.laneTop
        width: (year.last ? Math.max(year.stopX, lane.x + lane.childrenRect.width + year.inset)
                          : year.stopX) - year.startX - Theme.dp(8)
        height: year.laneHeight
        radius: Theme.dp(12)
        color: Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.07)
        border.width: Math.max(1, Theme.dp(2))
        border.color: Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.22)
    }
    Flow {
        id: lane
        visible: year.events.length > 0 && year.laneHeight > 0
        width: Math.min(year.viewWidth - Theme.dp(96), year.stopX - year.startX - 2 * year.inset)
        x: year.glide(childrenRect.width)
        y: year.laneTop + Math.round((year.laneHeight - height) / 2)
        spacing: Theme.dp(12)

        Item {
            width: laneName.width + Theme.dp(8)
            height: Theme.dp(56)
            Text {
                id: laneName
                objectName: "yearLaneName"
                textFormat: Text.PlainText
                anchors.verticalCenter: parent.verticalCenter
                text: Content.strings.legendYear
                color: Theme.muted
                font.pixelSize: Theme.small
                font.weight: Font.Bold
                font.features: Theme.fontFeatures
            }
        }
        Repeater {
            model: year.events
            Item {
                id: pill
                required property var modelData
                readonly property color accent: modelData.accent
                readonly property color ink: Theme.ink(accent)
                objectName: "yearLaneEvent_" + modelData.eventId
                width: Math.min(pillText.implicitWidth, lane.width - Theme.dp(40)) + Theme.dp(40)
                height: Math.max(Theme.dp(56), pillText.height + Theme.dp(16))
                scale: pillTap.pressed ? 0.97 : 1.0

                Rectangle {
                    anchors.fill: parent
                    radius: Theme.dp(8)
                    color: pill.accent
                }
                Rectangle {
                    x: Theme.dp(6)
                    width: parent.width - x
                    height: parent.height
                    radius: Theme.dp(8)
                    color: pillTap.pressed ? Qt.lighter(Theme.surface, 1.25) : Theme.surface
                    Rectangle { width: Theme.dp(10); height: parent.height; color: parent.color }
                }
                Text {
                    id: pillText
                    objectName: "cardText"
                    textFormat: Text.PlainText
                    x: Theme.dp(22)
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.min(implicitWidth, lane.width - Theme.dp(40))
                    text: pill.modelData.short
                    color: Theme.text
                    font.pixelSize: Theme.small
                    font.weight: Font.Bold
                    font.features: Theme.fontFeatures
                    wrapMode: Text.Wrap
                }
                Pressable {
                    id: pillTap
                    name: pill.modelData.short
                    radius: Theme.dp(8)
                    onActivated: year.opened(pill.modelData.eventId)
                }
            }
        }
    }
}
