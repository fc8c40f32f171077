pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// A section: a hero band (cover, title, tagline), its stories as cards (tap one to read it),
// then its figures and events, and after the last section the hall's closing words. Swipe
// left / right or use the buttons at the foot to move to the next section.
Item {
    id: view
    objectName: "sectionView"
    readonly property var section: Section.current
    readonly property color accent: section.accent || Theme.accent
    readonly property int sectionIndex: Navigator.sectionIndex
    readonly property bool hasPrevious: sectionIndex > 0
    readonly property bool hasNext: sectionIndex >= 0 && sectionIndex < Home.sections.count - 1

    // Horizontal offset of the page while swiping (rubber band) and when a section slides in.
    property real swipeOffset: 0
    property int shownIndex: -1

    // An overlay (photo, event) sits on top: this page must not react to touches meant for it.
    enabled: Navigator.overlay === Navigator.NONE

    function step(direction) {
        if (!Navigator.stepSection(direction))
            settle.restart()
    }

    // A new section: back to its top, sliding in from the side it came from.
    onSectionIndexChanged: {
        const from = shownIndex
        shownIndex = sectionIndex
        flick.cancelFlick()
        flick.contentY = 0
        if (from < 0 || sectionIndex < 0 || !Theme.animate) {
            settle.stop()
            swipeOffset = 0
            stage.opacity = 1
            return
        }
        enter.direction = sectionIndex > from ? 1 : -1
        enter.restart()
    }
    Component.onCompleted: shownIndex = sectionIndex

    // The story list scrolls under the bar: keep the bar's ground solid.
    Rectangle {
        z: 2
        anchors.fill: bar
        color: Theme.background
    }

    TopBar {
        id: bar
        z: 3
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        // The hero shows the title; the bar takes it over once the hero has scrolled away.
        title: flick.contentY > hero.height * 0.6 ? (view.section.title || "") : ""
        tint: view.accent
    }

    Item {
        id: viewport
        anchors.top: bar.bottom
        anchors.bottom: footer.top
        anchors.left: parent.left
        anchors.right: parent.right
        // No clip: the bars above and below are opaque and hide what scrolls past them. (With a
        // clip here the software renderer, used for snapshots, paints stray copies of the
        // vector icons in Picture placeholders.)

        Item {
            id: stage
            width: parent.width
            height: parent.height
            x: view.swipeOffset

            Flickable {
                id: flick
                objectName: "storyList"
                anchors.fill: parent
                contentWidth: width
                contentHeight: body.height
                flickableDirection: Flickable.VerticalFlick
                boundsBehavior: Flickable.DragAndOvershootBounds
                maximumFlickVelocity: Theme.dp(5000)
                flickDeceleration: Theme.dp(2400)
                pressDelay: 0

                Column {
                    id: body
                    width: flick.width

                    SectionHero {
                        id: hero
                        width: parent.width
                        height: implicitHeight
                        title: view.section.title || ""
                        tagline: view.section.tagline || ""
                        cover: view.section.coverFull || ""
                        accent: view.accent
                        storyCount: Section.stories.count
                        statCount: Section.stats.count
                        eventCount: Section.events.count
                        storiesLabel: Section.current.storyUnit || ""
                        figuresLabel: Section.current.statUnit || ""
                        eventsLabel: Section.current.eventUnit || ""
                    }

                    Column {
                        id: main
                        objectName: "sectionMain"
                        x: Theme.margin
                        width: parent.width - 2 * Theme.margin
                        topPadding: Theme.dp(8)
                        bottomPadding: Theme.dp(96)
                        spacing: Theme.dp(88)

                        // The stories as cards: several on the first screen, each opens its story.
                        GridLayout {
                            id: stories
                            objectName: "stories"
                            width: parent.width
                            columns: Theme.portrait ? 2 : 3
                            columnSpacing: Theme.gap
                            rowSpacing: Theme.gap
                            readonly property real cellWidth: Math.floor((width - (columns - 1) * columnSpacing) / columns)
                            Repeater {
                                model: Section.stories
                                delegate: StoryCard {
                                    id: storyCard
                                    required property int index
                                    required property string storyId
                                    required headline
                                    required date
                                    required lead
                                    required property var images
                                    objectName: "story_" + storyCard.index
                                    Layout.preferredWidth: stories.cellWidth
                                    Layout.fillHeight: true
                                    Layout.alignment: Qt.AlignTop
                                    storyIndex: storyCard.index
                                    picture: storyCard.images.length > 0 ? storyCard.images[0].source || "" : ""
                                    sharper: storyCard.images.length > 0 ? storyCard.images[0].full || "" : ""
                                    accent: view.accent
                                    onActivated: Navigator.openStory(storyCard.storyId)
                                }
                            }
                        }

                        LaterLoader {
                            width: parent.width
                            sourceComponent: SectionFacts {
                                id: facts
                                objectName: "sectionFacts"
                                width: main.width
                                accent: view.accent
                                columns: Theme.portrait ? 2 : 4
                            }
                        }

                        // The hall's closing words, at the end of its last section.
                        ClosingNote {
                            objectName: "sectionClosing"
                            width: Theme.portrait ? parent.width : Math.min(parent.width, Theme.dp(1200))
                            visible: !view.hasNext && text !== ""
                            text: Content.hall.closing || ""
                            credits: Content.hall.credits || ""
                            accent: view.accent
                        }
                    }
                }
            }
        }

        // A scroll position mark at the right edge (not interactive).
        Rectangle {
            visible: flick.contentHeight > flick.height
            anchors.right: parent.right
            anchors.rightMargin: Theme.dp(14)
            y: Math.max(0, Math.min(parent.height - height, flick.visibleArea.yPosition * parent.height))
            width: Theme.dp(6)
            height: Math.max(Theme.dp(40), flick.visibleArea.heightRatio * parent.height)
            radius: width / 2
            color: view.accent
            opacity: flick.moving ? 0.9 : 0.45
            Behavior on opacity { NumberAnimation { duration: Theme.duration } }
        }

        MoreBelow {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            flick: flick
        }
    }

    SectionNavBar {
        id: footer
        z: 2
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: implicitHeight
        onStep: (direction) => view.step(direction)
    }

    // Swipe left / right for the neighbouring section. Only horizontal drags: vertical ones
    // belong to the story list. At either end the page follows the finger only a little and
    // springs back.
    DragHandler {
        id: swipe
        objectName: "sectionSwipe"
        target: null
        xAxis.enabled: true
        yAxis.enabled: false
        dragThreshold: Theme.dp(24)
        readonly property real threshold: Math.min(Theme.dp(180), view.width * 0.15)
        // The drag so far and its speed (activeTranslation is already reset when active ends).
        property real distance: 0
        property real velocity: 0

        onActiveTranslationChanged: {
            if (!active)
                return
            distance = activeTranslation.x
            const open = distance < 0 ? view.hasNext : view.hasPrevious
            view.swipeOffset = open ? distance * 0.6 : distance * 0.18
        }
        onCentroidChanged: if (active) velocity = centroid.velocity.x
        onActiveChanged: {
            if (active) {
                settle.stop()
                enter.complete()
                distance = 0
                velocity = 0
                return
            }
            const flung = Math.abs(velocity) > Theme.dp(1200) && Math.abs(distance) > Theme.dp(60)
                          && (velocity < 0) === (distance < 0)
            if (Math.abs(distance) > threshold || flung)
                view.step(distance < 0 ? 1 : -1)
            else
                settle.restart()
        }
    }

    // Back to rest after a swipe that went nowhere (the rubber band).
    NumberAnimation {
        id: settle
        target: view
        property: "swipeOffset"
        to: 0
        duration: Theme.animate ? 240 : 0
        easing.type: Easing.OutBack
        easing.overshoot: 1.2
    }

    // The next section slides in from the side it lies on.
    ParallelAnimation {
        id: enter
        property int direction: 1
        NumberAnimation {
            target: view; property: "swipeOffset"
            from: enter.direction * Theme.dp(140); to: 0
            duration: Theme.duration; easing.type: Easing.OutCubic
        }
        NumberAnimation {
            target: stage; property: "opacity"
            from: 0; to: 1
            duration: Theme.duration; easing.type: Easing.OutCubic
        }
    }
}
