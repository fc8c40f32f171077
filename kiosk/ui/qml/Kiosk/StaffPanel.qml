import QtQuick
import QtQuick.Window

// The staff door: a long press on the hidden bottom-left corner, then within 3 s three taps on
// the bottom-right corner (so a hand resting on the screen never opens it), shows a PIN pad;
// the right PIN opens the panel (content problems, reload, exit, back to visitors). The state
// lives in Python (kiosk/ui/staff.py); visitors see nothing but, after the long press, a faint
// mark where the second step goes.
Item {
    id: panel

    required property QtObject staff
    required property QtObject kiosk
    property string pin: ""

    // The first corner: only a passive grab, so whatever is under it still works.
    Item {
        id: corner
        objectName: "staffCorner"
        width: Theme.dp(110); height: Theme.dp(110)
        anchors.left: parent.left; anchors.bottom: parent.bottom
        TapHandler {
            objectName: "staffLongPress"
            longPressThreshold: Theme.staffHoldSeconds
            gesturePolicy: TapHandler.DragThreshold
            onLongPressed: panel.staff.cornerHeld()
        }
    }

    // The second corner: listens only for a few seconds after the long press.
    Item {
        id: secondCorner
        objectName: "staffSecondCorner"
        width: Theme.dp(110); height: Theme.dp(110)
        anchors.right: parent.right; anchors.bottom: parent.bottom
        TapHandler {
            enabled: panel.staff.armed
            onTapped: panel.staff.cornerTapped()
        }
        Row {
            anchors.centerIn: parent
            spacing: Theme.dp(8)
            visible: panel.staff.armed
            opacity: 0.35
            Repeater {
                model: 3
                Rectangle { width: Theme.dp(10); height: width; radius: width / 2; color: Theme.muted }
            }
        }
    }

    function unlock() {
        panel.staff.unlock(panel.pin)  // right: the panel opens; wrong: padMessage says why
        panel.pin = ""
    }

    // Catch every touch while the pad or the panel is up.
    Rectangle {
        anchors.fill: parent
        visible: panel.staff.padOpen || panel.staff.open
        color: Qt.rgba(0.02, 0.04, 0.08, 0.92)
        TapHandler {}
    }

    // -- PIN pad ------------------------------------------------------------
    // Built only while shown: the staff panel costs the visitors' start-up nothing.
    Loader {
        active: panel.staff.padOpen
        anchors.centerIn: parent
        onActiveChanged: panel.pin = ""
        sourceComponent: Column {
            objectName: "pinPad"
            spacing: Theme.dp(22)

            Text {
                textFormat: Text.PlainText
                objectName: "pinMessage"
                anchors.horizontalCenter: parent.horizontalCenter
                text: panel.staff.padMessage || "工作人员 PIN · Staff PIN"
                color: panel.staff.padMessage ? "#FFB4A9" : Theme.text
                font.pixelSize: panel.staff.padMessage ? Theme.subheading : Theme.heading
                font.weight: Font.Bold
            }
            Text {
                textFormat: Text.PlainText
                objectName: "pinDots"
                anchors.horizontalCenter: parent.horizontalCenter
                text: panel.pin.length ? "●".repeat(panel.pin.length) : "○○○○○○"
                color: Theme.text
                font.pixelSize: Theme.title
                font.letterSpacing: Theme.dp(12)
            }
            Grid {
                anchors.horizontalCenter: parent.horizontalCenter
                columns: 3
                spacing: Theme.dp(18)
                enabled: !panel.staff.locked
                opacity: enabled ? 1 : 0.4
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
                onClicked: panel.staff.closePad()
            }
        }
    }

    // -- the panel ------------------------------------------------------------
    Loader {
        active: panel.staff.open
        anchors.fill: parent
        sourceComponent: Rectangle {
            id: sheet
            objectName: "staffPanel"
            property string tab: "content"
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.dp(40)
            height: parent.height - 2 * Theme.dp(40)
            radius: Theme.radius
            color: Theme.surface

            Column {
                id: header
                anchors.left: parent.left; anchors.right: parent.right; anchors.top: parent.top
                anchors.margins: Theme.dp(40)
                spacing: Theme.dp(20)
                Text {
                    textFormat: Text.PlainText
                    text: "Staff · 工作人员  —  " + panel.kiosk.hall.title
                    width: parent.width
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.subheading
                    font.weight: Font.Bold
                }
                Flow {
                    width: parent.width
                    spacing: Theme.dp(16)
                    TouchButton { objectName: "staffTabContent"; text: "Content · 内容"; tint: sheet.tab === "content" ? Theme.accent : Theme.background; onClicked: sheet.tab = "content" }
                    TouchButton { objectName: "staffTabScreen"; text: "Screen & touch · 屏幕"; tint: sheet.tab === "screen" ? Theme.accent : Theme.background; onClicked: sheet.tab = "screen" }
                    TouchButton { objectName: "staffTabLog"; text: "Log · 日志"; tint: sheet.tab === "log" ? Theme.accent : Theme.background; onClicked: { logText.text = panel.staff.logTail(); sheet.tab = "log" } }
                    TouchButton { objectName: "staffReload"; text: "Reload · 重新加载"; tint: Theme.background; onClicked: panel.staff.reloadContent() }
                    TouchButton { objectName: "staffBack"; text: "Back to visitors · 返回"; tint: "#2E6B3F"; onClicked: panel.staff.close() }
                    TouchButton { objectName: "staffExit"; text: "Exit kiosk · 退出"; tint: "#8E2B2B"; onClicked: panel.staff.exitKiosk() }
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "staffPinWarning"
                    visible: panel.staff.pinWarning !== ""
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: panel.staff.pinWarning
                    color: "#FFD27F"
                    font.pixelSize: Theme.small
                    font.weight: Font.Bold
                }
                Text {
                    textFormat: Text.PlainText
                    visible: panel.staff.status !== ""
                    text: panel.staff.status
                    color: "#FFD27F"
                    font.pixelSize: Theme.small
                }
            }

            Item {
                id: body
                anchors.left: parent.left; anchors.right: parent.right
                anchors.top: header.bottom; anchors.bottom: parent.bottom
                anchors.margins: Theme.dp(40)
                clip: true

                // Content: versions, when loaded, every finding with file:line.
                ListView {
                    objectName: "staffContent"
                    visible: sheet.tab === "content"
                    anchors.fill: parent
                    spacing: Theme.dp(8)
                    model: panel.staff.content.concat(panel.staff.problems.length ? panel.staff.problems : ["No problems found · 内容无误"])
                    delegate: Text {
                        textFormat: Text.PlainText
                        required property string modelData
                        required property int index
                        width: ListView.view.width
                        text: modelData
                        color: index < panel.staff.content.length ? Theme.text : (modelData.indexOf("warning:") >= 0 ? "#FFD27F" : "#FF9E9E")
                        font.pixelSize: index < panel.staff.content.length ? Theme.small : Theme.tiny
                        font.family: index < panel.staff.content.length ? Theme.fontFamily : "monospace"
                        wrapMode: Text.WrapAnywhere
                    }
                }

                // Screen: resolution, density, orientation; a touch test drawing every finger.
                Item {
                    visible: sheet.tab === "screen"
                    anchors.fill: parent
                    Text {
                        textFormat: Text.PlainText
                        id: screenInfo
                        objectName: "staffScreenInfo"
                        width: parent.width
                        color: Theme.text
                        font.pixelSize: Theme.small
                        wrapMode: Text.Wrap
                        text: "Screen " + Screen.width + " × " + Screen.height
                              + " · " + (Screen.pixelDensity * 25.4).toFixed(0) + " dpi"
                              + " · device pixel ratio " + Screen.devicePixelRatio
                              + " · " + (Screen.width >= Screen.height ? "landscape" : "portrait")
                              + " · window " + panel.width + " × " + panel.height
                              + " · UI scale " + Theme.scale.toFixed(2)
                              + "\nTouch test: touch anywhere below; every finger draws a numbered circle. · 触摸测试"
                    }
                    Rectangle {
                        anchors.top: screenInfo.bottom; anchors.topMargin: Theme.dp(16)
                        anchors.left: parent.left; anchors.right: parent.right; anchors.bottom: parent.bottom
                        color: Theme.background
                        radius: Theme.radius
                        MultiPointTouchArea {
                            id: touchTest
                            objectName: "staffTouchTest"
                            anchors.fill: parent
                            mouseEnabled: true
                            maximumTouchPoints: 10
                            touchPoints: [
                                TouchPoint {}, TouchPoint {}, TouchPoint {}, TouchPoint {}, TouchPoint {},
                                TouchPoint {}, TouchPoint {}, TouchPoint {}, TouchPoint {}, TouchPoint {}
                            ]
                        }
                        Repeater {
                            model: touchTest.touchPoints
                            Rectangle {
                                required property var modelData
                                required property int index
                                visible: modelData.pressed
                                x: modelData.x - width / 2; y: modelData.y - height / 2
                                width: Theme.dp(110); height: width; radius: width / 2
                                color: "transparent"
                                border.width: Theme.dp(5)
                                border.color: Qt.hsla(index / 10, 0.75, 0.6, 1)
                                Text {
                                    textFormat: Text.PlainText
                                    anchors.centerIn: parent
                                    text: (index + 1) + "\n" + Math.round(parent.modelData.x) + "," + Math.round(parent.modelData.y)
                                    horizontalAlignment: Text.AlignHCenter
                                    color: Theme.text
                                    font.pixelSize: Theme.tiny
                                }
                            }
                        }
                    }
                }

                // Log: the tail of the log file.
                Flickable {
                    visible: sheet.tab === "log"
                    anchors.fill: parent
                    contentHeight: logText.implicitHeight
                    Text {
                        textFormat: Text.PlainText
                        id: logText
                        objectName: "staffLog"
                        width: parent.width
                        color: Theme.text
                        font.pixelSize: Theme.tiny
                        font.family: "monospace"
                        wrapMode: Text.WrapAnywhere
                    }
                }
            }
        }
    }
}
