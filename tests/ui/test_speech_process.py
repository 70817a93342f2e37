"""Speech is synthesized in a process of its own, never in the window's: there espeak competed with
the Qt thread for the GIL and doubled its stalls. What is said reaches that process only on its
pipe, its WAVs are 0600, and it never outlives the window, even one killed outright."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and PDEATHSIG are Linux's")
ROOT = Path(__file__).parents[2]
SAID = "王小明住在中正區"

WINDOW = textwrap.dedent("""
    import os, sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from ui.speech import Speaker

    app = QCoreApplication([])
    speaker = Speaker()
    wav = Path(sys.argv[1])
    assert speaker.render(sys.argv[2], "zh-TW", str(wav)).wait(120)
    maps = Path("/proc/self/maps").read_text()
    print(f"engine={speaker.engine_pid} window={os.getpid()} pyttsx3={'pyttsx3' in sys.modules} "
          f"espeak={'espeak' in maps} mode={wav.stat().st_mode & 0o777:o}", flush=True)
    time.sleep(300)  # until the test kills this window
""")


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("State:")[1].split()[0] != "Z"
    except (FileNotFoundError, IndexError):
        return False


def test_speech_is_synthesized_in_its_own_process_which_ends_when_the_window_is_killed(tmp_path):
    wav = tmp_path / "said.wav"
    window = subprocess.Popen([sys.executable, "-c", WINDOW, str(wav), SAID], stdout=subprocess.PIPE, text=True,
                              cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"})
    try:
        facts = dict(part.split("=") for part in window.stdout.readline().split())
        assert facts, "the window never said"
        engine = int(facts["engine"])
        assert engine != int(facts["window"]) and alive(engine)
        assert facts["pyttsx3"] == "False" and facts["espeak"] == "False"  # nothing of the engine in the window
        assert facts["mode"] == "600"  # the WAV is the user's alone, whatever the folder
        assert wav.stat().st_size > 10_000
        for private in (f"/proc/{engine}/cmdline", f"/proc/{engine}/environ"):
            assert SAID.encode() not in Path(private).read_bytes()  # on its pipe only

        window.send_signal(signal.SIGKILL)  # a crash: nobody closes the pipe politely
        window.wait(30)
        deadline = time.monotonic() + 30
        while alive(engine):
            assert time.monotonic() < deadline, "the speech engine outlived the window"
            time.sleep(0.05)
    finally:
        window.kill()
        window.wait(30)


def test_shutting_the_speaker_down_ends_its_engine(qapp, tmp_path):
    from ui.speech import Speaker

    speaker = Speaker()
    assert speaker.render("你好", "zh-TW", str(tmp_path / "hello.wav")).wait(120)
    engine = speaker.engine_pid
    assert engine is not None and engine != os.getpid()

    speaker.shutdown()

    deadline = time.monotonic() + 30
    while alive(engine):
        assert time.monotonic() < deadline, "the speech engine outlived its speaker"
        time.sleep(0.05)
