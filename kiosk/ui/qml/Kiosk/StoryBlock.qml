pragma ComponentBehavior: Bound
import QtQuick

// One story of a section: date, headline, its pictures (tap to see them full screen) and every
// paragraph in full, set at a comfortable reading measure.
Column {
    id: story

    property int storyIndex: 0
    property string headline: ""
    property string date: ""
    property var paragraphs: []
    property var images: []
    property color accent: Theme.accent
    property bool first: false
    signal imageTapped(int imageIndex, var image)

    readonly property color accentInk: Qt.lighter(accent, 1.75)

    spacing: Theme.dp(26)

    // A quiet rule between stories.
    Item {
        visible: !story.first
        width: parent.width
        height: Theme.dp(56)
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.width
            height: Math.max(1, Theme.dp(1))
            color: Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.22)
        }
    }

    Row {
        visible: story.date !== ""
        spacing: Theme.dp(14)
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.dp(12); height: width; radius: width / 2
            color: story.accent
            border.width: Theme.dp(2)
            border.color: story.accentInk
        }
        Text {
            textFormat: Text.PlainText
            objectName: "storyDate_" + story.storyIndex
            text: story.date
            color: story.accentInk
            font.pixelSize: Theme.small
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
            font.letterSpacing: Theme.dp(1)
        }
    }

    Text {
        textFormat: Text.PlainText
        objectName: "storyHeadline_" + story.storyIndex
        width: parent.width
        text: story.headline
        color: Theme.text
        font.pixelSize: Theme.heading
        font.weight: Font.Bold
        font.features: Theme.fontFeatures
        lineHeight: 1.25
        wrapMode: Text.Wrap
    }

    Repeater {
        model: story.images
        delegate: StoryImage {
            id: storyImage
            required property var modelData
            required property int index
            objectName: "storyImage_" + story.storyIndex + "_" + index
            width: story.width
            // The story-sized derivative (960 px) is sharp up to its reading width at 1920 x 1080;
            // scaled-up screens (4K) take the screen-sized one.
            source: (Theme.scale > 1.1 ? storyImage.modelData.full || storyImage.modelData.source
                                       : storyImage.modelData.source || storyImage.modelData.full) || ""
            caption: storyImage.modelData.caption || ""
            credit: storyImage.modelData.credit || ""
            accent: story.accent
            onTapped: story.imageTapped(storyImage.index, storyImage.modelData)
        }
    }

    Repeater {
        model: story.paragraphs
        delegate: Text {
            id: paragraph
            textFormat: Text.PlainText
            required property var modelData
            required property int index
            objectName: "storyParagraph_" + story.storyIndex + "_" + index
            width: story.width
            topPadding: paragraph.index === 0 ? Theme.dp(6) : Theme.dp(4)
            text: paragraph.modelData
            color: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.92)
            font.pixelSize: Theme.body
            font.features: Theme.fontFeatures
            lineHeight: 1.55
            wrapMode: Text.Wrap
        }
    }
}
