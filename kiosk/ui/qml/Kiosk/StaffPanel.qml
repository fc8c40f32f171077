import QtQuick

// Staff corner: a long press opens a PIN pad, the right PIN opens the panel.
Item {
    id: panel
    required property QtObject staff
    required property QtObject kiosk
}
