"""Playing synthesized speech on Linux without leaving it on disk, and stopping it at once.

pyttsx3's espeak-ng driver writes each utterance to a WAV in the shared temp folder and plays it
with `aplay` through a shell: what the screen said (names, addresses, ID numbers) sat in /tmp
while it played, and stayed there for good if the app was killed meanwhile; nor could a reading
be cut short. Here the WAV goes to a folder only this user can open, in memory (XDG_RUNTIME_DIR
or /dev/shm), is deleted the moment it has played, and `stop()` ends playback at once.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

LEFTOVER_AGE_S = 600  # no reading plays this long: an older WAV is a leftover whatever its owner


def _owner_alive(wav: Path) -> bool:
    """Whether the process that wrote this WAV (its name starts with that pid) still runs."""
    pid_text, _, _ = wav.stem.partition("-")
    if not pid_text.isdigit():
        return False
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but not ours to signal
    return True


def clear_leftovers(folder: Path) -> None:
    """Delete WAVs a crashed or killed app left behind; never another running app's reading."""
    for left in folder.glob("*.wav"):
        try:
            if not _owner_alive(left) or time.time() - left.stat().st_mtime > LEFTOVER_AGE_S:
                left.unlink(missing_ok=True)
        except OSError:
            continue


def private_folder() -> Path | None:
    """This user's in-memory folder for speech, or None where there is none."""
    for base in (os.environ.get("XDG_RUNTIME_DIR"), "/dev/shm"):
        if not base or not os.path.isdir(base):
            continue
        folder = Path(base) / f"kiosk-speech-{os.getuid()}"
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            if folder.is_symlink() or folder.stat().st_uid != os.getuid():
                continue  # not ours: never write speech where someone else can read it
            folder.chmod(0o700)
            clear_leftovers(folder)
        except OSError:
            continue
        return folder
    return None


class PrivatePlayer:
    command = ["aplay", "-q"]

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lock = threading.Lock()
        self._process: subprocess.Popen | None = None

    @classmethod
    def for_this_machine(cls) -> PrivatePlayer | None:
        if not sys.platform.startswith("linux") or shutil.which(cls.command[0]) is None:
            return None  # Windows (SAPI5) and macOS play without files; keep pyttsx3's own output
        folder = private_folder()
        return cls(folder) if folder is not None else None

    def new_path(self) -> Path:
        # The pid lets a later start tell a crash's leftovers from another open app's reading.
        return self.folder / f"{os.getpid()}-{uuid.uuid4().hex}.wav"

    def play(self, path: Path) -> None:
        """Play and delete the file; returns when it has played or `stop()` cut it short."""
        try:
            with self._lock:
                self._process = subprocess.Popen([*self.command, str(path)], stdin=subprocess.DEVNULL,
                                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self._process.wait()
        except OSError:
            pass  # no audio player after all: the reading is lost, never the app
        finally:
            with self._lock:
                self._process = None
            path.unlink(missing_ok=True)

    def stop(self) -> None:
        with self._lock:
            if self._process is not None and self._process.poll() is None:
                self._process.terminate()
