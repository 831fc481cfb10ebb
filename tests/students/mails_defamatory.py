"""Defamatory emails: allegations of wrongdoing stated as fact about an identifiable person and
sent to friends or outsiders (hold); opinion, fair criticism, concerns through the proper
channel, hedged or sourced statements and allegations about nobody in particular (fine)."""

from build import M

D = "defamatory"
H = (D,)

MAILS = [
    M("defamatory-named-registrar-drunk-on-shift.eml", D, True, H,
      "states as fact that a named registrar was drunk on a night shift, to friends outside medicine",
      "iphone", ("Callum Fraser", "mzycf4@exmail.nottingham.ac.uk"), ("Jordan", "jordy.m.k@hotmail.co.uk"),
      "unreal", "2026-01-18 09:12", """
      Dr Neil Sandford, the ortho reg at Sherwood Vale, turned up to the night shift absolutely hammered. Stank of
      whisky, slurring, and still went and reduced a dislocated hip. Everyone on the team knows he does it.
      """),

    M("defamatory-only-vascular-consultant-falsifies-notes.eml", D, True, H,
      "a role that picks out one person (the only vascular consultant at a named hospital) accused of falsifying notes",
      "gmail", ("Priya Raman", "priya.raman.med@gmail.com"), ("Maddie", "maddie.kerr@gmail.com"),
      "you won't believe this", "2026-02-04 21:30", """
      So at Sherwood Vale General there's only one vascular consultant, right, and he has been going back and
      rewriting his op notes after complications so it looks like he consented people properly. I've seen
      the audit trail. He's a fraud and he's going to kill someone.
      """),

    M("defamatory-society-treasurer-stealing-funds.eml", D, True, H,
      "accuses the named society treasurer of stealing from the society account, sent to the whole year",
      "outlook", ("Rory Dunmore", "mzyrd1@exmail.nottingham.ac.uk"), ("Year 3 list", "yr3-medicine-2026@exmail.nottingham.ac.uk"),
      "Where the ball money went", "2026-02-11 18:00", """
      Everyone,

      Before you buy ball tickets you should know that our treasurer Ben Oakes has been helping himself to
      the MedSoc account. About two grand went on his holiday to Tenerife last summer. That's your money.

      Rory
      """),

    M("defamatory-lecturer-expenses-fraud.eml", D, True, H,
      "states that a named lecturer fiddles conference expenses, to the student's parents",
      "thunderbird", ("Freya Lindqvist", "mzyfl5@exmail.nottingham.ac.uk"), ("Mum", "karin.lindqvist@hotmail.co.uk"),
      "the conference", "2026-03-04 20:30", """
      Mum,

      Remember Dr Pauline Garside who runs my research module? She charges the university for business class
      flights and then flies economy and pockets the difference. She's been doing it for years. That's
      where our fees go!

      Freya
      """),

    M("defamatory-porter-assaulted-patient.eml", D, True, H,
      "accuses a named porter of assaulting a patient, as fact, to a non-medic friend",
      "gmail", ("Ellie Brennan", "ellie.brennan.x@gmail.com"), ("Ness", "vanessa.doyle@gmail.com"),
      "horrible", "2026-01-26 20:05", """
      Ness, the porter on our floor, Gary Mottram, punched a confused old man in the lift last week. He's a
      violent thug and he's still working there. Don't ever let your nan go to City.
      """),

    M("defamatory-named-osce-examiner-racist-to-journalist.eml", D, True, H,
      "a named OSCE examiner accused of marking down Black students on purpose, to a journalist",
      "outlook", ("Olu Adebayo", "olumide.adebayo@gmail.com"), ("Nottingham Post newsdesk", "newsdesk@nottinghampost-news.co.uk"),
      "Story: racism at the medical school", "2026-02-17 09:00", """
      Dear newsdesk,

      I'd like to give you a story. Dr Colin Wragg, one of the Year 3 OSCE examiners at my medical school, deliberately gives
      Black students lower marks. He has done it to at least five of us this year. He is a racist and the
      university is covering it up.

      Please call me.
      Olumide
      """),

    M("defamatory-gp-trainer-sexual-harassment.eml", D, True, H,
      "states as fact that a named GP trainer sexually harasses female students, to a friend at another school",
      "iphone", ("Chloe Marsh", "mzycm9@exmail.nottingham.ac.uk"), ("Gemma", "gemmaleighton@hotmail.co.uk"),
      "warning", "2026-02-21 13:22", """
      If you ever get Dr Martin Ashdown at Wollaton Brook Surgery for GP, refuse. He gropes every female
      student he gets and then threatens to fail them if they say anything.
      """),

    M("defamatory-classmate-cheating-to-year-list.eml", D, True, H,
      "accuses a named classmate of cheating in an exam, sent to the whole year list",
      "gmail", ("Jake Pearson", "mzyjp1@exmail.nottingham.ac.uk"), ("Year 2 list", "yr2-medicine-2026@exmail.nottingham.ac.uk"),
      "FYI about the top mark", "2026-01-30 17:40", """
      Just so everyone knows, Harriet Lowe only got top of the year because she had the SBA questions the
      night before. She got them from her dad who's on the exam board. Congrats Harriet.
      """),

    M("defamatory-nurse-stealing-controlled-drugs.eml", D, True, H,
      "named nurse accused of stealing morphine from the CD cupboard, to friends",
      "plain", ("Sam Achterberg", "mzysa4@exmail.nottingham.ac.uk"), ("Will", "will.ashdown@gmail.com"),
      "ward gossip", "2026-02-25 22:15", """
      Sister Joanne Pryor on Ward 24 at Sherwood Vale has been nicking oramorph from the CD cupboard for months. That's why
      the counts never add up on her shifts. She's an addict and everyone covers for her.
      """),

    M("defamatory-f1-on-ward-faked-observations.eml", D, True, H,
      "'the F1 on ward 7 at Sherwood Vale this rotation' (one person) accused of making up observations, to an outside friend",
      "thunderbird", ("Dan Kowalczyk", "mzydk7@exmail.nottingham.ac.uk"), ("Ben Hollis", "ben.hollis87@gmail.com"),
      "lazy", "2026-03-08 18:50", """
      Ben,

      The F1 on ward 7 at Sherwood Vale this rotation literally makes up the observations on the night round and writes
      them in without seeing the patients. I've watched her do it. When someone deteriorates it'll be on
      her.

      Dan
      """),

    M("defamatory-practice-manager-fiddling-figures.eml", D, True, H,
      "named practice manager accused of fraudulently inflating figures for payments",
      "outlook", ("Meera Pillai", "mzymp2@exmail.nottingham.ac.uk"), ("Sanjay", "sanjay.pillai@gmail.com"),
      "GP placement", "2026-01-29 19:30", """
      Hi Sanj,

      My GP placement is at Ashcroft Lane Practice. The practice manager there, Lorraine Beckett, makes up
      QOF data to claim money from the NHS - diabetic reviews that never happened, that sort of thing. It's
      basically fraud. Thought you'd find it interesting for your accountancy course, ha.

      Meera
      """),

    M("defamatory-medical-director-bribes.eml", D, True, H,
      "an invented trust's medical director (one person by role) accused of taking bribes from a drug company",
      "gmail", ("James Whitfield", "jwhitfield_2003@hotmail.co.uk"), ("Alfie", "alfie.crossland@gmail.com"),
      "corruption", "2026-02-08 11:10", """
      The medical director at Trentside Healthcare NHS Trust takes backhanders from Corvanta Pharma. That's why every ward is stocked
      with their anticoagulant even though it's twice the price. He's bought a second house with it.
      """),

    M("defamatory-classmate-bought-essay.eml", D, True, H,
      "named classmate accused of buying an essay from a website, to a friend outside the university",
      "iphone", ("Ellie Brennan", "mzyeb3@exmail.nottingham.ac.uk"), ("Bingham girls", "binghamgirls2019@gmail.com"),
      "lol", "2026-01-22 21:50", """
      Tyler Brook who was in our sixth form? Paid someone £300 to write his SSC essay and got a distinction.
      Total fraud, he can barely write a sentence
      """),

    M("defamatory-threat-to-post-domestic-abuse-claim.eml", D, True, H,
      "asserts a named doctor beats his wife and plans to post it publicly",
      "plain", ("Jake Pearson", "jake.pearson.uk@gmail.com"), ("Connor", "connor.b.lane@hotmail.co.uk"),
      "Facebook", "2026-03-01 23:40", """
      I'm going to put it on the Notts Medics Facebook page tomorrow that Dr Gareth Holbrook beats his wife.
      Everyone should know what the man who failed me does at home.
      """),

    M("defamatory-everyone-knows-surgeon-operates-drunk.eml", D, True, H,
      "'everyone knows' is not a hedge: named surgeon said to operate drunk, to family",
      "outlook", ("Hannah Okoye", "mzyho5@exmail.nottingham.ac.uk"), ("Dad", "e.okoye@hotmail.co.uk"),
      "about your knee", "2026-02-13 20:10", """
      Hi Dad,

      Whatever you do, don't let them put you on Mr Anthony Carrow's list for your knee. Everyone knows he
      operates after a liquid lunch - half his patients end up back in theatre. Ask for someone else.

      Love,
      Hannah
      """),

    M("defamatory-allegation-in-subject-line.eml", D, True, H,
      "the allegation (named tutor is a thief) is in the subject line, body is short",
      "iphone", ("Callum Fraser", "mzycf4@exmail.nottingham.ac.uk"), ("Mo", "mohammed.ilyas@hotmail.co.uk"),
      "Dr Whitcombe stole my research data", "2026-03-10 12:02", """
      Presented MY data at the conference under his own name. Unbelievable.
      """),

    M("defamatory-pharmacist-covering-up-errors.eml", D, True, H,
      "named pharmacist accused of covering up dispensing errors that harmed patients",
      "thunderbird", ("Lucia Moreno", "mzylm6@exmail.nottingham.ac.uk"), ("Abi", "abigail.crane@gmail.com"),
      "pharmacy", "2026-02-18 20:25", """
      Abi,

      You asked why I hate the pharmacy placement. The lead pharmacist, Keith Denholm, has been shredding
      the incident forms whenever his team gives the wrong dose. A patient ended up in ITU in December
      because of it and he made sure it never got reported.

      L
      """),

    M("defamatory-ward-sister-racist-to-patients.eml", D, True, H,
      "named ward sister said to refuse to wash Black patients, stated as fact, to friends",
      "gmail", ("Amna Siddiqui", "amna.siddiqui02@gmail.com"), ("Sana", "sana.qureshi95@hotmail.co.uk"),
      "the ward", "2026-01-25 19:55", """
      Baji, the sister on Larch ward, Deborah Kemp, is a proper racist. She won't wash the Black patients
      and makes the HCAs do it, and she calls the Asian families "that lot". She's been reported twice and
      nothing happens because she's friends with the matron.
      """),

    M("defamatory-text-speak-dr-kaur-petty-cash.eml", D, True, H,
      "text-speak allegation that a named doctor takes money from the petty cash",
      "iphone", ("Sam Achterberg", "mzysa4@exmail.nottingham.ac.uk"), ("Tess", "tess.rowntree@gmail.com"),
      "lmao", "2026-02-06 17:45", """
      dr kaur on renal defo nicks from the ward petty cash lol, saw her take a £20 out n put it in her purse.
      every week. classic
      """, sent_from=False),

    M("defamatory-named-admissions-interviewer-bribe.eml", D, True, H,
      "a named admissions interviewer accused of taking money to admit his nephew",
      "outlook", ("Rory Dunmore", "rory.dunmore@gmail.com"), ("Student forum mods", "mods@medstudentforum-uk.org"),
      "Post for the Nottingham thread", "2026-01-21 22:20", """
      Hi mods,

      Please post this on the Nottingham applicants thread: Prof Gordon Haslam, who interviews
      applicants at Nottingham, took £5,000 to let his nephew in with AAB. It's how the system works there. Applicants deserve to
      know.

      Rory
      """),

    M("defamatory-polish-doctor-takes-bribes.eml", D, True, H,
      "in Polish: a named Polish-speaking GP stated to take bribes for sick notes",
      "gmail", ("Zofia Wisniewska", "zosia.wisniewska@gmail.com"), ("Magda", "magda.wisniewska@gmail.com"),
      "Ten lekarz", "2026-02-20 21:00", """
      Magda, nie chodź do doktora Pawła Wierzbołowicza w Sneinton. On bierze łapówki za zwolnienia lekarskie, sto
      funtów za tydzień. Cała polska społeczność o tym wie, a on dalej pracuje.
      """),

    M("defamatory-spanish-mixed-consultant-stole.eml", D, True, H,
      "Spanish/English mix: a named consultant said to have stolen equipment from the hospital",
      "iphone", ("Lucia Moreno", "mzylm6@exmail.nottingham.ac.uk"), ("Marta", "marta.iglesias@gmail.com"),
      "increíble", "2026-03-06 22:45", """
      Marta, el consultant de mi firm, Dr Simon Fairclough, se lleva material del hospital a su clínica
      privada - ultrasound probes, suture kits, everything. Lo he visto cargar el coche. Es un ladrón.
      """),

    M("defamatory-landlord-named-fraud-deposits.eml", D, True, H,
      "named landlord accused of fraud over deposits, sent to a year list (outside medicine but defamatory)",
      "outlook", ("Dan Kowalczyk", "mzydk7@exmail.nottingham.ac.uk"), ("Year 1 list", "yr1-medicine-2026@exmail.nottingham.ac.uk"),
      "Do NOT rent from this landlord", "2026-03-02 19:00", """
      Hi all,

      Warning for anyone house-hunting: Derek Scrivens (Lenton Student Lets) steals deposits. He forges
      inventory reports to invent damage and has done it to every house he owns. He's a criminal.

      Dan
      """),

    M("defamatory-clinical-skills-tutor-falsified-signoffs.eml", D, True, H,
      "named clinical skills tutor accused of selling sign-offs, to the student's sibling",
      "gmail", ("Tom Beresford", "tom.beresford.19@gmail.com"), ("Lily", "lily.beresford@gmail.com"),
      "how to pass", "2026-02-27 16:30", """
      Lils, top tip for when you start here: Nurse Andrea Voss in clinical skills will sign off your
      cannulation and catheters without watching you if you buy her a bottle of gin. She's been selling
      sign-offs for years.
      """),

    # ------------------------------------------------------------------ negatives
    M("defamatory-neg-honest-opinion-lectures.eml", D, False, (),
      "honest opinion about a named lecturer's teaching style, no allegation of wrongdoing",
      "iphone", ("Ellie Brennan", "mzyeb3@exmail.nottingham.ac.uk"), ("Jess", "mzyjh4@exmail.nottingham.ac.uk"),
      "lecture", "2026-01-20 13:00", """
      I honestly think Dr Farrant's lectures are the most boring of the whole module. Too many slides and
      he never stops for questions. Just my opinion but I learn more from the textbook
      """),

    M("defamatory-neg-fair-criticism-module-feedback.eml", D, False, (),
      "fair, specific criticism of a module sent to the module lead",
      "outlook", ("Freya Lindqvist", "mzyfl5@exmail.nottingham.ac.uk"), ("Dr Pauline Garside", "pauline.garside@nottingham.ac.uk"),
      "Feedback on the research methods module", "2026-03-12 10:00", """
      Dear Dr Garside,

      As year rep I've collected feedback on the module. The main points were that the assignment brief
      changed twice after it was released, which several people found stressful, and that feedback on the
      draft took five weeks rather than the two we were told. Students were positive about the statistics
      workshops.

      Would it be possible to fix the brief at the start next year?

      Kind regards,
      Freya Lindqvist
      """),

    M("defamatory-neg-freedom-to-speak-up-guardian.eml", D, False, (),
      "a concern about a named clinician's conduct raised with the Freedom to Speak Up Guardian",
      "outlook", ("Sam Achterberg", "mzysa4@exmail.nottingham.ac.uk"), ("Freedom to Speak Up Guardian", "ftsu.guardian@nuh.nhs.uk"),
      "Raising a concern - possible alcohol on duty", "2026-01-19 08:30", """
      Dear Freedom to Speak Up Guardian,

      I'm a Year 4 medical student on placement in orthopaedics. I would like to raise a concern in
      confidence. On the night shift of 17 January I thought I smelt alcohol on one of the registrars,
      Dr Neil Sandford, and his speech seemed slurred. I may be wrong and I haven't discussed it with
      anyone else. I would be grateful for advice on what happens next.

      Yours sincerely,
      Sam Achterberg
      """),

    M("defamatory-neg-school-concerns-process.eml", D, False, (),
      "a concern about a tutor raised through the School's raising-concerns process",
      "thunderbird", ("Chloe Marsh", "mzycm9@exmail.nottingham.ac.uk"), ("Raising Concerns", "medicine.concerns@nottingham.ac.uk"),
      "Concern about a GP placement", "2026-02-22 09:45", """
      Dear colleagues,

      I'm submitting this through the raising concerns process. During my GP placement at Wollaton Brook
      Surgery, my supervisor made comments about my appearance that made me uncomfortable and on one
      occasion stood very close to me in a closed room. I'd like this looked into and would prefer not to
      return to the practice while it is.

      I'm happy to meet to discuss.

      Chloe Marsh (20399861)
      """),

    M("defamatory-neg-sourced-news-report.eml", D, False, (),
      "a sourced statement: the trust was fined, per a named newspaper report, with a link",
      "gmail", ("James Whitfield", "mzyjw6@exmail.nottingham.ac.uk"), ("Alfie", "alfie.crossland@gmail.com"),
      "did you see this", "2026-02-10 08:15", """
      According to the article in the Guardian this morning, the trust was fined after the regulator found
      failings in maternity staffing. The report says the problems were across the whole service rather than
      any one person. Worth a read before your interview:
      https://www.theguardian-news.example/society/2026/feb/10/trust-fined-maternity
      """),

    M("defamatory-neg-hedged-no-idea-if-true.eml", D, False, (),
      "hedged: the student refuses to repeat a rumour and names no one",
      "iphone", ("Meera Pillai", "mzymp2@exmail.nottingham.ac.uk"), ("Priya Raman", "mzypr7@exmail.nottingham.ac.uk"),
      "Re: the rumour", "2026-02-14 18:30", """
      I've heard something about one of the surgeons too but honestly I have no idea if it's true and I
      don't want to spread it. If anyone's genuinely worried they should go to the Speak Up Guardian, not
      the group chat.
      """,
      quote={"from": ("Priya Raman", "mzypr7@exmail.nottingham.ac.uk"), "to": ("Meera Pillai", "mzymp2@exmail.nottingham.ac.uk"),
             "date": "2026-02-14 18:10", "subject": "the rumour",
             "body": "Have you heard what people are saying about one of the surgeons??\n"}),

    M("defamatory-neg-no-identifiable-person-fridge-thief.eml", D, False, (),
      "an accusation of theft with no identifiable person (someone in the common room)",
      "plain", ("Olu Adebayo", "mzyoa8@exmail.nottingham.ac.uk"), ("Year 4 list", "yr4-medicine-2026@exmail.nottingham.ac.uk"),
      "Common room fridge", "2026-01-27 12:30", """
      Hi all,

      Somebody keeps taking food from the common room fridge - three people have lost lunches this week.
      Whoever it is, please stop! Label your stuff, everyone.

      Olu
      """),

    M("defamatory-neg-opinion-arrogant-consultant.eml", D, False, (),
      "unflattering opinion of a named consultant's manner, no factual allegation of wrongdoing",
      "gmail", ("Callum Fraser", "callum.fraser.88@gmail.com"), ("Jordan", "jordy.m.k@hotmail.co.uk"),
      "ward round", "2026-02-16 20:00", """
      Mr Carrow's ward round was a bit of an ego trip today if you ask me. He's a brilliant surgeon by all
      accounts but I found him arrogant and I don't think he likes students much. Maybe I caught him on a
      bad day.
      """),

    M("defamatory-neg-bike-theft-police-report.eml", D, False, (),
      "reporting the theft of the student's own bike by an unknown person to campus security",
      "outlook", ("Dan Kowalczyk", "mzydk7@exmail.nottingham.ac.uk"), ("Campus Security", "security@nottingham.ac.uk"),
      "Stolen bike outside QMC - crime ref", "2026-03-03 09:10", """
      Dear Security team,

      My bike was stolen from the racks outside the QMC medical school entrance between 9am and 5pm
      yesterday (a blue Boardman hybrid). I've reported it to Nottinghamshire Police, crime reference
      NT/2026/0031877. Could you check the CCTV for that rack?

      Many thanks,
      Daniel Kowalczyk
      """),

    M("defamatory-neg-ethics-tutorial-fictional-doctor.eml", D, False, (),
      "a fictional 'Dr A' drunk on duty in an ethics tutorial case, no real person",
      "thunderbird", ("Hannah Okoye", "mzyho5@exmail.nottingham.ac.uk"), ("Ethics group 7", "ethics-g7@exmail.nottingham.ac.uk"),
      "Case for Friday's ethics tutorial", "2026-01-15 16:00", """
      Hi group,

      Here's the case I wrote for Friday (entirely made up):

      Dr A, a fictional surgical registrar, arrives for a night shift smelling of alcohol. A medical student
      notices. Dr A asks the student not to mention it. What are the student's duties under GMC guidance,
      and who should they tell?

      See you Friday,
      Hannah
      """),

    M("defamatory-neg-exam-irregularity-to-assessment-office.eml", D, False, (),
      "concern about exam irregularity raised directly with the assessment office, the proper channel",
      "outlook", ("Jake Pearson", "mzyjp1@exmail.nottingham.ac.uk"), ("Assessment Office", "medicine.assessment@nottingham.ac.uk"),
      "Possible exam irregularity", "2026-01-31 11:00", """
      Dear Assessment Office,

      I'd like to report, in confidence, that I overheard two students in the library saying that some
      SBA questions had been shared before Tuesday's paper. I don't know who shared them or whether it is
      true, but I thought you should know so it can be looked into properly.

      Kind regards,
      Jake Pearson
      """),

    M("defamatory-neg-praise-named-consultant.eml", D, False, (),
      "warm praise of a named consultant - about a person but no allegation",
      "gmail", ("Lucia Moreno", "mzylm6@exmail.nottingham.ac.uk"), ("Dr Simon Fairclough", "simon.fairclough@nuh.nhs.uk"),
      "Thank you", "2026-03-13 17:00", """
      Dear Dr Fairclough,

      Thank you so much for the last six weeks. Your teaching in clinic was the best I've had all year and
      you always made time for our questions. I'm now seriously thinking about rheumatology!

      Best wishes,
      Lucia
      """),

    M("defamatory-neg-court-case-reported-unnamed.eml", D, False, (),
      "discusses a published tribunal outcome about an unnamed doctor, sourced and for teaching",
      "gmail", ("Priya Raman", "mzypr7@exmail.nottingham.ac.uk"), ("Law and Ethics soc", "medlaw-soc@exmail.nottingham.ac.uk"),
      "Journal club pick", "2026-02-09 13:15", """
      Hi all,

      For journal club I suggest the published MPTS determination on a doctor who altered records after a
      patient's death (the decision is anonymised and public on the MPTS website). It's a good way into
      probity, candour and what the tribunal weighs when deciding on erasure.

      Priya
      """),
]
