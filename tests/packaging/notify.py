"""A fake systemd: a UNIX datagram socket that collects sd_notify messages."""

from __future__ import annotations

import socket
from pathlib import Path


class FakeSystemd:
    """Listens where NOTIFY_SOCKET points and keeps every message it receives."""

    def __init__(self, address: str | Path) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        name = str(address)
        self.sock.bind("\0" + name[1:] if name.startswith("@") else name)
        self.sock.setblocking(False)
        self.address = name
        self.messages: list[str] = []

    def receive(self) -> list[str]:
        """Every message received so far (reads what is waiting without blocking)."""
        while True:
            try:
                self.messages.append(self.sock.recv(4096).decode())
            except BlockingIOError:
                return self.messages

    def count(self, field: str) -> int:
        """How many messages so far carry this field, e.g. 'READY=1'."""
        return sum(field in message.split("\n") for message in self.receive())

    def close(self) -> None:
        """Stop listening."""
        self.sock.close()
