"""`kiosk --self-test [--screenshots DIR]`: the app offscreen on a fresh synthetic district, every
screen in every language, text size and theme, a PNG of each and an accessibility audit."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

TOUR_PIN = "135790"
TOUR_HOUSEHOLDS = 200
OFFICER_SCREENS = ("unlock", "home", "search", "household", "wizard", "consent", "attachments", "review", "receipt",
                   "applications", "sync", "attention", "conflict", "settings", "subscribe")
KIOSK_SCREENS = ("welcome", "helper", "status")
SCREENSHOT_QUALITY = 80  # Qt's PNG quality: zlib level 1, half the time of level 8 for files ~10 % larger


def prepare(data_dir: Path) -> dict:
    """A fresh store with the demo district and every application state (kiosk.demo.tour)."""
    from kiosk.demo.tour import prepare_district

    return prepare_district(data_dir, TOUR_PIN, TOUR_HOUSEHOLDS)


def _idle(kiosk) -> bool:  # noqa: ANN001
    worker = kiosk.ctx.worker
    screens = kiosk.window.nav.screens.values()
    return (kiosk.ctx.background.busy == 0 and (worker is None or worker.busy == 0)
            and not any(screen.drawing for screen in screens))


def settle(kiosk, timeout_s: float = 20.0) -> None:  # noqa: ANN001
    """Let background jobs finish and their results reach the screen."""
    app = QCoreApplication.instance()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        app.processEvents()
        if _idle(kiosk):
            for _ in range(3):
                app.processEvents()
            if _idle(kiosk):
                return
        time.sleep(0.005)


def unlock_and_wait(kiosk, pin: str, timeout_s: float = 60.0) -> bool:  # noqa: ANN001
    """Unlock as the PIN screen does (the store opens on the db lane) and wait until it has."""
    kiosk.unlock(pin)
    deadline = time.monotonic() + timeout_s
    while kiosk.window.nav.locked and time.monotonic() < deadline:
        settle(kiosk, 1)
    return not kiosk.window.nav.locked


def params_for(name: str, fixtures: dict) -> dict:
    return {"household": {"household_no": fixtures["household_no"]}, "wizard": {"application_id": fixtures["draft"]},
            "consent": {"application_id": fixtures["draft"]}, "attachments": {"application_id": fixtures["draft"]},
            "review": {"application_id": fixtures["draft"]}, "receipt": {"application_id": fixtures["submitted"]},
            "conflict": {"household_no": fixtures["conflict"]},
            "subscribe": {"application_id": fixtures["submitted"]}}.get(name, {})


def tour(kiosk, fixtures: dict, out: Path | None, combos: list[tuple[str, int, str]],  # noqa: ANN001
         shown: set[str] | None = None, lowest: dict | None = None, audited: list[str] | None = None) -> list[dict]:
    """Findings of every screen and state in every combination; `shown` gets their names, `lowest`
    the lowest contrast measured per theme (text, disabled text, boundaries) and where, `audited`
    the name of each audit (its PNG's, in `out`)."""
    from ui import i18n
    from ui.tour_states import left_over, states

    findings: list[dict] = []
    nav, ctx = kiosk.window.nav, kiosk.ctx
    kiosk.idle.disarm()  # a long tour is not an idle officer
    extra = states(kiosk, fixtures, settle)
    for lang, scale, theme_name in combos:
        ctx.languages.set_language(lang)
        ctx.prefs.set("scale", scale)
        ctx.prefs.set("theme", theme_name)
        kiosk.apply_display()
        seen: set[tuple[str, str]] = set()
        for mode, screens in (("officer", OFFICER_SCREENS), ("kiosk", KIOSK_SCREENS)):
            ctx.mode = mode
            kiosk.window.retranslate()  # the app starts in one mode; its chrome follows the mode shown
            for name in screens:
                if name == "unlock":
                    nav.stack.setCurrentWidget(nav.screen("unlock").parentWidget().parentWidget())
                else:
                    nav.go(name, **params_for(name, fixtures))
                settle(kiosk)
                where = {"screen": name, "lang": lang, "scale": scale, "theme": theme_name}
                findings += audit_and_shoot(kiosk.window, where, out, lowest, audited)
                seen |= {(name, t) for t in visible_texts(kiosk.window)}
                if shown is not None:
                    shown.add(name)
        ctx.mode = "officer"
        kiosk.window.retranslate()
        findings += _popup(kiosk, {"screen": "language-list", "lang": lang, "scale": scale, "theme": theme_name},
                           out, shown, lowest, audited)
        for name, mode, show in extra:  # every page kind, every error, the helper's results, the hand-over
            ctx.mode = mode
            kiosk.window.retranslate()
            show()
            settle(kiosk)
            where = {"screen": name, "lang": lang, "scale": scale, "theme": theme_name}
            texts = visible_texts(kiosk.window)
            findings += audit_and_shoot(kiosk.window, where, out, lowest, audited)
            if name == "hand-over":
                findings += left_over(kiosk, fixtures, texts, where)
            seen |= {(name, t) for t in texts}
            if shown is not None:
                shown.add(name)
        if lang != "en":
            for context, source in sorted(i18n.unfinished(lang)):
                plain = source.replace("&", "").split("%1")[0].strip()
                shown_in = sorted({screen for screen, text in seen if plain and plain in text})
                if shown_in or source == "*":
                    findings.append({"screen": ",".join(shown_in) or "*", "lang": lang, "scale": scale,
                                     "theme": theme_name, "kind": "untranslated", "widget": context,
                                     "name": source[:60], "detail": "shown without a translation"})
    ctx.mode = "officer"
    kiosk.window.retranslate()
    ctx.languages.set_language(i18n.LANGUAGES[0])
    return findings


def shot_name(where: dict) -> str:
    return f"{where['screen']}-{where['lang']}-{where['scale']}-{where['theme']}"


def audit_and_shoot(window, where: dict, out: Path | None, lowest: dict | None,  # noqa: ANN001
                    audited: list[str] | None = None) -> list[dict]:
    """The audit's findings on `window`, and its screenshot in `out`: one rendering serves both, so
    the PNG shows exactly the pixels whose contrast was measured."""
    from PySide6.QtGui import QImage

    from ui.audit import audit

    shot = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)  # opaque: a PNG without alpha,
    findings = audit(window, where, lowest, shot)  # 17 instead of 21 ms to write and 10 % smaller
    if audited is not None:
        audited.append(shot_name(where))
    if out is not None:
        shot.save(str(out / f"{shot_name(where)}.png"), "PNG", SCREENSHOT_QUALITY)
    return findings


def _popup(kiosk, where: dict, out: Path | None, shown: set[str] | None, lowest: dict | None,  # noqa: ANN001
           audited: list[str] | None) -> list[dict]:
    """The language drop-down opened: its list is a window of its own, audited and shot like a screen."""
    combo = kiosk.window.language
    combo.showPopup()
    settle(kiosk)
    findings = audit_and_shoot(combo.view().window(), where, out, lowest, audited)
    if shown is not None:
        shown.add(where["screen"])
    combo.hidePopup()
    settle(kiosk)
    return findings


def visible_texts(window) -> set[str]:  # noqa: ANN001
    from PySide6.QtWidgets import QWidget

    texts = set()
    for w in window.findChildren(QWidget):
        if w.isVisible():
            for text in (getattr(w, "text", lambda: "")(), w.accessibleName(), w.windowTitle()):
                if isinstance(text, str) and text:
                    texts.add(text.replace("&", ""))
    return texts


def all_combos(languages: list[str] | None = None, scales: list[int] | None = None) -> list[tuple[str, int, str]]:
    """Every language and text size, plus high contrast in zh-TW at 100 and 200 %; or only the
    languages and sizes asked for (with high contrast when zh-TW is among them)."""
    from ui import i18n, theme

    combos = [(lang, scale, "normal") for lang in languages or i18n.LANGUAGES for scale in scales or theme.TEXT_SCALES]
    if "zh-TW" in (languages or ["zh-TW"]):
        combos += [("zh-TW", scale, "high_contrast") for scale in (scales or (100, 200))]
    return combos


def self_test(out: Path | None, data_dir: Path | None, combos: list | None = None, pngs: bool = True) -> int:
    """The tour; with `out`, its audit.json there, and a PNG of each audited screen unless not `pngs`."""
    from ui.app import KioskApp, qt_application

    started = time.perf_counter()
    temp = None
    if data_dir is None:
        temp = tempfile.TemporaryDirectory(prefix="kiosk-tour-")
        data_dir = Path(temp.name)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
    fixtures = prepare(data_dir)
    qt_application()
    kiosk = KioskApp(data_dir=data_dir, mode="officer", lang="zh-TW", crash_dialog=False, kiosk_fullscreen=False)
    kiosk.ctx.prefs._settings = None  # noqa: SLF001 - the tour neither reads nor changes the user's preferences
    if not unlock_and_wait(kiosk, TOUR_PIN):
        print("self-test: the store did not unlock", file=sys.stderr)
        return 2
    shown: set[str] = set()
    lowest: dict = {}
    audited: list[str] = []
    findings = tour(kiosk, fixtures, out if pngs else None, combos or all_combos(), shown, lowest, audited)
    report = {"findings": findings, "screens": len(shown), "lowest_contrast": lowest,
              "combinations": len(combos or all_combos()), "audited": audited,
              "seconds": round(time.perf_counter() - started, 1)}
    if out is not None:
        (out / "audit.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    kiosk.lock()
    settle(kiosk)
    kiosk.ctx.speaker.shutdown()
    kiosk.window.close()
    if temp is not None:
        temp.cleanup()
    kinds: dict[str, int] = {}
    for f in findings:
        kinds[f["kind"]] = kinds.get(f["kind"], 0) + 1
    print(f"self-test: {report['screens']} screens × {report['combinations']} combinations, "
          f"{len(findings)} finding(s) {kinds or ''} in {report['seconds']} s")
    return 1 if findings else 0
