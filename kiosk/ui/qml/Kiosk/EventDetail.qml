pragma ComponentBehavior: Bound
import QtQuick

// One event, opened from the timeline (or a section): a large card over a dimmed page, with its
// picture, date, headline and full text, a way to its section and a way back. Tapping the dimmed
// page around the card closes it too.
Item {
    id: detail
    objectName: "eventDetail"
    readonly property var event: Timeline.current
    readonly property bool portrait: Theme.portrait
    readonly property color accent: event.accent || Theme.accent
    readonly property color ink: Theme.ink(accent)

    Rectangle {
        id: scrim
        objectName: "eventScrim"
        anchors.fill: parent
        color: Theme.scrim
        opacity: Theme.animate ? 0 : 1
        Component.onCompleted: opacity = 1
        Behavior on opacity { NumberAnimation { duration: Theme.duration } }
        TapHandler {
            gesturePolicy: TapHandler.ReleaseWithinBounds
            onTapped: Navigator.back()
        }
    }

    Rectangle {
        id: card
        objectName: "eventCard"
        anchors.centerIn: parent
        width: detail.portrait ? parent.width - 2 * Theme.dp(48)
                               : Math.min(parent.width - 2 * Theme.margin, Theme.dp(1560))
        height: Math.round(detail.portrait
            ? Math.min(parent.height - 2 * Theme.dp(96),
                       picture.mat + picture.portraitHeight + side.padTop
                       + Math.max(side.naturalHeight, Theme.dp(440)) + side.padBottom)
            : Math.min(parent.height - 2 * Theme.dp(96),
                       Math.max(Theme.dp(640), side.padTop + side.naturalHeight + side.padBottom)))
        radius: Theme.radius
        color: Theme.surface
        clip: true

        opacity: Theme.animate ? 0 : 1
        scale: Theme.animate ? 0.97 : 1
        Component.onCompleted: { opacity = 1; scale = 1 }
        Behavior on opacity { NumberAnimation { duration: Theme.duration; easing.type: Easing.OutCubic } }
        Behavior on scale { NumberAnimation { duration: Theme.duration; easing.type: Easing.OutCubic } }

        // Taps on the card stay on the card (they must not reach the scrim).
        MouseArea { anchors.fill: parent }

        // The picture, matted like a print.
        Picture {
            id: picture
            readonly property int mat: Theme.dp(20)
            readonly property int portraitHeight: Math.round((card.width - 2 * mat) * 9 / 16)
            x: mat
            y: mat
            // Larger text: a narrower picture, the words the room.
            width: detail.portrait ? card.width - 2 * mat : Math.round(card.width * (Access.largeText ? 0.34 : 0.44))
            height: detail.portrait ? portraitHeight : card.height - 2 * mat
            radius: Theme.dp(8)
            source: detail.event.picture || ""
            sharper: detail.event.pictureFull || ""
            tint: detail.accent

            // Its credit on the print's corner: a visitor knows an illustration from a photo.
            Rectangle {
                objectName: "eventPictureCredit"
                visible: creditWords.text !== ""
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                anchors.margins: Theme.dp(14)
                width: creditWords.implicitWidth + Theme.dp(24)
                height: creditWords.implicitHeight + Theme.dp(10)
                radius: Theme.dp(6)
                color: Theme.scrim
                Words {
                    id: creditWords
                    textFormat: Text.PlainText
                    anchors.centerIn: parent
                    text: detail.event.pictureCredit || ""
                    color: "white"
                    font.pixelSize: Theme.small
                    font.features: Theme.fontFeatures
                }
            }
        }
        Rectangle {                      // a faint wash of the section colour over the text side
            x: detail.portrait ? 0 : picture.x + picture.width
            y: detail.portrait ? picture.y + picture.height : 0
            width: card.width - x
            height: Theme.dp(240)
            radius: detail.portrait ? 0 : card.radius
            gradient: Gradient {
                GradientStop { position: 0; color: Qt.rgba(detail.accent.r, detail.accent.g, detail.accent.b, 0.16) }
                GradientStop { position: 1; color: Qt.rgba(detail.accent.r, detail.accent.g, detail.accent.b, 0) }
            }
        }

        Item {
            id: side
            readonly property int pad: Theme.dp(detail.portrait ? 56 : 64)
            readonly property int padTop: Theme.dp(detail.portrait ? 36 : 56)
            readonly property int padBottom: Theme.dp(detail.portrait ? 44 : 52)
            // What the text side needs at its natural size (the card grows to it, within limits).
            readonly property real naturalHeight: dateText.height + Theme.dp(20) + headline.height
                                                  + Theme.dp(56) + rule.height + bodyText.height
                                                  + Theme.dp(40) + foot
            // The foot: the link's code (if any) over the way to the section.
            readonly property real foot: Theme.touch + (link.visible ? link.height + Theme.dp(32) : 0)
            x: (detail.portrait ? 0 : picture.x + picture.width) + pad
            y: (detail.portrait ? picture.y + picture.height : 0) + padTop
            width: card.width - x - pad
            height: card.height - y - padBottom

            Words {
                textFormat: Text.PlainText
                id: dateText
                width: parent.width
                text: detail.event.date || ""
                color: detail.ink
                font.pixelSize: Theme.subheading
                font.weight: Font.Bold
                font.features: Theme.fontFeatures
                wrapMode: Text.Wrap
            }

            // At the foot, beside the way to the section: within everyone's reach.
            TouchButton {
                id: closeButton
                objectName: "closeEvent"
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                icon: "close"
                text: Content.strings.close
                outlined: true
                onClicked: Navigator.back()
            }

            Words {
                textFormat: Text.PlainText
                id: headline
                y: dateText.y + dateText.height + Theme.dp(20)
                width: parent.width
                text: detail.event.headline || ""
                color: Theme.text
                font.pixelSize: Theme.heading
                font.weight: Font.Bold
                font.features: Theme.fontFeatures
                lineHeight: 1.12
                wrapMode: Text.Wrap
                maximumLineCount: 4
                elide: Text.ElideRight
            }

            Rectangle {
                id: rule
                y: headline.y + headline.height + Theme.dp(26)
                width: Theme.dp(72)
                height: Theme.dp(4)
                radius: height / 2
                color: detail.ink
            }

            Flickable {
                id: textFlick
                objectName: "eventTextFlick"
                y: rule.y + rule.height + Theme.dp(26)
                width: parent.width
                height: parent.height - side.foot - y - Theme.dp(40)
                contentWidth: width
                contentHeight: bodyText.height
                flickableDirection: Flickable.VerticalFlick
                boundsBehavior: Flickable.DragAndOvershootBounds
                interactive: contentHeight > height
                clip: true

                Words {
                    textFormat: Text.PlainText
                    id: bodyText
                    width: textFlick.width
                    text: detail.event.text || ""
                    color: Theme.text
                    opacity: 0.92
                    font.pixelSize: Theme.body
                    font.features: Theme.fontFeatures
                    lineHeight: 1.25
                    wrapMode: Text.Wrap
                }
            }

            // The event's link as a QR code, above the way to its section.
            LinkCode {
                id: link
                objectName: "eventLink"
                anchors.bottom: sectionButton.top
                anchors.bottomMargin: Theme.dp(32)
                width: parent.width
                height: implicitHeight
                codeSize: Theme.dp(detail.portrait ? 200 : 150)
                link: detail.event.link || ""
                host: detail.event.linkHost || ""
                target: "event:" + (detail.event.eventId || "")
                accent: detail.accent
            }

            // The way to the event's section, in its colour.
            Rectangle {
                id: sectionButton
                objectName: "eventOpenSection"
                anchors.bottom: parent.bottom
                readonly property real room: parent.width - closeButton.width - Theme.gap
                width: Math.min(room, sectionRow.implicitWidth + Theme.dp(64))
                height: Theme.touch
                radius: height / 2
                visible: (detail.event.sectionId || "") !== ""
                color: sectionTap.pressed ? Qt.lighter(detail.accent, 1.25) : detail.accent
                scale: sectionTap.pressed ? 0.96 : 1.0
                Behavior on scale { NumberAnimation { duration: Theme.durationFast } }

                Row {
                    id: sectionRow
                    anchors.centerIn: parent
                    spacing: Theme.dp(14)
                    Words {
                        textFormat: Text.PlainText
                        id: openLabel
                        readable: false  // the button says it
                        // Shown where the section's whole name fits beside it (else the name has the room).
                        visible: !Access.largeText
                                 && implicitWidth + sectionName.implicitWidth + Theme.dp(94)
                                    + 2 * sectionRow.spacing <= sectionButton.room
                        anchors.verticalCenter: parent.verticalCenter
                        text: Content.strings.openSection
                        color: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.78)
                        font.pixelSize: Theme.small
                        font.features: Theme.fontFeatures
                    }
                    Words {
                        id: sectionName
                        textFormat: Text.PlainText
                        readable: false
                        anchors.verticalCenter: parent.verticalCenter
                        width: Math.min(implicitWidth, sectionButton.room - Theme.dp(64) - Theme.dp(30)
                                                       - (openLabel.visible ? openLabel.implicitWidth + sectionRow.spacing : 0)
                                                       - sectionRow.spacing)
                        text: detail.event.sectionTitle || ""
                        color: Theme.text
                        font.pixelSize: Theme.small + Theme.dp(2)
                        font.weight: Font.Bold
                        font.features: Theme.fontFeatures
                        elide: Text.ElideRight
                    }
                    Icon {
                        anchors.verticalCenter: parent.verticalCenter
                        name: "next"
                        color: Theme.text
                        width: Theme.dp(30)
                        height: width
                    }
                }

                Pressable {
                    id: sectionTap
                    name: Content.strings.openSection + " " + (detail.event.sectionTitle || "")
                    radius: sectionButton.radius
                    onActivated: Navigator.openSection(detail.event.sectionId)
                }
            }
        }
    }
}
