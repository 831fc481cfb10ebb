"""Throughput and added latency of `bedside serve` beside plain aiosmtpd-to-aiosmtpd relays.

Processes on loopback: a sink (aiosmtpd, accepts everything), two plain forwarding relays (an
aiosmtpd handler passing each message on over kept-open aiosmtplib connections) and bedside serve
(upstream = the sink). plain/1 is the issue's baseline: it keeps one connection open. plain/16
keeps as many open as bedside's pool may (--pool-size), so it differs from bedside only by the
check: the like-for-like comparison. The load generator sends 10 KB clean messages with 1, 10 and
50 concurrent clients, each over its own kept-open connection. For each client count the three
run in turn, several rounds (each goes first in turn), and the script prints each round, then
for each baseline the median and range of bedside's share of its throughput and of the p50/p99
latency bedside adds. It ends with bedside's peak RSS (main process plus check workers).
Targets (issue 5): bedside >= 70% of the plain relay's throughput, p50 added latency <= 10 ms,
RSS <= 200 MB at 50 clients.

    python bench/relay.py [--messages 2000] [--rounds 5] [--pool-size 16]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from statistics import median
from pathlib import Path

import aiosmtplib

SINK = textwrap.dedent("""
    import asyncio, sys
    from aiosmtpd.smtp import SMTP
    class Sink:
        async def handle_DATA(self, server, session, envelope):
            return "250 OK"
    async def main():
        loop = asyncio.get_running_loop()
        server = await loop.create_server(lambda: SMTP(Sink(), data_size_limit=None), "127.0.0.1", int(sys.argv[1]))
        print("ready", flush=True)
        await server.serve_forever()
    asyncio.run(main())
""")

PLAIN_RELAY = textwrap.dedent("""
    import asyncio, sys
    import aiosmtplib
    from aiosmtpd.smtp import SMTP
    class Relay:
        def __init__(self, port, connections):
            self.port, self.idle, self.slots = port, [], asyncio.Semaphore(connections)
        async def handle_DATA(self, server, session, envelope):
            async with self.slots:
                client = self.idle.pop() if self.idle else None
                if client is None or not client.is_connected:
                    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=self.port)
                    await client.connect()
                await client.sendmail(envelope.mail_from, envelope.rcpt_tos, envelope.original_content)
                self.idle.append(client)
            return "250 OK"
    async def main():
        loop = asyncio.get_running_loop()
        relay = Relay(int(sys.argv[2]), int(sys.argv[3]))
        server = await loop.create_server(lambda: SMTP(relay, data_size_limit=None), "127.0.0.1", int(sys.argv[1]))
        print("ready", flush=True)
        await server.serve_forever()
    asyncio.run(main())
""")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
                s.recv(100)
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listening on {port}")


def message(n: int) -> bytes:
    para = ("Thanks for the teaching session on Thursday; the registrar showed us how to examine for "
            "shifting dullness and we discussed the differential for breathlessness in older patients. ")
    body = "Dear Sam,\r\n\r\n" + "\r\n\r\n".join(para for _ in range(40)) + "\r\n\r\nBest wishes,\r\nAmy\r\n"
    head = (f"From: amy@exmail.nottingham.ac.uk\r\nTo: sam@gmail.com\r\nSubject: notes {n}\r\n"
            f"Message-ID: <bench-{n}@example>\r\n\r\n")
    return (head + body[: 10_000 - len(head)]).encode()


async def load(port: int, clients: int, total: int) -> tuple[float, list[float]]:
    per_client = max(1, total // clients)
    latencies: list[float] = []

    async def one(c: int) -> None:
        smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=60)
        await smtp.connect()
        for i in range(per_client):
            data = message(c * 100_000 + i)
            started = time.perf_counter()
            await smtp.sendmail("amy@exmail.nottingham.ac.uk", ["sam@gmail.com"], data)
            latencies.append(time.perf_counter() - started)
        await smtp.quit()

    started = time.perf_counter()
    await asyncio.gather(*(one(c) for c in range(clients)))
    return per_client * clients / (time.perf_counter() - started), latencies


def tree_peak_rss_mb(pid: int) -> float:
    """VmHWM of a process and its descendants (bedside's check workers), summed."""
    pids, frontier = [], [pid]
    while frontier:
        p = frontier.pop()
        pids.append(p)
        for task in Path(f"/proc/{p}/task").glob("*"):
            children = (task / "children").read_text().split() if (task / "children").exists() else []
            frontier.extend(int(c) for c in children)
    total = 0
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=2000, help="messages per run")
    parser.add_argument("--rounds", type=int, default=5, help="rounds of runs side by side per client count")
    parser.add_argument("--pool-size", type=int, default=16,
                        help="bedside's kept-open upstream connections, and the like-for-like plain relay's")
    args = parser.parse_args()
    procs = []
    with tempfile.TemporaryDirectory() as tmp:
        sink_port, bedside_port = free_port(), free_port()
        procs.append(subprocess.Popen([sys.executable, "-c", SINK, str(sink_port)], stdout=subprocess.DEVNULL))
        # The baseline keeps one connection open; the second plain relay has bedside's pool.
        plains = {1: free_port(), args.pool_size: free_port()}
        for connections, port in plains.items():
            procs.append(subprocess.Popen([sys.executable, "-c", PLAIN_RELAY, str(port), str(sink_port),
                                           str(connections)], stdout=subprocess.DEVNULL))
        config = Path(tmp) / "bench.toml"
        config.write_text(f'[serve]\nlisten = ["127.0.0.1:{bedside_port}"]\ndata_dir = "{tmp}/var"\n'
                          # 50 clients reconnect each run: no per-client limit in the way
                          f'max_connections = 500\nmax_connections_per_client = 500\n'
                          f'[upstream]\nhost = "127.0.0.1"\nport = {sink_port}\n'
                          f'pool_size = {args.pool_size}\n')
        bedside = subprocess.Popen([sys.executable, "-m", "bedside.proxy.cli.cli", "serve", "--config", str(config)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp)
        procs.append(bedside)
        servers = {**{f"plain/{c}": port for c, port in plains.items()}, "bedside": bedside_port}
        try:
            for port in (sink_port, *servers.values()):
                wait_port(port)
            print(f"10 KB clean messages, {args.messages} per run, {args.rounds} rounds; cores: {os.cpu_count()}; "
                  f"plain/N is a plain relay keeping N connections open, bedside keeps up to {args.pool_size}")
            for clients in (1, 10, 50):
                for port in (sink_port, *servers.values()):
                    asyncio.run(load(port, clients, min(50, args.messages)))  # warm connections and workers
                direct, _ = asyncio.run(load(sink_port, clients, args.messages))
                print(f"{clients} clients (sink direct {direct:.0f} msg/s)")
                rounds = []
                for r in range(args.rounds):
                    order = list(servers.items())
                    order = order[r % len(order):] + order[:r % len(order)]  # each goes first in turn
                    runs = {name: asyncio.run(load(port, clients, args.messages)) for name, port in order}
                    rounds.append(runs)
                    print(f"  round {r + 1}: " + "; ".join(
                        f"{name} {rate:4.0f} msg/s p50 {percentile(lat, .5) * 1000:5.1f} ms"
                        for name, (rate, lat) in runs.items()))
                for baseline in (n for n in servers if n != "bedside"):
                    ratios = [runs["bedside"][0] / runs[baseline][0] for runs in rounds]
                    added50, added99 = ([(percentile(runs["bedside"][1], q) - percentile(runs[baseline][1], q)) * 1000
                                         for runs in rounds] for q in (.5, .99))
                    print(f"  vs {baseline}, median: bedside {median(ratios):.0%} of its throughput "
                          f"({min(ratios):.0%}-{max(ratios):.0%}); added p50 {median(added50):.1f} ms "
                          f"({min(added50):.1f} to {max(added50):.1f}), p99 {median(added99):.1f} ms "
                          f"({min(added99):.1f} to {max(added99):.1f})")
            print(f"bedside peak RSS (main + check workers): {tree_peak_rss_mb(bedside.pid):.0f} MB")
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.wait(30)


if __name__ == "__main__":
    main()
