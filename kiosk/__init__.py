"""kiosk: a full-screen touchscreen kiosk for exhibition halls."""

__version__ = "0.1.0"
