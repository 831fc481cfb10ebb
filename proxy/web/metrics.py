"""/metrics in Prometheus text format. Checks made through the API are counted as they happen;
the hold queue's figures (held, released, rejected, withdrawn by category; queue size) are read
from the queue the relay writes, at each scrape, so they include the relay's holds."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, disable_created_metrics, generate_latest
from prometheus_client.core import GaugeMetricFamily

from bedside.proxy.web.queue import STATUSES, outcomes, queue_state, rule_categories

disable_created_metrics()  # no *_created series: they double the output and nobody graphs them
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)


class QueueCollector:
    def __init__(self, queue, store):
        self.queue = queue
        self.store = store

    def collect(self):
        categories = rule_categories()
        size = GaugeMetricFamily("bedside_queue_waiting", "Held messages waiting for a decision")
        state = queue_state(self.queue)
        size.add_metric([], state["held"])
        yield size
        by = GaugeMetricFamily("bedside_queue_messages", "Messages in the hold queue by status and category "
                               "(a message counts once for each category it has findings in)",
                               labels=["status", "category"])
        counts: dict[tuple[str, str], int] = {}
        for _, _, status, rules, n in outcomes(self.queue):
            for category in {categories.get(r, "unchecked") for r in rules} or {"unchecked"}:
                counts[(status, category)] = counts.get((status, category), 0) + n
        for status in STATUSES:
            for category in sorted({c for s, c in counts if s == status}):
                by.add_metric([status, category], counts[(status, category)])
        yield by
        fp = GaugeMetricFamily("bedside_false_positive_reports", "Senders' false-positive reports by rule",
                               labels=["rule"])
        per_rule: dict[str, int] = {}
        for rule, _ in self.store.reports():
            per_rule[rule] = per_rule.get(rule, 0) + 1
        for rule, n in sorted(per_rule.items()):
            fp.add_metric([rule], n)
        yield fp
        notices = GaugeMetricFamily("bedside_notices_waiting", "bedside's own emails waiting for the smarthost")
        notices.add_metric([], state["notices_waiting"])
        yield notices


class Metrics:
    def __init__(self, queue, store):
        self.registry = CollectorRegistry(auto_describe=False)
        self.checked = Counter("bedside_checked", "Messages checked through the API, by verdict",
                               ["verdict"], registry=self.registry)
        self.latency = Histogram("bedside_check_seconds", "Time to check one message through the API",
                                 buckets=LATENCY_BUCKETS, registry=self.registry)
        self.actions = Counter("bedside_web_actions", "Reviewer and sender actions taken in the web app",
                               ["action"], registry=self.registry)
        self.registry.register(QueueCollector(queue, store))

    def text(self) -> bytes:
        return generate_latest(self.registry)
