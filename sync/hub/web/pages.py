"""What every citizen page shares: the reader's language, larger text and high contrast (chosen by
links, kept in cookies: no JavaScript), one Jinja2 environment over `templates/` with the core
message catalogues, and headers that keep the pages private (no caching, no referrer, no scripts).

A page extends `base.html` (blocks `title` and `main`) and is rendered with `render`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from fastapi import Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, select_autoescape

from kiosk.i18n import LANGUAGES, SOURCE_LANGUAGE, tr

HERE = Path(__file__).parent
PREFIX = "/s"
CSS_PATH = f"{PREFIX}/static/kiosk.css"
LANGUAGE_NAMES = {"zh-TW": "中文", "en": "English", "vi": "Tiếng Việt", "id": "Bahasa Indonesia", "th": "ไทย"}
SIZES = ("normal", "large")
CONTRASTS = ("normal", "high")
COOKIE_AGE_S = 365 * 24 * 3600
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}


@dataclass(frozen=True)
class Preferences:
    lang: str
    size: str
    contrast: str


def _accepted_language(header: str) -> str | None:
    for part in header.split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("zh"):
            return "zh-TW"
        for lang in LANGUAGES:
            if tag.split("-")[0] == lang:
                return lang
    return None


def preferences(request: Request, known_lang: str | None = None) -> Preferences:
    """A `lang` in the address wins, then the cookie, then a language the page knows the reader
    chose (a subscriber's), then the browser's languages, then zh-TW."""
    cookies, query = request.cookies, request.query_params
    lang = next((v for v in (query.get("lang"), cookies.get("lang"), known_lang) if v in LANGUAGES), None)
    lang = lang or _accepted_language(request.headers.get("accept-language", "")) or SOURCE_LANGUAGE
    size = cookies.get("size") or "normal"
    size = size if size in SIZES else "normal"
    contrast = cookies.get("contrast") or "normal"
    contrast = contrast if contrast in CONTRASTS else "normal"
    return Preferences(lang, size, contrast)


def local_path(target: str | None) -> str:
    """Where a preference link may send the reader back to: a path of these pages, nothing else."""
    parts = urlsplit(target or "")
    if parts.scheme or parts.netloc or not parts.path.startswith(PREFIX + "/") or "\\" in (target or ""):
        return PREFIX + "/"
    return parts.path + (f"?{parts.query}" if parts.query else "")


def preference_link(here: str, **choice: str) -> str:
    return f"{PREFIX}/prefs?" + urlencode({**choice, "next": here})


def remember(choice: dict[str, str | None], target: str | None) -> Response:
    """Store the chosen language, size or contrast and go back (303) to the page it was chosen on."""
    response = RedirectResponse(local_path(target), status_code=303, headers=HEADERS)
    allowed = {"lang": LANGUAGES, "size": SIZES, "contrast": CONTRASTS}
    for name, value in choice.items():
        if value in allowed.get(name, ()):
            response.set_cookie(name, value, max_age=COOKIE_AGE_S, path=PREFIX + "/", httponly=True, samesite="lax")
    return response


@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                       trim_blocks=True, lstrip_blocks=True)


def render(request: Request, template: str, here: str, status_code: int = 200,
           headers: dict[str, str] | None = None, known_lang: str | None = None, **context: object) -> HTMLResponse:
    """`template` for the reader's preferences; `here` is the address the preference links return to."""
    prefs = preferences(request, known_lang)
    lang = prefs.lang

    def t(key: str, **values: object) -> str:
        return tr(key, lang, **values)

    html = environment().get_template(template).render(
        t=t, lang=lang, prefs=prefs, languages=LANGUAGE_NAMES, css=CSS_PATH, here=here,
        link=lambda **choice: preference_link(here, **choice), **context)
    return HTMLResponse(html, status_code=status_code, headers={**HEADERS, **(headers or {})})


@lru_cache(maxsize=1)
def stylesheet() -> bytes:
    return (HERE / "static" / "kiosk.css").read_bytes()


def css_response() -> Response:
    return Response(stylesheet(), media_type="text/css", headers={"Cache-Control": "public, max-age=3600",
                                                                  "X-Content-Type-Options": "nosniff"})
