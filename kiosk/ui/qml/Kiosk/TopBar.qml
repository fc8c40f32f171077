pragma ComponentBehavior: Bound
import QtQuick

// The bar over every page but Home: Home and Back always one tap away, a title, the language.
Rectangle {
    id: bar
    property string title: ""
    property color tint: Theme.accent

    height: Theme.barHeight
    color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.92)

    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: Theme.dp(4); color: bar.tint }

    Row {
        id: left
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.dp(18)
        TouchButton {
            objectName: "homeButton"
            icon: "home"
            text: Content.strings.home
            onClicked: Navigator.home()
        }
        TouchButton {
            objectName: "backButton"
            icon: "back"
            text: Content.strings.back
            outlined: true
            onClicked: Navigator.back()
        }
    }

    Text {
        textFormat: Text.PlainText
        anchors.left: left.right
        anchors.right: right.left
        anchors.margins: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        horizontalAlignment: Text.AlignHCenter
        text: bar.title
        color: Theme.text
        font.pixelSize: Theme.subheading
        font.weight: Font.Bold
        font.features: Theme.fontFeatures
        elide: Text.ElideRight
    }

    TouchButton {
        id: right
        objectName: "languageButton"
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        anchors.verticalCenter: parent.verticalCenter
        text: Content.strings.language
        icon: "language"
        outlined: true
        onClicked: Content.toggleLanguage()
    }
}
