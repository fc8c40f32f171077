pragma ComponentBehavior: Bound
import QtQuick

// About this exhibition: its title, the introduction, the closing words, who wrote the texts
// and where the figures come from. Opened from Home.
Item {
    id: view
    objectName: "aboutView"

    readonly property var hall: Content.hall
    readonly property var sources: hall.sources || []

    Rectangle {
        z: 2
        anchors.fill: bar
        color: Theme.background
    }
    TopBar {
        id: bar
        z: 3
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        title: Content.strings.about
    }

    Flickable {
        id: flick
        objectName: "aboutFlick"
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        contentWidth: width
        contentHeight: words.y + words.height + Theme.dp(24)
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.DragAndOvershootBounds
        pressDelay: 0
        clip: true   // the words end above the dock, under a fade while there is more

        // Landscape: the introduction at the left, the closing words and credits at the right.
        Grid {
            id: words
            x: Theme.margin
            y: Theme.dp(44)
            columns: Theme.portrait ? 1 : 2
            columnSpacing: Theme.dp(96)
            rowSpacing: Theme.dp(56)
            readonly property real columnWidth: Theme.portrait ? flick.width - 2 * Theme.margin
                                                               : (flick.width - 2 * Theme.margin - columnSpacing) / 2

          Column {
            width: words.columnWidth
            spacing: Theme.dp(36)
            Rectangle {
                width: Theme.dp(88); height: Theme.dp(8); radius: height / 2
                color: Theme.accent
            }
            Words {
                textFormat: Text.PlainText
                objectName: "aboutTitle"
                width: parent.width
                // A Chinese title breaks at its author's space (回望2023 / 济宁高新区…).
                text: (view.hall.titleBreaks || []).length > 0 ? view.hall.titleBreaks.join("\n")
                                                              : (view.hall.title || "")
                color: Theme.text
                font.pixelSize: Theme.title
                font.weight: Font.Bold
                font.features: Theme.fontFeatures
                lineHeight: 1.15
                wrapMode: Text.Wrap
            }
            Words {
                textFormat: Text.PlainText
                objectName: "aboutSubtitle"
                visible: text !== ""
                width: parent.width
                text: view.hall.subtitle || ""
                color: Theme.accent
                font.pixelSize: Theme.subheading
                font.weight: Font.Bold
                font.features: Theme.fontFeatures
                wrapMode: Text.Wrap
            }
            Words {
                textFormat: Text.PlainText
                objectName: "aboutIntro"
                visible: text !== ""
                width: parent.width
                text: view.hall.intro || ""
                color: Theme.text
                font.pixelSize: Theme.subheading
                font.features: Theme.fontFeatures
                lineHeight: 1.45
                wrapMode: Text.Wrap
            }
          }
          Column {
            width: words.columnWidth
            spacing: Theme.dp(36)
            topPadding: Theme.portrait ? 0 : Theme.dp(44)
            ClosingNote {
                objectName: "aboutClosing"
                visible: text !== ""
                width: parent.width
                text: view.hall.closing || ""
                credits: view.hall.credits || ""
            }
            Words {
                textFormat: Text.PlainText
                objectName: "aboutCredits"
                visible: (view.hall.closing || "") === "" && text !== ""
                width: parent.width
                text: view.hall.credits || ""
                color: Theme.muted
                font.pixelSize: Theme.small
                font.features: Theme.fontFeatures
                wrapMode: Text.Wrap
            }
            Words {
                textFormat: Text.PlainText
                objectName: "aboutSources"
                visible: view.sources.length > 0
                width: parent.width
                text: Content.strings.sourceLine.replace("{source}", view.sources.join(" · "))
                color: Theme.muted
                font.pixelSize: Theme.small
                font.features: Theme.fontFeatures
                wrapMode: Text.Wrap
            }
            LinkCode {
                objectName: "aboutLink"
                width: parent.width
                height: implicitHeight
                link: view.hall.link || ""
                host: view.hall.linkHost || ""
                target: "hall:" + (view.hall.id || "")
                viewport: flick
            }
          }
        }
    }

    MoreBelow {
        z: 2
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        flick: flick
    }
}
