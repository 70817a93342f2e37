"""Theme contrast, fonts, translations, speech volume range and log redaction."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET

import pytest

from ui import i18n, theme


@pytest.mark.parametrize("tokens", list(theme.THEMES.values()), ids=list(theme.THEMES))
def test_every_text_pair_reaches_aaa_and_non_text_reaches_3_to_1(tokens):
    for name, (fg, bg) in theme.text_pairs(tokens).items():
        assert theme.contrast(fg, bg) >= 7.0, (tokens.name, name)
    for name, (fg, bg) in theme.non_text_pairs(tokens).items():
        assert theme.contrast(fg, bg) >= 3.0, (tokens.name, name)
    for name, (fg, bg) in theme.disabled_text_pairs(tokens).items():
        assert theme.contrast(fg, bg) >= 4.5, (tokens.name, name)


def test_contrast_formula_matches_wcag_reference_values():
    assert theme.contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert theme.contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_bundled_fonts_cover_every_language(qapp):
    from PySide6.QtGui import QFont, QRawFont

    from ui import fonts

    families = fonts.register()
    raw = [QRawFont.fromFont(QFont(f, 18)) for f in families]
    for lang, sample in fonts.SAMPLES.items():
        missing = [c for c in sample if not any(r.supportsCharacter(ord(c)) for r in raw)]
        assert not missing, (lang, missing)


def test_every_symbol_in_the_ui_has_a_bundled_glyph(qapp):
    """A kiosk without system symbol fonts must not show empty boxes for ▲, ✔, ↻ ..."""
    from pathlib import Path

    from PySide6.QtGui import QFont, QRawFont

    from ui import fonts

    raw = [QRawFont.fromFont(QFont(f, 18)) for f in fonts.register()]
    sources = (Path(__file__).resolve().parents[2] / "ui").rglob("*.py")
    symbols = {c for path in sources for c in path.read_text(encoding="utf-8")
               if ord(c) > 0x2000 and not 0x3000 <= ord(c) <= 0x9FFF and not 0xFF00 <= ord(c) <= 0xFFEF}
    assert symbols, "the scan found the UI's symbols"
    missing = sorted(c for c in symbols if not any(r.supportsCharacter(ord(c)) for r in raw))
    assert not missing, missing


def _messages(lang: str):
    for message in ET.parse(i18n.ts_path(lang)).getroot().iter("message"):
        yield message.findtext("source") or "", message.find("translation")


def test_zh_tw_has_no_untranslated_string():
    assert i18n.unfinished("zh-TW") == set()
    assert sum(1 for _ in _messages("zh-TW")) > 200


@pytest.mark.parametrize("lang", ["zh-TW", "vi", "id", "th", "pseudo"])
def test_translations_keep_their_placeholders(lang):
    placeholder = re.compile(r"%\d")
    for source, translation in _messages(lang):
        if translation is not None and translation.text:
            assert sorted(placeholder.findall(source)) == sorted(placeholder.findall(translation.text)), source


def test_pseudo_locale_stretches_and_keeps_placeholders():
    stretched = i18n.pseudo("Question %1 of %2")
    assert "%1" in stretched and "%2" in stretched and len(stretched) >= len("Question %1 of %2") * 1.4


def test_mandarin_uses_the_pinyin_voice_and_volume_spans_18_db(qapp, tmp_path):
    import pyttsx3

    from ui.speech import VOLUME_RANGE, Speaker, pick_voice

    voices = pyttsx3.init().getProperty("voices")
    assert pick_voice(voices, "zh-TW").endswith("cmn-latn-pinyin")
    speaker = Speaker()
    loud, quiet = tmp_path / "loud.wav", tmp_path / "quiet.wav"
    assert speaker.render("您好，這是福利小幫手", "zh-TW", str(loud), volume=VOLUME_RANGE[1]).wait(60)
    assert speaker.render("您好，這是福利小幫手", "zh-TW", str(quiet), volume=VOLUME_RANGE[0]).wait(60)
    speaker.shutdown()

    def rms(path):
        out = subprocess.run(["sox", str(path), "-n", "stat"], capture_output=True, text=True).stderr
        return float(re.search(r"RMS\s+amplitude:\s+([\d.]+)", out).group(1))

    import math

    seconds = float(re.search(r"Length \(seconds\):\s+([\d.]+)", subprocess.run(
        ["sox", str(loud), "-n", "stat"], capture_output=True, text=True).stderr).group(1))
    assert seconds > 1.0  # ten characters actually read, not spelled as Latin letters
    assert 20 * math.log10(rms(loud) / rms(quiet)) >= 18


def test_logs_never_keep_ids_or_phone_numbers():
    from ui.errors import redact

    text = redact("open F223456786 phone 0912-345-678 and 02-23456789 failed")
    assert "F223456786" not in text and "0912" not in text and "23456789" not in text


@pytest.mark.parametrize("name", sorted(theme.THEMES))
def test_a_disabled_primary_button_does_not_look_pressable(qapp, name):
    from PySide6.QtGui import QPalette

    tokens = theme.THEMES[name]
    p = theme.role_palette(tokens, "primary")
    assert p.color(QPalette.Active, QPalette.Button).name().upper() == tokens.primary.upper()
    assert p.color(QPalette.Disabled, QPalette.Button).name().upper() == tokens.button.upper()
    disabled_text = p.color(QPalette.Disabled, QPalette.ButtonText).name()
    assert theme.contrast(disabled_text, tokens.button) >= 7  # still readable
