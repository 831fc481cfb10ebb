"""Defamatory statements (DEF001): an allegation of wrongdoing, asserted as fact, about a person a
reader could identify. Default hold.

Structure, not a word list. Each sentence of the writer's own text is read for
  (b) an allegation: an act from an open class (crime, dishonesty, misconduct, abuse, danger,
      discrimination) written as verb and object patterns over semantic classes (accusations.toml);
  (a) who did it: an identifiable person before it in the same clause and acting in it (people.py),
      or 'he'/'she' standing for the person the previous sentences named, or a subject left out
      ('Paid someone to write his essay.'; in languages that leave it out, 'Es un ladrón.');
  (c) how it is said: not a question (unless rhetorical), not hedged as opinion or doubt, not a
      report to a proper channel, not a sourced public fact, not disowned, not denied.
The vocabulary of (a) and (c) is data (defamation.toml); this module holds the grammar.

Which text is the writer's own comes from the shared reading of the letter (checks/letter.py).
Cost is linear in the text: sentence ends are found once, a sentence is read once whatever its
number of cue words, a run-on one in windows, and only sentences holding a cue word (the
allegations' `cues`) are read at all. Each is read with its line breaks as spaces.
"""

from __future__ import annotations

import importlib.util
import re
from bisect import bisect_right
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ..letter import SIGNATURE_SEPARATOR
from ..guidance import COLLEAGUES, EMAIL_RULES, REDISTRIBUTION, cite
from ..model import Action, Category, Explanation, Hit, Rule
from ..etiquette.vocabulary import vocabulary as etiquette_vocabulary
from . import lexicon as lexicon_module
from . import people

MAX_GAP = 160  # characters between the person and the allegation
CARRY = 3      # sentences a 'he'/'she' can reach back for the person it stands for
# 'he' or 'she' opening a clause: at the start, after a comma or dash, after 'and', 'so'..., or
# after the hearsay that introduces a claim ('everyone knows he', 'I heard she'); not after 'when'
# or 'if', which open a clause about circumstances ('when she accidentally hits a girl').
_BE_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|gets|got|getting)\s+(?:\w+ly\s+)?$", re.I)
_PARTICIPLE = re.compile(r"\w+(?:ed|en)\b|(?:hit|hurt|beat|bit|struck|shook|spat|thrown|touched)\b")
_PATIENT_REFERENT = re.compile(r"\b(?:the|a|this|that|one)\s+(?:patient|man|woman|lady|gentleman|guy|boy|girl|"
                               r"child|baby|relative|stranger)\b", re.I)


def _build(config):
    lex = lexicon_module.build(config)
    return lex, people.grammar(lex, config.terms("first_names"))


# A line of textblob's en-lexicon.txt: 'word TAG' (';;;' starts a comment).
_LEXICON_LINE = re.compile(r"^(?!;;;)[ \t]*(\S+) (\S*)", re.M)


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, str]:
    """textblob's Pattern lexicon (word -> part of speech), read on first use from the file it
    ships, in one regex pass: textblob's own line-by-line reader took 0.11 s of a `bedside check`,
    this 0.05 s (tests/test_defamation.py checks the two give the same dictionary)."""
    spec = importlib.util.find_spec("textblob")  # finds the package without running its __init__ (NLTK)
    path = Path(spec.origin).parent / "en" / "en-lexicon.txt"
    return dict(_LEXICON_LINE.findall(path.read_text(encoding="utf-8")))


def part_of_speech(word: str) -> str | None:
    """The lexicon's part of speech for a word, lowercased (None when it does not know it): an
    ordinary word ('Peak Motion' is a business) or a proper noun ('Tom Bexley' is a person)."""
    return _vocabulary().get(word.lower())


def accusations(scan):
    lex, grammar = scan.config.derive(_build)
    reported = None  # whether the message goes to the proper channel: asked once something is alleged
    for part in scan.texts:
        folded = scan.folded(part)
        if lex.cue_pattern.search(folded) is None:
            continue  # most mail: no word that can begin an allegation
        own = _own_text(scan.letter) if part is scan.body else part.text
        hits = list(_part(part, lex, grammar, own, folded, etiquette_vocabulary(scan).greeting))
        if part is scan.body:
            # What a novel's or a series' characters do ('Dr Ingram, the village GP, poisons four
            # patients' in a book club's letter) is the story, not an allegation (checks/letter.py).
            hits = [hit for hit in hits if not scan.letter.about_fiction(hit.start)]
        if not hits:
            continue
        if reported is None:
            reported = _to_channel(scan, lex)
        if reported:
            return  # the message is itself a report to the proper channel
        if scan.recipients and not scan.external_recipients and lex.frame("channel", folded):
            continue  # a concern raised inside the organisation, through its process
        yield from hits


def _to_channel(scan, lex) -> bool:
    recipients = [f"{a.name} {a.addr}" for a in (*scan.message.to, *scan.message.cc)] + list(scan.recipients)
    return lex.frame("channel_to", "\n".join(recipients).lower()) is not None  # one search, not one per recipient


def _own_text(letter) -> str:
    """The writer's own words in the body, as the shared reading of the letter (checks/letter.py)
    found them, offsets kept: the quoted or forwarded message, '>' lines, the legal footer and a
    signature under an RFC 3676 '-- ' line blanked to spaces. Text after a sign-off is still read:
    a 'PS' there is the writer's own."""
    end = len(letter.own_text)
    if letter.disclaimer_start is not None:
        end = min(end, letter.disclaimer_start)
    if SIGNATURE_SEPARATOR.match(letter.text, letter.signature_start):
        end = min(end, letter.signature_start)
    return letter.own_text[:end] + " " * (len(letter.text) - end)


def _part(part, lex, grammar, own, folded_all, greeting: re.Pattern):
    """Only sentences holding a cue word are read closely; earlier ones only when a 'he' or 'she'
    needs the person they stand for. Each sentence is read once, whatever the number of cues in it,
    and a run-on 'sentence' is read in bounded windows: the work is linear in the text."""
    text = part.text
    sentences = None  # found at the first cue in the writer's own words (often none: all quoted)
    quoted = own is not text  # the body: its quoted lines are blanked in `own`
    candidates: dict[tuple[int, int], set[int]] = {}
    cued_by: dict[str, frozenset[int]] = {}  # the same words recur: look each up once
    bucket, upto = None, -1                   # the cues come in order: the sentence of the last one
    for m in lex.cue_pattern.finditer(folded_all, 0, len(own.rstrip())):  # not the quoted tail
        start = m.start()
        if quoted and own[start] != text[start]:
            continue  # quoted from an earlier message
        word = m.group()
        cued = cued_by.get(word)
        if cued is None:
            cued = cued_by[word] = frozenset(lex.cued(word))
        if cued:
            if start >= upto:
                if sentences is None:
                    sentences = _Sentences(own)
                span, upto = sentences.around(start, reach=True)
                bucket = None if span is None else candidates.setdefault(span, set())
            if bucket is not None:
                bucket.update(cued)
    if not candidates:
        return
    flat: dict[tuple[int, int], str] = {}
    read: dict[tuple[int, int], tuple[str, str, list[int] | None]] = {}
    found_at: dict[tuple[int, int], list] = {}

    def even_folded(span):
        """The folded sentence evened: all the tests need until an allegation matches (_even's
        second part, without the sentence as written and its offsets)."""
        if span not in flat:
            flat[span] = _even_folded(folded_all[span[0]:span[1]])
        return flat[span]

    def even(span):
        if span not in read:
            read[span] = _even(text[span[0]:span[1]], folded_all[span[0]:span[1]])
        return read[span]

    def people_in(span):
        if span not in found_at:
            sentence, folded, _ = even(span)
            found = people.targets(grammar, _plain(sentence, folded), part_of_speech)
            if not sentence.isascii():  # shown as written: 'the café manager'
                found = [replace(t, text=sentence[t.start:t.end]) for t in found]
            found_at[span] = found
        return found_at[span]

    def last_before(span, described=False):
        for _ in range(CARRY):
            span = sentences.before(span)
            if span is None or _greets(greeting, text[span[0]:span[1]]):
                return None  # 'Hi Sam,' names the reader, who is 'you', not 'he' or 'she'
            usable = people_in(span)  # 'Jess Morton's SSC was plagiarised. ... She's a cheat.'
            patient = _PATIENT_REFERENT.search(text, span[0], span[1])
            if usable and not (described and patient):
                return span, usable[-1]
            if patient:
                return None  # 'the patient ... she', 'Dr Farrant saw a patient. The man ...': somebody else
        return None

    for span in sorted(candidates):
        s, e = span
        folded = even_folded(span)
        if _question(lex, folded):
            continue  # a real question asserts nothing: the cheapest test first
        cued = [lex.allegations[i] for i in sorted(candidates[span])]
        if not any([a.pattern.search(folded) for a in cued]):
            continue  # the cheap test first: most cue words are ordinary words
        matches = [(a, m) for a in cued for m in _matches(a.pattern, folded)]
        if lex.frame("disclaimer", folded) or not _asserted(lex, folded):
            continue
        before = sentences.before(span)
        if before is not None and lex.frame("disclaimer", even_folded(before)):
            continue
        sentence, _, offsets = even(span)
        hit = _allegation(lex, grammar, part, sentence, folded, people_in(span), matches,
                          lambda described=False: last_before(span, described), lambda at: s + (offsets[at] if offsets else at))
        if hit is not None:
            yield hit


def _greets(greeting: re.Pattern, sentence: str) -> bool:
    """A sentence that is only a greeting line ('Hi Sam,', 'Morning all!'): the etiquette rules'
    greeting words (config/wordlists/etiquette.toml) and a few words after them, nothing more."""
    m = greeting.match(sentence)
    return m is not None and "\n" not in sentence and len(m.group("rest").strip()) <= _GREETING_REST


_GREETING_REST = 40  # characters after the greeting word: a name or two, not a sentence
_FIRST = re.compile(r"\S")
LONGEST = 800  # a longer run without a full stop is read in windows of this size...
STEP = 400     # ...one starting every STEP characters, so each cue is read with >= 200 around it


# checks/text.py's _SENTENCE_END (the sentence ends every rule reads), written to start with the set
# of its first characters: re then skips to the next . ! ? or line break in C instead of trying three
# alternatives at every character (0.055 -> 0.03 s over the 800 real ham). The same matches:
# tests/test_defamation.py compares the two.
_ENDS = re.compile(r"[.!?\n](?:(?<=[.!?])(?=\s|$)|(?<=\n)\s*\n|(?<=\n)\s*[-*•]\s)")


class _Sentences:
    """The text's sentences, found in one pass: . ! ? before a blank, a blank line or a list item
    ends one (single line breaks do not: mail wraps at 72 columns). A cue is read in its sentence;
    in a run-on one (a pasted table, a letter without full stops, hostile input) in the window
    whose middle holds it, so no character is read more than twice."""

    def __init__(self, text: str):
        self.text = text
        self.ends = [m.end() for m in _ENDS.finditer(text)]
        self._spans: dict[tuple[int, int], tuple[int, int] | None] = {}

    def _bounds(self, i: int) -> tuple[int, int]:
        s = self.ends[i - 1] if i > 0 else 0
        e = self.ends[i] if i < len(self.ends) else len(self.text)
        return s, e

    def _trim(self, s: int, e: int) -> tuple[int, int] | None:
        m = _FIRST.search(self.text, s, e)
        if m is None:
            return None
        s = m.start()
        return s, s + len(self.text[s:e].rstrip())

    def around(self, at: int, reach: bool = False):
        """The sentence (or window) read for a cue at `at`; with `reach`, also where the next cue
        stops belonging to it."""
        i = bisect_right(self.ends, at)
        s, e = self._bounds(i)
        key = (i, 0 if e - s <= LONGEST else (at - s) // STEP)
        if key not in self._spans:  # a word repeated a thousand times in one sentence: one lookup
            self._spans[key] = self._span(s, e, at)
        if not reach:
            return self._spans[key]
        return self._spans[key], (e if e - s <= LONGEST else min(e, s + (key[1] + 1) * STEP))

    def _span(self, s: int, e: int, at: int) -> tuple[int, int] | None:
        if e - s <= LONGEST:
            return self._trim(s, e)
        core = s + (at - s) // STEP * STEP
        lo, hi = max(s, core - (LONGEST - STEP) // 2), min(e, core + STEP + (LONGEST - STEP) // 2)
        if lo > s:  # start and end on a word boundary: half a word is not a word
            blank = self.text.find(" ", lo, lo + 40)
            lo = blank + 1 if blank != -1 and blank < core else lo
        if hi < e:
            blank = self.text.rfind(" ", hi - 40, hi)
            hi = blank if blank >= core + STEP else hi
        return self._trim(lo, hi)

    def before(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """The sentence before `span`, or None at the start of the text."""
        at = span[0] - 1
        while at >= 0 and (self.text[at].isspace() or self.text[at] in "\"'”’)"):
            at -= 1
        if at < 0:
            return None
        found = self.around(at)
        return found if found is not None and found[1] <= span[0] and found[0] < found[1] else None


def _question(lex, folded: str) -> bool:
    """A question that is not a rhetorical one ('Can you believe...?')."""
    return folded.rstrip(" \t\n\"'”’)").endswith("?") and not lex.frame("rhetorical", folded)


def _asserted(lex, folded: str) -> bool:
    """Asserted as fact: not a question, opinion, doubt, report to the proper channel or sourced fact."""
    if _question(lex, folded):
        return False
    return not any(lex.frame(kind, folded) for kind in ("hedge", "source", "channel"))


_UNEVEN = re.compile(r"[^\S ]|  ")  # a line break, a tab, two spaces
_TOKEN = re.compile(r"\S+")


def _even_folded(folded: str) -> str:
    """_even's folded sentence alone: str.split() splits at the same blanks as _TOKEN (\\s)."""
    return folded if _UNEVEN.search(folded) is None else " ".join(folded.split())


def _even(sentence: str, folded: str) -> tuple[str, str, list[int] | None]:
    """The sentence and its folded form with each run of blanks and line breaks one space (mail
    wraps at 72 columns: 'pockets\nthe difference' is 'pockets the difference'), and where each
    character came from (None when nothing changed)."""
    if _UNEVEN.search(folded) is None:
        return sentence, folded, None
    offsets: list[int] = []
    spans = [m.span() for m in _TOKEN.finditer(folded)]
    for a, b in spans:
        offsets.extend(range(a, b))
        offsets.append(b)  # the one space after
    if offsets:
        offsets.pop()
    return (" ".join(sentence[a:b] for a, b in spans), " ".join(folded[a:b] for a, b in spans), offsets + [len(folded)])


def _plain(sentence: str, folded: str) -> str:
    """The sentence de-accented with its capitals kept (same length): the name grammar is written
    for Latin letters, and 'Pawła Wierzbołowicza' is then 'Pawla Wierzbolowicza'."""
    if sentence.isascii():
        return sentence
    return "".join(f.upper() if o.isupper() else f for o, f in zip(sentence, folded))


def _allegation(lex, grammar, part, sentence, folded, found, matches, last, where):
    """The first allegation in the sentence with an identifiable person acting in it, as a Hit;
    `where(i)` is the offset in the part of the sentence's character i."""
    for allegation, m in matches:
        if (allegation.victim_passive and _PARTICIPLE.match(m.group(0))
                and _BE_PASSIVE.search(folded[max(0, m.start() - 30):m.start()])):
            continue  # 'the nurse was assaulted': the person is the victim
        who = _subject(lex, sentence, folded, found, m.start())
        if who is None:
            who = _pronoun(lex, sentence, folded, found, m.start(), last)
        if who is None and allegation.elided:
            who = _left_out(lex, folded, found, m.start(), last)
        if who is None:
            continue
        target, (start, _) = who
        shown = sentence
        for t in sorted(found, key=lambda t: -t.start):  # every person in the excerpt masked
            shown = shown[:t.start] + people.mask(grammar, t) + shown[t.end:]
        return Hit(part, where(start), where(m.end() - 1) + 1, " ".join(shown.split())[:200],
                   f"{allegation.kind} ({allegation.term}: '{_words(folded[m.start():m.end()])}') "
                   f"alleged against {people.mask(grammar, target)}")
    return None


def _matches(pattern, folded: str, most: int = 4):
    """Every match, overlapping ones too: 'driving instructor, Barry Lomax, drives us around drunk'
    first matches from inside the role; the allegation proper starts later."""
    pos = 0
    for _ in range(most):
        m = pattern.search(folded, pos)
        if m is None:
            return
        yield m
        pos = m.start() + 1


def _words(text: str) -> str:
    return " ".join(text.split())[:60]


def _subject(lex, sentence, folded, found, cue):
    """The nearest person before the allegation who is the one acting in it."""
    before = [t for t in found if t.end <= cue and cue - t.end <= MAX_GAP]
    for t in reversed(before):
        if people.preceded_by_preposition(sentence, t):
            continue
        if t.possessive and not _OWNED_THING_PASSIVE.fullmatch(folded[t.end:cue]):
            continue  # 'the registrar's handover missed...': the subject is what they own
        between = folded[t.end:cue]
        if lex.frame("reporting", between):
            return None  # 'Dr Shah said the patient stole': she tells it, even from a relative clause
        between = _outside_relative_clause(between)
        if lex.frame("subject", between) or lex.frame("negation", between):
            return None
        return t, (t.start, cue)
    return None


# 'Jess Morton's prize-winning SSC was plagiarised': a thing of theirs, falsified, accuses its owner.
_OWNED_THING_PASSIVE = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,3}(?:was|were|is|are|has been|had been|got)\s+")
_RELATIVE = re.compile(r"\b(?:who|whom|whose|where|which|that)\b[^,;:–—]*?(?=,|\s[-–—]\s|$)")


def _outside_relative_clause(between: str) -> str:
    """'the senior partner at the practice where I'm placed is prescribing...': the 'I' belongs to a
    relative clause about the partner, not to the allegation. Relative clauses are dropped up to the
    comma or dash that closes them, or whole when they run on to the allegation."""
    return _RELATIVE.sub(" ", between)


def _pronoun(lex, sentence, folded, found, cue, last):
    """'He is drunk on shift every Friday': he is the person the last sentences named."""
    if any(t.end <= cue for t in found):
        return None  # a person is named in this sentence before the allegation: they are the subject
    pronoun = None
    for m in lex.subject.finditer(folded, 0, cue):
        pronoun = m
    if pronoun is None:
        pronoun = _elided(folded)
        # 'Says partner hit her face': a history opening with a reporting verb reports what the
        # patient said; the person named before (often the reader) is not who acted.
        if pronoun is None or lex.frame("opening_report", pronoun.group(0)):
            return None
    between = folded[pronoun.end():cue]
    if len(between) > MAX_GAP or any(lex.frame(k, between) for k in ("reporting", "subject", "negation")):
        return None
    named = last(described=pronoun.re is lex.subject and pronoun.group("described") is not None)  # 'the man'
    if named is None:
        return None
    return named[1], (pronoun.start(), cue)


def _left_out(lex, folded, found, cue, last):
    """A language that leaves its subject out ('Es un ladrón.', 'On bierze łapówki'): the act is the
    person's named in the sentences before, unless the words before it deny it ('nie bierze')."""
    if any(t.end <= cue for t in found) or lex.frame("negation", folded[max(0, cue - 40):cue]):
        return None
    named = last()
    return None if named is None else (named[1], (0, cue))


_OPENING_VERB = re.compile(r"\W*(?:(?:also|still|just|literally|actually|apparently|then|even|once|basically|"
                           r"honestly|always|never|regularly|openly)\s+)?([a-z]+)\b")
_THIRD_PERSON = re.compile(r"\b(?:his|her|him|himself|herself|hers)\b")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|my|me|myself|mine|we|our|us|ourselves)\b|\bi['’]")


def _elided(folded: str) -> re.Match | None:
    """A subject left out, as chat and notes do: 'Tyler Brook? Paid someone £300 to write his
    essay.' The sentence opens with a verb in the past or third person and speaks of 'his' or 'her'
    (an 'I' left out would say 'my'): its subject is the person the sentences before named."""
    m = _OPENING_VERB.match(folded)
    if m is None or _FIRST_PERSON.search(folded) or not _THIRD_PERSON.search(folded):
        return None
    word, tag = m.group(1), part_of_speech(m.group(1))
    if tag in ("VBD", "VBZ", "VBN") or (tag is None and word.endswith(("s", "ed"))):
        return m
    return None


COMPILE = (_build,)  # compiled when the engine is built: a bad entry is a ConfigError at load

RULES = (
    Rule(
        code="DEF001", name="accusation-against-person", category=Category.DEFAMATORY, action=Action.HOLD,
        message="Accusation stated as fact about an identifiable person",
        explanation=Explanation(
            what="A sentence that points at someone a reader could identify (a name, a title and surname, a "
                 "classmate's first name, or a role or description that fits one person, such as 'the "
                 "registrar on ward 5' or 'the woman who runs the nursery') and states as fact that they "
                 "committed a crime, were dishonest, misbehaved, abused someone, endangered patients or "
                 "discriminate. Repeating gossip ('apparently', 'I heard', 'everyone knows') still publishes it; "
                 "a question, an opinion marked as yours, a concern sent to the proper channel, or a fact "
                 "with its public source is not flagged.",
            why="A false statement of fact that lowers someone in others' eyes is defamation, and email is "
                "publication. " + cite(EMAIL_RULES, COLLEAGUES, REDISTRIBUTION),
            how="Do not repeat accusations by email. If you have a real concern about a colleague's conduct "
                "or patient safety, raise it through the School's raising-concerns procedure, a Freedom to "
                "Speak Up Guardian or your tutor, who can act on it in confidence."),
        check=accusations,
    ),
)
