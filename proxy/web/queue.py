"""Reading the hold queue for the web pages: a filtered, paged list with counts, and the figures
the dashboard and /metrics draw. On the SQLite store: read-only SQL over HoldQueue's own
connection and lock, with a covering index of its own. On any other store (PostgreSQL): the
store's own list(), filtered here. Every change still goes through the store and Review."""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone

from bedside.checks.registry import all_rules

from bedside.proxy.holds.store import HoldQueue, HeldMessage

STATUSES = ("held", "releasing", "released", "rejected", "withdrawn")
HEAD_BYTES = 65536  # enough of a message to read its Subject and Date for the list


@dataclass(frozen=True)
class Filters:
    status: str = "held"          # "" = any
    category: str = ""
    rule: str = ""
    sender: str = ""
    domain: str = ""              # recipient domain
    since: str = ""               # YYYY-MM-DD, inclusive
    until: str = ""               # YYYY-MM-DD, inclusive

    @classmethod
    def from_mapping(cls, data) -> "Filters":
        def clean(key: str, limit: int = 200) -> str:
            return " ".join(str(data.get(key, "") or "").split())[:limit]

        status = clean("status") if "status" in data else "held"
        if status not in STATUSES:
            status = ""
        return cls(status=status, category=clean("category").lower(), rule=clean("rule").upper(),
                   sender=clean("sender").lower(), domain=clean("domain").lower().lstrip("@"),
                   since=_date(clean("since")), until=_date(clean("until")))

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class Page:
    items: list[HeldMessage]
    total: int
    counts: dict[str, int] = field(default_factory=dict)   # by status, for the other filters
    page: int = 1
    pages: int = 1


def _date(text: str) -> str:
    try:
        return datetime.strptime(text, "%Y-%m-%d").strftime("%Y-%m-%d")
    except ValueError:
        return ""


def _day(text: str, end: bool = False) -> float:
    day = datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=timezone.utc).timestamp()
    return day + 86400 if end else day


def rule_categories() -> dict[str, str]:
    return {r.code: str(r.category) for r in all_rules()}


def _where(f: Filters, sealed_rows: bool) -> tuple[list[str], list, bool]:
    """SQL conditions for the filters, and whether sender/domain must be matched after decrypting."""
    where, args = [], []
    if f.category:
        codes = [c for c, cat in rule_categories().items() if cat == f.category] or ["-"]
        where.append("(" + " OR ".join("rules LIKE ?" for _ in codes) + ")")
        args += [f'%"{c}"%' for c in codes]
    if f.rule:
        where.append("rules LIKE ?")
        args.append(f'%"{f.rule}"%')
    if f.since:
        where.append("received >= ?")
        args.append(_day(f.since))
    if f.until:
        where.append("received < ?")
        args.append(_day(f.until, end=True))
    later = False
    if f.sender or f.domain:
        if sealed_rows:
            later = True
        else:
            if f.sender:
                where.append("lower(mail_from) LIKE ?")
                args.append(f"%{f.sender}%")
            if f.domain:
                where.append("lower(rcpts) LIKE ?")
                args.append(f'%@{f.domain}"%')
    return where, args, later


_indexed: set[int] = set()
def _sqlite(queue) -> bool:
    return getattr(queue, "backend", "sqlite") == "sqlite" and hasattr(queue, "_db")


def _search_store(queue, f: Filters, page: int, size: int) -> Page:
    """Through the store's own search_held (PostgreSQL: SQL in the database)."""
    codes = [c for c, cat in rule_categories().items() if cat == f.category] if f.category else None
    if f.rule:
        codes = [f.rule] if codes is None or f.rule in codes else ["-"]
    items, total, counts = queue.search_held(
        status=f.status, codes=codes or (), since=_day(f.since) if f.since else None,
        until=_day(f.until, end=True) if f.until else None, sender=f.sender, domain=f.domain,
        offset=(page - 1) * size, limit=size, head_bytes=HEAD_BYTES)
    return Page(items=list(items), total=total, counts={s: counts.get(s, 0) for s in STATUSES},
                page=page, pages=max(1, -(-total // size)))


def ensure_index(queue: HoldQueue) -> None:
    """A covering index for the list's filters (rules, envelope) in received order, so a filtered
    count reads the index rather than every row with its message bytes."""
    if id(queue) in _indexed or not _sqlite(queue):
        return
    with queue._lock:
        queue._db.execute("CREATE INDEX IF NOT EXISTS held_web_index "
                          "ON held(status, received, rules, mail_from, rcpts, decided_at, sealed, id)")
        queue._db.execute("ANALYZE held")
    _indexed.add(id(queue))


def search(queue: HoldQueue, f: Filters, page: int = 1, size: int = 50) -> Page:
    """One page of held messages matching `f`, newest first, with each row's first HEAD_BYTES of
    the message (for its subject), the total, and counts by status under the other filters."""
    page = max(1, page)
    if not _sqlite(queue):
        return _search_store(queue, f, page, size)
    db = queue._db
    ensure_index(queue)
    with queue._lock:
        sealed_rows = bool(db.execute("SELECT 1 FROM held INDEXED BY held_web_index WHERE sealed = 1 LIMIT 1").fetchone())
    where, args, later = _where(f, sealed_rows)
    base = " AND ".join(where) or "1"
    columns = ("id, received, client, mail_from, rcpts, verdict, rules, findings, reason, status, decided_by, "
               f"decided_at, sealed, CASE WHEN sealed = 1 THEN raw ELSE substr(raw, 1, {HEAD_BYTES}) END AS raw")
    page = max(1, page)
    with queue._lock:
        db.row_factory = sqlite3.Row
        if not later:
            counts = dict(db.execute(f"SELECT status, count(*) FROM held WHERE {base} GROUP BY status", args).fetchall())
            status_sql = " AND status = ?" if f.status else ""
            status_args = [f.status] if f.status else []
            total = db.execute(f"SELECT count(*) FROM held WHERE {base}{status_sql}", args + status_args).fetchone()[0]
            rows = db.execute(f"SELECT {columns} FROM held WHERE {base}{status_sql} ORDER BY received DESC "
                              "LIMIT ? OFFSET ?", args + status_args + [size, (page - 1) * size]).fetchall()
        else:
            envelopes = db.execute(f"SELECT id, status, mail_from, rcpts, sealed FROM held INDEXED BY held_web_index WHERE {base} "
                                   "ORDER BY received DESC", args).fetchall()
    if not later:
        items = [queue._to_held(r) for r in rows]
    else:
        # Encrypted envelopes: only they are decrypted and matched; the page's rows are read after.
        matched, counts = [], {}
        for row in envelopes:
            envelope = queue.envelope(row)
            if f.sender and f.sender not in envelope[0]:
                continue
            if f.domain and not any(r.endswith("@" + f.domain) for r in envelope[1]):
                continue
            counts[row["status"]] = counts.get(row["status"], 0) + 1
            if not f.status or row["status"] == f.status:
                matched.append(row["id"])
        total = len(matched)
        wanted = matched[(page - 1) * size: page * size]
        items = []
        if wanted:
            with queue._lock:
                db.row_factory = sqlite3.Row
                marks = ",".join("?" * len(wanted))
                found = {r["id"]: r for r in db.execute(f"SELECT {columns} FROM held WHERE id IN ({marks})", wanted)}
            items = [queue._to_held(found[i]) for i in wanted if i in found]
    return Page(items=items, total=total, counts={s: counts.get(s, 0) for s in STATUSES},
                page=page, pages=max(1, -(-total // size)))


def queue_state(queue: HoldQueue) -> dict:
    counts = queue.counts()
    oldest = queue.oldest_held()
    return {"held": counts.get("held", 0), "by_status": {s: counts.get(s, 0) for s in STATUSES},
            "oldest_held_age_seconds": round(time.time() - oldest) if oldest else None,
            "notices_waiting": queue.notices_waiting(), "store": getattr(queue, "backend", "sqlite")}


def outcomes(queue: HoldQueue) -> list[tuple[float, float | None, str, list[str], int]]:
    """(received day, decided day, status, rules, how many) over the whole queue, grouped in SQL
    from the list's covering index: the dashboard and /metrics read 10,000 messages as a few
    hundred groups."""
    if not _sqlite(queue) and hasattr(queue, "outcomes"):
        return queue.outcomes()
    if not _sqlite(queue):
        groups: dict[tuple, int] = {}
        for h in queue.list(None, limit=10_000_000):
            key = (int(h.received // 86400), int(h.decided_at // 86400) if h.decided_at else None, h.status,
                   json.dumps(list(h.rules)))
            groups[key] = groups.get(key, 0) + 1
        rows = [(*key, n) for key, n in groups.items()]
        return [(r[0] * 86400, r[1] * 86400 if r[1] is not None else None, r[2], json.loads(r[3]), r[4]) for r in rows]
    ensure_index(queue)
    with queue._lock:
        rows = queue._db.execute(
            "SELECT CAST(received / 86400 AS INTEGER), CAST(decided_at / 86400 AS INTEGER), status, rules, count(*) "
            "FROM held INDEXED BY held_web_index GROUP BY 1, 2, 3, 4").fetchall()
    return [(r[0] * 86400, r[1] * 86400 if r[1] is not None else None, r[2], json.loads(r[3]), r[4]) for r in rows]
