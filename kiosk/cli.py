"""The `kiosk` command: subcommands dispatched from a table; Qt imported only where needed."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import enum
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kiosk import __version__
from kiosk.paths import DEFAULT_HALL, PACKAGE

if TYPE_CHECKING:
    from kiosk.config import Settings
    from kiosk.content import Finding, LoadResult
    from kiosk.ui.app import Session


class ExitStatus(enum.IntEnum):
    """Process exit codes."""

    OK = 0
    INVALID_CONTENT = 1
    USAGE = 2
    ERROR = 3


@dataclass
class Env:
    """Where a command writes; tests pass their own streams."""

    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)

    def error(self, message: str) -> None:
        """Print a message in kiosk's error style."""
        print(f"kiosk: error: {message}", file=self.stderr)


Handler = Callable[[argparse.Namespace, Env], int]


def _hall_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "hall",
        nargs="?",
        type=Path,
        default=None,
        help=f"hall folder (default: the bundled hall, {DEFAULT_HALL.name})",
    )


def _hall_path(args: argparse.Namespace, env: Env) -> Path | None:
    """The hall folder named on the command line, or None after reporting why not."""
    path: Path = args.hall or DEFAULT_HALL
    if not path.exists():
        env.error(f"no hall folder at '{path}' (a hall is a folder with a hall.yaml)")
        return None
    return path


def cmd_validate(args: argparse.Namespace, env: Env) -> int:
    """Check a hall and print every finding."""
    from kiosk.content import Severity, load_hall
    from kiosk.content.glyphs import font_problem

    path = _hall_path(args, env)
    if path is None:
        return ExitStatus.USAGE
    broken_font = font_problem()
    if broken_font:  # every text check depends on it; the kiosk would show boxes
        env.error(f"{broken_font}; reinstall the kiosk")
        return ExitStatus.ERROR
    result = load_hall(path)
    findings = result.findings
    if result.hall is not None and not args.no_images:
        findings = sorted(
            findings + _image_findings(result), key=lambda f: (f.line or 0, f.column or 0)
        )
    if args.strict:
        findings = [dataclasses.replace(f, severity=Severity.ERROR) for f in findings]
    n_errors = sum(f.severity is Severity.ERROR for f in findings)
    n_warnings = len(findings) - n_errors
    valid = result.hall is not None and n_errors == 0
    if args.format == "json":
        payload = {
            "hall": str(path),
            "valid": valid,
            "errors": n_errors,
            "warnings": n_warnings,
            "findings": [f.as_dict() for f in findings],
        }
        json.dump(payload, env.stdout, ensure_ascii=False, indent=2)
        env.stdout.write("\n")
    else:
        for finding in findings:
            print(finding, file=env.stdout)
        if valid and result.hall:
            hall = result.hall
            stories = sum(len(s.stories) for s in hall.sections)
            summary = (
                f"{path}: valid: {len(hall.sections)} sections, {stories} stories, "
                f"{len(hall.events)} events, {len(hall.stats)} statistics, "
                f"{len(hall.pictures())} images"
            )
            if n_warnings:
                summary += f" ({n_warnings} warning{'s' if n_warnings != 1 else ''})"
            print(summary, file=env.stdout)
        else:
            print(
                f"{path}: {n_errors} error{'s' if n_errors != 1 else ''}, "
                f"{n_warnings} warning{'s' if n_warnings != 1 else ''}",
                file=env.stdout,
            )
    return ExitStatus.OK if valid else ExitStatus.INVALID_CONTENT


def _image_findings(result: LoadResult) -> list[Finding]:
    """Open every picture the hall names: broken, refused or far too large ones become findings."""
    from kiosk.media import check_hall_images

    present = [
        file for file, place in result.pictures.items()
        if not any(f.line == place.line and f.column == place.column for f in result.findings)
    ]  # fmt: skip
    findings = []
    for file, problem in check_hall_images(result.folder, present):
        place = result.pictures[file]
        findings.append(
            dataclasses.replace(
                place, severity=problem.severity, message=f"'{file}': {problem}", blocking=False
            )
        )
    return findings


def cmd_prepare(args: argparse.Namespace, env: Env) -> int:
    """Build every image derivative a hall needs, ahead of time, with progress and a summary."""
    from kiosk.media import Cache, prepare_hall

    settings = _settings(args, env)
    if settings is None:
        return ExitStatus.USAGE
    cache = Cache(args.cache or settings.image_cache)
    failed = 0
    sources = []
    for result in _load_halls(settings, env):
        if result.hall is None:
            env.error(
                f"'{result.folder}' is not a valid hall; run 'kiosk validate {result.folder}'"
            )
            failed += 1
            continue
        files = [p.file for p in result.hall.pictures()]
        sources += [result.folder / file for file in files]
        summary = prepare_hall(
            result.folder, files, cache, progress=_progress_bar(env, result.folder.name)
        )
        print(
            f"{result.folder.name}: {len(summary.prepared)} prepared, {len(summary.cached)} already cached, "
            f"{len(summary.failed)} failed ({summary.seconds:.1f} s) -> {cache.root}",
            file=env.stdout,
        )
        for file, problem in summary.failed:
            print(f"  {file}: {problem}", file=env.stdout)
        failed += len(summary.failed)
    if not failed:  # only with every hall read: they share the cache
        removed = cache.prune(sources)
        if removed:
            print(f"removed {removed} cached images no hall uses any more", file=env.stdout)
    return ExitStatus.OK if failed == 0 else ExitStatus.INVALID_CONTENT


def _progress_bar(env: Env, name: str) -> Callable[[int, int, str], None]:
    """A one-line progress bar on stderr (redrawn in place on a terminal)."""
    tty = env.stderr.isatty()

    def show(done: int, total: int, file: str) -> None:
        width = 30
        bar = "#" * (width * done // total) + "-" * (width - width * done // total)
        line = f"{name} [{bar}] {done}/{total} {file}"
        if tty:
            print(
                f"\r{line[:100]:<100}",
                end="" if done < total else "\n",
                file=env.stderr,
                flush=True,
            )
        else:
            print(line, file=env.stderr)

    return show


def cmd_dump(args: argparse.Namespace, env: Env) -> int:
    """Print the validated, normalised hall as JSON."""
    from kiosk.content import load_hall

    path = _hall_path(args, env)
    if path is None:
        return ExitStatus.USAGE
    result = load_hall(path)
    if not result.ok or result.hall is None:
        for finding in result.findings:
            print(finding, file=env.stderr)
        env.error(f"'{path}' is not a valid hall; run 'kiosk validate {path}'")
        return ExitStatus.INVALID_CONTENT
    json.dump(result.hall.model_dump(mode="json"), env.stdout, ensure_ascii=False, indent=2)
    env.stdout.write("\n")
    return ExitStatus.OK


def cmd_schema(args: argparse.Namespace, env: Env) -> int:
    """Print the JSON Schema of hall.yaml."""
    from kiosk.content.schema import hall_schema

    json.dump(hall_schema(), env.stdout, ensure_ascii=False, indent=2)
    env.stdout.write("\n")
    return ExitStatus.OK


def _size(text: str) -> tuple[int, int]:
    """Parse WxH."""
    width, sep, height = text.lower().partition("x")
    if (
        not sep
        or not width.isdigit()
        or not height.isdigit()
        or int(width) < 320
        or int(height) < 320
    ):
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1920x1080")
    return int(width), int(height)


def _settings(args: argparse.Namespace, env: Env) -> Settings | None:
    """Settings from --config (or defaults), the hall argument overriding its halls."""
    from kiosk.config import load_settings

    settings, findings = load_settings(args.config)
    for finding in findings:
        print(finding, file=env.stderr)
    if findings:
        env.error(f"the settings in '{args.config}' are not valid")
        return None
    if args.hall is not None:
        hall = _hall_path(args, env)
        if hall is None:
            return None
        settings = settings.model_copy(update={"halls": [hall]})
    return settings


def _load_halls(settings: Settings, env: Env) -> list[LoadResult]:
    """Every configured hall, its problems printed (the kiosk shows what it can)."""
    from kiosk.content import load_hall

    results = [load_hall(path) for path in settings.halls]
    for result in results:
        for finding in result.findings:
            print(f"{result.folder}/{finding}", file=env.stderr)
    return results


def cmd_run(args: argparse.Namespace, env: Env) -> int:
    """Start the kiosk (full screen, or in a window with --windowed)."""
    from kiosk.ui.signals import StopSignals

    with StopSignals() as stop:  # from here on, SIGTERM never kills the kiosk mid-way
        settings = _settings(args, env)
        if settings is None:
            return ExitStatus.USAGE
        from kiosk.ops.logs import setup_logging

        log_file = args.log_file or (settings.log_dir / "kiosk.log" if settings.log_dir else None)
        written = setup_logging(log_file)
        halls = _load_halls(settings, env)
        from kiosk.ui.app import StartError, install_qt_logging, start

        install_qt_logging()
        if written:
            print(f"kiosk: logging to {written}", file=env.stderr)

        try:
            session = start(
                halls,
                settings,
                size=args.size,
                windowed=args.windowed,
                kiosk_mode=not args.windowed,
                log_file=written,
            )
        except StartError as exc:
            env.error(str(exc))
            return ExitStatus.ERROR
        _say_how_to_stop(env, settings, windowed=args.windowed)
        status: int = ExitStatus.OK
        try:
            stop.watch(session.app, on_reload=lambda: _reload_settings(args, env, session))
            if not stop.requested:  # else stopped while starting: no event loop to end
                status = session.app.exec()
        finally:
            reason = stop.signal_name or (
                "exit from the staff panel" if session.staff.exited else "the window closed"
            )
            if session.runlog is not None:
                session.runlog.stopped(reason)
            session.close()  # writes queued usage rows before the process ends
        return status


def _reload_settings(args: argparse.Namespace, env: Env, session: Session) -> None:
    """SIGHUP: read the settings file again and apply it (content is read again too)."""
    import logging

    settings = _settings(args, env)
    if settings is None:
        logging.getLogger("kiosk").error(
            "SIGHUP: the settings in %s are not valid; the kiosk goes on with the old ones",
            args.config,
        )
        session.apply_settings(session.settings, content_only=True)
        return
    session.apply_settings(settings)


def _say_how_to_stop(env: Env, settings: Settings, *, windowed: bool) -> None:
    """Tell whoever started the kiosk by hand how to leave it (a full screen traps newcomers)."""
    if not env.stderr.isatty():
        return
    if windowed:
        print("kiosk: running in a window; close it or press Ctrl+C here to stop", file=env.stderr)
        return
    print("kiosk: running full screen; press Ctrl+C in this terminal to stop", file=env.stderr)
    if not settings.staff_pin_hash:
        print(
            "kiosk: no staff PIN is set, so the staff panel stays closed; set one with "
            "`kiosk set-pin --config FILE`",
            file=env.stderr,
        )


def cmd_snapshot(args: argparse.Namespace, env: Env) -> int:
    """Render one view to a PNG, offscreen."""
    settings = _settings(args, env)
    if settings is None:
        return ExitStatus.USAGE
    halls = _load_halls(settings, env)
    from kiosk.ui.snapshot import render

    try:
        out = render(halls, args.view, args.size, args.lang, args.out, settings=settings)
    except (ValueError, OSError) as exc:
        env.error(str(exc))
        return ExitStatus.USAGE
    print(out, file=env.stdout)
    return ExitStatus.OK


def cmd_report(args: argparse.Namespace, env: Env) -> int:
    """Write the usage report (CSV files and a chart) for curators."""
    import sqlite3

    from kiosk.ops.report import write_report
    from kiosk.ops.usage import default_path

    settings = _settings(args, env)
    if settings is None:
        return ExitStatus.USAGE
    db = args.db or settings.usage_db or default_path()
    titles = _titles(settings)
    try:
        summary = write_report(db, args.out, args.since, args.until, settings.idle_timeout, titles)
    except FileNotFoundError:
        env.error(f"no usage database at '{db}' (the kiosk writes it while it runs)")
        return ExitStatus.USAGE
    except ValueError as exc:  # e.g. --since after --until
        env.error(str(exc))
        return ExitStatus.USAGE
    except sqlite3.Error as exc:
        env.error(f"cannot read the usage database '{db}': {exc}")
        return ExitStatus.ERROR
    median = f"{summary.median_visit_s:.0f} s" if summary.median_visit_s is not None else "n/a"
    print(f"{summary.visits} visits, median length {median}; wrote {args.out}", file=env.stdout)
    for path in summary.files:
        print(f"  {path}", file=env.stdout)
    return ExitStatus.OK


def _titles(settings: Settings) -> dict[str, str]:
    """Ids of sections, stories and events to their titles, for the report."""
    from kiosk.content import load_hall
    from kiosk.present.labels import tr

    titles: dict[str, str] = {}
    for folder in settings.halls:
        hall = load_hall(folder).hall
        if hall is None:
            continue
        lang = hall.default_language
        for section in hall.sections:
            titles[section.id] = tr(section.title, lang)
            titles.update((story.id, tr(story.headline, lang)) for story in section.stories)
        titles.update((event.id, tr(event.headline, lang)) for event in hall.events)
    return titles


def cmd_set_pin(args: argparse.Namespace, env: Env) -> int:
    """Store a salted hash of a staff PIN in the settings file."""
    import getpass

    from kiosk.config import write_pin
    from kiosk.ops.pin import MAX_DIGITS, MIN_DIGITS, pin_problem

    if args.pin_stdin:
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass(f"New staff PIN ({MIN_DIGITS}-{MAX_DIGITS} digits): ")
        problem = pin_problem(pin)
        if problem is None and getpass.getpass("Repeat it: ") != pin:
            env.error("the two PINs differ; nothing was changed")
            return ExitStatus.USAGE
    problem = pin_problem(pin)
    if problem is not None:
        env.error(f"{problem}; nothing was changed")
        return ExitStatus.USAGE
    try:
        write_pin(args.config, pin)
    except OSError as exc:
        env.error(f"cannot write {args.config}: {exc.strerror or exc}; nothing was changed")
        return ExitStatus.ERROR
    print(
        f"staff PIN set in {args.config}; a running kiosk takes it on its next start, or at "
        "once on SIGHUP (systemctl reload kiosk)",
        file=env.stdout,
    )
    return ExitStatus.OK


def cmd_unlock(args: argparse.Namespace, env: Env) -> int:
    """Clear the staff PIN lockout after too many wrong tries."""
    from kiosk.config import LOCKOUT_FILE, state_dir
    from kiosk.ops.pin import Lockout

    settings = _settings(args, env)
    if settings is None:
        return ExitStatus.USAGE
    lockout = Lockout(state_dir(settings) / LOCKOUT_FILE)
    failures = lockout.failures
    try:
        lockout.clear()
    except OSError as exc:
        env.error(
            f"cannot clear {lockout.path}: {exc.strerror or exc} (run as root or the kiosk user)"
        )
        return ExitStatus.ERROR
    print(
        f"staff PIN pad unlocked ({failures} wrong tries forgotten)"
        if failures
        else "the staff PIN pad was not locked",
        file=env.stdout,
    )
    return ExitStatus.OK


def version_text() -> str:
    """'kiosk 0.1.0', with the build date and commit inside a bundle (kiosk.spec writes BUILD)."""
    build = PACKAGE / "BUILD"
    stamp = build.read_text(encoding="utf-8").strip() if build.is_file() else ""
    return f"kiosk {__version__} ({stamp})" if stamp else f"kiosk {__version__}"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    parser = argparse.ArgumentParser(
        prog="kiosk", description="A full-screen touchscreen kiosk for exhibition halls."
    )
    parser.add_argument("--version", action="version", version=version_text())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, spec in COMMANDS.items():
        command = sub.add_parser(name, help=spec.help, description=spec.help)
        command.set_defaults(handler=spec.handler)
        spec.arguments(command)
    return parser


def _validate_args(parser: argparse.ArgumentParser) -> None:
    _hall_arg(parser)
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    parser.add_argument("--no-images", action="store_true", help="do not open the image files")
    parser.add_argument("--format", choices=("text", "json"), default="text")


def _config_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        default=None,
        help="settings file (kiosk.yaml); without it every setting has its default",
    )


def _run_args(parser: argparse.ArgumentParser) -> None:
    _hall_arg(parser)
    _config_arg(parser)
    parser.add_argument("--windowed", action="store_true", help="a normal window (staff preview)")
    parser.add_argument(
        "--log-file", type=Path, default=None, help="log file (default: from settings)"
    )
    parser.add_argument(
        "--size", type=_size, default=(1920, 1080), help="window size, e.g. 1920x1080"
    )


def _snapshot_args(parser: argparse.ArgumentParser) -> None:
    from kiosk.ui.snapshot import VIEWS

    _hall_arg(parser)
    _config_arg(parser)
    parser.add_argument("--view", default="home", help=VIEWS)
    parser.add_argument(
        "--size", type=_size, default=(1920, 1080), help="e.g. 1920x1080 or 1080x1920"
    )
    parser.add_argument(
        "--lang", default=None, help="language, e.g. zh or en (default: the hall's first)"
    )
    parser.add_argument("--out", type=Path, default=Path("snapshot.png"), help="PNG file to write")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2024-05-01") from None


def _report_args(parser: argparse.ArgumentParser) -> None:
    _config_arg(parser)
    parser.set_defaults(hall=None)
    parser.add_argument("--since", type=_date, default=None, help="first day (YYYY-MM-DD)")
    parser.add_argument("--until", type=_date, default=None, help="last day (YYYY-MM-DD)")
    parser.add_argument("--out", type=Path, default=Path("kiosk-report"), help="folder to write")
    parser.add_argument(
        "--db", type=Path, default=None, help="usage database (default: from settings)"
    )


def _set_pin_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        required=True,
        help="the settings file (kiosk.yaml) to store the PIN's hash in; the rest of it is kept "
        "(created if missing)",
    )
    parser.add_argument("--pin-stdin", action="store_true", help="read the PIN from standard input")


def _unlock_args(parser: argparse.ArgumentParser) -> None:
    _config_arg(parser)
    parser.set_defaults(hall=None)


def _prepare_args(parser: argparse.ArgumentParser) -> None:
    _hall_arg(parser)
    _config_arg(parser)
    parser.add_argument(
        "--cache", type=Path, default=None, help="cache folder (default: from settings)"
    )


@dataclass(frozen=True)
class Command:
    """A subcommand: what runs it, what it does, and its arguments."""

    handler: Handler
    help: str
    arguments: Callable[[argparse.ArgumentParser], None] = _hall_arg


COMMANDS: dict[str, Command] = {
    "validate": Command(
        cmd_validate, "check a hall folder and report every problem with file:line", _validate_args
    ),
    "dump": Command(cmd_dump, "print the validated hall as JSON"),
    "schema": Command(
        cmd_schema,
        "print the JSON Schema of hall.yaml (for editor autocompletion)",
        lambda parser: None,
    ),
    "run": Command(cmd_run, "start the kiosk on a hall (full screen unless --windowed)", _run_args),
    "snapshot": Command(cmd_snapshot, "render one view to a PNG, offscreen", _snapshot_args),
    "set-pin": Command(
        cmd_set_pin, "store a salted hash of the staff PIN in the settings file", _set_pin_args
    ),
    "unlock": Command(
        cmd_unlock, "clear the staff PIN lockout after too many wrong tries", _unlock_args
    ),
    "report": Command(
        cmd_report, "write the usage report (CSV files and a chart) for curators", _report_args
    ),
    "prepare": Command(
        cmd_prepare,
        "build the image cache ahead of time (run after a content update)",
        _prepare_args,
    ),
}


def main(argv: Sequence[str] | None = None, env: Env | None = None) -> int:
    """Run the kiosk command line; return the exit status."""
    env = env or Env()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not getattr(args, "handler", None):
        parser.print_usage(env.stderr)
        env.error(f"choose a command: {', '.join(COMMANDS)} (see 'kiosk --help')")
        return ExitStatus.USAGE
    try:
        return int(args.handler(args, env))
    except BrokenPipeError:  # e.g. `kiosk dump | head`
        return ExitStatus.OK
