pragma ComponentBehavior: Bound
import QtQuick

// A tile's cover picture. Until it is ready (or when it is missing) a quiet gradient in the
// tile's colour stands in, with no glyph, since the tile's words sit on top of it.
Item {
    id: cover

    property url source
    property url sharper
    property color tint: Theme.accent
    readonly property bool ready: picture.ready

    Rectangle {
        anchors.fill: parent
        visible: !cover.ready
        gradient: Gradient {
            GradientStop { position: 0.0; color: Qt.lighter(cover.tint, 1.12) }
            GradientStop { position: 1.0; color: Qt.darker(cover.tint, 1.6) }
        }
    }

    Picture {
        id: picture
        anchors.fill: parent
        source: cover.source
        sharper: cover.sharper
        tint: cover.tint
        opacity: ready ? 1 : 0
    }
}
