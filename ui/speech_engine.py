"""The speech engine's own process (`python -m ui.speech_engine`): pyttsx3 and espeak-ng run here,
never in the window's process, where their synthesis competed with the Qt thread for the GIL
(espeak calls back into Python for every chunk of audio) and doubled the event loop's stalls.

Qt-free, so it starts fast. The window (ui/speech.py) writes one JSON request a line on stdin;
this answers on stdout with JSON events: {"sent": voice} as each utterance is handed to the engine,
{"note": lang} for a language without a voice, then {"end": "ok" | "failed" | "unavailable" | "error"}.
What is said travels only on the pipe: never in argv, the environment or a log line. WAVs are
written where the window asks (its private 0700 folder) and, with this process's umask, 0600.
It ends when the window closes the pipe, and (Linux) when the thread that started it ends, also
after the window was killed (PR_SET_PDEATHSIG).
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

from ui import wav_pauses

log = logging.getLogger("kiosk.speech")

VOICE_PREFERENCES = {"zh-TW": ("cmn-latn-pinyin", "cmn", "zh"), "en": ("en-us", "en"), "vi": ("vi",),
                     "id": ("id",), "th": ("th",), "pseudo": ("en-us", "en")}
VIETNAMESE_REGIONS = {"north": ("vi",), "south": ("vi-vn-x-south", "vi")}
RATE_RANGE = (90, 260)  # words per minute; seniors start at 150
VOLUME_RANGE = (0.1, 1.0)  # 20 dB between the ends
PAUSE_S = 0.45  # between two items of a screen, as a person draws breath
SYNTHESIS_DEADLINE_S = 30.0  # one utterance; espeak writes one in tens of ms, seconds on a loaded machine


class SpeechFailed(Exception):
    """The engine wrote no audio for an utterance."""


class SpeechStuck(SpeechFailed):
    """The engine did not finish an utterance in time; this process cannot be trusted with another."""


class NoEngine(Exception):
    """No speech engine on this machine."""


def pick_voice(voices: list[Any], lang: str, vietnamese_region: str = "north") -> str | None:
    """The id of the best installed voice for `lang`, or None."""
    def names(v: Any) -> set[str]:
        tail = str(v.id).lower().replace("\\", "/").rsplit("/", 1)[-1]
        langs = {str(x).lower().lstrip("\x05") for x in (getattr(v, "languages", None) or [])}
        return {tail, str(v.name).lower(), *langs}

    preferences = VIETNAMESE_REGIONS.get(vietnamese_region, ("vi",)) if lang == "vi" else VOICE_PREFERENCES.get(lang, ())
    for wanted in preferences:
        for voice in voices:
            if wanted in names(voice):
                return str(voice.id)
    return None


def quiet_driver_prints() -> None:
    """pyttsx3's espeak-ng driver prints each WAV it writes; send its prints to the debug log
    (stdout carries this process's answers)."""
    driver = sys.modules.get("pyttsx3.drivers.espeak")
    if driver is not None:
        driver.print = lambda *parts, **_: log.debug("speech driver: %s", " ".join(map(str, parts)))  # type: ignore[attr-defined]


class Engine:
    """One pyttsx3 engine, made on first use; its voices looked up once per language."""

    def __init__(self, tell: Any) -> None:
        self._tell = tell  # (event dict) -> None
        self._engine: Any = None
        self._voices: dict[tuple[str, str], str] = {}
        self._started = threading.Event()
        self._finished = threading.Event()
        self.stuck = False

    def _ready(self) -> Any:
        if self._engine is None:
            try:
                import pyttsx3

                self._engine = pyttsx3.init()
                quiet_driver_prints()
            except Exception as missing:  # no speech engine on this machine: the window says so
                log.warning("no speech engine available")
                raise NoEngine from missing
            self._engine.connect("started-utterance", lambda **_: self._started.set())
            self._engine.connect("finished-utterance", lambda **_: self._finished.set())
        return self._engine

    def _set(self, lang: str, region: str, rate: int, volume: float) -> str:
        engine = self._ready()
        engine.setProperty("rate", int(min(max(rate, RATE_RANGE[0]), RATE_RANGE[1])))
        engine.setProperty("volume", float(min(max(volume, VOLUME_RANGE[0]), VOLUME_RANGE[1])))
        key = (lang, region if lang == "vi" else "")
        if key not in self._voices:  # listing the voices builds 130 objects: once per language
            voices = engine.getProperty("voices")
            voice_id = pick_voice(voices, lang, region)
            if voice_id is None:
                self._tell({"note": lang})
                voice_id = pick_voice(voices, "en")
            self._voices[key] = voice_id or ""
        if self._voices[key]:
            engine.setProperty("voice", self._voices[key])
        return self._voices[key]

    def synthesize(self, text: str, lang: str, region: str, rate: int, volume: float, path: Path) -> None:
        """`text` as audio in the WAV `path`; SpeechFailed when the engine wrote none."""
        self._tell({"sent": self._set(lang, region, rate, volume)})
        self._wait_until_espeak_is_idle()
        self._started.clear()
        self._finished.clear()
        self._engine.save_to_file(text, str(path))
        self._engine.runAndWait()
        # pyttsx3's espeak driver can return from runAndWait while espeak's own thread is still
        # synthesizing and writes the WAV when it finishes: reading it sooner found no audio,
        # mostly on a busy machine. The other drivers have finished by then.
        if self._started.is_set() and not self._finished.wait(SYNTHESIS_DEADLINE_S):
            self.stuck = True
            raise SpeechStuck
        if not wav_pauses.holds_audio(path):
            log.warning("the speech engine wrote no audio")
            raise SpeechFailed

    def _wait_until_espeak_is_idle(self) -> None:
        """espeak's thread winds down for a moment after an utterance ended; pyttsx3 cancels the
        next one if it starts in that moment (an empty WAV: seen on a busy machine)."""
        espeak = sys.modules.get("pyttsx3.drivers._espeak")  # loaded by pyttsx3's espeak driver only
        deadline = time.monotonic() + SYNTHESIS_DEADLINE_S
        while espeak is not None and espeak.IsPlaying():
            if time.monotonic() > deadline:
                self.stuck = True
                raise SpeechStuck
            time.sleep(0.002)

    def say(self, text: str, lang: str, region: str, rate: int, volume: float) -> None:
        """Spoken by the engine itself (SAPI5, macOS: no files)."""
        self._tell({"sent": self._set(lang, region, rate, volume)})
        self._engine.say(text)
        self._engine.runAndWait()


def handle(engine: Engine, request: dict[str, Any]) -> str:
    """One request: "wav" (each item into path.N.wav, with the pause after it, for the window to play),
    "render" (all items into one WAV at path, pauses between) or "say". Returns how it ended."""
    op, items, path = request["op"], request["items"], Path(request.get("path") or "")
    region, rate, volume = request["region"], request["rate"], request["volume"]
    try:
        if op == "say":
            for text, lang in items:
                engine.say(text, lang, region, rate, volume)
        elif op == "wav":
            (text, lang), = items
            engine.synthesize(text, lang, region, rate, volume, path)
            wav_pauses.append_silence(path, PAUSE_S)
        else:
            parts = [Path(f"{path}.{index}.wav") for index in range(len(items))]
            try:
                for (text, lang), part in zip(items, parts):
                    engine.synthesize(text, lang, region, rate, volume, part)
                wav_pauses.join(parts, path, PAUSE_S)
            finally:
                for part in parts:
                    part.unlink(missing_ok=True)
    except NoEngine:
        return "unavailable"
    except SpeechFailed:
        return "failed"
    except Exception:
        log.exception("speech failed")
        return "error"
    return "ok"


def end_with_parent(parent_pid: int) -> None:
    """Linux: SIGTERM to this process when the thread that started it ends, also when its process is killed."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() != parent_pid:  # it ended before this asked to be told
        os.kill(os.getpid(), signal.SIGTERM)


def answers() -> IO[str]:
    """This process's answers on the stdout it was given; anything else printed (the driver, the
    C library) goes to /dev/null, never into the answers or a journal."""
    out = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # for the life of the process
    return out


def serve(requests: IO[str], out: IO[str]) -> None:
    def tell(event: dict[str, Any]) -> None:
        out.write(json.dumps(event, ensure_ascii=False) + "\n")

    engine = Engine(tell)
    for line in requests:
        if line.strip():
            tell({"end": handle(engine, json.loads(line))})
        if engine.stuck:  # the window starts a new engine for its next utterance
            log.warning("the speech engine did not finish an utterance; it ends")
            return


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    os.umask(0o077)  # its WAVs: 0600, whatever the folder
    if args[:1] == ["--parent"]:
        end_with_parent(int(args[1]))
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    serve(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8"), answers())
    return 0


if __name__ == "__main__":
    sys.exit(main())
