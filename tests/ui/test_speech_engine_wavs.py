"""The speech engine's process writes each utterance's whole WAV before it answers "ok", from the
first utterance after it starts and back to back: pyttsx3's espeak driver returned from
runAndWait while espeak's thread was still synthesizing, and cancelled an utterance started while
that thread wound down from the one before (empty WAVs, mostly on a busy machine)."""

from __future__ import annotations

import json
import subprocess
import sys
import wave

SENTENCE = "Apakah keluarga benar-benar tinggal di alamat terdaftar? "
REPEATS = [12, 1, 2, 3, 4] * 8  # the first long enough that synthesis outlasts pyttsx3's 10 ms wait


def busy_cores(count: int) -> list[subprocess.Popen]:
    """Processes that keep `count` cores busy, as on the shared machines CI runs on."""
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]


def test_each_utterance_is_whole_when_the_engine_answers(tmp_path):
    wavs = [tmp_path / f"{index}.wav" for index in range(len(REPEATS))]
    requests = "".join(json.dumps({"op": "wav", "items": [[SENTENCE * repeats, "id"]], "region": "north",
                                   "rate": 150, "volume": 1.0, "path": str(wav)}) + "\n"
                       for repeats, wav in zip(REPEATS, wavs))
    burners = busy_cores(2)
    try:
        engine = subprocess.run([sys.executable, "-m", "ui.speech_engine"], input=requests, capture_output=True,
                                text=True, timeout=600, check=True)
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()
    ends = [json.loads(line)["end"] for line in engine.stdout.splitlines() if "end" in json.loads(line)]
    assert ends == ["ok"] * len(wavs)
    assert "no audio" not in engine.stderr
    for repeats, wav in zip(REPEATS, wavs):
        with wave.open(str(wav), "rb") as audio:
            seconds = audio.getnframes() / audio.getframerate()
        assert seconds > 2.0 * repeats, wav.name  # each sentence takes seconds to say: all of it is there


class NeverFinishing:
    """A pyttsx3 engine whose utterance starts and never finishes (espeak's thread hung)."""

    def __init__(self) -> None:
        self._connected: dict[str, object] = {}

    def connect(self, topic, callback):
        self._connected[topic] = callback

    def setProperty(self, name, value):  # noqa: N802 - pyttsx3's API
        pass

    def getProperty(self, name):  # noqa: N802
        return []

    def save_to_file(self, text, path):
        pass

    def runAndWait(self):  # noqa: N802
        self._connected["started-utterance"]()


def test_an_engine_that_never_finishes_an_utterance_answers_failed_and_ends(monkeypatch, tmp_path):
    import io

    import pyttsx3

    from ui import speech_engine

    monkeypatch.setattr(pyttsx3, "init", NeverFinishing)
    monkeypatch.setattr(speech_engine, "SYNTHESIS_DEADLINE_S", 0.05)
    request = json.dumps({"op": "wav", "items": [["Halo", "id"]], "region": "north", "rate": 150, "volume": 1.0,
                          "path": str(tmp_path / "a.wav")}) + "\n"
    answers = io.StringIO()

    speech_engine.serve(io.StringIO(request * 2), answers)  # returns after the first: the second is never tried

    assert [json.loads(line) for line in answers.getvalue().splitlines()][-1] == {"end": "failed"}
    assert answers.getvalue().count('"end"') == 1
