pragma ComponentBehavior: Bound
import QtQuick

// One story read in full: its date, headline and lead, every paragraph, its pictures (tap for
// full screen) and the figures and events it links to. Landscape sets the words in a reading
// column beside the pictures and facts; portrait puts the first picture on top. Swipe left /
// right, or use the buttons at the foot, for the section's next or previous story.
Item {
    id: view
    objectName: "storyView"

    readonly property var story: Section.story
    readonly property color accent: Section.current.accent || Theme.accent
    readonly property color accentInk: Theme.ink(accent)
    readonly property int storyIndex: Navigator.storyIndex
    readonly property int storyCount: Section.stories.count
    readonly property bool hasPrevious: storyIndex > 0
    readonly property bool hasNext: storyIndex >= 0 && storyIndex < storyCount - 1
    // Re-read when the story (or the language, which rebuilds it) changes.
    readonly property var previousStory: story && hasPrevious ? Section.stories.get(storyIndex - 1) : ({})
    readonly property var nextStory: story && hasNext ? Section.stories.get(storyIndex + 1) : ({})
    readonly property var images: story.images || []
    readonly property var videos: story.videos || []
    readonly property bool hasFacts: Section.storyStats.count > 0 || Section.storyEvents.count > 0

    // A reading measure of about 36 Chinese or 70 English characters; the rest for pictures.
    readonly property int readingWidth: Theme.portrait ? width - 2 * Theme.margin : Theme.dp(980)
    readonly property int sideWidth: width - 2 * Theme.margin - readingWidth - Theme.dp(80)
    property real swipeOffset: 0

    enabled: Navigator.overlay === Navigator.NONE

    onStoryIndexChanged: {
        flick.cancelFlick()
        flick.contentY = 0
        swipeOffset = 0
    }

    function step(direction) {
        if (!Navigator.stepStory(direction))
            settle.restart()
    }

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
        title: Section.current.title || ""
        tint: view.accent
    }

    component Pictures: Column {
        id: pictures
        property var items: []
        property int first: 0
        spacing: Theme.gap
        Repeater {
            model: pictures.items.slice(pictures.first)
            delegate: StoryImage {
                id: storyImage
                required property var modelData
                required property int index
                objectName: "storyPicture_" + (pictures.first + index)
                width: pictures.width
                source: storyImage.modelData.source || ""
                sharper: storyImage.modelData.full || ""
                caption: storyImage.modelData.caption || ""
                alt: storyImage.modelData.alt || ""
                credit: storyImage.modelData.credit || ""
                accent: view.accent
                onTapped: Navigator.openPhoto(storyImage.modelData.photoIndex)
            }
        }
    }

    // The story's films (before its pictures).
    component FilmList: Column {
        id: films
        property var items: []
        spacing: Theme.gap
        // By count: a row built again (another language, a poster ready) keeps a film playing.
        Repeater {
            model: films.items.length
            delegate: StoryVideo {
                required property int index
                objectName: "storyVideo_" + index
                width: films.width
                video: films.items[index] || ({})
                accent: view.accent
            }
        }
    }

    Flickable {
        id: flick
        objectName: "storyFlick"
        anchors.top: bar.bottom
        anchors.bottom: footer.top
        width: parent.width
        x: view.swipeOffset
        contentWidth: width
        contentHeight: page.height
        flickableDirection: Flickable.VerticalFlick
        boundsBehavior: Flickable.DragAndOvershootBounds
        maximumFlickVelocity: Theme.dp(5000)
        flickDeceleration: Theme.dp(2400)
        pressDelay: 0

        Item {
            id: page
            width: flick.width
            height: Math.max(reading.height, side.visible ? side.height : 0) + Theme.dp(96)

            Column {
                id: reading
                x: Theme.margin
                y: Theme.dp(40)
                width: view.readingWidth
                spacing: Theme.dp(28)

                Words {
                    textFormat: Text.PlainText
                    objectName: "storyDate"
                    visible: text !== ""
                    width: parent.width
                    text: view.story.date || ""
                    color: view.accentInk
                    font.pixelSize: Theme.small
                    font.weight: Font.Bold
                    font.features: Theme.fontFeatures
                    wrapMode: Text.Wrap
                }
                Words {
                    textFormat: Text.PlainText
                    objectName: "storyHeadline"
                    width: parent.width
                    text: view.story.headline || ""
                    color: Theme.text
                    font.pixelSize: Theme.title
                    font.weight: Font.Bold
                    font.features: Theme.fontFeatures
                    lineHeight: 1.15
                    wrapMode: Text.Wrap
                }
                Words {
                    textFormat: Text.PlainText
                    objectName: "storyLead"
                    visible: text !== "" && view.story.leadIsOwn === true
                    width: parent.width
                    text: view.story.lead || ""
                    color: view.accentInk
                    font.pixelSize: Theme.subheading
                    font.features: Theme.fontFeatures
                    lineHeight: 1.45
                    wrapMode: Text.Wrap
                }
                // Portrait: the story's films first under the lead (what visitors look for), then
                // its first picture; the rest after the text.
                FilmList {
                    visible: Theme.portrait && view.videos.length > 0
                    width: parent.width
                    items: Theme.portrait ? view.videos : []
                }
                Pictures {
                    visible: Theme.portrait && view.images.length > 0
                    width: parent.width
                    items: view.images.slice(0, 1)
                }
                Repeater {
                    model: view.story.paragraphs || []
                    delegate: Text {
                        id: paragraph
                        textFormat: Text.PlainText
                        required property var modelData
                        required property int index
                        objectName: "storyParagraph_" + index
                        width: reading.width
                        text: paragraph.modelData
                        color: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.92)
                        font.pixelSize: Theme.body
                        font.features: Theme.fontFeatures
                        lineHeight: 1.6
                        wrapMode: Text.Wrap
                    }
                }
                // After the words: the story's link to take home, as a QR code.
                LinkCode {
                    objectName: "storyLink"
                    width: Math.min(parent.width, Theme.dp(760))
                    link: view.story.link || ""
                    host: view.story.linkHost || ""
                    target: "story:" + (view.story.storyId || "")
                    viewport: flick
                    accent: view.accent
                }
                Pictures {
                    visible: Theme.portrait && view.images.length > 1
                    width: parent.width
                    items: view.images
                    first: 1
                }
                SectionFacts {
                    objectName: "storyFacts"
                    visible: Theme.portrait && view.hasFacts
                    width: parent.width
                    accent: view.accent
                    columns: 2
                    statRows: Section.storyStats
                    eventRows: Section.storyEvents
                }
            }

            // Landscape: pictures and the linked figures and events beside the text.
            Column {
                id: side
                visible: !Theme.portrait
                x: reading.x + reading.width + Theme.dp(80)
                y: Theme.dp(40)
                width: view.sideWidth
                spacing: Theme.dp(64)
                FilmList {
                    visible: view.videos.length > 0
                    width: parent.width
                    items: Theme.portrait ? [] : view.videos
                }
                Pictures {
                    width: parent.width
                    items: Theme.portrait ? [] : view.images
                }
                SectionFacts {
                    objectName: "storyFacts"
                    visible: view.hasFacts
                    width: parent.width
                    accent: view.accent
                    columns: 1
                    statRows: Section.storyStats
                    eventRows: Section.storyEvents
                }
            }
        }
    }

    MoreBelow {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: footer.top
        flick: flick
    }

    // The foot: the section's previous and next story by headline.
    Rectangle {
        id: footer
        z: 2
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Math.max(Theme.portrait ? Theme.dp(200) : Theme.dp(136),
                         nextButton.height + Theme.dp(32), previousButton.height + Theme.dp(32))
        color: Theme.background
        readonly property real buttonWidth: (width - 2 * Theme.margin - Theme.gap) / 2
        Rectangle {
            width: parent.width
            height: Math.max(1, Theme.dp(1))
            color: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.12)
        }
        SectionStepButton {
            id: previousButton
            objectName: "previousStory"
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            visible: view.hasPrevious
            forward: false
            maximumWidth: footer.buttonWidth
            label: Content.strings.previousStory
            // Portrait leaves a headline too little width: the story's place stands for it.
            title: Theme.portrait ? (view.storyIndex + " / " + view.storyCount) : (view.previousStory.headline || "")
            titleLines: 3
            tint: view.accent
            onClicked: view.step(-1)
        }
        SectionStepButton {
            id: nextButton
            objectName: "nextStory"
            anchors.right: parent.right
            anchors.rightMargin: Theme.margin
            anchors.verticalCenter: parent.verticalCenter
            visible: view.hasNext
            maximumWidth: footer.buttonWidth
            label: Content.strings.nextStory
            title: Theme.portrait ? (view.storyIndex + 2 + " / " + view.storyCount) : (view.nextStory.headline || "")
            titleLines: 3
            tint: view.accent
            onClicked: view.step(1)
        }
    }

    DragHandler {
        id: swipe
        objectName: "storySwipe"
        target: null
        xAxis.enabled: true
        yAxis.enabled: false
        dragThreshold: Theme.dp(24)
        readonly property real threshold: Math.min(Theme.dp(180), view.width * 0.15)
        property real distance: 0
        onActiveTranslationChanged: {
            if (!active)
                return
            distance = activeTranslation.x
            const open = distance < 0 ? view.hasNext : view.hasPrevious
            view.swipeOffset = open ? distance * 0.6 : distance * 0.18
        }
        onActiveChanged: {
            if (active) {
                settle.stop()
                distance = 0
                return
            }
            if (Math.abs(distance) > threshold)
                view.step(distance < 0 ? 1 : -1)
            else
                settle.restart()
        }
    }
    NumberAnimation {
        id: settle
        target: view
        property: "swipeOffset"
        to: 0
        duration: Theme.animate ? 240 : 0
        easing.type: Easing.OutBack
    }
}
