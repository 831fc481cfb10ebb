"""Labelled corpus for the patient rules: messages written the way students write, with the
patient rule codes a careful reviewer would expect (an empty list: nothing patient-identifying).

Hand-written cases first, then generated variants (every NHS grouping, DOB form and name
shape), so the corpus is large without being one sentence repeated. Used by
tests/test_patient_corpus.py (every case must come out as labelled) and
bench/patient_quality.py (precision and recall per rule and for the hold decision).
"""

from __future__ import annotations

import random

from stdnum.gb import nhs as _nhs

FRIEND = "sam.friend@gmail.com"
TUTOR = "helen.ward@nottingham.ac.uk"
CLASSMATE = "jo.classmate@exmail.nottingham.ac.uk"
NHSMAIL = "r.singh@nhs.net"


def case(id, text, expect=(), to=FRIEND, subject="today"):
    return {"id": id, "text": text, "expect": sorted(expect), "to": to, "subject": subject}


def valid_nhs(rng: random.Random, first: str = "4") -> str:
    while True:
        stem = first + "".join(str(rng.randint(0, 9)) for _ in range(8))
        for d in range(10):
            if _nhs.is_valid(stem + str(d)) and len(set(stem + str(d))) > 1:
                return stem + str(d)


def invalid_nhs(rng: random.Random) -> str:
    while True:
        n = "".join(str(rng.randint(0, 9)) for _ in range(10))
        if not _nhs.is_valid(n) and n[0] != "0":
            return n


HAND = [
    # --- NHS / CHI / H&C numbers -------------------------------------------------------------
    case("nhs-01", "Hey, the lady in bay 2 NHS no. 943 476 5919 - can you look up her echo when you're on?", ["PAT001"]),
    case("nhs-02", "her nhs number is 9434765919 lol don't tell anyone", ["PAT001"]),
    case("nhs-03", "Dear Dr Ward,\n\nFor my case report, the patient's NHS number is 401-023-2137. Is it ok to\ninclude that in the appendix?\n\nThanks,\nAmy", ["PAT001"], to=TUTOR),
    case("nhs-04", "pt details: NHS 450 557 7104, came in with SOB", ["PAT001"]),
    case("nhs-05", "CHI number 1203541236 for the patient we saw in Edinburgh on elective", ["PAT001"]),
    case("nhs-06", "The GP letter had his number on it, 712 345 6785, and his meds list.", ["PAT001"]),
    case("nhs-07", "Hi Jo,\n\nCould you chase the bloods for the patient with NHS number 943 476\n5919? I'm off tomorrow.\n\nAmy", ["PAT001"], to=CLASSMATE),
    case("nhs-08", "NHS number: 943 476 5918 (the lady with the chest drain)", ["PAT003"]),
    case("nhs-09", "Found a scrap of paper with 6434765916 on it in my scrubs pocket, no idea what it is", ["PAT002"]),
    case("nhs-10", "Placeholder on the form says NHS number 000 000 0000, should I leave it?", []),
    case("nhs-11", "My library card number is 2000154321 and it's expired, can you renew it?", [], to="library@nottingham.ac.uk"),
    case("nhs-12", "Order number 9434765919 hasn't arrived yet, the stethoscope I ordered.", []),
    case("nhs-13", "Call NHS 111 if you feel unwell after the vaccine.", []),
    case("nhs-14", "The switchboard is 0115 924 9924 and the ward is ext 62000.", []),
    case("nhs-15", "My phone is 07700 900 123 if you need me.", []),
    case("nhs-16", "Candidate number 1234567890 for the OSCE, room B12.", []),
    case("nhs-17", "We discussed why you should never put an NHS number in an email, even to nhs.net.", []),
    case("nhs-18", "Tracking ref 6434765916 says the parcel is at the depot.", []),
    case("nhs-19", "Student ID 4289517360 please, for the placement form.", [], to="placements@nottingham.ac.uk"),
    case("nhs-20", "Invoice 4505577104 for the anatomy textbook is attached, can the school reimburse?", [], to=TUTOR),
    # A valid number outside the ranges issued to patients, beside a patient word other than 'NHS'.
    case("nhs-21", "Hi Jen, can you check the bloods for 943 476 5919 when you get a sec? Thanks", ["PAT001"]),
    # --- hospital numbers ------------------------------------------------------------------
    case("hosp-01", "MRN 00123456 - can you print her drug chart before the ward round?", ["PAT004"]),
    case("hosp-02", "Hosp no: 1234567, the guy with the DKA on AMU", ["PAT004"]),
    case("hosp-03", "The patient we clerked on ward B3 is K284619 if you want to look at the ECG.", ["PAT004"]),
    case("hosp-04", "Unit no 445566 for the lady going to theatre, she's first on the list.", ["PAT004"]),
    case("hosp-05", "Can you look up RX1 273645 on the system? He's in side room 2.", ["PAT004"]),
    case("hosp-06", "Patient ID M2203947 - the bloods came back weird", ["PAT004"]),
    case("hosp-07", "Our module code is MEDS3001 and the exam room is B12.", []),
    case("hosp-08", "Bleep 4567 if the patient deteriorates, that's the med reg.", []),
    case("hosp-09", "My student number is 20123456 and my GMC provisional isn't through yet.", [], to=TUTOR),
    case("hosp-10", "Room A123456 doesn't exist, the timetable must be wrong", []),
    # --- dates of birth -------------------------------------------------------------------
    case("dob-01", "Patient seen in clinic today, DOB 12/03/1954, for review of her diabetes.", ["PAT005"]),
    case("dob-02", "D.O.B. 3.2.41, the gentleman in bed 6 with the PE", ["PAT005"]),
    case("dob-03", "the man in resus was born on 3rd February 1941, older than he looks", ["PAT005"]),
    case("dob-04", "pt DOB 1954-03-12 allergic to penicillin", ["PAT005"]),
    case("dob-05", "date of birth 12 Mar 54 - she's the one with the hip", ["PAT005"]),
    case("dob-06", "Mrs K (14.7.38) with a chest infection again.", ["PAT005"]),
    case("dob-07", "My DOB is 12/03/2004, could you update my student record please?", [], to="records@nottingham.ac.uk"),
    case("dob-08", "The patient safety teaching is on 12/03/2027 in the Medical School.", []),
    case("dob-09", "I was born on 5th May 2003 so I'm allowed to take the exam", [], to=TUTOR),
    case("dob-10", "Reminder: the clinical skills session on 14/11/2026 has moved to 2pm.", []),
    case("dob-11", "Deadline for the SSC is 01/02/2027, submit on Moodle.", []),
    case("dob-12", "Practice OSCE station: simulated patient, DOB 01/01/1950, presents with chest pain.", []),
    # --- names --------------------------------------------------------------------------
    case("name-01", "Mrs Patterson in bay 2 is going to theatre this afternoon.", ["PAT006"]),
    case("name-02", "Margaret Wilson was admitted overnight with a fractured neck of femur.", ["PAT006"]),
    case("name-03", "You remember Mr Okafor? He turned out to have pancreatitis.", ["PAT006"]),
    case("name-04", "we clerked a guy called John Evans on the AMU, he was diagnosed with endocarditis", ["PAT006"]),
    case("name-05", "Mr A. Khan is first on the list tomorrow, can you consent him?", ["PAT006"]),
    case("name-06", "the patient, Susan Clarke, kept asking for her daughter", ["PAT006"]),
    case("name-07", "Miss Lowe from bed 9 was discharged home today!", ["PAT006"]),
    case("name-08", "Dr Shah's lecture on the ward round was brilliant.", []),
    case("name-09", "Sister Green showed us how to do the drug chart on the ward.", []),
    case("name-10", "Patient A, a man in his 70s, presented with chest pain.", []),
    case("name-11", "Mr X in bed 3 had the same presentation as Mrs Y.", []),
    case("name-12", "In the OSCE station the simulated patient Mrs Brown presented with headache.", []),
    case("name-13", "Dear Helen,\n\nThanks for the clinic today, I learnt loads.\n\nBest wishes,\nAmy Student", [], to=TUTOR),
    case("name-14", "Sarah Jones (the registrar) said we could join the ward round tomorrow.", []),
    case("name-15", "Our tutor Professor Lee said the patient handover was good.", []),
    case("name-16", "Queens Medical Centre is the biggest hospital, the patient transport goes there.", []),
    case("name-17", "Mr Jones from the library emailed about my overdue books.", []),
    case("name-22", "I was in theatre on Mr Patel's list all day, two hip replacements.", []),
    case("name-23", "Mr Okafor operated on the patient in bay 2 and let me close.", []),
    case("name-24", "Shadowing Miss Green in the breast clinic tomorrow, any tips?", []),
    case("name-25", "The patient in bed 4, Mr Hughes, asked when he can go home.", ["PAT006"]),
    case("name-26", "Handover list for tonight:\nJONES, Margaret - bay 3 - chest pain, troponin pending\nAHMED, Yusuf - bay 4 - DKA", ["PAT006"]),
    case("name-27", "Name: Margaret Okafor, DOB 03/04/1947, admitted with a UTI.", ["PAT005", "PAT006"]),
    case("ind-11", "Pt 67M, ex-miner from Hucknall, admitted yesterday with CAP.", ["PAT010"]),
    case("clean-16", "NHS, GP and ED teams all use the same referral form; see the COPD, AKI and DKA guidelines.", []),
    case("name-19", "saw mrs jones in bay 3 today, she's lovely but so confused", ["PAT006"]),
    case("name-20", "mr x in bed 3 and mrs y in bay 4 both had sepsis", []),
    case("name-21", "ms patient in clinic with a relapse, started on steroids", []),
    case("addr-06", "the patient lives at ng9 2ab, the district nurses go daily", ["PAT007"]),
    case("dob-13", "DOB: 12-Mar-1954, the lady in bed 2 with the cellulitis", ["PAT005"]),
    case("name-18", "Hi Jordan, are you coming to Lucy Smith's party on Saturday?", []),
    # --- addresses, phones, emails -----------------------------------------------------------
    case("addr-01", "The patient we saw at home lives at NG9 2AB, the GP wants a visit.", ["PAT007"]),
    case("addr-02", "Home visit: the patient lives at 14 Elm Grove Road, very frail.", ["PAT007"]),
    case("addr-03", "The clinical skills session is at Queen's Medical Centre, NG7 2UH, near the patient reception.", []),
    case("addr-04", "Dear Sam,\n\nSee you at the library.\n\nKind regards,\nAmy Student\n12 Lenton Road, Nottingham NG7 1AB", []),
    case("addr-05", "Our flat is at NG7 1AB if you want to post the notes.", []),
    case("addr-06", "He lives at 27 Carrington Street, NG1 7FF with his wife who is his main carer.", ["PAT007"]),
    case("addr-07", "I'm my mum's main carer so I might be late on Mondays, sorry.", []),
    case("phone-01", "The patient's daughter asked us to ring her on 07911 123456 about the discharge.", ["PAT008"]),
    case("phone-02", "If the patient needs a referral call the switchboard on 0115 924 9924.", []),
    case("phone-03", "Dear Sam,\n\nSee you at the library.\n\nBest wishes,\nAmy\n07911 654321", []),
    case("phone-04", "Ring me on 07911 654321 when you finish placement.", []),
    case("email-01", "The patient said to email her at jo.bloggs72@gmail.com with the clinic letter.", ["PAT009"]),
    case("email-02", "For the clinic rota email the registrar at r.singh@nhs.net.", []),
    case("email-03", "My personal email is amy.s.2003@gmail.com if the uni one stops working.", []),
    # --- indirect identification --------------------------------------------------------------
    case("ind-01", "The 94-year-old former mayor of Beeston in bed 12 on C31 has pneumonia.", ["PAT010"]),
    case("ind-02", "My neighbour was admitted to QMC yesterday with a stroke, I saw her on the ward.", ["PAT010"]),
    case("ind-03", "Bay 4 is where the teaching is, next to the patient lounge.", []),
    case("ind-04", "I was admitted to QMC when I was 19 with appendicitis, so I know the ward well.", []),
    case("ind-05", "Sorry I missed clinic, I was in bed with flu all weekend.", [], to=TUTOR),
    case("ind-06", "A 92-year-old lady with pneumonia on the ward taught me so much today.", []),
    case("ind-07", "the local headteacher from Southwell came in with chest pain, he's on CCU", ["PAT010"]),
    case("ind-08", "the consultant's wife was admitted to the ward last night with chest pain!! awkward", ["PAT010"]),
    case("ind-09", "Patient with Huntington's disease in bed 7, 45 years old, really sad case.", ["PAT010"]),
    case("ind-10", "We saw a man in his 60s with COPD in clinic.", []),
    case("ind-12", "you'll never guess who was on our ward today - the lead singer from that band from Mansfield, "
                   "the one who was on X Factor! in with liver failure", ["PAT010"]),
    case("ind-13", "The local MP came into resus last night after a car crash, total chaos in ED.", ["PAT010"]),
    case("ind-14", "we had a famous footballer in clinic today with an ACL tear, can't say who lol", ["PAT010"]),
    case("ind-15", "One of the patients in bay 3 was on Love Island last year, she's in with pancreatitis.", ["PAT010"]),
    case("ind-16", "Our lecturer was on the news last night talking about patient safety and the strikes.", []),
    case("ind-17", "The patient told us about the famous case of Phineas Gage in the neurology teaching.", []),
    case("ind-18", "My flatmate was on Bake Off! Anyway, the ward round ran late again today.", []),
    case("ind-19", "Guess who got admitted to our ward last night. The local MP!! Not saying any more", ["PAT010"]),
    case("name-bed-01", "can u cover my patients tmrw? bed 3 - john smith 72 CAP, bed 5 - mary o'brien, 88, "
                        "#NOF post op day 2", ["PAT006"]),
    case("name-bed-02", "Bay 2: Grace Holt, fall at home, for CT head", ["PAT006"]),
    case("name-bed-03", "Meet at bay 2 - will you bring the obs chart? Then bed 4 - mark the fluid balance.", []),
    case("name-label-01", "Pt: Margaret Jones\nPMH: COPD, AF\nPlan: nebs and review", ["PAT006"]),
    case("ind-21", "the old man in bed 6 keeps calling me his granddaughter, so cute. he was born in 1931!!",
         ["PAT010"]),
    case("ind-22", "I was born in 2003 and today was my first ward round on the stroke unit.", []),
    case("reply-01", "Hi Helen,\n\nThanks, that works perfectly.\n\nAmy\n\nOn Tue, 3 Mar 2026, Helen Ward wrote:\n"
                     "> Hi Amy, you're on ward 22 from Monday.", [], to=TUTOR, subject="Re: Placement"),
    case("name-ward-01", "We saw Mrs Ward in bed 4 with pneumonia, she was lovely.", ["PAT006"]),
    case("name-ward-02", "Sarah Bedford showed us round the ward on our first day, she's the ward clerk.", []),
    case("staff-with-01", "Dear students, clinic with Mr Patel on Tuesday, ward round with Dr Jones on Wednesday.", [],
         to=CLASSMATE),
    case("staff-with-02", "I was in theatre with Miss Okafor all morning, she let me close.", []),
    case("sig-01", "Dear Dr Ward,\n\nCould I have the reading list for the renal block?\n\nAmy Smith\nMBChB Year 2",
         [], to=TUTOR, subject="Reading list"),
    case("sig-02", "Saw Mrs Ward in bed 4 today, she has pneumonia.\n\nAmy", ["PAT006"]),
    case("own-family-01", "My grandad got admitted to QMC yesterday with a chest infection, he's on ward C3, visiting "
                          "later if you want to come", []),
    case("own-family-02", "I'm in A&E with my flatmate, she sprained her ankle at netball. Bed 12 in minors lol", []),
    case("ind-23", "My friend's dad was admitted to QMC yesterday, he's in bed 4 on ward C3 with a stroke.", ["PAT010"]),
    case("staff-with-03", "The consultant, Mr Williams, said I can scrub in on Thursday for the lap chole!", []),
    case("nhs-group-01", "48577 73007 is the number for the patient in bed 2", ["PAT001"]),
    case("nhs-group-02", "Scottish patient transferred from Fife, CHI 010150 0009 - needs a bed on AMU", ["PAT001"]),
    case("nhs-group-03", "Ring the ward on 0115 924 9924 ext 62045 about the patient in bed 2", []),
    # a labelled NHS number with a wrong check digit is still someone's number (hold since session 3)
    case("nhs-bad-02", "His NHS no is 485 777 3456 if you need to look him up on the system", ["PAT003"]),
    # a name described by age as a case is presented, or followed by a diagnosis from the longer list
    case("name-age-01", "Saw a really interesting case today: 23yo woman, Chloe Barker, who lives near the QMC.",
         ["PAT006"]),
    case("name-age-02", "Derek Owens, a 67-year-old retired builder, came in overnight.", ["PAT006"]),
    case("name-age-03", "Tom Smith, 23, from my year is organising the ball - tickets are £40.", []),
    case("name-age-04", "Happy birthday to Sarah Jones who is 21 years old today!!", []),
    case("name-dx-01", "Chloe Barker with SLE flaring again, third time this year", ["PAT006"]),
    case("name-dx-02", "Tom Smith has covid so the tutorial is cancelled today.", []),
    # bedside care as context; ward staff named by their job are not patients
    case("name-care-01", "Attached is the photo of the wound on Mrs Green's leg from this morning's dressing change.",
         ["PAT006"]),
    case("name-care-02", "Can you check on Mr Patel? He's the one with the NG tube, keeps pulling at it.", ["PAT006"]),
    case("name-care-03", "Mr Patel is running the cannulation teaching on Friday - bring your own gloves.", []),
    case("name-staff-02", "Mr Brown the orthopod said the patient in bed 3 can go home tomorrow", []),
    case("name-staff-03", "Dr Green, the cardiologist, reviewed the patient on ward 22", []),
    case("name-staff-01", "Ask the ward clerk, Sarah Jones, for the rota.", []),
    case("name-bed-01", "Margaret in bed 14 on Lister ward, the one with the pressure sores, died last night", ["PAT006"]),
    case("name-bed-02", "Tell Margaret in bed 6 her daughter called", ["PAT006"]),
    case("name-bed-03", "The lady in bed 4 is doing much better today.", []),
    # someone the sender knows, met as a patient: identified to anyone who knows the sender
    case("known-01", "The patient I clerked is my old geography teacher from school!! He has bowel cancer :(", ["PAT010"]),
    case("known-02", "You'll never guess - my flatmate's mum was on the gynae list today, had a hysterectomy", ["PAT010"]),
    case("known-03", "My mum had her hysterectomy last week and is recovering well, thanks for asking", []),
    case("known-04", "My old geography teacher retired last year, he's moving to Spain", []),
    case("dob-the-01", "Her date of birth is the 5th of June 1961 and she's allergic to penicillin.", ["PAT005"]),
    case("dob-the-02", "The baby in cot 3 was born on the 2nd of March 2026, mum is on ward 12.", ["PAT005"]),
    case("ind-20", "Did you see the celebrity chef at the conference? Great talk on patient nutrition.", []),
    # session 4: a footballer by club and position; someone from the sender's own circle; an age said
    # plainly; an address without a postcode; a first name in brackets after the bed
    case("ind-21", "You'll never guess who came into resus last night - the Forest striker with a broken ankle! "
         "Don't tell anyone", ["PAT010"]),
    case("ind-22", "32M rugby player with an ACL tear, seen in fracture clinic today - great teaching case.", []),
    case("ind-23", "The patient is a keen Forest fan and talked about the match all morning.", []),
    case("ind-24", "The 17 year old in cubicle 4 was admitted after an overdose, her mum is a teacher at my old school",
         ["PAT010"]),
    case("ind-25", "The patient we clerked went to my old school, she was in the year above me. She's in bay 2.",
         ["PAT010"]),
    case("ind-26", "Our placement is at my old school's local GP surgery, small world!", []),
    case("ind-27", "The patient in bed 4 is 93, lives in Beeston and was a local councillor.", ["PAT010"]),
    case("ind-28", "He's 22 and she's 23, we're all going out for his birthday.", []),
    case("addr-street-01", "He lives at 14 Elm Grove, Beeston with his daughter, and was brought in after a fall at home.",
         ["PAT007"]),
    case("addr-street-02", "My new flat is at 14 Elm Grove, come round for pizza on Friday!", []),
    case("addr-street-03", "Thanks for the cake you brought in, we ate it at 14 Elm Grove after the shift.", []),
    case("name-init-neg-01", "The Christmas revue rehearsal is on Tuesday in the Medical School lecture theatre B. Bring your "
         "costumes!", []),
    case("name-init-neg-02", "The patient in bed 4 is on the list for theatre A. Please check the consent form is signed.", []),
    case("name-init-neg-03", "Hepatitis B. Then we covered hepatitis C and the ward's needlestick policy.", []),
    case("name-init-05", "Handover: bay 4 J. Whitfield, chest pain, troponin pending.", ["PAT006"]),
    case("name-init-04", "Ward round: J. Whitfield in bay 3 needs a repeat ECG before discharge.", ["PAT006"]),
    case("known-05", "omg just saw my sixth form maths teacher in majors, he had a heart attack. so weird", ["PAT010"]),
    case("known-06", "My sixth form maths teacher emailed to say congratulations on passing!", []),
    case("ind-29", "she's 101!! the oldest patient on the ward, and she was a land girl in the war", ["PAT010"]),
    case("ind-30", "She is the only woman on the ward who has been to every teaching session.", []),
    case("ind-31", "The youngest child in the practice was a great help at the open day.", []),
    case("ind-32", "The patient in bed 4 lives in Beeston with his wife.", []),
    case("dob-nicu-01", "The twins in NICU cot 4 and 5 were born at 26 weeks on 14/11/2026, mum is only 16", ["PAT005"]),
    case("dob-nicu-02", "We learnt that twins born at 26 weeks have a high risk of NEC.", []),
    case("name-label-01", "Remember the lady with the massive goitre from Tuesday? Her name is Pauline Fairbrother, "
         "she's on Facebook lol", ["PAT006"]),
    case("name-label-02", "Her name is Sarah, she's my new flatmate and she's studying law.", []),
    case("name-cot-01", "Baby Khan in cot 3 has jaundice, phototherapy started this morning", ["PAT006"]),
    case("name-cot-03", "We sang Baby Shark to the kids on the paeds ward and they loved it", []),
    case("name-cot-04", "The Baby Unit on the maternity floor is where the clinic runs on Tuesdays", []),
    case("name-cot-02", "I bought a cot for my sister's baby, it was £120.", []),
    case("ind-33", "Matt Hancock's speech on NHS funding was on the news.", []),
    case("ind-34", "Guess who's in hospital with a broken hip - the local MP! Saw her on the ward round.", ["PAT010"]),
    case("mdt-01", "Re: the MDT - we discussed Mr T. Ahmed (RX1 273645) with the new liver mets.", ["PAT004", "PAT006"]),
    case("mdt-02", "The MDT meeting is at 1pm in the seminar room, students welcome.", []),
    case("results-01", "Thanks for covering! Mrs Green's blood results are back - Hb 72, she needs a transfusion.",
         ["PAT006"]),
    case("results-02", "Thanks for covering! Mrs Green (our landlady) says the boiler is fixed.", []),
    case("results-03", "Results are back for the OSCE! Check the portal.", []),
    case("known-07", "guess who's on the psych ward... Jake from 4th year. sectioned last night apparently", ["PAT010"]),
    case("known-08", "Someone from our halls was brought in last night after an overdose, she's in bed 4 on AMU",
         ["PAT010"]),
    case("known-09", "Sarah from our year was on the ward round with me, the patient in bed 3 was lovely.", []),
    case("known-10", "Tom from 4th year was in resus with me when the trauma call came in - amazing teaching.", []),
    case("known-11", "Congrats to Priya from our year who was admitted to the Royal College as an associate!", []),
    case("staff-pt-01", "The lady in bed 3 is a nurse here, works on ITU, so please be discreet about her miscarriage",
         ["PAT010"]),
    case("staff-pt-02", "The patient in bay 2 is one of our porters, he came in with chest pain, keep it quiet",
         ["PAT010"]),
    case("staff-pt-03", "Sister Jones is a nurse here and she showed us how to do the obs on the patient in bed 3.", []),
    case("staff-pt-04", "My mum is a nurse at the QMC, so she knows all the wards.", []),
    case("name-bed-04", "Ugh placement was grim. The old boy in bay 3 (Arthur, the one with the trachy) called me love "
         "all day", ["PAT006"]),
    # session 5: a relative of someone off the telly; a description and a workplace; the sender's
    # babysitting family and neighbours; families by surname; classmates and authors are not patients
    case("ind-s5-01", "Can you believe it, the woman in cubicle 4 is the mum of that girl off Love Island!", ["PAT010"]),
    case("ind-s5-02", "He's 6ft 7, covered in tattoos and works the door at Rock City - you'll know him when you "
                      "see him in bay 3", ["PAT010"]),
    case("ind-s5-03", "Bed 9 is the bloke who runs the chippy on Alfreton Road, had an MI", ["PAT010"]),
    case("ind-s5-04", "The dad of one of the kids I babysit is on our ward with a brain tumour, so sad", ["PAT010"]),
    case("ind-s5-05", "My neighbour's dad is on our ward with a stroke, feels weird seeing him", ["PAT010"]),
    case("ind-s5-06", "The lad from Hollyoaks is in bay 6 with a broken leg!!", ["PAT010"]),
    case("ind-s5-07", "Jake Smith from 4th year was sectioned last night, don't tell anyone", ["PAT010"]),
    case("ind-s5-08", "Yesterday I clerked a guy who came in after falling off a ladder at work - he's a roofer from "
                      "Stapleford, 52, fractured calcaneum. Turns out his daughter is in our year!! Awkward.", ["PAT010"]),
    case("ind-s5-09", "Mum,\n\nI saw someone from church in A&E today - Pauline's husband, he'd had a heart attack. "
                      "Don't say anything to her yet.\n\nLove you x", ["PAT010"]),
    case("ind-s5-10", "In resus this morning I saw a lady from our street, the one with the yappy dog!", ["PAT010"]),
    case("ind-s5-neg-06", "A man from work came to visit me in hospital when I had my appendix out.", []),
    case("ind-s5-neg-07", "Someone from church is doing a sponsored walk for the hospice.", []),
    case("ind-s5-neg-08", "Someone from school is starting medicine next year, I said I'd show her the ward.", []),
    case("ind-s5-neg-09", "A friend from school is on the ward round with me this week, so fun.", []),
    case("ind-s5-neg-01", "The dad of one of the kids I babysit is a doctor on our ward, so nice.", []),
    case("ind-s5-neg-02", "My neighbour's dad is a porter on our ward, he's lovely.", []),
    case("ind-s5-neg-03", "Watched Hollyoaks in the doctors' mess at lunch", []),
    case("ind-s5-neg-04", "The fence is 6ft high so the patients can't see into the car park", []),
    case("ind-s5-neg-05", "The chippy on Alfreton Road does the best fish, we went after teaching.", []),
    case("name-s5-01", "The twins in SCBU, born on Christmas day to the Hendersons - did you see them?", ["PAT006"]),
    case("name-s5-02", "The Khans' new baby is in NICU on CPAP, poor things", ["PAT006"]),
    case("name-s5-neg-01", "The Simpsons is on in the day room again, the patients love it", []),
    case("name-s5-neg-02", "Sarah Mitchell from 4th year is running the palliative care society meeting on Thursday.", []),
    case("name-s5-neg-03", "Jake Smith from 4th year is organising the revision session on COPD.", []),
    case("name-s5-neg-04", "Can you look up Ronald Pike's paper on NOF fractures? It's the one on Ward D57 outcomes.", []),
    case("name-s5-neg-05", "The paper by Ronald Pike on hip fractures in care home residents is on Moodle.", []),
    case("name-s5-neg-06", "Have you read Smith et al on sepsis in the elderly? Great paper for the SSC.", []),
    case("hosp-s5-01", "Can you grab the notes for S/N 7654321? It's for the chap in side room 3", ["PAT004"]),
    case("hosp-s5-02", "Can you chase the bloods for 0045678? Bay 4", ["PAT004"]),
    case("hosp-s5-neg-01", "The results for 2024 are on Moodle, and the notes for 1234567 students too.", []),
    case("hosp-s5-neg-02", "My locker number is 7654321 lol, it's a really long one", []),
    case("name-s5-03", "pt: J Whitfield, 81F, AF, on apixaban, ?fall", ["PAT006"]),
    case("name-s5-neg-07", "Patient: I think the key learning point was communication.", []),
    # --- attachments are in the rule fixtures; text inside attachments is covered here ------
    # --- clean messages students send every day ------------------------------------------------
    case("clean-01", "Dear Dr Ward,\n\nCould I swap my clinic session on Thursday with Jo? We have both agreed.\n\nKind regards,\nAmy", [], to=TUTOR, subject="Clinic swap request"),
    case("clean-02", "Anyone want to practise cardiovascular exams tonight? Library room 3 at 7.", [], to=CLASSMATE),
    case("clean-03", "The patient-centred consultation lecture slides are on Moodle now.", [], to=CLASSMATE),
    case("clean-04", "Confidentiality teaching was good: never share names, NHS numbers or DOBs outside the team.", []),
    case("clean-05", "Just finished my first week on the cardiology ward, exhausting but amazing.", []),
    case("clean-06", "Can you send me the notes on acute kidney injury? I missed the lecture.", [], to=CLASSMATE),
    case("clean-07", "Dear Professor Okafor,\n\nThank you for the feedback on my SSC draft.\n\nBest wishes,\nAmy", [], to=TUTOR),
    case("clean-08", "I've booked the skills lab for 12/12/2026, 2-4pm, for the cannulation practice.", [], to=CLASSMATE),
    case("clean-09", "The GP surgery placement in Hucknall was lovely, the staff were so welcoming.", []),
    case("clean-10", "Ward round started at 8 and finished at 12, then teaching in the seminar room.", []),
    case("clean-11", "We talked about a hypothetical patient, Mr Smith, 67, with COPD, for the CBL case.", [], to=CLASSMATE),
    case("clean-12", "Please find my reflective log attached, as discussed at my mid-placement review.", [], to=TUTOR),
    case("clean-13", "The number for the Students' Union advice centre is 0115 846 8730.", []),
    case("clean-14", "Happy birthday!! Born 12/03/2004 and still the baby of the year lol", []),
    case("clean-15", "Reminder that we should all complete the information governance module before placement.", [], to=CLASSMATE),
    # --- NHS numbers written in words ----------------------------------------------------------
    case("nhs-words-01", "Her NHS number is nine four three four seven six five nine one nine, can you check her bloods?",
         ["PAT001"]),
    case("nhs-words-02", "pt in bay 4, nhs no nine four three, four seven six, five nine one nine", ["PAT001"]),
    case("nhs-words-03", "The patient on ward C31 gave her number as nine-four-three-four-seven-six-five-nine-one-nine",
         ["PAT001"]),
    case("nhs-words-neg-01", "Text me on oh seven seven one two three four five six seven eight after the ward round.", []),
    case("nhs-words-neg-02", "We counted one two three four five six seven eight nine ten with the patient for the "
         "cognitive test.", []),
    case("nhs-words-neg-03", "Long shift: two patients in resus, three admissions, four discharges, five cups of tea.", []),
    # --- session 6: public roles, schools, relatives, names said outright ------------------------
    case("ind-s6-01", "The guy from the Forest squad came in with an ACL tear today. Absolute scenes on the ward.", ["PAT010"]),
    case("ind-s6-02", "You'll never guess who was in clinic - the weather presenter from East Midlands Today, she's got "
         "a breast lump.", ["PAT010"]),
    case("ind-s6-03", "Our patient was the headteacher at Bluecoat, retired last year, now has early onset dementia.",
         ["PAT010"]),
    case("ind-s6-04", "We had a 16 year old in with an overdose who goes to my little sister's school, she's in year 11 "
         "at Toot Hill.", ["PAT010"]),
    case("ind-s6-05", "Mrs P who lives next door to my parents was admitted with a stroke yesterday, I saw her on the "
         "stroke unit.", ["PAT010"]),
    case("ind-s6-06", "The patient in bay 4 lives alone in Southwell, her son is a GP there.", ["PAT010"]),
    case("ind-s6-07", "Bed 12 is the landlord of the Trip to Jerusalem, came in with chest pain last night.", ["PAT010"]),
    case("ind-s6-08", "My little sister goes to school with the girl in cubicle 2, she took an overdose.", ["PAT010"]),
    case("ind-s6-09", "The patient in bed 3's son is a policeman in Arnold, and she lives in Calverton.", ["PAT010"]),
    case("name-s6-01", "Mum of the baby in cot 4 on NICU is only 15, social services involved. Her name's Chantelle "
         "I think.", ["PAT006"]),
    case("name-s6-02", "The patient in bay 2, she's called Doreen, keeps asking for tea.", ["PAT006"]),
    case("ind-s6-neg-01", "The weather was awful, the guy from the Forest squad at the gym said training got cancelled.", []),
    case("ind-s6-neg-02", "I've joined the netball squad! Training is on Wednesdays after the ward round.", []),
    case("ind-s6-neg-03", "Our patient used to be a headteacher, she loved talking about her school days.", []),
    case("ind-s6-neg-04", "The head of the department at QMC gave us a tour of the ward.", []),
    case("ind-s6-neg-05", "The manager of the ward asked us to wear name badges on placement.", []),
    case("ind-s6-neg-06", "We went to the Trip to Jerusalem after the ward round, the landlord was lovely.", []),
    case("ind-s6-neg-07", "The weather presenter said it will snow, so the clinic might be cancelled.", []),
    case("ind-s6-neg-08", "My little sister's school is doing a charity run for the children's hospital.", []),
    case("ind-s6-neg-09", "She's in year 4 at Nottingham medical school and shadowing on our ward.", []),
    case("ind-s6-neg-10", "Her son is a GP and he came to visit his mum on the ward, lovely family.", []),
    case("ind-s6-neg-11", "My mum is a nurse and lives next door to my aunt.", []),
    case("ind-s6-neg-12", "The lecture on early onset dementia was good, the case was an anonymised retired headteacher.", []),
    case("name-s6-03", "Can you believe we had Jane Whitfield in clinic today, the one from our sixth form! She has "
         "MS now.", ["PAT006"]),
    case("name-s6-04", "Jim Bradley in bed 7 is refusing his meds again.", ["PAT006"]),
    case("name-s6-05", "Sadly Mrs Booth passed away overnight on C31, the family were with her.", ["PAT006"]),
    case("hosp-s6-01", "hosp no: RX1 234 567, bed 12, for the discharge letter", ["PAT004"]),
    case("hosp-s6-02", "bed 3 RX1 234 567, can you chase the CT?", ["PAT004"]),
    case("hosp-s6-neg-01", "Call me on 0115 924 9924 about the ward rota.", []),
    case("ind-s6-10", "The patient (initials M.T., 84, from Bingham) was admitted on 3rd Nov with a stroke.", ["PAT010"]),
    case("ind-s6-11", "our patient is a professional footballer for Notts County, came in with a fractured tibia",
         ["PAT010"]),
    case("ind-s6-12", "her ex-husband is the guy who runs the Co-op in Keyworth, and she's in bay 1 with pancreatitis",
         ["PAT010"]),
    case("ind-s6-neg-13", "Our initials are on the sign-in sheet for the ward, the patients can't see it.", []),
    case("ind-s6-neg-14", "Patient initials only please in your case write-ups, no names.", []),
    case("ind-s6-neg-15", "My grandma passed away last year, so the palliative care lecture was hard.", []),
    case("ind-s6-neg-16", "He's a captain at the hospital football team and a great registrar.", []),
    case("name-s13-neg-01", "I've just done five weeks at the practice, and the senior partner, Dr Martin Gedge, runs "
         "every clinic himself; the patients adore him.", []),
    case("name-s13-neg-02", "My dissection partner, Leona Farris, found the recurrent laryngeal nerve before anyone.", []),
    case("name-s13-01", "Bay 2 is the lady with the hip fracture; her partner, Graham Tulloch, visits every evening.",
         ["PAT006"]),
    case("name-s13-02", "Bay 2 is the lady with the hip fracture; her sister, Maureen Tulloch, visits every evening.",
         ["PAT006"]),
    case("ind-s6-neg-17", "She runs the diabetes clinic in Keyworth and teaches us on Thursdays.", []),
    case("ind-s6-neg-18", "The guy who runs the cafe on the ground floor of the hospital gave us free coffee.", []),
    case("name-s6-neg-03", "Kate Middleton visited the children's hospital today, it was on the news.", []),
    case("name-s6-neg-04", "Jake Smith and I are swapping clinic days next week, is that OK with the rota?", []),
    case("name-s6-neg-05", "Nick Walker was on the ward with me today, he's shadowing the F1s too.", []),
    case("name-s6-neg-06", "Sam Ryder sang at the charity gig for the hospice last night.", []),
    case("name-s6-neg-07", "Jane Smith won the prize for the best poster at the conference on heart failure.", []),
    case("name-s6-neg-01", "He was called to the ward to see a patient in bed 4.", []),
    case("name-s6-neg-02", "She's called the on-call reg about the patient in bay 2.", []),
]


def generated(seed: int = 11) -> list[dict]:
    """Variants in the forms students use: every NHS grouping, DOB form and name shape, in context
    and (as negatives) out of it."""
    rng = random.Random(seed)
    out = []
    groupings = [lambda n: n, lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"{n[:3]}-{n[3:6]}-{n[6:]}",
                 lambda n: f"{n[:3]}.{n[3:6]}.{n[6:]}", lambda n: f"{n[:3]} {n[3:6]}\n{n[6:]}"]
    leads = ["NHS no {n}", "the patient's NHS number is {n}", "pt in bed 5, NHS: {n}", "NHS {n} - the lady on ward 22",
             "her nhs no. {n}, can you check her bloods", "GP referral for NHS number {n}"]
    for i in range(24):
        n = valid_nhs(rng, rng.choice("4467"))
        text = rng.choice(leads).format(n=groupings[i % len(groupings)](n))
        out.append(case(f"gen-nhs-{i:02d}", text.capitalize() + ".", ["PAT001"]))
    for i in range(10):
        n = invalid_nhs(rng)
        label = rng.choice(["Order no", "Ref", "Booking reference", "Library barcode", "Tracking number"])
        out.append(case(f"gen-notnhs-{i:02d}", f"{label} {n} for the textbook I ordered.", []))
    dob_forms = ["{d:02d}/{m:02d}/{y}", "{d}.{m}.{yy:02d}", "{d:02d}-{m:02d}-{y}", "{y}-{m:02d}-{d:02d}",
                 "{d} {mon} {y}", "{d}th {month} {y}", "{month} {d}, {y}"]
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
    dob_leads = ["DOB {date}", "D.O.B: {date}", "date of birth {date}", "born on {date}", "dob {date}"]
    for i in range(24):
        y, m, d = rng.randint(1925, 1999), rng.randint(1, 12), rng.randint(1, 28)
        date = dob_forms[i % len(dob_forms)].format(d=d, m=m, y=y, yy=y % 100, mon=months[m - 1][:3],
                                                    month=months[m - 1])
        lead = rng.choice(dob_leads).format(date=date)
        where = rng.choice(["in bay 3", "on the AMU", "in clinic today", "on ward 12", "in resus"])
        out.append(case(f"gen-dob-{i:02d}", f"The patient {where}, {lead}, needs a repeat ECG.", ["PAT005"]))
    for i in range(10):
        y, m, d = rng.randint(2026, 2027), rng.randint(1, 12), rng.randint(1, 28)
        out.append(case(f"gen-teaching-{i:02d}", f"The next teaching session is on {d:02d}/{m:02d}/{y} in the lecture theatre.",
                        [], to=CLASSMATE))
    surnames = ["Patel", "Wilson", "Okafor", "Nowak", "Brown", "Hughes", "O'Neill", "Kowalski", "Ahmed", "Davies",
                "McKenzie", "Fletcher"]
    firsts = ["Margaret", "John", "Susan", "David", "Fatima", "Peter", "Olga", "Harold", "Doris", "Mohammed"]
    name_frames = ["{name} in bed {b} was admitted with chest pain.", "We clerked {name} on the AMU, diagnosed with sepsis.",
                   "{name} is first on the theatre list tomorrow.", "the patient {name} kept asking for her son",
                   "{name} in bay {b} has been discharged home."]
    for i in range(24):
        shape = i % 3
        surname = rng.choice(surnames)
        name = (f"{rng.choice(['Mr', 'Mrs', 'Ms', 'Miss'])} {surname}" if shape == 0
                else f"{rng.choice(firsts)} {surname}" if shape == 1 else f"{rng.choice('ABCDEJKLMPS')}. {surname}")
        text = name_frames[i % len(name_frames)].format(name=name, b=rng.randint(1, 20))
        out.append(case(f"gen-name-{i:02d}", text[0].upper() + text[1:], ["PAT006"]))
    staff_frames = ["Dr {s} gave a great talk on heart failure.", "Professor {s}'s lecture was hard to follow.",
                    "Sister {s} let us help with the drug round.", "{f} {s}, the registrar, said we could scrub in."]
    for i in range(12):
        text = staff_frames[i % len(staff_frames)].format(s=rng.choice(surnames), f=rng.choice(firsts))
        out.append(case(f"gen-staff-{i:02d}", text, []))
    return out


CASES = HAND + generated()
