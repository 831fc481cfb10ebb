"""Whether a client address is in the configured networks: one function for the relay (allowed
clients, XFORWARD) and the web app (trusted proxies, /metrics), cached per address."""

import ipaddress

import pytest

from bedside.proxy.settings import _in_networks

NETS = tuple(ipaddress.ip_network(n) for n in ("127.0.0.0/8", "::1/128", "fe80::/10", "10.20.0.0/16"))


@pytest.mark.parametrize("ip, inside", [
    ("127.0.0.1", True),
    ("::1", True),
    ("::ffff:127.0.0.1", True),   # a dual-stack listener's IPv4 client
    ("fe80::1%eth0", True),       # a link-local address with its zone id
    ("10.20.3.4", True),
    ("10.21.0.1", False),
    ("192.0.2.7", False),
    ("not an address", False),
    ("", False),
])
def test_membership(ip, inside):
    assert _in_networks(ip, NETS) is inside


def test_it_is_cached_per_address():
    _in_networks.cache_clear()
    _in_networks("10.20.3.4", NETS)
    _in_networks("10.20.3.4", NETS)
    assert _in_networks.cache_info().hits >= 1
