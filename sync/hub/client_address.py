"""Which address a request came from, for per-address limits. The socket peer, unless that peer is a
proxy the operator named (`kiosk-hub serve --trusted-proxy`): then the hop that proxy added, the last
X-Forwarded-For entry. Entries further left were written by the client and prove nothing."""

from __future__ import annotations

from collections.abc import Collection, Mapping


def client_address(peer: str, headers: Mapping[str, str], trusted_proxies: Collection[str]) -> str:
    if peer not in trusted_proxies:
        return peer
    hops = [hop.strip() for hop in headers.get("x-forwarded-for", "").split(",") if hop.strip()]
    return hops[-1] if hops else peer
