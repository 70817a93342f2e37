"""Speech on its own thread (pyttsx3: espeak-ng on Linux, SAPI5 on Windows); the UI never waits.

The voice follows the UI language. espeak-ng 1.51 reads Chinese characters only with the
`cmn-latn-pinyin` voice (plain `cmn` spells Latin as English and is the fallback). A language
without a voice falls back to the default one and says so through `note`.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from kiosk import courtesy
from ui.private_player import PrivatePlayer

log = logging.getLogger(__name__)

VOICE_PREFERENCES = {"zh-TW": ("cmn-latn-pinyin", "cmn", "zh"), "en": ("en-us", "en"), "vi": ("vi",),
                     "id": ("id",), "th": ("th",), "pseudo": ("en-us", "en")}
RATE_RANGE = (90, 260)  # words per minute; seniors start at 150
VOLUME_RANGE = (0.1, 1.0)  # 20 dB between the ends


@dataclass
class Voice:
    rate: int = 150
    volume: float = 1.0


def pick_voice(voices: list, lang: str) -> str | None:
    """The id of the best installed voice for `lang`, or None."""
    def names(v) -> set[str]:  # noqa: ANN001
        tail = str(v.id).lower().replace("\\", "/").rsplit("/", 1)[-1]
        langs = {str(x).lower().lstrip("\x05") for x in (getattr(v, "languages", None) or [])}
        return {tail, str(v.name).lower(), *langs}

    for wanted in VOICE_PREFERENCES.get(lang, ()):
        for voice in voices:
            if wanted in names(voice):
                return voice.id
    return None


def quiet_driver_prints() -> None:
    """pyttsx3's espeak-ng driver prints each WAV it writes to stdout, which a kiosk's journal
    keeps; send its prints to our debug log instead (only that module's `print`, so no other
    thread's output is touched)."""
    driver = sys.modules.get("pyttsx3.drivers.espeak")
    if driver is not None:
        driver.print = lambda *parts, **_: log.debug("speech driver: %s", " ".join(map(str, parts)))


class Speaker(QObject):
    """`say(text, lang)` replaces whatever is being read; `render()` writes speech to a WAV file."""

    speaking = Signal(bool)
    note = Signal(str)  # a language without a voice, or no speech engine at all (language code or "")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.voice = Voice()
        self._jobs: queue.Queue = queue.Queue()
        self._engine = None
        self._player: PrivatePlayer | None = None  # set up by the speech thread
        self._generation = 0  # bumped by say() and stop(): an utterance of an older one is not played
        self.available = True
        self._thread = threading.Thread(target=self._run, name="speech", daemon=True)
        self._thread.start()

    def say(self, text: str, lang: str) -> None:
        self.stop()
        self._jobs.put(("say", text, lang, self.voice.rate, self.voice.volume, self._generation))

    def render(self, text: str, lang: str, path: str, rate: int | None = None, volume: float | None = None) -> threading.Event:
        done = threading.Event()
        self._jobs.put(("save", text, lang, rate or self.voice.rate, self.voice.volume if volume is None else volume,
                        (path, done)))
        return done

    def stop(self) -> None:
        """Forget what is queued and end the reading under way."""
        self._drain()
        self._generation += 1
        if self._player is not None:
            self._player.stop()

    def shutdown(self) -> None:
        self._drain()
        self._jobs.put(None)

    def _drain(self) -> None:
        try:
            while True:
                job = self._jobs.get_nowait()
                if job and job[0] == "save":
                    job[5][1].set()
        except queue.Empty:
            pass

    # -- the speech thread --------------------------------------------------------------------
    def _engine_or_none(self):  # noqa: ANN202
        if self._engine is None:
            try:
                import pyttsx3

                self._engine = pyttsx3.init()
                quiet_driver_prints()
            except Exception:  # noqa: BLE001 - no speech engine on this machine: say so, keep working
                log.warning("no speech engine available")
                self.available = False
                self.note.emit("")
        return self._engine

    def _set_voice(self, engine, lang: str) -> None:  # noqa: ANN001
        voice_id = pick_voice(engine.getProperty("voices"), lang)
        if voice_id is None:
            self.note.emit(lang)
            voice_id = pick_voice(engine.getProperty("voices"), "en")
        if voice_id is not None:
            engine.setProperty("voice", voice_id)

    def _run(self) -> None:
        courtesy.background_thread()
        self._player = PrivatePlayer.for_this_machine()
        while True:
            job = self._jobs.get()
            if job is None:
                return
            kind, text, lang, rate, volume, target = job
            engine = self._engine_or_none()
            try:
                if engine is None:
                    continue
                self._set_voice(engine, lang)
                engine.setProperty("rate", int(min(max(rate, RATE_RANGE[0]), RATE_RANGE[1])))
                engine.setProperty("volume", float(min(max(volume, VOLUME_RANGE[0]), VOLUME_RANGE[1])))
                self.speaking.emit(True)
                if kind == "save":
                    engine.save_to_file(text, target[0])
                    engine.runAndWait()
                elif self._player is not None:
                    self._play_privately(engine, text, generation=target)
                else:
                    engine.say(text)
                    engine.runAndWait()
            except Exception:  # noqa: BLE001 - speech must never take the app down
                log.exception("speech failed")
            finally:
                self.speaking.emit(False)
                if kind == "save":
                    target[1].set()

    def _play_privately(self, engine, text: str, generation: int) -> None:  # noqa: ANN001
        wav = self._player.new_path()
        try:
            engine.save_to_file(text, str(wav))
            engine.runAndWait()
            if generation == self._generation:  # not stopped or replaced while it was synthesized
                self._player.play(wav)
        finally:
            wav.unlink(missing_ok=True)
