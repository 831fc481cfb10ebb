"""Hold queue throughput and release latency: SQLite against PostgreSQL, one node and two (issue 17).

Times the store itself, the part of `bedside serve` and `bedside held release` that the backend
changes (the engine's check and the SMTP hand-over cost the same on either):
- hold: messages held per second (hold_once with its audit record in the same transaction, a
  15 KB message, every commit durable: SQLite synchronous=FULL, PostgreSQL fsync on);
- release: one release's store work (claim, then settle with its audit record), median and 95th
  percentile of the releases made, with a releaser on each node racing for the same batch (each
  message released once: checked).
"Two nodes" is two processes; for SQLite they share one file on one host (the most SQLite can do),
for PostgreSQL they share the server as two hosts would. PostgreSQL runs on this machine (a
throwaway cluster from tests/pg_harness.py, fsync on), over loopback TCP.

    python bench/store.py [--messages 400] [--pg-url postgresql://...]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
import tempfile
import time
from pathlib import Path
from statistics import median, quantiles

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

RAW = (b"From: amy@exmail.nottingham.ac.uk\r\nTo: sam@gmail.com\r\nSubject: bay 4\r\n\r\n"
       + b"Patient NHS number 943 476 5919 in bay 4.\r\n" * 350)


def open_store(url: str, data_dir: Path):
    from bedside.proxy.holds.store import HoldQueue
    from bedside.proxy.holds.pgstore import PgHoldQueue

    if url.startswith("sqlite:"):
        return HoldQueue(data_dir, path=Path(url[len("sqlite:///"):]))
    return PgHoldQueue(url, pool_size=2, node=f"bench-{os.getpid()}")


def hold_worker(url: str, data_dir: str, node: int, count: int, start, out) -> None:
    queue = open_store(url, Path(data_dir))
    audit = queue.audit_log(Path(data_dir) / "audit.log")
    start.wait()
    began = time.perf_counter()
    for n in range(count):
        raw = RAW + f"X-N: {node}-{n}\r\n".encode()
        queue.hold_once(raw, "127.0.0.1", "amy@exmail.nottingham.ac.uk", ["sam@gmail.com"], "hold", ["PAT001"],
                        [{"rule": "PAT001"}], audit=lambda i: audit.record("held", i, "bedside serve", ["PAT001"]))
    out.put(("hold", node, count, time.perf_counter() - began))
    queue.close()


def release_worker(url: str, data_dir: str, node: int, ids: list[str], start, out) -> None:
    queue = open_store(url, Path(data_dir))
    audit = queue.audit_log(Path(data_dir) / "audit.log")
    start.wait()
    times, won = [], 0
    for held_id in ids:
        began = time.perf_counter()
        held = queue.claim(held_id, f"reviewer{node}")
        if held is not None:
            queue.settle(held_id, f"reviewer{node}", audit=lambda: audit.record("released", held_id, "r", ["PAT001"]))
            won += 1
            times.append(time.perf_counter() - began)  # a release done; a refused claim is not one
    out.put(("release", node, won, times))
    queue.close()


def run(url: str, data_dir: Path, nodes: int, messages: int) -> dict:
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    start = ctx.Event()
    per_node = messages // nodes
    procs = [ctx.Process(target=hold_worker, args=(url, str(data_dir), i, per_node, start, out)) for i in range(nodes)]
    for p in procs:
        p.start()
    time.sleep(1.5)  # every worker connected before the clock starts
    began = time.perf_counter()
    start.set()
    results = [out.get(timeout=600) for _ in procs]
    wall = time.perf_counter() - began
    for p in procs:
        p.join()
    held = sum(r[2] for r in results)

    reader = open_store(url, data_dir)
    ids = [h.id for h in reader.list("held", limit=messages)]
    reader.close()
    start = ctx.Event()
    procs = [ctx.Process(target=release_worker, args=(url, str(data_dir), i, ids, start, out)) for i in range(nodes)]
    for p in procs:
        p.start()
    time.sleep(1.5)
    start.set()
    results = [out.get(timeout=600) for _ in procs]
    for p in procs:
        p.join()
    won = sum(r[2] for r in results)
    times = [t for r in results for t in r[3]]
    assert won == len(ids), f"{won} releases for {len(ids)} messages"
    return {"held_per_s": held / wall, "release_p50_ms": median(times) * 1000,
            "release_p95_ms": quantiles(times, n=20)[18] * 1000}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=400)
    parser.add_argument("--pg-url", default="", help="an upgraded, empty database (default: a throwaway cluster)")
    args = parser.parse_args()
    cluster = None
    if not args.pg_url:
        import pg_harness

        cluster = pg_harness.Cluster(fsync=True)
    print(f"{'backend':<12}{'nodes':>6}{'held/s':>10}{'release p50 ms':>16}{'release p95 ms':>16}")
    try:
        for kind in ("sqlite", "postgresql"):
            for nodes in (1, 2):
                with tempfile.TemporaryDirectory() as tmp:
                    data = Path(tmp)
                    url = f"sqlite:///{data / 'hold.sqlite3'}" if kind == "sqlite" else (args.pg_url or cluster.fresh_db())
                    r = run(url, data, nodes, args.messages)
                print(f"{kind:<12}{nodes:>6}{r['held_per_s']:>10.0f}{r['release_p50_ms']:>16.2f}"
                      f"{r['release_p95_ms']:>16.2f}", flush=True)
    finally:
        if cluster is not None:
            cluster.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main())
