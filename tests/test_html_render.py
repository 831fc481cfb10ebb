"""message.html_to_text: the words of an HTML part in reading order, with the lines and paragraphs
that a letter's reading and the sentence ends rely on; on real mail, on the fixtures and on
generated tag soup it never fails and never drops a word a reader can see."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from bedside.checks import message
from bedside.checks.message import html_to_text

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _html_bodies(paths):
    import mailparser

    for path in paths:
        try:
            parsed = mailparser.MailParser.from_bytes(path.read_bytes())
        except Exception:  # noqa: BLE001 - not every file is mail the stdlib can walk
            continue
        yield from parsed.text_html


def _letters(text: str) -> str:
    return re.sub(r"\W+", "", text)


def _seen_words(html: str) -> str:
    """Every letter and digit of the document's text outside head, script and style, in order, as
    lxml's own text serialisation gives it (an independent reading: no line or paragraph logic,
    so 'Hale<br>Year' is one word there; compared letter by letter)."""
    tree = message._html_tree(html)
    if tree is None:
        return ""
    for node in [n for n in tree.iter() if isinstance(n.tag, str) and n.tag.lower() in message._UNSEEN]:
        node.clear(keep_tail=True)
    text = etree.tostring(tree, method="text", encoding="unicode", with_tail=False)
    return _letters(text)


def test_every_word_of_every_html_body_in_order():
    paths = sorted((Path(__file__).parent / "fixtures").rglob("*.eml")) + sorted(Path(__file__).parent.glob("students/*.eml"))
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("students/*.eml")) + sorted(CORPUS.glob("real/ham/*.eml"))
    seen = 0
    for html in _html_bodies(paths):
        assert _letters(html_to_text(html)) == _seen_words(html)
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
    "\ue000", "\ue001", "<script>var x = 1;</script>", "<textarea> a\n b </textarea>",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, max_size=60))
def test_tag_soup_keeps_every_word_and_a_tidy_layout(pieces):
    html = "".join(pieces)
    defects: list[str] = []
    text = html_to_text(html, defects)
    assert not defects
    assert _letters(text) == _seen_words(html)
    assert "   " not in text and "\n\n\n" not in text and message._LINE not in text and message._PARAGRAPH not in text
    assert all(line == line.strip(" \t") for line in text.split("\n"))


def _render(body: str) -> str:
    return html_to_text(f"<html><head><title>Newsletter</title><style>p {{color: red}}</style></head><body>{body}</body></html>")


def test_blocks_make_lines_and_paragraphs_make_blank_lines():
    # Gmail writes each line of a letter as a <div>; an empty <div><br></div> is a blank line.
    assert _render("<div>Hi Tom,</div><div><br></div><div>Thanks for the notes.<br></div><div>See you Friday</div>") == \
        "Hi Tom,\n\nThanks for the notes.\nSee you Friday"
    assert _render("<p>First   paragraph\nwrapped.</p><p>Second.</p>") == "First paragraph wrapped.\n\nSecond."
    assert _render("line one<br>line two<br><br>after a gap") == "line one\nline two\n\nafter a gap"
    assert _render("<div><div><div>deep</div></div></div><div>next</div>") == "deep\nnext"


def test_tables_read_row_by_row_and_lists_as_items():
    table = "<table><tr><td>Name</td><td>Ward</td></tr><tr><td>Bed 4</td><td></td><td>side room</td></tr></table>"
    assert _render(table) == "Name  Ward\nBed 4  side room"
    assert _render("<ul><li>one</li><li>two</li></ul>") == "* one\n* two"


def test_what_no_reader_sees_is_left_out_and_what_is_hidden_by_css_is_read():
    text = _render("<!-- internal note --><script>var tracking = 1;</script>Visible"
                   "<div style='display:none'>Preview text for Mrs Jones</div>")
    assert text == "Visible\nPreview text for Mrs Jones"
    assert "Newsletter" not in text and "color" not in text


def test_preformatted_text_keeps_its_lines_and_entities_are_decoded():
    assert _render("<pre>&gt; quoted line\n&gt; another</pre>Tom &amp; Jerry") == "> quoted line\n> another\n\nTom & Jerry"


@pytest.mark.parametrize("html", ["", "   ", "<?xml version='1.0'?>", "<?xml version='1.0' encoding='utf-8'?><p>a</p>",
                                  "<!-- only a comment -->", "\x00", "<", "&", "<p", "</p>"])
def test_edge_documents_render_without_error(html):
    defects: list[str] = []
    text = html_to_text(html, defects)
    assert not defects
    assert _letters(text) == _seen_words(html)


@pytest.mark.parametrize("depth", [100, 300, 3000])
def test_deep_nesting_renders_without_error(depth):
    html = "<div><span>a" * depth + "b" + "</span></div>" * depth
    defects: list[str] = []
    text = html_to_text(html, defects)
    assert not defects and text.split()[0] == "a"


def test_a_newsletters_layout_tables_stay_small():
    cell = "<td>{}</td>"
    row = "<tr>" + cell.format("Week 3 rota") + cell.format("x" * 120) + "</tr>"
    html = "<table>" + ("<tr><td><table>" + row * 5 + "</table></td>" + cell.format("y" * 200) + "</tr>") * 20 + "</table>"
    text = html_to_text(html)
    assert len(text) < 1.1 * sum(len(w) + 2 for w in re.findall(r"\w+", html))
    assert "Week 3 rota  " + "x" * 120 in text
