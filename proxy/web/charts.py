"""The policy owners' dashboard: held, released, rejected and reported-as-false-positive messages
per rule and per week, drawn as server-side SVG (no script, nothing fetched)."""

from __future__ import annotations

import time

from markupsafe import Markup, escape

from bedside.proxy.web.queue import outcomes
from bedside.proxy.web.render import week_of

SERIES = (("held", "#8a6d00"), ("released", "#2e7d32"), ("rejected", "#b71c1c"), ("false-positive", "#4a148c"))


def figures(queue, store, weeks: int = 8, now: float | None = None) -> tuple[list[str], dict[str, dict]]:
    """(the last `weeks` ISO weeks, {rule: {series: {week: count}, 'total': {...}}})."""
    now = now or time.time()
    week_list = sorted({week_of(now - 7 * 86400 * i) for i in range(weeks)})
    shown = set(week_list)
    table: dict[str, dict] = {}
    days: dict[int, str] = {}

    def week(ts: float) -> str:  # 10,000 messages fall on few days: one conversion a day
        day = int(ts // 86400)
        if day not in days:
            days[day] = week_of(day * 86400)
        return days[day]

    def add(rule: str, series: str, ts: float | None, n: int = 1) -> None:
        entry = table.get(rule)
        if entry is None:
            entry = table[rule] = {s: {} for s, _ in SERIES} | {"total": {s: 0 for s, _ in SERIES}}
        entry["total"][series] += n
        if ts is not None:
            w = week(ts)
            if w in shown:
                entry[series][w] = entry[series].get(w, 0) + n

    for received, decided_at, status, rules, n in outcomes(queue):
        for rule in rules:
            add(rule, "held", received, n)
            if status in ("released", "rejected"):
                add(rule, status, decided_at, n)
    for rule, created in store.reports():
        if rule:
            add(rule, "false-positive", created)
    return week_list, dict(sorted(table.items()))


def release_rate(entry: dict) -> float | None:
    decided = entry["total"]["released"] + entry["total"]["rejected"]
    return entry["total"]["released"] / decided if decided else None


def bar_chart(rule: str, entry: dict, weeks: list[str], width: int = 520, height: int = 160) -> Markup:
    left, bottom, top = 30, 28, 10
    plot_w, plot_h = width - left - 6, height - bottom - top
    peak = max([1] + [entry[s].get(w, 0) for s, _ in SERIES for w in weeks])
    group = plot_w / max(1, len(weeks))
    bar = max(2.0, (group - 6) / len(SERIES))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(rule)} per week">',
             f'<title>{escape(rule)}: held, released, rejected, false-positive reports per week</title>',
             f'<line x1="{left}" y1="{top + plot_h}" x2="{width - 4}" y2="{top + plot_h}" stroke="#555"/>',
             f'<text x="{left - 4}" y="{top + 8}" text-anchor="end" font-size="10">{peak}</text>',
             f'<text x="{left - 4}" y="{top + plot_h}" text-anchor="end" font-size="10">0</text>']
    for i, week in enumerate(weeks):
        x0 = left + i * group + 3
        for j, (series, colour) in enumerate(SERIES):
            n = entry[series].get(week, 0)
            h = plot_h * n / peak
            parts.append(f'<rect x="{x0 + j * bar:.1f}" y="{top + plot_h - h:.1f}" width="{bar - 1:.1f}" '
                         f'height="{h:.1f}" fill="{colour}"><title>{escape(week)} {series}: {n}</title></rect>')
        parts.append(f'<text x="{x0 + group / 2 - 3:.1f}" y="{height - 10}" text-anchor="middle" '
                     f'font-size="9">{escape(week[5:])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def legend() -> Markup:
    items = "".join(f'<rect x="{i * 120}" y="2" width="10" height="10" fill="{c}"/>'
                    f'<text x="{i * 120 + 14}" y="11" font-size="11">{s}</text>' for i, (s, c) in enumerate(SERIES))
    return Markup(f'<svg xmlns="http://www.w3.org/2000/svg" width="480" height="16" role="img" '
                  f'aria-label="legend">{items}</svg>')
