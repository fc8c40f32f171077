pragma ComponentBehavior: Bound
import QtQuick

// One picture of the attract loop, drifting slowly (a Ken Burns pan and zoom). Two of these
// take turns: show() loads the next picture and, once it is ready, fades it in over the other.
Item {
    id: frame

    property int slide: 0                    // which picture: sets the direction of the drift
    property int drift: 9600                 // ms of movement per picture
    property int fade: 1600                  // ms of the crossfade
    property real progress: 0.5              // 0..1 through the drift
    property bool still: !Theme.animate      // snapshots: no movement, no zoom
    property bool pending: false
    readonly property bool ready: image.status === Image.Ready
    signal shown()

    readonly property bool zoomIn: slide % 2 === 0
    readonly property real direction: slide % 4 < 2 ? 1 : -1
    readonly property real zoom: still ? 1.0
                                       : (zoomIn ? 1.06 + 0.08 * progress : 1.14 - 0.08 * progress)
    readonly property real panX: still ? 0 : direction * width * 0.02 * (2 * progress - 1)
    readonly property real panY: still ? 0 : (zoomIn ? -1 : 1) * height * 0.012 * (2 * progress - 1)

    property bool wantAnimation: false
    function show(url, index, animated) {
        slide = index
        wantAnimation = animated
        pending = true
        image.source = url
        if (pending && ready)
            begin(animated)
    }

    function begin(animated) {
        pending = false
        driftAnimation.stop()
        fadeAnimation.stop()
        progress = 0
        shown()
        if (animated && !still) {
            opacity = 0
            fadeAnimation.start()
            driftAnimation.start()
        } else {
            opacity = 1
        }
    }

    Image {
        id: image
        autoTransform: true  // EXIF orientation: phone photos stand upright
        anchors.fill: parent
        fillMode: Image.PreserveAspectCrop
        asynchronous: Theme.asyncImages
        cache: false  // full screen, one at a time: freed as soon as the next one shows
        smooth: true
        onStatusChanged: {
            // A prepared picture that cannot be shown: have it made again (as Picture does).
            if (image.status === Image.Error)
                Pictures.pictureFailed(image.source)
            if (!frame.pending)
                return
            if (image.status === Image.Ready)
                frame.begin(frame.wantAnimation)
            else if (image.status === Image.Error)
                frame.pending = false
        }
        transform: [
            Scale {
                origin.x: image.width / 2
                origin.y: image.height / 2
                xScale: frame.zoom
                yScale: frame.zoom
            },
            Translate { x: frame.panX; y: frame.panY }
        ]
    }

    NumberAnimation {
        id: driftAnimation
        target: frame; property: "progress"
        from: 0; to: 1
        duration: frame.drift
        easing.type: Easing.Linear
    }
    NumberAnimation {
        id: fadeAnimation
        target: frame; property: "opacity"
        from: 0; to: 1
        duration: frame.fade
        easing.type: Easing.InOutQuad
    }
}
