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

# A header block the stdlib parser reads as nothing but header fields (no lone CR, no 'From ' line,
# no line it would take for the start of the body) is a run of these, each a name, a colon and the
# value with its folded lines, ending at a line end or at the end of the block.
_FIELD = re.compile(r"([\x21-\x39\x3b-\x7e]+):[ \t]*([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)(?:\r?\n|\Z)")
_CONTENT = ("content-type", "content-transfer-encoding", "content-disposition")
_ADDRESS_HEADERS = ("bcc", "cc", "delivered-to", "from", "reply-to", "to")  # mail-parser's, in its order
READ_ADDRESSES = ("from", "to", "cc", "bcc")  # the address headers the rules read
_TRANSFER_ENCODINGS = frozenset({"", "7bit", "8bit", "binary", "quoted-printable"})


def head_fields(head: bytes) -> list[tuple[str, str]] | None:
    """(name, value with its folds) of every field of an ASCII header block made of nothing but
    fields, else None. One pass: message.py decodes the headers from these too."""
    if not head or not head.isascii():
        return None
    text = head.decode("ascii")
    fields = []
    pos, end, match = 0, len(text), _FIELD.match
    while pos < end:
        m = match(text, pos)
        if m is None:
            return None
        fields.append(m.groups())
        pos = m.end()
    return fields


# The Content-Type most letters carry, read here as the stdlib reads it ('text/plain; charset="UTF-8";
# format=flowed'): its type, and its charset if one is given. Any other parameter (a name, an
# RFC 2231 charset*) or a Content-Disposition takes the stdlib's own reading.
_WS = r"[ \t\r\n]*"
_PLAIN_TYPE = re.compile(rf"""{_WS}(text/(?:plain|html)){_WS}
    (?:;{_WS}charset{_WS}={_WS}("?)([A-Za-z0-9._:-]+)\2{_WS})?
    (?:;{_WS}(?:format|delsp){_WS}={_WS}("?)[A-Za-z0-9-]+\4{_WS})*""", re.I | re.X)


def read_one_part(head: list[tuple[str, str]], body: bytes, defects: list[str]):
    """(body text, body is HTML, addresses by header) for a one-part text letter, else None.
    `head` is head_fields()' reading of the header block."""
    fields: dict[str, list[str]] = {}
    for name, value in head:
        fields.setdefault(name.lower(), []).append(value)
    content = [fields.get(name, ()) for name in _CONTENT]
    if any(len(values) > 1 for values in content):
        return None
    (content_type, *_), (cte, *_), _ = [values or ("",) for values in content]
    cte = cte.lower()  # as the stdlib gives it: the value as written, folds and all
    view = None
    typed, disposed = bool(content[0]), bool(content[2])  # present, even if empty
    plain = _PLAIN_TYPE.fullmatch(content_type) if typed and not disposed else None
    if plain is not None:
        content_type = plain[1].lower()
    elif not typed and not disposed:
        content_type = "text/plain"  # the stdlib's default
    else:
        view = email.message.Message()
        for name, values in zip(_CONTENT, content):
            if values:
                view[name] = values[0]
        if view.get_content_disposition() not in (None, "inline") or \
                view.get_filename() is not None or view.get_param("name") is not None:
            return None
        content_type = view.get_content_type()
    if content_type not in ("text/plain", "text/html") or cte.strip() not in _TRANSFER_ENCODINGS:
        return None
    charset = view.get_content_charset("utf-8") if view is not None else (plain and plain[3] or "utf-8").lower()
    addresses = _addresses(fields, defects)
    text = _text(body, cte, charset, content_type, defects)
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


# The mailbox shapes nearly all headers hold, read here as mail-parser reads them: its careful parser
# costs ~20 us a header (a fifth of the check's parse), and it reads the rest. On the value unfolded as
# it unfolds it (a folded line is one space), each comma-separated item must be one of:
#   amy@x.org | <amy@x.org> | Amy "Jones, A." J. Smith <amy@x.org>   (atoms, dotted words, quoted words)
#   amy@x.org (Amy Jones)     (the stdlib names the mailbox from the comment)
#   d..hare@enron.com, mailing list x@y.org, legal <.taylor@enron.com>   (no valid address: mail-parser
#                             drops the item with one defect, whose reason is given here)
# or the whole value an empty group ('undisclosed-recipients:;'). Anything else (encoded words,
# backslashes, other groups, nested comments, spaces inside addresses) returns None: mail-parser reads it.
_ATEXT = r"A-Za-z0-9!#$%&'*+/=?^_`{|}~\-"
_DOT_ATOM = rf"[{_ATEXT}]+(?:\.[{_ATEXT}]+)*"
_LOOSE = rf"[{_ATEXT}.]+"  # atoms and dots in any order: a display-name word, or a malformed address
_QUOTED = r'"[^"\\\x00-\x1f\x7f]*"'
_PHRASE = rf"(?:{_LOOSE}|{_QUOTED})(?:[ \t]+(?:{_LOOSE}|{_QUOTED}))*"
_ITEM = re.compile(rf"""[ \t]*(?:
    (?P<phrase>{_PHRASE})?[ \t]*<(?:(?P<angle>{_DOT_ATOM}@{_DOT_ATOM})|(?P<bad_angle>{_LOOSE}@{_LOOSE}))>
  | (?P<bare>{_DOT_ATOM}@{_DOT_ATOM})(?:[ \t]*\((?P<comment>[^()\\"\x00-\x1f\x7f]*)\))?
  | (?P<invalid>{_LOOSE}@{_LOOSE}|(?:[{_ATEXT}]+[ \t]+)+[{_ATEXT}][{_ATEXT}.]*@{_LOOSE})
)?[ \t]*(?:,|\Z)""", re.X)
_BARE = re.compile(rf"{_DOT_ATOM}@{_DOT_ATOM}")
_BARE_LIST = re.compile(rf"[ \t,]*{_DOT_ATOM}@{_DOT_ATOM}(?:[ \t]*,[ \t,]*{_DOT_ATOM}@{_DOT_ATOM})*[ \t,]*")
_EMPTY_GROUP = re.compile(rf"[ \t]*{_LOOSE}(?:[ \t]+{_LOOSE})*[ \t]*:[ \t]*;[ \t]*")
_FOLD = re.compile(r"\r?\n[ \t]+")


def mailboxes(value: str) -> tuple[list[tuple[str, str]], list[str]] | None:
    """(display name, address) of each mailbox and mail-parser's reason for each item it would drop,
    when every item has one of the shapes above, else None."""
    if "=?" in value or not value.strip(" \t\r\n"):
        return None  # encoded words are decoded by mail-parser; an empty header is the stdlib's
    if "\n" in value:
        value = _FOLD.sub(" ", value)
    if _BARE_LIST.fullmatch(value):  # 'a@x.org, b@y.org, ...' (Enron's lists of fifty): no item loop
        return [("", address) for address in _BARE.findall(value)], []
    if _EMPTY_GROUP.fullmatch(value):
        return [("", "")], []
    pairs: list[tuple[str, str]] = []
    reasons: list[str] = []
    pos, end = 0, len(value)
    while True:
        m = _ITEM.match(value, pos)
        if m is None:
            return None
        if m["angle"]:
            # The stdlib joins the phrase's words with one space, each quoted word without its quotes.
            pairs.append((" ".join(q or a for q, a in _PHRASE_WORD.findall(m["phrase"] or "")), m["angle"]))
        elif m["bare"]:
            pairs.append((m["comment"] or "", m["bare"]))
        elif m["bad_angle"]:
            reasons.append("invalid-angle-address")
        elif m["invalid"]:
            reasons.append("invalid-or-ambiguous-address")
        pos = m.end()
        if pos >= end:
            return pairs or [("", "")], reasons  # mail-parser's answer when no mailbox is left


_PHRASE_WORD = re.compile(rf'"([^"]*)"|({_LOOSE})')


def _addresses(fields: dict[str, list[str]], defects: list[str]) -> dict[str, tuple[Address, ...]]:
    found, problems = {}, []
    for header in _ADDRESS_HEADERS:
        for occurrence, value in enumerate(fields.get(header, ())):
            read = mailboxes(value)
            if read is None:
                diagnostics: list[dict] = []
                read = get_addresses(value, defects=diagnostics, decode_names=True), [d["reason"] for d in diagnostics]
            pairs, reasons = read
            if occurrence == 0:
                found[header] = pairs
            problems += [f"address-headers: AddressHeaderDefect: {header}[{occurrence}]: {reason}"
                         for reason in reasons]
    defects.extend(problems)
    read = {}
    for header in READ_ADDRESSES:
        # As mail-parser gives them: no empty address, no display name that only repeats the address.
        pairs = [("" if name == addr else name, addr) for name, addr in found.get(header, ()) if addr]
        read[header] = tuple(Address(n.strip(), a.strip()) for n, a in pairs if a.strip() or n.strip())
    return read
