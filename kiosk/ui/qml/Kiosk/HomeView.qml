pragma ComponentBehavior: Bound
import QtQuick

// Home: the hall's title, one large tile per section, and the two big doors to the Timeline
// and the Statistics. Everything fits one screen in landscape and portrait; with more
// sections than fit, the tiles flick.
Item {
    id: view
    readonly property var strings: Content.strings
    readonly property bool portrait: Theme.portrait

    objectName: "homeView"

    HomeBackdrop { anchors.fill: parent }

    // One screen, unless the visitor chose larger text: then the page is as tall as its words
    // need (the tiles keep room for their titles) and scrolls.
    Flickable {
        id: scroller
        objectName: "homeFlick"
        anchors.fill: parent
        readonly property real topGap: view.portrait ? Theme.dp(72) : Theme.dp(52)
        readonly property real bottomGap: view.portrait ? Theme.dp(64) : Theme.dp(52)
        readonly property real needed: header.height + tiles.anchors.topMargin + tiles.anchors.bottomMargin
                                        + Theme.dp(view.portrait ? 220 : 300) * Theme.textScale + entries.height
        contentWidth: width
        contentHeight: topGap + Math.max(height - topGap - bottomGap, Access.largeText ? needed : 0) + bottomGap
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height + 1
        clip: interactive

    Item {
        id: frame
        x: Theme.margin
        y: scroller.topGap
        width: scroller.width - 2 * Theme.margin
        height: scroller.contentHeight - scroller.topGap - scroller.bottomGap

        // -- heading ------------------------------------------------------------------------
        Item {
            id: header
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            height: heading.height

            Column {
                id: heading
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: Theme.dp(14)

                Row {
                    width: parent.width
                    spacing: Theme.dp(18)
                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: Theme.dp(52)
                        height: Theme.dp(3)
                        color: Theme.accent
                    }
                    Words {
                        textFormat: Text.PlainText
                        objectName: "homeSubtitle"
                        width: parent.width - Theme.dp(70)
                        anchors.verticalCenter: parent.verticalCenter
                        text: Content.hall.subtitle
                        color: Theme.accent
                        font.pixelSize: Theme.small + Theme.dp(2)
                        font.weight: Font.Bold
                        font.letterSpacing: Theme.dp(2)
                        font.features: Theme.fontFeatures
                        elide: Text.ElideRight
                    }
                }
                HomeFitText {
                    objectName: "homeTitle"
                    width: parent.width
                    maxLines: view.portrait ? 3 : 2
                    breaks: Content.hall.titleBreaks || []
                    text: byBreaks ? breaks.join("\n") : Content.hall.title
                    color: Theme.text
                    // Larger text: the title grows least, to leave the tiles their room.
                    font.pixelSize: Access.largeText ? Theme.title : Theme.display
                    font.weight: Font.Bold
                    minimumPixelSize: Math.max(Theme.heading, 6)
                    verticalAlignment: Text.AlignVCenter
                    lineHeight: 1.04
                }
            }
        }

        // -- sections ---------------------------------------------------------------------
        Flickable {
            id: tiles
            objectName: "homeTiles"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: header.bottom
            anchors.topMargin: view.portrait ? Theme.dp(56) : Theme.dp(44)
            anchors.bottom: entries.top
            anchors.bottomMargin: view.portrait ? Theme.dp(40) : Theme.dp(32)

            readonly property int count: Home.sections.count
            // One title size for every tile: the smallest any of them needs.
            readonly property real titleSize: {
                let size = Theme.title
                for (let i = 0; i < tileRepeater.count; ++i) {
                    const tile = tileRepeater.itemAt(i) as HomeTile
                    if (tile && tile.fittedTitleSize > 0)
                        size = Math.min(size, tile.fittedTitleSize)
                }
                return size
            }
            readonly property int taglineLines: {
                let lines = 1
                for (let i = 0; i < tileRepeater.count; ++i) {
                    const tile = tileRepeater.itemAt(i) as HomeTile
                    if (tile)
                        lines = Math.max(lines, tile.taglineNeeds)
                }
                return lines
            }
            readonly property real gap: view.portrait ? Theme.dp(16) : Theme.dp(24)
            // Along the row (landscape) or the column (portrait): every tile fits when they can,
            // else the tiles flick and the last one visible shows by half, to say "there's more".
            readonly property real span: view.portrait ? height : width
            // Larger text: fewer, larger tiles at a time (the rest flick), so nothing is cut.
            readonly property real minTile: (view.portrait ? Theme.dp(148) : Theme.dp(300)) * Theme.textScale
            readonly property int fitting: Math.max(1, Math.floor((span + gap) / (minTile + gap)))
            readonly property real tileLength: count <= fitting
                ? (span - gap * (count - 1)) / Math.max(1, count)
                : (span - gap * (fitting - 1)) / (fitting - 0.5)
            readonly property real tileWidth: view.portrait ? width : tileLength
            readonly property real tileHeight: view.portrait ? tileLength : height

            clip: interactive
            contentWidth: grid.width
            contentHeight: grid.height
            flickableDirection: view.portrait ? Flickable.VerticalFlick : Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentWidth > width + 1 || contentHeight > height + 1

            Grid {
                id: grid
                columns: view.portrait ? 1 : Math.max(1, tiles.count)
                spacing: tiles.gap
                Repeater {
                    id: tileRepeater
                    model: Home.sections
                    delegate: HomeTile {
                        width: tiles.tileWidth
                        height: tiles.tileHeight
                        titleSize: tiles.titleSize
                        taglineLines: tiles.taglineLines
                        wide: view.portrait
                        onActivated: Navigator.openSection(sectionId)
                    }
                }
            }
        }

        // -- timeline and statistics --------------------------------------------------------
        Grid {
            id: entries
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            columns: view.portrait ? 1 : 2
            spacing: view.portrait ? Theme.dp(22) : Theme.dp(24)
            readonly property real entryWidth: view.portrait ? width : (width - spacing) / 2
            readonly property real entryHeight: (view.portrait ? Theme.dp(164) : Theme.dp(156))
                                                * (1 + (Theme.textScale - 1) * 0.6)

            HomeEntry {
                objectName: "timelineEntry"
                width: entries.entryWidth
                height: entries.entryHeight
                kind: "timeline"
                label: view.strings.timeline
                hint: view.strings.timelineHint
                count: Content.hall.eventCount || 0
                unit: Content.hall.eventUnit || ""
                onActivated: Navigator.openTimeline()
            }
            HomeEntry {
                objectName: "statsEntry"
                width: entries.entryWidth
                height: entries.entryHeight
                kind: "stats"
                label: view.strings.stats
                hint: view.strings.statsHint
                count: Content.hall.statCount || 0
                unit: Content.hall.statUnit || ""
                onActivated: Navigator.openStats()
            }
        }
    }
    }
}
