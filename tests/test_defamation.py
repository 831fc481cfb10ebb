"""DEF001 reads structure: who is accused, of what, and whether it is asserted as fact.

Each allegation below is checked as written and in the framings that take it out of "asserted
as fact" (a question, an opinion, a report to the proper channel, a sourced fact, a disclaimer, a
denial); then the labelled sentences written for this rule (tests/corpus/defamation_sentences_own.tsv),
the findings' privacy, the vocabulary's validation and the speed hints' completeness.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bedside.checks import Engine, load_config
from bedside.checks.config import ConfigError
from bedside.checks.defamation import RULES, _build
from bedside.checks.normalise import fold, words_of
from conftest import make_message
from corpus.language_cases import CASES as LANGUAGE

OWN = Path(__file__).parent / "corpus" / "defamation_sentences_own.tsv"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "students" / "defamation_sentences.csv"


@pytest.fixture(scope="module")
def only_def():
    return Engine(rules=RULES)


def findings(engine, body, to="sam.friend@gmail.com", subject="news"):
    return [f for f in engine.check(make_message(body, subject=subject, to=to)).findings if f.rule == "DEF001"]


def own_sentences(path=OWN):
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, text = line.split("\t", 1)
            rows.append((label, text))
    return rows


# --- who: every way of pointing at one person ----------------------------------------------------

@pytest.mark.parametrize("body", [
    "Dr Okafor takes cash from patients to jump them up the waiting list.",                 # title + surname
    "Professor Imogen Hale plagiarised her keynote from a student's dissertation.",        # title + full name
    "Martin Greaves forged the signatures on the placement forms.",                        # full name
    "honestly Jess has been nicking money from the society kitty all term",                # a classmate's first name
    "The registrar on ward 12 falsified the fluid balance charts.",                         # role + place
    "Our anatomy demonstrator sells photos of the cadavers online.",                        # role, our
    "Ravi's dad sells cigarettes to twelve-year-olds at the shop.",                         # someone's relation
    "The woman who runs the Highfields nursery has been claiming funding for children who left months ago.",
    "The anaesthetist with the ponytail leaves theatre mid-case to go to the gym.",         # a description
    "You know Dr Penhallow? He turns up to clinic drunk most Fridays.",                     # he, one sentence back
    "dr karen ludlow changed the pass mark after she saw the results so her tutees would pass.",  # no capitals
    "Remember Dr Pauline Garside? She charges the \nuniversity for flights and pockets \nthe difference.",  # wrapped lines
    "Tyler Brook from sixth form? Paid someone £300 to write his SSC essay.",  # the subject left out, 'his'
    "Prof Gordon Haslam, who interviews applicants, took £5,000 to let his nephew in.",  # money for an act
    "Our treasurer Ben Oakes has been helping himself to the MedSoc account.",
    "Mr Anthony Carrow operates after a liquid lunch most days.",            # drunk, in other words
    "Don't see Mr Anthony Carrow. Everyone knows he operates drunk.",        # 'he' after the hearsay
    "dr van der merwe gets paid for locum shifts he never does.",            # a surname with particles
    "Marcus Whitby is selling his dexamfetamine to first years.",            # a drug known by its ending
    "Our Year 4 rep got hold of the OSCE stations the night before.",        # the paper in advance
    "Dr Gerald Hollis lets students prescribe under his login.",
    "Prof Lyle's secretary shreds the complaints before anyone reads them.",  # a named person's role
    "The out-of-hours GP in Beeston fakes the home visit records.",          # 'out-of-hours' a modifier
    "Kasia bought her dissertation from an essay mill.",                     # a name before a past tense
    "There's only one renal consultant at the Royal, and he takes bribes.",  # a unique description
    "The receptionist at our practice sells appointments to patients for cash.",
    "The charge nurse told the family their mum had been turned hourly when she hadn't.",
    "Dr Iqbal completes the NEWS scores for the whole bay without seeing any of them.",  # NEWS is a score
    "The HCA on Ward 3 leaves Mrs B's dad lying in soaked sheets all night.",
    "The club physio gave the lads injections at half time so they'd carry on playing.",
    "Frankly Tamsin lifted her whole audit from last year's cohort.",         # an opener before the name
    "The treasurer spent the ball money on a boozy weekend for his mates.",
    "The mortuary assistant sold skulls from the teaching collection.",
    "Dr Lowe wrote in the notes that the family agreed, which was a lie.",
    "Ellis logged into his ex's email account to read her messages.",
    "Our anatomy demonstrator grades down students with Arabic names.",
    "The district nursing team only has one bloke, tall with a shaved head. He's a thief.",  # the only one
])
def test_identifiable_person_accused(only_def, body):
    assert findings(only_def, body), body


@pytest.mark.parametrize("body", [
    "Someone has been nicking money from the society kitty all term.",
    "Some surgeons take kickbacks from the implant companies.",
    "A doctor at a hospital somewhere falsified the fluid balance charts.",
    "Whoever keyed my car in the multi-storey should be ashamed.",
    "Landlords in Lenton keep deposits they have no right to.",
    "There's always somebody in a lab group who copies the answers.",       # 'there's' owns nothing
])
def test_nobody_identifiable(only_def, body):
    assert not findings(only_def, body), body


@pytest.mark.parametrize("body, flagged", [
    # 'the man', 'this woman', 'the guy' standing for the person named before, as 'he' or 'she' do
    ("Gareth Pryce from the squash club? I'd keep well clear. The guy has been forging his sponsor forms for months.", True),
    ("I've worked under Mrs Ola Bankole for a year now. Honestly, this woman is a liar.", True),
    ("Dr Neil Farrant runs the clinic on Tuesdays. Word of warning though: that bloke pockets the charity tin.", True),
    # a described person who is somebody else: the words after pick them out instead
    ("Dr Neil Farrant runs the clinic. The man who fixed our boiler is a crook.", True),
    ("Dr Neil Farrant saw a patient on Tuesday. The man is a crook, he kept shouting.", False),
    ("Thanks for the lift, Dr Farrant. The lady at the bus stop said someone stole her purse.", False),
])
def test_a_described_person_can_stand_for_the_person_named_before(only_def, body, flagged):
    found = findings(only_def, body)
    assert bool(found) is flagged, body
    if "who fixed" in body:
        assert "Farrant" not in found[0].message and "F******" not in found[0].message


@pytest.mark.parametrize("body", [
    "Ellie Marsh helped herself to sixty quid out of the raffle money.",
    "Bryn Hollis took two hundred pounds from the kit fund and never paid it back.",
    "Our treasurer, Femi Ade, took a tenner out of the tin every week.",
    "Tariq Noon has a camera hidden in the smoke alarm of the girls' bathroom.",
    "Rosa Kell hid a phone camera behind the mirror in the changing room.",
    "Our anatomy demonstrator, Lewis Cray, takes photos of the donors and shares them in a group chat.",
    "Dr Amy Lowe posted pictures of her patients on her Instagram story last night.",
])
def test_amounts_in_words_hidden_cameras_and_photographs_of_the_dead(only_def, body):
    assert findings(only_def, body), body


@pytest.mark.parametrize("body, flagged", [
    ("Carol Pettifer, the phlebotomist at the surgery, reuses needles to save money.", True),    # unsafe practice
    ("Dr Owen Baird rinses the lancets in the sink and then uses them again.", True),
    ("Moira Kettle tells her husband everything students say to her in sessions.", True),       # breach of confidence
    ("Fiona Markland passed a girl's session notes straight to the fitness to practise lead.", True),
    ("The locum radiologist signs off the CT reports without even opening the images.", True),
    ("ugh gary pilling reuses needles between patients, everyone at the practice knows", True),  # all in lower case
    ("I met fiona markland at the fair. she passed a girl's session notes to the ftp lead.", True),
    ("The mark scheme reuses questions from last year, annoyingly.", False),                     # a thing, not a person
    ("Moira Kettle told her husband everything about the holiday, bless her.", False),           # nothing disclosed
    ("Dr Owen Baird showed us how to dispose of needles safely.", False),
    ("Don't go while Ellis Varga runs the drop-in. He repeats everything people tell him.", True),
    ("Kerry Ashworth introduces herself to patients as \"one of the doctors\" and never corrects them.", True),
    ("Kerry Ashworth signs the drug charts using Dr Lomax's prescriber details.", True),
    ("Dr Ann Hale introduced herself as the new registrar and was lovely.", False),
    ("Recording a patient's tics without consent would be a serious breach of confidentiality.", False),
])
def test_unsafe_practice_breach_of_confidence_and_names_in_lower_case(only_def, body, flagged):
    assert bool(findings(only_def, body)) is flagged, body


def test_the_reader_greeted_is_not_who_he_or_she_is(only_def):
    # 'Hi Sam,' names the reader: a 'he' that follows has no one to stand for.
    assert not findings(only_def, "Hi Sam,\n\nHe's a thief.")
    assert not findings(only_def, "Morning all!\n\nShe forged the signatures on the logbook.")
    assert findings(only_def, "Hi Sam,\n\nTom Vesey runs the rota. He's a thief.")


# --- how: the same allegation, not asserted as fact ------------------------------------------------

ALLEGATION = "the registrar on ward 12 falsified the fluid balance charts"


@pytest.mark.parametrize("framing,flagged", [
    ("{a}.", True),
    ("Apparently {a}.", True),                                          # hearsay repeats it
    ("Everyone knows {a}.", True),
    ("Can you believe {a}?", True),                                     # rhetorical
    ("Is it true that {a}?", False),                                    # a real question
    ("I think {a}, but I might be wrong.", False),                      # opinion and doubt
    ("It seemed to me that {a}.", False),
    ("According to the CQC report, {a}.", False),                       # sourced
    ("I've reported to the ward manager that {a}.", False),             # proper channel
    ("I don't know if it's true that {a}, so please don't repeat it.", False),   # disowned
])
def test_asserted_as_fact(only_def, framing, flagged):
    body = framing.format(a=ALLEGATION)
    body = body[0].upper() + body[1:]
    assert bool(findings(only_def, body)) is flagged, body


@pytest.mark.parametrize("body", [
    "Dr Jones never stole anything, that rumour is nonsense.",           # denied
    "Dr Shah said the patient stole money from the ward.",               # the patient is accused, by Dr Shah
    "The porter was assaulted by a visitor in the car park.",            # the person is the victim
    "The registrar's handover missed two sick patients.",                # fair criticism of an event
    "Dr Patel was late to teaching again and didn't apologise.",
    "Mr Cole plays a thief who plans to rob the casino in the new film.",  # a story
    "Sam Hollis came round. Paid someone £30 to fix my bike.",              # the 'I' left out: 'my'
    "Dmitry Sklyarov, a Russian scientist, was arrested in July 2001 for demonstrating how the e-book lock fails.",
    "Sarah took £20 to the bank for me.",                                   # money carried, not taken for an act
    "The film follows Dr Anna Reyes. Her life changes when she accidentally hits a girl with her car.",
    "The patient told us her partner takes her benefits money every week.",   # her own account, in a history
    "Dr Moss is sure somebody forged her signature on the form.",           # somebody else is the subject
    "Dr Amy Lowe showed us photos of the donors' hands to explain the tendons.",  # teaching, not posting
])
def test_not_an_allegation_against_the_person(only_def, body):
    assert not findings(only_def, body), body


def test_a_report_to_the_proper_channel_mailbox_is_not_held(only_def):
    body = "Dear team,\n\nThe registrar on ward 12 falsified the fluid balance charts on Tuesday night.\n\nAmy"
    assert findings(only_def, body, to="amy.friend@gmail.com")
    assert not findings(only_def, body, to="Raising Concerns <medicine-raising-concerns@nottingham.ac.uk>")


def test_a_concern_raised_inside_the_university_is_not_held_but_the_same_words_to_a_friend_are(only_def):
    body = ("Dear Dr Wainwright,\n\nI would like to raise a concern in confidence. I saw the F1 on Elm ward sign "
            "the controlled drugs register without checking the stock.\n\nKind regards,\nAmy")
    assert not findings(only_def, body, to="helen.wainwright@nottingham.ac.uk")
    assert findings(only_def, "I saw the F1 on Elm ward sign the controlled drugs register without checking the stock.")


def test_an_allegation_in_the_quoted_earlier_message_is_not_the_senders(only_def):
    body = "Let's not repeat that.\n\nOn Sun, 29 Nov 2026 at 20:00, Sam <sam@gmail.com> wrote:\n> Dr Shah stole morphine."
    assert not findings(only_def, body)
    assert findings(only_def, "Dr Shah stole morphine.")


@pytest.mark.parametrize("body, flagged", [
    ("See you Friday.\n\nCheers,\nAlex\n\nPS Dr Karen Ludlow steals drugs from the ward.\n", True),  # a PS is the writer's
    ("See you Friday.\n\n-- \nAlex Student\nDr Karen Ludlow steals drugs from the ward.\n", False),   # under '-- ': signature
    ("See you Friday.\n\n> Dr Karen Ludlow steals drugs from the ward.\n\nNo way.\n", False),          # a quoted line
    ("See you Friday.\n\n-----Original Message-----\nFrom: Sam\n\nDr Karen Ludlow steals drugs from the ward.\n", False),
])
def test_only_the_writers_own_words_are_read(only_def, body, flagged):
    """The regions come from the shared reading of the letter (checks/letter.py), not DEF001's own."""
    assert bool(findings(only_def, body)) is flagged


@pytest.mark.parametrize("filler", ["and then we went to the library ", "patient notes for the ward round "])
def test_an_allegation_inside_a_run_on_sentence_is_read_in_its_window(only_def, filler):
    """A run of thousands of characters without a full stop is read in bounded windows (linear
    time on hostile input), each cue with enough of the text around it to find who and what."""
    claim = "Dr Karen Ludlow steals drugs from the ward "
    for before in (0, 7, 40, 250):
        body = filler * before + claim + filler * 60
        [f] = findings(only_def, body)
        assert "theft" in f.message and "alleged against Dr K**** L*****" in f.message


@pytest.mark.parametrize("body, flagged", [
    ("Conoces a la Dra Inés Carvajal? Roba morfina del hospital cada semana.", True),        # Spanish, subject left out
    ("Il Dr Bruno Ferretti prende tangenti dai fornitori.", True),                            # Italian
    ("Znasz Tomasza Wójcika z apteki? On kradnie leki ze szpitala.", True),                   # Polish, non-ASCII name
    ("Le Dr Marc Aubert? C'est simple: il vole dans la caisse.", True),                      # French
    ("Dr Jens Köhler kommt betrunken zum Dienst.", True),                                     # German
    ("A Dra Sofia Mendes aceita subornos dos laboratórios.", True),                           # Portuguese
    ("Znasz Tomasza Wójcika z apteki? On nie kradnie leków, to plotka.", False),              # denied
    ("Dr Bruno Ferretti? Forse prende tangenti, non lo so.", False),                          # doubt
    ("Qualcuno prende tangenti in questo ospedale.", False),                                  # nobody identifiable
    ("A enfermeira-chefe, a Sandra Vaz, seda os doentes para ter noites calmas.", True),   # Portuguese, drugging
    ("Conheces a Dona Celeste Amaral? Falsificou as receitas durante meses. É uma criminosa.", True),
    ("Il primario, Dott. Elio Sarti, ha falsificato le firme sulle cartelle.", True),          # Italian, forging
    ("A Dra Celeste Amaral? Não sei se falsificou alguma coisa, ninguém sabe.", False),       # doubt
    ("Yaar Dr Ravi Kapoor ek number ka fraud hai, sab jaante hain.", True),                  # Hinglish
    ("Dr Sunil Mehra bina dekhe hi sabko tramadol ki parchi likh deta hai.", True),
    ("Dr Sunil Mehra lunch pe do pint peeta hai aur phir afternoon surgery karta hai.", True),
    ("Dr Ravi Kapoor fraud hai kya? Pata nahi, shayad nahi.", False),                        # a question
    ("De baas van de afdeling, dr. Graham Ketteridge, sjoemelt gewoon met de cijfers.", True),  # Dutch
    ("Dr Graham Ketteridge laat de verpleegkundigen achteraf de tijden aanpassen.", True),
    ("Dr Graham Ketteridge is streng maar eerlijk, en hij werkt hard.", False),
])
def test_allegations_in_the_other_languages_students_write_in(only_def, body, flagged):
    assert bool(findings(only_def, body)) is flagged, body


# --- what the finding says ----------------------------------------------------------------------

def test_finding_names_the_masked_target_and_the_allegation(only_def):
    [f] = findings(only_def, "Hi Sam,\n\nMartin Greaves forged Priya Lal's signature on the placement forms.\n\nJo")
    assert f.action == "hold" and f.category == "defamatory"
    assert "alleged against M***** G******" in f.message and "dishonesty" in f.message
    for name in ("Martin", "Greaves", "Priya", "Lal's"):
        assert name not in f.message and name not in f.excerpt, (name, f.excerpt)
    assert f.location.line == 3


def test_a_role_is_shown_as_written(only_def):
    [f] = findings(only_def, "Our anatomy demonstrator sells photos of the cadavers online.")
    assert "alleged against Our anatomy demonstrator" in f.message


# --- the labelled sentences -------------------------------------------------------------------------

def test_own_labelled_sentences(only_def):
    """Written for this rule, never tuned one by one: every negative clean, most allegations found."""
    rows = own_sentences()
    assert len(rows) >= 150 and {label for label, _ in rows} == {
        "allegation", "opinion", "criticism", "proper_channel", "hedged_or_sourced", "no_target"}
    flagged = {text: bool(findings(only_def, f"Hi,\n\n{text}\n\nCheers,\nAlex")) for _, text in rows}
    wrong = [text for label, text in rows if label != "allegation" and flagged[text]]
    assert not wrong
    allegations = [text for label, text in rows if label == "allegation"]
    assert sum(flagged[t] for t in allegations) / len(allegations) >= 0.85


def test_tuning_sentences_stay_found(only_def):
    """The later batch the classes were broadened with: a regression check, not a measure."""
    rows = own_sentences(OWN.with_name("defamation_sentences_tuning.tsv"))
    flagged = {text: bool(findings(only_def, f"Hi,\n\n{text}\n\nCheers,\nAlex")) for _, text in rows}
    assert not [t for label, t in rows if label != "allegation" and flagged[t]]
    allegations = [t for label, t in rows if label == "allegation"]
    assert sum(flagged[t] for t in allegations) / len(allegations) >= 0.9


# --- the vocabulary -------------------------------------------------------------------------------

def _site(tmp_path, text, name="defamation"):
    (tmp_path / "extra.toml").write_text(text, "utf-8")
    site = tmp_path / "site.toml"
    site.write_text(f'[wordlists.extend]\n{name} = ["extra.toml"]\n', "utf-8")
    return site


@pytest.mark.parametrize("name,entry,message", [
    ("defamation", 'term = "x"\nkind = "gossip"\nwords = ["a"]', "unknown kind"),
    ("defamation", 'term = "x"\nkind = "hedge"\npattern = "(unclosed"', "bad pattern"),
    ("defamation", 'term = "x"\nkind = "role"', "needs `words` or `pattern`"),
    ("accusations", 'term = "x"\nkind = "crime"\npattern = "\\\\b{nobody} stole"\ncues = ["stole"]', "unknown class"),
    ("accusations", 'term = "x"\nkind = "crime"\npattern = "stole"', "`cues`"),
    ("accusations", 'term = "x"\nkind = "gossip"\npattern = "stole"\ncues = ["stole"]', "unknown kind"),
    ("accusations", 'term = "x"\nkind = "crime"\npattern = "stole"\ncues = ["stole"]\nelided = "yes"', "`elided` must be true or false"),
    # the syntax is checked by parsing only (cheaper), a look-behind's width by compiling
    ("accusations", 'term = "x"\nkind = "crime"\npattern = "stole)"\ncues = ["stole"]', "entry 'x': bad pattern"),
    ("accusations", 'term = "x"\nkind = "crime"\npattern = "(?<=a+)stole"\ncues = ["stole"]', "entry 'x': bad pattern"),
    ("defamation", 'term = "x"\nkind = "hedge"\npattern = "(?<!maybe|i think) so"', "entry 'x': bad pattern"),
    ("defamation", 'term = "x"\nkind = "class"\nwords = ["a[b"]', "entry 'x': bad pattern"),
])
def test_bad_vocabulary_is_a_config_error_naming_the_entry(tmp_path, name, entry, message):
    config = load_config(_site(tmp_path, f"[[term]]\n{entry}\n", name))
    with pytest.raises(ConfigError, match=message):
        Engine(config=config, rules=RULES)


def test_a_site_can_add_a_role(tmp_path):
    body = "The dinner lady pockets the money from the charity tin."
    assert not findings(Engine(rules=RULES), body)
    config = load_config(_site(tmp_path, '[[term]]\nterm = "school"\nkind = "role"\nwords = ["dinner lady"]\n'
                                         'note = "x"\n'))
    assert findings(Engine(config=config, rules=RULES), body)


def _texts():
    texts = [t for _, t in own_sentences() + own_sentences(OWN.with_name("defamation_sentences_tuning.tsv"))]
    texts += [c["text"] for c in LANGUAGE]
    if SHARED.is_file():
        import csv
        with SHARED.open(encoding="utf-8", newline="") as f:
            texts += [r["text"] for r in csv.DictReader(f)]
    for path in sorted((Path(__file__).parent / "fixtures" / "DEF001").glob("*.eml")):
        texts.append(path.read_text("utf-8", "replace"))
    return [fold(t) for t in texts]


def test_every_match_holds_one_of_its_cues():
    """The cue words are a speed hint: a pattern runs only where one starts a word. A pattern edited
    without its cues would silently stop matching, so every match in the labelled texts must hold one."""
    lexicon, _ = _build(load_config())
    for folded in _texts():
        for allegation in lexicon.allegations:
            for m in allegation.pattern.finditer(folded):
                words = words_of(m.group(0))
                assert any(w.startswith(allegation.cues) for w in words), (allegation.term, m.group(0))


def test_allegation_patterns_match_folded_text_the_same_without_ignorecase():
    """Lowercase allegation and frame patterns are compiled without re.I (three times faster): exact only
    while no folded character is a case variant of an ASCII letter ('ſ', 'ı', the Kelvin sign)."""
    every = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c < 0xE000)
    folded = fold(every)
    caseless = [m.start() for m in re.finditer(r"[a-z]", folded, re.I)]
    assert caseless == [m.start() for m in re.finditer(r"[a-z]", folded)]
    lexicon, _ = _build(load_config())
    assert not any(a.pattern.flags & re.I for a in lexicon.allegations)
    assert not any(f.pattern.flags & re.I for f in lexicon.frames.values())  # hedges, channels... read folded text too


def test_sentence_ends_are_the_shared_ones():
    """DEF001 finds sentence ends with its own copy of checks/text.py's pattern, written so re can
    skip to the next candidate character: it must end every sentence exactly where the shared one does."""
    from bedside.checks.defamation import _ENDS
    from bedside.checks.text import _SENTENCE_END

    texts = ["Dr Shah stole it. Then\nshe left!\n\nNext? yes.", "a.\n - item\n* two\n•three\n\n\n.", "e.g.x ...  ?\t!",
             "end.", "\n\n", "line\n  \n  - dash\n\t• dot\nno end", "?!.", "x\n-y\n - z"]
    texts += [path.read_text("utf-8", "replace") for path in sorted((Path(__file__).parent / "fixtures").rglob("*.eml"))]
    for text in texts:
        assert [m.span() for m in _ENDS.finditer(text)] == [m.span() for m in _SENTENCE_END.finditer(text)]


def test_patterns_compile_when_first_needed():
    """Start-up: building the engine checks every pattern's syntax but compiles no allegation, framing
    or name pattern; mail that alleges nothing never compiles the framings or the name grammar."""
    config = load_config()
    engine = Engine(config=config, rules=RULES)
    lexicon, grammar = config.derive(_build)

    def compiled():
        return (sum("pattern" in a.__dict__ for a in lexicon.allegations),
                sum("pattern" in f.__dict__ for f in lexicon.frames.values()),
                sum(name in grammar.__dict__ for name in grammar.sources))

    assert compiled() == (0, 0, 0)
    assert not findings(engine, "Thanks for the notes, I will take them to the library and read them tonight.")
    allegations, frames, names = compiled()
    assert allegations and not frames and not names  # 'take' is a cue: its allegations ran, nothing matched
    assert findings(engine, "Dr Okafor takes cash from patients to jump them up the waiting list.")
    assert all(compiled()[1:])


def test_a_history_opening_with_a_reporting_verb_does_not_accuse_the_reader():
    # 'Says partner hit her': the patient's account; the subject left out is not Dr Bell of the greeting.
    body = ("Dear Dr Bell,\n\nHere is my write-up from ED.\n\n32F, facial bruising. Says partner hit her face on "
            "the kitchen table last night.\n\nThank you,\nNadia\n")
    report = Engine().check(make_message(body, to="r.bell@nottingham.ac.uk"))
    assert [f.rule for f in report.findings if f.rule == "DEF001"] == []
    # A subject left out after a named person still is that person: 'Dr Bell? Hit her registrar.'
    chat = "Hi Sam,\n\nYou know Dr Bell? Hit his registrar in theatre last week.\n\nNadia\n"
    assert "DEF001" in [f.rule for f in Engine().check(make_message(chat, to="sam.k@gmail.com")).findings]


def test_the_part_of_speech_lexicon_reads_as_textblob_reads_it():
    from bedside.checks.defamation import _vocabulary
    from bedside.checks.etiquette import sentiment

    sentiment.lexicon()  # imports textblob.en without NLTK
    import sys

    theirs = sys.modules["textblob.en"].lexicon
    theirs.get("the")  # loads it
    ours = _vocabulary()
    assert len(ours) > 90_000 and ours == dict(theirs)
