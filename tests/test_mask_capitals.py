"""A name written in capitals beside a patient identifier (a wristband, a ward list, an ECG header) is
masked in every patient finding's excerpt, even when no name rule read it as a name."""

from bedside.checks import Engine
from bedside.checks.mask import mask_capitals


def _letter(body: str) -> bytes:
    return (f"From: amy@student.nottingham.ac.uk\r\nTo: friend@gmail.com\r\nSubject: look\r\n\r\n{body}\r\n").encode()


def test_a_name_in_capitals_beside_a_date_of_birth_is_masked():
    report = Engine().check(_letter("Photo of the band from bay 4: ORLA FITZPATRICK-DEANE DOB 03/04/1941 Hosp No "
                                    "RX1234567 ward 12, allergic to penicillin"))
    excerpts = [f.excerpt for f in report.findings if f.category == "patient"]
    assert excerpts, report.findings
    for excerpt in excerpts:
        assert "ORLA" not in excerpt and "FITZPATRICK" not in excerpt and "DEANE" not in excerpt, excerpt
    assert any("O*** F***************" in e for e in excerpts), excerpts


def test_clinical_shorthand_file_names_and_lower_case_stay_readable():
    keep = frozenset({"icu"})
    assert mask_capitals("ICU bed 4, GRANT LOWE", keep) == "ICU bed 4, G**** L***"
    assert mask_capitals("IMG_2041.PNG and scan-LEFT.JPG", keep) == "IMG_2041.PNG and scan-LEFT.JPG"
    assert mask_capitals("Grant Lowe is in bed 4", keep) == "Grant Lowe is in bed 4"


def test_other_categories_keep_capitals():
    # Only patient findings mask capitals: an abusive letter's excerpt shows what was written.
    report = Engine().check(_letter("You are a fucking IDIOT, GRANT, and everyone on the firm knows it."))
    shown = [f.excerpt for f in report.findings if f.category == "offensive"]
    assert shown and all("IDIOT, GRANT" in e for e in shown), shown
