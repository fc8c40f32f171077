pragma ComponentBehavior: Bound
import QtQuick

// The foot of a section: previous / next section with their titles, the five sections as dots
// in their colours (the open one drawn long), and a quiet swipe hint.
Rectangle {
    id: bar
    readonly property int index: Navigator.sectionIndex
    readonly property bool hasPrevious: index > 0
    readonly property bool hasNext: index >= 0 && index < Home.sections.count - 1
    // Re-read when the section (or the language, which rebuilds the section) changes.
    readonly property var previousSection: Section.current && hasPrevious ? Home.sections.get(index - 1) : ({})
    readonly property var nextSection: Section.current && hasNext ? Home.sections.get(index + 1) : ({})
    signal step(int direction)

    // As tall as its buttons need (larger text wraps their titles): under the dots in portrait.
    // Portrait with larger text: the two buttons one above the other, each the full width.
    readonly property bool stacked: Theme.portrait && Access.largeText
    readonly property real buttonsHeight: stacked
        ? (previous.visible ? previous.height : 0) + (next.visible ? next.height : 0)
          + (previous.visible && next.visible ? Theme.gap : 0)
        : Math.max(previous.visible ? previous.height : 0, next.visible ? next.height : 0, Theme.dp(96))
    implicitHeight: Theme.portrait ? Math.max(Theme.dp(200), middle.height + Theme.dp(52) + buttonsHeight)
                                   : Math.max(Theme.dp(136), buttonsHeight + Theme.dp(40))
    color: Theme.background

    Rectangle {
        width: parent.width
        height: Math.max(1, Theme.dp(1))
        color: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.12)
    }

    readonly property real buttonWidth: stacked ? width - 2 * Theme.margin
                                        : Theme.portrait ? (width - 2 * Theme.margin - Theme.gap) / 2 : Theme.dp(520)
    readonly property int buttonsY: Theme.portrait ? height - buttonsHeight - Theme.dp(24) : (height - buttonsHeight) / 2

    SectionStepButton {
        id: previous
        objectName: "previousSection"
        anchors.left: parent.left
        anchors.leftMargin: Theme.margin
        y: bar.buttonsY
        visible: bar.hasPrevious
        forward: false
        maximumWidth: bar.buttonWidth
        label: Content.strings.previous
        title: bar.previousSection.title || ""
        titleLines: Access.largeText ? 3 : 1
        tint: bar.previousSection.accent || Theme.accent
        onClicked: bar.step(-1)
    }

    Column {
        id: middle
        anchors.horizontalCenter: parent.horizontalCenter
        y: Theme.portrait ? Theme.dp(26) : (parent.height - height) / 2
        spacing: Theme.dp(14)
        Row {
            objectName: "sectionDots"
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: Theme.dp(12)
            Repeater {
                model: Home.sections
                delegate: Rectangle {
                    id: dot
                    required property int index
                    required property string accent
                    readonly property bool current: dot.index === bar.index
                    objectName: "sectionDot_" + index
                    anchors.verticalCenter: parent.verticalCenter
                    width: current ? Theme.dp(48) : Theme.dp(16)
                    height: Theme.dp(16)
                    radius: height / 2
                    color: accent
                    // High contrast: every dot whole and ringed, so each stands out from black.
                    opacity: current || Access.highContrast ? 1.0 : 0.75
                    border.width: current || Access.highContrast ? Math.max(1, Theme.dp(2)) : 0
                    border.color: Qt.lighter(accent, 1.75)
                    Behavior on width { NumberAnimation { duration: Theme.duration; easing.type: Easing.OutCubic } }
                }
            }
        }
        Words {
            textFormat: Text.PlainText
            anchors.horizontalCenter: parent.horizontalCenter
            width: Theme.portrait ? Math.min(implicitWidth, bar.width - 2 * Theme.margin)
                                   : Math.min(implicitWidth, bar.width - 2 * Theme.margin - 2 * bar.buttonWidth - 2 * Theme.gap)
            horizontalAlignment: Text.AlignHCenter
            text: Content.strings.swipeHint
            color: Theme.muted
            opacity: 0.8
            font.pixelSize: Theme.small
            font.features: Theme.fontFeatures
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }

    SectionStepButton {
        id: next
        objectName: "nextSection"
        anchors.right: parent.right
        anchors.rightMargin: Theme.margin
        y: bar.stacked && previous.visible ? previous.y + previous.height + Theme.gap : bar.buttonsY
        visible: bar.hasNext
        forward: true
        maximumWidth: bar.buttonWidth
        label: Content.strings.next
        title: bar.nextSection.title || ""
        titleLines: Access.largeText ? 3 : 1
        tint: bar.nextSection.accent || Theme.accent
        onClicked: bar.step(1)
    }
}
