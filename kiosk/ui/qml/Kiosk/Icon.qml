pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes

// Line icons drawn as vector paths (24x24 grid), so they never depend on a font having a glyph.
Item {
    id: icon

    property string name: ""
    property color color: Theme.text
    property real lineWidth: 2.2

    readonly property var paths: ({
        "home": "M3 11 L12 3.5 L21 11 M5.5 9.5 V20.5 H10 V14.5 H14 V20.5 H18.5 V9.5",
        "back": "M20 12 H4.5 M10.5 5.5 L4 12 L10.5 18.5",
        "close": "M5.5 5.5 L18.5 18.5 M18.5 5.5 L5.5 18.5",
        "prev": "M15 4.5 L7.5 12 L15 19.5",
        "next": "M9 4.5 L16.5 12 L9 19.5",
        "up": "M4.5 15 L12 7.5 L19.5 15",
        "down": "M4.5 9 L12 16.5 L19.5 9",
        "language": "M12 3 A9 9 0 1 0 12.001 3 M3 12 H21 M12 3 C8 7.5 8 16.5 12 21 C16 16.5 16 7.5 12 3",
        "timeline": "M2.5 12 H21.5 M6 12 V7 M12 12 V5 M18 12 V8 M6 12 V15 M12 12 V17 M18 12 V16",
        "stats": "M4 20.5 H20 M6.5 20.5 V13 M11 20.5 V8 M15.5 20.5 V11 M20 20.5 V4.5",
        "photo": "M3 6 H21 V18 H3 Z M3 15.5 L8.5 10.5 L13 14.5 L16 12 L21 16 M15.5 9 A1.2 1.2 0 1 0 15.501 9",
        "zoom": "M10.5 4 A6.5 6.5 0 1 0 10.501 4 M15.2 15.2 L20.5 20.5 M10.5 7.5 V13.5 M7.5 10.5 H13.5",
        "grid": "M4 4 H10 V10 H4 Z M14 4 H20 V10 H14 Z M4 14 H10 V20 H4 Z M14 14 H20 V20 H14 Z",
        "halls": "M3 20 H21 M5 20 V10 M9.5 20 V10 M14.5 20 V10 M19 20 V10 M3 9.5 L12 4 L21 9.5 Z",
        // The international symbol of access, drawn as a figure in a wheel.
        "access": "M12 2.5 A1.6 1.6 0 1 0 12.001 2.5 M12 6.5 V12.5 H16.5 L18.5 17.5 M8.5 8.5 H15.5 M9.5 10.8 A5.2 5.2 0 1 0 15.8 17.6",
        "text": "M3 19 L8 6 L13 19 M4.8 14.5 H11.2 M14.5 19 L17.8 10.5 L21 19 M15.7 16.2 H20",
        "contrast": "M12 3 A9 9 0 1 0 12.001 3 M12 3 V21 M12 5 A7 7 0 0 1 12 19 Z",
        "motion": "M3 12 H7 M9 8 L13 12 L9 16 M15 8 L19 12 L15 16",
        "speech": "M4 9.5 H8 L13 5 V19 L8 14.5 H4 Z M16.5 8.5 C18 10 18 14 16.5 15.5 M19 6 C22 9 22 15 19 18",
        "arrow": "M4 12 H19.5 M13.5 6 L19.5 12 L13.5 18",
        "tick": "M5 12.5 L10 17.5 L19 7",
        "play": "M7.5 4.5 V19.5 L19.5 12 Z",
        "pause": "M8 5 V19 M16 5 V19",
        "muted": "M4 9.5 H8 L13 5 V19 L8 14.5 H4 Z M16 9 L21 15 M21 9 L16 15",
        "expand": "M4 9 V4 H9 M15 4 H20 V9 M20 15 V20 H15 M9 20 H4 V15",
        "shrink": "M9 4 V9 H4 M15 4 V9 H20 M20 15 H15 V20 M4 15 H9 V20",
        "info": "M12 3 A9 9 0 1 0 12.001 3 M12 10.5 V17 M12 7 V7.6",
        "calendar": "M4 6 H20 V20 H4 Z M4 10.5 H20 M8.5 3.5 V7.5 M15.5 3.5 V7.5",
        "touch": "M9 11 V5.5 A1.5 1.5 0 0 1 12 5.5 V11 M12 10 A1.5 1.5 0 0 1 15 10 V11.5 M15 11 A1.5 1.5 0 0 1 18 11 V15 C18 18.5 15.5 21 12.5 21 H11.5 C9 21 7.5 19.5 6.2 17.3 L4.3 14 A1.4 1.4 0 0 1 6.7 12.6 L9 15"
    })

    implicitWidth: Theme.dp(36)
    implicitHeight: implicitWidth
    visible: name !== ""

    Shape {
        width: 24
        height: 24
        scale: Math.min(icon.width, icon.height) / 24
        transformOrigin: Item.TopLeft
        x: (icon.width - Math.min(icon.width, icon.height)) / 2
        preferredRendererType: Shape.CurveRenderer
        ShapePath {
            strokeColor: icon.color
            strokeWidth: icon.lineWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            PathSvg { path: icon.paths[icon.name] || "" }
        }
    }
}
