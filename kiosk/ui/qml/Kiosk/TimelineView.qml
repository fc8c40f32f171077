pragma ComponentBehavior: Bound
import QtQuick

// The years along one horizontal axis: month marks, each event drawn as the period its date
// names (a dot for a day, a band for a month, a bar for a span of days, a lane for the whole
// year), a card per event in its lane above the axis, hanging from a pole down to its mark, the
// year in view under the axis and a legend of the marks. Filter chips (one per section, in its
// colour) and a month strip that glides the axis to any month. Every word on a card is whole.
Item {
    id: view
    objectName: "timelineView"
    readonly property bool portrait: Theme.portrait

    // -- axis geometry, in the flickable's coordinates ----------------------------------------
    readonly property int lanes: Math.max(1, Timeline.lanes)
    readonly property real yearLaneTop: Theme.dp(12)
    readonly property real yearLaneHeight: Timeline.yearLane ? Theme.dp(portrait ? 148 : 72) * Theme.textScale : 0
    readonly property real lanesTop: yearLaneTop + yearLaneHeight + Theme.dp(portrait ? 24 : 22)
    readonly property real stemMin: Theme.dp(22)
    readonly property real markHeight: Theme.dp(16)
    readonly property real trackStep: Theme.dp(20)
    readonly property real tracksTop: Theme.dp(20)          // first band track under the axis
    readonly property int tracks: Math.max(1, Timeline.tracks)
    readonly property real labelsTop: tracksTop + tracks * trackStep + Theme.dp(4)
    readonly property real yearTop: labelsTop + Math.max(Theme.dp(34), Theme.small * 1.4)
    readonly property real belowAxis: yearTop + Math.max(Theme.dp(46), Theme.subheading * 1.5)
    readonly property real axisY: Math.round(flick.height - belowAxis)
    readonly property real laneHeight: Math.min((axisY - stemMin - lanesTop) / lanes,
                                                Theme.dp(portrait ? 480 : 300))
    readonly property real laneGap: Theme.dp(portrait ? 24 : 12)
    readonly property real cardWidth: Theme.dp(Shared.timelineCardWidth) - Theme.dp(16)
    readonly property real dotSize: Theme.dp(22)

    // The year under the middle of the view.
    readonly property int yearInView: {
        var middle = (flick.contentX + flick.width / 2) / Theme.scale
        var found = 0
        for (var i = 0; i < Timeline.years.count; i++) {
            var row = Timeline.years.get(i)
            if (row.x <= middle || found === 0)
                found = row.year
        }
        return found
    }

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
            Timeline.setPosition(to / Theme.scale)
            return
        }
        glide.from = flick.contentX
        glide.to = to
        glide.start()
    }

    // Where the visitor left the axis lives in Timeline.position (a page built again, or a
    // snapshot of one month, starts there; a new visit resets it).
    function restorePosition() {
        if (flick.width < 1)
            return
        var to = Math.max(0, Math.min(Timeline.position * Theme.scale, flick.contentWidth - flick.width))
        if (Math.abs(to - flick.contentX) >= 1)
            flick.contentX = to
    }
    function keepPosition() { Timeline.setPosition(flick.contentX / Theme.scale) }
    Connections {
        target: Timeline
        function onPositionChanged() { view.restorePosition() }
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
        restorePosition()
        updateWindow()
        windowed = true
        Timeline.setListed(listed)
    }

    // Larger text: the events as a list under their months (the axis has no room for cards of
    // that size); the filter chips stay.
    readonly property bool listed: Access.largeText
    onListedChanged: Timeline.setListed(listed)

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
    Words {
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

    // -- filter chips: the bottom rows, within everyone's reach (the month strip above them) ----
    Flow {
        id: chips
        z: 1
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        y: view.height - height - Theme.dp(22)
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
        visible: !view.listed
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        height: months.height
        y: chips.y - height - Theme.dp(view.portrait ? 20 : 2)

        Words {
            textFormat: Text.PlainText
            id: stripCaption
            // Portrait: the months take the whole width (the caption would wrap beside them).
            visible: !view.portrait
            width: view.portrait ? 0 : Theme.dp(150)
            anchors.verticalCenter: parent.verticalCenter
            text: Content.strings.jumpToMonth
            color: Theme.muted
            font.pixelSize: Theme.small
            font.features: Theme.fontFeatures
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }

        Grid {
            id: months
            readonly property int cellWidth: Math.floor((width - (columns - 1) * columnSpacing) / columns)
            anchors.left: stripCaption.right
            anchors.leftMargin: view.portrait ? 0 : Theme.dp(12)
            anchors.right: parent.right
            columns: view.portrait ? 6 : Math.max(1, Math.min(12, Timeline.months.count))
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
                    // An axis of several years offers the months of the year in view.
                    visible: Timeline.years.count < 2 || year === view.yearInView
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
        visible: !view.listed
        anchors.left: parent.left
        anchors.right: parent.right
        y: view.portrait ? hint.y + hint.height + Theme.dp(16) : bar.height
        height: strip.y - y - Theme.dp(view.portrait ? 20 : 6)
        contentWidth: Timeline.width * Theme.scale
        contentHeight: height
        flickableDirection: Flickable.HorizontalFlick
        boundsBehavior: Flickable.DragAndOvershootBounds
        flickDeceleration: Theme.dp(1400)
        maximumFlickVelocity: Theme.dp(9000)
        pressDelay: 0
        clip: true
        onWidthChanged: {
            view.restorePosition()
            view.updateWindow()
        }
        onMovementEnded: view.keepPosition()

        NumberAnimation {
            id: glide
            target: flick
            property: "contentX"
            duration: Theme.duration
            easing.type: Easing.OutCubic
            onFinished: view.keepPosition()
        }

        // The years: boundaries, their names under the axis, their whole-year lanes.
        Repeater {
            model: Timeline.years
            TimelineYear {
                last: index === Timeline.years.count - 1
                viewLeft: flick.contentX
                viewWidth: flick.width
                laneTop: view.yearLaneTop
                laneHeight: view.yearLaneHeight
                axisY: view.axisY
                labelY: view.axisY + view.yearTop
                boundaryTop: view.lanesTop
                onOpened: eventId => Navigator.openEvent(eventId)
            }
        }

        // Month marks: a faint line up through the lanes, a tick and the month's name.
        Repeater {
            model: Timeline.months
            Item {
                id: mark
                required property var model
                required property string label
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
                Words {
                    textFormat: Text.PlainText
                    x: mark.markX + Theme.dp(12)
                    y: view.axisY + view.labelsTop
                    text: mark.label
                    color: Theme.text
                    font.pixelSize: Theme.small
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

        // Poles and marks (under every card, so a pole passes behind other cards): a dot on the
        // axis for a day (the dots of one day stacked up its pole, each in its own colour), a
        // band over a month or part of it, a bar with end ticks over a span of days.
        Repeater {
            model: view.windowed ? Timeline.events : null
            Item {
                id: marker
                required property var model
                required property real endX
                required property int lane
                required property int spanTrack
                required property string kind
                required property int stack
                required property color accent
                readonly property real startX: Math.round(model.x * Theme.scale)
                readonly property real stopX: Math.round(endX * Theme.scale)
                readonly property color ink: Theme.ink(accent)
                readonly property bool day: kind === "day"
                readonly property real markY: day ? view.axisY - stack * Math.round(view.dotSize * 0.8)
                                                  : view.trackY(spanTrack)
                // Longer bands lie under shorter ones.
                z: day ? 1 : -(stopX - startX) / Math.max(1, flick.contentWidth)

                Rectangle {              // the pole, from the card down to its mark
                    x: marker.startX
                    y: view.laneBottom(marker.lane) - Theme.dp(4)
                    width: Theme.dp(2)
                    height: marker.markY - y
                    color: Qt.rgba(marker.ink.r, marker.ink.g, marker.ink.b, 0.75)
                }
                Rectangle {              // a month (or part of one): a band over it
                    visible: marker.kind === "month"
                    x: marker.startX + Theme.dp(2)
                    y: marker.markY - height / 2
                    width: Math.max(marker.stopX - marker.startX - Theme.dp(4), Theme.dp(8))
                    height: view.markHeight
                    radius: Theme.dp(3)
                    color: Qt.rgba(marker.ink.r, marker.ink.g, marker.ink.b, 0.4)
                    border.width: Math.max(1, Theme.dp(2))
                    border.color: marker.ink
                }
                Item {                   // a span of days: a bar from its first to its last day
                    visible: marker.kind === "range"
                    x: marker.startX
                    y: marker.markY - height / 2
                    width: Math.max(marker.stopX - marker.startX, Theme.dp(8))
                    height: Theme.dp(26)
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width
                        height: view.markHeight
                        radius: Theme.dp(2)
                        color: marker.ink
                    }
                    Rectangle { width: Theme.dp(3); height: parent.height; color: marker.ink }
                    Rectangle { x: parent.width - width; width: Theme.dp(3); height: parent.height; color: marker.ink }
                }
                Rectangle {              // a day: a dot on the axis
                    visible: marker.day
                    x: marker.startX + Theme.dp(1) - width / 2
                    y: marker.markY - height / 2
                    width: view.dotSize
                    height: width
                    radius: width / 2
                    color: marker.ink
                    border.width: Theme.dp(4)
                    border.color: Theme.background
                }
            }
        }

        // The cards, each in its lane, its left edge on its mark's start, as tall as its words.
        Repeater {
            model: view.windowed ? Timeline.events : null
            TimelineCard {
                required property var model
                required eventId
                required date
                required property string short
                required sectionTitle
                required accent
                required image
                required property int lane
                objectName: "timelineCard_" + eventId
                x: Math.round(model.x * Theme.scale)
                y: Math.round(view.laneBottom(lane) - height)
                z: 2
                width: view.cardWidth
                room: Math.round(view.laneHeight - view.laneGap)
                headline: short
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
        visible: flick.visible && flick.contentX > 0
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
        visible: flick.visible && flick.contentX < flick.contentWidth - flick.width
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
            GradientStop { position: 1; color: Theme.background }
        }
    }

    // What the marks mean, under the axis at the right, clear of the year's name.
    TimelineLegend {
        objectName: "timelineLegend"
        visible: !view.listed
        z: 1
        x: flick.x + flick.width - width - Theme.margin
        y: flick.y + view.axisY + view.yearTop + Theme.dp(8)
        room: flick.width - 2 * Theme.margin - Theme.dp(220)   // the year's name at the left
    }

    ListView {
        id: list
        objectName: "timelineList"
        visible: view.listed
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        y: view.portrait ? hint.y + hint.height + Theme.dp(16) : bar.height + Theme.dp(24)
        height: chips.y - y - Theme.dp(16)
        clip: true
        model: view.listed ? Timeline.list : null
        boundsBehavior: Flickable.StopAtBounds
        pressDelay: 0
        section.property: "group"
        section.delegate: Words {
            required property string section
            width: list.width
            topPadding: Theme.dp(28)
            bottomPadding: Theme.dp(12)
            text: section
            color: Theme.accent
            font.pixelSize: Theme.subheading
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
        }
        delegate: SectionEventRow {
            required property string eventId
            required date
            required headline
            required accent
            objectName: "timelineListEvent_" + eventId
            width: list.width
            first: true
            last: true
            onTapped: Navigator.openEvent(eventId)
        }
    }
}
