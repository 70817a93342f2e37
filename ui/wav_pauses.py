"""Silence between spoken items: appended to one WAV, or placed between several joined into one.

espeak-ng through pyttsx3 takes no SSML, so a pause longer than a comma's is made here, in the
audio itself; the same length in every language and at every speaking rate.
"""

from __future__ import annotations

import wave
from pathlib import Path


def _silence(params: tuple, seconds: float) -> bytes:  # wave's params
    return b"\x00" * (int(params.framerate * seconds) * params.sampwidth * params.nchannels)


def holds_audio(path: Path) -> bool:
    """Whether the engine really wrote a WAV with sound in it (espeak sometimes writes nothing)."""
    try:
        with wave.open(str(path), "rb") as source:
            return source.getnframes() > 0
    except (OSError, EOFError, wave.Error):
        return False


def append_silence(path: Path, seconds: float) -> None:
    with wave.open(str(path), "rb") as source:
        params, frames = source.getparams(), source.readframes(source.getnframes())
    with wave.open(str(path), "wb") as target:
        target.setparams(params)
        target.writeframes(frames + _silence(params, seconds))


def join(parts: list[Path], out: Path, seconds: float) -> None:
    """The parts one after the other, `seconds` of silence after each (they share one format)."""
    params, chunks = None, []
    for part in parts:
        with wave.open(str(part), "rb") as source:
            params = params or source.getparams()
            chunks.append(source.readframes(source.getnframes()) + _silence(params, seconds))
    if params is None:
        return
    with wave.open(str(out), "wb") as target:
        target.setparams(params)
        target.writeframes(b"".join(chunks))
