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
    import random

    samples = [b"Subject: =?x?q?broken\n\n", b"Content-Type: multipart/mixed; boundary=z\n\n--z\n",
               b"From: <<<@>>>\nTo: ,,,\n\nhi",
               b"Subject: deep\n" + b"".join(b"Content-Type: multipart/mixed; boundary=b%d\n\n--b%d\n" % (i, i)
                                            for i in range(300))]
    # Not mail at all: each named as not checked (issue 14 item 17), never passed as a blank message.
    not_mail = [b"", b"\x00\xff\xfe" * 200, random.Random(1).randbytes(5000), b"\n" * 5000]
    for i, raw in enumerate(samples + not_mail):
        write(tmp_path / "bad" / f"m{i}.eml", raw)
    result = run_cli("check", "--format", "json", str(tmp_path / "bad"))
    objs = lines(result)
    assert len(objs) == len(samples) + len(not_mail) and result.returncode == 2
    assert all("verdict" in o and "error" not in o for o in objs[:len(samples)])
    assert all(o["error"].startswith("not checked: ") for o in objs[len(samples):])
    assert result.stderr == b""


# --- day-one edges (issue 14 items 16, 17, 20; issue 15 settings) ----------------------------------

def bedside(*args: str, cwd, env: dict | None = None, stdin: bytes | None = None):
    import subprocess
    import sys

    full_env = {k: v for k, v in os.environ.items() if k != "BEDSIDE_CONFIG"}
    full_env.update({"NO_COLOR": "1", **(env or {})})
    return subprocess.run([sys.executable, "-m", "bedside.proxy.cli.cli", *args], cwd=cwd, capture_output=True,
                          input=stdin, env=full_env, timeout=120)


def one_line(result) -> str:
    text = result.stderr.decode().strip()
    assert "\n" not in text and "Traceback" not in text, text
    return text


def test_unknown_rule_code_in_select_or_ignore_is_exit_2(tmp_path):
    path = str(write(tmp_path / "a.eml", HOLD))
    result = run_cli("check", "--select", "PAT999", path)
    assert result.returncode == 2 and not result.stdout  # not: every rule off and exit 0
    assert "--select PAT999: no rule code starts with 'PAT999'" in one_line(result)
    result = run_cli("check", "--ignore", "PAT,NOPE1", path)
    assert result.returncode == 2 and "--ignore NOPE1" in one_line(result)
    assert run_cli("check", "--select", "PAT0", path).returncode == 1  # a real prefix is fine


@pytest.mark.parametrize("text, words", [
    ("[serve]\nmax_recipents = 5\n", ["site.toml", "serve.max_recipents", "max_recipients"]),
    ('[serve]\nmax_recipients = "ten"\n', ["site.toml", "max_recipients", "expected a number"]),
    ('[rules]\nselect = ["PAT999"]\n', ["site.toml", "select", "PAT999"]),
])
@pytest.mark.parametrize("command", [["check", "MAIL"], ["rules"], ["serve", "--check-config"], ["held", "list"]])
def test_bad_settings_exit_2_with_one_line(tmp_path, text, words, command):
    site = tmp_path / "site.toml"
    site.write_text(text)
    args = [str(write(tmp_path / "a.eml", CLEAN)) if a == "MAIL" else a for a in command]
    result = run_cli(*args, "--config", str(site))
    line = one_line(result)
    assert result.returncode == 2 and all(w in line for w in words), line


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.decode().startswith("bedside ")


def test_config_at_any_position_and_from_the_environment(tmp_path):
    site = tmp_path / "site.toml"
    site.write_text('[actions]\nETQ001 = "hold"\n')
    path = str(write(tmp_path / "warn.eml", WARN))
    assert run_cli("check", path).returncode == 0
    assert run_cli("--config", str(site), "check", path).returncode == 1
    assert run_cli("check", path, "--config", str(site)).returncode == 1
    assert run_cli("check", f"--config={site}", path).returncode == 1
    assert bedside("check", path, cwd=tmp_path, env={"BEDSIDE_CONFIG": str(site)}).returncode == 1


def test_held_list_never_creates_a_queue_and_finds_it_from_anywhere(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = bedside("held", "list", cwd=elsewhere)
    line = one_line(result)
    assert result.returncode == 2 and f"no hold queue at {elsewhere / 'var' / 'hold.sqlite3'}" in line
    assert "--config" in line and "BEDSIDE_CONFIG" in line
    assert not (elsewhere / "var").exists()

    # data_dir in a site file is relative to that file, wherever bedside runs.
    (tmp_path / "etc").mkdir()
    site = tmp_path / "etc" / "bedside.toml"
    site.write_text('[serve]\ndata_dir = "queue"\n')
    from bedside.proxy.holds.store import HoldQueue

    HoldQueue(tmp_path / "etc" / "queue").hold(CLEAN, "127.0.0.1", "a@b.org", ["c@d.org"], "hold", ["PAT001"], [])
    for args, env in ((("held", "list", "--config", str(site)), None),
                      (("held", "--config", str(site), "list"), None),
                      (("held", "list"), {"BEDSIDE_CONFIG": str(site)})):
        result = bedside(*args, cwd=elsewhere, env=env)
        assert result.returncode == 0 and "PAT001" in result.stdout.decode(), result.stderr
    missing = bedside("held", "list", "--config", str(tmp_path / "etc" / "nope.toml"), cwd=elsewhere)
    assert missing.returncode == 2 and "cannot read config" in one_line(missing)


def test_empty_binary_and_empty_inputs_are_named_and_exit_2(tmp_path):
    zero = write(tmp_path / "zero.eml", b"")
    blank = write(tmp_path / "blank.eml", b"\n\n  \n")
    png = write(tmp_path / "photo.eml", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    outlook = write(tmp_path / "saved.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500)
    nul = write(tmp_path / "nul.eml", b"Subject: x\n\nab\0cd")
    empty_dir = tmp_path / "nothing-here"
    empty_dir.mkdir()
    good = write(tmp_path / "ok.eml", CLEAN)
    result = run_cli("check", "--format", "json", *map(str, (zero, blank, png, outlook, nul, empty_dir, good)))
    objs = lines(result)
    assert result.returncode == 2
    errors = {o["source"].rsplit("/", 1)[-1]: o.get("error", "") for o in objs}
    assert errors["zero.eml"] == "not checked: empty (0 bytes)"
    assert errors["blank.eml"] == "not checked: only blank space"
    assert "binary file, a PNG image" in errors["photo.eml"]
    assert "Outlook .msg" in errors["saved.msg"] and "save the message as .eml" in errors["saved.msg"]
    assert "binary file (NUL bytes)" in errors["nul.eml"]
    assert "no mail in this directory" in errors["nothing-here"]
    assert errors["ok.eml"] == "" and objs[-1]["verdict"] == "deliver"
    assert run_cli("check", "-", stdin=b"").returncode == 2

    text = run_cli("check", str(zero)).stdout.decode()
    assert f"{zero}: error: not checked: empty (0 bytes)" in text and "1 input could not be checked" in text


def test_files_skipped_in_a_directory_are_named(tmp_path):
    write(tmp_path / "d" / "a.eml", CLEAN)
    write(tmp_path / "d" / "notes.md", b"not mail")
    result = run_cli("check", str(tmp_path / "d"))
    assert result.returncode == 0
    assert "skipped 1 file without a mail suffix" in result.stderr.decode() and "notes.md" in result.stderr.decode()


def test_check_output_escapes_terminal_control_characters(tmp_path):
    # Text the sender wrote beside a finding, with a screen-clearing escape, a colour and a bidi
    # override, in a file whose name carries an escape too.
    body = "Patient NHS number 943 476 5919 \x1b[2J\x1b[32mreleased OK\u202e\x9b1m"
    path = write(tmp_path / "hostile\x1b[1m.eml", make_message(body, subject="x"))
    for fmt in ("text", "json"):
        out = run_cli("check", "--format", fmt, str(path)).stdout.decode()
        assert not any(c in out for c in "\x1b\u202e\x9b"), out
        assert "PAT001" in out
    text = run_cli("check", str(path)).stdout.decode()
    assert "\\x1b[2J\\x1b[32mreleased OK\\u202e\\x9b1m" in text and "hostile\\x1b[1m.eml" in text


def test_no_rule_prints_an_attachment_name_in_clear(tmp_path):
    # A patient's name in a file name is masked whichever rule found something in the file: a
    # profanity finding named 'attachment:Margaret Whitfield handover.txt' in clear (review of issue 14).
    raw = make_message("see attached", subject="x", attachments=[
        ("Margaret Whitfield handover.txt", "text/plain", b"this fucking ward is a shambles")])
    path = write(tmp_path / "m.eml", raw)
    for fmt in ("text", "json"):
        out = run_cli("check", "--format", fmt, str(path)).stdout.decode()
        assert "OFF001" in out and "Whitfield" not in out and "Margaret" not in out, out


def test_an_excerpt_from_a_file_named_after_a_patient_shows_the_file_text(engine):
    # PAT006's mask for the file *name* was laid over the file's *text* (both parts are called
    # 'attachment:<name>'): the profanity excerpt read 'M******* W******** handover.txt, utter...'.
    raw = make_message("see attached", subject="x", to="sam@gmail.com", attachments=[
        ("Margaret Whitfield handover.txt", "text/plain", b"this fucking ward is a shambles")])
    report = engine.check(raw)
    [excerpt] = {f.excerpt for f in report.findings if f.rule == "OFF001"}
    assert "ward is a shambles" in excerpt and "W*******" not in excerpt
    assert any(f.rule == "PAT006" and "W********" in f.excerpt for f in report.findings)
