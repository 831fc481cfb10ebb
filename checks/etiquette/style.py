"""The etiquette checks: one function per habit, each returning hits with a fix in the detail.

Staff versus friend is judged from the recipients' domains (internal, not a student mailbox)
and the greeting ('Dear Dr ...'): `formal(scan)`. Only the writer's own text is judged, not
the quoted message being replied to.
"""

from __future__ import annotations

import re

from ..model import Hit, TextPart
from ..normalise import fold
from ..text import AFTER_NAME, NAME_LINE, class_runs, class_table, word_starts
from . import sentiment
from .vocabulary import vocabulary

DEVICE_FOOTER = re.compile(r"^\s*(?:sent\s+from\s+my\s+\w+|sent\s+from\s+(?:outlook|mail)\b|get\s+outlook\s+for\s+\w+)",
                           re.I)
NAME_AT_END = re.compile(rf"[.,!]\s*[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)?{AFTER_NAME}\s*$")  # '... thanks. Amy'
CAPITALS = class_table("ABCDEFGHIJKLMNOPQRSTUVWXYZ")  # runs of 3+ are shouted words, bar acronyms
MARKS = class_table("!?")  # runs of ! and ?; '!?' alone is fine
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\u2764]")
KISS_WORDS = frozenset({"x", "xx", "xxx", "xxxx", "xo", "xoxo"})
KISSES = re.compile(r"(?:^|[\s,.!])(?:x{1,4}|xo{1,3})[\s.!]*$", re.I | re.M)
MAX_TONE_SENTENCES = 6  # the opening of an email sets its tone; bounded cost for long ones


def own_text(scan) -> TextPart:
    """The body minus the message being replied to (scan.letter: quoted '>' lines blanked, and
    everything from 'On ... wrote:' on)."""
    return scan.shared(_own_text)


def _own_text(scan) -> TextPart:
    return TextPart("body", scan.letter.own_text)


def formal(scan) -> bool:
    """Mail to staff: an internal non-student recipient, or a greeting to a title ('Dear Dr Ward')."""
    return scan.shared(_formal)


def _formal(scan) -> bool:
    return scan.to_staff or bool(vocabulary(scan).titled_greeting.match(own_text(scan).text[:300].lstrip()))


def _first_line(text: str) -> tuple[int, str]:
    for m in re.finditer(r"[^\n]+", text):
        if m.group(0).strip():
            return m.start(), m.group(0)
    return 0, ""


def vague_subject(scan):
    subject = " ".join(scan.message.subject.split())
    if not subject or not formal(scan):
        return
    bare = re.sub(r"^(?:re|fwd?|fw)\s*:\s*", "", subject, flags=re.I).strip().lower()
    words = len(subject.split())
    if bare in vocabulary(scan).vague_subjects or (len(bare) <= 3 and bare.isalpha()):
        yield Hit(scan.subject, 0, len(subject), subject, f"'{subject}' says nothing about the email; name the topic")
    elif len(subject) > 100 or words > 15:
        yield Hit(scan.subject, 0, len(subject), subject[:60] + "…",
                  f"{words} words: keep the subject to a few words and put the detail in the body")


def greeting(scan):
    part = own_text(scan)
    start, line = _first_line(part.text)
    if not line:
        return
    words = vocabulary(scan)
    m = words.greeting.match(line)
    is_formal = formal(scan)
    if m is None and words.title_salutation.match(line):
        return  # 'Dr Ward,' on its own line: a plain but proper salutation
    if m is None:
        if is_formal:
            yield Hit(part, start, start + min(len(line), 30), excerpt_line(line, 0), "it starts without one: begin with 'Dear Dr ...,'")
        return
    if is_formal and words.casual.search(line[: m.end()] + m.group("rest")[:30]):
        yield Hit(part, start, start + len(line), line[:40],
                  f"'{m.group('word')}' is too casual for staff: use 'Dear Dr ...,' or 'Hello ...,'")


def sign_off(scan):
    if not formal(scan):
        return
    part = own_text(scan)
    lines = part.text.rstrip().split("\n")
    while lines and (not lines[-1].strip() or DEVICE_FOOTER.match(lines[-1])):
        lines.pop()  # 'Sent from my iPhone' is the phone's, not the sender's
    tail = [l for l in lines[-4:] if l.strip()]
    if not tail:
        return
    if scan.letter.sign_off or any(NAME_LINE.match(l) for l in tail) or NAME_AT_END.search(tail[-1]):
        return
    end = len(part.text.rstrip())
    yield Hit(part, max(0, end - 1), end, excerpt_line(tail[-1], len(tail[-1]) - 1),
              "it ends without one: close with 'Kind regards,' and your name")


def text_speak(scan):
    if not formal(scan):
        return
    part = own_text(scan)
    words = vocabulary(scan)
    if words.text_speak_words.isdisjoint(scan.words(scan.body)):
        return
    found = [m for m in words.text_speak.finditer(part.text)
             if not _in_url(part.text, m.start()) and not _letter_as_label(part.text, m, words.label_before)]
    if found:
        terms = sorted({m.group(0).lower() for m in found})
        first = found[0]
        yield Hit(part, first.start(), first.end(), excerpt_line(part.text, first.start()),
                  f"{', '.join(repr(t) for t in terms)}: write the words out in full")


def _letter_as_label(text: str, m: re.Match, label_before: re.Pattern) -> bool:
    """A lone capital (Group U, stations K to R) or a letter after a label word is never text-speak:
    text-speak is written in lower case, as a word in a sentence ('can u', 'u r', 'k thanks')."""
    word = m.group(0)
    if len(word) != 1:
        return False
    if word.isupper():
        return True
    return label_before.search(text, max(0, m.start() - 20), m.start()) is not None


def shouting(scan):
    if not formal(scan):
        return
    acronyms = vocabulary(scan).acronyms
    for part in (scan.subject, own_text(scan)):
        by_line: dict[int, int] = {}
        text = part.text
        for start, end in class_runs(text, CAPITALS, 3):
            if (start and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha()):
                continue
            if text[start:end] not in acronyms:
                line_start = part.text.rfind("\n", 0, start) + 1
                by_line[line_start] = by_line.get(line_start, 0) + 1
        for line_start, count in by_line.items():
            if count >= 3:
                line_end = part.text.find("\n", line_start)
                line_end = len(part.text) if line_end == -1 else line_end
                yield Hit(part, line_start, line_end, part.text[line_start:line_end][:60],
                          "write in sentence case")
                break


def punctuation(scan):
    if not formal(scan):
        return
    for part in (scan.subject, own_text(scan)):
        text = part.text
        # Three or more of either, '??' or '?!' read as agitated; '!!' after thanks is only warmth.
        run = next(((s, e) for s, e in class_runs(text, MARKS, 2) if e - s >= 3 or text[s:e] != "!!"), None)
        if run:
            yield Hit(part, run[0], run[1], excerpt_line(text, run[0]),
                      f"'{text[run[0]:run[1]]}' reads as agitated: one ! or ? is enough")


def emoji_or_kisses(scan):
    if not formal(scan):
        return
    part = own_text(scan)
    emoji = EMOJI.search(part.text) if not part.text.isascii() else None
    if emoji:
        i = emoji.start()
        yield Hit(part, i, i + 1, excerpt_line(part.text, i), "leave emoji out of mail to staff")
        return
    m = None
    if not KISS_WORDS.isdisjoint(scan.words(scan.body)):
        # 'anonymised as Mr X.', 'chromosome X', 'option X': a letter naming something, not a kiss.
        label_before = vocabulary(scan).label_before
        m = next((k for k in KISSES.finditer(part.text)
                  if not label_before.search(part.text, max(0, k.start() - 20), k.start() + 1)), None)
    if m:
        yield Hit(part, m.start(), m.end(), excerpt_line(part.text, m.start()), "leave kisses (x) out of mail to staff")


def tone(scan):
    if not formal(scan):
        return
    part = own_text(scan)
    folded, words = scan.folded(scan.body), scan.words(scan.body)
    m = next((m for _, pattern in vocabulary(scan).demanding.present(words)
              for m in pattern.finditer(folded, words, hi=scan.letter.own_end)
              if not scan.letter.is_quoted(m.start())), None)
    if m:
        yield Hit(part, m.start(), m.end(), excerpt_line(part.text, m.start()),
                  f"'{part.text[m.start():m.end()]}' sounds demanding: ask politely and explain what you need")
        return
    polarity, sentence, start = _most_negative_sentence(part.text, scan.words(scan.body))
    if polarity <= -0.6:
        yield Hit(part, start, start + len(sentence), sentence[:80],
                  "this sentence reads as hostile: say what went wrong and what you would like to happen")


def missing_attachment(scan):
    if scan.message.attachments:
        return
    phrases = vocabulary(scan).attach_phrases
    for part, text in ((scan.subject, scan.subject), (own_text(scan), scan.body)):
        folded, words = scan.folded(text), scan.words(text)
        end = scan.letter.own_end if text is scan.body else len(folded)
        found = next((f for f in phrases.finditer(folded, words, 0, end)
                      if text is not scan.body or not scan.letter.is_quoted(f[0])), None)
        if found:
            phrase = " ".join(part.text[found[0]:found[1]].split())
            yield Hit(part, found[0], found[1], excerpt_line(part.text, found[0]),
                      f"'{phrase}', and no file: attach it or take the sentence out")
            return


def visible_recipients(scan, threshold: int):
    visible = [a for a in (*scan.message.to, *scan.message.cc) if a.addr]
    if len(visible) > threshold:
        external = sum(not scan.config.is_internal(a.addr) for a in visible)
        yield Hit(scan.subject, 0, 0, f"{len(visible)} addresses in To/Cc",
                  f"{len(visible)} visible addresses ({external} outside the university): put them in Bcc")


def exposed_outside(scan, threshold: int):
    visible = [a for a in (*scan.message.to, *scan.message.cc) if a.addr]
    if len(visible) <= threshold:
        return
    # The sender's colleagues, like the university's people, are not exposed by a team list visible
    # to itself. Friends at gmail.com are strangers to each other (a personal mailbox is nobody's
    # organisation).
    external = [a for a in visible if not scan.is_colleague(a.addr)]
    if external:
        yield Hit(scan.subject, 0, 0, f"{len(visible)} addresses in To/Cc",
                  f"{len(visible)} addresses shown to {_count(len(external), 'outside recipient')}: use Bcc")


def reply_all(scan, threshold: int):
    subject = scan.message.subject.strip().lower()
    visible = [a for a in (*scan.message.to, *scan.message.cc) if a.addr]
    if subject.startswith("re:") and len(visible) > threshold:
        yield Hit(scan.subject, 0, 3, scan.message.subject[:40],
                  f"a reply to {len(visible)} people: reply only to the sender unless everyone needs it")


def wall_of_text(scan, max_paragraph_words: int, max_words: int):
    part = own_text(scan)
    text = part.text
    if len(text) < 2 * min(max_paragraph_words, max_words):
        return  # a word takes at least two characters with its space: too short to count
    # A paragraph can hold too many words only if it has twice as many characters: the split runs in
    # C, and most letters go no further.
    if max(map(len, _BLANK_LINE.split(text))) > 2 * max_paragraph_words:
        hit = _long_paragraph(part, max_paragraph_words)
        if hit:
            yield hit
            return
    if formal(scan) and _most_words(text, 0, len(text)) > max_words:  # formal() is known already: ask it first
        total = len(text.split())
        if total > max_words:
            yield Hit(part, 0, 1, excerpt_line(text, 0), f"{total} words: staff read short emails; summarise")


def _long_paragraph(part: TextPart, max_words: int) -> Hit | None:
    text, start = part.text, 0
    for blank in (*_BLANK_LINE.finditer(text), None):
        end = blank.start() if blank else len(text)
        # Words are counted (a split, costly on a long letter) only where the quick upper bound,
        # one word per whitespace character, is over the limit.
        if end - start > 2 * max_words and _most_words(text, start, end) > max_words:
            paragraph = text[start:end]
            words = len(paragraph.split())
            if words > max_words:
                at = start + len(paragraph) - len(paragraph.lstrip())
                return Hit(part, at, at + 1, excerpt_line(text, at),
                           f"a {words}-word paragraph: break it up, with the request first")
        start = blank.end() if blank else end
    return None


def _most_words(text: str, start: int, end: int) -> int:
    return text.count(" ", start, end) + text.count("\n", start, end) + text.count("\t", start, end) + 1


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def large_attachments(scan, limit_mb: float):
    total = sum(a.size for a in scan.message.attachments)
    if total > limit_mb * 1024 * 1024:
        biggest = max(scan.message.attachments, key=lambda a: a.size)
        yield Hit(TextPart(f"attachment:{biggest.filename}", biggest.filename), 0, len(biggest.filename),
                  biggest.filename, f"{total / 1048576:.0f} MB of attachments: share a link instead")


def excerpt_line(text: str, offset: int, width: int = 80) -> str:
    """The line holding `offset`, trimmed; a long one cut at a word boundary around it, with '…'."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    line = text[start: end if end != -1 else len(text)]
    at = offset - start
    line, at = line.strip(), at - (len(line) - len(line.lstrip()))
    if len(line) <= width:
        return line
    lo = max(0, min(at - width // 4, len(line) - width))
    hi = lo + width
    if lo:
        lo = line.find(" ", lo, at) + 1 if line.find(" ", lo, at) != -1 else lo
    if hi < len(line):
        cut = line.rfind(" ", max(at, lo), hi)
        hi = cut if cut > lo else hi
    return ("…" if lo else "") + line[lo:hi].strip() + ("…" if hi < len(line) else "")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _in_url(text: str, offset: int) -> bool:
    start = text.rfind(" ", 0, offset) + 1
    return "://" in text[start: offset + 10] or "@" in text[start: offset + 10]


def _most_negative_sentence(text: str, words: frozenset[str]) -> tuple[float, str, int]:
    """TextBlob's offline Pattern sentiment of the sentences holding a word its lexicon scores
    clearly negative (sentences split here: textblob's own splitter needs NLTK data that cannot be
    downloaded). `words` is a superset of the text's words, to skip the search when none is there."""
    worst = (0.0, "", 0)
    present = sentiment.negative_words().intersection(words)
    if not present:
        return worst  # no word the lexicon scores negative: the analyser cannot find hostility
    text = text[:5000]
    folded = fold(text)
    seen: set[int] = set()
    scored: set[str] = set()
    analysed = 0
    for hit in sorted(i for word in present for i in word_starts(folded, word)):
        # The sentence around the hit: after the last . ! ? or line break, through the next ones.
        begin = max(text.rfind(stop, 0, hit) for stop in ".!?\n") + 1
        if begin in seen:
            continue
        seen.add(begin)
        m = _SENTENCE.match(text, begin)
        sentence = m.group(0).strip()
        if len(sentence) < 12 or "you" not in folded[m.start(): m.end()]:
            continue  # hostility worth flagging is aimed at the reader
        if sentence in scored:
            continue  # the same sentence again (a quote, a repeated line): its score is known
        scored.add(sentence)
        analysed += 1
        if analysed > MAX_TONE_SENTENCES:
            break
        polarity = sentiment.polarity(sentence)
        if polarity < worst[0]:
            worst = (polarity, sentence, m.start() + m.group(0).find(sentence))
    return worst


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
