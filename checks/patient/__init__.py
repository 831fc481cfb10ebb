"""Patient-identifiable details (category `patient`, default hold)."""

from ..guidance import CONFIDENTIALITY, PHOTOGRAPHS, REDISTRIBUTION, cite
from ..model import Action, Category, Explanation, Rule
from . import (attachments, contact, context, dob, hospital, indirect, namedata, names, nhs, people, record,
               staffwords)

_WHY_ID = cite(CONFIDENTIALITY, REDISTRIBUTION)

# Run when the engine is built, so bad settings and word lists are a ConfigError at load. The name
# data itself (0.14 s to read) is loaded on first need; only its settings are checked here.
COMPILE = (namedata.settings, context.record_terms, record.weights, record.patterns, dob.patterns, hospital.patterns,
           contact.patterns, nhs.patterns, people.patterns, indirect.patterns, indirect.own_words, staffwords.build,
           names.word_patterns, names.ages_of, names.at_a_site, indirect.care_team, attachments.patterns)

RULES = (
    Rule(
        code="PAT001", name="nhs-number", category=Category.PATIENT, action=Action.HOLD,
        message="NHS, CHI or H&C number in a patient context",
        explanation=Explanation(
            what="A 10-digit number with a valid Modulus 11 check digit (NHS in England, Wales and the "
                 "Isle of Man, CHI in Scotland, H&C in Northern Ireland), grouped or not or written in words, "
                 "labelled as such or near patient words (patient, DOB, ward, hospital, GP...).",
            why="An NHS number identifies exactly one patient for life. " + _WHY_ID,
            how="Delete the number. If a colleague needs it, they can look the patient up on the "
                "hospital system; refer to the case as 'Patient A' in email."),
        check=nhs.in_context,
    ),
    Rule(
        code="PAT002", name="possible-nhs-number", category=Category.PATIENT, action=Action.WARN,
        message="Number that could be an NHS number",
        explanation=Explanation(
            what="A 10-digit number with a valid NHS check digit in a range issued to patients, with no "
                 "patient words nearby and no other label (order, student, phone...).",
            why="About 1 in 11 random 10-digit numbers pass the check, so this may be harmless; but if it "
                "is an NHS number it identifies a patient. " + _WHY_ID,
            how="If it is a patient's number, remove it. If it is something else (an order or reference "
                "number), say what it is next to it ('order no. ...') and bedside will not flag it."),
        check=nhs.without_context,
    ),
    Rule(
        code="PAT003", name="nhs-number-bad-check-digit", category=Category.PATIENT, action=Action.HOLD,
        message="Labelled NHS number with an invalid check digit",
        explanation=Explanation(
            what="A 10-digit number labelled 'NHS number' (or CHI, H&C) whose check digit does not match.",
            why="A mistyped NHS number is usually one digit away from a real patient's. " + _WHY_ID,
            how="Remove the number; never send patient numbers by email, typed correctly or not."),
        check=nhs.bad_check_digit,
    ),
    Rule(
        code="PAT004", name="hospital-number", category=Category.PATIENT, action=Action.HOLD,
        message="Hospital, medical record or unit number",
        explanation=Explanation(
            what="A local patient identifier: labelled (MRN, hospital number, unit number, case note "
                 "number, patient ID) or in a hospital-number shape (K123456, RX1 273645, M2203947) "
                 "next to patient words. Module codes, rooms, bleeps, candidate and student numbers "
                 "labelled as such are not flagged.",
            why="A hospital number opens a patient's whole record to anyone with system access. " + _WHY_ID,
            how="Remove the number. Refer to the patient as 'Patient A'; colleagues who need the record "
                "can find it on the hospital system."),
        check=hospital.hospital_numbers,
    ),
    Rule(
        code="PAT005", name="date-of-birth", category=Category.PATIENT, action=Action.HOLD,
        message="Patient's date of birth",
        explanation=Explanation(
            what="A date labelled DOB, date of birth or born, or a birth-year date right beside a "
                 "patient (Mrs J***** (12/03/1954)), in any common UK form. Your own birthday and "
                 "teaching dates are not flagged.",
            why="A date of birth with almost any other detail identifies one person. " + _WHY_ID,
            how="Give an age band instead ('in her 70s')."),
        check=dob.dates_of_birth,
    ),
    Rule(
        code="PAT006", name="patient-name", category=Category.PATIENT, action=Action.HOLD,
        message="Name of a patient",
        explanation=Explanation(
            what="A person's name (Mrs Jones, Sarah Jones, J. Smith, MR. JONES, a relative: 'wife Mary', "
                 "'DAUGHTER JANE', 'son: Vladimir Erickson') close to patient words (patient, bed, bay, "
                 "ward, admitted, diagnosed, clinic, theatre), in a clinical record, or followed by a "
                 "diagnosis, or in the name of an attached file about a patient ('Discharge summary - "
                 "Mrs J****.pdf'). Given names and surnames come from name frequency data. A name alone "
                 "never holds. "
                 "Staff named with their title or role, the people the email is to and from, and "
                 "anonymised or simulated cases (Mr X, Patient A) are not flagged.",
            why="A name in a clinical context tells the reader who is ill. " + _WHY_ID,
            how="Use 'Patient A' or 'a man in his 60s' instead of the name."),
        check=names.patient_names,
    ),
    Rule(
        code="PAT007", name="patient-address", category=Category.PATIENT, action=Action.HOLD,
        message="Patient's postcode or street address",
        explanation=Explanation(
            what="A full UK postcode or a street address near patient words, outside your signature. "
                 "The school's and hospitals' own addresses are not flagged.",
            why="A postcode narrows a patient down to a handful of homes. " + _WHY_ID,
            how="Leave the address out; if location matters clinically, say 'lives locally' or "
                "'lives alone in a rural area'."),
        check=contact.addresses,
    ),
    Rule(
        code="PAT008", name="patient-phone", category=Category.PATIENT, action=Action.HOLD,
        message="Patient's phone number",
        explanation=Explanation(
            what="A valid UK phone number near patient words, outside your signature. Hospital "
                 "switchboards and the school's numbers are not flagged.",
            why="A phone number leads straight to the patient. " + _WHY_ID,
            how="Remove the number; contact patients only through the clinical team's systems."),
        check=contact.phone_numbers,
    ),
    Rule(
        code="PAT009", name="patient-email", category=Category.PATIENT, action=Action.HOLD,
        message="Patient's email address",
        explanation=Explanation(
            what="An email address near patient words that is not a correspondent's or an internal "
                 "(university or NHS) address.",
            why="An email address identifies a person as surely as a name. " + _WHY_ID,
            how="Remove the address; contact patients only through the clinical team's own systems."),
        check=contact.email_addresses,
    ),
    Rule(
        code="PAT010", name="indirect-identification", category=Category.PATIENT, action=Action.HOLD,
        message="Details that together identify a patient",
        explanation=Explanation(
            what="Several details in one passage about a patient that together point to one person. Each "
                 "kind of detail weighs 1 to 3 (wordlists/quasi_identifiers.toml): exact age (2 over 89), "
                 "bed, bay or ward, hospital, date of admission or of the event, an occupation or public "
                 "role, a named school, club or employer, a street, house or venue, the village or area "
                 "someone lives in, where they came from, a distinctive description, coverage in the news, "
                 "the first or only one of a kind, a rare condition, a link to you or to the reader ('my "
                 "neighbour', 'your cousin's teacher'). A passage within reach of a patient word whose "
                 "kinds add up to thresholds.indirect_min_score (3) from at least two kinds is held; so is "
                 "one detail that names a public figure on its own (the local MP, someone off the telly). "
                 "A clinical record (a nursing note or handover: dense record shorthand) is a clinical fact "
                 "throughout: with the date of the care, the clinician's name, or a hospital, facility or "
                 "town in it (weights thresholds.record_weights, hold at record_min_score) it is that "
                 "patient's record. Your own history, anonymised or simulated cases and your signature do "
                 "not count. The finding lists the kinds combined, each value replaced by its kind. "
                 "Held when any recipient is outside the care team: the mail domains and addresses a site "
                 "lists in [organisation] care_team (NHSmail, nhs.net, and the trusts' own, nhs.uk, by "
                 "default; the university's own domain is not the care team). Sent only within it, the same "
                 "details are PAT014, a warning.",
            why="'No images or text should ever be posted which may directly or indirectly identify a "
                "patient': the 94-year-old former mayor of a village in bed 12 is as identifiable as a "
                "name. " + _WHY_ID,
            how="Keep only what the reader needs: an age band, no bed or ward, no job, no town, no "
                "dates or names in a shared note."),
        check=indirect.indirect_identification,
    ),
    Rule(
        code="PAT014", name="indirect-identification-care-team", category=Category.PATIENT, action=Action.WARN,
        message="Details that together identify a patient, sent within the care team",
        explanation=Explanation(
            what="What PAT010 holds (details that together point to one patient, or a clinical record "
                 "tied to one patient), in a message whose every recipient is in the care team: a mail "
                 "domain or address listed in [organisation] care_team (by default nhs.net and nhs.uk, "
                 "where the clinicians caring for the patient read their mail). A warning: the care team "
                 "may need the details, but only those it needs.",
            why="Sharing within the care team is allowed for the patient's care; even there, email is "
                "forwarded and misdirected. " + _WHY_ID,
            how="Check every recipient is caring for this patient and keep only what they need; use "
                "the hospital system for the record itself. Sites add their care team's domains to "
                "[organisation] care_team."),
        check=indirect.indirect_identification_care_team,
    ),
    Rule(
        code="PAT011", name="patient-photo", category=Category.PATIENT, action=Action.HOLD,
        message="Photo that may show a patient",
        explanation=Explanation(
            what="An image attachment with a clinical file name (wound, ulcer, x-ray, scan, rash, "
                 "patient...) or a camera photo sent with clinical details. An image credited to a "
                 "teaching source (Radiopaedia, a lecture, a textbook) is not flagged unless the email "
                 "also points at a patient.",
            why=cite(PHOTOGRAPHS, CONFIDENTIALITY),
            how="Do not photograph patients on your phone or send their images. Use the trust's "
                "approved medical photography service."),
        check=attachments.patient_photos,
    ),
    Rule(
        code="PAT012", name="dicom-image", category=Category.PATIENT, action=Action.HOLD,
        message="Medical image file (DICOM)",
        explanation=Explanation(
            what="A DICOM file (scanner output: CT, MRI, x-ray), which carries the patient's name, ID "
                 "and date of birth in its header.",
            why="DICOM headers are full patient identifiers even when the image looks anonymous. " + _WHY_ID,
            how="Use the teaching library's anonymised images, or ask the radiology department for an "
                "anonymised export."),
        check=attachments.dicom_files,
    ),
    Rule(
        code="PAT013", name="encrypted-attachment-outside", category=Category.PATIENT, action=Action.HOLD,
        message="Encrypted attachment that cannot be checked, sent outside",
        explanation=Explanation(
            what="A password-protected PDF, Office document or ZIP archive sent to someone outside the "
                 "internal domains.",
            why="bedside cannot look inside it; if it holds patient data, encryption does not make "
                "sending it outside the NHS allowed. " + _WHY_ID,
            how="If it contains patient information, do not send it outside; share through NHS mail "
                "(nhs.net) or the trust's approved system."),
        check=attachments.encrypted_outside,
    ),
)
