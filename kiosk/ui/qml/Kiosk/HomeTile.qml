pragma ComponentBehavior: Bound
import QtQuick

// One section on Home: its cover washed in the section colour, the title, the tagline and the
// number of stories. Tall in landscape; a wide banner (`wide`) in portrait.
Item {
    id: tile

    required property string sectionId
    required property string title
    required property string tagline
    required property color accent
    required property string cover
    required property string coverFull
    required property int storyCount
    required property string storyUnit
    property bool wide: false
    // Home sets every tile's title to the same size: the largest at which all of them fit.
    property real titleSize: Theme.title
    readonly property real fittedTitleSize: titleProbe.fontInfo.pixelSize
    // ... and gives every tagline the same number of lines, so the titles line up.
    property int taglineLines: 1
    readonly property int taglineNeeds: tallTagline.lineCount
    signal activated()

    objectName: "sectionTile_" + sectionId

    readonly property color deep: Qt.darker(accent, 3.2)
    readonly property color ink: "#FFFFFF"
    readonly property real pad: wide ? Theme.dp(44) : Theme.dp(32)

    scale: tap.pressed ? 0.975 : 1.0
    Behavior on scale { NumberAnimation { duration: Theme.durationFast; easing.type: Easing.OutCubic } }

    Rectangle { anchors.fill: parent; color: tile.deep }

    HomeCover {
        anchors.fill: parent
        source: tile.cover
        sharper: tile.coverFull
        tint: tile.accent
    }

    // A light wash of the section colour ties the covers together.
    Rectangle { anchors.fill: parent; color: tile.accent; opacity: 0.16 }

    // Legibility: dark in the section's own deep tone where the words are.
    Rectangle {
        anchors.fill: parent
        visible: !tile.wide
        gradient: Gradient {
            // (the words start a fifth of the way down: at least 4.5:1 behind them, moon included)
            GradientStop { position: 0.0; color: Qt.rgba(tile.deep.r, tile.deep.g, tile.deep.b, 0.15) }
            GradientStop { position: 0.16; color: Qt.rgba(tile.deep.r, tile.deep.g, tile.deep.b, 0.62) }
            GradientStop { position: 0.5; color: Qt.rgba(tile.deep.r, tile.deep.g, tile.deep.b, 0.8) }
            GradientStop { position: 1.0; color: Qt.rgba(tile.deep.r, tile.deep.g, tile.deep.b, 0.96) }
        }
    }
    Rectangle {
        anchors.fill: parent
        visible: tile.wide
        gradient: Gradient {
            orientation: Gradient.Horizontal
            GradientStop { position: 0.0; color: Qt.rgba(tile.deep.r, tile.deep.g, tile.deep.b, 0.95) }
            GradientStop { position: 0.5; color: Qt.rgba(tile.deep.r, tile.deep.g, tile.deep.b, 0.72) }
            GradientStop { position: 1.0; color: Qt.rgba(tile.deep.r, tile.deep.g, tile.deep.b, 0.62) }
        }
    }

    // The section colour as a band along the top (tall) or the left edge (wide).
    Rectangle {
        color: tile.accent
        x: 0; y: 0
        width: tile.wide ? Theme.dp(10) : parent.width
        height: tile.wide ? parent.height : Theme.dp(10)
    }

    // Pressed: a soft lift of light.
    Rectangle { anchors.fill: parent; color: "#FFFFFF"; opacity: tap.pressed ? 0.10 : 0 }

    // -- words, tall tile -------------------------------------------------------------------
    Column {
        id: tallWords
        visible: !tile.wide
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: tile.pad
        spacing: Theme.dp(12)

        HomeFitText {

            readable: false  // the tile's button says it
            id: tallTitle
            width: parent.width
            maxLines: 2
            text: tile.title
            color: tile.ink
            font.pixelSize: tile.titleSize
            font.weight: Font.Bold
            minimumPixelSize: Math.max(Theme.subheading, 6)
            verticalAlignment: Text.AlignBottom
            lineHeight: 1.02
        }
        // Every tile reserves the same number of tagline lines, so the titles line up.
        Item {
            width: parent.width
            height: Math.ceil(fontMetrics.lineSpacing * Math.max(1, Math.min(2, tile.taglineLines)))
            Text {
                textFormat: Text.PlainText
                id: tallTagline
                width: parent.width
                text: tile.tagline
                color: Qt.rgba(1, 1, 1, 0.82)
                font.pixelSize: Theme.small + Theme.dp(2)
                font.features: Theme.fontFeatures
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            FontMetrics { id: fontMetrics; font: tallTagline.font }
        }
        Item {   // the rule, a little nearer the count than the tagline
            width: parent.width
            height: Theme.dp(10)
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width
                height: Theme.dp(2)
                color: Qt.rgba(1, 1, 1, 0.22)
            }
        }
        Item {
            width: parent.width
            height: Theme.dp(56)
            HomeCount {
                anchors.left: parent.left
                anchors.verticalCenter: parent.verticalCenter
                count: tile.storyCount
                unit: tile.storyUnit
                ink: tile.ink
            }
            HomeArrow {
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                ink: tile.ink
                fill: tile.accent
            }
        }
    }

    // -- words, wide banner -----------------------------------------------------------------
    Column {
        visible: tile.wide
        anchors.left: parent.left
        anchors.leftMargin: tile.pad + Theme.dp(10)
        anchors.right: wideSide.left
        anchors.rightMargin: Theme.gap
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.dp(10)

        HomeFitText {

            readable: false  // the tile's button says it
            id: wideTitle
            width: parent.width
            maxLines: Access.largeText ? 2 : 1
            text: tile.title
            color: tile.ink
            font.pixelSize: tile.titleSize
            font.weight: Font.Bold
            minimumPixelSize: Math.max(Theme.heading, 6)
        }
        Text {
            textFormat: Text.PlainText
            width: parent.width
            text: tile.tagline
            color: Qt.rgba(1, 1, 1, 0.82)
            font.pixelSize: Theme.body
            font.features: Theme.fontFeatures
            wrapMode: Text.WordWrap
            maximumLineCount: 1
            elide: Text.ElideRight
        }
    }
    Row {
        id: wideSide
        visible: tile.wide
        anchors.right: parent.right
        anchors.rightMargin: tile.pad
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.dp(36)
        HomeCount {
            anchors.verticalCenter: parent.verticalCenter
            count: tile.storyCount
            unit: tile.storyUnit
            ink: tile.ink
        }
        HomeArrow {
            anchors.verticalCenter: parent.verticalCenter
            ink: tile.ink
            fill: tile.accent
        }
    }

    // The title at full size in the space it has: how large it could be on its own.
    HomeFitText {
        readable: false  // the tile's button says it
        id: titleProbe
        visible: false
        width: tile.wide ? wideTitle.width : tallTitle.width
        maxLines: tile.wide && !Access.largeText ? 1 : 2
        text: tile.title
        font.pixelSize: Theme.title
        font.weight: Font.Bold
        minimumPixelSize: Math.max(tile.wide ? Theme.heading : Theme.subheading, 6)
        lineHeight: tile.wide ? 1.0 : 1.02
    }

    Pressable {
        id: tap
        name: tile.title
        description: tile.tagline + (tile.tagline ? ". " : "") + tile.storyCount + " " + tile.storyUnit
        onActivated: tile.activated()
    }
}
