"""`bedside milter`'s settings: [milter] listen as libmilter takes it, and mistakes as one line and
exit 2 (a bad value, an address already in use on a real loopback socket)."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest

from bedside.checks.config import ConfigError
from conftest import ROOT
from test_milter import need_pymilter


def test_listen_addresses_in_libmilters_form():
    need_pymilter()  # proxy/milter imports pymilter (the [milter] extra)
    from bedside.proxy.milter.milter import milter_socket

    assert milter_socket("127.0.0.1:8891") == "inet:8891@127.0.0.1"
    assert milter_socket("[::1]:8891") == "inet6:8891@::1"
    assert milter_socket("unix:/run/bedside/milter.sock") == "unix:/run/bedside/milter.sock"
    for bad in ("8891", "127.0.0.1", "127.0.0.1:0", "127.0.0.1:70000", ":8891", "unix:", "localhost:port"):
        with pytest.raises(ConfigError, match=r"\[milter\] listen"):
            milter_socket(bad)


def _milter(tmp_path, milter: str, *args: str) -> subprocess.CompletedProcess:
    config = tmp_path / "site.toml"
    config.write_text(f'[serve]\ndata_dir = "{tmp_path / "var"}"\ncheck_workers = 1\n[milter]\n{milter}\n')
    return subprocess.run([sys.executable, "-m", "bedside.proxy.cli.cli", "milter", "--config", str(config), *args],
                          capture_output=True, text=True, timeout=120, cwd=tmp_path, env={"PYTHONPATH": str(ROOT)})


@pytest.mark.parametrize("milter, says", [('on_hold = "bounce"', "[milter] on_hold = 'bounce'"),
                                          ('listen = "nowhere"', "[milter] listen = 'nowhere'")])
def test_a_bad_milter_setting_is_one_line_and_exit_2(tmp_path, milter, says):
    need_pymilter()
    done = _milter(tmp_path, milter, "--check-config")
    assert done.returncode == 2 and says in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_a_listen_address_in_use_is_one_line_and_exit_2(tmp_path):
    need_pymilter()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = _milter(tmp_path, f'listen = "127.0.0.1:{port}"')
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [f"bedside: [milter] listen inet:{port}@127.0.0.1: cannot listen "
                                                "there (cannot opensocket)"]


def test_check_config_checks_the_hold_queue_as_serve_does(tmp_path):
    """`bedside milter --check-config` reads the store's key and checks the templates, as `bedside
    serve --check-config` does: a key file that cannot be read is one line and exit 2, not a
    failure at start."""
    need_pymilter()
    done = _milter(tmp_path, 'listen = "127.0.0.1:8891"\n[store]\nencryption_key_file = "no-such.key"', "--check-config")
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        f"bedside: [store] encryption_key_file {tmp_path / 'no-such.key'}: cannot read (No such file or directory)"]
    fine = _milter(tmp_path, 'listen = "127.0.0.1:8891"', "--check-config")
    assert fine.returncode == 0 and "configuration OK" in fine.stdout and "milter on inet:8891@127.0.0.1" in fine.stdout
