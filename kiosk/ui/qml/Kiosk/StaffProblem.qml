import QtQuick

// One finding in the staff panel: a dot and the file:line text, coloured by its level
// (error, warning; ok when there is none).
Row {
    id: problem

    property string text
    property string level

    spacing: Theme.dp(14)
    readonly property color ink: level === "error" ? Theme.error
                               : level === "warning" ? Theme.warning : Theme.ok
    Rectangle {
        y: Theme.dp(8)
        width: Theme.dp(12); height: width; radius: width / 2
        color: problem.ink
    }
    Text {
        textFormat: Text.PlainText
        width: problem.width - Theme.dp(26)
        text: problem.text
        color: problem.ink
        font.pixelSize: Theme.tiny + Theme.dp(2)
        font.family: "monospace"
        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
    }
}
