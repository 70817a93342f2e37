"""The bundled program: the same `kiosk` command as the source install."""

import sys

from kiosk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
