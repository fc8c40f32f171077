pragma ComponentBehavior: Bound
import QtQuick

// Shown to visitors when the hall could not be loaded: a calm notice in both languages, never
// an error. Staff find the details in the staff panel.
Item {
    id: view
    readonly property var strings: Content.strings
    // The other language's words (fixed: this screen must not depend on any hall content).
    readonly property bool otherIsEnglish: Content.language !== "en"

    objectName: "unavailableView"

    HomeBackdrop {
        anchors.fill: parent
        glow: Qt.lighter(Theme.surface, 1.6)
        glowX: 0.5
        glowY: 0.42
        glowStrength: 0.5
    }

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.dp(1200))
        spacing: Theme.dp(22)

        // A quiet emblem: a resting ring with a pause mark.
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.dp(128)
            height: width
            radius: width / 2
            color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.10)
            border.width: Theme.dp(3)
            border.color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.75)
            Row {
                anchors.centerIn: parent
                spacing: Theme.dp(14)
                Repeater {
                    model: 2
                    Rectangle {
                        width: Theme.dp(10)
                        height: Theme.dp(40)
                        radius: Theme.dp(3)
                        color: Theme.accent
                    }
                }
            }
        }

        Item { width: 1; height: Theme.dp(18) }

        Words {
            textFormat: Text.PlainText
            objectName: "unavailableTitle"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: view.strings.unavailable
            color: Theme.text
            font.pixelSize: Theme.title
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
            wrapMode: Text.WordWrap
        }
        Words {
            textFormat: Text.PlainText
            objectName: "unavailableHint"
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: view.strings.unavailableHint
            color: Theme.muted
            font.pixelSize: Theme.subheading
            font.features: Theme.fontFeatures
            wrapMode: Text.WordWrap
        }

        Item { width: 1; height: Theme.dp(24) }
        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.dp(64)
            height: Theme.dp(3)
            color: Theme.accent
            opacity: 0.8
        }
        Item { width: 1; height: Theme.dp(12) }

        Words {
            textFormat: Text.PlainText
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: Content.otherStrings.unavailable || ""
            color: Theme.text
            opacity: 0.85
            font.pixelSize: Theme.heading
            font.weight: Font.Bold
            font.features: view.otherIsEnglish ? ({ "pwid": 1 }) : ({})
            wrapMode: Text.WordWrap
        }
        Words {
            textFormat: Text.PlainText
            width: parent.width
            horizontalAlignment: Text.AlignHCenter
            text: Content.otherStrings.unavailableHint || ""
            color: Theme.muted
            font.pixelSize: Theme.body
            font.features: view.otherIsEnglish ? ({ "pwid": 1 }) : ({})
            wrapMode: Text.WordWrap
        }
    }
}
