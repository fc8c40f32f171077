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

    // The hall's colours, unless the visitor asked for high contrast (Access.palette).
    Binding { target: Theme; property: "background"; value: Access.palette.background || Content.theme.background || Shared.background }
    Binding { target: Theme; property: "surface"; value: Access.palette.surface || Content.theme.surface || Shared.surface }
    Binding { target: Theme; property: "text"; value: Access.palette.text || Content.theme.text || Shared.text }
    Binding { target: Theme; property: "muted"; value: Access.palette.muted || Content.theme.muted || Shared.muted }
    Binding { target: Theme; property: "accent"; value: Content.theme.accent || Shared.accent }
    Binding { target: Theme; property: "language"; value: Content.language }

    // The first frame is out: from now on pages fade in and pictures load in the background.
    Connections {
        target: root
        enabled: !Theme.started
        function onFrameSwapped() { Theme.started = true }
    }

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

    // Keys (a keyboard, a museum keypad): what each does is the settings' (Access.keyAction).
    // Arrows or Tab move the focus through the page in reading order, Enter or Space press
    // what has it; only the page shown (or an open overlay or sheet) takes the focus.
    function act(action) {
        if (Navigator.attract) {
            Idle.wake()
            return true
        }
        switch (action) {
        case "next":
        case "previous":
        case "activate":   // nothing focused yet: begin at the first control
            moveFocus(action !== "previous")
            return true
        case "back":
            if (Access.panelOpen)
                Access.setPanelOpen(false)
            else
                Navigator.back()
            return true
        case "home":
            Access.setPanelOpen(false)
            Navigator.home()
            return true
        case "help":
            Access.setPanelOpen(!Access.panelOpen)
            return true
        case "speech":
            Access.toggle("speech")
            return true
        case "louder":
            Access.volumeStep(1)
            return true
        case "quieter":
            Access.volumeStep(-1)
            return true
        }
        return false
    }
    function moveFocus(forward) {
        const from = root.activeFocusItem || stage
        const next = from.nextItemInFocusChain(forward)
        if (next && next !== from)
            next.forceActiveFocus(forward ? Qt.TabFocusReason : Qt.BacktabFocusReason)
    }
    // The focus never rests on nothing: keys always reach the stage's handler.
    onActiveFocusItemChanged: if (!activeFocusItem || activeFocusItem === contentItem) stage.forceActiveFocus()
    Connections {
        target: Navigator
        // A new page: with keys, its first control takes the focus; with speech, it is read.
        function onChanged() {
            stage.forceActiveFocus()
            if (Access.keyboard)
                Qt.callLater(root.moveFocus, true)
            if (Access.speech)
                Qt.callLater(() => Access.readPage(page.item))
        }
    }

    // Everything visitors see, turned as the screen is mounted.
    Item {
        id: stage
        objectName: "stage"
        focus: true
        Keys.onPressed: (event) => { event.accepted = root.act(Access.keyAction(event.key, event.modifiers)) }
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
            // Under the attract loop, which covers it all, nothing of it is drawn (a GL renderer
            // would draw every hidden layer again on each of the loop's frames).
            visible: attract.status !== Loader.Ready

            // The pages. Home, the section, the timeline and the figures stay built once visited
            // (the timeline keeps its place; the section page its stories; the figures count up
            // again on each visit) until the attract loop sends the visitor away. The hall
            // chooser and the unavailable page are built afresh each time.
            Item {
                id: page
                objectName: "page"
                anchors.fill: parent
                anchors.bottomMargin: dock.visible ? dock.height : 0
                // An overlay or the accessibility sheet takes every touch and the focus.
                enabled: Navigator.overlay === Navigator.NONE && !Access.panelOpen
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

            Dock {
                id: dock
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                visible: Content.available
                enabled: page.enabled
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

        AccessPanel {
            anchors.fill: parent
            anchors.bottomMargin: dock.visible ? dock.height : 0
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
