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
    """The text of an HTML part as a reader sees it, in reading order (see _render)."""
    try:
        return _render(html[:MAX_HTML_CHARS])
    except Exception as exc:  # noqa: BLE001 - hostile HTML must not stop the check
        if defects is not None:
            defects.append(f"HTML could not be rendered ({type(exc).__name__})")
        return re.sub(r"<[^>]*>", " ", html[:MAX_HTML_CHARS])


# What the rules need from HTML is its words in reading order, with the lines and paragraphs a
# letter's reading (greeting, quotation, sign-off) and the sentence ends rely on. So lxml parses it
# and one pass over the tree marks where lines and paragraphs break; no layout engine. A table is
# read row by row, its cells two spaces apart: laying the cells out side by side (as inscriptis did,
# at three quarters of the parse of the real ham) interleaves the lines of neighbouring cells and
# pads newsletters to megabytes of blanks. Text hidden by CSS is read: it is sent all the same.
_UNSEEN = frozenset({"head", "script", "style", "noscript", "template", "title", "svg", "math", "object", "applet"})
_PARAGRAPHS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl",
                         "hr", "figure", "fieldset", "address", "details"})
_LINES = frozenset({"div", "tr", "li", "dt", "dd", "section", "article", "aside", "header", "footer", "main", "nav",
                    "form", "center", "caption", "figcaption", "summary", "legend", "tbody", "thead", "tfoot",
                    "option", "body", "html", "dialog", "menu", "dir", "listing", "plaintext", "xmp", "frameset"})
_CELLS = frozenset({"td", "th"})
_BLANKS = re.compile(r"[ \t\n\r\f\v]+")  # HTML's white space: one blank (a no-break space stays)
_WIDE_GAP = re.compile(r" {3,}")
_XML_DECLARATION = re.compile(r"^<\?xml[^>]*>\s*")


def _render(html: str) -> str:
    from lxml import etree

    tree = _html_tree(html)
    if tree is None:
        return ""
    unseen, kept = [], set()  # kept: <pre> and <textarea> and what is inside them, white space as written
    for node in tree.iter():  # document order: a parent before its children
        tag = node.tag
        in_kept = node.getparent() in kept
        if node.tail:  # the tail is the parent's text
            node.tail = _plain(node.tail, in_kept)
        if not isinstance(tag, str):  # a comment or processing instruction: only its tail is text
            continue
        tag = tag.lower()
        if in_kept or tag in ("pre", "textarea"):
            kept.add(node)
        if node.text:
            node.text = _plain(node.text, node in kept)
        if tag in _UNSEEN:
            unseen.append(node)
        elif tag == "br":
            node.tail = "\n" + (node.tail or "")
        elif tag in _CELLS:
            node.tail = "  " + (node.tail or "")
        elif tag in _PARAGRAPHS or tag in _LINES:
            brk = _PARAGRAPH if tag in _PARAGRAPHS else _LINE
            node.text = brk + ("* " if tag == "li" else "") + (node.text or "")
            node.tail = brk + (node.tail or "")
    for node in unseen:
        node.clear(keep_tail=True)
    text = etree.tostring(tree, method="text", encoding="unicode", with_tail=False)
    return _tidy_layout(_BREAKS.sub(_break, text))


# Where a block starts or ends, a mark (characters of Unicode's private use area, removed from the
# text first): the marks and blanks between two pieces of text are one line break, or a blank line
# when a paragraph ends there, two <br> meet or a block holds only a <br>. '<div>a</div><div>b</div>' is two lines, not two
# paragraphs, however many blocks open and close between them.
_LINE, _PARAGRAPH = "\ue000", "\ue001"
# ... and the control characters lxml will not take back into a tree ('\x1c' is a blank to Python).
_NOT_WRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff\ue000\ue001]")
_BREAKS = re.compile("[ \t\n]*[\ue000\ue001][\ue000\ue001 \t\n]*")


def _plain(text: str, as_written: bool) -> str:
    text = _NOT_WRITABLE.sub(" ", text)
    return text if as_written else _BLANKS.sub(" ", text)


def _break(m: re.Match) -> str:
    run = m.group()
    # A <br> ending a line is absorbed by the block's end; one in an empty block is an empty line.
    blank = _PARAGRAPH in run or run.count("\n") > 1 or _EMPTY_LINE.search(run)
    return "\n\n" if blank else "\n"


_EMPTY_LINE = re.compile("[\ue000\ue001][ \t]*\n")


def _tidy_layout(text: str) -> str:
    """Each line without the blanks at its ends, runs of blanks inside it two spaces at most (a
    table's empty cells), and at most one blank line between paragraphs."""
    lines = "\n".join(line.strip(" \t") for line in text.split("\n"))  # a regex '[ \t]+$' is quadratic
    return _BLANK_RUNS.sub("\n\n", _WIDE_GAP.sub("  ", lines)).strip("\n")


def _html_tree(html: str):
    """The document parsed by lxml's HTML parser (libxml2's, forgiving as browsers are); None for
    nothing at all. A fragment lxml cannot make a document of is read as preformatted text."""
    from lxml import etree

    def document(text: str):
        tree = etree.fromstring(text, etree.HTMLParser())
        if tree is None:
            raise etree.ParserError("Document is empty")
        return tree

    html = _XML_DECLARATION.sub("", html.strip(), count=1)
    if not html:
        return None
    try:
        return document(html)
    except etree.ParserError:
        return document("<pre>" + html + "</pre>")
