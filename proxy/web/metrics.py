"""/metrics in Prometheus text format. Checks made through the API are counted as they happen;
the hold queue's figures (held, released, rejected, withdrawn by category; queue size) are read
from the queue the relay writes, at each scrape, so they include the relay's holds; and every
relay node's own counters (messages checked by verdict and category, failed checks, check latency)
are read from the store's relay_figures table, which each relay adds to every few seconds
(proxy/holds/figures.py), labelled by node."""

from __future__ import annotations

import json

from prometheus_client import CollectorRegistry, Counter, Histogram, disable_created_metrics, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily

from bedside.proxy.holds.figures import LATENCY_BUCKETS, read_figures

from bedside.proxy.web.queue import STATUSES, outcomes, queue_state, rule_categories

disable_created_metrics()  # no *_created series: they double the output and nobody graphs them


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


class RelayCollector:
    """Every relay node's counters, as the relays last stored them."""

    def __init__(self, queue):
        self.queue = queue

    def collect(self):
        nodes = read_figures(self.queue.figures() if hasattr(self.queue, "figures") else [])
        checked = CounterMetricFamily("bedside_relay_checked", "Messages the relay checked, by verdict",
                                      labels=["node", "verdict"])
        by_category = CounterMetricFamily(
            "bedside_relay_checked_category", "Messages the relay checked, by verdict and finding category "
            "(a message counts once for each category it has findings in; 'none' without findings)",
            labels=["node", "verdict", "category"])
        failed = CounterMetricFamily("bedside_relay_check_failed", "Messages the relay could not check "
                                     "(held or tempfailed as [serve] on_check_failure says)", labels=["node"])
        latency = HistogramMetricFamily("bedside_relay_check_seconds", "Time the relay took to check one message "
                                        "(waiting for a worker included)", labels=["node"])
        updated = GaugeMetricFamily("bedside_relay_figures_updated_seconds", "When the relay last stored its "
                                    "figures (Unix time; every few seconds while it runs)", labels=["node"])
        for node, figures in sorted(nodes.items()):
            for labels, value in sorted(figures.get("checked", {}).items()):
                checked.add_metric([node, json.loads(labels).get("verdict", "")], value)
            for labels, value in sorted(figures.get("checked_category", {}).items()):
                key = json.loads(labels)
                by_category.add_metric([node, key.get("verdict", ""), key.get("category", "")], value)
            failed.add_metric([node], sum(figures.get("check_failed", {}).values()))
            per_bucket = {json.loads(k).get("le"): v for k, v in figures.get("check_seconds_bucket", {}).items()}
            running, buckets = 0.0, []
            for bound in [str(b) for b in LATENCY_BUCKETS] + ["+Inf"]:
                running += per_bucket.get(bound, 0)
                buckets.append((_le(bound), running))
            latency.add_metric([node], buckets, sum(figures.get("check_seconds_sum", {}).values()))
            updated.add_metric([node], figures["updated"])
        yield from (checked, by_category, failed, latency, updated)


def _le(bound: str) -> str:
    # Prometheus writes bucket bounds as floats: le="1.0", le="+Inf".
    return bound if bound == "+Inf" else repr(float(bound))


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
        self.registry.register(RelayCollector(queue))

    def text(self) -> bytes:
        return generate_latest(self.registry)
