pragma ComponentBehavior: Bound
import QtQuick

// The opening band of a section: its cover, title and tagline in the section colour, and how
// much the section holds (stories, figures, events).
Item {
    id: hero

    property string title: ""
    property string tagline: ""
    property url cover
    property color accent: Theme.accent
    property int storyCount: 0
    property int statCount: 0
    property int eventCount: 0
    property string storiesLabel: ""
    property string figuresLabel: ""
    property string eventsLabel: ""

    readonly property color accentInk: Theme.ink(accent)

    implicitHeight: Theme.portrait ? Theme.dp(600) : Theme.dp(330)

    // The cover: the right part of the band in landscape, the whole band in portrait.
    Picture {
        id: picture
        objectName: "sectionCover"
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: parent.right
        width: Theme.portrait ? parent.width : Math.round(parent.width * 0.64)
        source: hero.cover
        tint: hero.accent
        cache: false
    }

    // A wash of the section colour, then fades into the page so the text always reads.
    Rectangle {
        anchors.fill: picture
        color: hero.accent
        opacity: picture.ready ? 0.18 : 0
    }
    Rectangle {
        visible: !Theme.portrait
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        x: picture.x - 1
        width: Math.round(picture.width * 0.6)
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: Theme.background }
            GradientStop { position: 0.5; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.88) }
            GradientStop { position: 1.0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
        }
    }
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Theme.portrait ? Math.round(parent.height * 0.72) : Math.round(parent.height * 0.45)
        gradient: Gradient {
            GradientStop { position: 0.0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0) }
            GradientStop { position: 0.35; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, Theme.portrait ? 0.9 : 0.6) }
            GradientStop { position: 1.0; color: Theme.background }
        }
    }

    Column {
        id: words
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.portrait ? Theme.dp(48) : Theme.dp(36)
        width: Theme.portrait ? parent.width - 2 * Theme.margin : Theme.dp(900)
        spacing: Theme.dp(18)

        Rectangle {
            width: Theme.dp(88)
            height: Theme.dp(8)
            radius: height / 2
            color: hero.accent
        }
        Words {
            textFormat: Text.PlainText
            objectName: "sectionTitle"
            width: parent.width
            text: hero.title
            color: Theme.text
            font.pixelSize: Theme.display
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
            lineHeight: 1.08
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Words {
            textFormat: Text.PlainText
            objectName: "sectionTagline"
            width: parent.width
            visible: text !== ""
            text: hero.tagline
            color: hero.accentInk
            font.pixelSize: Theme.heading
            font.features: Theme.fontFeatures
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Item { visible: Theme.portrait; width: 1; height: Theme.dp(10) }
        Row {
            visible: Theme.portrait  // landscape: the cards below show what the section holds
            spacing: Theme.dp(56)
            Repeater {
                model: [
                    { count: hero.storyCount, label: hero.storiesLabel },
                    { count: hero.statCount, label: hero.figuresLabel },
                    { count: hero.eventCount, label: hero.eventsLabel }
                ]
                delegate: Column {
                    required property var modelData
                    visible: modelData.count > 0
                    spacing: Theme.dp(2)
                    Words {
                        textFormat: Text.PlainText
                        text: parent.modelData.count
                        color: Theme.text
                        font.pixelSize: Theme.heading
                        font.weight: Font.Bold
                    }
                    Words {
                        textFormat: Text.PlainText
                        text: parent.modelData.label
                        color: Theme.muted
                        font.pixelSize: Theme.small
                        font.features: Theme.fontFeatures
                        font.capitalization: Font.AllUppercase
                        font.letterSpacing: Theme.dp(1)
                    }
                }
            }
        }
    }
}
