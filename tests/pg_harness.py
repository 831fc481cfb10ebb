"""A throwaway PostgreSQL cluster for the tests: Debian's postgresql binaries, initdb and pg_ctl run
as an unprivileged user (`nobody` when the tests run as root, as CI does), listening on a free
loopback port, removed when the test session ends. One cluster per session; each test gets a
fresh database copied from a template that already has bedside's schema (CREATE DATABASE ...
TEMPLATE: a few milliseconds)."""

from __future__ import annotations

import atexit
import glob
import itertools
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from relay_harness import free_port

TEMPLATE = "bedside_template"


def bin_dir() -> Path | None:
    """The newest installed server's bin directory (initdb is not on PATH in Debian)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    return Path(found[-1]).parent if found else None


def need_postgres() -> None:
    import pytest

    if bin_dir() is not None:
        return
    message = "needs PostgreSQL's initdb (Debian package postgresql; listed in .ci/debian-packages)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


class Cluster:
    def __init__(self, fsync: bool = False):
        self.fsync = fsync
        self.bin = bin_dir()
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="bedside-pg-"))
        self.data = self.root / "data"
        self.user = "nobody" if os.geteuid() == 0 else None
        self._names = itertools.count(1)
        if self.user:  # initdb refuses to run as root: the directory belongs to the user it runs as
            shutil.chown(self.root, self.user)
        self._run("initdb", "-D", str(self.data), "-U", "bedside", "-A", "trust", "--no-sync", "-E", "UTF8",
                  "--locale=C")
        self.start()
        self.psql(f"CREATE DATABASE {TEMPLATE}")
        from bedside.proxy.holds.pgstore import PgHoldQueue

        queue = PgHoldQueue(self.url(TEMPLATE), check_schema=False)
        queue.upgrade()
        queue.close()

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        command = [str(self.bin / tool), *args]
        if self.user:
            command = ["runuser", "-u", self.user, "--", *command]
        return subprocess.run(command, capture_output=True, timeout=120, check=check, cwd=self.root)

    def start(self) -> None:
        # fsync off for tests (a clean stop or an immediate one still keeps committed rows, as
        # nothing here crashes the kernel; bench/store.py turns it on); sockets in our own
        # directory, TCP on loopback only.
        durability = "" if self.fsync else " -c fsync=off -c full_page_writes=off"
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.root} "
                   f"-c max_connections=200{durability}")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w",
                  "-t", "60", "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop", check=False)

    def restart(self, down_for: float = 0.0, mode: str = "immediate") -> None:
        """Stop the server as a crash would (every connection cut), wait, start it again."""
        self.stop(mode)
        time.sleep(down_for)
        self.start()

    def url(self, dbname: str) -> str:
        return f"postgresql://bedside@127.0.0.1:{self.port}/{dbname}"

    def psql(self, sql: str, dbname: str = "postgres"):
        import psycopg

        with psycopg.connect(self.url(dbname), autocommit=True) as conn:
            cur = conn.execute(sql)
            return cur.fetchall() if cur.description else None

    def fresh_db(self, schema: bool = True) -> str:
        """A new database (with bedside's schema, or empty); its url."""
        name = f"t{os.getpid()}_{next(self._names)}"
        self.psql(f"CREATE DATABASE {name}" + (f" TEMPLATE {TEMPLATE}" if schema else ""))
        return self.url(name)

    def remove(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


_cluster: Cluster | None = None


def cluster() -> Cluster:
    """The session's cluster, started on first use and removed at exit."""
    global _cluster
    need_postgres()
    if _cluster is None:
        _cluster = Cluster()
        atexit.register(_cluster.remove)
    return _cluster
