"""espeak is one engine per process with one synthesis callback. pyttsx3 holds its engine only
weakly and clears that callback when the engine is collected; a speaker collected while another
one synthesized crashed the whole process (a segfault seen in the spoken-screens test). Speakers
come and go (every unlock, every test); the engine must stay."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the espeak driver is Linux's")

CHURN = textwrap.dedent("""
    import gc, sys, tempfile, threading
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from ui.speech import Speaker

    app = QCoreApplication([])
    folder = Path(tempfile.mkdtemp())
    reader = Speaker()
    stop = threading.Event()

    def keep_reading():
        turn = 0
        while not stop.is_set():
            reader.render("第一行 first line 第二行", "zh-TW", str(folder / f"{turn % 2}.wav")).wait(60)
            turn += 1

    threading.Thread(target=keep_reading, daemon=True).start()
    for turn in range(int(sys.argv[1])):
        passing = Speaker()  # a screen's speaker, made and thrown away while the reader reads
        passing.render("hello", "en", str(folder / "passing.wav")).wait(60)
        passing.shutdown()
        del passing
        gc.collect()
    stop.set()
    print("survived")
""")


def test_speakers_made_and_collected_while_another_reads_never_crash_the_process(tmp_path):
    done = subprocess.run([sys.executable, "-c", CHURN, "12"], capture_output=True, text=True, timeout=300,
                          cwd=str(tmp_path), env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived" in done.stdout

