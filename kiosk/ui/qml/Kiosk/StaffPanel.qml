pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Window

// The staff door: a long press on the hidden bottom-left corner, then within 3 s three taps on
// the bottom-right corner (so a hand resting on the screen never opens it), shows a PIN pad;
// the right PIN opens the panel (content problems, reload, exit, back to visitors). The state
// lives in Python (Staff, kiosk/ui/staff.py); visitors see nothing but, after the long press, a
// faint mark where the second step goes.
Item {
    id: panel

    property string pin: ""

    // The first corner: only a passive grab, so whatever is under it still works.
    Item {
        objectName: "staffCorner"
        width: Theme.door; height: Theme.door
        anchors.left: parent.left; anchors.bottom: parent.bottom
        TapHandler {
            objectName: "staffLongPress"
            longPressThreshold: Theme.staffHoldSeconds
            gesturePolicy: TapHandler.DragThreshold
            onLongPressed: Staff.cornerHeld()
        }
    }

    // The second corner: listens only for a few seconds after the long press.
    Item {
        objectName: "staffSecondCorner"
        width: Theme.door; height: Theme.door
        anchors.right: parent.right; anchors.bottom: parent.bottom
        TapHandler {
            enabled: Staff.armed
            onTapped: Staff.cornerTapped()
        }
        Row {
            anchors.centerIn: parent
            spacing: Theme.dp(8)
            visible: Staff.armed
            opacity: 0.35
            Repeater {
                model: 3
                Rectangle { width: Theme.dp(10); height: width; radius: width / 2; color: Theme.muted }
            }
        }
    }

    function unlock() {
        Staff.unlock(panel.pin)  // right: the panel opens; wrong: Staff.padMessage says why
        panel.pin = ""
    }

    // Catch every touch while the pad or the panel is up.
    Rectangle {
        anchors.fill: parent
        visible: Staff.padOpen || Staff.open
        color: Qt.rgba(0.02, 0.04, 0.08, 0.92)
        TapHandler {}
    }

    // -- PIN pad ------------------------------------------------------------
    // Built only while shown: the staff panel costs the visitors' start-up nothing.
    Loader {
        active: Staff.padOpen
        anchors.centerIn: parent
        onActiveChanged: panel.pin = ""
        sourceComponent: Column {
            objectName: "pinPad"
            spacing: Theme.dp(22)

            Text {
                textFormat: Text.PlainText
                anchors.horizontalCenter: parent.horizontalCenter
                text: Staff.texts.pinTitle
                color: Theme.text
                font.pixelSize: Theme.heading
                font.weight: Font.Bold
            }
            Text {
                textFormat: Text.PlainText
                objectName: "pinMessage"
                anchors.horizontalCenter: parent.horizontalCenter
                text: Staff.padMessage || Staff.texts.pinHint
                color: Staff.padMessage ? Theme.error : Theme.muted
                font.pixelSize: Theme.small
                font.weight: Staff.padMessage ? Font.Bold : Font.Normal
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
                enabled: !Staff.locked
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
                onClicked: Staff.closePad()
            }
        }
    }

    // -- the panel ------------------------------------------------------------
    Loader {  // it sizes the sheet to itself: the margins are the Loader's
        active: Staff.open
        anchors.fill: parent
        anchors.margins: Theme.dp(40)
        sourceComponent: Rectangle {
            id: sheet
            objectName: "staffPanel"
            property string tab: "content"
            radius: Theme.radius
            color: Theme.surface

            Column {
                id: header
                anchors.left: parent.left; anchors.right: parent.right; anchors.top: parent.top
                anchors.margins: Theme.dp(40)
                spacing: Theme.dp(20)
                Text {
                    textFormat: Text.PlainText
                    text: Staff.texts.title + "  —  " + Content.hall.title
                    width: parent.width
                    elide: Text.ElideRight
                    color: Theme.text
                    font.pixelSize: Theme.subheading
                    font.weight: Font.Bold
                }
                Flow {
                    width: parent.width
                    spacing: Theme.dp(16)
                    TouchButton { objectName: "staffTabContent"; text: Staff.texts.content; tint: sheet.tab === "content" ? Theme.accent : Theme.background; onClicked: sheet.tab = "content" }
                    TouchButton { objectName: "staffTabScreen"; text: Staff.texts.screen; tint: sheet.tab === "screen" ? Theme.accent : Theme.background; onClicked: sheet.tab = "screen" }
                    TouchButton { objectName: "staffTabVersions"; visible: Staff.installed.length > 0; text: Staff.texts.versions; tint: sheet.tab === "versions" ? Theme.accent : Theme.background; onClicked: sheet.tab = "versions" }
                    TouchButton { objectName: "staffTabLog"; text: Staff.texts.log; tint: sheet.tab === "log" ? Theme.accent : Theme.background; onClicked: { logText.text = Staff.logTail(); sheet.tab = "log" } }
                    TouchButton { objectName: "staffReload"; text: Staff.texts.reload; tint: Theme.background; onClicked: Staff.reloadContent() }
                    TouchButton {
                        objectName: "staffCheckLayout"
                        visible: sheet.tab === "content"
                        text: Staff.texts.checkLayout
                        tint: Theme.background
                        enabled: !Staff.layout.running
                        opacity: enabled ? 1 : 0.5
                        onClicked: Staff.checkLayout(panel.width, panel.height)
                    }
                    TouchButton { objectName: "staffBack"; text: Staff.texts.back; tint: "#2E6B3F"; onClicked: Staff.close() }
                    TouchButton { objectName: "staffExit"; text: Staff.texts.exit; tint: "#8E2B2B"; onClicked: Staff.exitKiosk() }
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "staffPinWarning"
                    visible: Staff.pinWarning !== ""
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: Staff.pinWarning
                    color: Theme.warning
                    font.pixelSize: Theme.small
                    font.weight: Font.Bold
                }
                Text {
                    textFormat: Text.PlainText
                    objectName: "staffStatus"
                    visible: Staff.status !== ""
                    width: parent.width
                    wrapMode: Text.Wrap
                    text: Staff.status
                    color: Theme.text
                    font.pixelSize: Theme.small
                }
            }

            Item {
                id: body
                anchors.left: parent.left; anchors.right: parent.right
                anchors.top: header.bottom; anchors.bottom: parent.bottom
                anchors.margins: Theme.dp(40)
                clip: true

                // Content: versions, when loaded; then every finding with file:line, coloured by
                // its level (error, warning; ok when there is none).
                ListView {
                    objectName: "staffContent"
                    visible: sheet.tab === "content"
                    anchors.fill: parent
                    spacing: Theme.dp(10)
                    header: Column {
                        width: ListView.view.width
                        bottomPadding: Theme.dp(16)
                        spacing: Theme.dp(6)
                        Repeater {
                            model: Staff.content
                            Text {
                                required property string modelData
                                textFormat: Text.PlainText
                                width: parent.width
                                text: modelData
                                color: Theme.text
                                font.pixelSize: Theme.small
                                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                            }
                        }
                    }
                    model: Staff.problems
                    delegate: StaffProblem {
                        required property var modelData
                        width: ListView.view.width
                        text: modelData.text
                        level: modelData.level
                    }
                    // What `kiosk validate --layout` finds at this screen's size, on request:
                    // it renders every view in a child process (Staff.layout).
                    footer: Column {
                        objectName: "staffLayout"
                        width: ListView.view.width
                        topPadding: Theme.dp(28)
                        spacing: Theme.dp(12)
                        Text {
                            textFormat: Text.PlainText
                            width: parent.width
                            text: Staff.texts.layoutHint
                            color: Theme.muted
                            font.pixelSize: Theme.tiny
                            wrapMode: Text.Wrap
                        }
                        Text {
                            textFormat: Text.PlainText
                            objectName: "staffLayoutMessage"
                            visible: text !== ""
                            width: parent.width
                            text: Staff.layout.message
                            color: Theme.text
                            font.pixelSize: Theme.small
                            font.weight: Font.Bold
                            wrapMode: Text.Wrap
                        }
                        Repeater {
                            model: Staff.layout.rows
                            StaffProblem {
                                required property var modelData
                                width: parent.width
                                text: modelData.text
                                level: modelData.level
                            }
                        }
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
                        text: Staff.screenInfo(Screen.width, Screen.height, Screen.pixelDensity * 25.4,
                                               Screen.devicePixelRatio, panel.width, panel.height, Theme.scale)
                              + "\n" + Staff.texts.touchTest
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
                                id: finger
                                required property TouchPoint modelData
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
                                    text: (finger.index + 1) + "\n" + Math.round(finger.modelData.x) + "," + Math.round(finger.modelData.y)
                                    horizontalAlignment: Text.AlignHCenter
                                    color: Theme.text
                                    font.pixelSize: Theme.tiny
                                }
                            }
                        }
                    }
                }

                // Versions: what is installed, when and from where; Roll back (confirmed first);
                // packages on a USB stick waiting for the staff's approval.
                Flickable {
                    objectName: "staffVersions"
                    visible: sheet.tab === "versions"
                    anchors.fill: parent
                    contentHeight: versions.implicitHeight
                    Column {
                        id: versions
                        property bool confirming: false
                        width: parent.width
                        spacing: Theme.dp(14)
                        Repeater {
                            model: Staff.installed
                            Text {
                                required property string modelData
                                textFormat: Text.PlainText
                                width: versions.width
                                text: modelData
                                color: Theme.text
                                font.pixelSize: Theme.small
                                wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                            }
                        }
                        TouchButton {
                            objectName: "staffRollback"
                            visible: Staff.rollbackTo !== "" && !versions.confirming
                            text: Staff.texts.rollback + "  →  " + Staff.rollbackTo
                            tint: "#8E5A2B"
                            onClicked: versions.confirming = true
                        }
                        Text {
                            textFormat: Text.PlainText
                            visible: versions.confirming
                            width: versions.width
                            text: Staff.texts.rollbackConfirm
                            color: Theme.warning
                            font.pixelSize: Theme.small
                            font.weight: Font.Bold
                            wrapMode: Text.Wrap
                        }
                        Flow {
                            visible: versions.confirming
                            width: versions.width
                            spacing: Theme.dp(16)
                            TouchButton {
                                objectName: "staffRollbackConfirm"
                                text: Staff.texts.rollback + "  →  " + Staff.rollbackTo
                                tint: "#8E2B2B"
                                onClicked: { versions.confirming = false; Staff.rollBack() }
                            }
                            TouchButton {
                                objectName: "staffRollbackCancel"
                                text: Staff.texts.cancel
                                tint: Theme.background
                                onClicked: versions.confirming = false
                            }
                        }
                        Text {
                            textFormat: Text.PlainText
                            visible: Staff.waiting.length > 0
                            width: versions.width
                            topPadding: Theme.dp(20)
                            text: Staff.texts.waitingTitle
                            color: Theme.text
                            font.pixelSize: Theme.small
                            font.weight: Font.Bold
                            wrapMode: Text.Wrap
                        }
                        Repeater {
                            model: Staff.waiting
                            Row {
                                id: waitingRow
                                required property var modelData
                                spacing: Theme.dp(16)
                                TouchButton {
                                    objectName: "staffApprove"
                                    text: Staff.texts.install
                                    tint: Theme.accent
                                    onClicked: Staff.approvePackage(waitingRow.modelData.path)
                                }
                                Text {
                                    textFormat: Text.PlainText
                                    anchors.verticalCenter: parent.verticalCenter
                                    width: versions.width - Theme.dp(260)
                                    text: waitingRow.modelData.text
                                    color: Theme.text
                                    font.pixelSize: Theme.small
                                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
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
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    }
                }
            }
        }
    }
}
