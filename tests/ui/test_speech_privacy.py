"""What the screen says out loud never rests in a shared or on-disk file, and a new reading (or
stop) cuts the one under way short."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from kiosk.identity import generate_id
from ui import private_player
from ui.private_player import PrivatePlayer

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the private player is the Linux path")


def slow_player(tmp_path: Path) -> list[str]:
    """An 'aplay' that notes which file it was given, and what the file held, then plays for 30 s.
    The note is written whole and then renamed into place: written in place, a busy make test run
    read it between its creation and its text and found it empty."""
    log = tmp_path / "played.txt"
    script = tmp_path / "player.py"
    script.write_text("import os, sys, time, pathlib\n"
                      f"log = pathlib.Path({str(log)!r})\n"
                      "path = pathlib.Path(sys.argv[-1])\n"
                      "note = log.with_name(f'{os.getpid()}.part')\n"
                      "note.write_text((log.read_text() if log.exists() else '') + f'{path} {path.stat().st_size}\\n')\n"
                      "os.replace(note, log)\n"
                      "time.sleep(30)\n")
    return [sys.executable, str(script)]


def wait_for(condition, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_speech_goes_through_a_private_memory_folder_and_is_cut_short(qapp, tmp_path, monkeypatch, capfd):
    from ui.speech import Speaker

    shared_tmp = tmp_path / "shared-tmp"
    shared_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(shared_tmp))  # where pyttsx3 would have put the WAV
    monkeypatch.setattr(PrivatePlayer, "command", slow_player(tmp_path))
    log = tmp_path / "played.txt"

    speaker = Speaker()
    try:
        speaker.say(f"王小明，身分證 {generate_id(random.Random(7))}，住在中正區", "zh-TW")
        wait_for(log.exists)
        first_path, size = log.read_text().split()
        first = Path(first_path)
        folder = private_player.private_folder()
        assert first.parent == folder
        assert str(folder.parent) in (os.environ.get("XDG_RUNTIME_DIR"), "/dev/shm")  # memory, not disk
        assert folder.stat().st_mode & 0o777 == 0o700
        assert int(size) > 10_000  # real audio was synthesized into it

        started = time.monotonic()
        speaker.say("下一頁", "zh-TW")  # replaces the reading under way
        wait_for(lambda: len(log.read_text().splitlines()) == 2)
        assert time.monotonic() - started < 10  # not the 30 s the first reading would have played
        assert not first.exists()  # deleted as soon as it stopped

        speaker.stop()
        # Only this process's readings: other apps (or test workers) may be speaking meanwhile.
        wait_for(lambda: not any(folder.glob(f"{os.getpid()}-*.wav")))
    finally:
        speaker.shutdown()
    assert not list(shared_tmp.iterdir())  # nothing went to the shared temp folder
    assert "kiosk-speech" not in capfd.readouterr().out  # nor were its files named on stdout


def test_leftovers_of_a_dead_app_are_cleared_but_a_running_apps_reading_is_kept(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    crashed = tmp_path / f"{dead.pid}-crashed.wav"
    running = tmp_path / f"{os.getpid()}-playing.wav"
    unnamed = tmp_path / "old-style.wav"
    for wav in (crashed, running, unnamed):
        wav.write_bytes(b"RIFF")

    private_player.clear_leftovers(tmp_path)

    assert not crashed.exists()
    assert not unnamed.exists()
    assert running.exists()
