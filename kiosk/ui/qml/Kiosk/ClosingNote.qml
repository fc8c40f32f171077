pragma ComponentBehavior: Bound
import QtQuick

// The hall's closing words and its credits (the reporters' byline), set as an afterword.
Column {
    id: note

    property string text: ""
    property string credits: ""
    property color accent: Theme.accent

    spacing: Theme.dp(24)

    Rectangle {
        width: Theme.dp(88)
        height: Theme.dp(6)
        radius: height / 2
        color: note.accent
    }
    Words {
        textFormat: Text.PlainText
        objectName: "closingText"
        width: parent.width
        text: note.text
        color: Theme.text
        font.pixelSize: Theme.subheading
        font.features: Theme.fontFeatures
        lineHeight: 1.5
        wrapMode: Text.Wrap
    }
    Words {
        textFormat: Text.PlainText
        objectName: "closingCredits"
        visible: text !== ""
        width: parent.width
        text: note.credits
        color: Theme.muted
        font.pixelSize: Theme.small
        font.features: Theme.fontFeatures
        wrapMode: Text.Wrap
    }
}
