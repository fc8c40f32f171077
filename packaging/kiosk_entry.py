"""Entry point of the PyInstaller bundle: the same as the `kiosk` command."""

import multiprocessing
import sys

from kiosk.cli import main

if __name__ == "__main__":
    # `kiosk prepare` decodes images in spawned processes; in a bundle each one re-runs this
    # executable, and freeze_support() turns it into a worker instead of a second kiosk.
    multiprocessing.freeze_support()
    sys.exit(main())
