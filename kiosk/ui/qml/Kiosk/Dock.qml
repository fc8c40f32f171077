pragma ComponentBehavior: Bound
import QtQuick

// The controls every page shares, along the bottom of the screen, where a visitor in a
// wheelchair and a child reach them: Home and Back at the left; the language and the
// accessibility options at the right (and, on Home, About and the hall chooser). The corners
// stay clear for the staff door.
Rectangle {
    id: dock
    objectName: "dock"

    readonly property bool home: Navigator.page === Navigator.HOME || Navigator.page === Navigator.HALLS
    readonly property int corner: Theme.doorClear

    // Two rows when the two groups do not fit side by side (portrait with larger text).
    readonly property bool twoRows: left.width + right.width + 2 * corner + Theme.gap
                                    + (!Theme.portrait && (Content.page.title || "") !== "" ? Theme.dp(200) : 0) > width
    height: twoRows ? 2 * Theme.barHeight - Theme.dp(24) : Theme.barHeight
    color: Theme.background

    Rectangle {
        width: parent.width
        height: Math.max(1, Theme.dp(1))
        color: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.16)
    }

    Row {
        id: left
        anchors.left: parent.left
        anchors.leftMargin: dock.corner
        y: dock.twoRows ? Theme.dp(12) : (parent.height - height) / 2
        spacing: Theme.dp(18)
        TouchButton {
            objectName: "homeButton"
            visible: !dock.home
            icon: "home"
            text: Content.strings.home
            onClicked: Navigator.home()
        }
        TouchButton {
            objectName: "backButton"
            visible: !dock.home
            icon: "back"
            text: Content.strings.back
            outlined: true
            onClicked: Navigator.back()
        }
        TouchButton {
            objectName: "aboutButton"
            visible: dock.home && (Content.hall.intro || Content.hall.closing || Content.hall.credits || "") !== ""
            icon: "info"
            text: Content.strings.about
            outlined: true
            onClicked: Navigator.openAbout()
        }
        TouchButton {
            objectName: "hallsButton"
            visible: dock.home && Content.multiHall
            icon: "halls"
            text: Content.strings.halls
            outlined: true
            onClicked: Navigator.start()
        }
    }

    // Landscape: the page's title between the two groups, over a line in its colour.
    Column {
        id: titleColumn
        visible: !Theme.portrait && title.text !== "" && !dock.twoRows
        anchors.left: left.right
        anchors.right: right.left
        anchors.margins: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.dp(8)
        Words {
            id: title
            objectName: "dockTitle"
            textFormat: Text.PlainText
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: Content.page.title || ""
            color: Theme.text
            font.pixelSize: Theme.subheading
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.dp(72)
            height: Theme.dp(4)
            radius: height / 2
            color: Content.page.accent || Theme.accent
        }
    }

    Row {
        id: right
        anchors.right: parent.right
        anchors.rightMargin: dock.corner
        y: dock.twoRows ? parent.height - height - Theme.dp(12) : (parent.height - height) / 2
        spacing: Theme.dp(18)
        TouchButton {
            objectName: "languageButton"
            visible: Content.languages.length > 1
            text: Content.strings.language
            icon: "language"
            outlined: true
            onClicked: Content.toggleLanguage()
        }
        TouchButton {
            objectName: "accessButton"
            icon: "access"
            text: Content.strings.accessibility
            outlined: !Access.panelOpen
            onClicked: Access.setPanelOpen(!Access.panelOpen)
        }
    }
}
