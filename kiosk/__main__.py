"""`python -m kiosk`: the same as the `kiosk` command."""

import multiprocessing
import sys

from kiosk.cli import main

if __name__ == "__main__":  # not in a spawned image worker, which imports this as __mp_main__
    multiprocessing.freeze_support()  # a frozen build's image workers start here (Windows)
    sys.exit(main())
