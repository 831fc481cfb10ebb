"""Throughput and added latency of `bedside serve` beside a plain aiosmtpd-to-aiosmtpd relay.

Three processes on loopback: a sink (aiosmtpd, accepts everything), a plain forwarding relay
(aiosmtpd handler passing each message on over kept-open aiosmtplib connections) and bedside
serve (upstream = the sink). The load generator sends 10 KB clean messages with 1, 10 and 50
concurrent clients, each over its own kept-open connection. For each client count it runs the
plain relay and bedside alternately, several rounds (which goes first swaps each round), and
prints each round and then the median and range of the per-round figures: bedside's share of
the plain relay's throughput, and the p50/p99 latency it adds. One round against a run made a
second earlier is only as steady as the machine; the median of rounds side by side is steadier.
It ends with bedside's peak RSS (main process plus check workers). Targets (issue 5): bedside
>= 70% of the plain relay's throughput, p50 added latency <= 10 ms, RSS <= 200 MB at 50 clients.

    python bench/relay.py [--messages 600] [--rounds 5]
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
        def __init__(self, port):
            self.port, self.idle, self.slots = port, [], asyncio.Semaphore(4)
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
        relay = Relay(int(sys.argv[2]))
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
    parser.add_argument("--messages", type=int, default=600, help="messages per run")
    parser.add_argument("--rounds", type=int, default=5, help="alternating plain/bedside runs per client count")
    args = parser.parse_args()
    procs = []
    with tempfile.TemporaryDirectory() as tmp:
        sink_port, plain_port, bedside_port = free_port(), free_port(), free_port()
        procs.append(subprocess.Popen([sys.executable, "-c", SINK, str(sink_port)], stdout=subprocess.DEVNULL))
        procs.append(subprocess.Popen([sys.executable, "-c", PLAIN_RELAY, str(plain_port), str(sink_port)],
                                      stdout=subprocess.DEVNULL))
        config = Path(tmp) / "bench.toml"
        config.write_text(f'[serve]\nlisten = ["127.0.0.1:{bedside_port}"]\ndata_dir = "{tmp}/var"\n'
                          f'max_connections = 500\n[upstream]\nhost = "127.0.0.1"\nport = {sink_port}\n')
        bedside = subprocess.Popen([sys.executable, "-m", "bedside.proxy.cli", "serve", "--config", str(config)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=tmp)
        procs.append(bedside)
        try:
            for port in (sink_port, plain_port, bedside_port):
                wait_port(port)
            print(f"10 KB clean messages, {args.messages} per run, {args.rounds} rounds; cores: {os.cpu_count()}")
            for clients in (1, 10, 50):
                for port in (sink_port, plain_port, bedside_port):
                    asyncio.run(load(port, clients, min(50, args.messages)))  # warm connections and workers
                direct, _ = asyncio.run(load(sink_port, clients, args.messages))
                print(f"{clients} clients (sink direct {direct:.0f} msg/s)")
                ratios, added50, added99 = [], [], []
                for r in range(args.rounds):
                    order = [("plain", plain_port), ("bedside", bedside_port)]
                    runs = dict((name, asyncio.run(load(port, clients, args.messages)))
                                for name, port in (order if r % 2 == 0 else order[::-1]))
                    (rate_p, lat_p), (rate_b, lat_b) = runs["plain"], runs["bedside"]
                    ratios.append(rate_b / rate_p)
                    added50.append((percentile(lat_b, .5) - percentile(lat_p, .5)) * 1000)
                    added99.append((percentile(lat_b, .99) - percentile(lat_p, .99)) * 1000)
                    print(f"  round {r + 1}: plain {rate_p:4.0f} msg/s p50 {percentile(lat_p, .5) * 1000:5.1f} ms; "
                          f"bedside {rate_b:4.0f} msg/s p50 {percentile(lat_b, .5) * 1000:5.1f} ms; "
                          f"{ratios[-1]:.0%}, added p50 {added50[-1]:.1f} ms")
                print(f"  median: bedside/plain {median(ratios):.0%} ({min(ratios):.0%}-{max(ratios):.0%}); "
                      f"added p50 {median(added50):.1f} ms ({min(added50):.1f} to {max(added50):.1f}), "
                      f"p99 {median(added99):.1f} ms ({min(added99):.1f} to {max(added99):.1f})")
            print(f"bedside peak RSS (main + check workers): {tree_peak_rss_mb(bedside.pid):.0f} MB")
        finally:
            for proc in procs:
                proc.terminate()
            for proc in procs:
                proc.wait(30)


if __name__ == "__main__":
    main()
