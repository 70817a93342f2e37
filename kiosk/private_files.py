"""Files with personal data outside the encrypted store (exports) are the owner's alone: 0600 from
the first byte, whatever the umask, and an older leftover with a looser mode is tightened."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any


def open_private(path: Path, mode: str = "w", **kwargs: Any) -> IO[Any]:  # open()'s own options; text or bytes by mode
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.chmod(path, 0o600)  # O_CREAT's mode applies only to a new file
    return os.fdopen(fd, mode, **kwargs)
