pragma ComponentBehavior: Bound
import QtQuick

// The year in figures: every statistic card of the hall, section by section, in a grid that
// scrolls vertically. Each card counts up once, the first time it comes into view.
Item {
    id: view
    objectName: "statsView"
    readonly property bool portrait: Theme.portrait
    readonly property int columns: portrait ? 2 : 4

    // statId -> true once that card has counted (so scrolling back does not count again).
    property var counted: ({})
    // True while showSection() measures where to go (cards seen then are not really seen).
    property bool measuring: false
    // Counts the visits: the page stays built between them (Main.qml), and each visit starts at
    // the top with every card counting up again as it comes into view.
    property int visit: 0
    onVisibleChanged: {
        if (!visible)
            return
        glide.stop()
        grid.cancelFlick()
        counted = {}
        grid.touched = false
        grid.toTop()
        visit += 1
    }

    // Scroll so a section's first figure is at the top.
    function showSection(sectionId) {
        var index = Stats.stats.indexOf("sectionId", sectionId)
        if (index < 0)
            return
        glide.stop()
        grid.cancelFlick()
        var from = grid.contentY
        measuring = true
        grid.positionViewAtIndex(index, GridView.Beginning)
        var to = grid.contentY
        if (Theme.animate && from !== to) {
            grid.contentY = from
            glide.from = from
            glide.to = to
            glide.start()
        }
        measuring = false
    }

    TopBar {
        id: bar
        z: 2
        width: parent.width
        title: Content.strings.stats
    }

    GridView {
        id: grid
        objectName: "statsGrid"
        readonly property int gap: Theme.dp(28)
        x: Theme.margin - gap / 2
        y: bar.height
        width: parent.width - 2 * x
        height: parent.height - y
        cellWidth: Math.floor(width / view.columns)
        cellHeight: Theme.dp(372)
        topMargin: Theme.dp(36)
        bottomMargin: Theme.dp(64)
        clip: true
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.DragAndOvershootBounds
        flickDeceleration: Theme.dp(1600)
        maximumFlickVelocity: Theme.dp(8000)
        pressDelay: 0
        model: Stats.stats

        NumberAnimation {
            id: glide
            target: grid
            property: "contentY"
            duration: Theme.duration * 2
            easing.type: Easing.OutCubic
        }

        // The header's height is known only once laid out: keep the view at its top until the
        // visitor has moved it.
        property bool touched: false
        onMovementStarted: touched = true
        function toTop() {
            if (!touched)
                contentY = originY - topMargin
        }
        Component.onCompleted: toTop()
        onWidthChanged: toTop()

        header: Item {
            width: grid.width
            height: headerColumn.height + Theme.dp(36)
            onHeightChanged: grid.toTop()

            Column {
                id: headerColumn
                x: grid.gap / 2
                width: parent.width - grid.gap
                spacing: Theme.dp(18)

                Text {
                    textFormat: Text.PlainText
                    width: parent.width
                    text: Content.strings.statsHint
                    color: Theme.text
                    font.pixelSize: Theme.heading
                    font.weight: Font.Bold
                    font.features: Theme.fontFeatures
                    wrapMode: Text.Wrap
                }

                // One chip per section: a shortcut to its figures.
                Flow {
                    width: parent.width
                    spacing: Theme.dp(10)
                    Repeater {
                        model: Home.sections
                        TimelineChip {
                            required property string sectionId
                            required property string title
                            required property color accent
                            required property int statCount
                            objectName: "statsChip_" + sectionId
                            visible: statCount > 0
                            text: title
                            tint: accent
                            onClicked: view.showSection(sectionId)
                        }
                    }
                }
            }
        }

        delegate: Item {
            id: cell
            required property string statId
            required property string label
            required property string prefix
            required property string number
            required property string suffix
            required property string dateNote
            required property color accent
            required property string sectionTitle

            width: grid.cellWidth
            height: grid.cellHeight

            // On screen (not just created in the cache above or below it).
            readonly property bool inView: !view.measuring && y + height > grid.contentY
                                           && y < grid.contentY + grid.height

            function arm() {
                if (!Theme.animate || view.counted[statId] === true) {
                    card.progress = 1
                    return
                }
                if (card.progress === 1)
                    card.progress = 0            // wait at zero until it is seen
                if (inView) {
                    view.counted[statId] = true
                    card.countUp()
                }
            }
            Component.onCompleted: arm()
            onInViewChanged: if (inView && !view.counted[statId]) arm()
            Connections {
                target: view
                function onVisitChanged() { cell.arm() }
            }

            StatCard {
                id: card
                objectName: "statCard_" + cell.statId
                anchors.fill: parent
                anchors.margins: grid.gap / 2
                statId: cell.statId
                label: cell.label
                prefix: cell.prefix
                number: cell.number
                suffix: cell.suffix
                asOf: cell.dateNote
                accent: cell.accent
                sectionTitle: cell.sectionTitle
            }
        }
    }
}
