"""What every citizen address under /s/ shares on a live hub, beyond the status page's own tests:
redirects that never echo the Host header, HTML error pages in the reader's language (a citizen
never sees problem+json), and HEAD."""

from __future__ import annotations

import requests

from kiosk.i18n import tr



def test_slash_redirects_are_relative_whatever_the_host_header(hub):
    for path, expected in (("/s", "/s/"), ("/s?lang=vi", "/s/?lang=vi"),
                           ("/s/unsubscribe/some-token/", "/s/unsubscribe/some-token")):
        answer = requests.get(hub.url + path, headers={"Host": "evil.example"}, allow_redirects=False, timeout=10)
        assert answer.status_code in (307, 308), (path, answer.status_code)
        assert answer.headers["Location"] == expected
    assert requests.get(hub.url + "/s", timeout=10).url == hub.url + "/s/"  # a browser still lands on the page


def test_errors_under_s_are_html_pages_in_the_readers_language(hub):
    cases = (("GET", "/s/no-such-page", {}, 404, "not_found"),
             ("DELETE", "/s/", {}, 405, "method"),
             ("POST", "/s/", {"data": b"tracking=" + b"A" * 20_000}, 413, "too_large"),
             ("PUT", "/s/unsubscribe/some-token", {}, 405, "method"))
    for method, path, extra, status, kind in cases:
        answer = requests.request(method, hub.url + path, headers={"Accept-Language": "vi"}, timeout=10, **extra)
        assert answer.status_code == status, (method, path)
        assert answer.headers["Content-Type"].startswith("text/html"), (method, path)
        assert tr(f"web.error.{kind}_title", "vi") in answer.text and '<html lang="vi"' in answer.text
        assert answer.headers["X-Content-Type-Options"] == "nosniff" and "frame-ancestors 'none'" in \
            answer.headers["Content-Security-Policy"]
    assert "GET" in requests.delete(hub.url + "/s/", timeout=10).headers["Allow"]
    device_side = requests.get(hub.url + "/v1/no-such-route", timeout=10)  # the protocol keeps its problems
    assert device_side.status_code == 404 and device_side.headers["Content-Type"].startswith("application/problem+json")


def test_a_body_that_grows_past_the_limit_unannounced_is_an_html_page_too(hub):
    def chunks():
        for _ in range(40):
            yield b"A" * 1024

    answer = requests.post(hub.url + "/s/", data=chunks(), headers={"Accept-Language": "th"}, timeout=10)
    assert answer.status_code == 413 and tr("web.error.too_large_title", "th") in answer.text


def test_head_answers_the_citizen_pages(hub):
    for path in ("/s/", "/s/static/kiosk.css"):
        answer = requests.head(hub.url + path, timeout=10)
        assert answer.status_code == 200 and answer.text == "", path
    assert requests.head(hub.url + "/s/?t=7KQ2M9XD3", timeout=10).headers["Cache-Control"] == "no-store"
