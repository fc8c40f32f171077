pragma ComponentBehavior: Bound
import QtQuick

// Before the kiosk resets from a detail view, a calm countdown any touch cancels.
Item {
    id: countdown

    objectName: "idleCountdown"

    readonly property bool counting: Idle.countdown > 0
    // The touch that cancels the countdown hides it before it is delivered; holding keeps
    // this layer up for that one event so the touch stops here and never lands on the page.
    property bool holding: false
    function letGo() { countdown.holding = false }
    onCountingChanged: {
        if (!countdown.counting) {
            countdown.holding = true
            Qt.callLater(countdown.letGo)
        }
    }

    visible: countdown.counting || countdown.holding || catcher.pressed
    opacity: countdown.counting ? 1 : 0
    Behavior on opacity { NumberAnimation { duration: Theme.duration; easing.type: Easing.OutCubic } }

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
    }

    // Any touch anywhere: "I'm still here".
    MouseArea {
        id: catcher
        objectName: "idleCatcher"
        anchors.fill: parent
        onPressed: Idle.activity()
    }

    Rectangle {
        id: card
        objectName: "idleCard"
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.dp(860))
        height: column.height + 2 * Theme.dp(60)
        radius: Theme.radius * 1.5
        color: Theme.surface
        border.width: Theme.dp(2)
        border.color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.35)
        scale: countdown.counting ? 1 : 0.96
        Behavior on scale { NumberAnimation { duration: Theme.duration; easing.type: Easing.OutCubic } }

        Column {
            id: column
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.dp(64)
            spacing: Theme.dp(30)

            Words {
                textFormat: Text.PlainText
                objectName: "idleMessage"
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: Content.strings.resetIn
                color: Theme.text
                font.pixelSize: Theme.subheading
                font.features: Theme.fontFeatures
                wrapMode: Text.WordWrap
            }

            Item {
                anchors.horizontalCenter: parent.horizontalCenter
                width: Theme.dp(220)
                height: width

                Rectangle {
                    id: ring
                    anchors.fill: parent
                    radius: width / 2
                    color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.08)
                    border.width: Theme.dp(4)
                    border.color: Theme.accent
                }
                // A soft ring leaving with every second.
                Rectangle {
                    id: tick
                    anchors.fill: parent
                    radius: width / 2
                    color: "transparent"
                    border.width: Theme.dp(3)
                    border.color: Theme.accent
                    opacity: 0
                    SequentialAnimation {
                        id: tickAnimation
                        ParallelAnimation {
                            NumberAnimation { target: tick; property: "scale"; from: 1; to: 1.18; duration: 700; easing.type: Easing.OutCubic }
                            NumberAnimation { target: tick; property: "opacity"; from: 0.6; to: 0; duration: 700; easing.type: Easing.OutCubic }
                        }
                    }
                }

                Column {
                    anchors.centerIn: parent
                    Words {
                        textFormat: Text.PlainText
                        id: number
                        objectName: "idleSeconds"
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: Idle.countdown
                        color: Theme.accent
                        font.pixelSize: Theme.dp(104)
                        font.weight: Font.Bold
                        font.features: Theme.fontFeatures
                        onTextChanged: if (Theme.animate && countdown.counting) tickAnimation.restart()
                    }
                    Words {
                        textFormat: Text.PlainText
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: Content.strings.seconds
                        color: Theme.muted
                        font.pixelSize: Theme.small
                        font.features: Theme.fontFeatures
                    }
                }
            }

            TouchButton {
                objectName: "stayButton"
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width, Math.max(implicitWidth, Theme.dp(440)))
                height: Theme.dp(104)
                text: Content.strings.stay
                tint: Theme.accent
                ink: Theme.background
                onClicked: Idle.activity()
            }
        }
    }
}
