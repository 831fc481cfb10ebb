"""The relay's running figures, kept where the web app's /metrics can read them.

Each relay node counts in memory what it checks (by verdict; by verdict and finding category; failed
checks; check latency as histogram buckets) and adds the increments to the shared store's
relay_figures table every FLUSH_INTERVAL seconds and when it stops, one row per (node, figure,
labels), in one transaction. With several relay nodes on one PostgreSQL store every web node then
serves every relay's figures, per node, and a restarted relay carries on counting from where its row
was (the counters only grow, as Prometheus expects). A node killed with -9 loses at most the last
interval's increments. Nothing here names a sender, a recipient or a message.
"""

from __future__ import annotations

import json
import logging
import threading
import time

FLUSH_INTERVAL = 5.0
# Check latency buckets (seconds): the web app's API histogram uses the same.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
log = logging.getLogger("bedside.figures")


def labels_key(**labels: str) -> str:
    return json.dumps(labels, sort_keys=True)


class RelayFigures:
    """Counters of one relay node; `record()` is called on the event loop, `flush()` from a thread."""

    def __init__(self, queue, node: str | None = None, interval: float = FLUSH_INTERVAL):
        self.queue = queue
        self.node = node or getattr(queue, "node", "") or "relay"
        self.interval = interval
        self._pending: dict[tuple[str, str], float] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _add(self, name: str, labels: str, amount: float = 1) -> None:
        key = (name, labels)
        self._pending[key] = self._pending.get(key, 0) + amount

    def checked(self, verdict: str, categories, seconds: float) -> None:
        """One message checked: its verdict, the categories of its findings, how long the check took."""
        with self._lock:
            self._add("checked", labels_key(verdict=verdict))
            # A message counts once for each category it has findings in ('none' when it has none).
            for category in sorted(set(categories)) or ["none"]:
                self._add("checked_category", labels_key(verdict=verdict, category=category))
            bucket = next((str(b) for b in LATENCY_BUCKETS if seconds <= b), "+Inf")
            self._add("check_seconds_bucket", labels_key(le=bucket))  # per bucket; made cumulative when read
            self._add("check_seconds_sum", "{}", seconds)
            self._add("check_seconds_count", "{}")
        self._ensure_started()

    def check_failed(self) -> None:
        with self._lock:
            self._add("check_failed", "{}")
        self._ensure_started()

    def flush(self) -> None:
        """Add what was counted since the last flush to the store (plus a heartbeat row, so a node's
        last flush time shows). On a store error the increments are kept for the next try."""
        with self._lock:
            pending, self._pending = self._pending, {}
        pending[("flushed", "{}")] = pending.get(("flushed", "{}"), 0) + 1
        try:
            self.queue.add_figures(self.node, pending)
        except Exception:  # noqa: BLE001 - the database is away: counted again next time, never lost meanwhile
            log.warning("relay figures not stored this time (the store is unavailable); kept for the next try")
            with self._lock:
                for key, value in pending.items():
                    self._pending[key] = self._pending.get(key, 0) + value

    def _ensure_started(self) -> None:
        if self._thread is None and not self._stop.is_set():
            self._thread = threading.Thread(target=self._run, name="bedside-figures", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.flush()

    def stop(self) -> None:
        """At shutdown: stop the timer and store what is left."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(self.interval + 10)
        with self._lock:
            left = bool(self._pending)
        if left or self._thread is not None:
            self.flush()


def read_figures(rows) -> dict[str, dict]:
    """Rows from store.figures() as {node: {"updated": t, "checked": {labels: n}, ...}}."""
    nodes: dict[str, dict] = {}
    for node, name, labels, value, updated in rows:
        entry = nodes.setdefault(node, {"updated": 0.0})
        entry["updated"] = max(entry["updated"], updated)
        entry.setdefault(name, {})[labels] = value
    return nodes
