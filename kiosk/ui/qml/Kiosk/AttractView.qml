pragma ComponentBehavior: Bound
import QtQuick

// The attract loop while nobody is at the kiosk: the hall's pictures gliding slowly and
// crossfading, the hall's title, and a breathing invitation in both languages. Any touch wakes it.
// Everything that moves follows one clock ticking 5 times a second (10 during a crossfade), not
// the display's 60: the loop runs all day (kiosk/present/attract.py, docs/performance.md).
Item {
    id: view
    signal wake()
    signal openStory(string storyId)  // a teaser touched: its story, not Home

    objectName: "attractView"

    readonly property var images: Content.attractImages || []
    // Headline figures and stories, one with each picture, inviting a passer-by in.
    readonly property var teasers: Content.attractTeasers || []
    readonly property var teaser: teasers.length > 0 ? teasers[cursor % teasers.length] : ({})
    readonly property color teaserAccent: teaser.accent || Theme.accent
    readonly property int imageCount: images.length
    // A new picture every Content.attractSeconds (the deployment's attract.seconds_per_image).
    property int interval: Math.round((Content.attractSeconds || 8) * 1000)
    property int cursor: 0
    property AttractLayer front: layerA
    readonly property AttractLayer back: front === layerA ? layerB : layerA
    property int clock: 0          // ms since the loop began, in whole ticks
    property int advancedAt: 0
    readonly property bool covered: layerA.covering || layerB.covering
    property bool woken: false

    function rouse() {
        if (woken)
            return
        woken = true
        view.wake()
    }

    function advance() {
        if (imageCount < 1)
            return
        if ((cursor + 1) % imageCount === 0 && hallFilm.start())
            return  // the hall's film after each round of pictures; then the pictures go on
        cursor = (cursor + 1) % imageCount
        advancedAt = clock
        back.show(images[cursor], cursor, true)
    }

    function step() {
        clock += ticker.interval
        if (imageCount > 1 && clock - advancedAt >= interval)
            advance()
    }

    Component.onCompleted: {
        if (imageCount > 0)
            layerA.show(images[0], 0, Theme.animate)
    }

    // -- ground: the hall's colours, for no pictures or while the first one loads ---------
    HomeBackdrop {
        anchors.fill: parent
        visible: !view.covered
        glow: Qt.lighter(Theme.surface, 1.6)
        glowX: 0.5
        glowY: 0.36
        glowStrength: 0.55
    }
    // Quiet ripples in the accent, for a hall without pictures.
    Repeater {
        model: view.covered ? 0 : 6
        Rectangle {
            required property int index
            readonly property real size: Theme.dp(260) + index * Theme.dp(190)
            x: view.width / 2 - size / 2
            y: view.height * 0.36 - size / 2
            width: size
            height: size
            radius: size / 2
            color: "transparent"
            border.width: Theme.dp(2)
            border.color: Theme.accent
            opacity: 0.16 - index * 0.022
        }
    }

    // -- the pictures ---------------------------------------------------------------------
    Item {
        id: stage
        anchors.fill: parent
        clip: true

        AttractLayer {
            id: layerA
            objectName: "attractLayerA"
            anchors.fill: parent
            clock: view.clock
            z: view.front === layerA ? 1 : 0
            visible: view.front === layerA || !view.front.covering
            drift: view.interval + fade
            onShown: view.front = layerA
            // The picture under this one is let go once this one covers it.
            onCoveringChanged: if (covering && view.front === layerA) view.back.clear()
        }
        AttractLayer {
            id: layerB
            objectName: "attractLayerB"
            anchors.fill: parent
            clock: view.clock
            z: view.front === layerB ? 1 : 0
            visible: view.front === layerB || !view.front.covering
            drift: view.interval + fade
            onShown: view.front = layerB
            // The picture under this one is let go once this one covers it.
            onCoveringChanged: if (covering && view.front === layerB) view.back.clear()
        }
    }

    Timer {
        id: ticker
        objectName: "attractTicker"
        interval: AttractMotion.interval(layerA.fading || layerB.fading)
        repeat: true
        running: Theme.animate && view.visible && !view.woken && !hallFilm.playing
        onTriggered: view.step()
    }
    AttractFilm {
        id: hallFilm
        anchors.fill: parent  // over the pictures, under the words
        source: Content.attractVideo
        onFinished: {
            view.cursor = 0
            view.advancedAt = view.clock  // the first picture again, for a whole interval
            const back = view.front === layerA ? layerB : layerA
            back.show(view.images[0], 0, true)
        }
    }

    // -- legibility: a soft vignette, deep at the bottom where the words are ----------------
    Rectangle {
        anchors.fill: parent
        gradient: Gradient {
            GradientStop { position: 0.0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.40) }
            GradientStop { position: 0.18; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.0) }
            GradientStop { position: 0.36; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.18) }
            GradientStop { position: 0.55; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.72) }
            GradientStop { position: 0.78; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.90) }
            GradientStop { position: 1.0; color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.96) }
        }
    }

    // -- words --------------------------------------------------------------------------------
    // On a panel of the hall's ground, so that they read over any picture (at least 4.5:1).
    Rectangle {
        objectName: "attractPanel"
        x: words.x - Theme.dp(56)
        y: words.y - Theme.dp(44)
        width: words.width + Theme.dp(112)
        height: words.height + Theme.dp(88)
        radius: Theme.radius * 2
        color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.8)
    }
    Column {
        id: words
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.portrait ? Theme.dp(150) : Theme.dp(84)
        width: Math.min(parent.width - 2 * Theme.margin, Theme.dp(1560))
        spacing: Theme.dp(18)

        Words {
            textFormat: Text.PlainText
            objectName: "attractSubtitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: Content.hall.subtitle || ""
            visible: text !== ""
            color: Qt.lighter(Theme.accent, 1.2)
            font.pixelSize: Theme.small + Theme.dp(2)
            font.weight: Font.Bold
            font.letterSpacing: Theme.dp(3)
            font.features: Theme.fontFeatures
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        HomeFitText {
            objectName: "attractTitle"
            width: parent.width
            maxLines: 2
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            breaks: Content.hall.titleBreaks || []
            text: byBreaks ? breaks.join("\n") : (Content.hall.title || "")
            color: Theme.text
            font.pixelSize: Theme.display
            font.weight: Font.Bold
            minimumPixelSize: Math.max(Theme.heading, 6)
            lineHeight: 1.05
            style: Text.Raised
            styleColor: Qt.rgba(0, 0, 0, 0.25)
        }

        Item { width: 1; height: Theme.portrait ? Theme.dp(120) : Theme.dp(44) }

        // The invitation: a softly pulsing touch ring over two lines, Chinese then English.
        Item {
            id: ringBox
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.dp(150)
            height: Theme.dp(150)

            Rectangle {
                id: pulse
                objectName: "attractPulse"
                anchors.centerIn: parent
                width: Theme.dp(96)
                height: width
                radius: width / 2
                color: "transparent"
                border.width: Theme.dp(3)
                border.color: Theme.accent
                scale: Theme.animate ? AttractMotion.pulseScale(view.clock) : 1
                opacity: Theme.animate ? AttractMotion.pulseOpacity(view.clock) : 0
            }
            Rectangle {
                anchors.centerIn: parent
                width: Theme.dp(96)
                height: width
                radius: width / 2
                color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.16)
                border.width: Theme.dp(2)
                border.color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.7)
            }
            Icon {
                anchors.centerIn: parent
                width: Theme.dp(50)
                height: width
                name: "touch"
                color: Theme.accent
            }
        }

        Column {
            id: invitation
            objectName: "attractCallToAction"
            width: parent.width
            spacing: Theme.dp(10)
            opacity: Theme.animate ? AttractMotion.breath(view.clock) : 1

            Words {
                textFormat: Text.PlainText
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: Content.strings.explore
                color: Theme.text
                font.pixelSize: Theme.heading
                font.weight: Font.Bold
                font.letterSpacing: Theme.dp(6)
                wrapMode: Text.WordWrap
            }
            Words {
                textFormat: Text.PlainText
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: Content.otherStrings.explore || ""
                visible: text !== ""
                color: Theme.muted
                font.pixelSize: Theme.subheading
                font.letterSpacing: Theme.dp(3)
                font.features: ({ "pwid": 1 })
                wrapMode: Text.WordWrap
            }
        }
    }

    // -- the teaser: a figure or a story; touching it opens its story -------------------------
    Rectangle {
        id: teaserCard
        objectName: "attractTeaser"
        z: 11
        visible: (view.teaser.text || "") !== ""
        x: Theme.margin
        y: Theme.portrait ? Theme.dp(160) : Theme.dp(72)
        width: Math.min(parent.width - 2 * Theme.margin, Theme.dp(760))
        height: teaserWords.height + Theme.dp(64)
        radius: Theme.radius
        color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.86)
        border.width: Math.max(1, Theme.dp(2))
        border.color: view.teaserAccent
        Behavior on opacity { NumberAnimation { duration: Theme.duration * 2 } }
        Rectangle {
            width: Theme.dp(10)
            height: parent.height - 2 * parent.radius
            y: parent.radius
            color: view.teaserAccent
        }
        Column {
            id: teaserWords
            x: Theme.dp(44)
            y: Theme.dp(32)
            width: parent.width - Theme.dp(80)
            spacing: Theme.dp(10)
            Words {
                textFormat: Text.PlainText
                objectName: "attractTeaserFigure"
                visible: text !== ""
                width: parent.width
                text: view.teaser.big || ""
                color: Theme.ink(view.teaserAccent)
                font.pixelSize: Theme.title
                font.weight: Font.Bold
                font.features: Theme.fontFeatures
                wrapMode: Text.Wrap
            }
            Words {
                textFormat: Text.PlainText
                objectName: "attractTeaserText"
                width: parent.width
                text: view.teaser.text || ""
                color: Theme.text
                font.pixelSize: (view.teaser.big || "") !== "" ? Theme.body : Theme.subheading
                font.weight: (view.teaser.big || "") !== "" ? Font.Normal : Font.Bold
                font.features: Theme.fontFeatures
                lineHeight: 1.3
                wrapMode: Text.Wrap
            }
            Words {
                textFormat: Text.PlainText
                visible: (view.teaser.storyId || "") !== ""
                width: parent.width
                text: Content.strings.readStory + "  →"
                color: Theme.ink(view.teaserAccent)
                font.pixelSize: Theme.small
                font.weight: Font.Bold
                font.features: Theme.fontFeatures
                wrapMode: Text.Wrap
            }
        }
        MouseArea {
            objectName: "attractTeaserTouch"
            anchors.fill: parent
            onPressed: {
                if (view.woken)
                    return
                view.woken = true
                if ((view.teaser.storyId || "") !== "")
                    view.openStory(view.teaser.storyId)
                else
                    view.wake()
            }
        }
    }

    // -- any touch, anywhere, wakes the kiosk (and goes no further) ---------------------------
    TapHandler {
        gesturePolicy: TapHandler.WithinBounds
        onPressedChanged: if (pressed) view.rouse()
        onTapped: view.rouse()
    }
    MouseArea {
        objectName: "attractTouch"
        anchors.fill: parent
        z: 10
        onPressed: view.rouse()
    }
}
