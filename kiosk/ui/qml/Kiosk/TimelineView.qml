pragma ComponentBehavior: Bound
import QtQuick

// The year along one horizontal axis: month marks, a dot for each day, a bar for each span, and a
// card per event in its lane above the axis, hanging from a pole. Filter chips (one per section,
// in its colour) and a month strip that glides the axis to any month.
Item {
    id: view
    objectName: "timelineView"
    readonly property bool portrait: Theme.portrait

    // -- axis geometry, in the flickable's coordinates ----------------------------------------
    readonly property int lanes: Math.max(1, Timeline.lanes)
    readonly property real lanesTop: Theme.dp(portrait ? 8 : 4)
    readonly property real stemMin: Theme.dp(22)
    readonly property real trackStep: Theme.dp(13)
    readonly property real tracksTop: Theme.dp(20)          // first span track under the axis
    readonly property int tracks: Math.max(1, Timeline.tracks)
    readonly property real labelsTop: tracksTop + tracks * trackStep + Theme.dp(10)
    readonly property real belowAxis: labelsTop + Theme.dp(70)
    readonly property real axisY: Math.round(Math.min(height * (portrait ? 0.79 : 0.655) - flick.y,
                                                      flick.height - belowAxis))
    readonly property real laneHeight: Math.min((axisY - stemMin - lanesTop) / lanes,
                                                Theme.dp(portrait ? 430 : 250))
    readonly property real laneGap: Theme.dp(portrait ? 28 : 14)
    readonly property real cardWidth: Theme.dp(360) - Theme.dp(16)

    function laneBottom(lane) { return axisY - stemMin - lane * laneHeight }
    function trackY(track) { return axisY + tracksTop + Math.max(0, track) * trackStep }

    // Glide the axis so a month mark sits near the left edge.
    function jumpTo(monthX) {
        var to = Math.max(0, Math.min(monthX * Theme.scale - Theme.dp(96),
                                      flick.contentWidth - flick.width))
        glide.stop()
        flick.cancelFlick()
        if (!Theme.animate) {
            flick.contentX = to
            return
        }
        glide.from = flick.contentX
        glide.to = to
        glide.start()
    }

    // Only the events near the viewport have delegates: Python keeps in Timeline.events those
    // within a screen to either side, moved in steps of a quarter screen, so a hall of a
    // thousand events flicks as smoothly as one of twenty.
    property bool windowed: false
    readonly property real windowStep: Math.max(1, flick.width / 4)
    readonly property int windowIndex: Math.floor(flick.contentX / windowStep)
    onWindowIndexChanged: updateWindow()
    function updateWindow() {
        if (flick.width < 1)
            return
        var at = windowIndex * windowStep
        Timeline.setWindow((at - flick.width) / Theme.scale, (at + 2 * flick.width) / Theme.scale)
    }
    Component.onCompleted: {
        updateWindow()
        windowed = true
    }

    // A new filter draws a new axis: start it from its beginning.
    property string shownFilter: Timeline.filter
    onShownFilterChanged: {
        glide.stop()
        flick.cancelFlick()
        flick.contentX = 0
    }

    TopBar {
        id: bar
        z: 2
        width: parent.width
        title: Content.strings.timeline
    }

    // Portrait has room for a line of introduction above the chips.
    Text {
        textFormat: Text.PlainText
        id: hint
        visible: view.portrait
        x: Theme.margin
        y: bar.height + Theme.dp(36)
        width: parent.width - 2 * Theme.margin
        text: Content.strings.timelineHint
        color: Theme.text
        font.pixelSize: Theme.heading
        font.weight: Font.Bold
        font.features: Theme.fontFeatures
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
    }

    // -- filter chips: top in portrait, bottom row in landscape ---------------------------------
    Flow {
        id: chips
        z: 1
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        y: view.portrait ? hint.y + hint.height + Theme.dp(16)
                         : view.height - height - Theme.dp(22)
        spacing: Theme.dp(10)

        TimelineChip {
            objectName: "filterChip_all"
            text: Content.strings.all
            tint: Theme.accent
            selectedInk: Theme.background
            selected: Timeline.filter === ""
            onClicked: Timeline.setFilter("")
        }
        Repeater {
            model: Home.sections
            TimelineChip {
                required property string sectionId
                required property string title
                required property color accent
                objectName: "filterChip_" + sectionId
                text: title
                tint: accent
                selected: Timeline.filter === sectionId
                onClicked: Timeline.setFilter(sectionId)
            }
        }
    }

    // -- month strip: a row (landscape) or two rows (portrait) of months ----------------------
    Item {
        id: strip
        z: 1
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        height: months.height
        y: view.portrait ? view.height - height - Theme.dp(36)
                         : chips.y - height - Theme.dp(2)

        Text {
            textFormat: Text.PlainText
            id: stripCaption
            width: Theme.dp(view.portrait ? 120 : 150)
            anchors.verticalCenter: parent.verticalCenter
            text: Content.strings.jumpToMonth
            color: Theme.muted
            font.pixelSize: Theme.tiny
            font.features: Theme.fontFeatures
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }

        Grid {
            id: months
            readonly property int cellWidth: Math.floor((width - (columns - 1) * columnSpacing) / columns)
            anchors.left: stripCaption.right
            anchors.leftMargin: Theme.dp(12)
            anchors.right: parent.right
            columns: view.portrait ? 6 : Math.max(1, Timeline.months.count)
            columnSpacing: Theme.dp(8)
            rowSpacing: Theme.dp(4)

            Repeater {
                model: Timeline.months
                TimelineMonth {
                    required property var model
                    required property string label
                    required property int year
                    required property int month
                    required property string yearLabel
                    readonly property real markX: model.x * Theme.scale
                    objectName: "monthJump_" + year + "_" + month
                    width: months.cellWidth
                    text: label
                    yearText: yearLabel
                    current: markX >= flick.contentX && markX <= flick.contentX + flick.width
                    onClicked: view.jumpTo(model.x)
                }
            }
        }
    }

    // -- the axis ------------------------------------------------------------------------------
    Flickable {
        id: flick
        objectName: "timelineFlick"
        anchors.left: parent.left
        anchors.right: parent.right
        y: view.portrait ? chips.y + chips.height + Theme.dp(12) : bar.height
        height: strip.y - y - Theme.dp(view.portrait ? 20 : 6)
        contentWidth: Timeline.width * Theme.scale
        contentHeight: height
        flickableDirection: Flickable.HorizontalFlick
        boundsBehavior: Flickable.DragAndOvershootBounds
        flickDeceleration: Theme.dp(1400)
        maximumFlickVelocity: Theme.dp(9000)
        pressDelay: 0
        clip: true
        onWidthChanged: view.updateWindow()

        NumberAnimation {
            id: glide
            target: flick
            property: "contentX"
            duration: Theme.duration
            easing.type: Easing.OutCubic
        }

        // Month marks: a faint line up through the lanes, a tick and the month's name.
        Repeater {
            model: Timeline.months
            Item {
                id: mark
                required property var model
                required property string label
                required property string yearLabel
                readonly property real markX: Math.round(model.x * Theme.scale)

                Rectangle {
                    x: mark.markX
                    y: view.lanesTop
                    width: Math.max(1, Theme.dp(1))
                    height: view.axisY - y
                    color: Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.09)
                }
                Rectangle {
                    x: mark.markX - Math.floor(width / 2)
                    y: view.axisY - Theme.dp(10)
                    width: Theme.dp(2)
                    height: view.labelsTop + Theme.dp(6) - (y - view.axisY)
                    color: Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.55)
                }
                Text {
                    textFormat: Text.PlainText
                    id: monthName
                    x: mark.markX + Theme.dp(12)
                    y: view.axisY + view.labelsTop
                    text: mark.label
                    color: Theme.text
                    font.pixelSize: Theme.small
                    font.weight: Font.Bold
                    font.features: Theme.fontFeatures
                }
                Text {
                    textFormat: Text.PlainText
                    x: monthName.x
                    y: monthName.y + monthName.height - Theme.dp(2)
                    visible: mark.yearLabel !== ""
                    text: mark.yearLabel
                    color: Theme.accent
                    font.pixelSize: Theme.tiny
                    font.weight: Font.Bold
                    font.features: Theme.fontFeatures
                }
            }
        }

        Rectangle {                      // the axis itself
            x: 0
            y: view.axisY - Math.floor(height / 2)
            width: flick.contentWidth
            height: Theme.dp(3)
            color: Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.45)
        }

        // Poles, day dots and span bars (under every card, so a pole passes behind other cards).
        Repeater {
            model: view.windowed ? Timeline.events : null
            Item {
                id: marker
                required property var model
                required property string eventId
                required property real endX
                required property int lane
                required property int spanTrack
                required property bool isRange
                required property color accent
                readonly property real startX: Math.round(model.x * Theme.scale)
                readonly property real stopX: Math.round(endX * Theme.scale)
                readonly property color ink: Theme.ink(accent)
                readonly property real bottomY: view.laneBottom(lane)
                // Longer spans lie under shorter ones.
                z: isRange ? -(stopX - startX) / Math.max(1, flick.contentWidth) : 1

                Rectangle {              // the pole
                    x: marker.startX
                    y: marker.bottomY - Theme.dp(4)
                    width: Theme.dp(2)
                    height: (marker.isRange ? view.trackY(marker.spanTrack) : view.axisY) - y
                    color: Qt.rgba(marker.ink.r, marker.ink.g, marker.ink.b, 0.75)
                }
                Rectangle {              // a span: from start to end, on its track under the axis
                    visible: marker.isRange
                    x: marker.startX - Theme.dp(2)
                    y: view.trackY(marker.spanTrack) - height / 2
                    width: Math.max(marker.stopX - marker.startX, Theme.dp(8)) + Theme.dp(4)
                    height: Theme.dp(8) + Theme.dp(4)
                    radius: height / 2
                    color: marker.ink
                    border.width: Theme.dp(2)
                    border.color: Theme.background
                }
                Rectangle {              // where a span starts, on the axis
                    visible: marker.isRange
                    x: marker.startX + Theme.dp(1) - width / 2
                    y: view.axisY - height / 2
                    width: Theme.dp(10)
                    height: width
                    radius: width / 2
                    color: marker.ink
                }
                Rectangle {              // a single day: a dot on the axis
                    visible: !marker.isRange
                    x: marker.startX + Theme.dp(1) - width / 2
                    y: view.axisY - height / 2
                    width: Theme.dp(22)
                    height: width
                    radius: width / 2
                    color: marker.ink
                    border.width: Theme.dp(4)
                    border.color: Theme.background
                }
            }
        }

        // The cards, each in its lane, its left edge on its date.
        Repeater {
            model: view.windowed ? Timeline.events : null
            TimelineCard {
                required property var model
                required eventId
                required date
                required headline
                required sectionTitle
                required accent
                required image
                required property string text
                required property int lane
                objectName: "timelineCard_" + eventId
                x: Math.round(model.x * Theme.scale)
                y: Math.round(view.laneBottom(lane) - height)
                z: 2
                width: view.cardWidth
                height: Math.round(view.laneHeight - view.laneGap)
                body: text
                onClicked: Navigator.openEvent(eventId)
            }
        }
    }

    // Soft edges: there is more of the year to either side.
    Rectangle {
        anchors.left: flick.left
        y: flick.y
        width: Theme.dp(56)
        height: flick.height
        visible: flick.contentX > 0
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0; color: Theme.background }
            GradientStop { position: 1; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
        }
    }
    Rectangle {
        anchors.right: flick.right
        y: flick.y
        width: Theme.dp(56)
        height: flick.height
        visible: flick.contentX < flick.contentWidth - flick.width
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
            GradientStop { position: 1; color: Theme.background }
        }
    }
}
