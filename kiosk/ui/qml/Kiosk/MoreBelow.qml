import QtQuick

// The page goes on below: a soft fade at the foot of a flickable page while there is more to
// read (more than the page's own bottom padding). Anchor it to the page's foot.
Rectangle {
    property Flickable flick

    height: Theme.dp(56)
    opacity: flick && flick.contentHeight - flick.contentY - flick.height > Theme.dp(48) ? 1 : 0
    gradient: Gradient {
        GradientStop { position: 0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
        GradientStop { position: 1; color: Theme.background }
    }
}
