"""Speech on its own thread (pyttsx3: espeak-ng on Linux, SAPI5 on Windows); the UI never waits.

What is said is prepared by kiosk.speech_text (meaning, not symbols; one utterance per item) and
each utterance is followed by a pause. `sent` tells exactly which text went to the engine with
which voice: the seam tests listen on.

The voice follows the UI language. espeak-ng 1.51 reads Chinese characters only with the
`cmn-latn-pinyin` voice (plain `cmn` spells Latin as English and is the fallback). Vietnamese
is read with the northern or the southern voice, as chosen in the settings. A language
without a voice falls back to the default one and says so through `note`.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from kiosk.i18n import tr
from kiosk.speech_text import Part, Utterance, utterances
from ui import wav_pauses
from ui.private_player import PrivatePlayer

log = logging.getLogger(__name__)

VOICE_PREFERENCES = {"zh-TW": ("cmn-latn-pinyin", "cmn", "zh"), "en": ("en-us", "en"), "vi": ("vi",),
                     "id": ("id",), "th": ("th",), "pseudo": ("en-us", "en")}
VIETNAMESE_REGIONS = {"north": ("vi",), "south": ("vi-vn-x-south", "vi")}
RATE_RANGE = (90, 260)  # words per minute; seniors start at 150
VOLUME_RANGE = (0.1, 1.0)  # 20 dB between the ends
PAUSE_S = 0.45  # between two items of a screen, as a person draws breath
SYNTHESIS_TRIES = 2  # espeak now and then writes no WAV (seen on a busy machine): one more try
# pyttsx3 hands every Speaker of a process the same espeak engine, whose settings and output file
# are engine-wide: two speech threads (a speaker still finishing while the next one starts) must
# take turns, or one reading's audio lands in the other's file.
_ENGINE_TURN = threading.Lock()
# pyttsx3 keeps its engine only weakly, and a collected engine clears espeak's one callback
# (DriverProxy.__del__): collected while another speaker synthesized, it crashed the process.
# So every engine made stays alive with the process, as espeak itself does.
_ENGINES_KEPT: list[object] = []


class SpeechFailed(Exception):
    """The engine wrote no audio for an utterance, twice."""


@dataclass
class Voice:
    rate: int = 150
    volume: float = 1.0
    vietnamese_region: str = "north"


def pick_voice(voices: list, lang: str, vietnamese_region: str = "north") -> str | None:
    """The id of the best installed voice for `lang`, or None."""
    def names(v) -> set[str]:  # noqa: ANN001
        tail = str(v.id).lower().replace("\\", "/").rsplit("/", 1)[-1]
        langs = {str(x).lower().lstrip("\x05") for x in (getattr(v, "languages", None) or [])}
        return {tail, str(v.name).lower(), *langs}

    preferences = VIETNAMESE_REGIONS.get(vietnamese_region, ("vi",)) if lang == "vi" else VOICE_PREFERENCES.get(lang, ())
    for wanted in preferences:
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
        self._engine = None
        self._voices: dict[tuple[str, str], str] = {}  # (language, region) → voice id, looked up once
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
        """Stop reading and end the speech thread, waiting for the utterance under way: espeak is one
        library-wide engine (pyttsx3 even hands every caller the same one), so a speaker made after
        this one must never synthesize while this thread still does (a crash in the C library)."""
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

    # -- the speech thread --------------------------------------------------------------------
    def _engine_or_none(self):  # noqa: ANN202
        if self._engine is None:
            try:
                import pyttsx3

                with _ENGINE_TURN:  # never made while another speaker synthesizes
                    self._engine = pyttsx3.init()
                    if not any(kept is self._engine for kept in _ENGINES_KEPT):
                        _ENGINES_KEPT.append(self._engine)
                quiet_driver_prints()
            except Exception:  # noqa: BLE001 - no speech engine on this machine: say so, keep working
                log.warning("no speech engine available")
                self.available = False
                self.note.emit("")
        return self._engine

    def _set_voice(self, engine, lang: str, vietnamese_region: str) -> str:  # noqa: ANN001
        # Listing the voices builds 130 Python objects while holding the GIL: once per language,
        # not once per utterance, or the window stutters while a screen is read.
        key = (lang, vietnamese_region if lang == "vi" else "")
        if key not in self._voices:
            voices = engine.getProperty("voices")
            voice_id = pick_voice(voices, lang, vietnamese_region)
            if voice_id is None:
                self.note.emit(lang)
                voice_id = pick_voice(voices, "en")
            self._voices[key] = voice_id or ""
        if self._voices[key]:
            engine.setProperty("voice", self._voices[key])
        return self._voices[key]

    def _synthesize(self, engine, spoken: Utterance, region: str, path: str, rate: int,  # noqa: ANN001
                    volume: float) -> None:
        """`spoken` as audio in the WAV `path`; SpeechFailed when the engine wrote none, twice."""
        for attempt in range(1, SYNTHESIS_TRIES + 1):
            with _ENGINE_TURN:
                engine.setProperty("rate", int(min(max(rate, RATE_RANGE[0]), RATE_RANGE[1])))
                engine.setProperty("volume", float(min(max(volume, VOLUME_RANGE[0]), VOLUME_RANGE[1])))
                voice_id = self._set_voice(engine, spoken.lang, region)
                if attempt == 1:
                    self.sent.emit(voice_id, spoken.text)
                engine.save_to_file(spoken.text, path)
                engine.runAndWait()
            if wav_pauses.holds_audio(Path(path)):
                self._failure_told = False
                return
            log.warning("the speech engine wrote no audio (try %d of %d)", attempt, SYNTHESIS_TRIES)
        raise SpeechFailed

    def _tell_failure(self, lang: str) -> None:
        if not self._failure_told:
            self._failure_told = True
            self.failed.emit(tr("speech.failed", lang))

    def _run(self) -> None:
        self._player = PrivatePlayer.for_this_machine()
        while True:
            job = self._jobs.get()
            if job is None:
                return
            kind, spoken, region, rate, volume, target = job
            engine = self._engine_or_none()
            try:
                if engine is None:
                    continue
                self.speaking.emit(True)
                if kind == "save":
                    self._render(engine, spoken, region, target[0], rate, volume)
                elif self._player is not None:
                    self._play_privately(engine, spoken, region, rate, volume, generation=target)
                else:
                    for item in spoken:  # SAPI5 and macOS speak without files; pauses are their own
                        if target != self._generation:
                            break
                        with _ENGINE_TURN:
                            engine.setProperty("rate", int(min(max(rate, RATE_RANGE[0]), RATE_RANGE[1])))
                            engine.setProperty("volume", float(min(max(volume, VOLUME_RANGE[0]), VOLUME_RANGE[1])))
                            self.sent.emit(self._set_voice(engine, item.lang, region), item.text)
                            engine.say(item.text)
                            engine.runAndWait()
            except SpeechFailed:
                self._tell_failure(spoken[0].lang)
            except Exception:
                log.exception("speech failed")
            finally:
                self.speaking.emit(False)
                self._done()
                if kind == "save":
                    target[1].set()

    def _render(self, engine, spoken: list[Utterance], region: str, path: str, rate: int,  # noqa: ANN001
                volume: float) -> None:
        parts = [Path(f"{path}.{index}.wav") for index in range(len(spoken))]
        try:
            for item, part in zip(spoken, parts):
                self._synthesize(engine, item, region, str(part), rate, volume)
            wav_pauses.join(parts, Path(path), PAUSE_S)
        finally:
            for part in parts:
                part.unlink(missing_ok=True)

    def _play_privately(self, engine, spoken: list[Utterance], region: str, rate: int,  # noqa: ANN001
                        volume: float, generation: int) -> None:
        for item in spoken:
            if generation != self._generation:  # stopped or replaced: the rest is not read
                return
            wav = self._player.new_path()
            try:
                self._synthesize(engine, item, region, str(wav), rate, volume)
                wav_pauses.append_silence(wav, PAUSE_S)
                if generation == self._generation:  # not stopped or replaced while it was synthesized
                    self._player.play(wav)
            finally:
                wav.unlink(missing_ok=True)
