pragma ComponentBehavior: Bound
import QtQuick
import QtMultimedia

// A story's film: its poster with a big play button; a tap on the picture plays and pauses; under
// it the play button, a progress bar to drag, the time, the sound button and full screen.
// Subtitles in the visitor's language show by default (Subtitles reads the cue; this only binds).
// A film starts with its sound on at the settings' volume (Films.volumeMax): a visitor who taps
// play expects to hear it, and the sound button turns it off. While it plays the idle timer
// waits (Idle.hold); once it ends (or is paused) the timeout runs again. Paused for
// Films.pauseReleaseMs, or on a page no longer shown, it gives its decoder back.
Item {
    id: film
    objectName: "storyVideo"

    property var video: ({})
    property color accent: Theme.accent
    property bool full: false
    property bool loaded: false         // the decoder holds the file
    property string loadedSource: ""
    property int resumeAt: 0            // where a released pause goes on from
    property bool muted: false
    readonly property bool playing: player.playbackState === MediaPlayer.PlayingState
    readonly property bool playable: (video.source || "") !== ""
    readonly property real fraction: player.duration > 0 ? Math.min(1, player.position / player.duration) : 0

    readonly property int normalHeight: Math.round(width * 9 / 16) + Theme.touch + Theme.dp(16)
    implicitHeight: normalHeight + (captionText.visible ? captionText.height + Theme.dp(12) : 0)

    onVisibleChanged: if (!visible) film.unload(false)
    onVideoChanged: if ((video.source || "") !== loadedSource) film.unload(false)
    onPlayingChanged: Idle.hold(playing)
    Component.onDestruction: if (film.playing) Idle.hold(false)

    function toggle() {
        if (!playable)
            return
        if (playing) {
            player.pause()
            release.restart()
        } else {
            play()
        }
    }
    function play() {
        release.stop()
        if (!loaded) {
            loaded = true
            loadedSource = video.source
            player.source = loadedSource
        }
        player.play()
    }
    // Stop and give the decoder back; keep: go on from here at the next play.
    function unload(keep) {
        release.stop()
        resumeAt = keep && loaded ? player.position : 0
        player.stop()
        player.source = ""
        loaded = false
        loadedSource = ""
        if (!keep)
            full = false
    }
    function seekTo(at) {
        if (!playable || player.duration <= 0)
            return
        const ms = Math.round(Math.max(0, Math.min(1, at)) * player.duration)
        if (loaded)
            player.setPosition(ms)
        else
            resumeAt = ms
    }
    function seekBy(ms) {
        if (player.duration > 0)
            seekTo((player.position + ms) / player.duration)
    }
    function clock(ms) {
        const s = Math.max(0, Math.floor(ms / 1000))
        return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0")
    }
    // The page the film fills in full screen (above the dock, turned as the screen is).
    function pageItem() {
        for (let p = film.parent; p; p = p.parent)
            if (p.objectName === "page")
                return p
        return film
    }

    MediaPlayer {
        id: player
        objectName: "storyVideoPlayer"
        audioOutput: AudioOutput {
            volume: Films.volumeMax
            muted: film.muted
        }
        videoOutput: output
        onMediaStatusChanged: {
            if (mediaStatus === MediaPlayer.LoadedMedia && film.resumeAt > 0) {
                player.setPosition(film.resumeAt)
                film.resumeAt = 0
            } else if (mediaStatus === MediaPlayer.EndOfMedia) {
                film.unload(false)
            } else if (mediaStatus === MediaPlayer.InvalidMedia) {
                console.warn("film " + film.loadedSource + " cannot be played: " + player.errorString)
                film.unload(false)
            }
        }
    }
    Subtitles {
        id: cues
        source: film.video.subtitles || ""
        position: player.position
    }
    Timer {
        id: release
        interval: Films.pauseReleaseMs
        onTriggered: film.unload(true)
    }

    Rectangle {
        id: holder
        objectName: "storyVideoHolder"
        width: film.full ? parent.width : film.width
        height: film.full ? parent.height : film.normalHeight
        z: film.full ? 50 : 0
        color: "#000000"
        radius: film.full ? 0 : Theme.radius
        clip: true
        states: State {
            when: film.full
            ParentChange { target: holder; parent: film.pageItem(); x: 0; y: 0 }
        }

        Item {
            id: frame
            width: parent.width
            height: parent.height - bar.height

            Image {
                objectName: "storyVideoPoster"
                anchors.fill: parent
                visible: !film.loaded || player.position === 0 && !film.playing
                source: film.video.poster || ""
                fillMode: Image.PreserveAspectCrop
                asynchronous: Theme.asyncImages
                sourceSize.width: width
            }
            VideoOutput {
                id: output
                anchors.fill: parent
                visible: film.loaded
                fillMode: VideoOutput.PreserveAspectFit
            }
            // The subtitle of this moment, in the visitor's language.
            Rectangle {
                visible: cueText.text !== ""
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.bottom: parent.bottom
                anchors.bottomMargin: Theme.dp(24)
                width: Math.min(parent.width - Theme.dp(48), cueText.implicitWidth + Theme.dp(32))
                height: cueText.height + Theme.dp(16)
                radius: Theme.dp(8)
                color: Qt.rgba(0, 0, 0, 0.72)
                Words {
                    id: cueText
                    objectName: "storyVideoCue"
                    anchors.centerIn: parent
                    width: parent.width - Theme.dp(32)
                    text: cues.text
                    color: "#ffffff"
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    font.pixelSize: film.full ? Theme.subheading : Theme.body
                    font.features: Theme.fontFeatures
                }
            }
            // The big play button on the poster (and on a paused film).
            Rectangle {
                visible: film.playable && !film.playing
                anchors.centerIn: parent
                width: Theme.dp(136)
                height: width
                radius: width / 2
                color: Qt.rgba(0, 0, 0, 0.55)
                border.width: Theme.dp(4)
                border.color: "#ffffff"
                Icon {
                    anchors.centerIn: parent
                    anchors.horizontalCenterOffset: Theme.dp(6)
                    width: Theme.dp(64)
                    height: width
                    name: "play"
                    color: "#ffffff"
                    lineWidth: 2.6
                }
            }
            Pressable {
                objectName: "storyVideoSurface"
                enabled: film.playable
                name: film.playing ? Content.strings.pauseFilm : Content.strings.playFilm
                description: film.video.label || ""
                onActivated: film.toggle()
            }
        }

        // The controls, under the picture.
        Rectangle {
            id: bar
            anchors.top: frame.bottom
            width: parent.width
            height: Theme.touch + Theme.dp(16)
            color: Theme.surface
            visible: film.playable

            component FilmButton: Item {
                id: button
                property string icon: ""
                property string label: ""
                signal clicked()
                width: Theme.touch
                height: Theme.touch
                Rectangle {
                    anchors.fill: parent
                    radius: width / 2
                    color: press.pressed ? Qt.lighter(Theme.surface, 1.4) : "transparent"
                }
                Icon {
                    anchors.centerIn: parent
                    width: Theme.dp(44)
                    height: width
                    name: button.icon
                    color: Theme.text
                }
                Pressable {
                    id: press
                    name: button.label
                    radius: width / 2
                    onActivated: button.clicked()
                }
            }

            Row {
                id: controls
                anchors.fill: parent
                anchors.leftMargin: Theme.dp(8)
                anchors.rightMargin: Theme.dp(8)
                spacing: Theme.dp(8)

                FilmButton {
                    objectName: "storyVideoPlay"
                    anchors.verticalCenter: parent.verticalCenter
                    icon: film.playing ? "pause" : "play"
                    label: film.playing ? Content.strings.pauseFilm : Content.strings.playFilm
                    onClicked: film.toggle()
                }
                Item {
                    id: progress
                    objectName: "storyVideoProgress"
                    anchors.verticalCenter: parent.verticalCenter
                    width: controls.width - 3 * Theme.touch - time.width - 5 * controls.spacing
                    height: Theme.touch
                    readonly property real shown: scrub.active ? scrub.at : film.fraction
                    Rectangle {
                        id: track
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width
                        height: Theme.dp(10)
                        radius: height / 2
                        color: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.25)
                        Rectangle {
                            width: parent.width * progress.shown
                            height: parent.height
                            radius: parent.radius
                            color: film.accent
                        }
                    }
                    Rectangle {
                        x: track.width * progress.shown - width / 2
                        anchors.verticalCenter: parent.verticalCenter
                        width: Theme.dp(32)
                        height: width
                        radius: width / 2
                        color: Theme.text
                    }
                    Pressable {
                        name: Content.strings.filmPosition
                        description: film.clock(player.position) + " / " + film.clock(player.duration)
                        role: Accessible.Slider
                        // A tap goes to where it touched; Enter or Space (no touch) 10 s on.
                        onActivated: {
                            if (Date.now() - scrub.touchedAt < 1000)
                                film.seekTo(scrub.lastX / progress.width)
                            else
                                film.seekBy(10000)
                        }
                        Accessible.onIncreaseAction: film.seekBy(10000)
                        Accessible.onDecreaseAction: film.seekBy(-10000)
                    }
                    DragHandler {
                        id: scrub
                        objectName: "storyVideoScrub"
                        target: null
                        xAxis.enabled: true
                        yAxis.enabled: false
                        dragThreshold: Theme.dp(8)
                        // Once it drags, the story's swipe (a longer threshold) cannot take it.
                        grabPermissions: PointerHandler.CanTakeOverFromAnything
                        property real lastX: 0
                        property real at: 0
                        property real touchedAt: 0
                        onCentroidChanged: {
                            touchedAt = Date.now()
                            lastX = centroid.position.x
                            at = Math.max(0, Math.min(1, lastX / progress.width))
                        }
                        onActiveChanged: if (!active) film.seekTo(at)
                    }
                }
                Words {
                    id: time
                    anchors.verticalCenter: parent.verticalCenter
                    readable: false
                    text: player.duration > 0 ? film.clock(player.position) + " / " + film.clock(player.duration) : ""
                    color: Theme.text
                    font.pixelSize: Theme.small
                    font.features: Theme.fontFeatures
                }
                FilmButton {
                    objectName: "storyVideoSound"
                    anchors.verticalCenter: parent.verticalCenter
                    icon: film.muted ? "muted" : "speech"
                    label: film.muted ? Content.strings.unmuteFilm : Content.strings.muteFilm
                    onClicked: film.muted = !film.muted
                }
                FilmButton {
                    objectName: "storyVideoFull"
                    anchors.verticalCenter: parent.verticalCenter
                    icon: film.full ? "shrink" : "expand"
                    label: film.full ? Content.strings.filmLeaveFullScreen : Content.strings.filmFullScreen
                    onClicked: film.full = !film.full
                }
            }
        }
    }

    Words {
        id: captionText
        y: film.normalHeight + Theme.dp(12)
        width: film.width
        visible: text !== ""
        text: (film.video.caption || "") + (film.video.credit ? "  " + film.video.credit : "")
        color: Theme.muted
        font.pixelSize: Theme.small
        font.features: Theme.fontFeatures
        wrapMode: Text.Wrap
    }
}
