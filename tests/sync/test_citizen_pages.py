"""What every citizen address under /s/ shares on a live hub, beyond the status page's own tests:
redirects that never echo the Host header, HTML error pages in the reader's language (a citizen
never sees problem+json), and HEAD."""

from __future__ import annotations

import requests



def test_slash_redirects_are_relative_whatever_the_host_header(hub):
    for path, expected in (("/s", "/s/"), ("/s?lang=vi", "/s/?lang=vi"),
                           ("/s/unsubscribe/some-token/", "/s/unsubscribe/some-token")):
        answer = requests.get(hub.url + path, headers={"Host": "evil.example"}, allow_redirects=False, timeout=10)
        assert answer.status_code in (307, 308), (path, answer.status_code)
        assert answer.headers["Location"] == expected
    assert requests.get(hub.url + "/s", timeout=10).url == hub.url + "/s/"  # a browser still lands on the page
