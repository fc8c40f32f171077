"""Operations: the usage log, its report and chart, and the log files (pure Python, never Qt)."""

from kiosk.ops.logs import log_qt_message, setup_logging
from kiosk.ops.report import ReportSummary, write_report
from kiosk.ops.usage import Kind, UsageLog, default_path

__all__ = [
    "Kind",
    "ReportSummary",
    "UsageLog",
    "default_path",
    "log_qt_message",
    "setup_logging",
    "write_report",
]
