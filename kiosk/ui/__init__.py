"""The Qt Quick front end: the only package that imports PySide6."""
