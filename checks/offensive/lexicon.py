"""Matching the offensive word list against text: whole words, disguises undone, clinicians spared.

- Whole tokens only, so Scunthorpe, Penistone, Essex, classic and cockpit never match.
- Tokens come from `normalise.tokens`: leetspeak, wildcards, spacing, look-alikes undone.
- Stretched letters (fuuuuck) are squeezed only when a letter repeats three times or more:
  squeezing every double would turn "as" into "ass".
- Clinical vocabulary wins: a hit equal to a clinical word or inside a clinical phrase is dropped.
- Names win: a listed surname written as a name (Dr Dick, Dick Smith, Mr Cox) is dropped.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import NamedTuple

from ..config import Config, WordEntry
from ..normalise import _HAS_LETTER, _LONE_LETTERS, _TOKEN, SYMBOL_CHARS, Token, deleet_text
from ..normalise import fold, make_token, spelled_runs, squeeze, tokens, words_of
from ..text import SpanIndex, TermMatcher, word_windows

# Inflections tried on every single-word entry (squeezed forms compared).
SUFFIXES = ("ing", "in", "ed", "er", "ers", "es", "s", "y", "ie", "ies", "head", "heads", "face")
WINDOW_PAD = 40      # characters around a suspect word that are tokenised (phrases span a few words)
STRETCHED = re.compile(r"([a-z])\1\1")
# Words around a one-letter starred word that show it is an oath or an insult.
_STARRED_BEFORE = frozenset("go you ya u a such total absolute complete little fucking stupid".split())
_STARRED_AFTER = frozenset("off you yourself yourselves u ya sake me him her them it this that up".split())
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev"})
# For _may_match: token characters that make a wildcard or a second reading (normalise.make_token),
# read token by token; letter runs of the de-leeted text; every character normalise._TOKEN takes.
_SYMBOLS = re.compile(r"[*#%\x00|@$!]")
_LETTER_RUNS = re.compile(r"[a-z]+")
_STRETCHED_WORD = re.compile(r"\b[a-z]*?([a-z])\1\1[a-z]*")  # a word of space-separated words with a letter tripled
_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789@$!|€£*#%'\x00")
# An article or pronoun elided onto the next word in French and Italian ("d'enculé", "l'stronzo"):
# the word after it is looked up too.
_ELISION = re.compile(r"(?:d|l|j|m|n|s|t|c|qu|dell|dall|nell|sull|all|un)'(?=[a-z])")
SYMBOL_TOKENS = 40   # tokens with symbols read one by one in a window; more, and the window is read whole
SYMBOL_REACH = 64    # characters walked back to a symbol's token start; further, and the window is read whole


class Match(NamedTuple):
    """A named tuple, not a frozen dataclass: a hostile letter of one word repeated gives one per
    word, and a frozen dataclass costs several times as much to make."""

    entry: WordEntry
    start: int
    end: int
    matched: str  # the normalised word(s) that matched

    @property
    def severity(self) -> str:
        return self.entry.get("severity", "strong")


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, WordEntry]                  # single-word form -> entry
    squeezed: dict[str, WordEntry]               # squeezed form -> entry, for stretched tokens only
    phrases: dict[str, list[tuple[tuple[str, ...], WordEntry]]]  # first word -> [(words, entry)]
    wild: dict[tuple[str, int], list[tuple[str, WordEntry]]]     # (first letter, length) -> forms
    plain: frozenset[str]                        # every listed word with its inflections, for the fast path
    phrase_first: frozenset[str]                 # first words of phrases that are not listed words alone ('screw')
    clinical_words: frozenset[str]
    clinical_phrases: TermMatcher
    clinical_by_word: dict[str, tuple[re.Pattern, int]]  # word -> (clinical phrases holding it, reach)
    surnames: frozenset[str]
    exempt: frozenset[str] = frozenset()  # forms that only look like a listed word ('mongers', 'pricked')
    # Every phrase's second word, as written and squeezed: a token whose next word is neither starts
    # no phrase, told without building the list of the words after it.
    seconds: frozenset[str] = frozenset()
    seconds_squeezed: frozenset[str] = frozenset()
    two_senses: frozenset[str] = frozenset()  # terms with unless_before/unless_after (_other_sense)
    # Spellings with letters doubled that squeeze to a phrase's first word ('fuuck', 'ccock'; tripled
    # letters are stretched, found otherwise), for _may_match: squeezing every word costs too much.
    respelled: frozenset[str] = frozenset()

    def find(self, text: str, folded: str | None = None, words: frozenset[str] | None = None) -> list[Match]:
        folded = fold(text) if folded is None else folded
        # Most mail has no listed word and no disguise: one C-speed scan each proves it. Otherwise
        # only the neighbourhood of each suspect is tokenised, not the whole letter.
        words = words_of(folded) if words is None else words
        spots = _disguised_spans(folded, words)
        occurrences = []
        for word in self.plain.intersection(words):
            # A literal first (no look-behind) lets the regex engine skip ahead; the start is checked here.
            for m in re.finditer(rf"{word}(?![a-z])", folded):
                if not m.start() or not "a" <= folded[m.start() - 1] <= "z":
                    occurrences.append((m.start(), m.end(), word))
        if not occurrences:
            # Only disguises, or what looks like one: '10am', 'nhs111', an address's '@'. Most of their
            # windows hold no token any lookup could match (_may_match, C-speed scans): those are not
            # tokenised, and clinical phrases are looked for only in the others. A clinical phrase found
            # in one window cannot hold a match in another (merged windows never touch), so each window's
            # own phrases give the same answers as all of them together.
            found: list[Match] = []
            memo: dict = {}
            for lo, hi in _windows(folded, spots):
                if self._may_match(folded, lo, hi, memo):
                    clinical = SpanIndex(self.clinical_phrases.finditer(folded, words, lo, hi))
                    found.extend(self._find_in(text, folded, clinical, lo, hi, memo))
            return found
        # Clinical phrases ('bloody stool') are looked for only around the suspects: for a plain
        # word, only the phrases holding that word; around a disguise, any phrase.
        clinical = self._clinical_around(folded, occurrences)
        clinical += [span for lo, hi in _windows(folded, spots)
                     for span in self.clinical_phrases.finditer(folded, words, lo, hi)]
        clinical = SpanIndex(clinical)  # asked once per suspect: a list scan each was quadratic
        if clinical:
            spots += [(s, e) for s, e, _ in occurrences if not _inside(clinical, s, e)]
        else:
            spots += [(s, e) for s, e, _ in occurrences]
        found: list[Match] = []
        memo: dict = {}  # a word's lookup, by its forms: hostile text repeats one word
        for lo, hi in _windows(folded, spots):
            if self._may_match(folded, lo, hi, memo):
                found.extend(self._find_in(text, folded, clinical, lo, hi, memo))
        return found

    def _clinical_around(self, folded: str, occurrences) -> list[tuple[int, int, str]]:
        spans = []
        for start, end, word in occurrences:
            pattern, reach = self.clinical_by_word.get(word, (None, 0))
            if pattern is None:
                continue
            pos, hi = max(0, start - reach), min(len(folded), end + reach)
            # Overlapping search: a phrase elsewhere in the window must not hide one holding the word.
            while (m := pattern.search(folded, pos, hi)) is not None and m.start() <= start:
                if end <= m.end() and (not m.start() or not folded[m.start() - 1].isalnum()):
                    spans.append((m.start(), m.end(), m.group(0)))
                    break
                pos = m.start() + 1
        return spans

    def _find_in(self, text: str, folded: str, clinical, lo: int, hi: int, memo: dict) -> list[Match]:
        toks = tokens(text, folded, lo, hi)
        found: list[Match] = []
        taken_until = -1
        # Per token, the cheap tests inline: a hostile window holds hundreds of thousands of tokens.
        plain, two_senses, clinical_words = self.plain, self.two_senses, self.clinical_words
        has_clinical = len(clinical) > 0
        for i, tok in enumerate(toks):
            if tok.start < taken_until:
                continue
            if not (tok.wild or tok.alt is not None or tok.text in plain) and self._plainly_not(tok):
                continue
            match = self._phrase(toks, i, memo) or self._word(tok, memo) or self._starred_in_context(toks, i)
            if match is None:
                continue
            # Clinical vocabulary and people's names are never offensive.
            if match.matched in clinical_words or (has_clinical and _inside(clinical, match.start, match.end)) or (
                    text[tok.start: tok.start + 1].isupper() and self._is_name(text, tok)):
                continue
            if match.entry.term in two_senses and _other_sense(toks, i, match):
                continue
            found.append(match)
            taken_until = match.end
        return found

    def _may_match(self, folded: str, lo: int, hi: int, memo: dict) -> bool:
        """Whether some token of folded[lo:hi] could give _find_in a match. False only when none can:
        a match needs a token that is spelled out, a listed form or inflection, a phrase's first word
        (squeezed or not), stretched into a listed word, or has a wildcard or second reading that
        matches (_phrase, _word, _starred_in_context). Letter-and-digit tokens are read through the
        letter runs of the de-leeted window ('a55' is a run 'ass'; '1' read as 'i' and as 'l', as
        make_token does), told by set intersections; only tokens holding a symbol are made one by one."""
        if next(spelled_runs(folded, lo, hi), None) is not None:
            return True
        window = folded[lo:hi]
        # A '!' or '|' ending a word is dropped from it ('thanks!'), so both are read as spaces: a token
        # with one inside it is made alone below.
        bare = window.replace("!", " ").replace("|", " ") if "!" in window or "|" in window else window
        readings = [deleet_text(bare)]
        if "1" in window:
            readings.append(deleet_text(bare.replace("1", "l")))  # Token.alt: 'bo11ocks'
        for reading in readings:
            runs = set(_LETTER_RUNS.findall(reading))
            if not self.plain.isdisjoint(runs) or not self.respelled.isdisjoint(runs):
                return True
            if STRETCHED.search(reading) and any(self._stretched_may_match(m.group(0), memo)
                                                 for m in _STRETCHED_WORD.finditer(" ".join(runs))):
                return True
        return _SYMBOLS.search(window) is not None and self._symbol_token_may_match(folded, lo, hi, memo)

    def _stretched_may_match(self, run: str, memo: dict) -> bool:
        # Keyed as _word keys a plain token's lookup ('www' is in most letters with a link).
        key = (run, None, False)
        if key not in memo:
            memo[key] = self._form(run, False)
        return memo[key] is not None or squeeze(run) in self.phrases

    def _symbol_token_may_match(self, folded: str, lo: int, hi: int, memo: dict) -> bool:
        """_may_match for the tokens of folded[lo:hi] holding a wildcard or stand-in symbol, made and
        looked up one by one (a symbol's token read once however many symbols it holds)."""
        m = _SYMBOLS.search(folded, lo, hi)
        read = 0
        while m is not None:
            start = m.start()
            while start > lo and folded[start - 1] in _TOKEN_CHARS:
                start -= 1
                if m.start() - start > SYMBOL_REACH:
                    return True
            raw = _TOKEN.match(folded, start, hi).group(0)
            # Only ', ! or | after the last symbol-free letters ('thanks!'): make_token drops them, and
            # the token is read with the others above. The same token again ('jo@example.org'): known.
            live = memo.get((raw,))
            if live is None and _SYMBOLS.search(raw.rstrip("'!|")) is not None:
                read += 1
                if read > SYMBOL_TOKENS:
                    return True
                tok = make_token(raw, start)
                text, alt, wild = tok.text, tok.alt, tok.wild
                live = memo[(raw,)] = _HAS_LETTER.search(text) is not None and bool(
                    self.phrases.get(text) or (text.isalpha() and self.phrases.get(tok.squeezed))
                    or ((self._form_may_match(text, wild) or (alt is not None and self._form_may_match(alt, wild)))
                        and self._word(tok, memo) is not None)
                    or (wild and (text[0], len(text)) in self.wild))
            if live:
                return True
            m = _SYMBOLS.search(folded, start + len(raw), hi)
        return False

    def _form_may_match(self, form: str, wild: bool) -> bool:
        """False only when _form(form, wild) is None, told without its suffix loop: a match is a listed
        form or inflection, a stretched one, or a wildcard reading of a listed word of that first letter
        and length (a form holding a wildcard or a symbol is in no word list, nor is its stem)."""
        return form in self.plain or STRETCHED.search(form) is not None or (
            (wild or "*" in form) and (form[:1], len(form)) in self.wild)

    def _plainly_not(self, tok: Token) -> bool:
        """A token no lookup below can match (plain, no listed form or inflection, nothing stretched
        or doubled into a phrase's first word), told in a few set lookups: a hostile window holds
        hundreds of thousands of tokens, each costing ~20 us on the full path."""
        word = tok.text
        if tok.wild or tok.alt is not None or word in self.plain:
            return False
        if "'" in word and (elided := _ELISION.match(word)) and word[elided.end():] in self.plain:
            return False
        return not STRETCHED.search(word) and squeeze(word) not in self.phrases

    def _lookup(self, form: str) -> WordEntry | None:
        entry = self.words.get(form)
        if entry is None and STRETCHED.search(form):
            entry = self.squeezed.get(squeeze(form))
        return entry

    def _word(self, tok: Token, memo: dict | None = None) -> Match | None:
        key = (tok.text, tok.alt, tok.wild)
        if memo is not None and key in memo:
            found = memo[key]
        else:
            found = self._form(tok.text, tok.wild)
            if found is None and tok.alt:
                found = self._form(tok.alt, tok.wild)
            if found is None and "'" in tok.text and (elided := _ELISION.match(tok.text)):
                found = self._form(tok.text[elided.end():], tok.wild)  # French, Italian: "d'enculé"
            if memo is not None:
                memo[key] = found
        return None if found is None else Match(found[0], tok.start, tok.end, found[1])

    def _form(self, form: str, wild: bool) -> tuple[WordEntry, str] | None:
        if len(form) < 2 or form in self.exempt:
            return None
        entry = self._lookup(form)
        if entry is None and (wild or "*" in form):
            entry = self._wildcard(form)
        if entry is None:
            for suffix in SUFFIXES:
                if form.endswith(suffix) and len(form) - len(suffix) >= 3:
                    entry = self._lookup(form[: -len(suffix)])
                    if entry is not None:
                        break
        if entry is None:
            return None
        return entry, form

    def _starred_in_context(self, toks: list[Token], i: int) -> Match | None:
        """'f***' or 'c***' shows one letter only: too little alone ('f***' might be 'fine'), but
        not beside the words such a word keeps company with ('go f*** yourself', 'you c***')."""
        tok = toks[i]
        word = tok.text
        if not tok.wild or len(word) < 3 or not word[0].isalpha() or sum(c.isalpha() for c in word) != 1:
            return None
        before = toks[i - 1].text if i else ""
        after = toks[i + 1].text if i + 1 < len(toks) else ""
        what_the = before == "the" and i > 1 and toks[i - 2].text == "what"
        if before not in _STARRED_BEFORE and after not in _STARRED_AFTER and not what_the:
            return None
        options = self.wild.get((word[0], len(word)), ())
        return Match(options[0][1], tok.start, tok.end, word) if options else None

    def _wildcard(self, word: str) -> WordEntry | None:
        """f*ck, c**t, sh*t: same length, same first letter, every visible letter in place."""
        letters = sum(ch.isalpha() for ch in word)
        if len(word) < 3 or letters < 2 or not word[0].isalpha():
            return None
        for form, entry in self.wild.get((word[0], len(word)), ()):
            if all(w in "*#%" or w == f for w, f in zip(word, form)):
                return entry
        return None

    def _phrase(self, toks: list[Token], i: int, memo: dict | None = None) -> Match | None:
        candidates = self.phrases.get(toks[i].text) or self.phrases.get(toks[i].squeezed)
        if not candidates:
            return None
        end = toks[i].end
        for nxt in toks[i + 1: i + 8]:
            if not nxt.spelled and nxt.start >= end:
                # Keyed by the word itself (the word lookups in the same memo are keyed by tuples).
                follows = memo.get(nxt.text) if memo is not None else None
                if follows is None:
                    follows = self._may_follow(nxt.text)
                    if memo is not None:
                        memo[nxt.text] = follows
                if not follows:
                    return None  # most words: the next one starts no phrase of this one
                break
        else:
            return None
        following = [t for t in toks[i + 1: i + 8] if not t.spelled and t.start >= end]
        for words, entry in candidates:
            rest = words[1:]
            if len(following) >= len(rest) and all(_same(t.text, w) for t, w in zip(following, rest)):
                end = following[len(rest) - 1].end
                return Match(entry, toks[i].start, end, " ".join(words))
        return None

    def _may_follow(self, word: str) -> bool:
        """Whether `word` is some phrase's second word (as _same() compares them)."""
        return word in self.seconds or (STRETCHED.search(word) is not None and squeeze(word) in self.seconds_squeezed)

    def _is_name(self, text: str, tok: Token) -> bool:
        word = text[tok.start: tok.end]
        if not word[:1].isupper() or tok.text not in self.surnames:
            return False
        before = text[max(0, tok.start - 30): tok.start].split()
        after = text[tok.end: tok.end + 30].split()
        prev = before[-1].strip(".,").lower() if before else ""
        nxt = after[0] if after else ""
        return prev in TITLES or nxt[:1].isupper() or (bool(before) and before[-1][:1].isupper()
                                                        and not before[-1].endswith((".", "!", "?")))


def _other_sense(toks: list[Token], i: int, match: Match) -> bool:
    """The word in the sense that is not offensive, told by its neighbours: 'unless_before' lists
    words that, just before it, show it is a verb ('can cripple the browser'), 'unless_after' the
    words that do just after it ('cripples the browser')."""
    before, after = match.entry.get("unless_before"), match.entry.get("unless_after")
    if not before and not after:
        return False
    prev = toks[i - 1].text if i else ""
    nxt = next((t.text for t in toks[i + 1:] if t.start >= match.end), "")
    return (bool(before) and prev in before) or (bool(after) and nxt in after)


def _same(token: str, word: str) -> bool:
    return token == word or (STRETCHED.search(token) is not None and squeeze(token) == squeeze(word))


def _inside(spans, start: int, end: int) -> bool:
    return spans.covers(start, end)


def _disguised_spans(folded: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """normalise.disguised_spans (the same spans, maybe in another order), faster: a symbol beside a
    letter is found as 'as' or 'sa' in a one-byte-a-character map of the text (str.find per symbol
    was a Python step per digit of a newsletter), and a stretched run by a literal search for its
    letter three times, not by a regex tried at every position."""
    shape = folded.encode("latin-1", _SPOT_ERRORS).translate(_SPOT_SHAPE)
    after = [m.start() + 1 for m in _LETTER_SYMBOL.finditer(shape)]
    before = [m.start() for m in _SYMBOL_LETTER.finditer(shape)]
    spots = [(i, i + 1) for i in sorted({*after, *before})] if after or before else []
    for letter in set(STRETCHED.findall(" ".join(words))):
        spots.extend((m.start(), m.start() + (m.end() - m.start()) // 3 * 3) for m in _RUN_OF[letter].finditer(folded))
    if not _LONE_LETTERS.isdisjoint(words):
        spots.extend(m.span() for m in spelled_runs(folded))
    return spots


# For _disguised_spans: the folded text as Latin-1, a character beyond it as '0' if it is a symbol
# (the euro sign) else a space, one byte a character; then letters 'a', symbols 's', the rest spaces.
_SPOT_SHAPE = bytes(97 if 97 <= c <= 122 else 115 if chr(c) in SYMBOL_CHARS else 32 for c in range(256))
_SPOT_ERRORS = "bedside.spots"


def _spot_error(error: UnicodeEncodeError) -> tuple[bytes, int]:
    run = error.object[error.start:error.end]
    return bytes(48 if ch in SYMBOL_CHARS else 32 for ch in run) if "€" in run else b" " * len(run), error.end


codecs.register_error(_SPOT_ERRORS, _spot_error)  # a pure function: registering it again is harmless
_LETTER_SYMBOL = re.compile(rb"as")
_SYMBOL_LETTER = re.compile(rb"s(?=a)")
_RUN_OF = {c: re.compile(c * 3 + "+") for c in "abcdefghijklmnopqrstuvwxyz"}


def _windows(folded: str, spots: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge suspect spans padded to whole words, so phrases around them are seen too."""
    return word_windows(folded, spots, WINDOW_PAD)


def build(config: Config) -> Lexicon:
    words: dict[str, WordEntry] = {}
    squeezed: dict[str, WordEntry] = {}
    phrases: dict[str, list] = {}
    wild: dict[tuple[str, int], list] = {}
    exempt: set[str] = set()
    for entry in config.words("offensive"):
        exempt.update(w.lower() for w in entry.get("except", ()))
        for form in (entry.term, *entry.get("forms", ())):
            parts = tuple(p for p in re.split(r"[\s\-]+", form.lower()) if p)
            if len(parts) > 1:
                phrases.setdefault(parts[0], []).append((parts, entry))
                if squeeze(parts[0]) != parts[0]:  # not the same list twice
                    phrases.setdefault(squeeze(parts[0]), []).append((parts, entry))
            elif parts:
                words.setdefault(parts[0], entry)
                squeezed.setdefault(squeeze(parts[0]), entry)
                if entry.get("severity") in ("strong", "slur"):
                    wild.setdefault((form[0], len(form)), []).append((form.lower(), entry))
    for options in phrases.values():
        options.sort(key=lambda p: len(p[0]), reverse=True)
    clinical = config.terms("clinical")
    plain = {w + suffix for w in words for suffix in ("", *SUFFIXES)} | set(phrases)
    clinical_phrases = [t for t in clinical if " " in t or "-" in t]
    holding: dict[str, list[str]] = {}
    for phrase in clinical_phrases:
        for word in set(re.split(r"[\s\-]+", phrase)) & plain:
            holding.setdefault(word, []).append(phrase)
    # Per listed word, one alternation of the clinical phrases holding it (longest first), and how
    # far from the word such a phrase can reach, with room for extra whitespace between words.
    by_word = {word: (re.compile("(?:" + "|".join(r"\s+".join(map(re.escape, p.split()))
                                                 for p in sorted(found, key=len, reverse=True))
                                 + r")(?![a-z0-9])"), 2 * max(map(len, found)) + 10)
               for word, found in holding.items()}
    return Lexicon(
        words=words, squeezed=squeezed, phrases=phrases, wild=wild, plain=frozenset(plain),
        phrase_first=frozenset(set(phrases) - {w + suffix for w in words for suffix in ("", *SUFFIXES)}),
        clinical_words=frozenset(t for t in clinical if " " not in t),
        clinical_phrases=TermMatcher(clinical_phrases), clinical_by_word=by_word,
        surnames=config.terms("surnames"), exempt=frozenset(exempt),
        seconds=frozenset(words[1] for options in phrases.values() for words, _ in options),
        seconds_squeezed=frozenset(squeeze(words[1]) for options in phrases.values() for words, _ in options),
        two_senses=frozenset(e.term for e in config.words("offensive") if e.get("unless_before") or e.get("unless_after")),
        respelled=frozenset(w for key in phrases if squeeze(key) == key for w in _doubled(key)),
    )


def _doubled(word: str) -> set[str]:
    """Every spelling of `word` with any of its letters doubled (2 ** len(word) of them)."""
    out = {""}
    for ch in word:
        out = {w + ch for w in out} | {w + ch + ch for w in out}
    return out
