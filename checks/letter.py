"""One reading of a letter, shared by every rule: where the writer's own text ends, what is quoted
from earlier messages, where the sign-off and signature are, and the legal footer.

Offsets are into the body text as the parser gave it, so a rule's finding points at the same
line and column whichever of these it reads. The vocabulary (sign-offs, disclaimer openings) is
data in config/wordlists/; the shapes of quote headers are structure and live here.

Who decides what each region means is the rule: a patient's details are patient data even in a
forwarded message (it still leaves), while an insult inside a quoted message is not the sender's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from .config import word_pieces
from .text import NAME_LINE

# The line that opens a quoted or forwarded message: 'On 3 Mar, Amy <a@x> wrote:' (Gmail folds it
# over two lines) or just 'amy@x.org wrote:', Outlook's '-----Original Message-----' or 'From: ...' header block, a forwarded
# message's banner, and the same in the languages students write in.
QUOTE_HEADER = re.compile(
    r"^[ \t]*(?:on\s[^\n]{5,160}\s+wrote:|[^\n@]{0,160}@[^\n]{0,160}\s+wrote:|am\s[^\n]{5,160}\s+schrieb[^\n]{0,40}:|le\s[^\n]{5,160}\s+a\s+écrit\s*:|"
    r"el\s[^\n]{5,160}\s+escribió\s*:|w\s+dniu\s[^\n]{5,160}\s+napisał[^\n]{0,20}:|"
    r"-{2,}[ \t]*(?:original|forwarded)[ \t]+message[ \t]*-{2,}|begin\s+forwarded\s+message:|from:[ \t]+\S[^\n]*)[ \t]*$",
    re.I | re.M)
# A header can only be there if one of these is: the regex is not run over letters without one.
_QUOTE_CUES = ("wrote:", "original message", "forwarded message", "from:", "schrieb", "écrit", "escribió", "napisał")
# A name in a quote header: before its <address> ('Tom Ashbury <tom@...>'), or after 'From:'.
_AUTHOR = re.compile(r"([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]*<[^<>\n]*@"
                     r"|^[ \t]*(?i:from):[ \t]+\"?([^\"<\n@]+?)\"?[ \t]*(?:<|$)", re.M)
SIGNATURE_SEPARATOR = re.compile(r"^-- ?$", re.M)  # RFC 3676's '-- ' line
SIGN_OFF_REACH = 600  # a sign-off is in the last few lines of the writer's own text


@dataclass(frozen=True)
class Fiction:
    """The vocabulary of a work of fiction discussed (config/wordlists/fiction.toml), compiled."""
    work: re.Pattern   # a kind of work: 'film', 'novel', 'Netflix'
    story: re.Pattern  # its telling: 'plot', 'the ending', 'four stars'


FICTION_KINDS = ("work", "story")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass(frozen=True)
class Letter:
    text: str
    own_end: int                         # the writer's own text ends here: a quoted/forwarded message follows
    quoted_lines: tuple[tuple[int, int], ...]  # '> ' lines inside the writer's part
    sign_off: tuple[int, int] | None     # 'Kind regards,'
    signature_start: int                 # the sender's own name, role and contacts from here (<= own_end)
    disclaimer_start: int | None         # a legal footer from here to the end of the writer's part
    fiction: Fiction | None = field(default=None, compare=False, repr=False)

    @cached_property
    def fiction_paragraphs(self) -> tuple[tuple[int, int], ...]:
        """The writer's paragraphs that discuss a work of fiction: a kind of work and the telling of
        it named in the same paragraph ('the whole book is told from ...', 'the final scene')."""
        if self.fiction is None:
            return ()
        text = self.own_text
        works = [m.start() for m in self.fiction.work.finditer(text)]
        if not works:
            return ()  # most mail: no film, book or series named
        found, start = [], 0
        for brk in (*_PARAGRAPH_BREAK.finditer(text), None):
            end = brk.start() if brk else len(text)
            if any(start <= w < end for w in works) and self.fiction.story.search(text, start, end):
                found.append((start, end))
            start = brk.end() if brk else end
        return tuple(found)

    def about_fiction(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.fiction_paragraphs)

    @cached_property
    def own_text(self) -> str:
        """The writer's own words: the body up to any quoted message, with '>' lines blanked (spaces,
        so offsets and line numbers stay those of the body)."""
        text = self.text[:self.own_end]
        if not self.quoted_lines:
            return text
        chars = list(text)
        for start, end in self.quoted_lines:
            chars[start:end] = " " * (end - start)
        return "".join(chars)

    @cached_property
    def quoted_authors(self) -> tuple[str, ...]:
        """Display names of whoever wrote the messages quoted or forwarded below ('On 10 Jun, Tom
        Ashbury <tom@...> wrote:', 'From: Ward, Helen'): correspondents, like the sender and the
        recipients, not people the letter reveals."""
        return tuple(" ".join((m.group(1) or m.group(2)).split())
                     for header in QUOTE_HEADER.finditer(self.text, self.own_end)
                     for m in _AUTHOR.finditer(header.group()))

    def is_quoted(self, offset: int) -> bool:
        return offset >= self.own_end or any(s <= offset < e for s, e in self.quoted_lines)

    def in_signature(self, offset: int) -> bool:
        return self.signature_start <= offset < self.own_end

    def in_disclaimer(self, offset: int) -> bool:
        return self.disclaimer_start is not None and self.disclaimer_start <= offset < self.own_end

    def is_writers_own(self, offset: int) -> bool:
        """Composed by the writer in this message: not quoted, not signature, not boilerplate."""
        return not (self.is_quoted(offset) or self.in_signature(offset) or self.in_disclaimer(offset))


class LetterReader:
    """The compiled vocabulary; `read(text)` is linear in the text."""

    def __init__(self, sign_offs, disclaimers, fiction: Fiction | None = None):
        self._fiction = fiction
        sign_offs = sorted({" ".join(s.split()) for s in sign_offs if s.strip()}, key=len, reverse=True)
        phrases = "|".join(r"\s+".join(map(re.escape, s.split())) for s in sign_offs) or "(?!x)x"
        self._sign_off = re.compile(rf"^[ \t>]*(?:{phrases})[ \t]*[,.!]?[ \t]*$", re.I | re.M)
        openings = sorted({" ".join(s.split()) for s in disclaimers if s.strip()}, key=len, reverse=True)
        phrases = "|".join(r"\s+".join(map(re.escape, s.split())) for s in openings) or "(?!x)x"
        # The leading rule characters are taken possessively (*+): openings start with a letter, so giving
        # some back never helps, and backtracking through every line of an HTML newsletter's padding
        # spaces was a third of reading it. An opening that starts with such a character keeps '*'.
        lead = "*" if any(s[0] in " \t*_-=" for s in openings) else "*+"
        self._disclaimer = re.compile(rf"^[ \t*_\-=]{lead}(?:{phrases})\b", re.I | re.M)

    def read(self, text: str) -> Letter:
        own_end = _quote_start(text)
        quoted = _quoted_lines(text, own_end)
        last = None
        for last in self._sign_off.finditer(text, max(0, own_end - SIGN_OFF_REACH), own_end):
            pass
        disclaimer = self._disclaimer.search(text, 0, own_end)
        signature = [m.start() for m in (last, SIGNATURE_SEPARATOR.search(text, 0, own_end)) if m]
        if not signature:
            signature = [_name_block_start(text, disclaimer.start() if disclaimer else own_end)]
        return Letter(text=text, own_end=own_end, quoted_lines=quoted,
                      sign_off=(last.start(), last.end()) if last else None,
                      signature_start=min(min(signature), own_end),
                      disclaimer_start=disclaimer.start() if disclaimer else None, fiction=self._fiction)


def reader_for(config) -> LetterReader:
    """Built once per Config (config.derive)."""
    return LetterReader(config.terms("sign_offs"), config.terms("disclaimers"), _fiction(config))


def _fiction(config) -> Fiction:
    """config/wordlists/fiction.toml compiled, or a ConfigError naming the bad entry."""
    words = word_pieces(config, "fiction", FICTION_KINDS)
    return Fiction(**{kind: re.compile(rf"\b(?:{'|'.join(words[kind])})\b", re.I) for kind in FICTION_KINDS})


def _quote_start(text: str) -> int:
    lowered = text.lower()
    if not any(cue in lowered for cue in _QUOTE_CUES):
        return len(text)
    m = QUOTE_HEADER.search(text)
    return m.start() if m else len(text)


def _quoted_lines(text: str, end: int) -> tuple[tuple[int, int], ...]:
    if ">" not in text[:end]:
        return ()
    spans, start = [], 0
    while start < end:
        stop = text.find("\n", start, end)
        stop = end if stop == -1 else stop
        if text[start:stop].lstrip().startswith(">"):
            spans.append((start, stop))
        start = stop + 1
    return tuple(spans)


def _name_block_start(text: str, end: int) -> int:
    """With no sign-off, a last short paragraph that opens with a name line ('Amy Smith' /
    'MBChB Year 2') is the signature."""
    body = text[:end].rstrip()
    block = body.rfind("\n\n") + 2 if "\n\n" in body else 0
    lines = body[block:].split("\n")
    if len(lines) <= 5 and all(len(l) <= 60 for l in lines) and NAME_LINE.match(lines[0]):
        return block
    return end
