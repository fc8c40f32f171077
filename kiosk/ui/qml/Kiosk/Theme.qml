pragma Singleton
pragma ComponentBehavior: Bound
import QtQuick

// Sizes, colours and switches every view shares. Main sets scale and the hall's colours.
QtObject {
    // 1.0 at 1920x1080 (landscape) or 1080x1920 (portrait); scales everything else.
    property real scale: 1.0
    property bool portrait: false
    property bool motion: true           // off in snapshots: views show their final state
    // Motion, unless the visitor asked for less (Access): no pans, no count-up, no fades.
    readonly property bool animate: motion && !Access.reducedMotion
    property bool asyncImages: true      // off in snapshots: images are loaded before the grab
    // The window's first frame is out (Main). Before it, pages do not fade in and pictures load
    // at once, so that the first frame a visitor sees is already complete.
    property bool started: false
    // A page is fading in (PageSlot): its pictures that arrive meanwhile come in with the page
    // instead of fading in once more after it.
    property bool entering: false
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
    // The keyboard focus ring: bright on every background, with a dark edge on light ones.
    readonly property color focus: "#FFD84D"

    property string fontFamily: "Noto Sans SC"
    property string language: "zh"
    // English curly quotes need proportional widths in a CJK font.
    readonly property var fontFeatures: language === "zh" ? ({}) : ({ "pwid": 1 })

    readonly property int durationFast: animate ? 160 : 0
    readonly property int duration: animate ? 220 : 0

    function dp(x) { return Math.round(x * scale) }
    // A section colour made legible as text on the dark background and the cards (at least
    // 4.5:1, WCAG AA): its hue, light.
    function ink(c) { return Qt.hsla(c.hslHue, Math.min(c.hslSaturation, 0.8), Access.highContrast ? 0.86 : 0.78, 1) }
    // A visitor text's size: px at 1080p, grown by the visitor's larger text (Access), the
    // largest sizes less (they are large already).
    readonly property real textScale: Access.textScale
    function textSize(px) { return Math.round(dp(px) * (1 + (textScale - 1) * Math.min(1, 36 / px))) }

    // Type scale (px at 1080p)
    readonly property int display: textSize(76)
    readonly property int title: textSize(52)
    readonly property int heading: textSize(38)
    readonly property int subheading: textSize(30)
    // No visitor text is smaller than small: 24 px at 1080p, legible from a step back.
    readonly property int body: textSize(28)
    readonly property int small: textSize(24)
    readonly property int tiny: dp(24)  // the staff panel's smallest (never grown)

    readonly property int margin: dp(64)
    readonly property int gap: dp(28)
    readonly property int radius: dp(18)
    readonly property int touch: dp(88)     // minimum touch target (>= 80 px at 1080p)
    readonly property int barHeight: dp(112)
    readonly property int door: dp(110)        // the staff doors: squares at the bottom corners
    readonly property int doorClear: dp(122)   // how far controls at the foot keep from the sides

    property real staffHoldSeconds: 5     // the hidden corner needs this long a press (tests shorten it)
}
