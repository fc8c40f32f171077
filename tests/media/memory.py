"""Peak memory of a piece of code, run in a fresh interpreter."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest


def peak_rss_mb(code: str) -> float:
    """Run code in a fresh interpreter; its peak resident memory (or its children's) in MB.

    VmHWM, not ru_maxrss: after fork and exec, ru_maxrss still counts the forked copy of
    this (large) test process.
    """
    if not Path("/proc/self/status").exists():
        pytest.skip("peak memory is read from Linux's /proc")
    script = textwrap.dedent(code) + textwrap.dedent(
        """
        import json, re, resource
        status = open("/proc/self/status").read()
        own = int(re.search(r"VmHWM:\\s+(\\d+) kB", status)[1])
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(json.dumps(max(own, kids) / 1024))
        """
    )
    done = subprocess.run(
        [sys.executable, "-W", "error", "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
    )
    return float(json.loads(done.stdout.splitlines()[-1]))
