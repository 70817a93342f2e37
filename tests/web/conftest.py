"""Debian's Chromium driven by Selenium against a live hub on loopback, with the vendored axe-core
(tests/web/vendor/axe-core) run on each page state."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

import pytest

AXE_VERSION = "4.14.1"
AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AAA_CONTRAST = "color-contrast-enhanced"
RUN_AXE = """
const done = arguments[arguments.length - 1];
const brief = (list) => list.map((r) => ({id: r.id, impact: r.impact, help: r.help,
                                          nodes: r.nodes.map((n) => n.target.join(' ') + ': ' + n.failureSummary)}));
// one run: the A/AA tags, and the AAA contrast rule switched on by name on top of them
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, rules: {[arguments[1]]: {enabled: true}},
                   resultTypes: ['violations', 'incomplete']})
  .then((r) => done({version: axe.version, passes: r.passes.length, violations: brief(r.violations),
                     incomplete: brief(r.incomplete),
                     ran: [...r.passes, ...r.violations, ...r.incomplete, ...r.inapplicable].map((x) => x.id)}))
  .catch((error) => done({error: String(error)}));
"""


def chromium_paths() -> tuple[str, str]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not (browser and driver):
        raise RuntimeError("chromium and chromium-driver are missing: run scripts/system-deps.sh")
    return browser, driver


@pytest.fixture(scope="module")  # one file uses it, run whole by one test process first: not kept all run
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary, driver = chromium_paths()
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    # BackForwardCache, RenderDocument off: each navigation then reuses its document's frame instead of
    # making and swapping a new one. 92 -> 66 ms of CPU a page load; the tests' 43 -> 37 s (alternating)
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1024,900", "--disable-extensions", "--no-first-run",
                     "--disable-features=BackForwardCache,RenderDocument"):
        options.add_argument(argument)
    chrome = webdriver.Chrome(options=options, service=Service(executable_path=driver))
    # axe sent to the browser once and put in every page it opens (as DevTools does, past the pages'
    # CSP): re-sending its 650 kB on each page state took as long as running it
    chrome.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": axe_source()})
    chrome.set_page_load_timeout(60)
    chrome.set_script_timeout(120)
    yield chrome
    chrome.quit()


@functools.cache
def axe_source() -> str:
    return AXE.read_text(encoding="utf-8")


def axe_findings(driver) -> dict:
    """axe-core's violations and incomplete checks on the page now shown: WCAG 2.2 A/AA and AAA contrast."""
    if not driver.execute_script("return typeof axe !== 'undefined'"):
        driver.execute_script(axe_source())  # a browser the fixture did not start
    result = driver.execute_async_script(RUN_AXE, WCAG_AA, AAA_CONTRAST)
    assert "error" not in result, result
    assert result["version"] == AXE_VERSION and result["passes"] > 0
    assert AAA_CONTRAST in result["ran"] and "color-contrast" in result["ran"], result["ran"]
    return result


# Each distinct character of the page drawn on a canvas in the page's own font stack, compared
# with the box drawn for code points no font has (U+0378 is unassigned, U+10FFFD private): the
# same pixels mean the browser had no glyph for it and showed a box ("tofu").
FIND_TOFU = """
const chars = [...new Set([...(arguments[0] || document.body.innerText)].filter((c) => c.trim()))];
const family = getComputedStyle(document.body).fontFamily;
const canvas = document.createElement('canvas');
canvas.width = canvas.height = 48;
const pen = canvas.getContext('2d', {willReadFrequently: true});
const drawn = (c) => {
  pen.clearRect(0, 0, 48, 48);
  pen.font = '32px ' + family;
  pen.textBaseline = 'top';
  pen.fillText(c, 4, 4);
  return pen.getImageData(0, 0, 48, 48).data.join(',') + '|' + pen.measureText(c).width;
};
const boxes = new Set([drawn('\\u0378'), drawn('\\u{10FFFD}')]);
return chars.filter((c) => boxes.has(drawn(c)));
"""


def missing_glyphs(driver, text: str | None = None) -> list[str]:
    """The characters of `text` (default: the page's visible text) the browser has no font for."""
    return driver.execute_script(FIND_TOFU, text)
