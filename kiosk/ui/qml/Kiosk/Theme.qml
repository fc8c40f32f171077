pragma Singleton
pragma ComponentBehavior: Bound
import QtQuick

// Sizes, colours and switches every view shares. Main sets scale and the hall's colours.
QtObject {
    // 1.0 at 1920x1080 (landscape) or 1080x1920 (portrait); scales everything else.
    property real scale: 1.0
    property bool portrait: false
    property bool animate: true          // off in snapshots: views show their final state
    property bool asyncImages: true      // off in snapshots: images are loaded before the grab
    // Build what is below the fold just after a page's first frame (off in snapshots).
    readonly property bool deferBuilding: asyncImages

    // The hall's colours (Main binds them); until then the defaults every hall starts from.
    property color background: Shared.background
    property color surface: Shared.surface
    property color text: Shared.text
    property color muted: Shared.muted
    property color accent: Shared.accent
    readonly property color scrim: Qt.rgba(0, 0, 0, 0.55)
    // States on the staff panel: what is wrong, what deserves a look, what is fine.
    readonly property color error: "#FF9E9E"
    readonly property color warning: "#FFD27F"
    readonly property color ok: "#8FD6A0"

    property string fontFamily: "Noto Sans SC"
    property string language: "zh"
    // English curly quotes need proportional widths in a CJK font.
    readonly property var fontFeatures: language === "zh" ? ({}) : ({ "pwid": 1 })

    readonly property int durationFast: animate ? 160 : 0
    readonly property int duration: animate ? 220 : 0

    function dp(x) { return Math.round(x * scale) }
    // A section colour made legible as text on the dark background and the cards (at least
    // 4.5:1, WCAG AA): its hue, light.
    function ink(c) { return Qt.hsla(c.hslHue, Math.min(c.hslSaturation, 0.8), 0.78, 1) }

    // Type scale (px at 1080p)
    readonly property int display: dp(76)
    readonly property int title: dp(52)
    readonly property int heading: dp(38)
    readonly property int subheading: dp(30)
    // No visitor text is smaller than small: 24 px at 1080p, legible from a step back.
    readonly property int body: dp(28)
    readonly property int small: dp(24)
    readonly property int tiny: dp(24)  // the staff panel's smallest

    readonly property int margin: dp(64)
    readonly property int gap: dp(28)
    readonly property int radius: dp(18)
    readonly property int touch: dp(88)     // minimum touch target (>= 80 px at 1080p)
    readonly property int barHeight: dp(112)

    property real staffHoldSeconds: 5     // the hidden corner needs this long a press (tests shorten it)
}
