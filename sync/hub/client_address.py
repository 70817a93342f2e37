"""Which address a request came from, for per-address limits. The socket peer, unless that peer is a
proxy the operator named (`kiosk-hub serve --trusted-proxy`): then the hop that proxy added, the last
X-Forwarded-For entry. Entries further left were written by the client and prove nothing.
An IPv6 client counts by its /64: one line or host gets a whole /64 and picks any address in it."""

from __future__ import annotations

import ipaddress
from collections.abc import Collection, Mapping


def client_address(peer: str, headers: Mapping[str, str], trusted_proxies: Collection[str]) -> str:
    """The key of the client's per-address limits: its IPv4 address, or its IPv6 address's /64."""
    if peer not in trusted_proxies:
        return limit_key(peer)
    hops = [hop.strip() for hop in headers.get("x-forwarded-for", "").split(",") if hop.strip()]
    return limit_key(hops[-1] if hops else peer)


def limit_key(address: str) -> str:
    try:
        parsed = ipaddress.ip_address(address.split("%", 1)[0])  # a zone (fe80::1%eth0) names no other host
    except ValueError:
        return address  # not an address (a test client's name): as it is
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.IPv6Network((parsed, 64), strict=False))
    return str(parsed)
