pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window

// The kiosk window: pages, overlays, attract loop, idle countdown and the staff corner. The
// Python objects behind it are the module's singletons (Content, Navigator, Home, Section,
// Timeline, Stats, Pictures, Idle, Staff, Shared; see kiosk/ui/qml/README.md).
Window {
    id: root

    // 90 or 270 when the screen is mounted turned from how the desktop reports it (settings).
    required property int turn

    title: "kiosk"
    color: Theme.background
    visible: true

    Binding { target: Theme; property: "background"; value: Content.theme.background || Shared.background }
    Binding { target: Theme; property: "surface"; value: Content.theme.surface || Shared.surface }
    Binding { target: Theme; property: "text"; value: Content.theme.text || Shared.text }
    Binding { target: Theme; property: "muted"; value: Content.theme.muted || Shared.muted }
    Binding { target: Theme; property: "accent"; value: Content.theme.accent || Shared.accent }
    Binding { target: Theme; property: "language"; value: Content.language }

    Component { id: hallsPage; HallChooser {} }
    Component { id: homePage; HomeView {} }
    Component { id: sectionPage; SectionView {} }
    Component { id: storyPage; StoryView {} }
    Component { id: aboutPage; AboutView {} }
    Component { id: timelinePage; TimelineView {} }
    Component { id: statsPage; StatsView {} }
    Component { id: unavailablePage; UnavailableView {} }
    Component { id: eventOverlay; EventDetail {} }
    Component { id: photoOverlay; PhotoViewer {} }

    // Everything visitors see, turned as the screen is mounted.
    Item {
        id: stage
        objectName: "stage"
        readonly property bool turned: root.turn === 90 || root.turn === 270
        anchors.centerIn: parent
        width: turned ? root.height : root.width
        height: turned ? root.width : root.height
        rotation: root.turn
        onWidthChanged: relayout()
        onHeightChanged: relayout()
        Component.onCompleted: relayout()
        function relayout() {
            if (width < 2 || height < 2)
                return  // not laid out yet: a tiny scale would shrink every text to nothing
            Theme.portrait = height > width
            Theme.scale = Theme.portrait ? Math.min(width / 1080, height / 1920)
                                         : Math.min(width / 1920, height / 1080)
        }

        Item {
            id: content
            objectName: "content"
            anchors.fill: parent

            // The pages. Home, the section, the timeline and the figures stay built once visited
            // (the timeline keeps its place; the section page its stories; the figures count up
            // again on each visit) until the attract loop sends the visitor away. The hall
            // chooser and the unavailable page are built afresh each time.
            Item {
                id: page
                objectName: "page"
                anchors.fill: parent
                enabled: Navigator.overlay === Navigator.NONE  // an overlay takes every touch
                readonly property int shown: Content.available ? Navigator.page : Navigator.UNAVAILABLE
                readonly property bool keep: Content.available && !Navigator.attract
                // What soak tests and benchmarks read: the page now shown.
                readonly property Item item: {
                    for (const slot of [halls, home, section, story, about, timeline, stats, unavailable])
                        if (slot.current)
                            return slot.item
                    return null
                }

                PageSlot { id: halls; current: page.shown === Navigator.HALLS; sourceComponent: hallsPage }
                PageSlot { id: home; current: page.shown === Navigator.HOME; keep: page.keep; sourceComponent: homePage }
                PageSlot { id: section; current: page.shown === Navigator.SECTION; keep: page.keep; sourceComponent: sectionPage }
                PageSlot { id: story; current: page.shown === Navigator.STORY; keep: page.keep; sourceComponent: storyPage }
                PageSlot { id: about; current: page.shown === Navigator.ABOUT; sourceComponent: aboutPage }
                PageSlot { id: timeline; current: page.shown === Navigator.TIMELINE; keep: page.keep; sourceComponent: timelinePage }
                PageSlot { id: stats; current: page.shown === Navigator.STATS; keep: page.keep; sourceComponent: statsPage }
                PageSlot { id: unavailable; current: page.shown === Navigator.UNAVAILABLE; sourceComponent: unavailablePage }
            }

            Loader {
                id: overlay
                objectName: "overlay"
                anchors.fill: parent
                active: Content.available && Navigator.overlay !== Navigator.NONE
                sourceComponent: Navigator.overlay === Navigator.PHOTO ? photoOverlay : eventOverlay
            }
        }

        Loader {
            id: attract
            objectName: "attract"
            anchors.fill: parent
            active: Navigator.attract && Content.available
            sourceComponent: AttractView {
                onWake: Idle.wake()
                onOpenStory: (storyId) => { Idle.wake(); Navigator.openStory(storyId) }
            }
        }

        IdleCountdown {
            anchors.fill: parent
        }

        StaffPanel {
            id: staffPanel
            anchors.fill: parent
        }
    }
}
