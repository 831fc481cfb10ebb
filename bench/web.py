"""How fast `bedside web` answers with a big hold queue (issue 18: the list page and a message page
under 200 ms each with 10,000 held messages).

Fills a fresh hold queue with N held messages (five kinds, each held by the real engine, made
unique by a counter header), starts the web app under uvicorn on a loopback port, signs in over
HTTP and times each page R times, printing the median and the slowest. The queue is filled with
synchronous=OFF (a bench need not fsync 10,000 times); the app then opens it as the relay does.

    python bench/web.py [--messages 10000] [--repeat 20] [--encrypted] [--postgresql]

--postgresql puts the queue (and the web app's accounts) in a throwaway PostgreSQL cluster from
tests/pg_harness.py (Debian's postgresql, loopback TCP) instead of SQLite.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import threading
import time
from pathlib import Path
from statistics import median

import httpx
import uvicorn

from bedside.checks import Engine, load_config
from bedside.proxy.holds.store import open_queue
from bedside.proxy.settings import load_serve_settings
from bedside.proxy.web.app import create_app
from bedside.proxy.settings import load_web_settings
from bedside.proxy.web.store import WebStore

BODIES = [
    ("Bloods for bay {n}", "Hi,\n\nThe patient in bay 4 (NHS number 943 476 5919, DOB 12/03/1954) needs bloods.\n\nSam\n"),
    ("Handover {n}", "Mrs Jones, 82, bed 12, hospital number RX123456, for discharge tomorrow.\n"),
    ("The registrar {n}", "That registrar is a useless f***ing idiot and a twat.\n"),
    ("Notes {n}", "Patient DOB 01/02/1960, NHS 943 476 5919, lives at NG7 2AB.\n" * 40),
    ("hey {n}", "hey u coming 2nite?? need the notes asap\n"),
]
PASSWORD = "benchmark password"


def message(i: int) -> tuple[bytes, list[str]]:
    # Formatted by hand: the email package takes ~6 ms a message, an age for 10,000.
    subject, body = BODIES[i % len(BODIES)]
    rcpts = [f"dr.x{i % 50}@nottingham.ac.uk"] + ([f"friend{i % 7}@gmail.com"] if i % 3 == 0 else [])
    raw = (f"From: student{i % 300}@exmail.nottingham.ac.uk\r\nTo: {', '.join(rcpts)}\r\n"
           f"Subject: {subject.format(n=i)}\r\nX-Bench: {i}\r\nMIME-Version: 1.0\r\n"
           f"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n"))
    return raw.encode(), rcpts


def fill(settings, engine: Engine, count: int) -> list[str]:
    queue = open_queue(settings)
    sqlite = queue.backend == "sqlite"
    if sqlite:
        queue._db.execute("PRAGMA synchronous=OFF")
    reports = {}
    ids = []
    start = time.perf_counter()
    for i in range(count):
        if i == 100 and sqlite:
            # Statistics, so SQLite looks a retry up by its digest rather than scanning every held
            # row: without them each hold costs time in proportion to the queue (13 ms at 3,000).
            queue._db.execute("ANALYZE")
        raw, rcpts = message(i)
        kind = i % len(BODIES)
        if kind not in reports:
            reports[kind] = engine.check(raw)
        report = reports[kind]
        ids.append(queue.hold(raw, "127.0.0.1", f"student{i % 300}@exmail.nottingham.ac.uk", rcpts, "hold",
                              report.rules or ("ETQ001",), [f.as_dict() for f in report.findings]))
    # A tenth decided, received over the last 60 days, as a real queue would be.
    queue.batch([("UPDATE held SET received = received - ? WHERE id = ?", ((n % 60) * 86400, held_id))
                 for n, held_id in enumerate(ids)]
                + [("UPDATE held SET status = 'released', decided_by = 'bench', decided_at = received + 3600 "
                    "WHERE id = ?", (held_id,)) for n, held_id in enumerate(ids) if n % 10 == 9])
    queue.batch([("ANALYZE held", ())])
    # Three relay nodes' figures, as /metrics reads them.
    for node in ("relay1", "relay2", "relay3"):
        queue.add_figures(node, {("checked", '{"verdict": "deliver"}'): 90_000, ("checked", '{"verdict": "hold"}'): count,
                                 ("check_seconds_bucket", '{"le": "0.05"}'): 90_000, ("check_seconds_count", "{}"): 90_000})
    queue.close()
    print(f"filled {count} held messages in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return ids


def timed(client: httpx.Client, method: str, path: str, repeat: int, **kw) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.request(method, path, **kw)
        times.append(time.perf_counter() - start)
        assert response.status_code in (200, 303), (path, response.status_code)
    return median(times) * 1000, max(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--encrypted", action="store_true", help="encrypt the queue at rest ([store])")
    parser.add_argument("--postgresql", action="store_true", help="the queue in a throwaway PostgreSQL cluster")
    args = parser.parse_args()
    url = ""
    if args.postgresql:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
        import pg_harness

        cluster = pg_harness.Cluster()
        url = cluster.fresh_db()
    work = Path(tempfile.mkdtemp(prefix="bedside-bench-web-"))
    key_file = None
    if args.encrypted:
        from cryptography.fernet import Fernet

        key_file = work / "hold.key"
        key_file.write_bytes(Fernet.generate_key())
    port = 18080 + (hash(work) % 1000)
    config_path = work / "bench.toml"
    config_path.write_text(f'[serve]\ndata_dir = "{work / "var"}"\nretention_days = 90\n'
                           f'[store]\nencryption_key_file = "{key_file or ""}"\nurl = "{url}"\n'
                           f'[web]\nlisten = "127.0.0.1:{port}"\nsecure_cookies = "never"\nlogin_rate = 1000\n')
    config = load_config(str(config_path))
    engine = Engine(config)
    ids = fill(load_serve_settings(config), engine, args.messages)
    store = WebStore.open(load_serve_settings(config))  # users and tokens live in the hold queue's store
    store.add_user("bench", "reviewer", PASSWORD)
    token = store.add_token("bench", "reviewer")
    store.close()
    app = create_app(config, load_serve_settings(config), load_web_settings(config), engine)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60)
    csrf = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)
    client.post("/login", data={"csrf": csrf, "name": "bench", "password": PASSWORD})

    def set_filter(**values):
        token_ = re.search(r'name="csrf" value="([^"]+)"', client.get("/check").text).group(1)
        client.post("/held/filter", data={"csrf": token_, "status": "held", **values})

    start = time.perf_counter()
    client.get("/held")
    print(f"first list request (builds the list's index once): {1000 * (time.perf_counter() - start):.0f} ms",
          file=sys.stderr)
    rows = []
    rows.append(("list, first page", *timed(client, "GET", "/held", args.repeat)))
    rows.append(("list, page 100", *timed(client, "GET", "/held?page=100", args.repeat)))
    set_filter(rule="PAT001")
    rows.append(("list, rule PAT001", *timed(client, "GET", "/held", args.repeat)))
    set_filter(sender="student12@", domain="gmail.com")
    rows.append(("list, sender + recipient domain", *timed(client, "GET", "/held", args.repeat)))
    set_filter()
    rows.append(("message page (short)", *timed(client, "GET", f"/held/{ids[-5]}", args.repeat)))
    rows.append(("message page (40-line notes)", *timed(client, "GET", f"/held/{ids[-2]}", args.repeat)))
    auth = {"Authorization": f"Bearer {token}"}
    rows.append(("API list", *timed(client, "GET", "/api/v1/held", args.repeat, headers=auth)))
    rows.append(("dashboard", *timed(client, "GET", "/dashboard", max(3, args.repeat // 4))))
    rows.append(("/metrics", *timed(client, "GET", "/metrics", max(3, args.repeat // 4))))
    rows.append(("/healthz", *timed(client, "GET", "/healthz", args.repeat)))
    print(f"{args.messages} held messages{' (encrypted at rest)' if args.encrypted else ''}"
          f"{' on PostgreSQL' if args.postgresql else ' on SQLite'}; "
          f"{args.repeat} requests each; times in ms")
    print(f"{'page':<34} {'median':>8} {'slowest':>8}")
    for name, med, worst in rows:
        print(f"{name:<34} {med:8.1f} {worst:8.1f}")
    server.should_exit = True
    if args.postgresql:
        cluster.remove()


if __name__ == "__main__":
    main()
