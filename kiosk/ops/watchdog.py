"""Tell systemd the kiosk is alive: sd_notify over NOTIFY_SOCKET, standard library only."""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


class SystemdNotifier:
    """Sends sd_notify messages (READY, WATCHDOG, STATUS, STOPPING); a no-op outside systemd."""

    def __init__(self, address: str | None = None, watchdog_usec: int | None = None) -> None:
        # '@name' is a socket in the abstract namespace (a leading NUL byte on the wire).
        self.address = "\0" + address[1:] if address and address.startswith("@") else address
        self.watchdog_usec = watchdog_usec if watchdog_usec and watchdog_usec > 0 else None
        self._socket: socket.socket | None = None
        self._failed = False

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> SystemdNotifier:
        """The notifier systemd asks for through NOTIFY_SOCKET and WATCHDOG_USEC / WATCHDOG_PID."""
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET") or None
        if address is not None and not hasattr(socket, "AF_UNIX"):
            address = None
        usec = env.get("WATCHDOG_USEC", "")
        pid = env.get("WATCHDOG_PID", "")
        ours = not pid or (pid.isdigit() and int(pid) == os.getpid())
        return cls(address, int(usec) if usec.isdigit() and ours else None)

    @property
    def enabled(self) -> bool:
        """Whether systemd is listening (NOTIFY_SOCKET was set)."""
        return self.address is not None

    @property
    def watchdog_interval(self) -> float | None:
        """Seconds systemd waits for a WATCHDOG=1 before it restarts us; None without a watchdog."""
        return self.watchdog_usec / 1e6 if self.enabled and self.watchdog_usec else None

    def notify(self, *fields: str) -> bool:
        """Send 'KEY=value' fields as one datagram; False if not sent (never raises)."""
        if self.address is None:
            return False
        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
                self._socket.setblocking(False)  # the UI thread calls this: never wait
            self._socket.sendto("\n".join(fields).encode(), self.address)
        except OSError as exc:
            if not self._failed:  # once, or a dead socket would flood the log
                log.warning("could not notify systemd at %r: %s", self.address, exc)
                self._failed = True
            return False
        self._failed = False
        return True

    def ready(self) -> bool:
        """Startup is finished: the first frame is on screen."""
        return self.notify("READY=1")

    def watchdog(self) -> bool:
        """Still alive: keeps systemd's watchdog from restarting us."""
        return self.notify("WATCHDOG=1")

    def status(self, text: str) -> bool:
        """A one-line status that `systemctl status kiosk` shows."""
        return self.notify("STATUS=" + " ".join(text.split()))

    def stopping(self) -> bool:
        """Shutting down on purpose (not a hang)."""
        return self.notify("STOPPING=1")

    def close(self) -> None:
        """Close the socket (it reopens on the next message)."""
        if self._socket is not None:
            self._socket.close()
            self._socket = None
