"""Patient-confidentiality emails: identifiable patients (hold) and look-alikes that are fine."""

from build import M, docx_of, image, nhs, zip_of

P = "patient"
H = (P,)

MAILS = [
    # ------------------------------------------------------------------ direct identifiers
    M("patient-nhs-number-spaced-discharge-query.eml", P, True, H,
      "NHS number and surname of a ward patient sent to a classmate's personal Gmail",
      "outlook", ("Hannah Okoye", "mzyho5@exmail.nottingham.ac.uk"), ("Becky", "becky.tranter99@gmail.com"),
      "that discharge we were talking about", "2026-01-13 18:42", f"""
      Hi Becks,

      Sorry to bother you on your day off. Do you remember if Mrs Pennington went home in the end? NHS no is
      {nhs('999212345')} if you can check on your phone, I've been locked out of my NUH login again and I
      want to put her in my case log before I forget the details.

      Cheers,
      Hannah
      """),

    M("patient-nhs-number-unspaced-in-subject.eml", P, True, H,
      "ten-digit NHS number (no spaces) in the subject line with a diagnosis, text-speak to a friend",
      "iphone", ("Callum Fraser", "mzycf4@exmail.nottingham.ac.uk"), ("Jordan", "jordy.m.k@hotmail.co.uk"),
      f"pt {nhs('999300127', 'plain')} - septic arthritis??", "2026-01-15 23:10", """
      mate can u remember wat the aspirate showed for this one, need it 4 my logbook tmrw x
      """),

    M("patient-nhs-number-dashed-list-forwarded-home.eml", P, True, H,
      "list of three patients with dashed NHS numbers and diagnoses forwarded to the student's own Gmail",
      "gmail", ("Priya Raman", "priya.raman.med@gmail.com"), ("Priya Raman", "priya.raman.med@gmail.com"),
      "Fwd: cases for audit", "2026-02-02 07:55", f"""
      sending to myself so I can work on it at home

      ---------- Forwarded message ---------
      From: Priya Raman <mzypr7@exmail.nottingham.ac.uk>
      Date: Mon, 2 Feb 2026 at 07:51
      Subject: cases for audit

      1. {nhs('999418276', 'dashed')}  - Eric Thornley - NSTEMI, missed aspirin loading
      2. {nhs('999502394', 'dashed')}  - Margaret Lyle - AF, no CHA2DS2-VASc documented
      3. {nhs('999613402', 'dashed')}  - Winston Adeyemi - CAP, antibiotics >4h
      """),

    M("patient-hospital-number-mrn-bloods-chase.eml", P, True, H,
      "hospital number (MRN) with surname and pending bloods, sent to a classmate",
      "thunderbird", ("Tom Beresford", "mzytb2@exmail.nottingham.ac.uk"), ("Olu Adebayo", "mzyoa8@exmail.nottingham.ac.uk"),
      "bloods for tomorrow's ward round", "2026-01-21 17:05", """
      Hi Olu,

      Can you chase the repeat U&Es for Mr Gilchrist first thing? MRN RX7713094, he's the one whose
      potassium was 6.1 this afternoon. The reg wants them before the 9am round and I'm in theatre.

      Thanks!
      Tom
      """),

    M("patient-hospital-number-lowercase-spaced.eml", P, True, H,
      "hospital number written lower-case with spaces plus bed and diagnosis, chatty to a friend",
      "iphone", ("Ellie Brennan", "mzyeb3@exmail.nottingham.ac.uk"), ("Ness", "vanessa.doyle@gmail.com"),
      "omg", "2026-02-06 20:31", """
      U will never guess, the lady in side room 2 (hosp no rx 402 8817) who we thought was just a UTI has
      actually got a massive ovarian mass. Literally nobody saw it coming. Tell u everything on Sat xx
      """, sent_from=False),

    M("patient-name-dob-clerking-to-personal-email.eml", P, True, H,
      "full name and date of birth of a clerked patient with history, emailed to the student's Hotmail",
      "outlook", ("James Whitfield", "mzyjw6@exmail.nottingham.ac.uk"), ("James Whitfield", "jwhitfield_2003@hotmail.co.uk"),
      "clerking to type up", "2026-01-27 16:12", """
      Patient: Doreen Ashby, DOB 14/07/1939
      PC: fall at home, long lie ~10 hrs
      HPC: found by neighbour, no LOC reported, R hip pain, unable to weight bear
      PMH: T2DM, OA, previous L wrist #
      DH: metformin 1g BD, amlodipine 5mg
      SH: lives alone, bungalow, carers x1 daily
      O/E: shortened externally rotated R leg
      Plan: XR pelvis + R hip, bloods, CK, analgesia
      """),

    M("patient-wife-name-phone-icu-handover.eml", P, True, H,
      "ICU patient's surname and bed plus his wife's name and mobile number, sent to a classmate",
      "gmail", ("Meera Pillai", "mzymp2@exmail.nottingham.ac.uk"), ("Sam Achterberg", "mzysa4@exmail.nottingham.ac.uk"),
      "handover for Monday", "2026-02-13 19:20", """
      Hi Sam,

      Quick handover as you're on ICU after me. Bed 7 is Mr Raines, day 4 post-laparotomy, still intubated.
      His wife Carol rings most mornings around 8 and the nurses said she's happier if one of us says hello
      - her number is 07700 900417 if the ward phone is engaged. She's lovely but gets anxious.

      Meera
      """),

    M("patient-name-ward-bed-chatty-friend.eml", P, True, H,
      "patient's full name with ward and bed and reason for admission, to a non-medic friend",
      "gmail", ("Chloe Marsh", "chloe.marsh.x@gmail.com"), ("Gemma", "gemmaleighton@hotmail.co.uk"),
      "you'll love this", "2026-01-19 22:03", """
      Gem!! Guess who's on my ward at City. Your old swimming coach Dennis Hartley, bed 14 on Ward C31,
      in with pancreatitis. He didn't recognise me obviously but I nearly said hi from you haha.
      Anyway how's Leeds?? xx
      """),

    M("patient-home-address-gp-visit.eml", P, True, H,
      "GP home-visit patient's full address and condition sent to a classmate",
      "plain", ("Rory Dunmore", "mzyrd1@exmail.nottingham.ac.uk"), ("Freya Lindqvist", "mzyfl5@exmail.nottingham.ac.uk"),
      "home visit tomorrow", "2026-02-17 12:44", """
      Freya - the GP wants us both on the home visit tomorrow at 10. It's Mr Alan Boothroyd, 27 Larkspur
      Close, Keyworth NG12 5QT, end-stage COPD on home oxygen. Park on the road not the drive. I'll meet
      you outside.
      R
      """),

    M("patient-daughter-phone-number-for-consent.eml", P, True, H,
      "relative's name and mobile number with the patient's name and capacity concerns, to the student's tutor group",
      "outlook", ("Olu Adebayo", "mzyoa8@exmail.nottingham.ac.uk"),
      [("Tutor group 14", "tg14-2026@exmail.nottingham.ac.uk")],
      "Case for Thursday's group", "2026-02-24 09:15", """
      Hi all,

      For Thursday I thought we could discuss the capacity case from my placement. Mr Gordon Fairweather
      (the gentleman on Lister ward with the vascular dementia) - his daughter Claire Fairweather is LPA
      for health and welfare and is happy to talk to students, she's on 07700 900682. I'll bring the
      rest of the notes.

      Olu
      """),

    M("patient-mobile-number-of-patient-research.eml", P, True, H,
      "a patient's name and personal mobile passed to a friend for a survey project",
      "iphone", ("Zofia Wisniewska", "mzyzw1@exmail.nottingham.ac.uk"), ("Kasia", "kasia.nowicka@gmail.com"),
      "for your survey", "2026-03-03 14:48", """
      Hey! Found you a participant - Janet Mellor, 56, had her knee done last week, said she'd happily do
      your questionnaire. Her mobile is 07700 900233, best after 6. Don't say you got it from me lol
      """),

    M("patient-dob-written-in-words.eml", P, True, H,
      "surname with date of birth written out in words and a diagnosis, sent to a friend outside the school",
      "thunderbird", ("Ifan Pritchard", "mzyip3@exmail.nottingham.ac.uk"), ("Gethin", "gethin.morris@gmail.com"),
      "Re: that bloke from Bala", "2026-02-10 21:35", """
      Turns out it was him. Mr Ellis-Pugh, born on the third of March nineteen forty-eight, same as
      you said, admitted with a GI bleed on Sunday night. Small world. Don't tell your dad I told you.

      Ifan
      """,
      quote={"from": ("Gethin", "gethin.morris@gmail.com"), "to": ("Ifan Pritchard", "mzyip3@exmail.nottingham.ac.uk"),
             "date": "2026-02-10 19:02", "subject": "that bloke from Bala",
             "body": "Is the old farmer from Bala your dad mentioned in QMC? My dad reckons he saw an ambulance.\n"}),

    # ------------------------------------------------------------------ indirect identification
    M("patient-indirect-mayor-of-small-town.eml", P, True, H,
      "no name but 'the mayor of' a small (invented) town + condition + admission identifies one person",
      "gmail", ("Lucia Moreno", "mzylm6@exmail.nottingham.ac.uk"), ("Abi", "abigail.crane@gmail.com"),
      "small world", "2026-01-30 18:10", """
      You know how your mum's always on about the mayor of Eastwold? She came into ED tonight while I was
      on shift - suspected stroke, right-sided weakness, they thrombolysed her. Seemed really nice.
      Obviously don't repeat that!!
      """),

    M("patient-indirect-age-job-village-diagnosis.eml", P, True, H,
      "age, former job, small village and a rare diagnosis together identify the patient",
      "outlook", ("Freya Lindqvist", "mzyfl5@exmail.nottingham.ac.uk"), ("Mum", "karin.lindqvist@hotmail.co.uk"),
      "placement update", "2026-02-05 20:11", """
      Hi Mum,

      Neuro is so interesting. Today I saw a 58-year-old retired headteacher from Upper Breckley who has just
      been diagnosed with motor neurone disease - he used to run the primary school there for about
      twenty years so you might even know of him. He was incredibly calm about it all.

      Love,
      Freya
      """),

    M("patient-indirect-relative-of-footballer.eml", P, True, H,
      "patient identified as the mother of a named local footballer, with her diagnosis",
      "iphone", ("Callum Fraser", "mzycf4@exmail.nottingham.ac.uk"), ("Lads", "fivesidefridays@gmail.com"),
      "guess who", "2026-03-07 16:55", """
      Lads. Clerked Kieran Boyce's mum today. Yes THAT Kieran Boyce, Forest's left back. She's in with
      a DVT, he came in to visit in his trackies and half the ward went mental. Sound bloke tho
      """),

    M("patient-indirect-local-radio-presenter-overdose.eml", P, True, H,
      "a public role (breakfast presenter on a named local station) plus an overdose admission",
      "plain", ("Sam Achterberg", "mzysa4@exmail.nottingham.ac.uk"), ("Tess", "tess.rowntree@gmail.com"),
      "you didn't hear this from me", "2026-02-21 01:12", """
      The breakfast presenter off Trent Valley Radio was brought in overnight after an overdose. Paracetamol
      and vodka. Staggered, so NAC for 21 hours. Really sad. Please don't share this one.
      """),

    M("patient-indirect-neighbour-from-our-street.eml", P, True, H,
      "patient identified as a neighbour on the family's street, with diagnosis, to the student's parents",
      "gmail", ("Amna Siddiqui", "amna.siddiqui02@gmail.com"), ("Ammi", "rukhsana.siddiqui@hotmail.co.uk"),
      "Uncle from no. 12", "2026-02-08 21:40", """
      Ammi, you know Uncle Tariq from number 12, the one with the green Corolla? He's on my ward. He's had
      an MI and they've put two stents in. I didn't let on I knew him. Maybe Abbu could visit but don't
      say I told you, I'm not meant to.

      Amna
      """),

    M("patient-indirect-my-old-teacher-resus.eml", P, True, H,
      "former teacher at a named school identified and described in resus after self-harm",
      "iphone", ("Ellie Brennan", "mzyeb3@exmail.nottingham.ac.uk"), ("Bingham girls", "binghamgirls2019@gmail.com"),
      "so sad", "2026-01-24 03:02", """
      Guys Mr Lacey our old chemistry teacher from Bingham Grange came into resus tonight after he'd cut his
      wrists. He's ok, he's stable. I just feel awful, he was so nice to us in year 11
      """),

    M("patient-indirect-only-patient-with-condition-in-town.eml", P, True, H,
      "'the only' person in a small town with a condition, described with age and family",
      "thunderbird", ("Dan Kowalczyk", "mzydk7@exmail.nottingham.ac.uk"), ("Ben Hollis", "ben.hollis87@gmail.com"),
      "rare disease clinic", "2026-03-10 19:45", """
      Ben,

      You'll remember the lad with the wheelchair at your cousin's school in Little Orston - he's apparently
      the only kid in the whole village with Duchenne. He was in paeds clinic today with his mum and twin
      sister, cardiac function's getting worse and they're talking about steroids again. Grim.

      Dan
      """),

    # ------------------------------------------------------------------ pasted notes, caps, US style
    M("patient-us-style-notes-pasted.eml", P, True, H,
      "US-style note with patient name, MM/DD/YYYY DOB and MRN pasted into a message to a friend",
      "gmail", ("Priya Raman", "mzypr7@exmail.nottingham.ac.uk"), ("Maddie", "maddie.kerr@gmail.com"),
      "is this how they write notes in the US?", "2026-01-31 12:30", """
      Found this template from my elective prep and filled it in for practice with one of my real
      patients from today - does it look right to you as you did your elective in Boston?

      Pt: Harold Nkemelu   DOB: 03/14/1951   MRN: 44718230
      CC: chest pain x 2d
      HPI: 74 yo M w/ hx of HTN, HLD, presents c/o substernal CP, 6/10, radiating to L arm, +diaphoresis
      A/P: r/o ACS, trend trops, ASA 325, cardiology c/s
      """),

    M("patient-abbreviated-handover-initials-dob-bed.eml", P, True, H,
      "abbreviated handover: initials, DOB, bay/bed and diagnoses for several patients, to a classmate's gmail",
      "plain", ("Tom Beresford", "mzytb2@exmail.nottingham.ac.uk"), ("Jake", "jake.pearson.uk@gmail.com"),
      "jobs", "2026-02-12 16:58", """
      jobs 4 tmrw if ur on b3:

      bay 2 bed 3 - JT 81F (DOB 02/03/1944) - NOF, for theatre, NBM from 2am
      bay 2 bed 6 - RM 67M (DOB 11/11/1958) - cellulitis, IV fluclox, mark the margins
      SR1 - PK 90F (DOB 30/01/1936) - delirium ?UTI, collateral from son
      """, keep_lines=True),

    M("patient-all-caps-handover-sheet.eml", P, True, H,
      "ALL-CAPS handover sheet with patient names, beds and diagnoses sent to a year WhatsApp-style list",
      "iphone", ("Olu Adebayo", "mzyoa8@exmail.nottingham.ac.uk"), ("Year 4 surgery", "yr4-surgery-2026@exmail.nottingham.ac.uk"),
      "WARD 21 LIST", "2026-02-19 07:31", """
      BED 1 - MR BRIAN WOLSTENHOLME - LAP CHOLE DAY 1 - HOME TODAY
      BED 2 - MRS IRIS KAPOOR - SBO, NG IN, NBM
      BED 4 - MR STEPHEN OYELARAN - PERFORATED DU, ITU STEP DOWN
      BED 5 - MISS TARA QUINLAN - APPENDICECTOMY, AWAITING HISTOLOGY
      """),

    M("patient-quoted-registrar-list-forwarded-to-gmail.eml", P, True, H,
      "forward to a personal Gmail of a registrar's email naming patients with hospital numbers",
      "outlook", ("Meera Pillai", "mzymp2@exmail.nottingham.ac.uk"), ("Meera Pillai", "meera.pillai.04@gmail.com"),
      "FW: theatre list Weds", "2026-03-02 21:17", """
      FYI
      """,
      quote={"from": ("Dr Tariq Bhatti", "tariq.bhatti@nuh.nhs.uk"), "to": ("Meera Pillai", "mzymp2@exmail.nottingham.ac.uk"),
             "date": "2026-03-02 18:40", "subject": "theatre list Weds",
             "body": ("Hi Meera,\n\nWednesday's list if you want to come and scrub:\n\n"
                      "1. Grace Etheridge RX5520981 - lap right hemicolectomy\n"
                      "2. Norman Pask RX3108874 - open inguinal hernia repair\n"
                      "3. Denise Whalley RX6627310 - diagnostic laparoscopy\n\nTariq\n")}),

    # ------------------------------------------------------------------ other languages
    M("patient-welsh-name-ward-diagnosis.eml", P, True, H,
      "in Welsh: a named patient from the family's chapel, with ward and cancer diagnosis, to the student's mother",
      "thunderbird", ("Ifan Pritchard", "mzyip3@exmail.nottingham.ac.uk"), ("Mam", "eirlys.pritchard@hotmail.co.uk"),
      "Newyddion o'r ysbyty", "2026-02-26 20:20", """
      Helo Mam,

      Gobeithio dy fod ti'n iawn. Ti'n cofio Mrs Gwenllian Roberts o'r capel? Mae hi ar ward B3 yn y QMC,
      gwely 9. Mae ganddi ganser y pancreas ac mae'r meddygon yn sôn am ofal lliniarol. Paid â dweud
      wrth neb arall, plîs.

      Cariad,
      Ifan
      """),

    M("patient-polish-name-diagnosis-to-family.eml", P, True, H,
      "in Polish: a named Polish patient, his workplace and HIV diagnosis, to the student's sister",
      "gmail", ("Zofia Wisniewska", "zosia.wisniewska@gmail.com"), ("Magda", "magda.wisniewska@gmail.com"),
      "Wiesz kto był dziś w szpitalu?", "2026-02-14 22:05", """
      Magda,

      Pamiętasz Pana Krzysztofa Zielińskiego z polskiego sklepu na Kestrel Road? Był dziś w klinice.
      Ma HIV, właśnie dostał wynik. Biedny, był w szoku. Nie mów nic mamie, bo zaraz cała parafia
      będzie wiedziała.

      Zosia
      """),

    M("patient-roman-urdu-mixed-name-bed.eml", P, True, H,
      "Urdu in Latin script mixed with English: named patient, bed and pregnancy outcome, to a cousin",
      "iphone", ("Amna Siddiqui", "mzyas9@exmail.nottingham.ac.uk"), ("Sana", "sana.qureshi95@hotmail.co.uk"),
      "Sana baji", "2026-03-05 23:48", """
      Baji aaj labour ward pe Nadia Farooq thi, Bilal bhai ki wife, bed 6 pe. Unka miscarriage ho gaya
      at 14 weeks, bohat ro rahi thi. Please kisi ko mat batana, family ko abhi pata nahi hai
      """),

    M("patient-spanish-erasmus-friend-name-room.eml", P, True, H,
      "in Spanish: a named patient, room number and suicide attempt, to a friend abroad",
      "gmail", ("Lucia Moreno", "lucia.moreno.g@gmail.com"), ("Marta", "marta.iglesias@gmail.com"),
      "¡Qué día!", "2026-01-17 23:15", """
      Marta,

      Hoy en psiquiatría he conocido a una chica española, Irene Campos Vidal, 22 años, de Valladolid,
      estudia aquí con Erasmus. Está en la habitación 4 tras un intento de suicidio. Me dio mucha pena.
      ¿No estudiaba tu prima en Valladolid? A lo mejor la conoce.

      Besos,
      Lucía
      """),

    # ------------------------------------------------------------------ attachments
    M("patient-png-obs-chart-screenshot.eml", P, True, H,
      "PNG screenshot of an obs chart with patient name, NHS number and DOB drawn in the image",
      "gmail", ("Rory Dunmore", "mzyrd1@exmail.nottingham.ac.uk"), ("Harry", "harry.bellamy@gmail.com"),
      "look at these obs", "2026-01-22 15:05", """
      Is this NEWS really a 7? I think the nurse miscounted but I'm not sure. Screenshot attached.
      """,
      attachments=[{"name": "IMG_4471.png", "data": image([
          "Patient: BARBARA HEWITT",
          f"NHS No: {nhs('999720561')}     DOB: 09/04/1947",
          "Ward: C32  Bed: 11",
          "RR 24   SpO2 93% (air)   BP 98/61",
          "HR 112   Temp 38.4   ACVPU: A",
          "NEWS2: 7"], header="NerveCentre - Observations")}]),

    M("patient-jpeg-ward-whiteboard-photo.eml", P, True, H,
      "JPEG photo of a ward whiteboard with patient names by bed, body says only 'the board'",
      "iphone", ("Chloe Marsh", "mzycm9@exmail.nottingham.ac.uk"), ("Nat", "natalie.oduya@gmail.com"),
      "the board", "2026-02-03 10:40", """
      This is the one I meant, look how messy it is haha
      """,
      attachments=[{"name": "IMG_2093.JPG", "data": image([
          "BAY A",
          "1  Mr P. Whitlock     NBM   falls",
          "2  Mrs J. Ferreira    EDD Fri  OT",
          "3  Mr K. Anand        IV abx  DNACPR",
          "4  Miss L. Brook      ?DC today",
          "SIDE RM 1  Mr G. Haworth   C.diff"], fmt="JPEG", bg=(238, 240, 236), fg=(20, 30, 120),
          speckle=True, width=1000, size=34)}]),

    M("patient-png-epr-screenshot-identifiers-only-in-image.eml", P, True, H,
      "innocent body; the attached PNG of an EPR banner carries name, hospital number, DOB and address",
      "outlook", ("Hannah Okoye", "mzyho5@exmail.nottingham.ac.uk"), ("Sophie", "sophie.kaye@hotmail.co.uk"),
      "is this right?", "2026-02-09 13:22", """
      Hi Soph,

      Is this how you'd document it? Attached.

      H
      """,
      attachments=[{"name": "Screenshot 2026-02-09 131807.png", "data": image([
          "GRAHAM PETTIFER (Mr)   Hosp No: RX2294618",
          "Born 22-Aug-1962 (63y)   Male",
          "14 Brindley Road, Beeston, NG9 3PL",
          "Allergies: PENICILLIN (rash)",
          "",
          "Plan: CT abdo/pelvis with contrast, surgical r/v"], header="Patient banner", mono=True, size=28)}]),

    M("patient-png-blood-results-phone-screenshot.eml", P, True, H,
      "PNG of a results screen with patient name and NHS number, sent to a friend with a joke",
      "iphone", ("Sam Achterberg", "mzysa4@exmail.nottingham.ac.uk"), ("Will", "will.ashdown@gmail.com"),
      "highest CK I've ever seen", "2026-02-28 02:14", """
      bro look at this CK 😳
      """,
      attachments=[{"name": "IMG_5522.PNG", "data": image([
          "Name: KEVIN DRUMMOND",
          f"NHS: {nhs('999940283', 'plain')}",
          "Collected 27/02/2026 23:50",
          "CK            187,400 U/L   H",
          "Creatinine        312 umol/L  H",
          "Potassium         6.4 mmol/L  H"], header="ICE Results", width=900, size=32)}]),

    M("patient-jpeg-xray-label-name-dob.eml", P, True, H,
      "JPEG of an X-ray film label with name, DOB and hospital number, body asks for an opinion",
      "gmail", ("James Whitfield", "mzyjw6@exmail.nottingham.ac.uk"), ("Dr Ayo Ogunleye", "ayo.ogunleye@gmail.com"),
      "cool fracture", "2026-03-09 11:03", """
      Hey Ayo,

      Thought you'd like this - took a photo of the film in fracture clinic. Is that a Monteggia? Label's
      in the corner.

      J
      """,
      attachments=[{"name": "photo.jpg", "data": image([
          "QMC NOTTINGHAM  - FOREARM AP/LAT",
          "CONNOR WAKEFIELD",
          "DOB 17/05/2014   RX8830175",
          "09/03/2026 09:41"], fmt="JPEG", bg=(18, 18, 18), fg=(235, 235, 235), speckle=True, size=36)}]),

    M("patient-zip-csv-clinic-list.eml", P, True, H,
      "ZIP containing a CSV clinic list with names, NHS numbers and DOBs, sent to a friend for a spreadsheet",
      "outlook", ("Dan Kowalczyk", "mzydk7@exmail.nottingham.ac.uk"), ("Alex", "alex.moffat.data@gmail.com"),
      "the spreadsheet I mentioned", "2026-01-28 19:50", """
      Hi Alex,

      Zipped up the clinic list I mentioned - could you show me how to do the pivot table thing on it?
      It's only about 10 rows.

      Thanks,
      Dan
      """,
      attachments=[{"name": "clinic_list.zip", "data": zip_of({"rheum_clinic_28jan.csv": (
          "name,nhs_number,dob,diagnosis,next_appt\n"
          f"Patricia Olawale,{nhs('999151624', 'plain')},1958-06-02,RA,2026-04-14\n"
          f"Geoffrey Marland,{nhs('999263718', 'plain')},1949-11-30,PMR,2026-03-03\n"
          f"Yvonne Castellanos,{nhs('999374921', 'plain')},1971-02-17,SLE,2026-02-25\n"
          f"Idris Pugh,{nhs('999486130', 'plain')},1966-09-09,PsA,2026-05-20\n")})}]),

    M("patient-zip-nested-docx-discharge-summary.eml", P, True, H,
      "nested ZIP (zip inside zip) holding a DOCX discharge summary with name, DOB and hospital number",
      "gmail", ("Freya Lindqvist", "freya.lindqvist@gmail.com"), ("Printing shop", "orders@beestonprintco.co.uk"),
      "printing order", "2026-02-16 09:12", """
      Hello,

      Please could you print the document in the attached zip, 2 copies, black and white? I'll collect
      Wednesday.

      Freya Lindqvist
      """,
      attachments=[{"name": "portfolio.zip", "data": zip_of({
          "portfolio/readme.txt": "for printing\n",
          "portfolio/week3.zip": zip_of({"week3/discharge_summary.docx": docx_of(
              ["Patient: Mr Lionel Abernethy", "DOB: 05/12/1950    Hospital number: RX9047213",
               "Admitted 02/02/2026 with community-acquired pneumonia (CURB-65 2).",
               "Discharged 09/02/2026 on oral co-amoxiclav to complete 7 days.",
               "GP to repeat CXR in 6 weeks."], title="Discharge summary")})})}]),

    M("patient-zip-txt-handover-notes.eml", P, True, H,
      "ZIP with a plain-text handover note naming patients, beds and a relative's phone",
      "thunderbird", ("Callum Fraser", "mzycf4@exmail.nottingham.ac.uk"), ("Mo", "mohammed.ilyas@hotmail.co.uk"),
      "notes", "2026-03-12 22:30", """
      Mo, zipped my notes from the week so you can copy the format. Ignore the typos.
      C
      """,
      attachments=[{"name": "week9_notes.zip", "data": zip_of({"week9.txt": (
          "Mon - Ward 22\n"
          "Bed 3 Mrs Elaine Truscott 79 - CCF exacerbation, IV furosemide, daily weights\n"
          "Bed 8 Mr Vikram Sethi 64 - new AF, started apixaban, son Raj 07700 900871\n"
          "Tue - clinic\n"
          "Saw Mr Truscott (Elaine's husband) in memory clinic - MoCA 19/30\n")})}]),

    # ------------------------------------------------------------------ look-alike negatives
    M("patient-neg-anonymised-patient-a-case-presentation.eml", P, False, (),
      "case presentation anonymised as 'Patient A' with no identifying combination",
      "outlook", ("Hannah Okoye", "mzyho5@exmail.nottingham.ac.uk"), ("Dr Rachel Emsley", "rachel.emsley@nottingham.ac.uk"),
      "Case presentation draft - week 6", "2026-02-20 10:05", """
      Dear Dr Emsley,

      Please find my case presentation outline below for Friday.

      Patient A is a woman in her 70s who presented with three days of worsening breathlessness and
      bilateral ankle swelling. Background of ischaemic heart disease and type 2 diabetes. Examination
      found raised JVP, bibasal crackles and pitting oedema to the knees. BNP was markedly raised and
      the echo showed an ejection fraction of around 30%. She was treated with IV diuretics and started
      on guideline-directed therapy.

      I've removed dates, places and anything else that could identify her. I'd like to focus the
      discussion on when to start SGLT2 inhibitors.

      Kind regards,
      Hannah Okoye
      Year 4
      """),

    M("patient-neg-man-in-his-60s-reflection.eml", P, False, (),
      "reflective piece about 'a man in his 60s' with no name, place or date",
      "thunderbird", ("Rory Dunmore", "mzyrd1@exmail.nottingham.ac.uk"), ("Dr Sunita Vaz", "sunita.vaz@nottingham.ac.uk"),
      "Reflection for portfolio sign-off", "2026-03-04 18:40", """
      Dear Dr Vaz,

      Here is my reflection for sign-off.

      During my GP placement I sat in on a consultation with a man in his 60s who had been putting off
      seeing anyone about rectal bleeding for several months. He was embarrassed and clearly frightened.
      What struck me was how the GP created space for him to say what he was really worried about before
      moving to the examination. I have tried to use the same open question at the start of my own
      history-taking this week.

      Best wishes,
      Rory
      """),

    M("patient-neg-own-nhs-number-to-occupational-health.eml", P, False, (),
      "the student's own NHS number and DOB sent to the University's occupational health team",
      "plain", ("Meera Pillai", "mzymp2@exmail.nottingham.ac.uk"), ("Occupational Health", "occupational.health@nottingham.ac.uk"),
      "MMR and hep B records - Meera Pillai", "2026-01-12 09:20", f"""
      Dear Occupational Health,

      As requested, my details for retrieving my vaccination history from my GP:

      Name: Meera Anjali Pillai
      Student ID: 20419876
      Date of birth: 21/06/2005
      NHS number: {nhs('999597243')}
      GP: Lenton Medical Centre

      Many thanks,
      Meera
      """),

    M("patient-neg-own-address-change-to-student-services.eml", P, False, (),
      "student's own new address and phone to the School office",
      "gmail", ("Olu Adebayo", "mzyoa8@exmail.nottingham.ac.uk"), ("Medical School Office", "medschool.office@nottingham.ac.uk"),
      "Change of address", "2026-01-09 14:02", """
      Hello,

      Please could you update my term-time address on my record? From 12 January it will be:

      Flat 3, 41 Derby Road, Nottingham NG7 1ES
      Mobile: 07700 900145

      Student number 20398114.

      Thank you,
      Olumide Adebayo
      """),

    M("patient-neg-invented-osce-station.eml", P, False, (),
      "an invented OSCE practice station with a fictional patient, clearly marked as a scenario",
      "gmail", ("Chloe Marsh", "mzycm9@exmail.nottingham.ac.uk"), ("OSCE practice group", "osce-sunday-group@googlegroups.com"),
      "Sunday OSCE practice - station 3 script", "2026-03-06 20:50", """
      Hi all, here's the station I wrote for Sunday. Actor brief:

      You are playing "Jean Smith", a 67-year-old retired librarian (made-up character). You have had
      central chest pain for 40 minutes, heavy, going into your jaw. You smoke 10 a day. If asked about
      family history, your brother had a heart attack at 55.

      Candidate task: take a focused history and explain what happens next. 8 minutes.

      I'll bring the mark sheet. Who's doing the ABG one?
      Chloe
      """),

    M("patient-neg-clinical-vocabulary-revision-notes.eml", P, False, (),
      "revision notes full of clinical terms (ward, bed, DOB, hospital number fields) with no patient",
      "outlook", ("Tom Beresford", "mzytb2@exmail.nottingham.ac.uk"), ("Year 3 list", "yr3-medicine-2026@exmail.nottingham.ac.uk"),
      "Handover teaching summary (no patient details)", "2026-02-25 17:35", """
      Hi everyone,

      Summary from today's handover teaching with the FY1s:

      - Every handover sheet needs the patient's name, DOB, hospital number and NHS number, ward and bed -
        and none of that ever leaves the hospital system. Never email it, never photo it.
      - Use SBAR: situation, background, assessment, recommendation.
      - Escalate a NEWS2 of 5 or more, or 3 in a single parameter.
      - Check the drug chart, allergies and VTE assessment on every patient you clerk.

      Slides are on Moodle under week 7.
      Tom (year rep)
      """),

    M("patient-neg-staff-names-rota.eml", P, False, (),
      "placement rota with clinicians' names, wards and phone extensions - staff, not patients",
      "thunderbird", ("Priya Raman", "mzypr7@exmail.nottingham.ac.uk"), ("Firm 6", "firm6-cp2@exmail.nottingham.ac.uk"),
      "Rota for next week", "2026-01-23 16:30", """
      Hi Firm 6,

      Next week's rota:

      Mon - Ward 33 with Dr Okafor (bleep 4471), ward round 8:30
      Tue - Endoscopy with Dr Lindgren, meet at the unit reception
      Wed - Teaching, Medical School B floor
      Thu - Clinic with Mr Chaudhry, South Block clinic 5
      Fri - Ward 33 again, then audit meeting with Sister Hamill at 2

      If you're ill ring the ward on 0115 496 0327 and email Dr Okafor.

      Priya
      """),

    M("patient-neg-list-of-students-with-ids.eml", P, False, (),
      "a list of students with student numbers and groups - students, not patients, sent internally",
      "outlook", ("Sam Achterberg", "mzysa4@exmail.nottingham.ac.uk"), ("Dr Helen Quarry", "helen.quarry@nottingham.ac.uk"),
      "Group allocations for anatomy assessment", "2026-01-14 11:10", """
      Dear Dr Quarry,

      Here are the groups we agreed:

      Group A: Amna Siddiqui (20401122), Callum Fraser (20387741), Ellie Brennan (20399058)
      Group B: Dan Kowalczyk (20392270), Freya Lindqvist (20410386), Ifan Pritchard (20388905)
      Group C: James Whitfield (20403317), Lucia Moreno (20415529), Rory Dunmore (20397764)

      Best wishes,
      Sam Achterberg
      Anatomy rep
      """),

    M("patient-neg-sim-ward-mannequin-named.eml", P, False, (),
      "simulation suite: a mannequin called 'Harold' in 'bed 2' - not a person",
      "iphone", ("Ellie Brennan", "mzyeb3@exmail.nottingham.ac.uk"), ("Jess", "mzyjh4@exmail.nottingham.ac.uk"),
      "sim tmrw", "2026-02-11 21:12", """
      Sim suite is ward 2 tomorrow, we've got Harold the SimMan in bed 2 again 🙄 he's "having an
      anaphylaxis" at 10am apparently. Bring your stethoscope x
      """),

    M("patient-neg-audit-aggregate-figures.eml", P, False, (),
      "audit results as aggregate counts and percentages, no individual patients",
      "gmail", ("Dan Kowalczyk", "mzydk7@exmail.nottingham.ac.uk"), ("Dr Kwame Asante", "kwame.asante@nuh.nhs.uk"),
      "VTE audit - first cycle results", "2026-03-11 15:25", """
      Dear Dr Asante,

      First cycle done. Of 62 admissions audited on the two surgical wards over four weeks:

      - 47 (76%) had a VTE risk assessment within 24 hours
      - 39 of the 52 eligible (75%) received prophylaxis as prescribed
      - the commonest gap was weekend admissions (9 of the 15 missed assessments)

      No patient identifiers are in the spreadsheet; the data collection sheet only uses study numbers
      and stays on the trust drive. Could we meet to plan the re-audit?

      Best wishes,
      Daniel Kowalczyk
      """),

    M("patient-neg-hospital-address-directions.eml", P, False, (),
      "hospital address, postcode and ward names given as directions for a teaching session",
      "plain", ("Lucia Moreno", "mzylm6@exmail.nottingham.ac.uk"), ("New Year 3s", "yr3-buddies@exmail.nottingham.ac.uk"),
      "Getting to City Hospital on Monday", "2026-01-08 19:00", """
      Hi all!

      For Monday: Nottingham City Hospital, Hucknall Road, NG5 1PB. Get the 69 from town or park in
      the multi-storey off Gate 3. Meet outside Ward 23 (Respiratory) at 8:45, it's on the ground floor
      near the Maggie's centre. Bring your ID badge!

      Lucia (buddy scheme)
      """),

    M("patient-neg-dates-heavy-exam-timetable.eml", P, False, (),
      "many dates, times and room numbers but no person other than students and staff",
      "outlook", ("James Whitfield", "mzyjw6@exmail.nottingham.ac.uk"), ("Cohort", "yr2-medicine-2026@exmail.nottingham.ac.uk"),
      "Exam dates confirmed", "2026-01-26 12:00", """
      Hi all,

      Confirmed by the assessment office today:

      - Paper 1 (SBA): 03/06/2026, 09:30, Sports Centre
      - Paper 2 (SBA): 05/06/2026, 09:30, Sports Centre
      - OSCE: 15/06/2026 - 17/06/2026, Clinical Skills Centre, rooms B12-B19
      - Resits: week of 24/08/2026

      Reasonable adjustments forms need to be in by 13/03/2026.

      James (exam rep)
      """),

    M("patient-neg-own-illness-to-personal-tutor.eml", P, False, (),
      "the student's own diagnosis and GP letter details sent to their personal tutor for extenuating circumstances",
      "outlook", ("Amna Siddiqui", "mzyas9@exmail.nottingham.ac.uk"), ("Dr Mark Ellery", "mark.ellery@nottingham.ac.uk"),
      "Extenuating circumstances - Amna Siddiqui", "2026-02-04 08:47", """
      Dear Dr Ellery,

      I wanted to let you know before Friday's deadline that I was admitted to hospital last week with
      appendicitis and had a laparoscopic appendicectomy on 29 January. I'm recovering at home and my
      surgeon has advised two weeks off placement. I've attached nothing here but will submit the
      discharge letter through the EC portal as the guidance says.

      Could we have a quick chat about catching up on my ward sign-offs?

      Many thanks,
      Amna Siddiqui (20401122)
      """),

    M("patient-neg-tv-drama-character.eml", P, False, (),
      "named characters, ward and diagnosis from a TV hospital drama - fiction, not a patient",
      "gmail", ("Callum Fraser", "callum.fraser.88@gmail.com"), ("Jordan", "jordy.m.k@hotmail.co.uk"),
      "did you watch it", "2026-01-18 22:45", """
      Did you see last night's episode?? When they brought Maggie into resus with the aortic dissection
      and the registrar just stood there?? In real life she'd have been in CT in ten minutes. Also no way
      a ward manager lets a patient in bed 3 smoke out the window. Love it though. Same time next week
      """),

    M("patient-neg-research-protocol-pseudonymised.eml", P, False, (),
      "research protocol discussion: pseudonymised study IDs and age bands only, sent to the supervisor",
      "thunderbird", ("Freya Lindqvist", "mzyfl5@exmail.nottingham.ac.uk"), ("Prof Daniel Oyelowo", "daniel.oyelowo@nottingham.ac.uk"),
      "Data extraction sheet v3", "2026-03-13 10:10", """
      Dear Prof Oyelowo,

      I have updated the extraction sheet as we discussed. Each participant is recorded only by study ID
      (ST-001 to ST-120), age band (18-40, 41-65, over 65), sex and HbA1c category. The linkage key stays
      with the research nurse on the trust network and never comes to me.

      Could you check that the age bands are wide enough for the ethics committee?

      With thanks,
      Freya
      """),
]
