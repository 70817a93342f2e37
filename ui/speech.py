"""Speech, without the window ever waiting for it: a thread of the window hands each utterance to
the speech engine's own process (ui/speech_engine.py: pyttsx3, espeak-ng on Linux, SAPI5 on
Windows) and plays the WAV it writes (ui/private_player.py). Synthesis in the window's process
competed with the Qt thread for the GIL and doubled its event-loop stalls on a busy machine;
this thread only waits on a pipe and on the player.

What is said is prepared by kiosk.speech_text (meaning, not symbols; one utterance per item) and
each utterance is followed by a pause. `sent` tells exactly which text went to the engine with
which voice: the seam tests listen on.

The voice follows the UI language. espeak-ng 1.51 reads Chinese characters only with the
`cmn-latn-pinyin` voice (plain `cmn` spells Latin as English and is the fallback). Vietnamese
is read with the northern or the southern voice, as chosen in the settings. A language
without a voice falls back to the default one and says so through `note`.
"""

from __future__ import annotations

import json
import logging
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from kiosk.i18n import tr
from kiosk.speech_text import Part, Utterance, utterances
from ui.private_player import PrivatePlayer
from ui.speech_engine import PAUSE_S, RATE_RANGE, VIETNAMESE_REGIONS, VOLUME_RANGE, pick_voice  # noqa: F401 - the speech API, as before

log = logging.getLogger(__name__)
CLOSE_GRACE_S = 5  # the engine ends when its stdin closes; this only bounds a stuck one


@dataclass
class Voice:
    rate: int = 150
    volume: float = 1.0
    vietnamese_region: str = "north"


def engine_command() -> list[str]:
    """The speech engine's process: the bundle's executable is the `kiosk` command itself
    (installer/entry.py), a source install runs the module. It ends with the thread starting it."""
    parent = ["--parent", str(os.getpid())]
    if getattr(sys, "frozen", False):
        return [sys.executable, "speech-engine", *parent]
    return [sys.executable, "-m", "ui.speech_engine", *parent]


class EngineProcess:
    """The window's end of the speech engine's process: started on first use, again after it died."""

    def __init__(self) -> None:
        self._process: subprocess.Popen[str] | None = None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    def ask(self, request: dict[str, Any], heard: Callable[[dict[str, Any]], None]) -> str:
        """Sends one request; `heard` gets each event before its end, which is returned."""
        try:
            process = self._running()
            process.stdin.write(json.dumps(request, ensure_ascii=False) + "\n")  # type: ignore[union-attr]
            process.stdin.flush()  # type: ignore[union-attr]
            for line in process.stdout:  # type: ignore[union-attr]
                event = json.loads(line)
                if "end" in event:
                    return str(event["end"])
                heard(event)
        except (OSError, ValueError):
            pass
        log.warning("the speech engine's process ended")
        self.close()
        return "error"

    def _running(self) -> subprocess.Popen[str]:
        if self._process is None or self._process.poll() is not None:
            self._process = subprocess.Popen(engine_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                             text=True, encoding="utf-8")
        return self._process

    def close(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        for pipe in (process.stdin, process.stdout):
            try:
                pipe.close()  # type: ignore[union-attr]
            except OSError:
                pass
        try:
            process.wait(CLOSE_GRACE_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


Speakable = str | Part | list[Part | str]


def prepared(what: Speakable, lang: str) -> list[Utterance]:
    """The utterances for a text, a part or a screen's parts."""
    return utterances([what] if isinstance(what, str | Part) else what, lang)


class Speaker(QObject):
    """`say(what, lang)` replaces whatever is being read; `render()` writes speech to a WAV file."""

    speaking = Signal(bool)
    note = Signal(str)  # a language without a voice, or no speech engine at all (language code or "")
    sent = Signal(str, str)  # (voice id, text): each utterance as it is handed to the engine
    failed = Signal(str)  # a reading that could not be synthesized: what to tell the person, in its language

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.voice = Voice()
        self._jobs: queue.Queue = queue.Queue()
        self._engine = EngineProcess()
        self._player: PrivatePlayer | None = None  # set up by the speech thread
        self._generation = 0  # bumped by say() and stop(): an utterance of an older one is not played
        self._pending = 0  # jobs queued or under way
        self._pending_lock = threading.Lock()
        self._failure_told = False  # told once until speech works again: telling may itself be read aloud
        self.available = True
        self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
        self._thread.start()

    @property
    def busy(self) -> bool:
        """Whether something is still to be read or written."""
        return self._pending > 0

    @property
    def engine_pid(self) -> int | None:
        """The speech engine's process, once something was said."""
        return self._engine.pid

    def _put(self, job: tuple) -> None:
        with self._pending_lock:
            self._pending += 1
        self._jobs.put(job)

    def _done(self) -> None:
        with self._pending_lock:
            self._pending -= 1

    def say(self, what: Speakable, lang: str) -> None:
        self.stop()
        spoken = prepared(what, lang)
        if spoken:
            self._put(("say", spoken, self.voice.vietnamese_region, self.voice.rate, self.voice.volume,
                       self._generation))

    def render(self, what: Speakable, lang: str, path: str, rate: int | None = None,
               volume: float | None = None) -> threading.Event:
        """Everything `say` would read, into one WAV file with the same pauses."""
        done = threading.Event()
        self._put(("save", prepared(what, lang), self.voice.vietnamese_region, rate or self.voice.rate,
                   self.voice.volume if volume is None else volume, (path, done)))
        return done

    def stop(self) -> None:
        """Forget what is queued and end the reading under way."""
        self._drain()
        self._generation += 1
        if self._player is not None:
            self._player.stop()

    def shutdown(self, wait_s: float = 10.0) -> None:
        """Stop reading and end the speech thread and the engine's process."""
        self.stop()
        self._jobs.put(None)
        if self._thread is not threading.current_thread():
            self._thread.join(wait_s)

    def _drain(self) -> None:
        try:
            while True:
                job = self._jobs.get_nowait()
                if job:
                    self._done()
                if job and job[0] == "save":
                    job[5][1].set()
        except queue.Empty:
            pass

    # -- the speech thread: it waits on the engine's process and on the player ---------------------
    def _ask(self, op: str, items: list[Utterance], region: str, rate: int, volume: float, path: str | None = None) -> str:
        """One request to the engine: "ok", "failed" (no audio, twice), "unavailable" or "error"."""
        texts = iter(items)

        def heard(event: dict[str, Any]) -> None:
            if "note" in event:
                self.note.emit(event["note"])
            if "sent" in event:
                self.sent.emit(event["sent"], next(texts).text)

        request = {"op": op, "items": [[item.text, item.lang] for item in items], "region": region, "rate": rate,
                   "volume": volume, "path": path}
        end = self._engine.ask(request, heard)
        if end == "ok":
            self._failure_told = False
        elif end == "failed" and not self._failure_told:
            self._failure_told = True
            self.failed.emit(tr("speech.failed", items[0].lang))
        elif end == "unavailable":
            self.available = False
            self.note.emit("")
        return end

    def _run(self) -> None:
        self._player = PrivatePlayer.for_this_machine()
        while True:
            job = self._jobs.get()
            if job is None:
                self._engine.close()
                return
            kind, spoken, region, rate, volume, target = job
            try:
                self.speaking.emit(True)
                if kind == "save":
                    self._ask("render", spoken, region, rate, volume, target[0])
                else:
                    self._read(spoken, region, rate, volume, generation=target)
            except Exception:
                log.exception("speech failed")
            finally:
                self.speaking.emit(False)
                self._done()
                if kind == "save":
                    target[1].set()

    def _read(self, spoken: list[Utterance], region: str, rate: int, volume: float, generation: int) -> None:
        """Item by item, each played as soon as it is synthesized; a failed item ends the reading."""
        for item in spoken:
            if generation != self._generation:  # stopped or replaced: the rest is not read
                return
            if self._player is None:  # SAPI5 and macOS speak without files; pauses are their own
                if self._ask("say", [item], region, rate, volume) != "ok":
                    return
                continue
            wav = self._player.new_path()
            try:
                if self._ask("wav", [item], region, rate, volume, str(wav)) != "ok":
                    return
                if generation == self._generation:  # not stopped or replaced while it was synthesized
                    self._player.play(wav)
            finally:
                wav.unlink(missing_ok=True)
