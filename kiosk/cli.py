"""The `kiosk` command: subcommands dispatched from a table; Qt imported only where needed."""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import enum
import json
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kiosk import __version__
from kiosk.i18n import N_, _, ngettext
from kiosk.paths import DEFAULT_HALL, PACKAGE, self_command

if TYPE_CHECKING:
    from kiosk.config import Settings
    from kiosk.content import Finding, LoadResult
    from kiosk.media import Cache
    from kiosk.ui.app import Session


class ExitStatus(enum.IntEnum):
    """Process exit codes."""

    OK = 0
    INVALID_CONTENT = 1
    USAGE = 2
    ERROR = 3
    DOWN = 4  # kiosk status: stopped, or no state written
    STALE = 5  # kiosk status: its state is too old (hung, or killed without a word)


@dataclass
class Env:
    """Where a command writes; tests pass their own streams."""

    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)

    def error(self, message: str) -> None:
        """Print a message in kiosk's error style."""
        print(_("kiosk: error: {message}").format(message=message), file=self.stderr)


Handler = Callable[[argparse.Namespace, Env], int]


def _hall_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "hall",
        nargs="?",
        type=Path,
        default=None,
        help=_("hall folder (default: the bundled hall, {name})").format(name=DEFAULT_HALL.name),
    )


def _hall_path(args: argparse.Namespace, env: Env) -> Path | None:
    """The hall folder named on the command line, or None after reporting why not."""
    path: Path = args.hall or DEFAULT_HALL
    if not path.exists():
        env.error(
            _("no hall folder at '{path}' (a hall is a folder with a hall.yaml)").format(path=path)
        )
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
        env.error(_("{problem}; reinstall the kiosk").format(problem=broken_font))
        return ExitStatus.ERROR
    result = load_hall(path)
    findings = result.findings
    if result.hall is not None and not args.no_images:
        findings = sorted(
            findings + _image_findings(result), key=lambda f: (f.line or 0, f.column or 0)
        )
    if result.hall is not None and not args.no_videos:
        findings = sorted(
            findings + _video_findings(result), key=lambda f: (f.line or 0, f.column or 0)
        )
    if args.layout and result.ok:
        findings = sorted(
            findings + _layout_findings(result, args.size or [(1920, 1080)]),
            key=lambda f: (f.line or 0, f.column or 0),
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
            summary = _(
                "{path}: valid: {sections} sections, {stories} stories, {events} events, "
                "{stats} statistics, {images} images"
            ).format(
                path=path,
                sections=len(hall.sections),
                stories=stories,
                events=len(hall.events),
                stats=len(hall.stats),
                images=len(hall.pictures()),
            )
            if n_warnings:
                summary += " " + ngettext("({n} warning)", "({n} warnings)", n_warnings).format(
                    n=n_warnings
                )
            print(summary, file=env.stdout)
        else:
            print(
                _("{path}: {errors}, {warnings}").format(
                    path=path,
                    errors=ngettext("{n} error", "{n} errors", n_errors).format(n=n_errors),
                    warnings=ngettext("{n} warning", "{n} warnings", n_warnings).format(
                        n=n_warnings
                    ),
                ),
                file=env.stdout,
            )
    return ExitStatus.OK if valid else ExitStatus.INVALID_CONTENT


def _unflagged(places: dict[str, Finding], findings: list[Finding]) -> list[str]:
    """The files named where validate found nothing yet (the ones worth opening)."""
    return [
        file for file, place in places.items()
        if not any(f.line == place.line and f.column == place.column for f in findings)
    ]  # fmt: skip


def _image_findings(result: LoadResult) -> list[Finding]:
    """Open every picture the hall names: broken, refused or far too large ones become findings."""
    from kiosk.media import check_hall_images

    present = _unflagged(result.pictures, result.findings)
    findings = []
    for file, problem in check_hall_images(result.folder, present):
        place = result.pictures[file]
        findings.append(
            dataclasses.replace(
                place,
                severity=problem.severity,
                message=_("'{file}': {problem}").format(file=file, problem=problem),
                blocking=False,
            )
        )
    return findings


def _video_findings(result: LoadResult) -> list[Finding]:
    """Open every video the hall names with the kiosk's decoder, each in a process of its own."""
    from kiosk.content import Severity
    from kiosk.media.videoprobe import VideoProblem, probe_hall_videos

    present = _unflagged(result.videos, result.findings)
    findings = []
    for file, found in probe_hall_videos(result.folder, present).items():
        if isinstance(found, VideoProblem):
            findings.append(
                dataclasses.replace(
                    result.videos[file],
                    severity=Severity.WARNING if found.warning else Severity.ERROR,
                    message=_("'{file}': {problem}").format(file=file, problem=found.message),
                    blocking=False,
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
    for result in _load_halls(settings, env, kept=cache.kept_halls):  # the next start reads none
        if result.hall is None:
            env.error(
                _("'{folder}' is not a valid hall; run 'kiosk validate {folder}'").format(
                    folder=result.folder
                )
            )
            failed += 1
            continue
        files = [p.file for p in result.hall.pictures()]
        sources += [result.folder / file for file in files]
        summary = prepare_hall(
            result.folder,
            files,
            cache,
            screen=args.size,
            progress=_progress_bar(env, result.folder.name),
        )
        print(
            _(
                "{hall}: {prepared} prepared, {cached} already cached, {failed} failed "
                "({seconds} s) -> {cache}"
            ).format(
                hall=result.folder.name,
                prepared=len(summary.prepared),
                cached=len(summary.cached),
                failed=len(summary.failed),
                seconds=f"{summary.seconds:.1f}",
                cache=cache.root,
            ),
            file=env.stdout,
        )
        for file, problem in summary.failed:
            print(f"  {file}: {problem}", file=env.stdout)
        failed += len(summary.failed)
        failed += _prepare_posters(result, cache, env)
        sources += [result.folder / video.file for video in result.hall.videos()]
    if not failed:  # only with every hall read: they share the cache
        removed = cache.prune(sources)
        if removed:
            print(
                ngettext(
                    "removed {n} cached image no hall uses any more",
                    "removed {n} cached images no hall uses any more",
                    removed,
                ).format(n=removed),
                file=env.stdout,
            )
    return ExitStatus.OK if failed == 0 else ExitStatus.INVALID_CONTENT


def _prepare_posters(result: LoadResult, cache: Cache, env: Env) -> int:
    """A poster frame for each film that names none (grabbed by the kiosk's decoder); failures."""
    from kiosk.content.videos import locate
    from kiosk.media.videoprobe import make_poster

    assert result.hall is not None
    made = failed = 0
    for video in result.hall.videos():
        if video.poster:
            continue
        try:
            path = locate(result.folder, video.file)
            poster = cache.poster_path(path)
        except (ValueError, OSError) as exc:
            problem: str | None = str(exc)
        else:
            problem = None if poster.is_file() else make_poster(path, poster)
        if problem:
            print(f"  {video.file}: {problem}", file=env.stdout)
            failed += 1
        else:
            made += 1
    if made:
        print(
            ngettext("{n} poster frame ready", "{n} poster frames ready", made).format(n=made),
            file=env.stdout,
        )
    return failed


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
        env.error(
            _("'{folder}' is not a valid hall; run 'kiosk validate {folder}'").format(folder=path)
        )
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


def cmd_probe_video(args: argparse.Namespace, env: Env) -> int:
    """Open a video with the kiosk's decoder and print what it found (validate runs this)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.ui.probe import main as probe

    return probe(str(args.file), str(args.grab) if args.grab else None)


def _probe_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    parser.add_argument("--grab", type=Path, default=None)


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
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a size like 1920x1080").format(text=text)
        )
    return int(width), int(height)


def _settings(args: argparse.Namespace, env: Env) -> Settings | None:
    """Settings from --config (or defaults), the hall argument overriding its halls."""
    from kiosk.config import load_settings

    settings, findings = load_settings(args.config)
    for finding in findings:
        print(finding, file=env.stderr)
    if findings:
        env.error(_("the settings in '{file}' are not valid").format(file=args.config))
        return None
    if args.hall is not None:
        hall = _hall_path(args, env)
        if hall is None:
            return None
        settings = settings.model_copy(update={"halls": [hall]})
    return settings


def _load_halls(settings: Settings, env: Env, kept: Path | None = None) -> list[LoadResult]:
    """Every configured hall, its problems printed (the kiosk shows what it can).

    With kept (a folder), a hall none of whose files changed since it was checked is taken as
    it was kept there, and one read afresh is kept for the next time (kiosk.content.snapshot).
    """
    from kiosk.content import load_hall

    if kept is None:
        results = [load_hall(path) for path in settings.halls]
    else:
        from kiosk.content import snapshot

        results = [snapshot.take(path, kept) for path in settings.halls]
    for result in results:
        for finding in result.findings:
            print(f"{result.folder / str(finding)}", file=env.stderr)
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
        from kiosk.media.cache import Cache

        halls = _load_halls(settings, env, kept=Cache(settings.image_cache).kept_halls)
        from kiosk.ui.app import StartError, install_qt_logging, start

        install_qt_logging()
        if written:
            print(_("kiosk: logging to {file}").format(file=written), file=env.stderr)

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
        print(
            _("kiosk: running in a window; close it or press Ctrl+C here to stop"), file=env.stderr
        )
        return
    print(_("kiosk: running full screen; press Ctrl+C in this terminal to stop"), file=env.stderr)
    if not settings.staff_pin_hash:
        print(
            _(
                "kiosk: no staff PIN is set, so the staff panel stays closed; set one with "
                "`kiosk set-pin --config FILE`"
            ),
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
        out = render(
            halls,
            args.view,
            args.size,
            args.lang,
            args.out,
            settings=settings,
            facts=args.inspect,
            options=[name for flag, name in SNAPSHOT_OPTIONS if getattr(args, flag)],
        )
    except (ValueError, OSError) as exc:
        env.error(str(exc))
        return ExitStatus.USAGE
    print(out, file=env.stdout)
    blocked = [result.folder for result in halls if result.hall is None]
    for folder in blocked:
        env.error(
            _(
                "the hall '{folder}' cannot be shown (its errors are above); the picture shows "
                "what visitors would see"
            ).format(folder=folder)
        )
    return ExitStatus.INVALID_CONTENT if blocked else ExitStatus.OK


def cmd_report(args: argparse.Namespace, env: Env) -> int:
    """Write the usage report (CSV files and a chart) for curators."""
    import sqlite3

    from kiosk.ops.report import write_report
    from kiosk.ops.usage import default_path

    settings = _settings(args, env)
    if settings is None:
        return ExitStatus.USAGE
    dbs = _usage_dbs(args.db) if args.db else [settings.usage_db or default_path()]
    if not dbs:
        env.error(_("no usage database (*.db) in {folders}").format(
            folders=", ".join(str(d) for d in args.db)
        ))  # fmt: skip
        return ExitStatus.USAGE
    titles = _titles(settings)
    try:
        summary = write_report(dbs, args.out, args.since, args.until, settings.idle_timeout, titles)
    except FileNotFoundError:
        missing = next((d for d in dbs if not d.is_file()), dbs[0])
        env.error(
            _("no usage database at '{db}' (the kiosk writes it while it runs)").format(db=missing)
        )
        return ExitStatus.USAGE
    except ValueError as exc:  # e.g. --since after --until
        env.error(str(exc))
        return ExitStatus.USAGE
    except sqlite3.Error as exc:
        env.error(
            _("cannot read the usage database '{db}': {error}").format(
                db=", ".join(map(str, dbs)), error=exc
            )
        )
        return ExitStatus.ERROR
    median = (
        _("{seconds} s").format(seconds=f"{summary.median_visit_s:.0f}")
        if summary.median_visit_s is not None
        else _("n/a")
    )
    print(
        _("{visits} visits, median length {median}; wrote {out}").format(
            visits=summary.visits, median=median, out=args.out
        ),
        file=env.stdout,
    )
    if len(summary.kiosks) > 1:
        print(
            _("merged {n} kiosks: {kiosks}").format(
                n=len(summary.kiosks), kiosks=", ".join(summary.kiosks)
            ),
            file=env.stdout,
        )
    for path in summary.files:
        print(f"  {path}", file=env.stdout)
    return ExitStatus.OK


MAX_DATABASES = 200


def _usage_dbs(given: Sequence[Path]) -> list[Path]:
    """The databases named: files as they are, folders for every *.db below them."""
    found: list[Path] = []
    for path in given:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.db") if p.is_file())[:MAX_DATABASES]
        else:
            found.append(path)
    return list(dict.fromkeys(found))[:MAX_DATABASES]


def _titles(settings: Settings) -> dict[str, str]:
    """Ids of sections, stories and events to their titles, for the report.

    The QR codes' targets (story:<id>, event:<id>, hall:<id>) have their titles too.
    """
    from kiosk.content import load_hall
    from kiosk.present.labels import tr

    titles: dict[str, str] = {}
    for folder in settings.halls:
        hall = load_hall(folder).hall
        if hall is None:
            continue
        lang = hall.default_language
        titles[f"hall:{hall.id}"] = tr(hall.title, lang)
        for section in hall.sections:
            titles[section.id] = tr(section.title, lang)
            for story in section.stories:
                titles[story.id] = titles[f"story:{story.id}"] = tr(story.headline, lang)
        for event in hall.events:
            titles[event.id] = titles[f"event:{event.id}"] = tr(event.headline, lang)
    return titles


def cmd_set_pin(args: argparse.Namespace, env: Env) -> int:
    """Store a salted hash of a staff PIN in the settings file."""
    import getpass

    from kiosk.config import write_pin
    from kiosk.ops.pin import MAX_DIGITS, MIN_DIGITS, pin_problem

    if args.pin_stdin:
        pin = sys.stdin.readline().strip()
    else:
        pin = getpass.getpass(
            _("New staff PIN ({low}-{high} digits): ").format(low=MIN_DIGITS, high=MAX_DIGITS)
        )
        problem = pin_problem(pin)
        if problem is None and getpass.getpass(_("Repeat it: ")) != pin:
            env.error(_("the two PINs differ; nothing was changed"))
            return ExitStatus.USAGE
    problem = pin_problem(pin)
    if problem is not None:
        env.error(_("{problem}; nothing was changed").format(problem=problem))
        return ExitStatus.USAGE
    try:
        write_pin(args.config, pin)
    except OSError as exc:
        env.error(
            _("cannot write {file}: {reason}; nothing was changed").format(
                file=args.config, reason=exc.strerror or exc
            )
        )
        return ExitStatus.ERROR
    print(
        _(
            "staff PIN set in {file}; a running kiosk takes it on its next start, or at once "
            "on SIGHUP (systemctl reload kiosk)"
        ).format(file=args.config),
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
            _("cannot clear {file}: {reason} (run as root or the kiosk user)").format(
                file=lockout.path, reason=exc.strerror or exc
            )
        )
        return ExitStatus.ERROR
    print(
        ngettext(
            "staff PIN pad unlocked ({n} wrong try forgotten)",
            "staff PIN pad unlocked ({n} wrong tries forgotten)",
            failures,
        ).format(n=failures)
        if failures
        else _("the staff PIN pad was not locked"),
        file=env.stdout,
    )
    return ExitStatus.OK


def cmd_keygen(args: argparse.Namespace, env: Env) -> int:
    """Make an Ed25519 key pair for signing content packages."""
    from kiosk.fleet import PackageError, generate_keys

    try:
        secret, public = generate_keys(args.out)
    except PackageError as exc:
        env.error(str(exc))
        return ExitStatus.USAGE
    except OSError as exc:
        env.error(_("cannot write {file}: {reason}").format(file=args.out, reason=exc.strerror))
        return ExitStatus.ERROR
    print(
        _("secret key: {secret} (keep it on this staff PC only, never on a kiosk)").format(
            secret=secret
        ),
        file=env.stdout,
    )
    print(
        _("public key: {public} (copy it to every kiosk and list it under trusted_keys)").format(
            public=public
        ),
        file=env.stdout,
    )
    return ExitStatus.OK


def cmd_pack(args: argparse.Namespace, env: Env) -> int:
    """Check a hall and write it as one content package file (signed with --sign)."""
    from kiosk.fleet import PackageError, pack_hall
    from kiosk.media import Cache

    path = _hall_path(args, env)
    if path is None:
        return ExitStatus.USAGE
    cache = None
    if args.with_images:
        settings = _settings(args, env)
        if settings is None:
            return ExitStatus.USAGE
        cache = Cache(settings.image_cache)
    try:
        packed = pack_hall(path, args.out, secret=args.sign, cache=cache)
    except PackageError as exc:
        for finding in exc.findings:
            print(finding, file=env.stderr)
        env.error(str(exc))
        return ExitStatus.INVALID_CONTENT if exc.findings else ExitStatus.ERROR
    manifest = packed.manifest
    print(
        _("wrote {file}: hall '{hall}', version {version}, {files} files, {size:,} bytes, "
          "{signed}").format(
            file=packed.path,
            hall=manifest.hall,
            version=manifest.version,
            files=len(manifest.files),
            size=packed.path.stat().st_size,
            signed=_("signed") if packed.signed else _("NOT signed"),
        ),
        file=env.stdout,
    )  # fmt: skip
    return ExitStatus.OK


def _content_dir(args: argparse.Namespace, env: Env) -> tuple[Settings, Path] | None:
    """The settings and the content folder (--into, else the settings' content_dir)."""
    settings = _settings(args, env)
    if settings is None:
        return None
    into = args.into or settings.content_dir
    if into is None:
        env.error(_("say where the content lives: --into DIR, or content_dir in the settings"))
        return None
    return settings, into


def cmd_install(args: argparse.Namespace, env: Env) -> int:
    """Check a content package and make it the version the kiosk shows."""
    from kiosk.fleet import PackageError, install_package
    from kiosk.fleet.versions import CURRENT
    from kiosk.media import Cache

    found = _content_dir(args, env)
    if found is None:
        return ExitStatus.USAGE
    settings, into = found
    try:
        done = install_package(
            args.file,
            into,
            trusted=[*settings.trusted_keys, *args.trust],
            allow_unsigned=settings.allow_unsigned_packages,
            hall=args.hall_id,
            cache=Cache(settings.image_cache),
        )
    except PackageError as exc:
        for finding in exc.findings:
            print(finding, file=env.stderr)
        env.error(str(exc))
        return ExitStatus.INVALID_CONTENT if exc.findings else ExitStatus.ERROR
    print(
        _("installed version {version} of the hall '{hall}': {current} shows it now "
          "(before: {previous}; {signed})").format(
            version=done.version,
            hall=done.hall,
            current=into / CURRENT,
            previous=done.replaced or _("nothing"),
            signed=_("signed by {key}").format(key=done.signed_by)
            if done.signed_by
            else _("unsigned, allowed by the settings"),
        ),
        file=env.stdout,
    )  # fmt: skip
    if args.config is not None and into / CURRENT not in settings.halls:
        print(
            _("note: the settings' halls do not name {current}; the kiosk shows it once they "
              "do").format(current=into / CURRENT),
            file=env.stdout,
        )  # fmt: skip
    return ExitStatus.OK


def cmd_rollback(args: argparse.Namespace, env: Env) -> int:
    """Show the previous installed version again."""
    from kiosk.fleet import PackageError, rollback
    from kiosk.fleet.versions import CURRENT

    found = _content_dir(args, env)
    if found is None:
        return ExitStatus.USAGE
    into = found[1]
    try:
        done = rollback(into)
    except PackageError as exc:
        env.error(str(exc))
        return ExitStatus.ERROR
    print(
        _("rolled back: {current} shows version {version} again (instead of {replaced})").format(
            current=into / CURRENT, version=done.version, replaced=done.replaced
        ),
        file=env.stdout,
    )
    return ExitStatus.OK


def cmd_status(args: argparse.Namespace, env: Env) -> int:
    """Print the state the running kiosk writes every minute; exit 0 when up and fresh."""
    import time

    from kiosk.config import state_dir
    from kiosk.ops.status import STALE_S, age_s, describe, read_state, status_path

    settings = _settings(args, env)
    if settings is None:
        return ExitStatus.USAGE
    path = status_path(state_dir(settings))
    try:
        state = read_state(path)
    except FileNotFoundError:
        env.error(_("no state at '{file}': the kiosk has not run here yet").format(file=path))
        return ExitStatus.DOWN
    except (OSError, ValueError) as exc:
        env.error(_("cannot read the state '{file}': {error}").format(file=path, error=exc))
        return ExitStatus.ERROR
    now = time.time()
    age = age_s(state, now)
    fresh = age <= STALE_S
    if args.format == "json":
        data = json.loads(state.to_json())
        data.update(age_s=round(age, 1), fresh=fresh, file=str(path))
        json.dump(data, env.stdout, ensure_ascii=False, indent=2)
        env.stdout.write("\n")
    else:
        for line in describe(state, now):
            print(line, file=env.stdout)
    if not state.up:
        env.error(_("the kiosk is stopped (its last state says so)"))
        return ExitStatus.DOWN
    if not fresh:
        env.error(
            _("the state is {age:.0f} s old (more than {limit:.0f}): the kiosk hangs or was "
              "killed").format(age=age, limit=STALE_S)
        )  # fmt: skip
        return ExitStatus.STALE
    return ExitStatus.OK


def _status_args(parser: argparse.ArgumentParser) -> None:
    _config_arg(parser)
    parser.set_defaults(hall=None)
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help=_("output format")
    )


def cmd_watchdog(args: argparse.Namespace, env: Env) -> int:
    """Run the kiosk (`kiosk ARGS...`) and restart it when it crashes or hangs (Windows)."""
    from kiosk.ops.supervise import Policy, supervise

    command = list(args.kiosk_args)
    if command[:1] == ["--"]:
        command = command[1:]
    if not command:
        env.error(_("say what to run, e.g.: kiosk watchdog -- run --config kiosk.yaml"))
        return ExitStatus.USAGE
    me = self_command()
    beat = args.heartbeat or Path(tempfile.gettempdir()) / f"kiosk-heartbeat-{os.getpid()}"
    policy = Policy(timeout=args.timeout, start_timeout=args.start_timeout)
    return supervise([*me, *command], beat, policy)


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
        command = sub.add_parser(name, help=_(spec.help), description=_(spec.help))
        command.set_defaults(handler=spec.handler)
        spec.arguments(command)
        if name != "snapshot":  # its --lang is the view's language (and the messages')
            command.add_argument(
                "--lang",
                choices=("zh", "en"),
                dest="staff_lang",
                help=_("the language of the messages (default: the settings, else the locale)"),
            )
    hidden = sub.add_parser("probe-video")  # no help: validate and prepare run it, not staff
    hidden.set_defaults(handler=cmd_probe_video)
    _probe_args(hidden)
    return parser


def _validate_args(parser: argparse.ArgumentParser) -> None:
    _hall_arg(parser)
    parser.add_argument("--strict", action="store_true", help=_("treat warnings as errors"))
    parser.add_argument("--no-images", action="store_true", help=_("do not open the image files"))
    parser.add_argument("--no-videos", action="store_true", help=_("do not open the video files"))
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--layout",
        action="store_true",
        help=_(
            "also render every view offscreen in each language and report every text that "
            "would be cut off, too small or too faint, and every picture too small for its frame"
        ),
    )
    parser.add_argument(
        "--size",
        type=_size,
        action="append",
        help=_("with --layout: a screen size to check, e.g. 1080x1920 (again for more; "
               "default 1920x1080)"),
    )  # fmt: skip


def _layout_findings(result: LoadResult, sizes: list[tuple[int, int]]) -> list[Finding]:
    """What validate --layout finds: views rendered offscreen (needs Qt, not a display)."""
    from kiosk.ui.layout_check import check_layout

    return check_layout(result, sizes)


def _config_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        default=None,
        help=_("settings file (kiosk.yaml); without it every setting has its default"),
    )


def _run_args(parser: argparse.ArgumentParser) -> None:
    _hall_arg(parser)
    _config_arg(parser)
    parser.add_argument(
        "--windowed", action="store_true", help=_("a normal window (staff preview)")
    )
    parser.add_argument(
        "--log-file", type=Path, default=None, help=_("log file (default: from settings)")
    )
    parser.add_argument(
        "--size", type=_size, default=(1920, 1080), help=_("window size, e.g. 1920x1080")
    )


def _snapshot_args(parser: argparse.ArgumentParser) -> None:
    from kiosk.ui.snapshot import VIEWS

    _hall_arg(parser)
    _config_arg(parser)
    parser.add_argument("--view", default="home", help=VIEWS)
    parser.add_argument(
        "--size", type=_size, default=(1920, 1080), help=_("e.g. 1920x1080 or 1080x1920")
    )
    parser.add_argument(
        "--lang",
        default=None,
        help=_("the view's language, e.g. zh or en (default: the hall's first); messages too"),
    )
    parser.add_argument(
        "--out", type=Path, default=Path("snapshot.png"), help=_("PNG file to write")
    )
    parser.add_argument(
        "--inspect",
        type=Path,
        default=None,
        metavar="FILE.json",
        help=_(
            "also write what the view shows as JSON: every visible text (its size, whether it "
            "is cut off) and picture (its pixels, how large it is shown)"
        ),
    )
    parser.add_argument(
        "--large-text", action="store_true", help=_("as a visitor who chose larger text sees it")
    )
    parser.add_argument(
        "--high-contrast",
        action="store_true",
        help=_("as a visitor who chose high contrast sees it"),
    )


SNAPSHOT_OPTIONS = (("large_text", "largeText"), ("high_contrast", "highContrast"))


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date like 2024-05-01").format(text=text)
        ) from None


def _report_args(parser: argparse.ArgumentParser) -> None:
    _config_arg(parser)
    parser.set_defaults(hall=None)
    parser.add_argument("--since", type=_date, default=None, help=_("first day (YYYY-MM-DD)"))
    parser.add_argument("--until", type=_date, default=None, help=_("last day (YYYY-MM-DD)"))
    parser.add_argument("--out", type=Path, default=Path("kiosk-report"), help=_("folder to write"))
    parser.add_argument(
        "--db",
        type=Path,
        action="append",
        default=[],
        help=_(
            "usage database (default: from settings); again for more kiosks, or a folder of "
            "them: one report with a kiosk column"
        ),
    )


def _set_pin_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        required=True,
        help=_(
            "the settings file (kiosk.yaml) to store the PIN's hash in; the rest of it is kept "
            "(created if missing)"
        ),
    )
    parser.add_argument(
        "--pin-stdin", action="store_true", help=_("read the PIN from standard input")
    )


def _unlock_args(parser: argparse.ArgumentParser) -> None:
    _config_arg(parser)
    parser.set_defaults(hall=None)


def _prepare_args(parser: argparse.ArgumentParser) -> None:
    _hall_arg(parser)
    _config_arg(parser)
    parser.add_argument(
        "--cache", type=Path, default=None, help=_("cache folder (default: from settings)")
    )
    parser.add_argument(
        "--size",
        type=_size,
        default=(1920, 1080),
        help=_(
            "the kiosk screen's pixels, e.g. 3840x2160: pictures are prepared at the sizes it "
            "shows them (default: 1920x1080)"
        ),
    )


def _watchdog_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--timeout", type=float, default=30.0,
        help=_("seconds without a heartbeat before the kiosk is restarted (default: 30)"),
    )  # fmt: skip
    parser.add_argument(
        "--start-timeout", type=float, default=120.0,
        help=_("seconds from a start to the first heartbeat (default: 120)"),
    )  # fmt: skip
    parser.add_argument(
        "--heartbeat", type=Path, default=None, help=_("heartbeat file (default: a temporary one)")
    )
    parser.add_argument("kiosk_args", nargs=argparse.REMAINDER, help=_("-- and the kiosk command"))


def _keygen_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="PREFIX",
        help=_("write the secret key to PREFIX and the public key to PREFIX.pub"),
    )


def _pack_args(parser: argparse.ArgumentParser) -> None:
    _hall_arg(parser)
    _config_arg(parser)
    parser.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help=_("the package file to write")
    )
    parser.add_argument(
        "--sign",
        type=Path,
        default=None,
        metavar="PREFIX",
        help=_("sign it with the secret key PREFIX from 'kiosk keygen'"),
    )
    parser.add_argument(
        "--with-images",
        action="store_true",
        help=_("also pack the prepared images found in the image cache (see 'kiosk prepare')"),
    )


def _into_arg(parser: argparse.ArgumentParser) -> None:
    _config_arg(parser)
    parser.set_defaults(hall=None)
    parser.add_argument(
        "--into",
        type=Path,
        default=None,
        metavar="DIR",
        help=_("the content folder (default: content_dir in the settings)"),
    )


def _install_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help=_("the package file"))
    _into_arg(parser)
    parser.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="FILE.pub",
        help=_("also trust this public key, for this command (again for more)"),
    )
    parser.add_argument(
        "--hall",
        dest="hall_id",
        default=None,
        metavar="ID",
        help=_("the hall id the package must have, to replace another hall with it"),
    )


@dataclass(frozen=True)
class Command:
    """A subcommand: what runs it, what it does, and its arguments."""

    handler: Handler
    help: str
    arguments: Callable[[argparse.ArgumentParser], None] = _hall_arg


COMMANDS: dict[str, Command] = {
    "validate": Command(
        cmd_validate,
        N_("check a hall folder and report every problem with file:line"),
        _validate_args,
    ),
    "dump": Command(cmd_dump, N_("print the validated hall as JSON")),
    "schema": Command(
        cmd_schema,
        N_("print the JSON Schema of hall.yaml (for editor autocompletion)"),
        lambda parser: None,
    ),
    "run": Command(
        cmd_run, N_("start the kiosk on a hall (full screen unless --windowed)"), _run_args
    ),
    "snapshot": Command(cmd_snapshot, N_("render one view to a PNG, offscreen"), _snapshot_args),
    "set-pin": Command(
        cmd_set_pin, N_("store a salted hash of the staff PIN in the settings file"), _set_pin_args
    ),
    "unlock": Command(
        cmd_unlock, N_("clear the staff PIN lockout after too many wrong tries"), _unlock_args
    ),
    "report": Command(
        cmd_report, N_("write the usage report (CSV files and a chart) for curators"), _report_args
    ),
    "prepare": Command(
        cmd_prepare,
        N_("build the image cache ahead of time (run after a content update)"),
        _prepare_args,
    ),
    "keygen": Command(
        cmd_keygen, N_("make an Ed25519 key pair for signing content packages"), _keygen_args
    ),
    "pack": Command(
        cmd_pack, N_("check a hall and write it as one content package file"), _pack_args
    ),
    "install": Command(
        cmd_install,
        N_("check a content package and switch the kiosk's content to it at once"),
        _install_args,
    ),
    "rollback": Command(
        cmd_rollback, N_("switch the kiosk's content back to the previous version"), _into_arg
    ),
    "status": Command(
        cmd_status,
        N_("print the running kiosk's state; exit 0 when it is up and its state fresh"),
        _status_args,
    ),
    "watchdog": Command(
        cmd_watchdog,
        N_("run the kiosk and restart it when it crashes or hangs (Windows)"),
        _watchdog_args,
    ),
}


def _option(argv: Sequence[str], name: str) -> str | None:
    """The value of an option (--name value, --name=value) before parsing, if given."""
    for i, arg in enumerate(argv):
        if arg == name and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(f"{name}="):
            return arg.split("=", 1)[1]
    return None


def choose_staff_language(argv: Sequence[str]) -> str:
    """Speak to staff in --lang, else the settings' staff_language, else the locale's language."""
    from kiosk.i18n import STAFF_LANGUAGES, language_from_locale, set_staff_language

    lang = _option(argv, "--lang")
    if lang not in STAFF_LANGUAGES:
        config = _option(argv, "--config")
        if config:
            from kiosk.config import load_settings

            lang = load_settings(Path(config))[0].staff_language
    if lang not in STAFF_LANGUAGES:
        lang = language_from_locale()
    return set_staff_language(lang or "en")


def utf8_locale() -> None:
    """An empty environment (env -i) gets a UTF-8 locale, before Qt complains of none."""
    if not any(os.environ.get(name) for name in ("LC_ALL", "LC_CTYPE", "LANG")):
        os.environ["LC_ALL"] = "C.UTF-8"


def main(argv: Sequence[str] | None = None, env: Env | None = None) -> int:
    """Run the kiosk command line; return the exit status."""
    env = env or Env()
    utf8_locale()
    argv = list(sys.argv[1:] if argv is None else argv)
    choose_staff_language(argv)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if not getattr(args, "handler", None):
        parser.print_usage(env.stderr)
        env.error(
            _("choose a command: {commands} (see 'kiosk --help')").format(
                commands=", ".join(COMMANDS)
            )
        )
        return ExitStatus.USAGE
    try:
        return int(args.handler(args, env))
    except BrokenPipeError:  # e.g. `kiosk dump | head`
        return ExitStatus.OK
