"""message.html_to_text renders through a leaner copy of inscriptis' tree walk: it must give exactly
what inscriptis.get_text gives, its table padding trimmed (message._tidy_layout), on real mail, on
the fixtures and on generated tag soup."""

from __future__ import annotations

from pathlib import Path

import inscriptis
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bedside.checks import message
from bedside.checks.message import html_to_text

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _inscriptis_text(html: str) -> str:
    return message._tidy_layout(inscriptis.get_text(html))


def _html_bodies(paths):
    import mailparser

    for path in paths:
        try:
            parsed = mailparser.MailParser.from_bytes(path.read_bytes())
        except Exception:  # noqa: BLE001 - not every file is mail the stdlib can walk
            continue
        yield from parsed.text_html


def test_the_lean_walk_is_used():
    assert message._lean_inscriptis() is not None  # else this file tests the stock engine against itself


def test_same_text_as_inscriptis_on_every_html_body():
    paths = sorted((Path(__file__).parent / "fixtures").rglob("*.eml")) + sorted(Path(__file__).parent.glob("students/*.eml"))
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("students/*.eml")) + sorted(CORPUS.glob("real/ham/*.eml"))
    seen = 0
    for html in _html_bodies(paths):
        assert html_to_text(html) == _inscriptis_text(html)
        seen += 1
    assert seen >= 20


_PIECES = st.sampled_from([
    "<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<b>", "</b>", "<br>", "<table>", "</table>", "<tr>", "</tr>",
    "<td>", "</td>", "<th>", "<ul>", "</ul>", "<ol>", "</ol>", "<li>", '<li value="7">', "</li>", "<pre>", "</pre>",
    "<head><title>t</title></head>", "<style>p {}</style>", '<div style="display:none">', '<p style="margin-top:2em">',
    '<td align="right">', '<td valign="top">', '<span style="white-space:pre">', '<div style="padding-left:3em">',
    "<!-- note -->", "<?pi x?>", "<q>", "</q>", "<h1>", "</h1>", "<a href='x'>", "</a>", "<img alt='x'>", "<blockquote>",
    "Mrs Jones", " in bay 4 ", "\n", "  ", "&amp;lt;", "&nbsp;", "caf\u00e9", "\t", "1.", "x" * 30, "<unknown>", "</unknown>",
    "<?xml version='1.0'?>", "<!DOCTYPE html>", "<html>", "<body>", "</body>", "\x00", "<![CDATA[x]]>",
    "\u00a0", "\u2028", "\u3000", "\x1c", "\x85", "\u200b", "\r\n", " \t\n ", "&amp;#65;", "&#32;", "&amp;amp",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=60))
def test_same_text_as_inscriptis_on_tag_soup(pieces):
    html = "".join(pieces)
    try:
        expected = _inscriptis_text(html)
    except Exception as exc:  # noqa: BLE001 - then html_to_text must report the same failure
        defects: list[str] = []
        html_to_text(html, defects)
        assert defects == [f"HTML could not be rendered ({type(exc).__name__})"]
        return
    assert html_to_text(html) == expected


@pytest.mark.parametrize("html", ["", "   ", "<?xml version='1.0'?>", "<?xml version='1.0' encoding='utf-8'?><p>a</p>",
                                  "<!-- only a comment -->", "\x00", "<", "&", "<p", "</p>"])
def test_edge_documents_render_as_inscriptis_does(html):
    try:
        expected = _inscriptis_text(html)
    except Exception as exc:  # noqa: BLE001
        defects: list[str] = []
        html_to_text(html, defects)
        assert defects == [f"HTML could not be rendered ({type(exc).__name__})"]
    else:
        assert html_to_text(html) == expected


@pytest.mark.parametrize("depth", [100, 300, 3000])
def test_deep_nesting_renders_as_inscriptis_does(depth):
    html = "<div><span>a" * depth + "b" + "</span></div>" * depth
    defects: list[str] = []
    try:
        expected = _inscriptis_text(html)
    except RecursionError:
        html_to_text(html, defects)
        assert defects == ["HTML could not be rendered (RecursionError)"]
    else:
        assert html_to_text(html, defects) == expected and not defects


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t\nab\u00a0", max_size=200))
def test_tidying_the_layout_keeps_every_word_in_order(text):
    tidy = message._tidy_layout(text)
    assert tidy.split() == text.split()
    assert "   " not in tidy and "\n\n\n" not in tidy
    assert all(line == line.rstrip(" \t") for line in tidy.split("\n"))


def test_a_newsletters_layout_tables_lose_their_padding():
    cell = "<td>{}</td>"
    row = "<tr>" + cell.format("Week 3 rota") + cell.format("x" * 120) + "</tr>"
    html = "<table>" + ("<tr><td><table>" + row * 5 + "</table></td>" + cell.format("y" * 200) + "</tr>") * 20 + "</table>"
    raw, tidy = inscriptis.get_text(html), html_to_text(html)
    assert tidy.split() == raw.split()
    assert len(tidy) < len(raw) / 2
