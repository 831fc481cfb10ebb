"""Offensive and obscene language (category `offensive`, default hold; mild words only warn staff)."""

import re

from ..guidance import DISTRESS, EMAIL_RULES, REDISTRIBUTION, SUITABILITY, cite
from ..mask import mask_word
from ..model import Action, Category, Explanation, Hit, Rule
from ..text import sentence_around
from . import aimed, lexicon


def _matches(scan):
    lex = scan.config.derive(lexicon.build)
    return [(part, m) for part in scan.texts for m in lex.find(part.text, scan.folded(part), scan.words(part))]


def _hits(scan, severity: str):
    for part, m in scan.shared(_matches):
        if m.severity == severity:
            shown = mask_word(m.matched)
            group = m.entry.get("group", "")
            detail = f"'{shown}'" + (f" ({group})" if group else "")
            yield Hit(part, m.start, m.end, detail=detail, masked=shown)


def strong(scan):
    for hit in _hits(scan, "strong"):
        if not _reported(hit.part.text, hit.start, hit.end):
            yield hit


# A word quoted to talk about it ('obscenities like "fuck"'), someone else's words in quotation
# marks, or a patient's words reported as part of their care ('screaming that they were all bitches
# ... sectioned'), is not the sender swearing. Slurs get only the first two (see slurs()).
_MENTION = re.compile(r"\b(?:like|such\s+as|the\s+words?|words|obscenit\w*|swear\w*|profanit\w*|expletives?|"
                      r"coprolalia|tourette\w*)\b", re.I)
_SPEECH = re.compile(r"\b(?:scream\w*|shout\w*|yell\w*|swear\w*|swore|call(?:ed|ing)|kept\s+saying|said)\b", re.I)
_IN_CARE = re.compile(r"\b(?:patients?|sectioned|security|delirious|delirium|agitated|confused|dementia|intoxicated|"
                      r"aggressive|restrained|sedated|psychotic|psychosis|rapid\s+tranq\w*|withdrawal|coprolalia|"
                      r"tourette\w*|head\s+injury)\b", re.I)
_I_SAID = re.compile(r"\b(?:I|[Ww]e)\s+(?:\w+\s+)?$")
_QUOTES = "'\"‘’“”"


def _reported(text: str, start: int, end: int, patients_unquoted: bool = True) -> bool:
    """Whether the word is not the sender's own; with `patients_unquoted`, a patient's words
    reported with their care count even without quotation marks."""
    s_start, s_end = sentence_around(text, start, end)
    sentence = text[s_start:s_end]
    quoted = _quoted(text, start, end)
    if quoted and _MENTION.search(sentence):
        return True
    speech = _SPEECH.search(text, s_start, start)
    if speech is None or _I_SAID.search(text, s_start, speech.start()):
        return False  # 'I said fuck it': the sender's own words
    # Someone else's words in quotes ('the consultant called it a "shit show"') are theirs; unquoted,
    # only a patient's words reported with their care are.
    return quoted or (patients_unquoted and _IN_CARE.search(sentence) is not None)


_QUOTE_REACH = 30  # characters a quoted phrase may run either side of the word


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the word stands inside quotation marks on its line: '"fuck"', '"shit show"'. A quote
    mark counts only at a word's edge, so the apostrophes of "don't" and "it's" do not."""
    lo = max(0, start - _QUOTE_REACH)
    opening = max(text.rfind(q, lo, start) for q in _QUOTES)
    if opening == -1 or "\n" in text[opening:start] or (opening and text[opening - 1].isalnum()):
        return False
    closing = [i for i in (text.find(q, end, end + _QUOTE_REACH) for q in _QUOTES) if i != -1]
    if not closing:
        return False
    close = min(closing)
    return "\n" not in text[end:close] and not text[close + 1: close + 2].isalnum() and (
        opening == start - 1 or not text[opening + 1: opening + 2].isspace())


def slurs(scan):
    """Slurs from the word list, and hate speech about a group that needs no slur (abuse.toml). A
    slur in quotation marks that is talked about ('avoid words like "retard"') or reported as someone
    else's ('a patient called me a "paki"') is not the sender's: a student telling their tutor about
    abuse must not be held for it. Unquoted, it is held and the reviewer decides."""
    for hit in _hits(scan, "slur"):
        if not _reported(hit.part.text, hit.start, hit.end, patients_unquoted=False):
            yield hit
    yield from aimed.aimed(scan, "hate")


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
                 "part of their care.",
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
                 "('kys'). Idioms are not threats: 'the exam killed me', 'I'll smash it tomorrow'.",
            why="Threats are taken at their word by whoever reads them, joking or not, and may be a crime. "
                + _WHY,
            how="Delete it. If someone has treated you unfairly, raise it with your tutor or the School; if "
                "you are struggling, talk to student support today."),
        check=aimed.threats,
    ),
    Rule(
        code="OFF005", name="insult-or-bullying", category=Category.OFFENSIVE, action=Action.HOLD,
        message="Insult or bullying aimed at a person",
        explanation=Explanation(
            what="Name-calling aimed at the reader or another person ('you're useless', 'she's such a cow') "
                 "and bullying put-downs ('nobody likes you', 'you'll never be a doctor').",
            why=cite(EMAIL_RULES, DISTRESS),
            how="Say what the problem is, not what you think of the person. If you are angry, wait a day."),
        check=aimed.insults,
    ),
    Rule(
        code="OFF006", name="sexual-harassment", category=Category.OFFENSIVE, action=Action.HOLD,
        message="Sexual comment or request",
        explanation=Explanation(
            what="Sexual remarks about someone's body, sexual propositions and requests for images. Clinical "
                 "descriptions of examinations are not flagged.",
            why="Unwanted sexual comments are harassment. " + _WHY,
            how="Delete it. Colleagues and classmates are owed the same respect in email as in person."),
        check=aimed.harassment,
    ),
)
