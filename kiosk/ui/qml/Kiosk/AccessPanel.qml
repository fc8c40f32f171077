pragma ComponentBehavior: Bound
import QtQuick

// The accessibility options a visitor may turn on: larger text, high contrast, less motion and
// reading aloud (where the kiosk can speak). A sheet rising over the dock; a tap outside or
// Done closes it. Each option is a large toggle that says whether it is on. All of them reset
// when the attract loop takes over.
Item {
    id: panel
    objectName: "accessPanel"
    visible: Access.panelOpen

    readonly property var options: [
        { "key": "largeText", "icon": "text", "label": Content.strings.largeText },
        { "key": "highContrast", "icon": "contrast", "label": Content.strings.highContrast },
        { "key": "reducedMotion", "icon": "motion", "label": Content.strings.reducedMotion },
        { "key": "speech", "icon": "speech", "label": Content.strings.speech },
    ].filter(option => option.key !== "speech" || Access.speechAvailable)

    // Opened from the keys: the focus moves into the sheet (the page under it takes none).
    onVisibleChanged: {
        if (visible && Access.keyboard) {
            const next = sheet.nextItemInFocusChain(true)
            if (next)
                next.forceActiveFocus(Qt.TabFocusReason)
        }
    }

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
        TapHandler { onTapped: Access.setPanelOpen(false) }
    }

    Rectangle {
        id: sheet
        objectName: "accessSheet"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.dp(24)
        height: column.height + 2 * Theme.dp(40)
        radius: Theme.radius
        color: Theme.surface
        border.width: Access.highContrast ? Theme.dp(2) : 0
        border.color: Theme.text
        MouseArea { anchors.fill: parent }   // a tap on the sheet stays on the sheet

        Column {
            id: column
            x: Theme.dp(48)
            y: Theme.dp(40)
            width: parent.width - 2 * x
            spacing: Theme.dp(28)

            Item {
                width: parent.width
                height: Math.max(heading.height, done.height)
                Column {
                    id: heading
                    anchors.left: parent.left
                    anchors.right: done.left
                    anchors.rightMargin: Theme.gap
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: Theme.dp(8)
                    Words {
                        objectName: "accessTitle"
                        width: parent.width
                        text: Content.strings.accessibility
                        color: Theme.text
                        font.pixelSize: Theme.heading
                        font.weight: Font.Bold
                        font.features: Theme.fontFeatures
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    Words {
                        width: parent.width
                        text: Content.strings.accessibilityHint
                        color: Theme.muted
                        font.pixelSize: Theme.small
                        font.features: Theme.fontFeatures
                        wrapMode: Text.Wrap
                    }
                }
                TouchButton {
                    id: done
                    objectName: "accessDone"
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    icon: "close"
                    text: Content.strings.done
                    onClicked: Access.setPanelOpen(false)
                }
            }

            Grid {
                id: grid
                width: parent.width
                columns: Theme.portrait || Access.largeText ? 2 : panel.options.length
                spacing: Theme.dp(20)
                readonly property real cell: (width - (columns - 1) * spacing) / columns
                Repeater {
                    model: panel.options
                    delegate: Rectangle {
                        id: option
                        required property var modelData
                        required property int index
                        readonly property bool on: Access[modelData.key] === true
                        objectName: "accessOption_" + modelData.key
                        width: grid.cell
                        height: Math.max(Theme.dp(120), words.implicitHeight + Theme.dp(40))
                        radius: Theme.radius
                        // On: filled in the text colour, dark words, and a tick (not colour alone).
                        readonly property color ink: on ? Theme.background : Theme.text
                        color: on ? Theme.text : Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, press.pressed ? 0.16 : 0.07)
                        border.width: Theme.dp(3)
                        border.color: on ? Theme.text : Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.4)
                        Row {
                            id: words
                            anchors.left: parent.left
                            anchors.leftMargin: Theme.dp(28)
                            anchors.right: parent.right
                            anchors.rightMargin: Theme.dp(24)
                            anchors.verticalCenter: parent.verticalCenter
                            spacing: Theme.dp(20)
                            Icon {
                                anchors.verticalCenter: parent.verticalCenter
                                name: option.modelData.icon
                                color: option.ink
                                width: Theme.dp(44); height: width
                            }
                            Text {
                                textFormat: Text.PlainText
                                anchors.verticalCenter: parent.verticalCenter
                                width: parent.width - Theme.dp(64) - mark.width - 2 * parent.spacing
                                text: option.modelData.label
                                color: option.ink
                                font.pixelSize: Theme.body
                                font.weight: Font.Bold
                                font.features: Theme.fontFeatures
                                wrapMode: Text.Wrap
                            }
                            // On: a tick in a disc (told by shape as well as colour).
                            Rectangle {
                                id: mark
                                anchors.verticalCenter: parent.verticalCenter
                                width: Theme.dp(40); height: width; radius: width / 2
                                color: option.on ? Theme.background : "transparent"
                                border.width: Theme.dp(3)
                                border.color: option.on ? Theme.background : Theme.muted
                                Icon {
                                    anchors.centerIn: parent
                                    visible: option.on
                                    name: "tick"
                                    color: Theme.text
                                    width: Theme.dp(28); height: width
                                }
                            }
                        }
                        Pressable {
                            id: press
                            objectName: "accessToggle_" + option.modelData.key
                            name: option.modelData.label
                            role: Accessible.CheckBox
                            checkable: true
                            checked: option.on
                            radius: option.radius
                            onActivated: Access.toggle(option.modelData.key)
                        }
                    }
                }
            }
        }
    }
}
