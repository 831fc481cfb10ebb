"""Batch 3: a further 44 labelled emails (patient, offensive, defamatory), written fresh for this folder
without reading bedside's rules, word lists or fixtures, and avoiding the scenarios of mails_*.py.

Every person, patient, handle, number, ward, practice, village and hospital is invented. UK phones are in
the Ofcom drama ranges; the US number is in the 555-01xx fiction range and the Australian one in the
ACMA range kept for drama (0491 570 156); NHS numbers come from nhs() (999 range, Modulus 11).
"""

from __future__ import annotations

from build import M, docx_of, image, nhs, zip_of

P, O, D = "patient", "offensive", "defamatory"
HP, HO, HD = (P,), (O,), (D,)


MAILS = [
    # ================================================================== patient: hold
    M("patient-portuguese-name-no-title-leukaemia-to-friend.eml", P, True, HP,
      "in Portuguese: a patient's full name without a title, age, home town and a new leukaemia diagnosis, to a friend in Portugal",
      "gmail", ("Beatriz Sousa", "beatriz.sousa.med@gmail.com"), ("Inês", "ines.carvalho.lx@gmail.com"),
      "Não vais acreditar", "2026-03-14 22:40", """
      Inês,

      Hoje na hematologia apareceu um português, Rui Tavares Medeiros, 34 anos, de Viseu, que trabalha
      no armazém da Amazon aqui perto. Acabou de ser diagnosticado com leucemia mieloide aguda e começa a
      quimio na segunda. Tu não tinhas um primo em Viseu com esse apelido? Fiquei tão triste, ele estava
      sozinho.

      Beijinhos,
      Bia
      """),

    M("patient-vietnamese-name-surname-first-tb-side-room.eml", P, True, HP,
      "a Vietnamese name written family-name first with no title, side room and TB diagnosis, to a friend's Hotmail",
      "outlook", ("Kwabena Mensah", "mzykm3@exmail.nottingham.ac.uk"), ("Dominic", "dom.fairclough@hotmail.co.uk"),
      "masks!!", "2026-02-03 19:05", """
      Dom,

      Heads up as you said you might come and shadow on Thursday. Nguyen Thi Hoa in side room 4 on the
      respiratory ward has just come back smear positive for TB, so it's FFP3 masks and the whole
      routine. She works at the nail bar next to Sainsbury's on Castle Boulevard so apparently public
      health are tracing all her clients. Don't go in without a fit-tested mask.

      Kwabena
      """),

    M("patient-all-caps-surname-comma-first-ed-board.eml", P, True, HP,
      "ED board copied as ALL-CAPS 'SURNAME, FIRSTNAME age/sex' with cubicles and working diagnoses, emailed to the student's own Gmail",
      "plain", ("Harriet Lomas", "mzyhl2@exmail.nottingham.ac.uk"), ("Harriet Lomas", "hattie.lomas@gmail.com"),
      "majors 1900", "2026-01-29 19:02", """
      MAJ 1  OKONJO, ADAEZE  54F  ?PE  CTPA REQ
      MAJ 3  PRENDERGAST, LEONARD  88M  FALL/HEAD INJ ON DOAC  CT HEAD DONE
      MAJ 6  WHITTLESEY, CHARLOTTE  19F  PARACETAMOL OD  4H LEVEL 2130
      RESUS 2  BALOGUN, FEMI  41M  STEMI  CATH LAB
      """, keep_lines=True),

    M("patient-lowercase-abbreviated-clerking-no-capitals.eml", P, True, HP,
      "lower-case abbreviated clerking (name with no capitals, age, village, PMH and plan) to a friend outside the School",
      "iphone", ("Ruairi O'Neill", "mzyro6@exmail.nottingham.ac.uk"), ("Cian", "cian.mcgrath@gmail.com"),
      "my first proper clerking", "2026-02-11 21:55", """
      look at me being a real doctor lol

      pt derek hollinshead 71m from cotgrave
      pc: sob + productive cough 5/7
      pmh: copd (gold 3), ihd, ex-smoker 50py
      o/e: rr 26, sats 86% ra, coarse creps r base
      imp: iecopd ?cap
      plan: neb, pred 30, doxy, cxr, abg
      """, keep_lines=True),

    M("patient-next-of-kin-husband-named-end-of-life.eml", P, True, HP,
      "patient named by her first name and husband's name (next of kin) with end-of-life care, to the student's sister",
      "thunderbird", ("Siobhan Gallagher", "mzysg4@exmail.nottingham.ac.uk"), ("Aoife", "aoife.gallagher@outlook.ie"),
      "hard day", "2026-03-02 20:48", """
      Aoife,

      Today was rough. The lovely lady I told you about, Pauline, the one who knitted me the little
      hat, has been moved onto end-of-life care. Her next of kin is her husband Graham Tilsley, he's been
      sat with her since Saturday holding her hand. The family asked for no more bloods. I went home
      and cried in the car.

      Love you,
      Shiv
      """),

    M("patient-granddaughter-named-safeguarding-to-housemate.eml", P, True, HP,
      "a safeguarding worry naming a patient's granddaughter and the patient's street and bruising, to a housemate",
      "gmail", ("Imogen Taft", "imogen.taft22@gmail.com"), ("Lottie", "charlotte.ames@gmail.com"),
      "not ok", "2026-02-19 23:12", """
      Lots, I can't stop thinking about the old man from Hawthorn Terrace we saw on the district nurse
      visit. Bruises all up both arms, finger-shaped, and the granddaughter Kayleigh Rourke who "does
      his money" wouldn't leave the room. The nurse has made a safeguarding referral. You live round
      there, have you ever seen her?
      """),

    M("patient-us-phone-format-elective-relative.eml", P, True, HP,
      "on elective: patient's full name, diagnosis and her son's number in US format ((617) 555-01xx), to a friend at home",
      "gmail", ("Leila Haddad", "leila.haddad.md@gmail.com"), ("Farah", "farah.k.nazari@gmail.com"),
      "elective week 2!", "2026-04-08 03:20", """
      Farah!!

      Boston is amazing. Today I took a history from Dolores Fitzgerald-Ruiz, 68, new diagnosis of
      pancreatic cancer, and her son asked me to ring him with the CT result because nobody else would
      - (617) 555-0142. I said I'd ask the attending. Is that weird? Anyway miss you, pizza when I'm back
      x
      """),

    M("patient-plus44-and-australian-numbers-relatives.eml", P, True, HP,
      "patient's name and stroke, with relatives' numbers in +44 and +61 formats, to a classmate's personal address",
      "outlook", ("Fergus McAllister", "mzyfm8@exmail.nottingham.ac.uk"), ("Ananya", "ananya.iyer.2004@gmail.com"),
      "stroke unit contacts", "2026-01-16 17:30", """
      Hi Ananya,

      For tomorrow on the stroke unit: Mrs Winifred Aspinall (bay C) is the lady with the left MCA stroke.
      Her son lives in Dubai and prefers WhatsApp on +44 7700 900 561, and her daughter is in Perth, on
      +61 491 570 156 - only ring her after 10pm our time. The consultant wants one of us to update them
      both after the swallow assessment.

      Fergus
      """),

    M("patient-indirect-instagram-handle-eating-disorder-unit.eml", P, True, HP,
      "no name: a social media handle and follower count with admission to an eating-disorder unit and BMI",
      "iphone", ("Mei Lin Tan", "mzymt5@exmail.nottingham.ac.uk"), ("Priyanka", "priyanka.shah01@hotmail.co.uk"),
      "guess who", "2026-02-25 18:33", """
      U know the girl who does @ruthbakesnotts on insta, the cake one with like 40k followers?? She's been
      admitted to the eating disorders unit, BMI 13.2, on the NG feeding. Explains why she stopped posting.
      Don't say anything to anyone pls
      """, sent_from=False),

    M("patient-indirect-only-woman-firefighter-village-miscarriage.eml", P, True, HP,
      "no name: 'the only woman firefighter' at an invented village's station, with a miscarriage, to the student's mum",
      "outlook", ("Josh Pemberton", "mzyjp9@exmail.nottingham.ac.uk"), ("Mum", "sue.pemberton@btinternet.example"),
      "EPU", "2026-03-09 20:15", """
      Hi Mum,

      Early pregnancy unit this week. Sad one today - the only female firefighter at Thornby Marsh
      station (you'll know her, she did the talk at the school fete last summer) came in bleeding at
      eleven weeks and it was a miscarriage. She was so brave about it. Don't mention it to her mum at
      church.

      Josh
      """),

    M("patient-indirect-vicar-of-village-dementia-group-chat.eml", P, True, HP,
      "no name: the vicar of a named (invented) village church plus age and a dementia diagnosis, to a home-town friends' list",
      "gmail", ("Yusuf Demir", "yusuf.demir.05@gmail.com"), ("Home lot", "kirkby-fells-crew@googlegroups.com"),
      "Re: xmas meet up", "2026-02-28 12:05", """
      Yes to the 23rd. Also, sad news, the vicar at St Oswin's in Kirkby Fells, the tall one who did
      the school assemblies, was in memory clinic on my placement. 66 and it's early onset Alzheimer's.
      He's telling the parish at Easter so keep it to yourselves till then.
      """,
      quote={"from": ("Ella", "ella.brammer@gmail.com"), "to": ("Home lot", "kirkby-fells-crew@googlegroups.com"),
             "date": "2026-02-28 10:40", "subject": "xmas meet up",
             "body": "Are we doing the Plough on the 23rd again or somewhere new?\n"}),

    M("patient-png-epma-drug-chart-screenshot.eml", P, True, HP,
      "PNG screenshot of an electronic drug chart with name, DOB and NHS number; body asks only about a dose",
      "gmail", ("Rahul Menon", "mzyrm2@exmail.nottingham.ac.uk"), ("Aditi", "aditi.rao.pharm@gmail.com"),
      "quick pharmacology q", "2026-02-06 14:10", """
      Hey Aditi,

      You're the pharmacy genius - is this enoxaparin dose right for her weight? The F1 wasn't sure
      either. Screenshot attached.

      Rahul
      """,
      attachments=[{"name": "Screenshot_20260206-140211.png", "data": image([
          "OLUWASEUN ADEKUNLE-BRIGGS (Mrs)",
          f"DOB 02-Nov-1957    NHS {nhs('999311450')}",
          "Weight 118 kg   CrCl 41 mL/min",
          "",
          "Enoxaparin  40 mg  SC  once daily  18:00",
          "Apixaban    5 mg   PO  twice daily  (HELD)",
          "Paracetamol 1 g    PO  QDS PRN"], header="EPMA - Inpatient medication chart", size=28)}]),

    M("patient-jpeg-theatre-list-on-wall.eml", P, True, HP,
      "JPEG photo of a printed theatre list pinned on a wall (names, ages, procedures); body is a two-word joke",
      "iphone", ("Tomasz Wrobel", "mzytw7@exmail.nottingham.ac.uk"), ("Kuba", "kuba.lis@gmail.com"),
      "brutal", "2026-01-21 07:48", """
      our day 😩
      """,
      attachments=[{"name": "IMG_8120.JPG", "data": image([
          "THEATRE 7 - TUES 21/01 - MR HARGREAVE",
          "08:00  ELSPETH MOORCROFT 77F  R TKR",
          "10:30  DARREN QUIGLEY 45M     ACL RECON",
          "13:00  SUNITA BHARADWAJ 62F   L THR REVISION",
          "15:30  OWEN TREHARNE 29M      ORIF ANKLE"], fmt="JPEG", bg=(244, 242, 232), fg=(30, 30, 30),
          speckle=True, width=1050, size=32)}]),

    M("patient-png-sms-screenshot-from-patient.eml", P, True, HP,
      "PNG screenshot of a text message from a patient (name, number in +44 format, ward, cancer) forwarded to friends",
      "thunderbird", ("Grace Adeyinka", "mzyga1@exmail.nottingham.ac.uk"), ("Flat 9", "flat9-lenton@googlegroups.com"),
      "awww", "2026-03-11 21:20", """
      She texted me!! Gave her my number when she was discharged, hope that's ok. Made my whole week.
      """,
      attachments=[{"name": "IMG_3307.PNG", "data": image([
          "+44 7700 900 739",
          "",
          "Hi Grace it's Brenda Colclough from",
          "bay 4 on ward 11. Just wanted to say",
          "thank u for holding my hand when they",
          "told me it was cancer. Chemo starts",
          "Monday. You'll be a lovely doctor x"], header="Messages", header_bg=(60, 60, 60), width=800, size=30)}]),

    M("patient-docx-case-writeup-wristband-photo-embedded.eml", P, True, HP,
      "DOCX case write-up whose text is anonymised but whose embedded photo shows the patient's wristband (name, DOB, hospital number)",
      "outlook", ("Nia Okonkwo-Hale", "mzyno4@exmail.nottingham.ac.uk"), ("Uncle Desmond", "desmond.hale@gmail.com"),
      "Could you proofread this?", "2026-02-13 10:25", """
      Hi Uncle Des,

      Could you read through my case write-up for grammar before I submit it? It's only two pages. I've
      taken all the names out.

      Thank you!
      Nia
      """,
      attachments=[{"name": "case_writeup_final.docx", "data": docx_of(
          ["A woman in her eighties presented after a fall with a painful, shortened and externally rotated "
           "left leg. Radiographs confirmed an intracapsular neck of femur fracture.",
           "She underwent a hemiarthroplasty within 36 hours and was mobilising with a frame on day two."],
          picture=image(["NOTTINGHAM UNIVERSITY HOSPITALS",
                 "HAZEL PENNYWORTH",
                 "DOB 11/09/1941   F",
                 "Hosp No RX6618402",
                 "ALLERGY: NKDA"], fmt="JPEG", bg=(250, 250, 250), fg=(10, 10, 10), width=900, size=38,
                speckle=True),
          caption="Figure 1: identification band (photo taken on the ward)", title="Case write-up: hip fracture")}]),

    M("patient-zip-ecg-screenshots-labelled.eml", P, True, HP,
      "ZIP of ECG screenshots (PNG) whose headers carry patient names, DOB and hospital numbers, sent to a friend's Gmail",
      "gmail", ("Saoirse Dunne", "mzysd3@exmail.nottingham.ac.uk"), ("Niamh", "niamh.brady.99@gmail.com"),
      "ECGs for revision", "2026-03-05 16:40", """
      Niamh, here's the ECG collection I promised - all real ones from cardiology this block so much better
      than the textbook. Unzip and try before looking at my answers.txt!
      """,
      attachments=[{"name": "ecg_collection.zip", "data": zip_of({
          "ecgs/answers.txt": "1 = complete heart block\n2 = WPW\n",
          "ecgs/ecg1.png": image(["PATIENT: ARCHIBALD FENWICK-LOWE",
                                  "DOB 04/06/1944   ID RX3309187",
                                  "Vent rate 38 bpm   PR --   QRS 132 ms",
                                  "25 mm/s  10 mm/mV"], header="12-lead ECG", header_bg=(150, 20, 20),
                                 width=1000, size=30, mono=True),
          "ecgs/ecg2.png": image(["PATIENT: TAMSIN ORMEROD",
                                  "DOB 17/12/2001   ID RX4410296",
                                  "Vent rate 92 bpm   PR 96 ms   QRS 118 ms",
                                  "25 mm/s  10 mm/mV"], header="12-lead ECG", header_bg=(150, 20, 20),
                                 width=1000, size=30, mono=True)})}]),

    # ================================================================== patient: look-alike negatives
    M("patient-neg-pbl-invented-case-named-character.eml", P, False, (),
      "PBL case written by the student with a named, dated, numbered patient, clearly marked as invented",
      "outlook", ("Ananya Iyer", "mzyai7@exmail.nottingham.ac.uk"), ("Dr Colm Haverty", "colm.haverty@nottingham.ac.uk"),
      "Draft PBL trigger - week 9 (fictional case)", "2026-02-09 09:40", f"""
      Dear Dr Haverty,

      Here is my draft trigger for the week 9 PBL. Everything in it is invented for teaching; the
      identifiers are deliberately fake so students practise checking a wristband.

      "Mr Bartholomew Quince (fictional), DOB 01/01/1960, NHS number {nhs('999000019')}, is a 66-year-old
      retired postman who presents to ED with sudden tearing chest pain radiating to his back. BP 182/96
      in the right arm and 138/80 in the left."

      Learning objectives: aortic dissection, differential of chest pain, blood pressure control.

      Kind regards,
      Ananya Iyer
      """),

    M("patient-neg-own-needlestick-to-occupational-health.eml", P, False, (),
      "the student's own needlestick injury, own DOB, NHS number and mobile, sent to the Trust's occupational health",
      "thunderbird", ("Hamza Rafiq", "mzyhr5@exmail.nottingham.ac.uk"), ("Occupational Health", "occhealth.referrals@nuh.nhs.uk"),
      "Needlestick injury 12/02 - Hamza Rafiq, medical student", "2026-02-12 15:50", f"""
      Dear Occupational Health team,

      I am a Year 3 medical student. I sustained a needlestick injury at 13:20 today while disposing of a
      cannula on the acute medical unit. I washed and encouraged bleeding, and reported it to the nurse in
      charge and the ED as the policy says. My details for your records:

      Name: Hamza Rafiq
      DOB: 08/08/2004
      NHS number: {nhs('999123445')}
      Mobile: 07700 900318

      My own bloods were taken in ED at 14:30. Please could you let me know when my follow-up appointment
      is?

      Kind regards,
      Hamza Rafiq
      """),

    M("patient-neg-staff-named-thanks-ward-sister.eml", P, False, (),
      "thanks naming nurses and doctors by ward in ordinary talk, with clinical words, to the placement lead",
      "gmail", ("Orla Kinsella", "mzyok2@exmail.nottingham.ac.uk"), ("Dr Beverley Ashdown", "beverley.ashdown@nuh.nhs.uk"),
      "Thank you - respiratory block", "2026-03-13 16:05", """
      Dear Dr Ashdown,

      I wanted to say thank you before I leave the respiratory block. Sister Adaeze Obi on Ward 24 showed
      me how to set up NIV and talked me through every alarm, and Dr Marcus Feeney let me do my first
      pleural aspiration under supervision in the procedure room. Staff Nurse Joel Tennant in the chest
      clinic was endlessly patient with my spirometry. It's been the best block of the year.

      Best wishes,
      Orla Kinsella
      """),

    M("patient-neg-news-article-presenter-announced-cancer.eml", P, False, (),
      "a newspaper article in which an (invented) presenter announced her own diagnosis publicly, shared with a link",
      "iphone", ("Harriet Lomas", "hattie.lomas@gmail.com"), ("Mum", "janet.lomas@btinternet.example"),
      "did you see this about Carys", "2026-01-11 09:12", """
      Mum did you see this? Carys Llewellyn from the morning show has announced on air that she's got
      breast cancer and is starting chemo. She said she wanted women to check themselves. Brave of her.
      https://www.midlandscourier.example/news/2026/01/11/carys-llewellyn-cancer-announcement
      """),

    M("patient-neg-own-publication-case-report.eml", P, False, (),
      "the student's own published case report: author names, journal citation and an anonymised patient",
      "plain", ("Kwabena Mensah", "mzykm3@exmail.nottingham.ac.uk"), ("Dad", "kofi.mensah@gmail.com"),
      "It's published!", "2026-03-20 18:30", """
      Dad,

      Our case report is finally out! Here's the reference for your fridge:

      Mensah K, Whitcombe R, Adebola-Grant T. Spontaneous coronary artery dissection presenting as
      epigastric pain in a woman in her forties. BMJ Case Rep 2026;19:e261847.
      doi:10.1136/bcr-2026-261847

      Dr Whitcombe says it's unusual for a third year to be first author. Patient consent was signed and
      nothing in it identifies her.

      Kwabena
      """),

    M("patient-neg-sba-question-bank-fictional-patient.eml", P, False, (),
      "revision SBA questions written by the student, naming fictional patients with ages, wards and results",
      "gmail", ("Rahul Menon", "mzyrm2@exmail.nottingham.ac.uk"), ("Revision group", "yr3-revision-pals@googlegroups.com"),
      "10 SBAs I wrote for Thursday", "2026-02-22 20:30", """
      Hi all, here are my made-up SBAs for Thursday (answers at the bottom, no peeking):

      1. Mrs Ada Fernsby, 72, is on a surgical ward two days after a bowel resection. Her sodium is 124
      mmol/L. Which fluid was most likely prescribed? A) Hartmann's B) 5% dextrose C) 0.9% saline...

      2. Mr Tobias Reinholt, 34, attends ED with a hot swollen knee after a night of drinking. Aspirate
      shows negatively birefringent needle-shaped crystals. What is the diagnosis?

      3. Baby Lily, 6 weeks, has projectile non-bilious vomiting. What is the expected blood gas?

      Answers: 1B 2 gout 3 hypochloraemic hypokalaemic metabolic alkalosis

      Rahul
      """),

    # ================================================================== offensive: hold
    M("offensive-polite-prejudice-traveller-outreach-clinic.eml", O, True, HO,
      "prejudice against Gypsy/Traveller people stated politely in a committee email, no swear words",
      "outlook", ("Imogen Taft", "mzyit3@exmail.nottingham.ac.uk"), ("Outreach committee", "medsoc-outreach@exmail.nottingham.ac.uk"),
      "RE: Health check day proposal", "2026-02-02 12:45", """
      Dear all,

      Thank you for the proposal. I would respectfully suggest we take the health check day to the
      homeless shelter instead of the Traveller site. In my experience those people are dishonest by
      nature, they won't keep appointments, and the volunteers' cars would not be safe parked there. Our
      time is better spent on people who actually want to help themselves.

      Kind regards,
      Imogen
      """),

    M("offensive-stereotype-chinese-classmates-copying.eml", O, True, HO,
      "ethnic stereotype about Chinese classmates copying each other, casual register, to friends",
      "iphone", ("Josh Pemberton", "mzyjp9@exmail.nottingham.ac.uk"), ("Gym boys", "gymboys-lenton@googlegroups.com"),
      "anatomy spot test", "2026-01-26 17:20", """
      Course the Chinese lot all got 90+ on the spot test. They just copy off each other, it's cultural,
      zero original thought, just memorise and regurgitate like robots. Can't wait till they hit wards
      and can't talk to a patient
      """, sent_from=False),

    M("offensive-wounding-remark-to-bereaved-classmate.eml", O, True, HO,
      "a remark meant to wound, sent directly to a classmate about her bereavement and failing, no swear words",
      "gmail", ("Harriet Lomas", "mzyhl2@exmail.nottingham.ac.uk"), ("Zainab Okafor", "mzyzo8@exmail.nottingham.ac.uk"),
      "Re: group presentation slides", "2026-03-03 23:40", """
      Maybe if you spent less time crying about your dad and more time doing your share you wouldn't be
      repeating the year. Nobody in the group wanted you, we got stuck with you. Do everyone a favour and
      drop out before you kill someone.
      """,
      quote={"from": ("Zainab Okafor", "mzyzo8@exmail.nottingham.ac.uk"), "to": ("Harriet Lomas", "mzyhl2@exmail.nottingham.ac.uk"),
             "date": "2026-03-03 21:10", "subject": "group presentation slides",
             "body": "Hi Harriet, sorry I'm behind on my slides, it's been a hard week. I'll have them done by Friday.\n"}),

    M("offensive-harassment-new-account-after-blocked.eml", O, True, HO,
      "contacting someone from a new address after being blocked and asked for no contact, involving her sister, waiting at her routine",
      "plain", ("Fergus McAllister", "fergus.mca.2004@gmail.com"), ("Ruby Lindhurst", "mzyrl5@exmail.nottingham.ac.uk"),
      "please just read this one", "2026-02-17 01:35", """
      Ruby,

      I know you said you didn't want any contact and that you'd blocked my other email and my number, so
      I've made this one. I also messaged your sister on Facebook to explain my side since you won't
      listen. I'll be outside the library on Thursday at 5 like always, I know that's when you finish.
      You can't ignore me forever. I'm not giving up on us.

      F
      """),

    M("offensive-implied-threat-to-examiner-children.eml", O, True, HO,
      "an implied threat to an examiner mentioning her children's school and her house after a failed exam",
      "thunderbird", ("Tomasz Wrobel", "tomasz.wrobel.pl@gmail.com"), ("Dr Helena Marchbank", "helena.marchbank@nottingham.ac.uk"),
      "My OSCE result", "2026-06-26 22:05", """
      Dr Marchbank,

      You failed me on the history station. I know you live on Meadow Close in Radcliffe and that your
      two girls are at Ashgrove Primary. Lovely family. It would be such a shame if anything upset that.
      I think you should take another look at my mark before the exam board.

      T. Wrobel
      """),

    M("offensive-dehumanising-hostel-patients-feral.eml", O, True, HO,
      "dehumanising remarks about homeless patients (feral, parasites, hose them down) with no swear words",
      "gmail", ("Ruairi O'Neill", "ruairi.oneill.med@gmail.com"), ("Cian", "cian.mcgrath@gmail.com"),
      "AMU nights", "2026-01-14 06:50", """
      Four nights of AMU done. The regulars from the hostel on Sneinton Road are basically feral. They
      should hose them down in the ambulance bay before they come in, like cattle. Parasites, the lot of
      them, living off the rest of us and then kicking off when the sandwiches run out.
      """),

    M("offensive-disguised-spellings-homoglyph-registrar.eml", O, True, HO,
      "abuse of a registrar with disguised spellings: phonetic (phuk, sh1te, azzhole), a Cyrillic letter inside a word, and r3tard",
      "iphone", ("Yusuf Demir", "mzyyd4@exmail.nottingham.ac.uk"), ("Deniz", "deniz.aksoy@hotmail.co.uk"),
      "that reg again", "2026-02-08 20:10", """
      Dr Prowse is an absolute azzhole. Made me redo the cannula 3 times in front of the patient then
      said I was "a bit r3tarded with my hands". Phuk him and his sh1te teaching. Fuсking twunt
      """, sent_from=False),

    M("offensive-french-english-racist-pain-stereotype.eml", O, True, HO,
      "French/English mix: racist stereotype that Black African patients exaggerate pain and don't need analgesia",
      "gmail", ("Camille Rousseau", "camille.rousseau.med@gmail.com"), ("Léa", "lea.martin.lyon@gmail.com"),
      "les urgences ici", "2026-03-18 21:30", """
      Léa,

      Les urgences anglaises c'est fou. Ce soir encore, une patiente africaine qui hurlait pour une
      douleur abdominale. Honnêtement, tout le monde sait que les Africains exagèrent toujours la
      douleur, c'est culturel, ils ont la peau dure. I told the nurse not to bother with morphine, du
      paracétamol suffit pour ces gens-là.

      Bisous,
      Camille
      """),

    # ================================================================== offensive: near-miss negatives
    M("offensive-neg-banter-weapon-melon-fifa.eml", O, False, (),
      "friendly banter between flatmates (absolute weapon, melon, you're getting destroyed at FIFA)",
      "iphone", ("Kwabena Mensah", "mzykm3@exmail.nottingham.ac.uk"), ("Dom", "dom.fairclough@hotmail.co.uk"),
      "rematch", "2026-01-30 22:15", """
      You absolute weapon, did you really leave your stethoscope in the Co-op again? Melon. Rematch
      tonight, I'm going to destroy you at FIFA and you'll cry like last time. Love you bro
      """),

    M("offensive-neg-quoting-slur-report-to-professionalism.eml", O, False, (),
      "a slur quoted word for word in a report to the Director of Professionalism, the proper channel",
      "outlook", ("Nia Okonkwo-Hale", "mzyno4@exmail.nottingham.ac.uk"), ("Director of Professionalism", "medicine.professionalism@nottingham.ac.uk"),
      "Report of homophobic language in a year group chat", "2026-02-27 09:05", """
      Dear Director of Professionalism,

      I would like to report a message posted in our Year 2 anatomy group chat on 25 February. A student
      in the group wrote that another student was "a batty boy who shouldn't be allowed near male
      patients". I have quoted it exactly because I understand you need the precise words. I have
      screenshots and am willing to meet. The student targeted knows I am reporting this.

      Yours sincerely,
      Nia Okonkwo-Hale
      """),

    M("offensive-neg-penetrating-trauma-teaching-notes.eml", O, False, (),
      "trauma teaching vocabulary (penetrating injury, stab wound, gunshot, sucking chest wound, finger in every orifice)",
      "thunderbird", ("Saoirse Dunne", "mzysd3@exmail.nottingham.ac.uk"), ("Trauma society", "traumasoc-members@exmail.nottingham.ac.uk"),
      "Notes from Tuesday's trauma night", "2026-02-05 21:00", """
      Hi all,

      Notes from Tuesday for anyone who missed it:

      - Blunt vs penetrating injury: a stab wound below the nipple line can enter the abdomen.
      - Gunshot wounds: look for entry and exit, never probe the tract.
      - Sucking chest wound: three-sided dressing, then a chest drain.
      - Exposure means strip the patient fully and log-roll; the old line is "a finger or a tube in
        every orifice".
      - Massive haemorrhage: tourniquet, then blood, then the theatre.

      Next week: burns. Bring a pen.
      Saoirse
      """),

    M("offensive-neg-history-of-medicine-obsolete-terms.eml", O, False, (),
      "essay plan on obsolete diagnostic slurs (mongolism, cretin, imbecile) in old case notes, to the supervisor",
      "plain", ("Mei Lin Tan", "mzymt5@exmail.nottingham.ac.uk"), ("Dr Alistair Penrose", "alistair.penrose@nottingham.ac.uk"),
      "History of medicine SSC - essay plan", "2026-03-06 11:20", """
      Dear Dr Penrose,

      For my SSC I plan to look at how the labels in asylum case notes from 1890-1950 ("idiot",
      "imbecile", "cretin", "mongolism") moved from clinical categories to insults, and how the
      Down's Syndrome Association and others got them replaced. I would quote them from the archive
      notes only where needed and discuss the harm they did to patients and families.

      Could we meet to discuss the archive access?

      Best wishes,
      Mei Lin Tan
      """),

    # ================================================================== defamatory: hold
    M("defamatory-named-tutor-changes-marks-for-favourites.eml", D, True, HD,
      "a named tutor said as fact to alter OSCE marks for students she likes, to a friend at another school",
      "gmail", ("Orla Kinsella", "orla.kinsella.x@gmail.com"), ("Maeve", "maeve.doherty@gmail.com"),
      "this place", "2026-06-30 19:40", """
      Maeve you won't believe this place. Dr Lorna Heathcote, who runs our clinical skills, goes back and
      changes the OSCE marks for the students she likes after the examiners have gone home. She did it
      for the whole of Chloe's PBL group last year, that's how they all passed. And she still gets to
      mark us.
      """),

    M("defamatory-consultant-of-named-ward-lies-to-families.eml", D, True, HD,
      "no name: 'the consultant in charge of Linden Ward' at an invented hospital said to hide falls and make nurses rewrite incident forms",
      "outlook", ("Siobhan Gallagher", "mzysg4@exmail.nottingham.ac.uk"), ("Dad", "brendan.gallagher@outlook.ie"),
      "placement", "2026-02-24 19:00", """
      Hi Dad,

      Placement is going fine but the ward is grim. The consultant in charge of Linden Ward at St
      Wystan's lies to families about how their relatives fell, and makes the nurses rewrite the incident
      forms so the falls figures look better for the inspection. Two patients broke hips last month and
      the families were told they were found on the floor by chance.

      Shiv
      """),

    M("defamatory-classmate-selling-adhd-medication.eml", D, True, HD,
      "named classmate stated to be selling his prescribed ADHD medication to first years, to a year list",
      "plain", ("Hamza Rafiq", "mzyhr5@exmail.nottingham.ac.uk"), ("Year 3 social", "yr3-social-2026@exmail.nottingham.ac.uk"),
      "before exam season", "2026-04-20 13:15", """
      Just so people know before exams: Marcus Whitby is selling his Elvanse to first years for 10 quid a
      capsule. He gets a double prescription from two GPs and sells the extra out of his car in the
      Cripps car park. Don't buy from him, it's his fault two freshers ended up in ED last term.
      """),

    M("defamatory-text-speak-anaesthetist-claims-shifts-not-worked.eml", D, True, HD,
      "text-speak: a named anaesthetist said to claim pay for locum shifts he never turns up to",
      "iphone", ("Rahul Menon", "mzyrm2@exmail.nottingham.ac.uk"), ("Vik", "vikram.sood@hotmail.co.uk"),
      "lol the nhs", "2026-03-01 22:25", """
      mate dr van der merwe on our theatres gets paid for like 3 locum shifts a week he never actually
      does, signs the timesheet n goes home to play golf. everyone on the rota covers 4 him. thats where
      ur taxes go 😂
      """, sent_from=False),

    M("defamatory-italian-english-lecturer-grades-for-favours.eml", D, True, HD,
      "Italian/English mix: a named lecturer said as fact to trade marks for sexual favours with students",
      "gmail", ("Giulia Ferraro", "giulia.ferraro.nott@gmail.com"), ("Chiara", "chiara.benedetti@gmail.com"),
      "il mio lecturer", "2026-02-15 22:10", """
      Chiara,

      Ti ricordi il Dr Enzo Fabbri, quello che fa le lezioni di farmacologia qui a Nottingham? Va a letto
      con le studentesse del primo anno in cambio dei voti. Lo sanno tutti, la mia flatmate ha preso 78
      senza aprire un libro. It's disgusting and the uni just lets him carry on.

      Un bacio,
      Giulia
      """),

    M("defamatory-gp-partner-lets-unqualified-son-see-patients.eml", D, True, HD,
      "named GP partner at an invented practice said as fact to let his unqualified son see patients, formal register to a relative",
      "thunderbird", ("Ananya Iyer", "ananya.iyer.2004@gmail.com"), ("Aunty Lakshmi", "lakshmi.raman@hotmail.co.uk"),
      "Please change your GP", "2026-03-16 20:30", """
      Dear Aunty,

      I'm writing because you are registered at Ashby Lane Surgery. I strongly advise you to move. Dr
      Gerald Hollis, the senior partner, lets his son Toby, who failed medical school and has no
      qualification, run the Friday afternoon clinics under his login. Toby prescribes and signs sick
      notes. I saw it with my own eyes on placement.

      With love,
      Ananya
      """),

    M("defamatory-year-rep-leaked-paper-to-student-paper.eml", D, True, HD,
      "no name: 'our Year 4 rep this year' (one person) said to have leaked the exam paper, sent to a student newspaper",
      "outlook", ("Grace Adeyinka", "mzyga1@exmail.nottingham.ac.uk"), ("Impact news desk", "news@impact-students.example"),
      "Story: medical school exam leak", "2026-05-12 08:50", """
      Hello,

      I have a story for you. Our Year 4 rep this year got hold of the written paper a week before the
      exam and sent it to his housemates and the rugby medics. The School found out and covered it up
      because his mum sits on the faculty board. I'm happy to talk off the record.

      Grace
      """),

    # ================================================================== defamatory: negatives
    M("defamatory-neg-ftsu-guardian-pressure-to-alter-notes.eml", D, False, (),
      "concern raised with the Freedom to Speak Up Guardian about being asked to alter notes, named clinician, careful wording",
      "outlook", ("Josh Pemberton", "mzyjp9@exmail.nottingham.ac.uk"), ("Freedom to Speak Up Guardian", "speakup@sherwoodvale-nhs.example"),
      "Confidential concern - documentation on Ward 6", "2026-03-10 08:10", """
      Dear Freedom to Speak Up Guardian,

      I am a Year 5 medical student on Ward 6. On 6 March I was asked by Dr Simon Ratcliffe to change the
      time I had written for a set of observations in the notes. I did not do it, and I may have
      misunderstood what he meant, but it has worried me since. I would like advice on how this should be
      looked at, and I would prefer my name not to be shared for now.

      Yours sincerely,
      Josh Pemberton
      """),

    M("defamatory-neg-hedged-opinion-registrar-seemed-distracted.eml", D, False, (),
      "hedged opinion about a named registrar's manner on one day, explicitly not an allegation",
      "gmail", ("Camille Rousseau", "mzycr6@exmail.nottingham.ac.uk"), ("Leila Haddad", "mzylh2@exmail.nottingham.ac.uk"),
      "Re: how was clinic", "2026-02-04 18:45", """
      Honestly I'm not sure. Dr Okwuosa seemed distracted to me and I thought she was a bit short with
      the patients, but I might be reading too much into it - it was a packed clinic and I think she'd
      been on call the night before. I wouldn't judge her on one afternoon.
      """,
      quote={"from": ("Leila Haddad", "mzylh2@exmail.nottingham.ac.uk"), "to": ("Camille Rousseau", "mzycr6@exmail.nottingham.ac.uk"),
             "date": "2026-02-04 17:30", "subject": "how was clinic", "body": "How was clinic with Dr Okwuosa? Worth signing up for?\n"}),

    M("defamatory-neg-sourced-tribunal-erasure-news.eml", D, False, (),
      "a sourced public fact: an (invented) surgeon erased by a tribunal, quoting the published decision and a news report",
      "plain", ("Fergus McAllister", "mzyfm8@exmail.nottingham.ac.uk"), ("Ethics tutorial group", "ethics-tg7@exmail.nottingham.ac.uk"),
      "Case for Monday's ethics tutorial", "2026-01-23 14:00", """
      Hi all,

      For Monday: the Medical Practitioners Tribunal Service published its decision on 19 January that
      Mr Desmond Arkwright, a former orthopaedic surgeon, is to be erased from the medical register after
      it found he had performed unnecessary operations. The decision is on the MPTS website and was
      reported by the Midlands Courier:
      https://www.midlandscourier.example/news/2026/01/20/surgeon-erased-tribunal

      Question to think about: what should colleagues have done earlier?

      Fergus
      """),
]
