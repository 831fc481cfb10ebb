"""Malformed messages from mail parsers' test suites: how long one check takes, and how much memory.

Issue 14's target: every malformed message checks in under 2 s and 300 MB, gets a verdict, and a
part that could not be read is a finding, never a traceback. Sources, each a table row:

  generated   the malformations that public MIME parsers' test suites exercise, written here in
              code (nothing copied, nothing downloaded): GENERATED below names, for each, the
              suite that tests it. Every one carries an NHS number that a mail client would show
              (or that bedside cannot rule out), so each should be held.
  cpython     every msg_*.txt of CPython's own email tests (Lib/test/test_email/data, PSF licence),
              read from the running Python's installation when it has its test package
  fixtures    tests/fixtures/malformed/*, if any
  --dir DIR   any other directory of messages (each file one message)

Everything runs in this one process with one engine, through `bedside check`'s own path
(proxy.cli.batch.check_item, then the JSON printer), after a warm-up check. Per message: the
wall time of the check and the peak resident memory while it ran (the kernel's high-water mark,
reset before each check through /proc/self/clear_refs, so at least the process's size before the
check: Python keeps what it once grew to; where it cannot be reset, the process's peak so far). Exit status 1 if any message is over budget, crashed or printed a
traceback.

    python bench/malformed.py [--dir DIR ...] [--budget-seconds 2] [--budget-mb 300] [--list]
"""

from __future__ import annotations

import argparse
import base64
import sys
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENDER = "amy.student@exmail.nottingham.ac.uk"
TO = "sam.friend@gmail.com"
NHS = "Patient NHS number 943 476 5919 seen on ward C31 today."

# Where each malformation is exercised in a public parser test suite (what the case is modelled
# on; the bytes are written here).
CPYTHON = "python/cpython Lib/test/test_email (test_email.py, data/msg_*.txt)"
MAILPARSER = "SpamScope/mail-parser tests/mails/mail_malformed_1..3"
MIMEKIT = "jstedfast/MimeKit UnitTests/MimeParserTests.cs"
MIME4J = "apache/james-mime4j core/src/test (MimeStreamParser, header and field parsing)"
DOVECOT = "dovecot/core src/lib-mail/test-message-parser.c"


def _head(extra: str = "", subject: str = "Ward notes") -> str:
    return f"From: {SENDER}\r\nTo: {TO}\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n{extra}"


def _b64(text: str) -> str:
    return base64.encodebytes(text.encode()).decode().replace("\n", "\r\n")


def _multipart(boundary_param: str, body: str, ctype: str = "multipart/mixed") -> bytes:
    return (_head(f"Content-Type: {ctype}{boundary_param}\r\n") + "\r\n" + body).encode()


def _part(text: str = NHS, headers: str = "Content-Type: text/plain; charset=utf-8\r\n") -> str:
    return f"{headers}\r\n{text}\r\n"


def _nested(depth: int) -> bytes:
    body = _part()
    for level in range(depth):
        b = f"n{level}"
        body = f"Content-Type: multipart/mixed; boundary=\"{b}\"\r\n\r\n--{b}\r\n{body}--{b}--\r\n"
    return (_head() + body).encode()


GENERATED: dict[str, tuple[str, str, bytes]] = {
    # name: (what is wrong, whose test suite has it, the message)
    "multipart-without-boundary": ("multipart/mixed with no boundary parameter", CPYTHON, _multipart(
        "", f"--x\r\n{_part()}--x--\r\n")),
    "start-boundary-missing": ("the declared boundary never appears; another one does", MAILPARSER, _multipart(
        '; boundary="declared"', f"--other\r\n{_part()}--other--\r\n", "multipart/alternative")),
    "close-boundary-missing": ("parts, but no closing --boundary--", MIMEKIT, _multipart(
        '; boundary="b"', f"--b\r\n{_part('Hello')}--b\r\n{_part()}")),
    "nested-same-boundary": ("an inner multipart reusing its parent's boundary", MAILPARSER, _multipart(
        '; boundary="same"', f"--same\r\nContent-Type: multipart/alternative; boundary=\"same\"\r\n\r\n"
        f"--same\r\n{_part()}--same--\r\n\r\n--same\r\n{_part('Second part')}--same--\r\n")),
    "boundary-empty": ('boundary=""', MIME4J, _multipart('; boundary=""', f"--\r\n{_part()}----\r\n")),
    "boundary-regex-characters": ("a boundary of regex metacharacters", MIMEKIT, _multipart(
        '; boundary="(.*)+?[\\\\"', f"--(.*)+?[\\\r\n{_part()}--(.*)+?[\\--\r\n")),
    "boundary-too-long": ("a 300-character boundary (RFC 2046 allows 70)", MIME4J, _multipart(
        f'; boundary="{"b" * 300}"', f"--{'b' * 300}\r\n{_part()}--{'b' * 300}--\r\n")),
    "boundary-trailing-space": ("boundary lines with trailing blanks", DOVECOT, _multipart(
        '; boundary="b"', f"--b   \r\n{_part()}--b--\t \r\n")),
    "boundary-prefix": ("a line that only starts with the boundary", DOVECOT, _multipart(
        '; boundary="b"', f"--b\r\n{_part('--bx is not a boundary')}--b\r\n{_part()}--b--\r\n")),
    "preamble-and-epilogue": ("text before the first boundary and after the last", CPYTHON, _multipart(
        '; boundary="b"', f"{NHS}\r\n--b\r\n{_part('Hello')}--b--\r\n{NHS}\r\n")),
    "no-header-body-separator": ("headers run into the body with no blank line", CPYTHON,
                                 (_head() + NHS + "\r\n").encode()),
    "header-without-colon": ("a header line with no colon among the headers", MIME4J,
                             (_head("This is not a header\r\nX-After: yes\r\n") + "\r\n" + NHS).encode()),
    "continuation-first": ("a folded continuation line before any header", MIME4J,
                           (" folded first\r\n" + _head() + "\r\n" + NHS).encode()),
    "empty-header-name": ("a header with an empty name", MIME4J,
                          (_head(": no name\r\n") + "\r\n" + NHS).encode()),
    "headers-only": ("headers, no blank line, no body, no final newline", CPYTHON,
                     _head(subject=NHS).encode().rstrip(b"\r\n")),
    "body-only": ("no headers at all", CPYTHON, f"\r\n{NHS}\r\n".encode()),
    "bare-lf": ("LF line endings throughout", DOVECOT, (_head() + "\r\n" + NHS).replace("\r\n", "\n").encode()),
    "bare-cr": ("CR line endings throughout", MIMEKIT, (_head() + "\r\n" + NHS).replace("\r\n", "\r").encode()),
    "mixed-line-endings": ("CRLF, LF and CR mixed", MIMEKIT,
                           (_head() + "\n\r\n" + NHS.replace(" seen", "\rseen").replace(" today", "\n today")).encode()),
    "eight-bit-headers": ("raw 8-bit bytes, not UTF-8, in Subject and From", CPYTHON,
                          b"From: Am\xe9lie <" + SENDER.encode() + b">\r\nTo: " + TO.encode() +
                          b"\r\nSubject: Caf\xe9 \xff\xfe notes\r\n\r\n" + NHS.encode()),
    "encoded-words-broken": ("encoded words unterminated, of an unknown charset, of bad base64", CPYTHON,
                             (_head(subject="=?utf-8?q?unterminated =?x-no-such?B?SGVsbG8=?= =?utf-8?B?!!!?=")
                              + "\r\n" + NHS).encode()),
    "addresses-garbage": ("From, To and Cc that parse as no address", CPYTHON,
                          ("From: <<<@>>>\r\nTo: ,,,;;; undisclosed-recipients:\r\nCc: \"unclosed <a@\r\n"
                           f"Subject: x\r\n\r\n{NHS}").encode()),
    "content-type-no-subtype": ("Content-Type: text", CPYTHON,
                                (_head("Content-Type: text\r\n") + "\r\n" + NHS).encode()),
    "content-type-garbage": ("a Content-Type of punctuation", MIME4J,
                             (_head("Content-Type: ;;;==/\r\n") + "\r\n" + NHS).encode()),
    "content-type-twice": ("two different Content-Type headers", MIMEKIT,
                           (_head("Content-Type: text/plain\r\nContent-Type: multipart/mixed; boundary=z\r\n")
                            + "\r\n" + NHS).encode()),
    "empty-parameter": ("'Content-Type: text/html;' and a parameter with no value", MAILPARSER,
                        (_head("Content-Type: text/html;\r\n charset;\r\n") + "\r\n<p>" + NHS + "</p>").encode()),
    "unknown-charset": ("charset x-no-such-charset", CPYTHON,
                        (_head('Content-Type: text/plain; charset="x-no-such-charset"\r\n') + "\r\n" + NHS).encode()),
    "wrong-charset": ("declared UTF-16, sent as ASCII", CPYTHON,
                      (_head('Content-Type: text/plain; charset="utf-16"\r\n') + "\r\n" + NHS).encode()),
    "invalid-utf8-body": ("declared UTF-8, with bytes that are not", CPYTHON,
                          (_head("Content-Type: text/plain; charset=utf-8\r\n") + "\r\n").encode()
                          + b"\xc3\x28 \xe2\x82 " + NHS.encode() + b" \xf0\x90\x80"),
    "base64-invalid-characters": ("base64 with characters outside its alphabet", CPYTHON, (_head(
        "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n") + "\r\n"
        + _b64(NHS).replace("b", "b!*", 3)).encode()),
    "base64-truncated": ("base64 cut mid-quantum, no padding", MIMEKIT, (_head(
        "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n") + "\r\n"
        + _b64(NHS + " And more.").rstrip("=\r\n")[:-1]).encode()),
    "base64-on-multipart": ("Content-Transfer-Encoding: base64 on a multipart", CPYTHON, _multipart(
        '; boundary="b"\r\nContent-Transfer-Encoding: base64', f"--b\r\n{_part()}--b--\r\n")),
    "quoted-printable-broken": ("=ZZ escapes, a soft break at the very end", CPYTHON, (_head(
        "Content-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n") + "\r\n"
        + NHS.replace("number", "num=ZZber").replace("ward", "wa=\r\nrd") + "=").encode()),
    "unknown-transfer-encoding": ("Content-Transfer-Encoding: x-bogus", MIME4J, (_head(
        "Content-Type: text/plain\r\nContent-Transfer-Encoding: x-bogus\r\n") + "\r\n" + NHS).encode()),
    "uuencoded-body": ("an x-uuencode body", CPYTHON, (_head(
        "Content-Type: text/plain\r\nContent-Transfer-Encoding: x-uuencode\r\n") + "\r\n"
        "begin 644 notes.txt\r\n" + "".join(
            f"{line}\r\n" for line in __import__("binascii").b2a_uu(NHS[:45].encode()).decode().splitlines())
        + "`\r\nend\r\n").encode()),
    "rfc2231-broken": ("RFC 2231 parameters with bad escapes and missing sections", CPYTHON, _multipart(
        '; boundary="b"', "--b\r\n" + _part(headers="Content-Type: text/plain; name*0*=utf-8''%ZZ%;"
                                                   " name*2=tail\r\nContent-Disposition: attachment;"
                                                   " filename*=bogus''%E2%82\r\n") + "--b--\r\n")),
    "disposition-garbage": ("a Content-Disposition of garbage, an empty filename", MIME4J, _multipart(
        '; boundary="b"', "--b\r\n" + _part(headers="Content-Type: text/plain\r\nContent-Disposition: "
                                                   "attachment;;;filename=\r\n") + "--b--\r\n")),
    "rfc822-truncated": ("a message/rfc822 part that stops inside its headers", CPYTHON, _multipart(
        '; boundary="b"', f"--b\r\n{_part('See below')}--b\r\nContent-Type: message/rfc822\r\n\r\n"
        f"From: a@b.c\r\nSubject: {NHS}\r\nContent-Type: multipart/mixed; bound\r\n--b--\r\n")),
    "rfc822-empty": ("an empty message/rfc822 part", CPYTHON, _multipart(
        '; boundary="b"', f"--b\r\n{_part()}--b\r\nContent-Type: message/rfc822\r\n\r\n--b--\r\n")),
    "attachment-mislabelled": ("text declared application/pdf; a ZIP that stops after its magic", MIMEKIT, _multipart(
        '; boundary="b"', f"--b\r\n{_part('Attached.')}--b\r\nContent-Type: application/pdf; name=a.pdf\r\n"
        f"Content-Transfer-Encoding: base64\r\n\r\n{_b64(NHS)}--b\r\nContent-Type: application/zip; name=b.zip\r\n"
        f"Content-Transfer-Encoding: base64\r\n\r\n{base64.b64encode(b'PK' + bytes([3, 4]) + b'xx').decode()}\r\n"
        "--b--\r\n")),
    "html-unclosed": ("HTML with an unclosed comment, script and tags", MIMEKIT, (_head(
        "Content-Type: text/html\r\n") + "\r\n<html><body><p>" + NHS + "<div><table><tr><td>"
        "<!-- never closed <script>var a = '").encode()),
    "date-and-version-garbage": ("Date and MIME-Version of garbage", MIME4J, (
        f"From: {SENDER}\r\nTo: {TO}\r\nDate: 99 Foo 20x6 25:61:61 +9999\r\nMIME-Version: 9.x (what)\r\n"
        f"Subject: x\r\n\r\n{NHS}").encode()),
    "long-header-line": ("one unfolded 100,000-character header line", MIME4J,
                         (_head(f"X-Long: {'a' * 100_000}\r\n") + "\r\n" + NHS).encode()),
    "many-headers": ("5,000 short headers", MIME4J,
                     (_head("".join(f"X-H{i}: v\r\n" for i in range(5000))) + "\r\n" + NHS).encode()),
    "many-parts": ("2,000 tiny parts", MIMEKIT, _multipart(
        '; boundary="b"', "".join(f"--b\r\n{_part('hi')}" for _ in range(2000)) + f"--b\r\n{_part()}--b--\r\n")),
    "nested-80": ("80 nested multiparts", MIMEKIT, _nested(80)),
}


def cpython_messages() -> list[tuple[str, bytes]]:
    """CPython's email test messages from this Python's installation, if it has its tests."""
    data = Path(sysconfig.get_paths()["stdlib"]) / "test" / "test_email" / "data"
    return [(p.name, p.read_bytes()) for p in sorted(data.glob("msg_*.txt"))]


def sources(extra_dirs: list[str] = ()) -> dict[str, list[tuple[str, bytes]]]:
    out = {"generated": [(name, raw) for name, (_, _, raw) in GENERATED.items()],
           "cpython": cpython_messages(),
           "fixtures": [(p.name, p.read_bytes()) for p in sorted((ROOT / "tests" / "fixtures" / "malformed").glob("*"))
                        if p.is_file() and p.name != "README.md"]}
    for d in extra_dirs:
        out[str(d)] = [(p.name, p.read_bytes()) for p in sorted(Path(d).rglob("*")) if p.is_file()]
    return {k: v for k, v in out.items() if v}


class PeakMemory:
    """Peak resident memory of this process during one block, from the kernel's high-water mark."""

    def __init__(self):
        self.resettable = self._reset()

    @staticmethod
    def _reset() -> bool:
        try:
            Path("/proc/self/clear_refs").write_text("5")  # 5: reset the peak RSS (Linux 4.0+)
            return True
        except OSError:
            return False

    def start(self) -> None:
        if self.resettable:
            self._reset()

    @staticmethod
    def peak_mb() -> float:
        try:
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def check_all(engine, messages: list[tuple[str, bytes]], memory: PeakMemory | None = None) -> list[dict]:
    """Each message through `bedside check`'s path and printer: verdict, time, peak memory."""
    from bedside.proxy.cli.batch import check_item
    from bedside.proxy.cli.sources import Item
    from bedside.proxy.reports import as_json

    memory = memory or PeakMemory()
    results = []
    for name, raw in messages:
        memory.start()
        cpu = time.process_time()
        started = time.perf_counter()
        try:
            outcome = check_item(engine, Item(name, raw=raw))
            printed = as_json(outcome)
            crash = None
        except Exception as exc:  # noqa: BLE001 - that is what is measured
            outcome, printed, crash = None, "", f"{type(exc).__name__}: {exc}"
        seconds = time.perf_counter() - started
        cpu = time.process_time() - cpu
        report = outcome.report if outcome else None
        results.append({
            "name": name, "seconds": seconds, "cpu_seconds": cpu, "peak_mb": memory.peak_mb(), "crash": crash,
            "verdict": str(report.verdict) if report else None, "skipped": outcome.error if outcome else None,
            "errors": list(report.errors) if report else [], "defects": list(report.defects) if report else [],
            "rules": list(report.rules) if report else [], "printed": printed,
        })
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", action="append", default=[], help="another directory of messages")
    parser.add_argument("--budget-seconds", type=float, default=2.0)
    parser.add_argument("--budget-mb", type=float, default=300.0)
    parser.add_argument("--list", action="store_true", help="one line per message, not per source")
    args = parser.parse_args()

    from bedside.checks import Engine

    engine = Engine()
    engine.check(_head().encode() + b"\r\nHello\r\n")  # word lists and models load on first use
    memory = PeakMemory()
    print(f"peak memory per message: {'reset before each check' if memory.resettable else 'process peak so far'}")
    print(f"{'source':<12}{'messages':>9}{'held':>6}{'delivered':>10}{'warned':>7}{'skipped':>8}"
          f"{'worst time':>12}  {'(message)':<28}{'worst peak':>11}  (message)")
    over = False
    for source, messages in sources(args.dir).items():
        results = check_all(engine, messages, memory)
        slowest = max(results, key=lambda r: r["seconds"])
        biggest = max(results, key=lambda r: r["peak_mb"])
        counts = {v: sum(r["verdict"] == v for r in results) for v in ("hold", "deliver", "warn")}
        skipped = sum(r["skipped"] is not None for r in results)
        print(f"{source:<12}{len(results):>9}{counts['hold']:>6}{counts['deliver']:>10}{counts['warn']:>7}"
              f"{skipped:>8}{slowest['seconds']:>10.3f} s  {slowest['name'][:28]:<28}"
              f"{biggest['peak_mb']:>8.0f} MB  {biggest['name']}")
        if source == "generated":  # each carries an NHS number: each should be held
            for r in results:
                if r["verdict"] != "hold":
                    print(f"  not held: {r['name']:<30} {GENERATED[r['name']][0]}")
        for r in results:
            bad = (r["crash"] or r["errors"] or "Traceback" in r["printed"] or r["seconds"] > args.budget_seconds
                   or r["peak_mb"] > args.budget_mb)
            over |= bool(bad)
            if args.list or bad:
                print(f"  {'OVER ' if bad else ''}{r['name']:<32} {r['seconds']:7.3f} s {r['peak_mb']:6.0f} MB "
                      f"{r['verdict'] or r['skipped'] or r['crash']} {','.join(r['rules'])}"
                      + (f" errors={r['errors']}" if r["errors"] else ""))
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
