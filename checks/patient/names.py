"""Patient names: a person's name in a clinical context.

Shapes: title + surname (Mrs Jones, Mr A. Khan), first + last name (Sarah Jones, with a known
first name), initial + surname (J. Smith), labels (Name: / Pt:), and handover lists
('JONES, Margaret'; 'bed 3 - john smith', in any case, with a known first name). Confident when a patient word (patient, bed, bay,
ward, admitted, diagnosed, clinic, theatre...) or a diagnosis is close by. Not flagged: staff
(Dr, Prof, Sister, a role beside the name), the people the email is from or to, greetings and
signatures, anonymised cases (Mr X, Patient A, simulated patients).
"""

from __future__ import annotations

import re

from ..mask import mask_name
from ..model import Hit
from ..text import AnchoredPattern, TermMatcher, latin1_shape, sentence_around
from .attachments import patient_named_files
from ..letter import QUOTE_HEADER
from .context import clinical_record, part_context
from .namedata import name_data
from .staffwords import staff_words
from .wordlist import alternation, grouped
from .people import caps_titled, plausible_surname, relative_names

# Jones, O'Neill, McKenzie, MacDonald, Smith-Jones
SURNAME = r"(?:[A-Z]['’])?(?:Ma?c)?[A-Z][a-z]+(?:[\-'’][A-Z][a-z]+)?"
# 'Baby Khan': how a newborn is named on the ward before it has a first name.
TITLED = re.compile(rf"\b(?P<title>Mr|Mrs|Ms|Miss|Mstr|Master|Mx|Baby)\.?\s+(?P<name>(?:[A-Z]\.?\s?){{0,2}}{SURNAME}"
                    rf"(?:[ \-]{SURNAME})?)")
# Casual mail is often all lowercase: 'saw mrs jones in bay 3'. Only the unambiguous titles
# (not 'ms', which is also multiple sclerosis), and never before a common word.
LOWER_TITLED = re.compile(r"\b(?P<title>mr|mrs|miss)\.?\s+(?P<name>[A-Za-z][a-z'’\-]{2,})\b")  # ('mr. Masci' too)
COMMON_AFTER_TITLE = frozenset("""a an the and or but in on at to of for with from by is was are were be been has had have
    who which that this these those he she they it his her their its said says told asked came went got gets
    patient pt man woman lady gentleman x y z a b c smith jones""".split()) - {"smith", "jones"}
# Handover lists and labels: 'JONES, Margaret', 'Name: Margaret Jones'.
LISTED = re.compile(r"\b(?P<name>[A-Z]{2,}(?:[-'][A-Z]{2,})?,\s*[A-Z][a-z]+)\b")
# ... an emergency department board in capitals, the age and sex after the name: 'OKONJO, ADAEZE  54F'.
CAPS_LISTED = re.compile(r"\b(?P<name>[A-Z]{2,}(?:[-'][A-Z]{2,})?,[ \t]*[A-Z]{2,}(?:[-'][A-Z]{2,})?)"
                         r"(?=[ \t]+(?P<age>\d{1,3}[ \t]?[MF])\b)")
NAME_LABEL = re.compile(rf"\b(?i:(?:name|pt\s+name|patient\s+name)\s*[:\-]|(?:pt|patient)\s*:|"
                        rf"(?:his|her|their|the\s+patient['’]?s|pt['’]?s)\s+(?:full\s+|real\s+)?name(?:\s+(?:is|was)|['’]s)\s+|"
                        rf"(?:he|she)(?:['’]s|\s+is|\s+was)\s+called\s+)\s*"
                        rf"(?P<name>(?:[A-Z]\.?\s?){{0,2}}{SURNAME}(?:\s+{SURNAME}){{0,2}})")
# A handover list in any case: 'bed 3 - john smith 72', 'Bay 2: mary o'brien', 'bay 3 (Arthur'. Kept only when the
# first word is a known first name.
BED_LIST = re.compile(r"\b(?:bed|bay|side\s*room|cubicle|cot)\s*\d{1,3}[a-z]?\s*[-–:,()]?\s*"
                      r"(?P<name>(?P<first>[a-z]+)(?:\s+[a-z][a-z'’\-]+)?)", re.I)
# ... and the other way round: 'Margaret in bed 14', 'Derek Owens (bay 2)'. Capitalised, a known first name.
AT_BED = re.compile(r"\b(?P<name>(?P<first>[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z'’\-]+)?)\s*[(,\-–]?\s*"
                    r"(?i:(?:(?:in|from|on|at)\s+)?(?:bed|bay|side\s*room|cubicle|cot)\s*\d{1,3}[a-z]?)\b")
INITIAL = re.compile(rf"(?P<name>[A-Z]\.\s?{SURNAME})\b")  # preceding character checked in code
# One space, or one line break (wrapped text), between the names: never a blank line ('Amy\n\nOn...').
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
PAIR = re.compile(rf"\b(?P<name>(?P<first>[A-Z][a-z]+){_GAP}{SURNAME})\b")
# Staff words before and after a name: config/wordlists/patient_staff.toml (staffwords.py).
GREETING = re.compile(r"^[ \t>]*(?:dear|hi|hello|hey|morning|afternoon|evening|to)\s*$", re.I | re.M)
ACRONYMS = frozenset("NHS GP ED AMU CCU ICU ITU HDU MRI CT ECG DOB MRN OSCE PMH HPC SHO FY FY1 FY2 UK BP HR RR "
                     "COPD CKD AKI DKA UTI PE DVT MI TIA PRN OD BD TDS QDS IV IM SC PO NBM DNACPR NOK".split())
_TITLE_WORDS = frozenset({"mr", "mrs", "ms", "miss", "mstr", "master", "mx", "baby"})
_LOWER_TITLES = frozenset({"mr", "mrs", "miss"})  # the titles LOWER_TITLED reads


def _hand_names(config) -> frozenset[str]:
    return config.terms("first_names")


def _first_names(config) -> frozenset[str]:
    # The hand list plus every given name in the name data that is no English word ('Shaun',
    # 'Aaron', 'Chloe'; not 'Will', 'Mark', 'May').
    data = name_data(config)
    given = frozenset(g for g in data.given - data.words if len(g) >= 3 and g.isalpha())
    return config.terms("first_names") | given


def _conditions(config) -> TermMatcher:
    return TermMatcher(config.terms("conditions"))


def patient_names(scan):
    # The name data (~0.1 s to read) is asked for only once a part has a patient cue, an age, a
    # record or a diagnosis, or the message an attachment: most mail never needs it.
    first_names = None
    conditions = scan.config.derive(_conditions)
    hand_names = scan.config.derive(_hand_names)
    staff = staff_words(scan.config)
    letter_label, academic, news, own_care = scan.config.derive(word_patterns)
    age, age_words = scan.config.derive(ages_of)
    at_site = scan.config.derive(at_a_site)
    window = int(scan.config.threshold("patient_window", 120))
    correspondents = _correspondents(scan)
    for part in scan.texts:
        ctx = part_context(scan, part)
        words, folded = scan.words(part), scan.folded(part)
        # 'old' and a lone 'o' are in many letters: an age is looked for only when its words are there.
        ages = not age_words.isdisjoint(words) and _has_age(part.text, scan.digit_runs(part), age)
        record = clinical_record(scan, part)
        if not ctx.has_cues and not ages and not record and not conditions.present(folded, words):
            continue
        if first_names is None:
            first_names = scan.config.derive(_first_names)
        diagnoses = None  # diagnoses in the part, found when a candidate name first needs them
        story = None  # whether the part reads as a news story, worked out when a name first needs it
        text = part.text
        taken: list[tuple[int, int]] = []
        candidates = list(_titled(text, name_data(scan.config) if "master" in words else None)) \
            if not _TITLE_WORDS.isdisjoint(words) else []
        if candidates == [] and not _LOWER_TITLES.isdisjoint(words):
            candidates = [(m, "titled") for m in LOWER_TITLED.finditer(text)
                          if m.group("name").lower() not in COMMON_AFTER_TITLE
                          and m.group("name").lower() not in cue_words(scan)]
        shape = latin1_shape(text).translate(_SHAPE)
        candidates += list(_initialled(text, shape, letter_label))
        candidates += [(m, "handover") for m, _ in _listed(text, shape)]
        # (Without the word 'patient' the two label patterns are the same: no search for 'patient:'.)
        labels = _LABELLED_PATIENT if "patient" in words and ("patient:" in folded or "patient :" in folded) \
            else _LABELLED
        candidates += [(m, "labelled") for m in labels.finditer(folded, words, text=text)]
        candidates += [(m, "listed") for m in _BED_LISTED.finditer(folded, words, text=text)
                       if _bed_list_name(m, first_names)]
        candidates += [(m, "listed") for m in _at_bed(text, folded, words, first_names)]
        candidates += [(m, "listed") for m in _FAMILY.finditer(folded, words, text=text)]
        for first in first_names.intersection(words):
            candidates += _paired(text, first.capitalize())
        if ctx.has_cues or record:
            data = name_data(scan.config)
            candidates += [(m, "relative") for m in relative_names(scan.config, text, folded, words, data)]
            if not _TITLE_WORDS.isdisjoint(words):
                candidates += [(m, "titled") for m in caps_titled(text, data)]
        # A relative first: "Bernadette Okafor (sister)" is kin, though "(sister" reads as a ward sister too.
        for m, shape in sorted(candidates, key=lambda c: (c[0].start(), c[1] != "relative")):
            start, end = m.span("name") if shape in ("listed", "labelled", "handover", "relative") else m.span()
            if any(s <= start < e for s, e in taken):
                continue
            name = m.group("name")
            if name in correspondents or any(p in correspondents for p in name.split()[-1:]) and shape != "titled":
                continue
            if ctx.in_signature(start) or _greeting(text, start) or _attribution(text, start):
                continue
            if shape != "relative" and (staff.before.search(text[max(0, start - 25): start]) or
                                        staff.after.match(text[end: end + 40])):
                taken.append((start, end))  # staff: 'Colin Sterling' inside 'Mr Colin Sterling' is too
                continue  # (a relative's role word before the name already says whose it is)
            reach = window if shape in ("titled", "relative") else window // 2
            if shape == "pair" and m.group("first").lower() not in hand_names:
                reach = window // 4  # a name only the name data knows: news and business mail are full of them
            reason = _near_cue(ctx, start, end, reach)
            if reason is None and ages:
                reason = _age_beside(text, start, end, age)
            if reason is None and shape == "handover" and m.re is CAPS_LISTED:
                reason = f"listed with age and sex ('{m.group('age')}')"
            # (a capitals board gives age and sex after the name: that, not the name data, says it is one)
            if shape in ("initial", "pair", "handover") and \
                    not _plausible(scan, name, shape, record and m.re is not CAPS_LISTED):
                continue
            if shape == "pair" and _NUMBERED.match(text, end):
                continue  # 'Kill Bill Vol. 1': an abbreviation and a number, a title
            if shape == "pair" and at_site.search(text, max(0, start - 40), start) and \
                    not _POSSESSIVE.match(text, end):
                continue  # 'on Ward 24 at Sherwood Vale': the hospital the ward is at, not a person
            if reason is None and record:
                reason = "in a clinical record"
            if reason is None:
                if diagnoses is None:
                    diagnoses = conditions.finditer(folded, words)
                reason = _diagnosis_after(diagnoses, end) or (
                    _diagnosis_before(diagnoses, start) if shape == "labelled" else None)
                if reason and shape not in ("labelled", "titled") and \
                        academic.search(text, *sentence_around(text, start, end)):
                    reason = None
            if reason is None or ctx.anonymised_near(start, end, window):
                continue
            if ctx.anonymised and len(_QUESTION.findall(text)) >= 2:
                continue  # made-up exam questions: each vignette asks 'What is the diagnosis?'; one is marked invented
            if not record and shape != "labelled":
                if story is None:
                    story = _news_story(text, news, own_care)
                if story:
                    continue  # someone in the news ('By Bruce Johnston in Rome'), not in the sender's care
            if shape == "pair":
                second = _SECOND_SURNAME.match(text, end)
                if second:  # 'Irene Campos Vidal, 22': a second surname is the name too, masked with it
                    end = second.end("surname")
            taken.append((start, end))
            shown = mask_name(text[start:end], keep_titles=_TITLE_WORDS)
            yield Hit(part, start, end, detail=f"'{shown}' {reason}", masked=shown)
    if scan.message.attachments:  # (it reads only attachments' file names)
        yield from patient_named_files(scan, scan.config.derive(_first_names), correspondents)


# The name shapes are found by jumping to where they can start (str.find is memchr-fast) and
# matching there, instead of running each regex over the whole letter.

def _titled(text: str, data=None):
    for title in ("Mr", "Mrs", "Ms", "Miss", "Mstr", "Master", "Mx", "Baby"):
        i = text.find(title)
        while i != -1:
            if not i or not text[i - 1].isalpha():
                m = TITLED.match(text, i)
                if m and m.group("title") == title and not (
                        title == "Baby" and m.group("name").split()[0].lower() in _NOT_A_BABY) and not (
                        title == "Master" and data is not None and data.wordlike(m.group("name").split()[0])):
                    yield m, "titled"  # ('Master Netting Agreement', 'Master Financial' are contracts)
            i = text.find(title, i + 1)


# 'Baby Unit', 'Baby Shark': services, songs and things, not a newborn's surname.
_NOT_A_BABY = frozenset("""unit clinic check checks friendly group groups massage yoga shower showers monitor monitors
    food formula wipes bottle bottles shark jesus boomer boomers driver yoda bel doll dolls grand face steps blues
    bump bumps bank banks room rooms care""".split())


def _initialled(text: str, shape: bytes, letter_label: re.Pattern):
    i = shape.find(b"U.")
    while i != -1:
        if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ".&/"):
            m = INITIAL.match(text, i)
            # 'lecture theatre B. Bring your costumes': a letter naming a place or a plan, ending a
            # sentence, and the next sentence's first word. Neither is a name.
            if m and not letter_label.search(text, max(0, i - 20), i) and \
                    m.group("name").rsplit(None, 1)[-1].split(".")[-1].lower() not in _SENTENCE_OPENERS:
                yield m, "initial"
        i = shape.find(b"U.", i + 1)


_SENTENCE_OPENERS = frozenset("""the this that these those then there they we you he she it i please bring meet see call
    let thanks thank also and but so if when what where who why how all any our my your their can could would
    should will do does did is are was were have has had just not no yes ok okay sorry hope hi dear best kind many
    note remember see come go get take make find check ask tell send let's don't i'm i've""".split())


def _listed(text: str, shape: bytes):
    """'JONES, Margaret': from each comma after two capitals, look back for the whole surname."""
    i = shape.find(b"UU,")
    while i != -1:
        comma = i + 2
        start = comma
        while start > 0 and (text[start - 1].isupper() or text[start - 1] in "-'"):
            start -= 1
        if start == 0 or not text[start - 1].isalnum():
            m = LISTED.match(text, start) or CAPS_LISTED.match(text, start)
            if m and m.group("name").split(",")[0] not in ACRONYMS:
                yield m, "listed"
        i = shape.find(b"UU,", comma)


# Capitals, full stops and commas kept, everything else blanked: initials ('J.') and listed
# surnames ('JONES,') are found by bytes.find on this shape instead of a loop over every . and ,
_SHAPE = bytes(ord("U") if 65 <= c <= 90 else c if chr(c) in ".," else ord(" ") for c in range(256))


# Both run only near their label words (a letter holds many 'patient's but few 'Pt:' lines).
_LABELLED = AnchoredPattern(NAME_LABEL, {"name", "pt", "called"}, reach=70, reach_before=14)
# 'patient' is in most clinical letters, 'patient:' in few: only then is it an anchor too.
_LABELLED_PATIENT = AnchoredPattern(NAME_LABEL, {"name", "pt", "patient", "called"}, reach=70, reach_before=14)
_BED_LISTED = AnchoredPattern(BED_LIST, {"bed", "bay", "room", "sideroom", "cubicle", "cot"}, reach=60, reach_before=6)

# A family by its surname: 'twins born to the Hendersons', 'the Khans' new baby'.
FAMILY = re.compile(r"(?:\b(?i:born\s+(?:[\w']+\s+){0,4}?to|baby\s+of|twins\s+of|triplets\s+of)\s+(?i:the)\s+"
                    r"(?=[A-Z][a-z'’]+s\b)|\b(?i:the)\s+(?=[A-Z][a-z'’]+s['’]\s+(?i:(?:new\s+)?(?:baby|twins|triplets|"
                    r"son|daughter|boy|girl|kids?|children))\b))(?P<name>[A-Z][a-z'’]+s)\b")
_FAMILY = AnchoredPattern(FAMILY, {"born", "baby", "twins", "triplets", "son", "daughter", "boy", "girl", "kid", "kids",
                                   "children"}, reach=35, reach_before=40)
_AT_BED = AnchoredPattern(AT_BED, {"bed", "bay", "room", "sideroom", "cubicle", "cot"}, reach=12, reach_before=45)


def _at_bed(text: str, folded: str, words: frozenset[str], first_names: frozenset[str]):
    """'Margaret in bed 14': a known first name, not one that is also a word ('Will', 'May'). In
    'Tell Margaret in bed 6' the match starts a word early: the name is then the second word."""
    for m in _AT_BED.finditer(folded, words, text=text):
        if not _known_first(m, first_names) and " " in m.group("name"):
            m = AT_BED.match(text, m.start("name") + len(m.group("first")) + 1)
        if m is not None and _known_first(m, first_names):
            yield m


def _known_first(m: re.Match, first_names: frozenset[str]) -> bool:
    first = m.group("first").lower()
    return first in first_names and first not in _WORDLIKE_NAMES


# First names that are also everyday words, and words that cannot follow a first name in a name:
# 'bay 2 - mark the obs', 'bed 4 - can you check'.
_WORDLIKE_NAMES = frozenset("mark grace rose jack carol frank amber holly ruby daisy lily heather jade will hope may "
                            "june april faith joy sue pat bill dawn eve ivy jay ray rob summer art cliff drew".split())
_NOT_A_SURNAME = frozenset("you your to the a an and or is was are were has had have for with in on at of as he she "
                           "they it his her their can could will would please needs need is's has been".split())


def _bed_list_name(m: re.Match, first_names: frozenset[str]) -> bool:
    first = m.group("first").lower()
    if first not in first_names or (first in _WORDLIKE_NAMES and not m.group("first")[0].isupper()):
        return False
    rest = m.group("name")[len(m.group("first")):].split()
    return not rest or rest[0].lower() not in _NOT_A_SURNAME


def _paired(text: str, first: str) -> list:
    out = []
    i = text.find(first)
    while i != -1:
        if not i or not text[i - 1].isalpha():
            m = PAIR.match(text, i)
            if m and m.group("first") == first:
                out.append((m, "pair"))
        i = text.find(first, i + 1)
    return out


def _near_cue(ctx, start: int, end: int, window: int) -> str | None:
    # A patient word inside the name is part of the name, not context: 'Helen Ward', 'Mr Bedford'.
    # 'NHS' names the service: a name beside it is news or staff ('Matt Hancock's speech on NHS funding').
    cue = ctx.cue_near(start, end, window, outside=True, ignore=_SERVICE_ONLY)
    return f"near '{cue}'" if cue else None


_SERVICE_ONLY = frozenset({"nhs"})


NAME_KINDS = ("letter_label", "academic", "news_marker", "own_care", "years_of_age", "care_place")  # patient_names.toml


def word_patterns(config) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """A place or part named by a letter ('theatre B.'), talk of teaching or events in a sentence, a
    news story's marks and the sender's own part in someone's care; words from
    config/wordlists/patient_names.toml, compiled once per Config."""
    w = {kind: alternation(terms) for kind, terms in
         grouped(config, "patient_names", NAME_KINDS).items() if kind not in ("years_of_age", "care_place")}
    # A byline on a line of its own ('By Bruce Johnston in Rome'), a link to a news page.
    news = re.compile(rf"(?:^|(?<=\W))(?:{w['news_marker']})(?!\w)|^[ \t]*By[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z'’\-]+)"
                      r"{1,2}(?:[ \t]+in[ \t]+[A-Z][a-z]+)?[ \t]*$|https?://\S*/news/", re.I | re.M)
    return (re.compile(rf"\b(?:{w['letter_label']})\s*$", re.I), re.compile(rf"\b(?:{w['academic']})\b", re.I),
            news, re.compile(rf"\b(?:{w['own_care']})\b", re.I))


def _news_story(text: str, news: re.Pattern, own_care: re.Pattern) -> bool:
    """The text reads as a news story the sender passes on, with no sign they cared for anyone in it."""
    return news.search(text) is not None and own_care.search(text) is None


# A person described by their age the way a case is presented: 'Chloe Barker, 23yo', 'a 67-year-old,
# Derek Owens', 'Mrs Hill (aged 82)'. A bare number ('Tom Smith, 23') is not enough.
def ages_of(config) -> tuple[re.Pattern, frozenset[str]]:
    """An age as a case gives it ('aged 72', '72-year-old', '72yo', '22 años': years_of_age in
    patient_names.toml), and the words one of which a text needs to hold one; once per Config."""
    years = grouped(config, "patient_names", NAME_KINDS)["years_of_age"]
    pattern = re.compile(r"\b(?:aged?\s+\d{1,3}|\d{1,3}\s*-?\s*(?:years?|yrs?)\s*-?\s*old|"
                         rf"\d{{1,3}}\s*(?:yo|y/o|y\.o\.?)|\d{{1,3}}\s+(?:{alternation(years)}))(?![a-z0-9])", re.I)
    return pattern, _AGE_WORDS | frozenset(y.lower() for y in years)
# ... but 'who is 21 years old today', 'turns 30': a birthday, not a case.
_AGE_STATED = re.compile(r"\b(?:is|turns?|turned|turning|be|was|now|being)\s+$", re.I)
_AGE_WORDS = frozenset({"aged", "age", "old", "yo", "y", "o"})
AGE_REACH = 30  # characters between the name and the age
_OTHERS_AGE = re.compile(r"[.!?]\s|['’]s\s")


def _has_age(text: str, runs, age: re.Pattern) -> bool:
    """The age pattern tried only around numbers of up to three digits (a whole 300 KB newsletter took 0.3 s)."""
    return any(age.search(text, max(0, s - 8), min(len(text), e + 16)) for s, e in runs if e - s <= 3)


def _age_beside(text: str, start: int, end: int, age: re.Pattern) -> str | None:
    for m in age.finditer(text, max(0, start - AGE_REACH), min(len(text), end + AGE_REACH)):
        between = text[end: m.start()] if m.start() >= end else text[m.end(): start]
        # 'J Bell's 25-year-old daughter': the age is someone else's; so it is across a sentence end.
        if _OTHERS_AGE.search(between) or (m.start() >= end and re.match(r"['’]s\b", between)):
            continue
        if (m.end() <= start or m.start() >= end) and not _AGE_STATED.search(text, max(0, m.start() - 12), m.start()):
            return f"described by age ('{' '.join(m.group(0).split())}')"
    return None


def _attribution(text: str, start: int) -> bool:
    """The name is on a reply's attribution line ('On 3 Mar, Helen Ward wrote:', 'From: ...'):
    a correspondent, not a patient."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return QUOTE_HEADER.match(text, line_start, len(text) if line_end == -1 else line_end) is not None


def _diagnosis_after(diagnoses, end: int) -> str | None:
    after = next((term for s, _, term in diagnoses if end <= s <= end + 60), None)
    return f"followed by a diagnosis ('{after}')" if after else None


def _diagnosis_before(diagnoses, start: int) -> str | None:
    """'The lady with the goitre from Tuesday? Her name is ...': a name given for someone just described."""
    before = next((term for s, e, term in diagnoses if start - 120 <= s and e <= start), None)
    return f"after a diagnosis ('{before}')" if before else None


_NUMBERED = re.compile(r"\.[ \t]*\d")
_SECOND_SURNAME = re.compile(rf"[ \t]+(?P<surname>{SURNAME})(?=[ \t]*(?:,|\(|\d))")
# A question as exam questions ask it, opening a sentence: 'What is the diagnosis?', 'Which fluid was
# most likely prescribed?'. Two or more in a text that marks anything as invented are a question bank.
_QUESTION = re.compile(r"(?:^|(?<=[.!?:]\s))[ \t]*(?:What|Which|Who|How)\b[^?\n.]{5,120}\?", re.M)
def at_a_site(config) -> re.Pattern:
    """Two capitalised words after a ward or unit and 'at' are its hospital ('the F1 on ward 7 at
    Sherwood Vale', 'Ward 24 at City General'; care_place in patient_names.toml); 'at Mary Smith's
    bedside' is a person's."""
    places = grouped(config, "patient_names", NAME_KINDS)["care_place"]
    return re.compile(rf"\b(?:{alternation(places)})(?:[ \t]+[\w-]+)?[ \t]+at[ \t]+$", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")


def _plausible(scan, name: str, shape: str, record: bool) -> bool:
    """Clinical shorthand in a name's shape: 'SOB, Atenolol', 'DNR, She' (a handover line), 'C&R. Pt',
    'I & O. Cont' (an initial), 'Tube Feeds' is no name. In a clinical record, where every line is
    shorthand, the surname must be one the name data knows."""
    terms = record_words(scan)
    if shape == "handover":
        surname, first = (p.strip() for p in name.split(",", 1))
        if first.isupper():  # a board in capitals ('OKONJO, ADAEZE'): the name data is in title case
            surname, first = surname.title(), first.title()
    else:
        surname, first = name.rsplit(None, 1)[-1].split(".")[-1], ""
    if surname.lower() in terms or first.lower() in terms:
        return False
    if not record:
        return True
    data = name_data(scan.config)
    if first and not (data.is_given(first) and not data.wordlike(first)):
        return False
    return plausible_surname(surname, data, terms)


def _record_words(config) -> frozenset[str]:
    return frozenset(config.terms("clinical_record"))


def record_words(scan) -> frozenset[str]:
    return scan.config.derive(_record_words)


def _cue_words(config) -> frozenset[str]:
    return frozenset(config.terms("patient_context"))


def cue_words(scan) -> frozenset[str]:
    return scan.config.derive(_cue_words)


def _greeting(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return GREETING.match(text, line_start, start) is not None


def _correspondents(scan) -> frozenset[str]:
    """Display names of the sender, the recipients and the quoted authors, and their parts: writing to Sam
    Smith is not a leak."""
    names: set[str] = set()
    msg = scan.message
    # ... and the authors of the messages quoted below (checks/letter.py): a reply is to them too.
    for name in (*(a.name for a in (*msg.from_, *msg.to, *msg.cc)), *scan.letter.quoted_authors):
        if name:
            clean = name.strip('"\' ')
            names.add(clean)
            names.update(p for p in clean.replace(",", " ").split() if len(p) > 1)
    return frozenset(names)
