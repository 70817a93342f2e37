"""When the engine writes no WAV for an utterance, the person is told, once, in the screen's
language; speech never stops working for good and nothing is raised."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from kiosk.i18n import tr
from ui.private_player import PrivatePlayer

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the private player is the Linux path")
WAIT_MS = 60_000  # generous: espeak is slow on a busy machine


FORGETFUL_ENGINE = """
import pathlib, sys
import pyttsx3
from ui import speech_engine

misses, elsewhere = pathlib.Path(sys.argv[1]), sys.argv[2]
real_init = pyttsx3.init

class ForgetfulEngine:
    def __init__(self, real):
        self._real = real

    def save_to_file(self, text, path):
        left = int(misses.read_text())
        if left > 0:
            misses.write_text(str(left - 1))
            path = elsewhere
        self._real.save_to_file(text, path)

    def __getattr__(self, name):
        return getattr(self._real, name)

pyttsx3.init = lambda *args, **kwargs: ForgetfulEngine(real_init(*args, **kwargs))
sys.exit(speech_engine.main(sys.argv[3:]))
"""


class ForgetfulEngine:
    """The real espeak engine in the speech engine's process, except that the next `misses`
    utterances are written somewhere else, so the file the speaker asked for stays empty: what a
    second speech thread on the shared engine did. `misses` is told to that process in a file."""

    def __init__(self, folder: Path, misses: int) -> None:
        self._misses = folder / "misses"
        self._elsewhere = folder / "elsewhere.wav"
        self.misses = misses

    @property
    def misses(self) -> int:
        return int(self._misses.read_text())

    @misses.setter
    def misses(self, count: int) -> None:
        self._misses.write_text(str(count))

    def command(self) -> list[str]:
        return [sys.executable, "-c", FORGETFUL_ENGINE, str(self._misses), str(self._elsewhere),
                "--parent", str(os.getpid())]


def recording_player(tmp_path: Path) -> tuple[list[str], Path]:
    """An 'aplay' that notes the size of each file it is given and returns at once."""
    log = tmp_path / "played.txt"
    script = tmp_path / "player.py"
    script.write_text("import sys, pathlib\n"
                      f"log = pathlib.Path({str(log)!r})\n"
                      "size = pathlib.Path(sys.argv[-1]).stat().st_size\n"
                      "with log.open('a') as out:\n"
                      "    out.write(f'{size}\\n')\n")
    return [sys.executable, str(script)], log


def played_sizes(log: Path) -> list[int]:
    return [int(line) for line in log.read_text().split()] if log.exists() else []


def read_through(speaker, qtbot) -> None:
    """Until the speaker is done, and what it signalled meanwhile (posted before it was done) delivered."""
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: not speaker.busy, timeout=WAIT_MS)
    QApplication.processEvents()


@pytest.fixture()
def forgetful_speaker(qapp, tmp_path, monkeypatch):
    """A speaker on the real engine made forgetful, playing through a recording player."""
    from ui.speech import Speaker

    engine = ForgetfulEngine(tmp_path, misses=0)
    monkeypatch.setattr("ui.speech.engine_command", engine.command)
    command, log = recording_player(tmp_path)
    monkeypatch.setattr(PrivatePlayer, "command", command)
    speaker = Speaker()
    failures: list[str] = []
    speaker.failed.connect(failures.append)
    yield speaker, engine, log, failures
    speaker.shutdown()


def test_a_reading_that_cannot_be_synthesized_is_told_once_in_its_language_and_speech_recovers(forgetful_speaker,
                                                                                             qtbot):
    speaker, engine, log, failures = forgetful_speaker
    engine.misses = 2  # two readings

    speaker.say("Xin chào", "vi")
    read_through(speaker, qtbot)
    speaker.say("Xin chào", "vi")  # the failure, read aloud by the app, fails too: not told again
    read_through(speaker, qtbot)
    assert failures == [tr("speech.failed", "vi")]
    assert played_sizes(log) == []

    speaker.say("Xin chào", "vi")
    qtbot.waitUntil(lambda: played_sizes(log) != [], timeout=WAIT_MS)  # the engine works again: so does speech

    engine.misses = 1
    speaker.say("Hello", "en")
    qtbot.waitUntil(lambda: len(failures) == 2, timeout=WAIT_MS)  # a new failure after speech worked is told again
    assert failures[1] == tr("speech.failed", "en")


def test_the_window_shows_a_failed_reading(officer_app, qtbot, tmp_path, monkeypatch):
    engine = ForgetfulEngine(tmp_path, misses=10**6)
    monkeypatch.setattr("ui.speech.engine_command", engine.command)
    window = officer_app.window

    window.read_screen()

    qtbot.waitUntil(lambda: window.status.text() == tr("speech.failed", "zh-TW"), timeout=WAIT_MS)
    assert window.status.isVisible()
