pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// The section's figures (statistic cards) and its events (a small timeline), as a side column
// in landscape and as blocks after the stories in portrait.
Column {
    id: facts
    property color accent: Theme.accent
    property int columns: 2
    // The section's figures and events, or those a story links to.
    property RowsModel statRows: Section.stats
    property RowsModel eventRows: Section.events

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
        Words {
            textFormat: Text.PlainText
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
        visible: facts.statRows.count > 0
        spacing: Theme.dp(28)
        Heading { text: Content.strings.figures; accent: facts.accent }
        GridLayout {
            id: grid
            width: parent.width
            columns: facts.columns
            columnSpacing: Theme.dp(20)
            rowSpacing: Theme.dp(20)
            readonly property real cellWidth: Math.floor((width - (columns - 1) * columnSpacing) / columns)
            Repeater {
                model: facts.statRows
                // Cards of one row share the tallest card's height. Each is built just after
                // the page's first frame, as the page fades in.
                delegate: LaterLoader {
                    id: statSlot
                    required property string statId
                    required property string prefix
                    required property string number
                    required property string suffix
                    required property string label
                    required property string asOf
                    required property string dateNote
                    required property color accent
                    required property string spoken
                    Layout.preferredWidth: grid.cellWidth
                    Layout.fillHeight: true
                    sourceComponent: SectionStatCard {
                        objectName: "sectionStat_" + statSlot.statId
                        prefix: statSlot.prefix
                        number: statSlot.number
                        suffix: statSlot.suffix
                        label: statSlot.label
                        asOf: statSlot.asOf
                        dateNote: statSlot.dateNote
                        accent: statSlot.accent
                        spoken: statSlot.spoken
                    }
                }
            }
        }
    }

    Column {
        objectName: "sectionEvents"
        width: parent.width
        visible: facts.eventRows.count > 0
        spacing: Theme.dp(28)
        Heading { text: Content.strings.events; accent: facts.accent }
        Column {
            width: parent.width
            Repeater {
                model: facts.eventRows
                delegate: LaterLoader {
                    id: eventSlot
                    required property string eventId
                    required property string headline
                    required property string date
                    required property color accent
                    required property int index
                    width: parent.width
                    sourceComponent: SectionEventRow {
                        objectName: "sectionEvent_" + eventSlot.eventId
                        width: eventSlot.width
                        headline: eventSlot.headline
                        date: eventSlot.date
                        accent: eventSlot.accent
                        first: eventSlot.index === 0
                        last: eventSlot.index === facts.eventRows.count - 1
                        onTapped: Navigator.openEvent(eventSlot.eventId)
                    }
                }
            }
        }
    }
}
