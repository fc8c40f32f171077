pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes

// The calm ground under Home, the hall chooser and the unavailable screen: the hall's background
// deepening downwards, with a soft glow of the accent behind the heading.
Item {
    id: backdrop

    property color glow: Theme.accent
    property color ground: Theme.background
    property real glowX: 0.12          // centre of the glow, as a fraction of the width/height
    property real glowY: 0.0
    property real glowStrength: 0.16

    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: Qt.lighter(backdrop.ground, 1.18) }
            GradientStop { position: 0.55; color: backdrop.ground }
            GradientStop { position: 1.0; color: Qt.darker(backdrop.ground, 1.35) }
        }
    }

    Shape {
        id: glowShape
        anchors.fill: parent
        preferredRendererType: Shape.CurveRenderer
        readonly property real radius: Math.max(width, height) * 0.7
        ShapePath {
            strokeWidth: -1
            strokeColor: "transparent"
            fillGradient: RadialGradient {
                centerX: glowShape.width * backdrop.glowX
                centerY: glowShape.height * backdrop.glowY
                centerRadius: glowShape.radius
                focalX: centerX
                focalY: centerY
                GradientStop {
                    position: 0.0
                    color: Qt.rgba(backdrop.glow.r, backdrop.glow.g, backdrop.glow.b, backdrop.glowStrength)
                }
                GradientStop {
                    position: 0.5
                    color: Qt.rgba(backdrop.glow.r, backdrop.glow.g, backdrop.glow.b, backdrop.glowStrength * 0.3)
                }
                GradientStop { position: 1.0; color: "transparent" }
            }
            startX: 0; startY: 0
            PathLine { x: glowShape.width; y: 0 }
            PathLine { x: glowShape.width; y: glowShape.height }
            PathLine { x: 0; y: glowShape.height }
            PathLine { x: 0; y: 0 }
        }
    }
}
