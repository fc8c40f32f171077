pragma ComponentBehavior: Bound
import QtQuick

// A section: a hero band (cover, title, tagline), its stories in full in a vertically flicking
// column, its figures and events (a side column in landscape, blocks after the stories in
// portrait). Swipe left / right or use the buttons at the foot to move to the next section.
Item {
    id: view
    objectName: "sectionView"
    readonly property var section: Section.current
    readonly property color accent: section.accent || Theme.accent
    readonly property int sectionIndex: Navigator.sectionIndex
    readonly property bool hasPrevious: sectionIndex > 0
    readonly property bool hasNext: sectionIndex >= 0 && sectionIndex < Home.sections.count - 1

    // Layout: a reading column of ~36 CJK / ~70 latin characters; the rest for figures & events.
    readonly property int readingWidth: Theme.portrait ? width - 2 * Theme.margin : Theme.dp(960)
    readonly property int gutter: Theme.dp(96)

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
                        cover: view.section.cover || ""
                        accent: view.accent
                        storyCount: Section.stories.count
                        statCount: Section.stats.count
                        eventCount: Section.events.count
                        storiesLabel: Section.current.storyUnit || ""
                        figuresLabel: Content.strings.figures
                        eventsLabel: Content.strings.events
                    }

                    Item {
                        id: main
                        width: parent.width
                        height: Theme.portrait
                                ? stories.height + Theme.dp(112) + facts.height + Theme.dp(120)
                                : Math.max(stories.height, facts.height) + Theme.dp(120)

                        Column {
                            id: stories
                            objectName: "stories"
                            x: Theme.margin
                            y: Theme.dp(24)
                            width: view.readingWidth
                            Repeater {
                                model: Section.stories
                                // Built just after the page's first frame: that frame shows the hero
                                // and bars as the page starts to fade in (or slide, from the next
                                // section), the stories arrive one frame later, unseen.
                                delegate: LaterLoader {
                                    id: storySlot
                                    required property int index
                                    required property string headline
                                    required property string date
                                    required property var paragraphs
                                    required property var images
                                    width: stories.width
                                    sourceComponent: StoryBlock {
                                        objectName: "story_" + storySlot.index
                                        width: storySlot.width
                                        storyIndex: storySlot.index
                                        headline: storySlot.headline
                                        date: storySlot.date
                                        paragraphs: storySlot.paragraphs
                                        images: storySlot.images
                                        first: storySlot.index === 0
                                        accent: view.accent
                                        onImageTapped: (imageIndex, image) => view.openPhoto(storySlot.index, imageIndex, image)
                                    }
                                }
                            }
                        }

                        SectionFacts {
                            id: facts
                            objectName: "sectionFacts"
                            accent: view.accent
                            x: Theme.portrait ? Theme.margin : stories.x + stories.width + view.gutter
                            y: Theme.portrait ? stories.y + stories.height + Theme.dp(112) : sticky
                            // Landscape: a sticky side column, so figures and events stay in view
                            // while the stories are read: it scrolls until it fits, then holds
                            // (by its top when shorter than the screen, else by its bottom).
                            readonly property real startY: Theme.dp(24)
                            readonly property real endY: main.height - Theme.dp(120) - height
                            readonly property real seen: flick.contentY - main.y
                            readonly property real sticky: Math.max(startY, Math.min(endY,
                                height + 2 * startY <= flick.height ? seen + startY
                                                                 : seen + flick.height - height - Theme.dp(48)))
                            width: Theme.portrait ? view.readingWidth : main.width - x - Theme.margin
                            columns: 2
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

        // The page goes on below: a soft fade at the foot while there is more to read.
        Rectangle {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            height: Theme.dp(56)
            opacity: flick.atYEnd ? 0 : 1
            gradient: Gradient {
                GradientStop { position: 0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
                GradientStop { position: 1; color: Theme.background }
            }
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

    function openPhoto(storyIndex, imageIndex, image) {
        // The photos model is the section's story images flattened in story order.
        let photo = image && image.photoIndex !== undefined ? image.photoIndex : -1
        if (photo < 0) {
            photo = imageIndex
            for (let i = 0; i < storyIndex; ++i)
                photo += Section.stories.get(i).images.length
        }
        Navigator.openPhoto(photo)
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
