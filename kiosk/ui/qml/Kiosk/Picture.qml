pragma ComponentBehavior: Bound
import QtQuick

// An image that never looks broken: while loading or when it fails it shows a designed
// placeholder in the section colour with a quiet picture glyph.
Item {
    id: picture

    property url source
    // A larger derivative of the same picture: taken instead when the frame shows `source`
    // enlarged past `maxEnlargement` (a wide frame, a scaled-up screen), so nothing looks soft.
    property url sharper
    property real maxEnlargement: 1.1
    property bool useSharper: false
    onSourceChanged: useSharper = false
    function checkSharpness() {
        if (useSharper || sharper.toString() === "" || image.status !== Image.Ready || image.implicitWidth <= 0)
            return
        if (Math.max(image.paintedWidth / image.implicitWidth, image.paintedHeight / image.implicitHeight) > maxEnlargement)
            useSharper = true
    }
    property color tint: Theme.accent
    property int fillMode: Image.PreserveAspectCrop
    // Decode size. Unset (0 x 0): the derivative's own size, which kiosk.media already made for
    // this use (marker 320, thumb 480, tile 960, full = the screen). Not the item's size: with a
    // crop or fit fill Qt scales the decode to cover it, upscaling a 960 px tile shown at
    // 1229 px to 4 MB and a story picture in the photo viewer to 10 MB.
    property size sourceSize: Qt.size(0, 0)
    property real radius: 0
    // Keep the decoded image in Qt's shared pixmap cache: right for tiles and thumbnails shown
    // in many places; full-screen pictures (hero, photo viewer) set it false and are freed as
    // soon as they leave the screen.
    property bool cache: true
    readonly property bool ready: image.status === Image.Ready
    readonly property bool shown: ready && image.opacity === 1  // faded in completely
    // The designed placeholder while loading or broken (off for a picture laid over another).
    property bool placeholder: true
    readonly property alias status: image.status

    clip: true

    Rectangle {
        anchors.fill: parent
        visible: picture.placeholder && !picture.ready
        radius: picture.radius
        gradient: Gradient {
            GradientStop { position: 0; color: Qt.lighter(picture.tint, 1.15) }
            GradientStop { position: 1; color: Qt.darker(picture.tint, 1.5) }
        }
        Icon {
            anchors.centerIn: parent
            name: "photo"
            color: Qt.rgba(1, 1, 1, 0.4)
            lineWidth: 1.6
            width: Math.max(Theme.dp(28), Math.min(parent.width, parent.height) * 0.22)
            height: width
        }
    }

    Image {
        id: image
        autoTransform: true  // EXIF orientation: phone photos stand upright
        anchors.fill: parent
        source: picture.useSharper ? picture.sharper : picture.source
        fillMode: picture.fillMode
        asynchronous: Theme.asyncImages && Theme.started  // in the first frame: at once
        cache: picture.cache
        smooth: true
        mipmap: false
        sourceSize.width: Math.ceil(picture.sourceSize.width)
        sourceSize.height: Math.ceil(picture.sourceSize.height)
        opacity: picture.ready ? 1 : 0
        Behavior on opacity {
            enabled: Theme.started && !Theme.entering
            NumberAnimation { duration: Theme.duration }
        }
        // A prepared picture that cannot be shown (damaged on disk): the image service checks
        // it and makes it again under a new URL; the placeholder shows meanwhile.
        onStatusChanged: {
            if (image.status === Image.Error)
                Pictures.pictureFailed(image.source)
            picture.checkSharpness()
        }
        onPaintedWidthChanged: picture.checkSharpness()
        onPaintedHeightChanged: picture.checkSharpness()
    }
}
