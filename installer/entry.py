"""The bundled program: the same `kiosk` command as the source install."""

import multiprocessing
import sys

from kiosk.cli.main import main

if __name__ == "__main__":
    # A spawned helper process (the demo district's builder where there is no fork) starts this
    # same executable: let it be the helper.
    multiprocessing.freeze_support()
    sys.exit(main())
