import QtQuick

// The bar over every page but Home: Home and Back always one tap away, a title, the language.
Rectangle {
    id: bar

    required property QtObject kiosk
    property string title: ""
    property color tint: Theme.accent
    readonly property QtObject nav: kiosk.navigator

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
            text: bar.kiosk.strings.home
            onClicked: bar.nav.home()
        }
        TouchButton {
            objectName: "backButton"
            icon: "back"
            text: bar.kiosk.strings.back
            outlined: true
            onClicked: bar.nav.back()
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
        text: bar.kiosk.strings.language
        icon: "language"
        outlined: true
        onClicked: bar.kiosk.toggleLanguage()
    }
}
