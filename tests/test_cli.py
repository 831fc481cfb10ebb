"""`bedside check / rules / explain` through a real subprocess: exit codes, formats, inputs."""

from __future__ import annotations

import json
import mailbox
import os
import stat

import pytest

from conftest import ROOT, make_message, run_cli

CLEAN = make_message("Dear Dr Ward,\n\nThank you.\n\nAmy", subject="Thanks", to="w@nottingham.ac.uk")
WARN = make_message("Dear Dr Ward,\n\nThank you.\n\nAmy", subject=None, to="w@nottingham.ac.uk")
HOLD = make_message("Patient NHS number 943 476 5919", subject="case")


def write(path, data: bytes):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def lines(result):
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def test_exit_0_when_nothing_held(tmp_path):
    result = run_cli("check", str(write(tmp_path / "a.eml", CLEAN)), str(write(tmp_path / "b.eml", WARN)))
    assert result.returncode == 0, result.stdout
    out = result.stdout.decode()
    assert "ETQ001" in out and "2 messages checked: 0 would be held, 1 delivered with warnings, 1 clean" in out


def test_exit_1_when_held_and_text_format(tmp_path):
    path = write(tmp_path / "hold.eml", HOLD)
    result = run_cli("check", str(path))
    assert result.returncode == 1
    first = result.stdout.decode().splitlines()[0]
    assert first.startswith(f"{path}:1:20: PAT001 ")
    assert "9434765919" not in result.stdout.decode() and "943 476 5919" not in result.stdout.decode()


def test_json_lines_one_object_per_message(tmp_path):
    write(tmp_path / "d" / "a.eml", CLEAN)
    write(tmp_path / "d" / "sub" / "b.eml", HOLD)
    write(tmp_path / "d" / "notes.md", b"not mail")  # ignored: not a mail file
    result = run_cli("check", "--format", "json", str(tmp_path / "d"))
    objs = lines(result)
    assert result.returncode == 1
    assert [o["source"].rsplit("/", 1)[-1] for o in objs] == ["a.eml", "b.eml"]
    assert [o["verdict"] for o in objs] == ["deliver", "hold"]
    finding = objs[1]["findings"][0]
    assert set(finding) == {"rule", "category", "action", "message", "location", "excerpt"}
    assert finding["rule"] == "PAT001" and finding["category"] == "patient" and finding["action"] == "hold"
    assert set(finding["location"]) == {"part", "line", "column", "start", "end"}


def test_stdin(tmp_path):
    result = run_cli("check", "--format", "json", "-", stdin=HOLD)
    [obj] = lines(result)
    assert obj["source"] == "<stdin>" and obj["verdict"] == "hold" and result.returncode == 1


def test_mbox_file_and_mbox_on_stdin(tmp_path):
    box = mailbox.mbox(str(tmp_path / "sent.mbox"))
    for raw in (CLEAN, HOLD, WARN):
        box.add(mailbox.mboxMessage(raw))
    box.flush()
    box.close()
    objs = lines(run_cli("check", "--format", "json", str(tmp_path / "sent.mbox")))
    assert [o["verdict"] for o in objs] == ["deliver", "hold", "warn"]
    assert objs[1]["source"].endswith("sent.mbox#2")
    from_stdin = lines(run_cli("check", "--format", "json", "-", stdin=(tmp_path / "sent.mbox").read_bytes()))
    assert [o["verdict"] for o in from_stdin] == ["deliver", "hold", "warn"]


def test_unreadable_paths_are_errors_for_that_input_only(tmp_path):
    good = write(tmp_path / "ok.eml", CLEAN)
    locked = write(tmp_path / "locked.eml", CLEAN)
    locked.chmod(0)
    try:
        result = run_cli("check", "--format", "json", str(tmp_path / "missing.eml"), str(good), str(locked))
    finally:
        locked.chmod(stat.S_IRUSR | stat.S_IWUSR)
    objs = lines(result)
    assert result.returncode == 2
    assert objs[0]["error"] and objs[1]["verdict"] == "deliver"
    if os.geteuid() != 0:  # root reads anything
        assert objs[2]["error"]


def test_malformed_messages_are_checked_not_errors(tmp_path):
    path = write(tmp_path / "bad.eml", b"Content-Type: multipart/mixed; boundary=zz\n\n--zz\n\nNHS 9434765919 patient")
    [obj] = lines(run_cli("check", "--format", "json", str(path)))
    assert obj["verdict"] == "hold" and obj["defects"] and "error" not in obj


def test_select_and_ignore(tmp_path):
    path = write(tmp_path / "both.eml", make_message("Patient NHS number 943 476 5919", subject=None))
    only_etq = lines(run_cli("check", "--format", "json", "--select", "ETQ", str(path)))[0]
    assert {f["rule"] for f in only_etq["findings"]} == {"ETQ001"}
    no_pat = lines(run_cli("check", "--format", "json", "--ignore", "PAT", str(path)))[0]
    assert {f["rule"] for f in no_pat["findings"]} == {"ETQ001"}
    longest_wins = lines(run_cli("check", "--format", "json", "--ignore", "PAT", "--select", "PAT001,ETQ", str(path)))[0]
    assert {f["rule"] for f in longest_wins["findings"]} == {"PAT001", "ETQ001"}


def test_config_file_layers_over_defaults(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[actions]\nETQ001 = "hold"\n')
    path = write(tmp_path / "warn.eml", WARN)
    result = run_cli("check", "--config", str(site), str(path))
    assert result.returncode == 1


def test_bad_config_is_a_usage_error(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text("[actions\n")
    result = run_cli("check", "--config", str(site), str(write(tmp_path / "a.eml", CLEAN)))
    assert result.returncode == 2 and b"invalid TOML" in result.stderr


def test_usage_errors_exit_2():
    assert run_cli().returncode == 2
    assert run_cli("check").returncode == 2
    assert run_cli("check", "--format", "xml", "x").returncode == 2


def test_jobs_give_the_same_results_in_the_same_order(tmp_path):
    for i in range(30):
        write(tmp_path / f"m{i:02d}.eml", [CLEAN, WARN, HOLD][i % 3])
    one = run_cli("check", "--format", "json", "--jobs", "1", str(tmp_path))
    two = run_cli("check", "--format", "json", "--jobs", "2", str(tmp_path))
    assert one.stdout == two.stdout and len(lines(two)) == 30


def test_rules_and_explain():
    listed = run_cli("rules").stdout.decode()
    assert "PAT001" in listed and "OFF001" in listed and "DOC001" in listed
    as_json = [json.loads(l) for l in run_cli("rules", "--format", "json").stdout.decode().splitlines()]
    assert {"code", "category", "action", "enabled", "message"} <= set(as_json[0])
    text = run_cli("explain", "pat001").stdout.decode()
    assert "What it flags" in text and "Why it matters" in text and "How to fix it" in text
    assert "Patient confidentiality is" in text
    missing = run_cli("explain", "XYZ999")
    assert missing.returncode == 2 and b"no rule" in missing.stderr


@pytest.mark.parametrize("command", ["check", "rules", "explain", "serve", "held", "passwd"])
def test_every_command_has_help(command):
    result = run_cli(command, "--help")
    assert result.returncode == 0 and len(result.stdout) > 100


def test_examples_cover_every_verdict():
    objs = lines(run_cli("check", "--format", "json", str(ROOT / "examples")))
    assert {o["verdict"] for o in objs} == {"deliver", "warn", "hold"}


def test_malformed_inputs_give_one_result_each(tmp_path):
    import os as _os

    samples = [b"", b"\x00\xff\xfe" * 200, b"Subject: =?x?q?broken\n\n", b"Content-Type: multipart/mixed; boundary=z\n\n--z\n",
               b"From: <<<@>>>\nTo: ,,,\n\nhi", _os.urandom(5000), b"\n" * 5000,
               b"Subject: deep\n" + b"".join(b"Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n" % (i, i)
                                            for i in range(300))]
    for i, raw in enumerate(samples):
        write(tmp_path / "bad" / f"m{i}.eml", raw)
    result = run_cli("check", "--format", "json", str(tmp_path / "bad"))
    objs = lines(result)
    assert len(objs) == len(samples) and result.returncode in (0, 1)
    assert all("verdict" in o and "error" not in o for o in objs)
    assert result.stderr == b""
