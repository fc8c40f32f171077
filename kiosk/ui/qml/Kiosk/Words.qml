import QtQuick

// A visitor text: plain text (never rich), in the accessibility tree while it is shown, so a
// screen reader reads the titles, stories and figures as the eye does.
Text {
    property bool readable: true        // false where a control already says it (a tile's title)
    textFormat: Text.PlainText
    Accessible.role: Accessible.StaticText
    Accessible.name: text
    Accessible.ignored: !readable || !visible || text === ""
}
