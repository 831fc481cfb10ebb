"""Issue 19: patient details in real clinical writing (names from data, roles from context), indirect
identification as a score, and who is speaking about whom. Each case was written for this file; none
is taken from the development corpus. Every test checks the rule codes and that no identifier is
shown in full."""

from __future__ import annotations

import pytest

from bedside.checks import Engine
from bedside.checks.config import ConfigError, load_config
from bedside.checks.patient import context, namedata
from conftest import make_message

FRIEND = "Jo Bloggs <jo.bloggs@gmail.com>"
CLASSMATE = "Sam Classmate <sam.classmate@nottingham.ac.uk>"

# A nursing note in the style of a US ICU flowsheet: record shorthand, no identifier.
NOTE = ("NEURO: A&O x3, MAE, PERRL. Sedated on propofol overnight, weaned this am.\n"
        "RESP: Vent AC 500 x 14, PEEP 5, FiO2 40%. LS coarse, sx for thick tan secretions.\n"
        "CV: NSR 80s, BP stable, no ectopy. Pulses palp.\n"
        "GI: Abd soft, +BS, TF at goal via OGT. GU: Foley draining clear yellow urine, UOP adequate.\n"
        "ID: Afebrile, WBC trending down, cont vanco.\n")


def codes(report, category="patient"):
    return sorted({f.rule for f in report.findings if f.category == category})


def check(engine, body, to=FRIEND, sender="amy.student@exmail.nottingham.ac.uk", **kw):
    return engine.check(make_message(body, to=to, sender=sender, **kw))


# --- names in real clinical writing --------------------------------------------------------------

@pytest.mark.parametrize("body, shown", [
    (NOTE + "SOCIAL: Pt's wife Marguerite called x2 overnight, updated by RN.", "M*********"),
    (NOTE + "SOCIAL: DAUGHTER ROSALIND AT BEDSIDE MOST OF EVENING, AWARE OF PLAN.", "R*******"),
    (NOTE + "Family: 1) proxy is nephew: Dimitri Kowalczyk, would like a call in the am.", "D****** K********"),
    (NOTE + "Contacts: Bernadette Okafor (sister) - visiting tomorrow.", "B********* O*****"),
    (NOTE + "MR. ALOYSIUS FENWICK REMAINS INTUBATED.", "MR. A******* F******"),
    (NOTE + "KEEP OKONJO FAMILY AWARE OF PLAN OF CARE.", "O*****"),
])
def test_names_in_a_nursing_note(engine, body, shown):
    report = check(engine, "Notes from today:\n\n" + body, to=CLASSMATE)
    names = [f for f in report.findings if f.rule == "PAT006"]
    assert names, [f.message for f in report.findings]
    assert any(shown in f.message or shown in f.excerpt for f in names), [f.message for f in names]
    for word in ("Marguerite", "ROSALIND", "Kowalczyk", "Okafor", "FENWICK", "OKONJO"):
        assert all(word not in f.message and word not in f.excerpt for f in report.findings
                   if f.category == "patient")


def test_a_record_without_identifiers_is_not_held(engine):
    report = check(engine, "Notes from today:\n\n" + NOTE, to=CLASSMATE)
    assert codes(report) == []


@pytest.mark.parametrize("extra, kind", [
    ("Plan for trach placement at bedside 9/14, consent obtained.", "date of care"),
    ("Dr. Papadakis aware of low UOP, 500cc NS bolus ordered.", "clinician's name"),
    ("Screened for rehab, likely to go to Whitby Grange nursing home.", "hospital or facility"),
])
def test_a_record_with_an_identifier_is_held_and_names_the_kind(engine, extra, kind):
    report = check(engine, "Notes from today:\n\n" + NOTE + extra, to=CLASSMATE)
    found = [f for f in report.findings if f.rule == "PAT010"]
    assert found and kind in found[0].message, [f.message for f in report.findings]
    assert all(w not in f.excerpt for f in found for w in ("9/14", "Papadakis", "Whitby"))


@pytest.mark.parametrize("setting", ["rales 1/3 up bilat", "PS 10/5 overnight", "pain 3/10 after", "1/2 NS at 75",
                                     "CPAP 5/5, 40%"])
def test_ratios_and_settings_are_not_dates(engine, setting):
    report = check(engine, "Notes from today:\n\n" + NOTE + f"Pt on {setting}.", to=CLASSMATE)
    assert codes(report) == [], [f.message for f in report.findings]


def test_a_capitalised_name_after_a_relative_is_a_name_even_if_it_is_also_a_listed_word(engine):
    # 'ed' is in not_names.txt (the emergency department); 'Son, Ed,' is still a relative's name.
    body = "Family: Son, Ed, was updated by MD today re the patient's new diagnosis of dementia."
    assert "PAT006" in codes(check(engine, body))


def test_relatives_of_the_sender_and_ward_sisters_are_not_patients(engine):
    body = ("Ward round ran late so I missed the bus. My sister Rowena picked me up from the hospital. "
            "Sister Okonkwo on the ward was lovely to the patients today.")
    assert codes(check(engine, body)) == []


def test_handover_shorthand_is_not_a_name(engine):
    # 'SOB, Atenolol', 'I & O. Cont' have the shape of 'JONES, Margaret' and 'J. Smith'.
    body = "Notes from today:\n\n" + NOTE + "CV: pt denies CP or SOB, Atenolol increased. Keep careful I & O. Cont lasix."
    assert codes(check(engine, body, to=CLASSMATE)) == []


# --- phone numbers outside the UK ------------------------------------------------------------------

@pytest.mark.parametrize("number", ["(508) 555-0143", "508-555-0143", "ph 555-0143"])
def test_north_american_phone_of_a_relative(engine, number):
    body = f"The patient in bed 6 asked me to ring his son, the number is {number}, about visiting."
    report = check(engine, body)
    assert "PAT008" in codes(report), [f.message for f in report.findings]
    assert all("0143" not in f.excerpt for f in report.findings)


def test_nhs_number_written_with_dashes_is_not_a_phone(engine):
    report = check(engine, "Patient in bed 4, NHS number 943-476-5919, needs bloods.")
    assert "PAT008" not in codes(report) and "PAT001" in codes(report)


# --- who is speaking about whom --------------------------------------------------------------------

def test_own_details_to_an_office_are_not_a_patients(engine):
    body = ("Dear Occupational Health,\n\nAs requested, my details for the TB screening referral from my GP:\n\n"
            "Full name: Harriet Rose Quigley\nDate of birth: 03/11/2003\nNHS number: 943 476 5919\n\n"
            "Many thanks,\nHarriet Quigley")
    report = check(engine, body, to="Occupational Health <occupational.health@nottingham.ac.uk>",
                   sender="Harriet Quigley <msyhq3@nottingham.ac.uk>")
    assert codes(report) == [], [f.message for f in report.findings]


def test_someone_elses_details_in_the_same_shape_are_held(engine):
    body = ("Hi, the patient I clerked for my case report:\n\nFull name: Harriet Rose Quigley\n"
            "Date of birth: 03/11/1947\nNHS number: 943 476 5919\n")
    report = check(engine, body, sender="Tom Ashby <msyta9@nottingham.ac.uk>")
    assert {"PAT001", "PAT005"} <= set(codes(report))


def test_own_date_of_birth_in_a_first_person_sentence(engine):
    body = "Could I book a smear test? I'm registered with the surgery (date of birth 21/07/2002)."
    assert codes(check(engine, body, to="reception@lentonpractice.example.nhs.uk")) == []


@pytest.mark.parametrize("body", [
    "Rota for weeks 5-6: Ward: Ward 14; Student 1: Ifeoma Nwosu; Student 2: Callum Reid; Clinical lead: Mr Rahman",
    "Tell Auntie Jean not to go to Mr Farquharson for her hip, his patients all say he rushes.",
    "Did you see? One of the nurses, Bronwyn Teale, got an award for the patient safety project.",
    "I'm writing up the audit abstract with Callum Reid, all the patient data is anonymised.",
    "Phillip: Tobias Grenville referred me to you about the patient transport contract.",
    # Hinglish: 'ke' after a relative's word is 'with', not a name ('with an elderly uncle')
    "Ek elderly uncle ke saath poore 20 minute baith ke baat ki, patients ko bahut pasand hai.",
])
def test_staff_students_and_colleagues_named_in_ordinary_talk(engine, body):
    assert codes(check(engine, body)) == [], [f.message for f in check(engine, body).findings]


@pytest.mark.parametrize("body", [
    "Call Ed on 5:00 PM CT about the CT contract renewal; Ed Baughman and Paul Racicot are on it.",
    "Palo (OP, Next Day) 1,400 at $12.80; Mid C (OP, Bal Month) 600 at $14.25. Colin Hardy to confirm.",
    "BP Form NA Master Netting (10-31-01).DOC attached for the Master Financial Agreement.",
])
def test_business_abbreviations_are_not_clinical(engine, body):
    assert codes(check(engine, body)) == []


# --- indirect identification as a score -------------------------------------------------------------

@pytest.mark.parametrize("body, kinds", [
    ("Fracture clinic today: the groundsman at Holloway Park Academy, the one with the ginger beard, "
     "snapped his Achilles.", {"employer, school or club", "appearance"}),
    ("The lady from your mum's choir, with the bright red hair, came into the EPU today, eight weeks, bleeding.",
     {"relationship to someone known", "appearance"}),
    ("The drummer from that band we saw at the Bodega was in resus at 2am after a fall, on the news already.",
     {"public coverage", "occupation or public role"}),
])
def test_combinations_that_point_to_one_person(engine, body, kinds):
    report = check(engine, body)
    found = [f for f in report.findings if f.rule == "PAT010"]
    assert found, [f.message for f in report.findings]
    assert all(k in found[0].message for k in kinds), found[0].message


def test_every_part_is_scored_not_just_the_first(engine):
    # The subject is a part too: a patient word there must not stop the body's passage being scored.
    body = "The groundsman at Holloway Park Academy, the one with the ginger beard, came into fracture clinic."
    report = check(engine, body, subject="Patient from clinic")
    assert "PAT010" in codes(report) and not report.errors, (report.errors, [f.message for f in report.findings])


@pytest.mark.parametrize("body", [
    "Clinic today: a man in his 60s with a new diagnosis of atrial fibrillation, really good teaching case.",
    "The patient in bay 2 lives in Beeston with his wife and was very chatty.",
    "Someone from church is doing a sponsored walk for the hospice next month.",
    "Sarah from our year was on the ward round with me, the patient in bed 3 was lovely.",
])
def test_one_detail_or_teaching_talk_is_not_enough(engine, body):
    assert "PAT010" not in codes(check(engine, body))


# --- vocabulary as data, validated at load ----------------------------------------------------------

def test_name_data_comes_from_the_packages():
    data = namedata.name_data(load_config())
    assert data.is_given("Siobhan") and data.is_given("Oluwaseun") is False or data.is_given("Priya")
    assert data.is_surname("Przybylo") is False and data.is_surname("Nicholson")
    assert data.wordlike("will") and not data.name_after_role("will") and data.name_after_role("Grace")


@pytest.mark.parametrize("section, build, error", [
    ({"names": {"sources": ["phonebook"]}}, namedata.name_data, "unknown source"),
    ({"names": {"census_surname_min_percent": -1}}, namedata.name_data, "negative"),
    ({"thresholds": {"record_min_terms": 0}}, lambda c: c.derive(context.record_terms), "record_min_terms"),
])
def test_bad_settings_are_clear_errors(tmp_path, section, build, error):
    site = tmp_path / "site.toml"
    lines = []
    for table, values in section.items():
        lines.append(f"[{table}]")
        lines += [f"{k} = {v!r}".replace("'", '"') for k, v in values.items()]
    site.write_text("\n".join(lines) + "\n")
    config = load_config(site)
    with pytest.raises(ConfigError, match=error):
        build(config)
    with pytest.raises(ConfigError, match=error):  # at load, not on every message
        Engine(config)


def test_a_stage_is_not_an_initial():
    # a stage of disease ending a sentence is no initial ('stage I. Offered ...'); the patient's
    # initial and surname in the same letter still are
    body = ("Our patient J. Smith had a right orchidectomy yesterday. Histology: classical seminoma, stage I. "
            "Offered a testicular prosthesis at the same operation, which he accepted.")
    names = [f.message for f in check(Engine(), body, to=CLASSMATE).findings if f.rule == "PAT006"]
    assert len(names) == 1 and "J* S****" in names[0], names
