pragma ComponentBehavior: Bound
import QtQuick

// When several halls share the kiosk: one large tile per hall, each in its own colours.
Item {
    id: view
    readonly property var strings: Content.strings
    readonly property bool portrait: Theme.portrait

    objectName: "hallChooser"

    HomeBackdrop { anchors.fill: parent; glowX: 0.5; glowStrength: 0.12 }

    Item {
        id: frame
        anchors.fill: parent
        anchors.margins: Theme.margin
        anchors.topMargin: view.portrait ? Theme.dp(72) : Theme.dp(52)

        Item {
            id: header
            anchors.left: parent.left
            anchors.right: parent.right
            height: Math.max(heading.height, language.height)

            Column {
                id: heading
                anchors.left: parent.left
                anchors.right: language.left
                anchors.rightMargin: Theme.gap
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.dp(16)
                Rectangle { width: Theme.dp(52); height: Theme.dp(3); color: Theme.accent }
                Text {
                    textFormat: Text.PlainText
                    objectName: "chooseHallHeading"
                    width: parent.width
                    text: view.strings.chooseHall
                    color: Theme.text
                    font.pixelSize: Theme.title
                    font.weight: Font.Bold
                    font.features: Theme.fontFeatures
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }

            TouchButton {
                id: language
                objectName: "languageButton"
                anchors.right: parent.right
                anchors.top: parent.top
                text: view.strings.language
                icon: "language"
                outlined: true
                onClicked: Content.toggleLanguage()
            }
        }

        Flickable {
            id: tiles
            objectName: "hallTiles"
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: header.bottom
            anchors.topMargin: Theme.dp(48)
            anchors.bottom: parent.bottom

            readonly property int count: Home.halls.count
            readonly property real gap: Theme.dp(28)
            readonly property int columns: view.portrait ? 1 : Math.max(1, Math.min(3, count))
            readonly property int rows: Math.max(1, Math.ceil(count / columns))
            readonly property real tileWidth: (width - gap * (columns - 1)) / columns
            readonly property real tileHeight: Math.max(Theme.dp(320), (height - gap * (rows - 1)) / rows)

            clip: interactive
            contentWidth: width
            contentHeight: grid.height
            flickableDirection: Flickable.VerticalFlick
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height + 1

            Grid {
                id: grid
                columns: tiles.columns
                spacing: tiles.gap
                Repeater {
                    model: Home.halls
                    delegate: HallTile {
                        width: tiles.tileWidth
                        height: tiles.tileHeight
                        onActivated: Content.chooseHall(hallIndex)
                    }
                }
            }
        }
    }
}
