"""Shared test helpers: build real messages in code, run the real CLI in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from email.message import EmailMessage
from pathlib import Path

import pytest

from bedside.checks import Engine, load_config

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
BEDSIDE = [sys.executable, "-m", "bedside.proxy.cli"]


def xlsx(rows) -> bytes:
    """A workbook as Excel writes it: dates are day counts with a date format, text in shared strings."""
    import io

    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def docx(paragraphs, table=()) -> bytes:
    """A Word document: paragraphs, then a table (a list of rows) if given."""
    import io

    import docx as python_docx

    document = python_docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_message(body: str = "Hello", subject: str | None = "Test", to: str = "friend@gmail.com",
                 sender: str = "amy.student@exmail.nottingham.ac.uk", html: str | None = None,
                 attachments: list[tuple[str, str, bytes]] = (), headers: dict | None = None) -> bytes:
    """A real MIME message built with the stdlib; attachments are (filename, content type, bytes)."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    if subject is not None:
        msg["Subject"] = subject
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    for filename, ctype, data in attachments:
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run([*BEDSIDE, *args], input=stdin, capture_output=True, cwd=cwd or ROOT,
                          env=env, timeout=120)


@pytest.fixture(scope="session")
def engine() -> Engine:
    return Engine(load_config())


def codes(report) -> set[str]:
    return {f.rule for f in report.findings}


def need_command(command: str, package: str) -> None:
    """Skip a test whose Debian package is missing, saying which; under CI=true, fail instead
    (`make test` installs .ci/debian-packages as root, so a missing one there is a real fault)."""
    import shutil

    if shutil.which(command):
        return
    message = f"needs `{command}` (Debian package {package}; listed in .ci/debian-packages)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def need_module(module: str, extra: str) -> None:
    """Skip a test whose Python extra is not installed, saying which; under CI=true, fail instead
    (`make test` installs it, so a missing one there is a real fault)."""
    import importlib.util

    if importlib.util.find_spec(module):
        return
    message = f"needs the Python module {module} (pip install -e '.[{extra}]'; `make test` installs it)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def profile_check(engine, raw: bytes):
    """One engine.check(raw) under cProfile, as pstats.Stats: calls counted, not seconds timed, so a
    busy machine cannot change the answer."""
    import cProfile
    import pstats

    profile = cProfile.Profile()
    profile.enable()
    try:
        engine.check(raw)
    finally:
        profile.disable()
    return pstats.Stats(profile)
