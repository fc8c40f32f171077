pragma ComponentBehavior: Bound
import QtQuick

// One picture of the attract loop, gliding slowly. Two of these take turns: show() loads the
// next picture and, once it is ready, fades it in over the other. Everything moves on the
// view's clock (AttractMotion: a few ticks a second, whole pixels), so a tick that moves
// nothing draws nothing, and the picture is copied at its own size, never resampled per frame.
Item {
    id: frame

    property int clock: 0                    // the view's clock, ms (whole ticks)
    property int slide: 0                    // which picture: sets the direction of the glide
    property int drift: 9600                 // ms of movement per picture
    property int fade: AttractMotion.fadeMs  // ms of the crossfade
    property bool still: !Theme.animate      // snapshots, reduced motion: no movement, no fade
    property bool pending: false
    property bool showing: false
    property bool moving: false              // shown with a fade and a glide
    property int shownAt: 0
    readonly property bool ready: image.status === Image.Ready
    // Drawn whole, hiding what lies under it (the other picture, the ground).
    readonly property bool covering: showing && ready && opacity >= 1
    readonly property real elapsed: Math.max(0, clock - shownAt)
    readonly property real progress: Math.min(1, elapsed / Math.max(1, drift))
    readonly property bool fading: showing && moving && !still && elapsed < fade
    signal shown()

    opacity: !showing ? 0 : (moving && !still ? AttractMotion.fade(elapsed, fade) : 1)

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
        shownAt = clock
        moving = animated && !still
        showing = true
        shown()
    }

    // Let go of the picture (the other layer covers this one): about 10 MB decoded.
    function clear() {
        if (pending)
            return
        showing = false
        image.source = ""
    }

    // The picture at the size that covers the screen; with a 3:2 picture on a 16:9 screen
    // that is its own size (1:1), the rest cropped; the glide moves it within what is cropped.
    readonly property real cover: image.implicitWidth > 0
        ? Math.max(width / image.implicitWidth, height / image.implicitHeight) : 1
    readonly property point offset: moving && !still
        ? AttractMotion.glide(progress, slide, image.width - width, image.height - height, Theme.scale)
        : Qt.point(0, 0)

    Image {
        id: image
        autoTransform: true  // EXIF orientation: phone photos stand upright
        width: Math.ceil(implicitWidth * frame.cover)
        height: Math.ceil(implicitHeight * frame.cover)
        x: Math.round((frame.width - width) / 2) + frame.offset.x
        y: Math.round((frame.height - height) / 2) + frame.offset.y
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
    }
}
