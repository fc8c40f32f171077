pragma ComponentBehavior: Bound
import QtQuick

// A link to take home: its QR code, black on a white plate, each module whole pixels
// (image://qr draws it offline; nothing is fetched), with a caption saying what it opens and
// the host it opens on. It tells TakeHome when it has been in view for a second (the usage log
// counts it; a page still laying itself out, or flicked past, shows nothing to anyone).
Item {
    id: card
    objectName: "linkCode"

    property string link: ""
    property string host: ""
    property string target: ""           // what it belongs to: story:<id>, event:<id>, hall:<id>
    property Flickable viewport: null    // the page it scrolls in (none: in view while visible)
    property int codeSize: Theme.dp(200)
    property color accent: Theme.accent

    readonly property int plate: code.width + 2 * Theme.dp(6)
    // In view: at least half of the code inside the viewport (re-read as the page scrolls).
    readonly property bool inView: {
        if (!visible || !enabled || link === "")   // not under an overlay either
            return false
        if (!viewport)
            return true
        // Read here so that the binding follows the scrolling and the layout.
        void viewport.contentY
        void viewport.height
        void viewport.contentHeight
        void card.y
        const middle = card.mapToItem(viewport, 0, 0).y + plate / 2
        return middle > 0 && middle < viewport.height
    }
    property int shownCount: 0           // how often it told TakeHome (tests read it)

    Timer {
        interval: 1000
        running: card.inView
        onTriggered: {
            card.shownCount += 1
            TakeHome.shown(card.target)
        }
    }

    visible: link !== ""
    implicitHeight: Math.max(plate, words.implicitHeight)
    Accessible.role: Accessible.Graphic
    Accessible.name: Content.strings.scanToRead + " " + host

    Rectangle {
        id: plateRect
        width: card.plate
        height: card.plate
        radius: Theme.dp(10)
        color: "#FFFFFF"
        Image {
            id: code
            objectName: "linkCodeImage"
            anchors.centerIn: parent
            source: card.link !== "" ? "image://qr/" + encodeURIComponent(card.link) : ""
            sourceSize: Qt.size(card.codeSize, card.codeSize)
            smooth: false
            mipmap: false
            cache: true
        }
    }

    Column {
        id: words
        anchors.left: plateRect.right
        anchors.leftMargin: Theme.dp(28)
        anchors.right: parent.right
        anchors.verticalCenter: plateRect.verticalCenter
        spacing: Theme.dp(10)
        Rectangle {
            width: Theme.dp(48)
            height: Theme.dp(6)
            radius: height / 2
            color: card.accent
        }
        Words {
            textFormat: Text.PlainText
            objectName: "linkCodeCaption"
            width: parent.width
            text: Content.strings.scanToRead
            color: Theme.text
            font.pixelSize: Theme.body
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
            wrapMode: Text.Wrap
        }
        Words {
            textFormat: Text.PlainText
            objectName: "linkCodeHost"
            visible: text !== ""
            width: parent.width
            text: card.host
            color: Theme.muted
            font.pixelSize: Theme.small
            wrapMode: Text.WrapAnywhere
        }
    }
}
