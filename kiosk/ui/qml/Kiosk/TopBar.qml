pragma ComponentBehavior: Bound
import QtQuick

// The bar over every page but Home, in portrait: the page's title in its colour. (Landscape
// has no room to spare above: the Dock shows the title there. The controls are in the Dock, at
// the foot of the screen, within everyone's reach.)
Rectangle {
    id: bar
    property string title: ""
    property color tint: Theme.accent

    visible: Theme.portrait
    height: Theme.portrait ? Theme.dp(96) : 0
    color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.92)

    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: Theme.dp(4); color: bar.tint }

    Words {
        textFormat: Text.PlainText
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        horizontalAlignment: Text.AlignHCenter
        text: bar.title
        color: Theme.text
        font.pixelSize: Theme.subheading
        font.weight: Font.Bold
        font.features: Theme.fontFeatures
        elide: Text.ElideRight
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
}
