"""A letter that is one plain or HTML text part, read without the MIME walk.

Most mail a student types is one text part. For it, mail-parser's walk (the stdlib parser over
every line, then its own pass over the headers) was a third of the whole check. Here the same
answer is read straight from the bytes: the body decoded as mail-parser decodes it (transfer
encoding, declared charset, the same fallbacks and the same defect), the address headers parsed
by mail-parser's own address parser unless they are plain mailboxes. Anything out of the
ordinary (8-bit or malformed headers, a file name, base64, more than one part) returns None and
takes the full walk. tests/test_message.py reads every fixture and generated variants both ways
and compares them.

One difference, on purpose: the Date and Received headers are not checked for defects, as
nothing in bedside reads them.
"""

from __future__ import annotations

import email.message
import quopri
import re

from mailparser.utils import get_addresses

from .model import Address

# Header fields as the stdlib reads them: a name, a colon, the value with its folded lines.
_FIELD = re.compile(rb"^([\x21-\x39\x3b-\x7e]+):[ \t]*([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)", re.M)
# A header block the stdlib parser would read as nothing but such fields (no lone CR, no
# 'From ' line, no line it would take for the start of the body).
_CLEAN_HEAD = re.compile(rb"[\x21-\x39\x3b-\x7e]+:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*"
                         rb"(?:\r?\n[\x21-\x39\x3b-\x7e]+:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)*\r?\n?")
_CONTENT = ("content-type", "content-transfer-encoding", "content-disposition")
_ADDRESS_HEADERS = ("bcc", "cc", "delivered-to", "from", "reply-to", "to")  # mail-parser's, in its order
READ_ADDRESSES = ("from", "to", "cc", "bcc")  # the address headers the rules read
_TRANSFER_ENCODINGS = frozenset({"", "7bit", "8bit", "binary", "quoted-printable"})


def read_one_part(head: bytes, body: bytes, defects: list[str]):
    """(body text, body is HTML, addresses by header) for a one-part text letter, else None."""
    if not head or not head.isascii() or _CLEAN_HEAD.fullmatch(head) is None:
        return None
    fields: dict[str, list[str]] = {}
    for m in _FIELD.finditer(head):
        fields.setdefault(m.group(1).decode().lower(), []).append(m.group(2).decode())
    view = email.message.Message()
    for name in _CONTENT:
        values = fields.get(name, ())
        if len(values) > 1:
            return None
        if values:
            view[name] = values[0]
    content_type = view.get_content_type()
    cte = str(view.get("content-transfer-encoding", "")).lower()
    if content_type not in ("text/plain", "text/html") or cte.strip() not in _TRANSFER_ENCODINGS or \
            view.get_content_disposition() not in (None, "inline") or \
            view.get_filename() is not None or view.get_param("name") is not None:
        return None
    addresses = _addresses(fields, defects)
    text = _text(body, cte, view.get_content_charset("utf-8"), content_type, defects)
    return text, content_type == "text/html", addresses


def _text(body: bytes, cte: str, charset: str, content_type: str, defects: list[str]) -> str:
    """The part's text, as mail-parser decodes a body part."""
    if cte.strip() in ("", "7bit", "8bit") and body.isascii():
        return body.decode("ascii")
    payload = quopri.decodestring(body) if cte == "quoted-printable" else body
    if not payload:
        return ""
    try:
        text = payload.decode(charset)
        text.encode("utf-8")  # some codecs give lone surrogates
        return text
    except (LookupError, ValueError):  # UnicodeError, and a charset name with a NUL in it
        pass
    try:
        text, recovery = payload.decode("utf-8"), "decoded with utf-8"
    except UnicodeDecodeError:
        text, recovery = payload.decode("utf-8", "replace"), "decoded with utf-8 replacement characters"
    defects.append(f"{content_type}: CharsetDecodeDefect: part 0, charset {charset!r} failed; {recovery}. "
                   "Original bytes remain in the MIME part.")
    return text


# The mailboxes most headers hold: 'amy@x.org', 'Amy Jones <amy@x.org>', a list of them. Their parse
# is not in doubt, and mail-parser's careful parser costs ~20 us a header: it reads the rest.
_LOCAL = r"[A-Za-z0-9_%+\-]+(?:\.[A-Za-z0-9_%+\-]+)*"
_DOMAIN = r"[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
_PLAIN_MAILBOX = re.compile(rf"\s*(?:(?P<name>[A-Za-z'\-]+(?: [A-Za-z'\-]+)*) ?<(?P<angle>{_LOCAL}@{_DOMAIN})>|"
                            rf"(?P<bare>{_LOCAL}@{_DOMAIN}))\s*")


def plain_mailboxes(value: str) -> list[tuple[str, str]] | None:
    """(display name, address) of each mailbox when every one is plain, else None."""
    pairs = []
    for item in value.split(","):
        m = _PLAIN_MAILBOX.fullmatch(item)
        if m is None:
            return None
        pairs.append((m["name"] or "", m["angle"] or m["bare"]))
    return pairs


def _addresses(fields: dict[str, list[str]], defects: list[str]) -> dict[str, tuple[Address, ...]]:
    found, problems = {}, []
    for header in _ADDRESS_HEADERS:
        for occurrence, value in enumerate(fields.get(header, ())):
            diagnostics: list[dict] = []
            pairs = plain_mailboxes(value)
            if pairs is None:
                pairs = get_addresses(value, defects=diagnostics, decode_names=True)
            if occurrence == 0:
                found[header] = pairs
            problems += [f"address-headers: AddressHeaderDefect: {header}[{occurrence}]: {d['reason']}"
                         for d in diagnostics]
    defects.extend(problems)
    read = {}
    for header in READ_ADDRESSES:
        # As mail-parser gives them: no empty address, no display name that only repeats the address.
        pairs = [("" if name == addr else name, addr) for name, addr in found.get(header, ()) if addr]
        read[header] = tuple(Address(n.strip(), a.strip()) for n, a in pairs if a.strip() or n.strip())
    return read
