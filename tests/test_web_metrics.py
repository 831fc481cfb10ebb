"""/metrics carries the relays' own figures (issue 18): real `bedside serve` nodes on loopback take
real SMTP, store their counters in the shared store every few seconds (proxy/holds/figures.py), and
a real `bedside web` serves them, per node, in Prometheus text format, parsed here with
prometheus_client's parser. And [web] metrics_allow restricts /metrics and /healthz, both ways."""

from __future__ import annotations

import smtplib
import time

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

import pg_harness
from relay_harness import Bedside, Sink
from test_web_harness import PATIENT, WebServer, make_message

CLEAN = "Hi Dr Jones,\n\nShall we meet at one to go through the timetable for next week?\n\nThanks,\nSam"


def send(port: int, raw: bytes) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as smtp:
        smtp.sendmail("student@exmail.nottingham.ac.uk", ["dr.jones@nottingham.ac.uk"], raw.replace(b"\n", b"\r\n"))


def scrape(url: str) -> dict:
    """{(metric sample name, frozenset(labels)): value}, from a strict parse of the page."""
    answer = httpx.get(url + "/metrics", timeout=30)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/plain; version=0.0.4")
    samples = {}
    for family in text_string_to_metric_families(answer.text):
        for s in family.samples:
            key = (s.name, frozenset(s.labels.items()))
            assert key not in samples, f"sample twice: {key}"
            samples[key] = s.value
    return samples


def value(samples: dict, name: str, **labels) -> float | None:
    return samples.get((name, frozenset(labels.items())))


def wait_for(url: str, name: str, want: float, timeout: float = 30, **labels) -> dict:
    """Scrape until the figure reaches `want` (relays store theirs every few seconds)."""
    deadline = time.monotonic() + timeout
    while True:
        samples = scrape(url)
        if value(samples, name, **labels) == want or time.monotonic() > deadline:
            return samples
        time.sleep(0.5)


def check_histogram(samples: dict, node: str, count: int) -> None:
    buckets = sorted(((float(dict(k[1])["le"]), v) for k, v in samples.items()
                      if k[0] == "bedside_relay_check_seconds_bucket" and dict(k[1])["node"] == node))
    assert buckets and buckets[-1] == (float("inf"), count), buckets
    assert all(a[1] <= b[1] for a, b in zip(buckets, buckets[1:])), "buckets are cumulative"
    assert value(samples, "bedside_relay_check_seconds_count", node=node) == count
    assert 0 < value(samples, "bedside_relay_check_seconds_sum", node=node) < 60 * count


def test_two_relay_nodes_on_postgresql_figures_in_metrics(tmp_path):
    url = pg_harness.cluster().fresh_db()
    with Sink() as sink:
        nodes = []
        for name in ("relay1", "relay2"):
            (tmp_path / name).mkdir()
            nodes.append(Bedside(tmp_path / name, sink.port, store={"url": url, "node": name}).start())
        (tmp_path / "web").mkdir()
        web = WebServer(tmp_path / "web", store={"url": url, "node": "web1"}).start()
        try:
            one, two = nodes
            for raw in (make_message("Timetable", CLEAN), make_message("Timetable 2", CLEAN),
                        make_message("Bloods", PATIENT)):
                send(one.port, raw)
            send(two.port, make_message("Bloods again", PATIENT))
            samples = wait_for(web.url, "bedside_relay_checked_total", 2, node="relay1", verdict="deliver")
            samples = wait_for(web.url, "bedside_relay_checked_total", 1, node="relay2", verdict="hold")
            assert value(samples, "bedside_relay_checked_total", node="relay1", verdict="deliver") == 2
            assert value(samples, "bedside_relay_checked_total", node="relay1", verdict="hold") == 1
            assert value(samples, "bedside_relay_checked_total", node="relay2", verdict="deliver") is None
            assert value(samples, "bedside_relay_checked_category_total", node="relay1", verdict="hold",
                         category="patient") == 1
            assert value(samples, "bedside_relay_checked_category_total", node="relay1", verdict="deliver",
                         category="none") == 2
            assert value(samples, "bedside_relay_checked_category_total", node="relay2", verdict="hold",
                         category="patient") == 1
            assert value(samples, "bedside_relay_check_failed_total", node="relay1") == 0
            check_histogram(samples, "relay1", 3)
            check_histogram(samples, "relay2", 1)
            assert time.time() - value(samples, "bedside_relay_figures_updated_seconds", node="relay2") < 60
            # The queue's own figures still count both nodes' holds.
            assert value(samples, "bedside_queue_waiting") == 2
            # A relay stopped and started again carries on counting from its stored figures.
            assert one.stop() == 0
            one.start()
            send(one.port, make_message("Timetable 3", CLEAN))
            samples = wait_for(web.url, "bedside_relay_checked_total", 3, node="relay1", verdict="deliver")
            assert value(samples, "bedside_relay_checked_total", node="relay1", verdict="deliver") == 3
            check_histogram(samples, "relay1", 4)
            delivered = [raw for _, _, raw in sink.wait_for(5) if b"X-Bedside-Verdict: deliver" in raw]
            assert len(delivered) == 3  # (the other two: the held messages' notices to the sender)
        finally:
            web.stop()
            for node in nodes:
                node.stop()


def test_one_sqlite_node_figures_stored_at_stop(tmp_path):
    """One node on its SQLite file: what it counted is in the store once it has stopped (the last
    flush at shutdown), and the web app over the same file serves it."""
    with Sink() as sink:
        relay = Bedside(tmp_path, sink.port).start()
        try:
            send(relay.port, make_message("Bloods", PATIENT))
            send(relay.port, make_message("Timetable", CLEAN))
        finally:
            assert relay.stop() == 0
        assert any(b"X-Bedside-Verdict: deliver" in raw for _, _, raw in sink.wait_for(1))
    web = WebServer(tmp_path).start()  # the same data_dir (tmp_path/var), the same hold.sqlite3
    try:
        samples = scrape(web.url)
        nodes = {dict(k[1])["node"] for k in samples if k[0] == "bedside_relay_checked_total"}
        assert len(nodes) == 1
        node = nodes.pop()
        assert value(samples, "bedside_relay_checked_total", node=node, verdict="hold") == 1
        assert value(samples, "bedside_relay_checked_total", node=node, verdict="deliver") == 1
        check_histogram(samples, node, 2)
    finally:
        web.stop()


def test_metrics_allow_restricts_metrics_and_healthz(tmp_path):
    for name in ("open", "closed", "proxied"):
        (tmp_path / name).mkdir()
    opened = WebServer(tmp_path / "open", metrics_allow=["127.0.0.1/32", "::1/128"]).start()
    closed = WebServer(tmp_path / "closed", metrics_allow=["192.0.2.0/24"]).start()
    proxied = WebServer(tmp_path / "proxied", metrics_allow=["192.0.2.7/32"], trusted_proxies=["127.0.0.1/32"]).start()
    try:
        for path in ("/metrics", "/healthz"):
            assert httpx.get(opened.url + path).status_code == 200
            refused = httpx.get(closed.url + path)
            assert refused.status_code == 403 and "metrics_allow" in refused.text and "bedside_" not in refused.text
            # Behind the trusted proxy, the address it forwards is the one that counts.
            assert httpx.get(proxied.url + path, headers={"X-Forwarded-For": "192.0.2.7"}).status_code == 200
            assert httpx.get(proxied.url + path, headers={"X-Forwarded-For": "198.51.100.1"}).status_code == 403
            assert httpx.get(proxied.url + path).status_code == 403  # the proxy's own address is not listed
        assert httpx.get(closed.url + "/login").status_code == 200  # the rest of the app is not affected
        assert "bedside_queue_waiting" in httpx.get(opened.url + "/metrics").text
    finally:
        for server in (opened, closed, proxied):
            server.stop()


def test_metrics_allow_must_be_networks(tmp_path):
    server = WebServer(tmp_path, metrics_allow=["not-an-address"])
    done = server.cli("web", "--listen", "127.0.0.1:1")
    assert done.returncode == 2 and "web.metrics_allow" in done.stderr and "Traceback" not in done.stderr
