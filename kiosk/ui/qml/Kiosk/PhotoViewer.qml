pragma ComponentBehavior: Bound
import QtQuick

// A photo of the open section full screen: swipe between photos, pinch or double-tap to zoom,
// drag to look around while zoomed; caption, credit and a counter below, a large Close button.
Item {
    id: viewer
    objectName: "photoViewer"

    // One photo's page in the list: how far it is zoomed, and the item that zooms.
    component PhotoPage: Item {
        property real zoom: 1
        property Item zoomTarget: null
    }
    readonly property int count: Section.photos.count
    readonly property int wanted: Navigator.photo
    readonly property color accent: Section.current.accent || Theme.accent
    // The photo shown (re-read when the model is rebuilt: count is notified on every reset).
    readonly property var current: count >= 0 ? Section.photos.get(list.currentIndex) : ({})
    readonly property string storyHeadline: current.story !== undefined && Section.stories.count > 0
                                            ? (Section.stories.get(current.story).headline || "") : ""
    // The zoom of the photo shown (1 = fitted to the screen, up to 4).
    readonly property real zoom: list.currentItem ? (list.currentItem as PhotoPage).zoom : 1
    readonly property bool zoomed: zoom > 1.01
    readonly property real maximumZoom: 4
    readonly property real doubleTapZoom: 2.5

    // Synced both ways. The navigator says which photo: the list follows it (sliding when it
    // changes, jumping when the list has just been built or reset itself). The visitor's swipes
    // move the list: it tells the navigator (list.onCurrentIndexChanged, only while moving).
    onWantedChanged: follow(true)
    Component.onCompleted: follow(false)
    function follow(slide) {
        if (wanted < 0 || wanted >= count || (list.currentIndex === wanted && slide))
            return
        list.cancelFlick()
        list.currentIndex = wanted
        if (!slide)
            list.positionViewAtIndex(wanted, ListView.Beginning)
    }

    Rectangle {
        anchors.fill: parent
        color: "black"
    }

    // Nothing under the viewer reacts to touches meant for it.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
        onWheel: (wheel) => wheel.accepted = true
    }

    ListView {
        id: list
        objectName: "photoList"

        anchors.fill: parent
        orientation: ListView.Horizontal
        snapMode: ListView.SnapOneItem
        highlightRangeMode: ListView.StrictlyEnforceRange
        preferredHighlightBegin: 0
        preferredHighlightEnd: width
        highlightMoveDuration: Theme.animate ? 260 : 0
        boundsBehavior: Flickable.StopAtBounds
        flickDeceleration: Theme.dp(12000)
        maximumFlickVelocity: Theme.dp(8000)
        cacheBuffer: Math.max(0, width)
        interactive: !viewer.zoomed && !pinch.active
        model: Section.photos

        onCurrentIndexChanged: {
            if (currentIndex === viewer.wanted)
                return
            if (list.moving && Navigator.overlay === Navigator.PHOTO)
                Navigator.setPhoto(currentIndex)   // a swipe
            else
                Qt.callLater(viewer.follow, false)  // the list reset itself (a new model)
        }
        onCountChanged: Qt.callLater(viewer.follow, false)

        delegate: PhotoPage {
            id: page
            required property int index
            required property string source
            required property string full
            required property string caption
            required property string alt
            zoom: zoomItem.scale
            Accessible.role: Accessible.Graphic
            Accessible.name: page.alt || page.caption
            Accessible.ignored: !page.ListView.isCurrentItem
            zoomTarget: zoomItem

            width: list.width
            height: list.height

            // Double-tap: zoom in there, or back out. (Here, not on the viewer: a TapHandler
            // below the list would not see presses the list has taken.)
            TapHandler {
                objectName: "photoDoubleTap_" + page.index
                gesturePolicy: TapHandler.DragThreshold
                onDoubleTapped: (eventPoint, button) => viewer.toggleZoom(page.mapToItem(viewer, eventPoint.position))
            }

            // Leaving a zoomed photo resets it.
            ListView.onIsCurrentItemChanged: if (!ListView.isCurrentItem) viewer.setZoom(zoomItem, 1, 0, 0, false)

            Item {
                id: zoomItem
                objectName: "photoImage_" + page.index
                width: page.width
                height: page.height
                transformOrigin: Item.TopLeft

                // Only the photo on screen is decoded at screen size; its neighbours, made
                // ready for a swipe, show the story-sized picture until they are current, and
                // the sharp one then fades in over it.
                Picture {
                    id: preview
                    anchors.fill: parent
                    visible: !sharp.shown && status !== Image.Null && status !== Image.Error
                    source: page.source || page.full
                    fillMode: Image.PreserveAspectFit
                    tint: "black"
                }
                Picture {
                    id: sharp
                    objectName: "photoSharp_" + page.index
                    anchors.fill: parent
                    visible: ready
                    placeholder: false
                    source: page.ListView.isCurrentItem ? page.full : ""
                    fillMode: Image.PreserveAspectFit
                    cache: false
                }

                // A quiet placeholder when the picture is missing or broken.
                Rectangle {
                    visible: !preview.visible && !sharp.ready
                    anchors.centerIn: parent
                    width: Math.min(parent.width * 0.7, (parent.height * 0.62) * 16 / 9)
                    height: width * 9 / 16
                    radius: Theme.radius
                    gradient: Gradient {
                        GradientStop { position: 0; color: Qt.lighter(viewer.accent, 1.15) }
                        GradientStop { position: 1; color: Qt.darker(viewer.accent, 1.6) }
                    }
                    Icon {
                        anchors.centerIn: parent
                        name: "photo"
                        color: Qt.rgba(1, 1, 1, 0.45)
                        lineWidth: 1.4
                        width: Math.min(parent.width, parent.height) * 0.24
                        height: width
                    }
                }
            }
        }
    }

    // -- Zoom ---------------------------------------------------------------------------------
    function clampX(item, x) { return Math.max(item.width * (1 - item.scale), Math.min(0, x)) }
    function clampY(item, y) { return Math.max(item.height * (1 - item.scale), Math.min(0, y)) }

    // Zoom item to scale s with its top-left at (x, y), kept on screen; animated unless told not.
    function setZoom(item, s, x, y, animated) {
        if (!item)
            return
        zoomAnimation.stop()
        s = Math.max(1, Math.min(maximumZoom, s))
        const w = item.width * (1 - s), h = item.height * (1 - s)
        x = Math.max(w, Math.min(0, x))
        y = Math.max(h, Math.min(0, y))
        if (animated && Theme.animate) {
            zoomAnimation.target = item
            zoomScale.to = s; zoomX.to = x; zoomY.to = y
            zoomAnimation.start()
        } else {
            item.scale = s; item.x = x; item.y = y
        }
    }

    // Zoom in around a point (viewer coordinates), or back out to the whole photo.
    function toggleZoom(point) {
        const item = list.currentItem ? (list.currentItem as PhotoPage).zoomTarget : null
        if (!item)
            return
        if (zoomed) {
            setZoom(item, 1, 0, 0, true)
        } else {
            const s = doubleTapZoom
            const px = (point.x - item.x) / item.scale, py = (point.y - item.y) / item.scale
            setZoom(item, s, point.x - px * s, point.y - py * s, true)
        }
    }

    ParallelAnimation {
        id: zoomAnimation
        property Item target: null
        NumberAnimation { id: zoomScale; target: zoomAnimation.target; property: "scale"; duration: Theme.duration; easing.type: Easing.OutCubic }
        NumberAnimation { id: zoomX; target: zoomAnimation.target; property: "x"; duration: Theme.duration; easing.type: Easing.OutCubic }
        NumberAnimation { id: zoomY; target: zoomAnimation.target; property: "y"; duration: Theme.duration; easing.type: Easing.OutCubic }
    }

    PinchHandler {
        id: pinch
        objectName: "photoPinch"
        target: null
        rotationAxis.enabled: false
        scaleAxis.minimum: 1
        scaleAxis.maximum: viewer.maximumZoom
        grabPermissions: PointerHandler.CanTakeOverFromAnything

        property Item item: null
        property real startScale: 1
        property point anchor     // the photo point (unscaled) under the fingers
        property point startCentroid

        onActiveChanged: {
            if (active) {
                zoomAnimation.stop()
                item = list.currentItem ? (list.currentItem as PhotoPage).zoomTarget : null
                if (!item)
                    return
                startScale = item.scale
                startCentroid = centroid.position
                anchor = Qt.point((centroid.position.x - item.x) / item.scale,
                                  (centroid.position.y - item.y) / item.scale)
            } else if (item) {
                // Snap back to the whole photo when let go close to it.
                if (item.scale < 1.08)
                    viewer.setZoom(item, 1, 0, 0, true)
                item = null
            }
        }
        onActiveScaleChanged: update()
        onActiveTranslationChanged: update()
        function update() {
            if (!active || !item)
                return
            const s = Math.max(1, Math.min(viewer.maximumZoom, startScale * activeScale))
            const cx = startCentroid.x + activeTranslation.x, cy = startCentroid.y + activeTranslation.y
            viewer.setZoom(item, s, cx - anchor.x * s, cy - anchor.y * s, false)
        }
    }

    // While zoomed, one finger moves the photo around (and never swipes to the next one).
    DragHandler {
        id: pan
        objectName: "photoPan"
        target: null
        enabled: viewer.zoomed
        property Item item: null
        property point start
        onActiveChanged: {
            if (active) {
                zoomAnimation.stop()
                item = list.currentItem ? (list.currentItem as PhotoPage).zoomTarget : null
                if (item)
                    start = Qt.point(item.x, item.y)
            } else {
                item = null
            }
        }
        onActiveTranslationChanged: {
            if (active && item)
                viewer.setZoom(item, item.scale, start.x + activeTranslation.x, start.y + activeTranslation.y, false)
        }
    }

    // -- Chrome -------------------------------------------------------------------------------
    // The top: the counter on the left, over a soft shade.
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: Theme.barHeight + Theme.dp(60)
        gradient: Gradient {
            GradientStop { position: 0; color: Qt.rgba(0, 0, 0, 0.6) }
            GradientStop { position: 1; color: Qt.rgba(0, 0, 0, 0) }
        }
    }

    Rectangle {
        id: counter
        objectName: "photoCounter"
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        y: (Theme.barHeight - height) / 2
        visible: viewer.count > 0
        height: Theme.touch
        width: counterRow.implicitWidth + Theme.dp(48)
        radius: height / 2
        color: Qt.rgba(0, 0, 0, 0.45)
        border.width: Math.max(1, Theme.dp(1))
        border.color: Qt.rgba(1, 1, 1, 0.25)
        Row {
            id: counterRow
            anchors.centerIn: parent
            spacing: Theme.dp(10)
            Words {
                textFormat: Text.PlainText
                objectName: "photoCounterIndex"
                anchors.baseline: total.baseline
                text: list.currentIndex + 1
                color: "white"
                font.pixelSize: Theme.subheading
                font.weight: Font.Bold
            }
            Words {
                textFormat: Text.PlainText
                anchors.baseline: total.baseline
                text: "/"
                color: Qt.rgba(1, 1, 1, 0.5)
                font.pixelSize: Theme.small
            }
            Words {
                textFormat: Text.PlainText
                id: total
                text: viewer.count
                color: Qt.rgba(1, 1, 1, 0.75)
                font.pixelSize: Theme.small
                font.weight: Font.Bold
            }
        }
    }


    // Previous / next photo: visible buttons at the edges (swiping works too).
    component StepButton: Rectangle {
        id: stepButton
        property string icon: ""
        property string label: ""
        property bool hidden: false
        signal clicked()
        width: Theme.dp(96); height: width; radius: width / 2
        color: stepTap.pressed ? Qt.rgba(1, 1, 1, 0.3) : Qt.rgba(0, 0, 0, 0.45)
        border.width: Math.max(1, Theme.dp(2))
        border.color: Qt.rgba(1, 1, 1, 0.35)
        scale: stepTap.pressed ? 0.94 : 1
        opacity: hidden ? 0 : 1
        Behavior on opacity { NumberAnimation { duration: Theme.duration } }
        Icon {
            anchors.centerIn: parent
            name: stepButton.icon
            color: "white"
            width: Theme.dp(40); height: width
        }
        Pressable {
            id: stepTap
            enabled: !stepButton.hidden
            name: stepButton.label
            radius: stepButton.radius
            onActivated: stepButton.clicked()
        }
    }
    StepButton {
        objectName: "previousPhoto"
        anchors.left: parent.left
        anchors.leftMargin: Theme.dp(40)
        anchors.verticalCenter: parent.verticalCenter
        visible: list.currentIndex > 0
        icon: "prev"
        label: Content.strings.previous
        hidden: viewer.zoomed
        onClicked: Navigator.setPhoto(list.currentIndex - 1)
    }
    StepButton {
        objectName: "nextPhoto"
        anchors.right: parent.right
        anchors.rightMargin: Theme.dp(40)
        anchors.verticalCenter: parent.verticalCenter
        visible: list.currentIndex < viewer.count - 1
        icon: "next"
        label: Content.strings.next
        hidden: viewer.zoomed
        onClicked: Navigator.setPhoto(list.currentIndex + 1)
    }

    // The foot: the story it belongs to, the caption and the credit.
    Rectangle {
        id: foot
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: words.height + Theme.dp(120)
        visible: captionText.text !== "" || creditText.text !== ""
        opacity: viewer.zoomed ? 0.0 : 1.0
        Behavior on opacity { NumberAnimation { duration: Theme.duration } }
        gradient: Gradient {
            GradientStop { position: 0; color: Qt.rgba(0, 0, 0, 0) }
            GradientStop { position: 0.3; color: Qt.rgba(0, 0, 0, 0.72) }
            GradientStop { position: 1; color: Qt.rgba(0, 0, 0, 0.88) }
        }

        Column {
            id: words
            anchors.left: parent.left
            anchors.leftMargin: Theme.margin
            anchors.bottom: parent.bottom
            anchors.bottomMargin: Theme.dp(48)
            width: Math.min(parent.width - Theme.margin - Theme.doorClear - close.width - Theme.gap, Theme.dp(1200))
            spacing: Theme.dp(10)
            Row {
                visible: viewer.storyHeadline !== ""
                width: parent.width
                spacing: Theme.dp(14)
                Rectangle {
                    id: storyMark
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.dp(28); height: Theme.dp(5); radius: height / 2
                    color: viewer.accent
                }
                Words {
                    textFormat: Text.PlainText
                    width: parent.width - storyMark.width - parent.spacing
                    text: viewer.storyHeadline
                    color: Theme.ink(viewer.accent)
                    font.pixelSize: Theme.small
                    font.weight: Font.Bold
                    font.features: Theme.fontFeatures
                    wrapMode: Text.Wrap
                }
            }
            Words {
                textFormat: Text.PlainText
                id: captionText
                objectName: "photoCaption"
                width: parent.width
                visible: text !== ""
                text: viewer.current.caption || ""
                color: "white"
                font.pixelSize: Theme.heading
                font.weight: Font.Bold
                font.features: Theme.fontFeatures
                lineHeight: 1.2
                wrapMode: Text.Wrap
                maximumLineCount: Access.largeText ? 5 : 3
                elide: Text.ElideRight
            }
            Words {
                textFormat: Text.PlainText
                id: creditText
                objectName: "photoCredit"
                width: parent.width
                visible: text !== ""
                text: viewer.current.credit || ""
                color: Qt.rgba(1, 1, 1, 0.7)
                font.pixelSize: Theme.small
                font.features: Theme.fontFeatures
                wrapMode: Text.Wrap
            }
        }
    }

    // Close, at the foot beside the caption: within everyone's reach.
    TouchButton {
        id: close
        objectName: "closePhoto"
        anchors.right: parent.right
        anchors.rightMargin: Theme.doorClear   // clear of the staff door in the corner
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.dp(44)
        icon: "close"
        text: Content.strings.close
        tint: Qt.rgba(0, 0, 0, 0.55)
        ink: "white"
        border.width: Math.max(1, Theme.dp(2))
        border.color: Qt.rgba(1, 1, 1, 0.5)
        onClicked: Navigator.back()
    }
}
