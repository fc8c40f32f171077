"""Start the Qt side: application, fonts, QML engine, the window and its helpers."""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QKeyEvent
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from shiboken6 import Shiboken

from kiosk.config import LOCKOUT_FILE, Settings, kiosk_id, state_dir
from kiosk.content import LoadResult
from kiosk.content.glyphs import FONT_FILES
from kiosk.media import Cache
from kiosk.ops.heap import drop_source_lines, release_heap, tune_heap
from kiosk.ops.heartbeat import FileNotifier
from kiosk.ops.pin import Lockout
from kiosk.ops.status import status_path
from kiosk.ops.usage import Kind, UsageLog, default_path
from kiosk.ops.watchdog import SystemdNotifier
from kiosk.paths import FONTS, QML
from kiosk.ui.access import Access
from kiosk.ui.attract import AttractMotion  # noqa: F401 (registers the QML singleton)
from kiosk.ui.content import Content
from kiosk.ui.heartbeat import Heartbeat
from kiosk.ui.home import HomeModels
from kiosk.ui.idle import TRIM_DELAY_MS, IdleWatcher
from kiosk.ui.images import ImageService
from kiosk.ui.inbox import InboxWatcher
from kiosk.ui.navigator import Navigator
from kiosk.ui.reload import ContentWatcher
from kiosk.ui.renderer import apply as apply_renderer
from kiosk.ui.runlog import RunLog
from kiosk.ui.section import SectionModels
from kiosk.ui.shared import Shared  # noqa: F401 (registers the QML singleton Shared)
from kiosk.ui.singletons import provide, release
from kiosk.ui.staff import Staff
from kiosk.ui.state import StateWriter
from kiosk.ui.stats import StatsModels
from kiosk.ui.takehome import PROVIDER, QrCodes, TakeHome
from kiosk.ui.timeline import TimelineModels
from kiosk.ui.tracking import Tracker
from kiosk.ui.urls import LocalOnly, NoNetworkFactory
from kiosk.ui.video import Films
from kiosk.ui.views import build

log = logging.getLogger(__name__)
QML_DIR = QML
FONT_FAMILY = "Noto Sans SC"


class StartError(RuntimeError):
    """The window could not be created."""


def make_app(argv: Sequence[str] = ()) -> QGuiApplication:
    """The one QGuiApplication, with the bundled fonts as the default."""
    tune_heap()  # decoded pictures go back to the system when freed (kiosk.ops.heap)
    drop_source_lines()  # before Qt's own allocations, which can then reuse the space
    existing = QGuiApplication.instance()
    app = existing if isinstance(existing, QGuiApplication) else QGuiApplication(["kiosk", *argv])
    app.setApplicationName("kiosk")
    app.setOrganizationName("kiosk")
    for name in FONT_FILES:
        path = FONTS / name
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.error(
                "cannot load the bundled font %s: Chinese text shows in whatever font the "
                "system has, or as boxes; reinstall the kiosk",
                path,
            )
    font = QFont(FONT_FAMILY)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    return app


_BLOCKED_KEYS = {
    Qt.Key.Key_Escape, Qt.Key.Key_F11, Qt.Key.Key_Menu, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
    Qt.Key.Key_Meta, Qt.Key.Key_Close, Qt.Key.Key_Back, Qt.Key.Key_HomePage,
}  # fmt: skip
_MODIFIED = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
_BLOCKED_EVENTS = {QEvent.Type.ContextMenu, QEvent.Type.Close, QEvent.Type.Quit}


class KioskGuard(QObject):
    """Swallows the keys and events visitors use to escape a kiosk (Esc, Alt+F4, Ctrl+W ...)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked = 0
        self.allow_close = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """True (swallowed) for escape keys and context menus."""
        kind = event.type()
        if kind in _BLOCKED_EVENTS and not self.allow_close:
            if kind in (QEvent.Type.Close, QEvent.Type.Quit) and not isinstance(
                watched, QQuickWindow
            ):
                return False
            event.ignore()
            self.blocked += 1
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            if event.key() in _BLOCKED_KEYS or event.modifiers() & _MODIFIED:
                self.blocked += 1
                return True
        return False


@dataclass
class Session:
    """A running kiosk window and the objects behind it (QML knows them as singletons)."""

    app: QGuiApplication
    engine: QQmlApplicationEngine
    window: QQuickWindow
    root: QObject  # the parent of every object below: deleted last, on the UI thread
    nav: Navigator
    content: Content
    home: HomeModels
    section: SectionModels
    timeline: TimelineModels
    stats: StatsModels
    images: ImageService
    idle: IdleWatcher
    staff: Staff
    guard: KioskGuard | None
    theme: QObject
    watcher: ContentWatcher | None = None
    tracker: Tracker | None = None
    urls: LocalOnly | None = None
    network: NoNetworkFactory | None = None
    settings: Settings = field(default_factory=Settings)
    runlog: RunLog | None = None
    access: Access | None = None
    films: Films | None = None
    inbox: InboxWatcher | None = None
    state: StateWriter | None = None

    def apply_settings(self, settings: Settings, *, content_only: bool = False) -> None:
        """Settings read again (SIGHUP): what can change while running changes; content is read."""
        if content_only:
            if self.watcher is not None:
                self.watcher.reload_now()
            return
        changed = [
            key for key in RESTART_KEYS if getattr(settings, key) != getattr(self.settings, key)
        ]
        if changed:
            log.warning(
                "settings changed that take effect at the next start: %s", ", ".join(changed)
            )
        previous, self.settings = self.settings, settings
        self.staff.set_pin_hash(settings.staff_pin_hash)
        self.idle.set_timeout(settings.idle_timeout)
        self.idle.set_countdown(settings.attract.countdown)
        if self.films is not None:
            self.films.set_volume_max(settings.video_volume_max)
        self.content.apply_settings(
            settings.languages, settings.default_language, settings.attract.seconds_per_image
        )
        if self.watcher is None:
            return
        if _fleet_of(settings) != _fleet_of(previous):
            self._apply_fleet(settings)
        self.watcher.set_settle_ms(round(settings.reload_settle_s * 1000))
        folders = [Path(f) for f in settings.halls]
        if folders != self.watcher.folders:
            for folder in folders:
                if self.urls is not None:
                    self.urls.allow(folder)
            self.watcher.set_folders(folders)  # reads them
        else:
            self.watcher.reload_now()

    def _apply_fleet(self, settings: Settings) -> None:
        """The inbox, the content folder, the trusted keys or the state file changed: apply."""
        if self.inbox is not None:
            self.inbox.close()  # an install under way finishes (it is atomic)
            self.inbox.deleteLater()
        self.inbox = _inbox(settings, self.images.cache, self.staff, self.root)
        self.staff.set_fleet(settings.content_dir, self.inbox)
        if self.state is not None:
            self.state.set_prometheus_file(settings.fleet.prometheus_file)
        log.info("package inbox and fleet settings applied")

    def close(self) -> None:
        """Tear down the window before the objects it binds to."""
        self.idle.stop()
        self.images.close()
        if self.watcher is not None:
            self.watcher.close()
        if self.inbox is not None:
            self.inbox.close()
        if self.state is not None:
            self.state.close()  # the last state says: stopped
        if self.tracker is not None:
            self.tracker.close()
        self.app.removeEventFilter(self.idle)
        if self.access is not None:
            self.access.speaker.stop()
            self.app.removeEventFilter(self.access)
        if self.guard is not None:
            self.app.removeEventFilter(self.guard)
        self.window.close()
        release(self.engine)
        self.engine.deleteLater()
        self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.app.processEvents()
        # A picture or a reload still being made emits its result into these objects from its
        # own thread: deleting them meanwhile would free a sender mid-emit.
        _join_threads(EMITTING_THREADS, STOP_WAIT_S)
        Shiboken.delete(self.root)  # every object, its timers and children die here


# Settings a running kiosk cannot change on SIGHUP (the window, files it holds open).
RESTART_KEYS = (
    "screen", "orientation", "cursor", "log_dir", "usage_db", "image_cache", "state_dir",
    "retention_days", "renderer", "kiosk_id",
)  # fmt: skip
# Settings of the package inbox and the fleet's state file: a new inbox on SIGHUP.
FLEET_KEYS = ("fleet", "content_dir", "trusted_keys", "allow_unsigned_packages")


def _fleet_of(settings: Settings) -> tuple[object, ...]:
    return tuple(getattr(settings, key) for key in FLEET_KEYS)


EMITTING_THREADS = (
    "kiosk-images",
    "kiosk-reload",
    "kiosk-inbox",
)  # the thread pools' name prefixes
STOP_WAIT_S = 5.0  # at most, for the picture being made when the kiosk stops


def _join_threads(prefixes: tuple[str, ...], timeout: float) -> None:
    """Wait (up to timeout in all) for the threads whose names start with prefixes to end."""
    deadline = time.monotonic() + timeout
    for thread in threading.enumerate():
        if thread.name.startswith(prefixes) and thread is not threading.current_thread():
            thread.join(max(0.0, deadline - time.monotonic()))
            if thread.is_alive():
                log.warning("thread %s still runs at stop", thread.name)


def start(
    halls: Sequence[LoadResult],
    settings: Settings | None = None,
    *,
    size: tuple[int, int] = (1920, 1080),
    windowed: bool = True,
    kiosk_mode: bool = False,
    snapshot: bool = False,
    language: str | None = None,
    track: bool = True,
    log_file: Path | None = None,
) -> Session:
    """Create the window on halls; in kiosk mode full screen, frameless, on top, locked."""
    settings = settings or Settings()
    app = make_app()
    apply_renderer(settings.renderer, os.environ)  # before the window
    root = QObject()
    shown_on = _pixels(app, settings) if kiosk_mode else size
    images = ImageService(Cache(settings.image_cache), screen=shown_on, parent=root)
    images.hold()  # no picture prepared (no module loaded in a thread) until QML has loaded
    if len(halls) == 1 and halls[0].hall is not None and not snapshot:  # Home's covers, at once
        sections = halls[0].hall.sections
        images.take_prepared(halls[0].folder, [s.cover.file for s in sections if s.cover])
    if snapshot:  # a snapshot shows every picture: prepare them now
        for hall in halls:
            if hall.hall is not None:
                images.prepare_now(hall.folder, [p.file for p in hall.hall.pictures()])
    views = build(
        halls,
        language=language or settings.default_language,
        languages=settings.languages,
        attract_seconds=settings.attract.seconds_per_image,
        resolver=images.resolve,
        parent=root,
    )
    nav, content, timeline = views.nav, views.content, views.timeline
    images.ready.connect(content.pictures_ready)
    staff = Staff(
        content,
        settings.staff_pin_hash,
        kiosk_mode=kiosk_mode,
        log_file=log_file,
        lockout=Lockout(state_dir(settings) / LOCKOUT_FILE),
        parent=root,
    )

    def new_visit() -> None:
        content.reset_language()
        timeline.reset()
        views.stats.reset_filter()

    idle = IdleWatcher(
        nav, new_visit, settings.idle_timeout, settings.attract.countdown, parent=root
    )
    idle.reset.connect(staff.reset)
    take_home = TakeHome(parent=root)
    access = Access(settings.accessibility, lambda: content.lang, parent=root)
    idle.reset.connect(access.reset)
    films = Films(settings.video_volume_max, parent=root)
    engine = QQmlApplicationEngine()
    for obj in (*views.objects(), images, idle, staff, take_home, access, films):
        provide(engine, obj)
    engine.addImageProvider(PROVIDER, QrCodes())
    engine.addImportPath(str(QML_DIR))
    qt_paths = [Path(p) for p in engine.importPathList() if not p.startswith(":")]
    rules = LocalOnly([*qt_paths, FONTS.parent, images.cache.base, *(h.folder for h in halls)])
    network = NoNetworkFactory(rules)  # before anything loads: no request ever leaves
    engine.setNetworkAccessManagerFactory(network)
    # QML warnings reach the log once, through Qt's message handler (install_qt_logging).
    theme = engine.singletonInstance("Kiosk", "Theme")
    if not isinstance(theme, QObject):
        raise StartError("the Kiosk QML module could not be loaded")
    theme.setProperty("motion", not snapshot)
    theme.setProperty("asyncImages", not snapshot)
    engine.setInitialProperties({"turn": _turn(app, settings) if kiosk_mode else 0})
    engine.loadFromModule("Kiosk", "Main")
    images.release()
    roots = engine.rootObjects()
    if not roots or not isinstance(roots[0], QQuickWindow):
        raise StartError("the kiosk window could not be created (see the QML errors above)")
    window = roots[0]
    # Installed once QML is loaded (before, it deadlocks the QML type loader through the GIL):
    # from then on it sees the URLs views ask for (images).
    engine.addUrlInterceptor(rules)
    guard = None
    if kiosk_mode:
        guard = KioskGuard(app)
        app.installEventFilter(guard)
        _fill_screen(app, window, settings)
    else:
        window.resize(*size)
        if not snapshot:
            window.show()
    if not settings.cursor and kiosk_mode:
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
    app.installEventFilter(idle)
    app.installEventFilter(access)
    watcher = tracker = None
    if not snapshot:
        idle.start()
        watcher = ContentWatcher(
            content,
            [h.folder for h in halls],
            settle_ms=round(settings.reload_settle_s * 1000),
            parent=root,
        )
        watcher.reloaded.connect(lambda _taken, message: staff.set_status(message))

        def look_ahead() -> None:  # once the first frame is out, and after each reload
            for result in content.results:
                if result.hall is not None:
                    images.look_ahead(result.folder, [p.file for p in result.hall.pictures()])

        def first_frame_out() -> None:
            look_ahead()
            # What starting left freed (YAML, compiling QML, source lines) goes back to the system.
            QTimer.singleShot(TRIM_DELAY_MS, root, release_heap)

        theme.startedChanged.connect(first_frame_out)  # type: ignore[attr-defined]  # QML's
        watcher.reloaded.connect(lambda *_: look_ahead())
        staff.set_reload(watcher.reload_now)
        if track:
            usage = UsageLog(settings.usage_db, kiosk_id=kiosk_id(settings))
            tracker = Tracker(
                nav,
                idle,
                usage,
                settings.retention_days,
                lambda: (content.hall_texts()["id"], content.lang),
                parent=root,
            )
            content.languageChosen.connect(lambda lang: tracker.record(Kind.LANGUAGE, lang))
            timeline.filterChosen.connect(lambda s: tracker.record(Kind.TIMELINE_FILTER, s))
            views.stats.filterChosen.connect(lambda s: tracker.record(Kind.STATS_FILTER, s))
            take_home.codeShown.connect(tracker.code_shown)
        notifier = SystemdNotifier.from_env()  # else the heartbeat file of `kiosk watchdog`
        Heartbeat(window, notifier if notifier.enabled else FileNotifier.from_env(), parent=root)
    session = Session(
        app, engine, window, root, nav, content, views.home, views.section, timeline,
        views.stats, images, idle, staff, guard, theme, watcher, tracker, rules, network, settings,
        RunLog(window, halls, parent=root) if not snapshot else None, access, films,
    )  # fmt: skip
    if not snapshot:
        session.inbox = _inbox(settings, images.cache, staff, root)
        staff.set_fleet(settings.content_dir, session.inbox)
        session.state = StateWriter(
            kiosk_id(settings),
            content,
            status_path(state_dir(settings)),
            settings.fleet.prometheus_file,
            (settings.usage_db or default_path()) if track else None,
            last_touch=lambda: idle.last_touch,
            parent=root,
        )
        if watcher is not None:
            watcher.reloaded.connect(session.state.reloaded)
    return session


def _inbox(settings: Settings, cache: Cache, staff: Staff, root: QObject) -> InboxWatcher | None:
    """The package inbox the settings name (fleet.inbox, fleet.usb_mounts), if any."""
    fleet = settings.fleet
    if fleet.inbox is None and not fleet.usb_mounts:
        return None
    from kiosk.fleet.inbox import Inbox, inbox_installer, newer_than_installed

    if settings.content_dir is None:
        log.error(
            "the settings name a package inbox but no content_dir to install into; the inbox "
            "is not watched"
        )
        return None
    installer = inbox_installer(
        settings.content_dir,
        settings.trusted_keys,
        allow_unsigned=settings.allow_unsigned_packages,
        cache=cache,
    )
    inbox = Inbox(
        installer,
        [fleet.inbox] if fleet.inbox else [],
        fleet.usb_mounts,
        usb_needs_pin=fleet.usb_needs_pin,
        wanted=newer_than_installed(settings.content_dir),
    )
    watcher = InboxWatcher(inbox, fleet.poll_s, parent=root)
    watcher.outcome.connect(lambda _status, message: staff.set_status(message))
    log.info("watching for content packages in %s", ", ".join(
        [str(fleet.inbox)] * bool(fleet.inbox) + fleet.usb_mounts
    ))  # fmt: skip
    return watcher


def _pixels(app: QGuiApplication, settings: Settings) -> tuple[int, int]:
    """The device pixels of the screen the kiosk fills (what its pictures are prepared for)."""
    screens = app.screens()
    screen = screens[settings.screen] if settings.screen < len(screens) else app.primaryScreen()
    size, ratio = screen.geometry().size(), screen.devicePixelRatio()
    return round(size.width() * ratio), round(size.height() * ratio)


def _turn(app: QGuiApplication, settings: Settings) -> int:
    """Degrees to turn the UI so it matches the orientation the settings ask for."""
    screens = app.screens()
    screen = screens[settings.screen] if settings.screen < len(screens) else app.primaryScreen()
    size = screen.geometry().size()
    landscape = size.width() >= size.height()
    if (settings.orientation == "portrait" and landscape) or (
        settings.orientation == "landscape" and not landscape
    ):
        return 90
    return 0


def _fill_screen(app: QGuiApplication, window: QQuickWindow, settings: Settings) -> None:
    screens = app.screens()
    screen = screens[settings.screen] if settings.screen < len(screens) else app.primaryScreen()
    flags = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
    window.setFlags(window.flags() | flags)
    window.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()


def install_qt_logging() -> None:
    """Send Qt's own messages to the kiosk log."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    from kiosk.ops.logs import log_qt_message

    names = {
        QtMsgType.QtDebugMsg: "debug", QtMsgType.QtInfoMsg: "info", QtMsgType.QtWarningMsg: "warning",
        QtMsgType.QtCriticalMsg: "critical", QtMsgType.QtFatalMsg: "critical",
    }  # fmt: skip
    qInstallMessageHandler(
        lambda mode, _context, message: log_qt_message(names.get(mode, "warning"), message)
    )
