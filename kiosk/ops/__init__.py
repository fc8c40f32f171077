"""Operations: the usage log, its report and chart, the log files, the watchdog (pure Python, never Qt).

Import the modules themselves (kiosk.ops.usage, kiosk.ops.report, ...): the report's chart needs
Pillow, which the kiosk's start-up should not pay for.
"""
