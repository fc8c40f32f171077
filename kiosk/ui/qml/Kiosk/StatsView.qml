pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The year in figures: the headline figures the curators chose, large, each with a line of
// context; then every figure under its section's title. The chips filter by section (with
// "All"), as on the timeline. Each card counts up the first time it comes into view on a visit.
Item {
    id: view
    objectName: "statsView"
    readonly property bool portrait: Theme.portrait
    // Larger text: fewer, wider cards, so a section's name and a label keep to their lines.
    readonly property int columns: portrait ? 2 : (Access.largeText ? 3 : 4)
    readonly property bool showFeatured: Stats.filter === "" && Stats.featured.count > 0

    // statId -> true once that card has counted this visit (scrolling back does not count again).
    property var counted: ({})
    // Counts the visits: the page stays built between them (Main.qml), and each visit starts at
    // the top with every card counting up again as it comes into view.
    property int visit: 0
    onVisibleChanged: {
        if (!visible)
            return
        flick.cancelFlick()
        flick.contentY = 0
        counted = {}
        visit += 1
    }

    TopBar {
        id: bar
        z: 2
        width: parent.width
        title: Content.strings.stats
    }

    // A card that counts up once it is on screen.
    component Cell: StatCard {
        id: cell
        readonly property bool inView: {
            flick.contentY  // re-evaluated as the page scrolls
            const at = cell.mapToItem(flick, 0, 0)
            return view.visible && at.y + cell.height > 0 && at.y < flick.height
        }
        function arm() {
            if (!Theme.animate || view.counted[cell.statId] === true) {
                cell.progress = 1
                return
            }
            if (cell.progress === 1)
                cell.progress = 0  // wait at zero until it is seen
            if (cell.inView) {
                view.counted[cell.statId] = true
                cell.countUp()
            }
        }
        Component.onCompleted: arm()
        onInViewChanged: if (inView && !view.counted[statId]) arm()
        Connections {
            target: view
            function onVisitChanged() { cell.arm() }
        }
    }

    component Heading: Row {
        id: heading
        property string text: ""
        property color accent: Theme.accent
        spacing: Theme.dp(16)
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.dp(8); height: Theme.dp(38); radius: width / 2
            color: heading.accent
        }
        Words {
            textFormat: Text.PlainText
            anchors.verticalCenter: parent.verticalCenter
            text: heading.text
            color: Theme.text
            font.pixelSize: Theme.subheading
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
        }
    }

    // All, then one chip per section (each shows that section's figures alone), in a band at
    // the foot of the page: within everyone's reach.
    Rectangle {
        id: filters
        objectName: "statsFilters"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: chipFlow.height + 2 * Theme.dp(16)
        color: Theme.background
        Rectangle {
            width: parent.width
            height: Math.max(1, Theme.dp(1))
            color: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.12)
        }
        Flow {
            id: chipFlow
            x: Theme.margin
            y: Theme.dp(16)
            width: parent.width - 2 * Theme.margin
            spacing: Theme.dp(12)
            TimelineChip {
                objectName: "statsChip_all"
                text: Content.strings.all
                tint: Theme.accent
                selectedInk: Theme.background
                selected: Stats.filter === ""
                onClicked: Stats.setFilter("")
            }
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
                    selected: Stats.filter === sectionId
                    onClicked: Stats.setFilter(selected ? "" : sectionId)
                }
            }
        }
    }

    Flickable {
        id: flick
        objectName: "statsGrid"
        anchors.top: bar.bottom
        anchors.bottom: filters.top
        width: parent.width
        contentWidth: width
        contentHeight: page.height + Theme.dp(96)
        clip: true
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.DragAndOvershootBounds
        flickDeceleration: Theme.dp(1600)
        maximumFlickVelocity: Theme.dp(8000)
        pressDelay: 0

        Column {
            id: page
            x: Theme.margin
            y: Theme.dp(40)
            width: flick.width - 2 * Theme.margin
            spacing: Theme.dp(56)

            Column {
                width: parent.width
                spacing: Theme.dp(22)
                Words {
                    textFormat: Text.PlainText
                    width: parent.width
                    text: Content.strings.statsHint
                    color: Theme.text
                    font.pixelSize: Theme.heading
                    font.weight: Font.Bold
                    font.features: Theme.fontFeatures
                    wrapMode: Text.Wrap
                }
                Words {
                    textFormat: Text.PlainText
                    objectName: "statsSource"
                    visible: Stats.commonSource !== ""
                    width: parent.width
                    text: Content.strings.sourceLine.replace("{source}", Stats.commonSource)
                    color: Theme.muted
                    font.pixelSize: Theme.small
                    font.features: Theme.fontFeatures
                    wrapMode: Text.Wrap
                }
            }

            // The headline figures.
            Column {
                objectName: "statsFeatured"
                visible: view.showFeatured
                width: parent.width
                spacing: Theme.dp(28)
                Heading { text: Content.strings.featured }
                GridLayout {
                    id: featuredGrid
                    width: parent.width
                    columns: view.columns
                    columnSpacing: Theme.gap
                    rowSpacing: Theme.gap
                    readonly property real cellWidth: Math.floor((width - (columns - 1) * columnSpacing) / columns)
                    Repeater {
                        model: view.showFeatured ? Stats.featured : null
                        delegate: Cell {
                            id: featuredCell
                            required statId
                            required label
                            required prefix
                            required number
                            required suffix
                            required property string dateNote
                            required context
                            required source
                            required accent
                            required sectionTitle
                            required spoken
                            objectName: "statCard_" + statId
                            Layout.preferredWidth: featuredGrid.cellWidth
                            Layout.preferredHeight: implicitHeight
                            Layout.fillHeight: true
                            featured: true
                            asOf: featuredCell.dateNote
                        }
                    }
                }
            }

            // Every figure, section by section (or the chosen section's alone).
            Repeater {
                model: Stats.groups
                delegate: Column {
                    id: group
                    required property string sectionId
                    required property string title
                    required property color accent
                    required property var stats
                    objectName: "statsGroup_" + sectionId
                    width: page.width
                    spacing: Theme.dp(28)
                    Heading { text: group.title; accent: group.accent }
                    GridLayout {
                        id: groupGrid
                        width: parent.width
                        columns: view.columns
                        columnSpacing: Theme.gap
                        rowSpacing: Theme.gap
                        readonly property real cellWidth: Math.floor((width - (columns - 1) * columnSpacing) / columns)
                        Repeater {
                            model: group.stats
                            delegate: Cell {
                                id: groupCell
                                required property var modelData
                                // A headline figure is shown large above: here it is the card's
                                // second appearance, so it does not count up again.
                                objectName: (view.showFeatured && Stats.featured.indexOf("statId", modelData.statId) >= 0
                                             ? "statCardAgain_" : "statCard_") + modelData.statId
                                Layout.preferredWidth: groupGrid.cellWidth
                                Layout.preferredHeight: implicitHeight
                                Layout.fillHeight: true
                                statId: groupCell.modelData.statId
                                label: groupCell.modelData.label
                                prefix: groupCell.modelData.prefix
                                number: groupCell.modelData.number
                                suffix: groupCell.modelData.suffix
                                spoken: groupCell.modelData.spoken
                                asOf: groupCell.modelData.dateNote
                                source: groupCell.modelData.source
                                accent: group.accent
                            }
                        }
                    }
                }
            }
        }
    }
}
