"""Bytes of one email in, a `Message` out: never raises, never hangs.

A letter that is one text part is read by onepart.py. Any other goes through mail-parser's MIME
walk, whose gaps are covered here:
- it logs to stderr through its own logger: a NullHandler keeps that quiet;
- it uses the compat32 policy, which drops raw 8-bit header bytes (`Subject: Café`
  becomes `Caf`): headers are decoded here from the raw bytes instead;
- deep nesting raises (RecursionError inside the stdlib parser): we fall back to
  the raw body text, so the rules can still read what was sent.
Every problem becomes a defect string on the Message. What a limit kept from being read (a body
past MAX_BODY_CHARS, nesting past MAX_MIME_DEPTH with its encoded parts never decoded, a part
mail-parser could not walk) is also listed in `Message.unread`: the rules never saw it, so the
unchecked rules (checks/unchecked.py) report it and the message is not passed as clean.
"""

from __future__ import annotations

import base64
import binascii
import email.errors
import email.header
import email.utils
import functools
import logging
import re

from .model import Address, Attachment, Message

logging.getLogger("mailparser").addHandler(logging.NullHandler())
logging.getLogger("mailparser").propagate = False

import mailparser  # noqa: E402  (after the logger is quietened)

from .onepart import READ_ADDRESSES, head_fields, read_one_part  # noqa: E402  (it uses mail-parser's address parser)


class _MailParser(mailparser.MailParser):
    """mail-parser without the two summary dicts (`mail`, `mail_partial`) that parse() ends by
    building from every header: nothing here reads them, and they were a fifth of the parse.
    tests/test_message.py checks that everything read here is the same as the stock parser's."""

    def _make_mail(self, complete=True):
        return {}


# Past this, body text is truncated for the rules: a 25 MB text body is an attack, not a letter.
MAX_BODY_CHARS = 2_000_000
# HTML to text is the slowest step for hostile input; cap what it is given.
MAX_HTML_CHARS = 2_000_000
# Nesting beyond this is refused before the stdlib parser recurses into it.
MAX_MIME_DEPTH = 60

_HEADER_END = re.compile(rb"\r?\n\r?\n")
_HEADER_LINE = re.compile(rb"^([!-9;-~]+)[ \t]*:(.*)$")
_BOUNDARY_LINE = re.compile(rb"^--[^\r\n]{1,200}$", re.M)
_CONTENT_TYPE_MULTIPART = re.compile(rb"^content-type:[ \t]*multipart/", re.I | re.M)


def parse_message(raw: bytes, envelope_from: str | None = None,
                  envelope_rcpts: tuple[str, ...] = ()) -> Message:
    defects: list[str] = []
    unread: list[str] = []
    head, body_raw = _split(raw)
    fields = head_fields(head)  # None unless the block is nothing but well-formed ASCII fields
    headers = _decode_headers(head, defects) if fields is None else _unfolded(fields, defects)
    one_part = read_one_part(fields, body_raw, defects) if fields is not None else None
    if one_part is not None:
        text, html, parsed_addresses = one_part
        body, is_html = _body([] if html else [text], [text] if html else [], defects, unread)
        attachments = []
    else:
        body, is_html, attachments, parsed_addresses = _parse_mime(raw, body_raw, defects, unread)
    hmap: dict[str, list[str]] = {}
    for name, value in headers:
        hmap.setdefault(name.lower(), []).append(value)
    # mail-parser has already parsed the address headers (names with 8-bit characters intact);
    # when it could not run, the stdlib parses them from our own decoded headers.
    addresses = parsed_addresses or {name: _addresses(hmap.get(name, []), defects, name) for name in READ_ADDRESSES}
    return Message(
        headers=tuple(headers),
        subject=(hmap.get("subject") or [""])[0],
        from_=addresses["from"],
        to=addresses["to"],
        cc=addresses["cc"],
        bcc=addresses["bcc"],
        body=body,
        body_is_html=is_html,
        attachments=tuple(attachments),
        defects=tuple(defects),
        envelope_from=envelope_from,
        envelope_rcpts=tuple(envelope_rcpts),
        size=len(raw),
        unread=tuple(unread),
    )


def _split(raw: bytes) -> tuple[bytes, bytes]:
    match = _blank_line(raw)
    if match is None:
        # No blank line: all headers if every line looks like one, else all body.
        lines = raw.splitlines()
        if lines and all(_HEADER_LINE.match(l) or l[:1] in (b" ", b"\t") for l in lines):
            return raw, b""
        return b"", raw
    head = raw[: match[0]]
    first = head.split(b"\n", 1)[0]
    if not _HEADER_LINE.match(first.rstrip(b"\r")):
        return b"", raw  # the text before the blank line is not a header block
    return head, raw[match[1]:]


def _blank_line(raw: bytes) -> tuple[int, int] | None:
    """(start, end) of the first blank line, the span _HEADER_END.search(raw) gives: found with
    bytes.find (memchr speed), as the regex steps through every byte of the header block."""
    unix, dos = raw.find(b"\n\n"), raw.find(b"\n\r\n")
    if unix == -1 and dos == -1:
        return None
    line_end = unix if dos == -1 or -1 < unix < dos else dos  # the first newline a blank line follows
    start = line_end - 1 if line_end and raw[line_end - 1] == 13 else line_end  # with its CR
    return start, line_end + (3 if raw[line_end + 1] == 13 else 2)


def _decode_bytes(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _decode_headers(head: bytes, defects: list[str]) -> list[tuple[str, str]]:
    headers: list[tuple[str, str]] = []
    current: list | None = None
    for line in head.splitlines():
        if line[:1] in (b" ", b"\t") and current is not None:
            current[1] += b" " + line.strip()
            continue
        match = _HEADER_LINE.match(line)
        if match is None:
            if line.strip():
                defects.append("malformed header line")
            continue
        current = [match.group(1), match.group(2).strip()]
        headers.append(current)
    decoded = []
    for name, value in headers:
        text = _decode_bytes(value)
        decoded.append((name.decode("ascii", "replace"), _decode_rfc2047(text, defects)))
    return decoded


_BYTES_WHITESPACE = " \t\n\r\x0b\x0c"  # what bytes.strip() strips (str.strip() strips \x1c-\x1f too)


def _unfolded(fields: list[tuple[str, str]], defects: list[str]) -> list[tuple[str, str]]:
    """_decode_headers' answer for a block head_fields() read: each folded line stripped and joined
    to the one before by a space, encoded words decoded."""
    out = []
    for name, value in fields:
        if "\n" in value:
            value = " ".join(line.strip(_BYTES_WHITESPACE) for line in value.split("\n"))
        else:
            value = value.strip(_BYTES_WHITESPACE)
        out.append((name, _decode_rfc2047(value, defects)))
    return out


def _decode_rfc2047(text: str, defects: list[str]) -> str:
    if "=?" not in text:
        return text
    try:
        parts = email.header.decode_header(text)
        out = []
        for chunk, charset in parts:
            if isinstance(chunk, bytes):
                try:
                    out.append(chunk.decode(charset or "ascii"))
                except (LookupError, UnicodeDecodeError):
                    defects.append(f"header charset {charset!r} could not be decoded")
                    out.append(_decode_bytes(chunk))
            else:
                out.append(chunk)
        return "".join(out)
    except (email.errors.HeaderParseError, ValueError, binascii.Error):
        defects.append("undecodable encoded-word in header")
        return text


def _addresses(values: list[str], defects: list[str], name: str) -> tuple[Address, ...]:
    try:
        pairs = email.utils.getaddresses(values)
    except Exception:  # noqa: BLE001 - stdlib raises assorted errors on hostile input
        defects.append(f"unparseable {name} header")
        return ()
    return tuple(Address(n.strip(), a.strip()) for n, a in pairs if a.strip() or n.strip())


def _too_deep(raw: bytes) -> bool:
    """Cheap pre-check: many multipart parts mean deep nesting the stdlib would recurse into.
    (A count of 'multipart/' over-counts, never under-counts, the Content-Type headers.)"""
    head = raw[:4_000_000]
    if head.count(b"ultipart/") + head.count(b"ULTIPART/") <= MAX_MIME_DEPTH:
        return False
    return len(_CONTENT_TYPE_MULTIPART.findall(head)) > MAX_MIME_DEPTH


def _parse_mime(raw: bytes, body_raw: bytes, defects: list[str], unread: list[str]):
    """(body text, body was HTML, attachments, addresses or None)."""
    if _too_deep(raw):
        defects.append(f"MIME nesting deeper than {MAX_MIME_DEPTH} levels: read as raw text")
        # The raw text is still read, but encoded parts (base64, quoted-printable) and attachments
        # in it were never decoded: what they hold was not checked.
        unread.append(f"MIME nesting deeper than {MAX_MIME_DEPTH} levels: its parts and attachments "
                      "were not decoded")
        return _raw_text(body_raw, unread), False, [], None
    try:
        parsed = _MailParser.from_bytes(raw)
    except Exception as exc:  # noqa: BLE001 - any parser failure still yields a readable message
        defects.append(f"MIME parse failed ({type(exc).__name__}): read as raw text")
        unread.append("the MIME structure could not be parsed: its parts and attachments were not decoded")
        return _raw_text(body_raw, unread), False, [], None
    for defect in parsed.defects or ():
        defects.extend(_flatten_defect(defect))
    try:
        plain, html = parsed.text_plain, parsed.text_html
        raw_attachments = parsed.attachments
    except Exception as exc:  # noqa: BLE001
        defects.append(f"MIME parts unreadable ({type(exc).__name__}): read as raw text")
        unread.append("the MIME parts could not be read: they and any attachments were not decoded")
        return _raw_text(body_raw, unread), False, [], None
    body, is_html = _body(plain, html, defects, unread)
    outside = _outside_the_parts(parsed.message, unread)
    if outside:
        body = (body + "\n\n" + outside)[:MAX_BODY_CHARS]
    attachments = [a for a in (_attachment(item, defects, unread) for item in raw_attachments) if a]
    return body, is_html, attachments, _parsed_addresses(parsed)


# What a mail client shows although no text part holds it: a multipart whose boundary is missing or
# never found (the client shows its body as text), a preamble or epilogue, an attached message's
# Subject. Kept after the body, so findings in the body keep their line numbers.
_BOUNDARY_LOST = (email.errors.NoBoundaryInMultipartDefect, email.errors.StartBoundaryNotFoundDefect)
_MIME_NOTICE = re.compile(r"^\W*this\s+is\s+a\s+multi-?part\s+message\s+in\s+mime\s+format\W*$", re.I | re.M)
_MAX_PARTS_WALKED = 2_000


def _outside_the_parts(message, unread: list[str]) -> str:
    found = []
    try:
        for count, part in enumerate(message.walk()):
            if count >= _MAX_PARTS_WALKED:
                break
            if part.get_content_maintype() == "multipart":
                payload = part.get_payload()
                if isinstance(payload, str) and any(isinstance(d, _BOUNDARY_LOST) for d in part.defects):
                    found.append(payload)
                found.extend(t for t in (part.preamble, part.epilogue) if t)
            elif part.get_content_type() == "message/rfc822":
                inner = part.get_payload()
                inner = inner[0] if isinstance(inner, list) and inner else inner
                subject = inner.get("subject") if hasattr(inner, "get") else None
                if subject:
                    found.append(f"Subject: {subject}")
    except Exception:  # noqa: BLE001 - a hostile structure the stdlib cannot walk: the body is still read,
        unread.append("text outside the message's parts could not be read")  # and this is unchecked
        return ""
    text = "\n\n".join(_MIME_NOTICE.sub("", str(t)).strip() for t in found)
    return text.replace("\r\n", "\n").strip()


def _body(plain: list[str], html: list[str], defects: list[str], unread: list[str]) -> tuple[str, bool]:
    """The text the rules read, from the plain and HTML parts: plain preferred, HTML rendered."""
    plain = [t for t in plain if t and t.strip()]
    html = [t for t in html if t and t.strip()]
    if plain:
        body, is_html = "\n".join(plain), False
        if html:
            # The recipient's client shows the HTML: what it says and the plain part does not
            # (an innocent plain text over an HTML part with a patient's details) is read too.
            body += _only_in_html(_rendered("\n".join(html), defects, unread), body)
    elif html:
        body, is_html = _rendered("\n".join(html), defects, unread), True
    else:
        body, is_html = "", False
    if len(body) > MAX_BODY_CHARS:
        unread.append(f"the body is longer than {MAX_BODY_CHARS:,} characters: the rest was not read")
    # One line-ending convention, so line and column numbers mean the same everywhere.
    return body[:MAX_BODY_CHARS].replace("\r\n", "\n"), is_html


def _rendered(html_text: str, defects: list[str], unread: list[str]) -> str:
    if len(html_text) > MAX_HTML_CHARS:
        unread.append(f"the HTML body is longer than {MAX_HTML_CHARS:,} characters: the rest was not read")
    return html_to_text(html_text, defects)


_TOKEN = re.compile(r"\w+")
_BLANK_RUNS = re.compile(r"\n{3,}")


def _only_in_html(html_text: str, plain: str) -> str:
    """The HTML part's lines holding a word or number the plain part lacks, after a blank line;
    "" when the two say the same (nearly all mail), so findings are not doubled."""
    known = set(_TOKEN.findall(plain.lower()))
    lines = [line if not known.issuperset(_TOKEN.findall(line.lower())) else "" for line in html_text.splitlines()]
    if not any(lines):
        return ""
    # Lines already said are left out as blank ones, so paragraphs stay apart (ETQ014 reads them).
    return "\n\n" + _BLANK_RUNS.sub("\n\n", "\n".join(lines).strip("\n"))


def _parsed_addresses(parsed) -> dict | None:
    try:
        return {name: tuple(Address(str(n).strip(), str(a).strip()) for n, a in getattr(parsed, attr) or ()
                            if str(a).strip() or str(n).strip())
                for name, attr in (("from", "from_"), ("to", "to"), ("cc", "cc"), ("bcc", "bcc"))}
    except Exception:  # noqa: BLE001 - fall back to the stdlib on our decoded headers
        return None


def _flatten_defect(defect) -> list[str]:
    if isinstance(defect, dict):
        out = []
        for key, value in defect.items():
            values = value if isinstance(value, list) else [value]
            out.extend(f"{key}: {v}" for v in values)
        return out
    return [str(defect)]


def _raw_text(body_raw: bytes, unread: list[str]) -> str:
    if len(body_raw) > MAX_BODY_CHARS:
        unread.append(f"the body is longer than {MAX_BODY_CHARS:,} characters: the rest was not read")
    return _decode_bytes(body_raw[:MAX_BODY_CHARS]).replace("\r\n", "\n")


def _attachment(item: dict, defects: list[str], unread: list[str]) -> Attachment | None:
    name = item.get("filename") or "unnamed"
    payload = item.get("payload") or ""
    try:
        if item.get("binary"):
            data = base64.b64decode(payload, validate=False)
        else:
            data = payload.encode("utf-8", "replace")
    except (binascii.Error, ValueError):
        defects.append(f"attachment {name!r}: undecodable base64")
        unread.append("an attachment's base64 could not be decoded: its content was not read")
        data = payload.encode("ascii", "replace") if isinstance(payload, str) else b""
    content_type = (item.get("mail_content_type") or "application/octet-stream").lower()
    return Attachment(filename=str(name), content_type=content_type, data=data)


def html_to_text(html: str, defects: list[str] | None = None) -> str:
    """Readable text from HTML, keeping its layout (inscriptis renders tables and lists)."""
    try:
        return _tidy_layout(_render(html[:MAX_HTML_CHARS]))
    except Exception as exc:  # noqa: BLE001 - hostile HTML must not stop the check
        if defects is not None:
            defects.append(f"HTML could not be rendered ({type(exc).__name__})")
        return re.sub(r"<[^>]*>", " ", html[:MAX_HTML_CHARS])


# inscriptis pads every line of a table to the table's width, and a newsletter's nested layout
# tables to hundreds of columns: over the real ham, half of all the text every rule reads was
# padding at line ends and another sixth runs of blanks. Trimmed, a cell is still set apart from
# the next by two spaces and a paragraph from the next by a blank line.
_WIDE_GAP = re.compile(r" {3,}")
_BLANK_LINES = re.compile(r"\n{3,}")


def _tidy_layout(text: str) -> str:
    trimmed = "\n".join(line.rstrip(" \t") for line in text.split("\n"))  # a regex '[ \t]+$' is quadratic
    return _BLANK_LINES.sub("\n\n", _WIDE_GAP.sub("  ", trimmed))


def _render(html: str) -> str:
    """inscriptis.get_text(html), through _lean_inscriptis' engine when this inscriptis is the one
    it was written for (tests/test_html_render.py compares the two on every HTML body of the corpus)."""
    import inscriptis

    lean = _lean_inscriptis()
    if lean is None:
        return inscriptis.get_text(html)
    tree = _html_tree(html)
    return lean(tree).get_text() if tree is not None else ""


def _html_tree(html: str):
    """inscriptis._get_html_tree(html), parsed by lxml's plain HTML parser: the same libxml2 parse
    with the same defaults, without lxml.html's Python lookup of a class for every element the
    walk touches (4% of the rendering)."""
    from inscriptis import RE_STRIP_XML_DECLARATION
    from lxml import etree

    def document(text: str):  # lxml.html.document_fromstring
        tree = etree.fromstring(text, etree.HTMLParser())
        if tree is None:
            raise etree.ParserError("Document is empty")
        return tree

    html = html.strip()
    if not html:
        return None
    if html.startswith("<?xml "):
        html = RE_STRIP_XML_DECLARATION.sub("", html, count=1)
    try:
        return document(html)
    except etree.ParserError:
        return document("<pre>" + html + "</pre>")


@functools.cache  # a class built once, on the first HTML letter (inscriptis is imported only then)
def _lean_inscriptis():
    """inscriptis' engine with the same tree walk made cheaper (a fifth of an HTML letter's parse):
    elements copied field by field rather than through a setattr/getattr loop over their slots,
    attribute handling skipped for an element without attributes, no call to write nothing or to
    open or close an inline element without annotations (the canvas has nothing to do), and text
    handed straight to the line's merge (HtmlElement.write -> Canvas.write -> Block.merge in one).
    Every step, and its order, is the stock _parse_html_tree's. None when inscriptis has changed
    what the walk relies on: then the stock engine renders."""
    from importlib.metadata import version

    import inscriptis
    from inscriptis.html_engine import Inscriptis
    from inscriptis.html_properties import Display, WhiteSpace
    from inscriptis.model.html_element import DEFAULT_HTML_ELEMENT, HtmlElement
    from lxml.etree import Comment

    if set(HtmlElement.__slots__) != set(_ELEMENT_FIELDS) or not hasattr(inscriptis, "RE_STRIP_XML_DECLARATION") or \
            version("inscriptis") != _LEAN_FOR:
        return None
    new = HtmlElement.__new__

    def copy(e: HtmlElement, tag: str) -> HtmlElement:  # HtmlElement.__copy__().set_tag(tag)
        c = new(HtmlElement)
        c.align, c.annotation, c.canvas, c.display = e.align, e.annotation, e.canvas, e.display
        c.limit_whitespace_affixes, c.list_bullet, c.margin_after = e.limit_whitespace_affixes, e.list_bullet, e.margin_after
        c.margin_before, c.padding_inline, c.prefix = e.margin_before, e.padding_inline, e.prefix
        c.previous_margin_after, c.suffix, c.tag = e.previous_margin_after, e.suffix, tag
        c.valign, c.whitespace = e.valign, e.whitespace
        return c

    class Lean(Inscriptis):
        def _parse_html_tree(self, state, tree):
            css_get, apply_attributes, tags = state.css.get, state.apply_attributes, state.tags
            starts, ends = self.start_tag_handler_dict, self.end_tag_handler_dict
            block, none, pre = Display.block, Display.none, WhiteSpace.pre

            def write(element, text: str) -> None:
                # HtmlElement.write, then Canvas.write and Block.merge, in one call (for text, not None)
                if element.display is not none:
                    text = "".join((element.prefix, text, element.suffix))
                    line = element.canvas.current_block
                    if element.whitespace is pre:
                        line.merge_pre_text(text)
                    else:
                        line.merge_normal_text(text)

            def walk(node) -> None:
                tag = node.tag
                if isinstance(tag, str):
                    attrib = node.attrib
                    element = copy(css_get(tag, DEFAULT_HTML_ELEMENT), tag)
                    if attrib:
                        element = apply_attributes(attrib, html_element=element)
                    tags.append(tags[-1].get_refined_html_element(element))
                    if handler := starts.get(tag):
                        handler(state, attrib)
                    current = tags[-1]
                    if current.annotation or current.display is block:  # else Canvas.open_tag does nothing
                        current.canvas.open_tag(current)
                    if node.text:
                        write(tags[-1], node.text)
                    for child in node:
                        walk(child)
                    if handler := ends.get(tag):
                        handler(state)
                    done = tags.pop()
                    if done.annotation or done.display is block:  # else Canvas.close_tag does nothing
                        done.canvas.close_tag(done)
                    if node.tail:
                        write(tags[-1], node.tail)
                elif tag is Comment and node.tail:
                    tags[-1].canvas.write(tags[-1], node.tail)

            walk(tree)
            return state.canvas

    return Lean


_ELEMENT_FIELDS = ("align", "annotation", "canvas", "display", "limit_whitespace_affixes", "list_bullet",
                   "margin_after", "margin_before", "padding_inline", "prefix", "previous_margin_after", "suffix",
                   "tag", "valign", "whitespace")
_LEAN_FOR = "2.7.6"  # the inscriptis release _lean_inscriptis was checked against, step by step
