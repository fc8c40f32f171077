import QtQuick

// Staff corner: a 5-second press on the hidden bottom-left corner opens a PIN pad; the right PIN
// opens the panel (content problems, reload, exit, back to visitors). Visitors see nothing.
Item {
    id: panel

    required property QtObject staff
    required property QtObject kiosk
    property bool pinPad: false
    property string pin: ""
    property bool wrong: false

    // The hidden corner: only a passive grab, so whatever is under it still works.
    Item {
        id: corner
        objectName: "staffCorner"
        width: Theme.dp(110); height: Theme.dp(110)
        anchors.left: parent.left; anchors.bottom: parent.bottom
        TapHandler {
            objectName: "staffLongPress"
            longPressThreshold: 5
            gesturePolicy: TapHandler.DragThreshold
            onLongPressed: if (panel.staff.enabled) { panel.pin = ""; panel.wrong = false; panel.pinPad = true }
        }
    }

    function unlock() {
        if (panel.staff.unlock(panel.pin)) {
            panel.pinPad = false
        } else {
            panel.wrong = true
            panel.pin = ""
        }
    }

    // Catch every touch while the pad or the panel is up.
    Rectangle {
        anchors.fill: parent
        visible: panel.pinPad || panel.staff.open
        color: Qt.rgba(0.02, 0.04, 0.08, 0.92)
        TapHandler {}
    }

    // -- PIN pad ------------------------------------------------------------
    Column {
        objectName: "pinPad"
        visible: panel.pinPad
        anchors.centerIn: parent
        spacing: Theme.dp(22)

        Text {
            anchors.horizontalCenter: parent.horizontalCenter
            text: panel.wrong ? "PIN ×" : "PIN"
            color: panel.wrong ? "#FF8A80" : Theme.text
            font.pixelSize: Theme.heading
            font.weight: Font.Bold
        }
        Text {
            objectName: "pinDots"
            anchors.horizontalCenter: parent.horizontalCenter
            text: panel.pin.length ? "●".repeat(panel.pin.length) : "○○○○"
            color: Theme.text
            font.pixelSize: Theme.title
            font.letterSpacing: Theme.dp(12)
        }
        Grid {
            anchors.horizontalCenter: parent.horizontalCenter
            columns: 3
            spacing: Theme.dp(18)
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "C", "0", "OK"]
                TouchButton {
                    required property string modelData
                    objectName: "pinKey_" + modelData
                    width: Theme.dp(120); height: Theme.dp(120)
                    radius: width / 2
                    text: modelData
                    tint: modelData === "OK" ? Theme.accent : Theme.surface
                    onClicked: {
                        panel.wrong = false
                        if (modelData === "C") panel.pin = ""
                        else if (modelData === "OK") panel.unlock()
                        else if (panel.pin.length < 12) panel.pin += modelData
                    }
                }
            }
        }
        TouchButton {
            anchors.horizontalCenter: parent.horizontalCenter
            objectName: "pinCancel"
            icon: "close"
            outlined: true
            onClicked: panel.pinPad = false
        }
    }

    // -- the panel ------------------------------------------------------------
    Rectangle {
        objectName: "staffPanel"
        visible: panel.staff.open
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.dp(1400))
        height: Math.min(parent.height - 2 * Theme.margin, Theme.dp(900))
        radius: Theme.radius
        color: Theme.surface

        Column {
            id: header
            anchors.left: parent.left; anchors.right: parent.right; anchors.top: parent.top
            anchors.margins: Theme.margin
            spacing: Theme.gap
            Text {
                text: "Staff · 工作人员"
                color: Theme.text
                font.pixelSize: Theme.heading
                font.weight: Font.Bold
            }
            Text {
                width: parent.width
                text: panel.kiosk.hall.title + (panel.staff.status ? "  —  " + panel.staff.status : "")
                color: Theme.muted
                font.pixelSize: Theme.small
                wrapMode: Text.Wrap
            }
            Row {
                spacing: Theme.gap
                TouchButton { objectName: "staffReload"; text: "Reload content · 重新加载"; onClicked: panel.staff.reloadContent() }
                TouchButton { objectName: "staffBack"; text: "Back to visitors · 返回"; tint: Theme.accent; onClicked: panel.staff.close() }
                TouchButton { objectName: "staffExit"; text: "Exit kiosk · 退出"; tint: "#8E2B2B"; onClicked: panel.staff.exitKiosk() }
            }
            Text {
                text: panel.staff.problems.length === 0 ? "Content OK · 内容无误"
                                                        : panel.staff.problems.length + " content findings · 条内容提示"
                color: panel.staff.problems.length === 0 ? "#9BE59B" : "#FFD27F"
                font.pixelSize: Theme.body
            }
        }
        ListView {
            anchors.left: parent.left; anchors.right: parent.right
            anchors.top: header.bottom; anchors.bottom: parent.bottom
            anchors.margins: Theme.margin
            clip: true
            model: panel.staff.problems
            spacing: Theme.dp(8)
            delegate: Text {
                required property string modelData
                width: ListView.view.width
                text: modelData
                color: Theme.text
                font.pixelSize: Theme.tiny
                font.family: "monospace"
                wrapMode: Text.WrapAnywhere
            }
        }
    }
}
