import QtQuick
import QtQuick.Layouts

// The section's figures (statistic cards) and its events (a small timeline), as a side column
// in landscape and as blocks after the stories in portrait.
Column {
    id: facts

    required property QtObject kiosk
    property color accent: Theme.accent
    property int columns: 2

    spacing: Theme.dp(64)

    component Heading: Row {
        id: heading
        property string text: ""
        property color accent: Theme.accent
        spacing: Theme.dp(16)
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.dp(8); height: Theme.dp(34); radius: width / 2
            color: heading.accent
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: heading.text
            color: Theme.text
            font.pixelSize: Theme.subheading
            font.weight: Font.Bold
            font.features: Theme.fontFeatures
        }
    }

    Column {
        objectName: "sectionStats"
        width: parent.width
        visible: facts.kiosk.sectionStats.count > 0
        spacing: Theme.dp(28)
        Heading { text: facts.kiosk.strings.figures; accent: facts.accent }
        GridLayout {
            id: grid
            width: parent.width
            columns: facts.columns
            columnSpacing: Theme.dp(20)
            rowSpacing: Theme.dp(20)
            readonly property real cellWidth: Math.floor((width - (columns - 1) * columnSpacing) / columns)
            Repeater {
                model: facts.kiosk.sectionStats
                // Cards of one row share the tallest card's height.
                delegate: SectionStatCard {
                    required property string statId
                    required prefix
                    required number
                    required suffix
                    required label
                    required asOf
                    required asOfLabel
                    required accent
                    objectName: "sectionStat_" + statId
                    Layout.preferredWidth: grid.cellWidth
                    Layout.fillHeight: true
                }
            }
        }
    }

    Column {
        objectName: "sectionEvents"
        width: parent.width
        visible: facts.kiosk.sectionEvents.count > 0
        spacing: Theme.dp(28)
        Heading { text: facts.kiosk.strings.events; accent: facts.accent }
        Column {
            width: parent.width
            Repeater {
                model: facts.kiosk.sectionEvents
                delegate: SectionEventRow {
                    required property string eventId
                    required headline
                    required date
                    required accent
                    required property int index
                    objectName: "sectionEvent_" + eventId
                    width: parent.width
                    first: index === 0
                    last: index === facts.kiosk.sectionEvents.count - 1
                    onTapped: facts.kiosk.navigator.openEvent(eventId)
                }
            }
        }
    }
}
