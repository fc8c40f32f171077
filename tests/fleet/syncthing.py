"""Two Syncthing instances on 127.0.0.1 for the fleet recipe's test (no discovery, no relays)."""

from __future__ import annotations

import os
import re
import socket
import subprocess
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

FOLDER = "kiosk-packages"


def free_port() -> int:
    """A TCP port free on 127.0.0.1 now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Instance:
    """One Syncthing: its home, device id, ports and (once started) process."""

    home: Path
    device: str
    listen: int
    gui: int
    key: str
    process: subprocess.Popen[bytes] | None = None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def generate(home: Path, name: str) -> Instance:
    """Keys and an id for one instance (its config is written by configure)."""
    result = subprocess.run(
        ["syncthing", "generate", f"--home={home}", "--no-default-folder"],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    match = re.search(r"Device ID: (\S+)", result.stdout + result.stderr)
    assert match, result.stdout + result.stderr
    return Instance(home, match[1], free_port(), free_port(), f"test-key-{name}")


def configure(me: Instance, peer: Instance, folder: Path, kind: str) -> None:
    """config.xml: the peer at its address, one folder of this kind, nothing else on the net."""
    devices = "".join(
        f'<device id="{d.device}" name="{n}" compression="metadata" introducer="false">'
        f"<address>tcp://127.0.0.1:{d.listen}</address><autoAcceptFolders>false</autoAcceptFolders>"
        "</device>"
        for d, n in ((me, "me"), (peer, "peer"))
    )
    xml = f"""<configuration version="36">
    <folder id="{FOLDER}" label="{FOLDER}" path="{escape(str(folder))}" type="{kind}"
            rescanIntervalS="3600" fsWatcherEnabled="true" fsWatcherDelayS="1"
            ignorePerms="false" autoNormalize="true">
        <filesystemType>basic</filesystemType>
        <device id="{me.device}"></device>
        <device id="{peer.device}"></device>
        <minDiskFree unit="%">0</minDiskFree>
        <versioning></versioning>
    </folder>
    {devices}
    <gui enabled="true" tls="false" debugging="false">
        <address>127.0.0.1:{me.gui}</address>
        <apikey>{me.key}</apikey>
        <theme>default</theme>
    </gui>
    <options>
        <listenAddress>tcp://127.0.0.1:{me.listen}</listenAddress>
        <globalAnnounceEnabled>false</globalAnnounceEnabled>
        <localAnnounceEnabled>false</localAnnounceEnabled>
        <relaysEnabled>false</relaysEnabled>
        <natEnabled>false</natEnabled>
        <startBrowser>false</startBrowser>
        <urAccepted>-1</urAccepted>
        <autoUpgradeIntervalH>0</autoUpgradeIntervalH>
        <crashReportingEnabled>false</crashReportingEnabled>
        <minHomeDiskFree unit="%">0</minHomeDiskFree>
        <reconnectionIntervalS>1</reconnectionIntervalS>
    </options>
</configuration>
"""
    (me.home / "config.xml").write_text(xml, encoding="utf-8")


def start(me: Instance, log: Path) -> None:
    """Run it in the background (its output to log)."""
    env = {**os.environ, "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1", "STGUIAPIKEY": me.key}
    with log.open("wb") as out:
        me.process = subprocess.Popen(
            ["syncthing", "serve", f"--home={me.home}", "--no-browser", "--no-restart",
             "--skip-port-probing"],
            stdout=out, stderr=subprocess.STDOUT, env=env,
        )  # fmt: skip
