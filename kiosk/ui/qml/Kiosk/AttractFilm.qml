pragma ComponentBehavior: Bound
import QtQuick
import QtMultimedia

// The hall's film in the attract loop (Content.attractVideo): played without sound over the
// pictures after each round of them, then gone (its decoder released). A file that cannot be
// played ends at once, and the pictures go on.
Item {
    id: film
    objectName: "attractFilm"

    property string source: ""
    readonly property bool playing: player.source.toString() !== ""
    signal finished()

    visible: playing
    opacity: player.playbackState === MediaPlayer.PlayingState ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: Theme.duration } }

    function start() {
        if (source === "" || playing)
            return false
        player.source = source
        player.play()
        return true
    }
    function stop() {
        if (!playing)
            return
        player.stop()
        player.source = ""
        film.finished()
    }

    Component.onDestruction: { player.stop(); player.source = "" }

    Rectangle {
        anchors.fill: parent
        color: "#000000"
    }
    MediaPlayer {
        id: player
        objectName: "attractFilmPlayer"
        videoOutput: output
        // No audio output: the attract loop is silent.
        onMediaStatusChanged: {
            if (mediaStatus === MediaPlayer.EndOfMedia || mediaStatus === MediaPlayer.InvalidMedia)
                film.stop()
        }
    }
    VideoOutput {
        id: output
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectCrop
    }
}
