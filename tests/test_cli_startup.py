"""What `bedside check` does before its first message, kept small: the modules only other commands
need stay unimported, the collector setting it runs with is put back, a bad queue is still a usage error."""

from __future__ import annotations

import gc
import subprocess
import sys

from conftest import make_message

from bedside.proxy.cli import cli


def test_check_start_leaves_out_what_only_other_commands_need():
    code = ("import sys; from bedside.proxy.cli import cli; cli.build_parser(); "
            "print(sorted(m for m in ('sqlite3', 'mailbox', 'pickle', 'bedside.proxy.holds.store') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_check_puts_the_collector_threshold_back(tmp_path, capsys):
    path = tmp_path / "a.eml"
    path.write_bytes(make_message("Dear Dr Ward,\n\nThank you.\n\nAmy", subject="Thanks", to="w@nottingham.ac.uk"))
    before = gc.get_threshold()
    seen = []
    real = cli._check
    cli._check = lambda args: seen.append(gc.get_threshold()) or real(args)
    try:
        assert cli.main(["check", "--jobs", "1", str(path)]) == 0
    finally:
        cli._check = real
    assert seen[0][0] >= 10_000 and gc.get_threshold() == before
    assert "1 message checked" in capsys.readouterr().out


def test_a_store_error_is_a_usage_error_once_the_store_is_loaded():
    from bedside.proxy.holds.store import StoreError

    assert cli._usage_error(StoreError("no hold queue")) and not cli._usage_error(RuntimeError("x"))
