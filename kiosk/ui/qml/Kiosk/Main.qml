import QtQuick
import QtQuick.Window

// The kiosk window: pages, overlays, attract loop, idle countdown and the staff corner.
Window {
    id: root

    // Set by Python as context properties before the window is created (see kiosk/ui/app.py).
    readonly property QtObject kiosk: kioskBackend
    readonly property QtObject idle: kioskIdle
    readonly property QtObject staff: kioskStaff
    // 90 or 270 when the screen is mounted turned from how the desktop reports it (settings).
    readonly property int turn: kioskTurn
    readonly property QtObject nav: kiosk.navigator

    title: "kiosk"
    color: Theme.background
    visible: true

    Binding { target: Theme; property: "background"; value: root.kiosk.theme.background || "#0F1B2D" }
    Binding { target: Theme; property: "surface"; value: root.kiosk.theme.surface || "#172A45" }
    Binding { target: Theme; property: "text"; value: root.kiosk.theme.text || "#F5F1E8" }
    Binding { target: Theme; property: "muted"; value: root.kiosk.theme.muted || "#A9B4C2" }
    Binding { target: Theme; property: "accent"; value: root.kiosk.theme.accent || "#C9A227" }
    Binding { target: Theme; property: "language"; value: root.kiosk.language }

    Component { id: hallsPage; HallChooser { kiosk: root.kiosk } }
    Component { id: homePage; HomeView { kiosk: root.kiosk } }
    Component { id: sectionPage; SectionView { kiosk: root.kiosk } }
    Component { id: timelinePage; TimelineView { kiosk: root.kiosk } }
    Component { id: statsPage; StatsView { kiosk: root.kiosk } }
    Component { id: unavailablePage; UnavailableView { kiosk: root.kiosk } }
    Component { id: eventOverlay; EventDetail { kiosk: root.kiosk } }
    Component { id: photoOverlay; PhotoViewer { kiosk: root.kiosk } }

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
                enabled: root.nav.overlay === ""  // an overlay takes every touch
                readonly property string name: !root.kiosk.available ? "unavailable"
                    : ["halls", "section", "timeline", "stats"].indexOf(root.nav.page) >= 0
                    ? root.nav.page : "home"
                readonly property bool keep: root.kiosk.available && !root.nav.attract
                // What soak tests and benchmarks read: the page now shown.
                readonly property Item item: {
                    for (const slot of [halls, home, section, timeline, stats, unavailable])
                        if (slot.current)
                            return slot.item
                    return null
                }

                PageSlot { id: halls; current: page.name === "halls"; sourceComponent: hallsPage }
                PageSlot { id: home; current: page.name === "home"; keep: page.keep; sourceComponent: homePage }
                PageSlot { id: section; current: page.name === "section"; keep: page.keep; sourceComponent: sectionPage }
                PageSlot { id: timeline; current: page.name === "timeline"; keep: page.keep; sourceComponent: timelinePage }
                PageSlot { id: stats; current: page.name === "stats"; keep: page.keep; sourceComponent: statsPage }
                PageSlot { id: unavailable; current: page.name === "unavailable"; sourceComponent: unavailablePage }
            }

            Loader {
                id: overlay
                objectName: "overlay"
                anchors.fill: parent
                active: root.kiosk.available && root.nav.overlay !== ""
                sourceComponent: root.nav.overlay === "photo" ? photoOverlay : eventOverlay
            }
        }

        Loader {
            id: attract
            objectName: "attract"
            anchors.fill: parent
            active: root.nav.attract && root.kiosk.available
            sourceComponent: AttractView { kiosk: root.kiosk; onWake: root.idle.wake() }
        }

        IdleCountdown {
            anchors.fill: parent
            idle: root.idle
            strings: root.kiosk.strings
        }

        StaffPanel {
            id: staffPanel
            anchors.fill: parent
            staff: root.staff
            kiosk: root.kiosk
        }
    }
}
