"""Offensive and obscene language (category `offensive`, default hold; mild words only warn staff)."""

import re
from itertools import islice

from ..guidance import DISTRESS, EMAIL_RULES, REDISTRIBUTION, SUITABILITY, cite
from ..mask import mask_word
from ..model import Action, Category, Explanation, Hit, Rule
from ..patient.context import clinical_record
from ..patient.namedata import name_data
from ..text import sentence_around
from . import aimed, classifier, features, lexicon, reported


COMPILE = (aimed._patterns, aimed.context_patterns, reported.build)  # a bad entry is a ConfigError at load


def _matches(scan):
    lex = scan.config.derive(lexicon.build)
    return [(part, m) for part in scan.texts for m in lex.find(part.text, scan.folded(part), scan.words(part))]


def _hits(scan, severity: str):
    """The word list's matches of one severity as hits, each made as a rule takes it: a letter of one
    word repeated has 200,000 matches, and the engine stops a rule after its first few findings."""
    said: dict = {}
    return (_as_hit(part, m, said) for part, m in _listed(scan, severity))


def _listed(scan, severity: str) -> list[tuple]:
    return scan.shared(_by_severity).get(severity, [])


def _by_severity(scan) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for part, m in scan.shared(_matches):
        out.setdefault(m.severity, []).append((part, m))
    return out


def _as_hit(part, m, said: dict) -> Hit:
    key = (m.matched, id(m.entry))
    if key not in said:
        shown = mask_word(m.matched)
        group = m.entry.get("group", "")
        said[key] = shown, f"'{shown}'" + (f" ({group})" if group else "")
    shown, detail = said[key]
    return Hit(part, m.start, m.end, detail=detail, masked=shown)


def _own(scan) -> str:
    return classifier.writers_text(scan.letter)


def _not_own(scan, hit: Hit) -> bool:
    """Inside the message replied to or forwarded: someone else's words, lowered to a warning (OFF008)."""
    return _quoted_at(scan, hit.part, hit.start)


def _quoted_at(scan, part, start: int) -> bool:
    return part is not None and part.name == "body" and scan.letter.is_quoted(start)


# Whether a listed word is reported speech is asked only of the writer's own words, as a rule takes
# them: the engine stops a rule after its first few findings, and a letter of one word repeated has
# 200,000 matches, each costing a sentence scan.
def strong(scan):
    said: dict = {}
    passing = scan.shared(_passing_swearing)
    return (_as_hit(part, m, said) for part, m in _listed(scan, "strong")
            if m is not passing and _own_listed(scan, part, m))


PASSING_SENTENCES = 5
# Calling someone something: 'he is a ...', 'what a ...', 'you ...'; and nouns for a person made
# from an expletive ('motherf*cker', 'shithead').
_CALLING = re.compile(r"\b(?:is|are|was|were|'s|'re|such|what|you|absolute|total|complete|proper|utter)\s+(?:an?\s+)?\W?$",
                      re.I)
_AT_SOMEONE = re.compile(r"\W{0,3}(?:off|him|her|them|himself|herself|themselves|it\s+all)\b", re.I)
_A_PERSON = re.compile(r"(?:ers?|heads?|faces?|bags?|stains?)$", re.I)


def _passing_swearing(scan):
    """The writer's one strong word (a word-list match) if it is in passing, else None: one expletive (group
    'profanity'), aimed at nobody, in a letter between equals ('the shitty economy', 'we f***ed up
    the election').
    It is warned (OFF008), not held: what the guidance is there to stop is abuse, swearing at or
    about a person, and swearing in mail to staff, and a letter that is little more than swearing."""
    if scan.to_staff or not scan.recipients:
        return None
    # Two of the writer's own are enough to know: a letter of one word repeated has 200,000 matches.
    own = list(islice(((part, m) for part, m in _listed(scan, "strong") if _own_listed(scan, part, m)), 2))
    if len(own) != 1:
        return None
    part, m = own[0]
    if m.entry.get("group") != "profanity" or _CALLING.search(part.text, 0, m.start) or _A_PERSON.search(m.matched):
        return None  # name-calling ('abuse', 'is a ...', '...er') and obscene words are never in passing
    # Whole sentences, not the 600-character pieces a run-on is scored in: 100,000 letters and a
    # swear word are one sentence.
    if sum(1 for _ in islice(classifier.sentences(scan.shared(_own), longest=1 << 30), PASSING_SENTENCES)) \
            < PASSING_SENTENCES:
        return None  # a short message that swears is mostly the swearing
    s, e = sentence_around(part.text, m.start, m.end)
    context = scan.config.derive(aimed.context_patterns)
    if any(p.search(part.text, s, e) for p in context["target"]):
        return None
    # At or about someone: 'go f*** herself', 'f*** him', a person named in the sentence ('Angela can ...').
    if _AT_SOMEONE.match(part.text, m.end) or _NAMED_PERSON.search(part.text[s:e]):
        return None
    return m


def _own_listed(scan, part, m, patients_unquoted: bool = True) -> bool:
    if _quoted_at(scan, part, m.start) or _reported(scan, part.text, m.start, m.end, patients_unquoted):
        return False
    return not (patients_unquoted and _patients_words(scan, part, m.start, m.end))


_CARE_REACH = 400  # characters either side in which the care of a patient is described


def _patients_words(scan, part, start: int, end: int) -> bool:
    """Words in quotation marks that a clinical record, or a clinical label just before the
    quotation (a mental state examination's 'Mood: subjectively "f***ing fine"'), gives as the
    patient's. Scare quotes in a student's own sentence near 'ward' are not: 'Dr X is a "..."'."""
    text = part.text
    if not _quoted(text, start, end):
        return False
    opening = _opening_quote(text, max(0, start - _QUOTE_REACH), start)
    label = scan.config.derive(reported.build).label
    return label.search(text, max(0, opening - 40), opening) is not None or clinical_record(scan, part)


def _reported_in_care(scan, part, start: int, end: int) -> bool:
    """Someone else's words in quotation marks, reported with the care of a patient ('he shouted
    "..." at the nurse ... restrained'; what a patient's voices 'call him')."""
    text = part.text
    if not _quoted(text, start, end):
        return False
    s_start, _ = sentence_around(text, start, end)
    speech = scan.config.derive(reported.build)
    if _someone_speaks(speech, text, s_start, start) is None:
        return False
    near = speech.care.search(text, max(0, start - _CARE_REACH), end + _CARE_REACH)
    return near is not None or clinical_record(scan, part)


# Whose words they are: verbs of speech, the care of a patient, clinical labels, words about words
# and who speaks in a history are data (config/wordlists/reported_speech.toml, checks/offensive/reported.py).
# A word quoted to talk about it ('obscenities like "fuck"'), someone else's words in quotation
# marks, or a patient's words reported as part of their care ('screaming that they were all bitches
# ... sectioned'), is not the sender swearing. Slurs get only the first two (see slurs()).
_I_SAID = re.compile(r"\b(?:I|[Ww]e)\s+(?:\w+\s+)?$")


def _someone_speaks(vocabulary, text: str, lo: int, hi: int) -> re.Match | None:
    """The first verb of speech in text[lo:hi] that someone other than the writer speaks ('he
    shouted', 'they call him'); None when nobody does, or only the writer does ('I told him')."""
    for speech in vocabulary.speech.finditer(text, lo, hi):
        if _IMPERATIVE.fullmatch(text, lo, speech.start()):
            continue  # 'Tell Sam from me: "..."': the writer's words, to be passed on
        if not _I_SAID.search(text, lo, speech.start()):
            return speech  # 'Since I told him to stop, he has sent messages': his, not mine
    return None


_IMPERATIVE = re.compile(r"[\W_]*(?:(?:please|pls|just|go|and|so|then|now)\W+)*", re.I)


_QUOTES = "'\"‘’“”"


def _reported(scan, text: str, start: int, end: int, patients_unquoted: bool = True) -> bool:
    """Whether the word is not the sender's own; with `patients_unquoted`, a patient's words
    reported with their care count even without quotation marks."""
    s_start, s_end = sentence_around(text, start, end)
    sentence = text[s_start:s_end]
    quoted = _quoted(text, start, end)
    speech = scan.config.derive(reported.build)
    if quoted and _named_as_words(speech, text, start, end, s_start, s_end):
        return True
    if _someone_elses_quotation(scan, text, start, end):
        return True  # over sentences or wrapped lines ('says: "I know your car. ... you ..."'), or '"...," he said'
    if _someone_speaks(speech, text, s_start, start) is None:
        return False  # nobody speaking, or 'I said fuck it': the sender's own words
    # Someone else's words in quotes ('the consultant called it a "shit show"') are theirs; unquoted,
    # only a patient's words reported with their care are.
    return quoted or (patients_unquoted and speech.care.search(sentence) is not None)


_QUOTE_REACH = 60  # characters a quoted phrase may run either side of the word ('"get me a real f*** doctor, you ..."')


def _opening_quote(text: str, lo: int, hi: int) -> int:
    """The last quotation mark in text[lo:hi] that is not an apostrophe inside a word ("I'll"), or -1."""
    opening = max(text.rfind(q, lo, hi) for q in _QUOTES)
    while opening > lo and text[opening - 1].isalnum() and text[opening + 1: opening + 2].isalnum():
        opening = max(text.rfind(q, lo, opening) for q in _QUOTES)
    return opening


def _closing_quote(text: str, lo: int, hi: int) -> int:
    """The first quotation mark in text[lo:hi] that is not an apostrophe inside a word ("don't"), or -1."""
    while True:
        found = [i for i in (text.find(q, lo, hi) for q in _QUOTES) if i != -1]
        if not found:
            return -1
        close = min(found)
        if not (close and text[close - 1].isalnum() and text[close + 1: close + 2].isalnum()):
            return close
        lo = close + 1


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the word stands inside quotation marks on its line: '"fuck"', '"shit show"'. A quote
    mark counts only at a word's edge, so the apostrophes of "don't" and "it's" do not."""
    opening = _opening_quote(text, max(0, start - _QUOTE_REACH), start)
    if opening == -1 or "\n" in text[opening:start] or (opening and text[opening - 1].isalnum()):
        return False
    close = _closing_quote(text, end, end + _QUOTE_REACH)
    if close == -1:
        return False
    return "\n" not in text[end:close] and not text[close + 1: close + 2].isalnum() and (
        opening == start - 1 or not text[opening + 1: opening + 2].isspace())


def _named_as_words(speech, text: str, start: int, end: int, s_start: int, s_end: int) -> bool:
    """Quoted words talked about as words: 'the word "..."', 'old slang for ...', a word quoted
    alone, or the examples after a sentence about words."""
    return (speech.mention.search(text, s_start, s_end) is not None or _alone_in_quotes(text, start, end)
            or _taught_before(speech, text, s_start))


def _alone_in_quotes(text: str, start: int, end: int) -> bool:
    """One word that is the whole quotation ('called me "..."' in any language): a word named, not
    used. Not scare quotes round what the writer calls someone ('he's such a "..."'), nor what the
    writer said ('I said "..."')."""
    return (start > 0 and text[start - 1: start] in _QUOTES and text[end: end + 1] in _QUOTES
            and not any(c.isspace() for c in text[start:end])
            and not _CALLING.search(text, max(0, start - 40), start)
            and not _I_SAID.search(text, max(0, start - 30), start - 1))


def _taught_before(speech, text: str, s_start: int) -> bool:
    """The sentence before talks about words ('incel forums have developed a vocabulary ...'), so
    the quoted ones after it are examples (reported_speech.toml, kind 'mention')."""
    if s_start < 2:
        return False
    p_start, p_end = sentence_around(text, s_start - 2, s_start - 1)
    # 'like' and 'such as' point at examples only in their own sentence ('I don't like him.' does not).
    return any(" ".join(m.group().lower().split()) not in _EXAMPLE_WORDS
               for m in speech.mention.finditer(text, p_start, p_end))


_EXAMPLE_WORDS = ("like", "such as")


_SPEECH_REACH = 600  # characters a quotation of several sentences (a scenario, a rant) may run either side


def _quotation(text: str, start: int, end: int) -> tuple[int, int]:
    """(opening, closing) double quotation marks of a quotation holding text[start:end] that may run
    over sentences and wrapped lines, within its paragraph; -1 for a mark not found. Straight marks
    pair up in order (an odd number before the words means one is open), curly ones by direction."""
    lo = max(0, start - _SPEECH_REACH)
    blank = _BLANK_LINE.search(text[lo:start][::-1])
    lo = start - blank.start() if blank else lo
    hi = min(len(text), end + _SPEECH_REACH)
    blank = _BLANK_LINE.search(text, end, hi)
    hi = blank.start() if blank else hi
    before = text[lo:start]
    if before.count('"') % 2:
        return lo + before.rfind('"'), text.find('"', end, hi)
    curly = before.rfind("“")
    if curly == -1 or before.rfind("”") > curly:
        return -1, -1
    return lo + curly, text.find("”", end, hi)


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def _someone_elses_quotation(scan, text: str, start: int, end: int) -> bool:
    """The words are inside a quotation that someone other than the writer speaks: a verb of speech
    before it, in the sentence it opens in ('an angry man says to the F1: "..."'), or just after it
    ('"...," he wrote'); not 'I said "..."'."""
    opening, closing = _quotation(text, start, end)
    if opening == -1 or closing == -1:
        return False
    speech = scan.config.derive(reported.build)
    lo = sentence_around(text, opening, opening + 1)[0]
    if (_someone_speaks(speech, text, lo, opening) is not None
            or _someone_speaks(speech, text, closing + 1, min(len(text), closing + _SPOKEN_AFTER)) is not None):
        return True
    # A quotation that is a list item under a line introducing it as someone's words ('he has sent
    # messages, including:') or as words taught about ('a few myths we'll tackle:').
    line_start = text.rfind("\n", 0, opening) + 1
    if text[line_start:opening].strip(_BULLETS):
        return False
    intro = _list_introduction(text, line_start)
    return intro is not None and (_someone_speaks(speech, text, *intro) is not None
                                  or _mentioned(scan.config, text[intro[0]:intro[1]]))


_BULLETS = " \t-*•–"


def _list_introduction(text: str, line_start: int) -> tuple[int, int] | None:
    """(start, end) of the sentence that a list ending at line_start hangs from: the nearest line
    above, past other items and blank lines, that ends with a colon, within _SPEECH_REACH."""
    lo = max(0, line_start - _SPEECH_REACH)
    end = line_start - 1
    while end > lo:
        start = text.rfind("\n", lo, end) + 1
        line = text[start:end].strip()
        if line.endswith(":"):
            return sentence_around(text, start, end)[0], end
        if line and not line[:1] in _BULLETS.strip() and not line[:1].isdigit():
            return None  # a line of prose without a colon: not a list's introduction
        end = start - 1
    return None


_SPOKEN_AFTER = 30  # characters after a quotation in which '..., he wrote' names it as someone's


def slurs(scan):
    """Slurs from the word list, and hate speech about a group that needs no slur (abuse.toml). A
    slur in quotation marks that is talked about ('avoid words like "retard"') or reported as someone
    else's ('a patient called me a "paki"') is not the sender's: a student telling their tutor about
    abuse must not be held for it. Unquoted, it is held and the reviewer decides."""
    said: dict = {}
    yield from (_as_hit(part, m, said) for part, m in _listed(scan, "slur")
                if _own_listed(scan, part, m, patients_unquoted=False))
    yield from _own_only(scan, "hate")


def _own_only(scan, kind: str):
    return (hit for hit in aimed.aimed(scan, kind) if not _not_own(scan, hit) and not _mentioned_at(scan, hit))


_FIRST_PERSON_BEFORE = re.compile(r"\b(?:i|we)\s+(?:\w+\s+)?$")


def _mentioned(config, sentence: str, before: int | None = None) -> bool:
    """Whether a sentence quotes, reports or teaches about hostile words rather than using them:
    quotation marks round a stretch of it, someone else's speech reported ('a relative shouted
    that ...'; not 'I told him ...'), or a teaching or reporting context (abuse.toml, kind
    'mention'). With `before`, only a cue before that offset counts: in 'the consultant is such a
    dick, he shouted at me' the insult is the writer's own."""
    if before is None and _mostly_quoted(sentence):
        return True
    low = sentence.lower()
    for pattern in config.derive(aimed.context_patterns)["mention"]:
        for m in pattern.finditer(low, 0, len(low) if before is None else before):
            if not _FIRST_PERSON_BEFORE.search(low, 0, m.start()):
                return True
    return False


def _mentioned_at(scan, hit: Hit) -> bool:
    """A pattern's hit quoted, reported or taught: in its sentence (_mentioned), inside a longer
    quotation someone else speaks, or quoted as words talked about."""
    text = hit.part.text
    s, e = sentence_around(text, hit.start, hit.end)
    return (_mentioned(scan.config, text[s:e], before=hit.start - s)
            or _someone_elses_quotation(scan, text, hit.start, hit.end)
            or (_quoted(text, hit.start, hit.end)
                and _named_as_words(scan.config.derive(reported.build), text, hit.start, hit.end, s, e)))


def threats(scan):
    found = list(_own_only(scan, "threat"))
    yield from found
    # A pursuit pattern already pointed at ('you can't avoid me forever') is not pointed at twice.
    taken = [(hit.start, hit.end) for hit in found if hit.part is scan.body]
    for hit in _letter_readings(scan):
        if not any(s < hit.end and hit.start < e for s, e in taken):
            taken.append((hit.start, hit.end))
            yield hit


def insults(scan):
    return _own_only(scan, "insult")


def harassment(scan):
    return _own_only(scan, "harassment")


# Readings of the whole letter (abuse.toml): the act (kind) is a finding only where the letter
# also holds its cause, one of (kind, where): 'quoted' in the message quoted below, 'own' in the
# writer's own words. The act, rare in ordinary mail, is looked for first: most letters stop there.
_LETTER_READINGS = (
    # Pursuit: the reader said no ('please don't contact me' quoted below; 'you blocked me') and the
    # writer presses on ('I'm not giving up', 'I'll come by your mum's', 'you owe me').
    ("pressed", "contact pressed after a no", (("no_contact", "quoted"), ("no_contact_known", "own"))),
    # Leaning on someone who reported the writer ('I know it was you who went to the office') to
    # take it back ('tell them you were mistaken', 'I'm sure you'll make the right choice').
    ("retract", "leaning on someone who reported you", (("reported_me", "own"),)),
)


def _letter_readings(scan):
    context = scan.config.derive(aimed.context_patterns)
    letter, low = scan.letter, scan.folded(scan.body)
    where = {"quoted": letter.is_quoted, "own": letter.is_writers_own}
    for act, what, causes in _LETTER_READINGS:
        acts = list(_each_sentence(scan, context[act], what))
        if acts and any(where[place](m.start()) for kind, place in causes
                        for pattern in context[kind] for m in pattern.finditer(low)):
            yield from acts


def _each_sentence(scan, patterns, what: str):
    """A hit for each sentence of the writer's own words that one of the patterns matches in."""
    letter, low, seen = scan.letter, scan.folded(scan.body), set()
    for pattern in patterns:
        for m in pattern.finditer(low):
            if not letter.is_writers_own(m.start()):
                continue
            start, _ = sentence_around(letter.text, m.start(), m.end())
            if start not in seen:
                seen.add(start)
                phrase = " ".join(letter.text[m.start():m.end()].split())
                yield Hit(scan.body, m.start(), m.end(), detail=f"{what}: '{phrase[:60]}'", masked=phrase)


# --- the model ---------------------------------------------------------------------------------
# Clinical writing to the university or the NHS: this many different words of the clinical vocabulary,
# and this share (percent) of the writer's words.
CLINICAL_LETTER_WORDS = 5
CLINICAL_SHARE = 3
# A person named in a sentence: a capitalised word not opening it ('That nurse Angela is ...').
_NAMED_PERSON = re.compile(r"(?<!^)(?<![.!?]\s)(?<!\n)\b(?!I\b)[A-Z][a-z]+")
SHORT_MESSAGE = 4      # sentences, subject included: a greeting, a line or two, a sign-off
MODEL_BUDGET = 6_000    # characters of a message's own text scored: a student's letter whole, a newsletter's first page
# A quotation may run over the wrapped lines of its paragraph, not past a blank line.
_QUOTED = re.compile(r"[\"“]((?:[^\"”\n]|\n(?![ \t\r]*\n)){3,})[\"”]")


def _mostly_quoted(sentence: str) -> bool:
    """Half the sentence or more inside quotation marks: a quotation, not scare quotes round a word
    ('pretending they're just "different"')."""
    return sum(len(m.group(1)) for m in _QUOTED.finditer(sentence)) * 2 >= len(sentence)


def _held_spans(scan, reach: dict[str, int]) -> dict[str, list[tuple[int, int]]]:
    """Where this family's other rules, and the defamation rules, already hold: a sentence held for
    a listed word, a pattern or an allegation about a person is not held again by the model.
    Only hits starting before `reach` (by part) are kept: no scored sentence ends later. A listed
    word's hit is judged (own words? reported?) only there, as a letter of one swear word repeated
    has 200,000 of them."""
    from .. import defamation

    def near(hit):
        return hit.part is not None and hit.start < reach.get(hit.part.name, 0)

    passing = scan.shared(_passing_swearing)  # warned, not held: the model still reads its sentence
    found = [(part.name, m.start, m.end) for severity, patients_unquoted in (("strong", True), ("slur", False))
             for part, m in _listed(scan, severity)
             if m.start < reach.get(part.name, 0) and m is not passing and _own_listed(scan, part, m, patients_unquoted)]
    checks = [lambda scan: _own_only(scan, "hate"), threats, insults, harassment]
    checks += [rule.check for rule in defamation.RULES if rule.action is Action.HOLD]
    found += [(hit.part.name, hit.start, hit.end) for check in checks for hit in check(scan) if near(hit)]
    spans: dict[str, list[tuple[int, int]]] = {}
    for name, start, end in found:
        spans.setdefault(name, []).append((start, end))
    return spans


def _sentences_scored(scan):
    """(part, start, end, score, 'hold' or 'warn', why) for each of the writer's own sentences
    (subject, then body without quotes, signature and disclaimers) the model finds hostile."""
    config = scan.config
    model = config.derive(classifier.load)
    hold_at, aimed_at, warn_at = classifier.thresholds(config)
    pair_at, short = classifier.letter_rule(config)
    group_at = classifier.group_threshold(config)
    short_at, short_person_at = classifier.short_threshold(config)
    banter_at = classifier.banter_ceiling(config)
    floor = min(aimed_at, warn_at, hold_at, pair_at, group_at, short_at, short_person_at)
    sentences = 0
    context = config.derive(aimed.context_patterns)
    lex = config.derive(lexicon.build)
    listed, clinical = lex.plain, lex.clinical_words
    scored = []  # (part, sentence, start, end, score, whether it holds a word the lists judge)
    budget = MODEL_BUDGET
    for part, text in ((scan.subject, scan.subject.text), (scan.body, scan.shared(_own))):
        for start, end in classifier.sentences(text):
            budget -= end - start
            if budget < 0:
                break
            sentence = text[start:end]
            sentences += 1
            # The word lists judge their own words (a slur, 'bitch had puppies', 'faggots and mushy
            # peas', Dr Dick): the model reads what is left, and catches what has no listed word.
            every = features.words(sentence)
            words = [w for w in every if w not in listed]
            if len(words) < len(every) and not lex.phrase_first.isdisjoint(every):
                words = _unlisted(lex, sentence, every)
            score = model.score_words(words)
            if score >= floor and any(p.search(sentence) for p in context["idiom"]):
                # 'You'll kill it', 'murder a curry': the idiom's words are not the writer's hostility.
                score = model.score_words([w for w in features.words(_without(context["idiom"], sentence))
                                           if w not in listed])
            if score >= floor and not clinical.isdisjoint(words):
                # Clinical vocabulary ('penis', 'anal', 'sex') is the lists' allowlist: a sentence
                # that is hostile only for it is anatomy or a sexual history, not abuse.
                score = model.score_words([w for w in words if w not in clinical])
            if score >= floor and _not_english(words, name_data(config).words):
                continue  # the model learnt English: in Swedish 'puss och kram' is a hug
            if score >= floor:
                scored.append((part, sentence, start, end, score, len(words) < len(every)))
        if budget < 0:
            break
    # Sentences only the letter rule could hold matter in pairs, in short letters: otherwise drop
    # them before _held_spans, which runs the defamation rules again.
    # A message of a few sentences (a greeting, the message, a sign-off) is what its hostile
    # sentence says (offensive_model_short, config/bedside.toml).
    brief = sentences <= SHORT_MESSAGE
    single = min(aimed_at, warn_at, hold_at, group_at, min(short_at, short_person_at) if brief else 1.0)
    if sentences > short or sum(entry[4] >= pair_at for entry in scored) < 2:
        scored = [entry for entry in scored if entry[4] >= single]
    if not scored:
        return []
    reach: dict[str, int] = {}
    for part, _, _, end, _, _ in scored:
        reach[part.name] = max(reach.get(part.name, 0), end)
    held = _held_spans(scan, reach)
    # Clinical writing: several different words of the clinical vocabulary in the writer's own text.
    own_words = features.words(scan.shared(_own))
    clinical_letter = (not scan.external_recipients and len(clinical.intersection(own_words)) >= CLINICAL_LETTER_WORDS
                       and sum(w in clinical for w in own_words) * 100 >= CLINICAL_SHARE * len(own_words))
    out, middling = [], []
    def mild(text: str) -> bool:
        return model.score_words([w for w in features.words(text) if w not in listed]) < floor

    for part, sentence, start, end, score, has_listed in scored:
        if any(s < end and start < e for s, e in held.get(part.name, ())):
            continue  # already held for a listed word, a pattern or an allegation in it
        # A clinical record (a nursing note, a handover) describes and quotes patients: 'tired of
        # being in hospital', 'I want to go back to ...' are a patient's state, not the writer's hostility.
        in_record = clinical_record(scan, part)
        if _reported_patient(scan, part, start, end, mild):
            continue  # what a patient (or their voices) said, recorded with their care
        fiction = part is scan.body and scan.letter.about_fiction(start)  # what a film's characters do
        mention = (in_record or fiction or _mentioned(config, sentence)
                   or _someone_elses_quotation(scan, part.text, start, start + 1)  # begins inside one
                   or _quotes_someone_else(scan, part, start, end, mild))
        target = any(p.search(sentence) for p in context["target"])
        group = score >= group_at and any(p.search(sentence) for p in context["group"])
        if not (target or group) and clinical_letter:
            continue  # aimed at nobody, in anatomy or a case write-up: the model reads tweets, not this
        if not group and not _NAMED_PERSON.search(sentence) and _about_pests(context, sentence):
            continue  # 'the mice are back ... they're vermin, could you send pest control
        # Teasing the reader in a friendly letter (_banter) is at most a warning, and no second signal.
        teasing = not mention and not group and score < banter_at and _banter(scan, context, sentence)
        if not mention and not teasing and score >= pair_at:
            middling.append(len(out))
        if not mention and (score >= hold_at or (score >= aimed_at and target) or group):
            level, why = "hold", "aimed at a person or group" if score < hold_at else "high score"
        # The short-message rule leaves sentences with a listed word to the word lists: without it
        # the model reads a fragment ('bloody hell what a cock-up' to a friend).
        elif (not mention and brief and not has_listed
              and (score >= short_at or (score >= short_person_at and not scan.to_staff
                                         and _about_someone(context, sentence)))):
            level, why = "hold", "the substance of a short message"
        elif (score >= warn_at and not mention) or score >= hold_at:
            level, why = "warn", ("in a clinical record" if in_record else "about a film, book or show" if fiction
                                  else "quoted, reported or taught") if mention else "no one it is aimed at"
        else:
            level, why = "", ""
        if level == "hold" and teasing:
            level, why = "warn", "teasing the reader in a friendly letter"
        out.append((part, start, end, score, level, why))
    # A second signal (classifier.letter_rule): two or more of the writer's own sentences that score
    # middling in a short letter hold it; one alone, in a long newsletter, does not.
    if len(middling) >= 2 and sentences <= short:
        for i in middling:
            part, start, end, score, level, _ = out[i]
            if level != "hold":
                out[i] = (part, start, end, score, "hold", f"one of {len(middling)} hostile-sounding sentences")
    return [entry for entry in out if entry[4]]


def _without(patterns, sentence: str) -> str:
    """The sentence with every match of the patterns blanked."""
    for pattern in patterns:
        sentence = pattern.sub(" ", sentence)
    return sentence


def _unlisted(lex, sentence: str, every: list[str]) -> list[str]:
    """The sentence's words less those the word lists judge: a phrase's first word ('screw' of
    'screw you', Spanish 'de', Cantonese 'ban') is the lists' only where the phrase is there."""
    matched = {w for m in lex.find(sentence) for w in features.words(sentence[m.start:m.end])}
    return [w for w in every if w not in lex.plain or (w in lex.phrase_first and w not in matched)]


ENGLISH_SHARE = 0.5  # of a sentence's words of three letters or more, at least this many English ones


def _not_english(words: list[str], english: frozenset[str]) -> bool:
    """A sentence in another language: fewer than half of its longer words are English words."""
    long = [w for w in words if len(w) > 2 and w.isalpha()]
    return len(long) >= 3 and sum(w in english for w in long) < ENGLISH_SHARE * len(long)


def _banter(scan, context, sentence: str) -> bool:
    """Teasing between friends ('oi you lazy sod, it's your bin week x'): a friendly letter (a kiss,
    'love you', a laughing emoji: abuse.toml kind 'affection') not to staff, and the sentence aimed
    at the reader alone. Cruelty about someone else, or about a group, is not banter."""
    if scan.to_staff or not scan.recipients or not scan.shared(_friendly):
        return False
    if not any(p.search(sentence) for p in context["reader"]) or _NAMED_PERSON.search(sentence):
        return False
    return not any(p.search(sentence) for p in (*context["person"], *context["group"]))


def _friendly(scan) -> bool:
    """A kiss, 'love you' or a laugh anywhere in the writer's part, sign-off and signature included
    ('Jo xx')."""
    context = scan.config.derive(aimed.context_patterns)
    own = scan.letter.own_text
    return any(p.search(own) or p.search(scan.subject.text) for p in context["affection"])


def _about_someone(context, sentence: str) -> bool:
    """The sentence speaks of a person: a pronoun or word for people (abuse.toml, kind 'person'),
    a group or title named, or a name."""
    return (any(p.search(sentence) for p in (*context["person"], *context["target"]))
            or _NAMED_PERSON.search(sentence) is not None)


def _about_pests(context, sentence: str) -> bool:
    """Household pests named in the sentence itself (abuse.toml, kind 'pests')."""
    return any(p.search(sentence) for p in context["pests"])


def _reported_patient(scan, part, start: int, end: int, mild) -> bool:
    """A sentence that reports a patient's words in quotation marks ('they call him "..."'), whose
    hostility is all inside them: `mild(text)` says the sentence without its quotations is not."""
    text = part.text
    quote = _QUOTED.search(text, start, end)
    if quote is None:
        return False
    if _patients_words(scan, part, quote.start(1), quote.end(1)):
        return mild(_QUOTED.sub(" ", text[start:end]))
    vocabulary = scan.config.derive(reported.build)
    speech = _someone_speaks(vocabulary, text, start, end)
    if speech is None:
        return False
    # What comes after the speaking verb is the report ('they call him "..." and tell him to ...');
    # the care described in this sentence or just before it says whose words they are.
    if vocabulary.care.search(text, max(0, start - 200), end) is None and not clinical_record(scan, part):
        return False
    if not vocabulary.speaker.search(text, max(start, speech.start() - _SPEAKER_REACH), speech.start()):
        return False  # 'People call her "..." and ...': not a patient (or their voices) speaking
    return mild(_QUOTED.sub(" ", text[start:speech.start()]))


_SPEAKER_REACH = 40  # characters before the verb of speech that name who speaks ('a patient keeps commenting')


def _quotes_someone_else(scan, part, start: int, end: int, mild) -> bool:
    """A sentence whose hostility is all inside quotations someone else speaks ('I am copying his
    messages exactly: "..."'): `mild(text)` says the sentence without them is not hostile."""
    text = part.text
    theirs = [m.span() for m in _QUOTED.finditer(text, start, end)
              if _someone_elses_quotation(scan, text, m.start(1), m.end(1))]
    if not theirs:
        return False
    rest, last = [], start
    for s, e in theirs:
        rest.append(text[last:s])
        last = e
    rest.append(text[last:end])
    return mild(" ".join(rest))


def _model_hits(scan, level: str):
    for part, start, end, score, lvl, why in scan.shared(_sentences_scored):
        if lvl == level:
            shown = " ".join(part.text[start:end].split())
            shown = shown if len(shown) <= 90 else shown[:89] + "…"
            yield Hit(part, start, end, detail=f"model score {score:.2f}, {why}", masked=shown)


def hostile(scan):
    return _model_hits(scan, "hold")


def lowered(scan):
    """Warnings: the model's middling scores, and listed words and patterns that are quoted,
    reported or taught, or stand in the message being replied to."""
    # A listed word quoted or reported in the writer's own text ('avoid words like "..."', a patient's
    # words in an incident report) is not flagged at all, as before the model.
    letter, said = scan.letter, {}
    if letter.quoted_lines or letter.own_end < len(letter.text):  # else nothing in the body is quoted
        for part, m in (*_listed(scan, "strong"), *_listed(scan, "slur")):
            if _quoted_at(scan, part, m.start):
                hit = _as_hit(part, m, said)
                yield Hit(hit.part, hit.start, hit.end, detail=f"{hit.detail}, in the quoted earlier message",
                          masked=hit.masked)
    for kind in ("threat", "insult", "harassment", "hate"):
        for hit in aimed.aimed(scan, kind):
            if _patients_words(scan, hit.part, hit.start, hit.end) or _reported_in_care(scan, hit.part, hit.start, hit.end):
                continue  # a patient's words recorded with their care: as for listed words, no finding
            if _not_own(scan, hit):
                yield Hit(hit.part, hit.start, hit.end, detail=f"{hit.detail}, in the quoted earlier message",
                          masked=hit.masked)
            elif _mentioned_at(scan, hit):
                yield Hit(hit.part, hit.start, hit.end, detail=f"{hit.detail}, quoted, reported or taught",
                          masked=hit.masked)
    passing = scan.shared(_passing_swearing)
    if passing is not None:
        part = next(part for part, m in _listed(scan, "strong") if m is passing)
        hit = _as_hit(part, passing, said)
        yield Hit(hit.part, hit.start, hit.end, detail=f"{hit.detail}, in passing, aimed at nobody",
                  masked=hit.masked)
    yield from _model_hits(scan, "warn")


def mild_to_staff(scan):
    # Mild British informality is fine between friends; staff (or unknown readers) get the warning.
    if scan.to_staff or not scan.recipients:
        return _hits(scan, "mild")
    return ()


_WHY = cite(EMAIL_RULES, SUITABILITY, REDISTRIBUTION)

RULES = (
    Rule(
        code="OFF001", name="strong-profanity", category=Category.OFFENSIVE, action=Action.HOLD,
        message="Strong profanity, obscenity or abuse",
        explanation=Explanation(
            what="Strong swear words, obscene slang and abusive words, including disguised spellings "
                 "(f*ck, sh1t, f@ck, f u c k, look-alike letters). Clinical vocabulary (anal fissure, penile "
                 "discharge, bloody stool) and surnames (Dr Dick, Mr Cox) are never flagged, nor a word quoted "
                 "to talk about it (obscenities like \"...\") or a confused patient's words reported as "
                 "part of their care. One expletive in passing, aimed at nobody, in a letter of five or more "
                 "sentences to friends is a warning (OFF008); to staff, at or about a person, or in a short "
                 "message it is held.",
            why=_WHY,
            how="Rewrite the sentence without the word. If you are angry, save the draft and send it "
                "tomorrow; if you need to raise a concern, talk to your tutor."),
        check=strong,
    ),
    Rule(
        code="OFF002", name="slur", category=Category.OFFENSIVE, action=Action.HOLD,
        message="Slur or hate speech",
        explanation=Explanation(
            what="Slurs about race, religion, sexuality, gender identity or disability, however spelt; "
                 "hate speech about such a group without a slur ('... shouldn't be allowed to be doctors', "
                 "'send them back').",
            why="Slurs are offensive whoever reads them and may be unlawful harassment. " + _WHY,
            how="Remove the slur. If you were quoting abuse you received or witnessed, report it to the "
                "School rather than forwarding it."),
        check=slurs,
    ),
    Rule(
        code="OFF003", name="mild-profanity-to-staff", category=Category.OFFENSIVE, action=Action.WARN,
        message="Informal or mildly crude word in an email to staff",
        explanation=Explanation(
            what="Mild British informality ('bloody hell', 'cock-up', 'knackered', 'crap') in mail to "
                 "staff or other internal recipients. Between friends it is not flagged.",
            why="Email to staff is professional correspondence. " + cite(EMAIL_RULES),
            how="Use a neutral word: 'mistake' for cock-up, 'exhausted' for knackered."),
        check=mild_to_staff,
    ),
    Rule(
        code="OFF004", name="threat", category=Category.OFFENSIVE, action=Action.HOLD,
        message="Threat, open or veiled",
        explanation=Explanation(
            what="First-person intent to harm someone ('I'll kill him if he marks me down'), veiled threats "
                 "('he'd better watch his back', 'I know where you live') and incitement to self-harm "
                 "('kys'), contact pressed on someone who has said no ('I'm not giving up, I'll come by your "
                 "mum's') and leaning on someone who reported you ('tell the office you were mistaken'). Idioms "
                 "are not threats: 'the exam killed me', 'I'll smash it tomorrow'.",
            why="Threats are taken at their word by whoever reads them, joking or not, and may be a crime. "
                + _WHY,
            how="Delete it. If someone has treated you unfairly, raise it with your tutor or the School; if "
                "you are struggling, talk to student support today."),
        check=threats,
    ),
    Rule(
        code="OFF005", name="insult-or-bullying", category=Category.OFFENSIVE, action=Action.HOLD,
        message="Insult or bullying aimed at a person",
        explanation=Explanation(
            what="Name-calling aimed at the reader or another person ('you're useless', 'she's such a cow') "
                 "and bullying put-downs ('nobody likes you', 'you'll never be a doctor').",
            why=cite(EMAIL_RULES, DISTRESS),
            how="Say what the problem is, not what you think of the person. If you are angry, wait a day."),
        check=insults,
    ),
    Rule(
        code="OFF006", name="sexual-harassment", category=Category.OFFENSIVE, action=Action.HOLD,
        message="Sexual comment or request",
        explanation=Explanation(
            what="Sexual remarks about someone's body, sexual propositions and requests for images. Clinical "
                 "descriptions of examinations are not flagged.",
            why="Unwanted sexual comments are harassment. " + _WHY,
            how="Delete it. Colleagues and classmates are owed the same respect in email as in person."),
        check=harassment,
    ),
    Rule(
        code="OFF007", name="hostile-language", category=Category.OFFENSIVE, action=Action.HOLD,
        message="Hostile, hateful or harassing sentence (model)",
        explanation=Explanation(
            what="A sentence of your own that a model trained on abusive, hateful and threatening writing "
                 "scores as hostile, with no swear word needed: prejudice stated politely, stereotypes, "
                 "remarks meant to wound, pursuing someone who wants no contact, implied threats. It holds "
                 "when the score is high, or middling and the sentence is aimed at someone ('you', a named "
                 "person, a group). Quoted earlier messages, signatures and disclaimers are not read.",
            why="Harassment and discriminatory remarks hurt whoever they are about and may be unlawful; "
                "email is forwarded and kept. " + cite(EMAIL_RULES, SUITABILITY, DISTRESS, REDISTRIBUTION),
            how="Say what the problem is without the remark about the person or group. If you are angry, "
                "wait a day; if someone has treated you badly, raise it with your tutor or the School."),
        check=hostile,
    ),
    Rule(
        code="OFF008", name="possibly-hostile-language", category=Category.OFFENSIVE, action=Action.WARN,
        message="Possibly hostile, or offensive words mentioned rather than used",
        explanation=Explanation(
            what="A sentence the model scores as possibly hostile but not aimed at anyone; an offensive word, "
                 "slur or threat that is quoted, reported ('the patient called me ...') or discussed "
                 "('the word ...', a lecture on slurs); one inside the earlier message you are "
                 "replying to or forwarding; one expletive in passing in a longer letter to friends; what "
                 "happens in a film, book or series you are discussing; or teasing your reader in a friendly "
                 "letter. A warning: read it once more before sending, since teasing reads differently once "
                 "forwarded.",
            why=cite(EMAIL_RULES, SUITABILITY, REDISTRIBUTION),
            how="If you are reporting abuse, say so plainly and send it to the right person (your tutor, the "
                "School's concerns process) rather than forwarding it on; otherwise rephrase."),
        check=lowered,
    ),
)
