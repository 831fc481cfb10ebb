"""Batch 8b: 22 labelled emails (8 offensive, 4 defamatory, 10 look-alike negatives), written fresh as a
held-back test set, without reading bedside's rules, word lists, fixtures or earlier mail texts; only the
notes in labels.json were read, to avoid repeating their scenarios, and batch 5's data file for the format.

Themes leaned on in this batch: international students, shared teaching with nursing, dental and pharmacy
students, anaesthetics and ICU placements, sports medicine, revision groups, landlords and flat shares.
Other languages: Swahili/Sheng-English, Korean-English (romanised) and Dutch.

Every person, hospital, ward, practice, club, company, street and society is invented. No patient identifiers
appear anywhere (no names, dates of birth, numbers or addresses of patients).
"""

from __future__ import annotations

from build import HD, HO, NONE, D, M, O, ex

MAILS = [
    # ================================================================== offensive: hold (8)
    M("offensive-polite-nationality-prejudice-revision-groups-by-fee-status.eml", O, True, HO,
      "to the peer revision scheme committee list, politely worded nationality and religious prejudice: asks for "
      "revision groups split by fee status because international students 'bought' their places, Malaysian, Saudi "
      "and Nigerian classmates stereotyped (silent, leaving to pray, rote learning), 'their own kind'; no swear words",
      "outlook", ("Imogen Lacey", ex("imogen.lacey")),
      ("Peer Revision Scheme Committee", "prs-committee@exmail.nottingham.ac.uk"),
      "Spring revision groups - a suggestion before allocation", "2026-01-14 19:22", """
Dear all,

Thank you for organising the spring revision groups again. Before the allocations go out I wanted to raise something that I think a lot of home students feel but would never put in writing.

Could the groups be arranged by fee status this time? I appreciate that sounds blunt. The reality is that a good number of the international students on our course are here because the University needs their fees, not because they would have got a place on merit, and it shows in a small group. In mine last term the two Malaysian students barely opened their mouths, the Saudi student left twice in every session to pray, and the Nigerian student had memorised whole answers word for word without understanding a single one of them. Those of us who earned our places ended up running the sessions.

I have nothing against any of them as people. But it is not reasonable to expect us to carry students who will, for the most part, go home the day after graduation and never give a single shift back to the NHS that trained them. A home group and an international group would suit everybody. I suspect they would be more comfortable with their own kind as well.

Happy to discuss at the next meeting.

Best wishes,
Imogen Lacey
Year 3
"""),

    M("offensive-wounding-class-snobbery-reply-to-nursing-student-joint-sim.eml", O, True, HO,
      "reply sent straight to a named nursing student who politely said she was talked over in a joint simulation: "
      "class snobbery meant to wound (clearing, BTEC, her accent, her nails, 'first one in the family'), nurses there "
      "to carry out his plans; no swear words; her polite message is quoted below",
      "gmail", ("Rupert Hallam-Moss", ex("rupert.hallam-moss")), ("Kayleigh Dunmore", ex("kayleigh.dunmore")),
      "Re: Tuesday's sim", "2026-01-21 22:48", """
Kayleigh,

I'll be as straightforward as you were.

You were "talked over" because you were wrong. You took a set of obs and then stood there waiting for somebody to tell you what they meant, which I suppose is the job you've signed up for. Nobody gets to lead an A to E because they asked nicely in an email afterwards.

I know these joint sessions are supposed to make us all feel like one big happy team, but let's not pretend. I got four A stars and you came in through clearing with a BTEC. In two years I'll be writing the plan and you'll be carrying it out, and honestly that is the right way round.

A bit of friendly advice while I'm here. If you want anyone on a ward to take you seriously, lose the Mansfield vowels and the nails. Patients can tell where you're from before you've finished saying your name. Your mum probably thinks it's lovely that you're the first one in the family to go to university. The rest of us can tell that too.

Rupert
""", quote={
          "from": ("Kayleigh Dunmore", ex("kayleigh.dunmore")), "to": ("Rupert Hallam-Moss", ex("rupert.hallam-moss")),
          "subject": "Tuesday's sim", "date": "2026-01-21 17:05", "body": """
Hi Rupert, hope you don't mind me messaging. I just wanted to say I felt a bit talked over in Tuesday's deteriorating patient sim, I didn't really get a chance to finish the obs handover. Maybe next time we could take turns leading the A to E? Thanks, Kayleigh (2nd year nursing)
"""}),

    M("offensive-dehumanising-icu-dead-pool-sweepstake.eml", O, True, HO,
      "lower-case, to three classmates on an ICU placement: a cash 'dead pool' on which patients die first, patients "
      "described by their illness and weight as 'meat kept warm by machines', 'switch them off'; dehumanising mockery, "
      "no swear words, no patient identifier",
      "iphone", ("Ewan Strachan", ex("ewan.strachan")),
      [("Priya Lal", ex("priya.lal")), ("Sol Adeyinka", ex("sol.adeyinka")), ("Greta Holm", ex("greta.holm"))],
      "icu sweepstake 💀", "2026-02-03 23:16", """
right, the ICU dead pool is officially open

£5 each, pick by midnight. rules: has to actually die on our unit while we're on the block. stepped down to a ward and dying there doesn't count, that's cheating

my odds:
- the yellow guy by the window. liver's basically pâté at this point. evens
- the lady on the max dose of norad, she's more tube than person now. 2/1
- the overdose lad. long odds, the young ones annoyingly keep going
- the enormous one from theatres. pays double if they need the special trolley to get him down to the mortuary

genuinely half the unit is just meat being kept warm by machines so the consultants can feel useful. switch the lot off and give the beds to someone worth the electricity

loser buys the first round friday. NOT in the group chat, the sisters read over your shoulder
""", sent_from=False),

    M("offensive-sexual-harassment-sports-medicine-placement-sports-therapy-student.eml", O, True, HO,
      "Year 4 on a sports medicine placement at an invented football club writes to a named sports therapy student's "
      "personal address taken from the rota: remarks on her body while she strapped an ankle, wants to 'practise' "
      "massage on her at his flat, asks for a gym photo, hints the club doctor's view of her depends on him",
      "iphone", ("Connor Maitland", ex("connor.maitland")), ("Leah Okafor", "leah.okafor.st@gmail.com"),
      "hey you", "2026-02-06 21:37", """
Hey Leah,

Got your email off the placement rota sheet, hope that's ok 😉

Been meaning to say, you made those club leggings look like a criminal offence on Tuesday. I couldn't take in a word Dr Brennan said about ACL grafts while you were bent over the plinth strapping that ankle. You'd be a much better model for the hip exam than any of the lads, and you'd get a far keener examiner.

Seriously though, I'm meant to be getting soft tissue massage signed off for my logbook and I'd rather practise on you than on a forty-year-old centre-back. My flat's five minutes from the training ground. Wear the leggings.

Dr Brennan asks me every week how the students are getting on, by the way, so it's good for both of us if we get on well.

Send us a gym pic so I've got something to look at on the bus

C x
"""),

    M("offensive-pursuing-former-lodger-after-no-contact-request.eml", O, True, HO,
      "a Year 5 student who let his spare room writes to his former lodger, a named pharmacy student, after she asked "
      "for contact only through the deposit scheme: ignores that, found her new flat from her post, walked past at "
      "night, will come Thursday and wait, 'you can't block the whole city'",
      "thunderbird", ("Marcus Feld", ex("marcus.feld")), ("Ines Carvalho", ex("ines.carvalho")),
      "Your things", "2026-02-10 00:54", """
Ines,

I know you said that anything about the deposit should go through the DPS and nowhere else. But the deposit scheme can't answer the things I actually want to ask you, so I'm going to set that aside.

Eight months of sharing a kitchen and I get a text and a set of keys on the table. You didn't even leave a forwarding address. I had to work it out from the letters that keep arriving for you: top flat, the building with the yellow bike chained to the railings. I walked past on Sunday night. Your light was on and I could see the plant I gave you on the windowsill.

I still have your grey jumper and a couple of your textbooks, and I'd like to give them back in person. I'll come round on Thursday after placement. If you don't answer I'll wait. I'm not in any hurry.

I don't understand why you're making this so formal. We were close, whatever you're telling your friends now. You can block my number, but you can't block the whole city.

Marcus
"""),

    M("offensive-implied-threat-visa-to-classmate-who-reported-revision-bundle.eml", O, True, HO,
      "implied threat to a named international classmate he believes reported his paid revision bundle: notes her "
      "student-visa work limit and the shifts he has seen her work, mentions the Home Office tip-off form, 'retract "
      "and I'll forget'; blackmail implied, no swearing",
      "plain", ("Jordan Pike", ex("jordan.pike")), ("Tolulope Adebayo", ex("tolulope.adebayo")),
      "the assessment office", "2026-02-13 18:31", """
Tolu,

Interesting to hear from the assessment office that "a student" has raised concerns about my revision bundle. Five people saw that version before it went out and only one of them has been sulking about paying for it. So let's not pretend.

Something to think about. You're here on a Student visa. Twenty hours a week in term time, isn't it? Funny how often I see you behind the till at the Co-op on Hartwell Road. Saturdays, Sundays, Wednesday evenings. I haven't added it up. Yet.

The Home Office has an online form for reporting people who work more than they should. Anyone can fill it in. Anonymously, too, which I think you'll appreciate.

It would be a real shame for five years of medicine to come down to a shift pattern. Email the assessment office, tell them you were mistaken, and I'll forget I ever shopped there.

J
"""),

    M("offensive-korean-english-misogyny-mamchung-kimchinyeo-anaesthetics-reg.eml", O, True, HO,
      "Korean-English (romanised), a Korean international student on anaesthetics to a friend in Korea: calls a named "
      "less-than-full-time registrar 'mamchung' (a misogynistic slur for mothers), says women don't belong in "
      "anaesthetics or surgery, calls Korean women in the society 'kimchinyeo'; coded misogyny, no swear words",
      "gmail", ("Kim Do-hyun", ex("dohyun.kim")), ("Lee Min-jun", "minjun.lee97@naver.com"),
      "anaesthetics 2juchae", "2026-02-17 23:58", """
Minjun-ah, jal jinae? Gundae saenghwal eottae?

Na-neun anaesthetics placement 2juchae-inde jinjja dapdaphae. Nae reg-i Dr Natalie Greer-inde LTFT-ya, ju 3il-man nawa. Ai ttaemune. Oneul-do induction jung-e nursery-eseo jeonhwa wasseo-seo geunyang nagasseo, consultant-i daesin haesseo. Ttak jeonhyeongjeogin mamchung. Ai nakko sipeumyeon jibe gaseo ai-na bwa, wae gudi airway-reul japgo isseo?

Soljikhi yeojadeureun anaesthetics-na surgery-e an maja. Gamjeongjeogigo, him-do eopgo, gyeolgugen da part-time-euro ganda. Jari nangbi-ya.

KMSA-edo kimchinyeo-deul manha. Oppa oppa hamyeonseo bap sa jul ttaeman yeollakhago, revision group-eseoneun amugeotdo an hae. Exam jeonnal-e notes-man ppaeseo ganda.

Na-neun nanjung-e hanguk yeoja-rang gyeolhon an hal geoya, jinjja.

Neo hyuga eonje nawa? Ije jam-ina jalge.

Do-hyun
"""),

    M("offensive-swahili-sheng-crude-insults-at-flatmate-over-landlord-invoice.eml", O, True, HO,
      "Swahili/Sheng-English, a Year 1 Kenyan student straight to a named flatmate who told the landlord he broke the "
      "bathroom door: crude insults ('fala', 'mshenzi', 'kumbafu', 'takataka', 'mavi'), a disguised vulgar oath "
      "('kumamak*o') and 'F*ck you na familia yako yote'",
      "plain", ("Brian Otieno", ex("brian.otieno")), ("Kevin Mwangi", ex("kevin.mwangi")),
      "invoice ya landlord", "2026-02-24 01:40", """
Kevin,

Wewe ni fala kabisa. Ulienda ukaambia landlord ni mimi nilivunja door ya bathroom?? Mimi?? Saa hii ametuma invoice ya £340 na jina langu peke yake. Mshenzi wewe.

Sisi wote tulikuwa pale. Wewe ndio ulikuwa umelewa ukaikick juu huna key, everyone saw. Sasa unataka kunisell ju ya deposit yako. Shenzi type.

Nimechoka na ushenzi wako. Unakula food yangu, hulipi WiFi, unaleta manzi zako saa nane usiku, na bado unaniita mimi "the difficult flatmate" kwa group. Kumbafu. Takataka ya mtu.

Utalipa hiyo pesa yote. F*ck you na familia yako yote, kumamak*o. Usiniongeleshe tena, mavi wewe.

Brian
"""),

    # ================================================================== defamatory: hold (4)
    M("defamatory-dutch-named-anaesthetics-registrar-steals-propofol.eml", D, True, HD,
      "in Dutch, a Dutch international student on anaesthetics to a friend in Utrecht: a named registrar at an invented "
      "hospital stated as fact to steal propofol and fentanyl daily, falsely sign ampoules off as wasted, inject himself "
      "between cases, anaesthetise patients afterwards, and be covered for by the department",
      "gmail", ("Sanne de Vries", ex("sanne.devries")), ("Lotte Jansen", "lotte.jansen@ziggo.nl"),
      "even kwijt", "2026-02-08 22:11", """
Hoi Lotte,

Sorry dat ik zo lang niks van me heb laten horen, de placements hier (zo noemen ze de coschappen) slurpen al mijn tijd op. Maar ik moet dit even kwijt, want ik word er gek van.

Op anesthesie loop ik mee met een registrar, Tom Aldridge, een jaar of 32, heel charmant, alle verpleegkundigen op de OK van Kingsmead General vinden hem geweldig. Nou: hij jat propofol en fentanyl. Elke dag. Hij tekent ampullen in het register af als "vernietigd" terwijl ze gewoon in zijn zak verdwijnen, en tussen twee operaties door spuit hij zichzelf in de kleedkamer. Daarom is hij na de lunch altijd zo "relaxed". Hij is gewoon verslaafd, en daarna brengt hij doodleuk de volgende patiënt onder narcose. De hele afdeling dekt hem.

Het ergste is dat hij volgende maand naar de kinder-OK gaat. Stel je voor.

Zeg het niet door hoor, maar nu snap je waarom ik slecht slaap. Hoe is het met jou en Daan?

Liefs,
Sanne
"""),

    M("defamatory-named-letting-agent-enters-rooms-goes-through-drawers.eml", D, True, HD,
      "to the medics' house-hunting list: a named letting agent stated as fact to let himself into tenants' rooms "
      "unannounced while they are on placement, go through women's underwear drawers, to have done it to another house "
      "last year and be covered for by his agency, 'a creep'; not the proper channel (police, council, agency)",
      "thunderbird", ("Hollie Brackenbury", ex("hollie.brackenbury")),
      ("MedSoc Housing 2026/27", "medsoc-housing@exmail.nottingham.ac.uk"),
      "Please don't rent from Castleford Lettings", "2026-02-19 20:05", """
Hi everyone,

I know lots of you are sorting houses for next year, so please read this before you sign anything.

Gavin Treloar, who runs Castleford Lettings and manages most of the houses on Welbury Road and Ashfield Crescent, lets himself into his tenants' rooms when he knows they're out on placement. He doesn't give notice and he doesn't knock. Last month three of us came home to find our bedroom doors open. Nothing had gone, but in my room and Abi's the underwear drawers had been gone through and put back wrong. He did exactly the same to a house of nursing students on Welbury Road last year, and they were only let out of their contract early because he didn't want it going any further.

He's a creep who uses his spare keys to go through young women's things, and the agency knows and covers for him. Whatever he tells you at the viewing, he will have a key to your room.

Please pass this on to anyone in your year who's house-hunting.

Hollie (Year 2)
"""),

    M("defamatory-role-trentside-rovers-club-doctor-fakes-concussion-forms.eml", D, True, HD,
      "Year 4 on a sports medicine placement to her brother, asking him to get a supporters' podcast to raise it: "
      "'the first-team doctor at Trentside Rovers' (one person, invented club) stated as fact to fill in concussion "
      "assessments he never did, backdate them, give undocumented pre-match injections, and cause a player's fracture",
      "iphone", ("Erin Moffat", ex("erin.moffat")), ("Callum Moffat", "callum.moffat@outlook.com"),
      "don't say this came from me", "2026-03-02 19:48", """
Callum, you asked how the Rovers placement was going. Honestly? The first-team doctor at Trentside is a danger to those lads and I can't say a word about it at the club.

Every time someone takes a knock to the head he does the "how many fingers" thing at the side of the pitch and sends them straight back on. Afterwards he fills in the concussion assessment himself, ticks everything as normal, and puts a time on it from before they went back on. I've watched him do it three times in six weeks. He also gives players steroid and local anaesthetic injections before matches so they can play through injuries he hasn't even had scanned, and none of it gets written down. Their right-back played a whole month on a fractured foot because of him.

You know the lads who do the supporters' podcast. Can you get them to put it to the club? Don't say it's from me, I'd get thrown off the SSC.

Love you x
""", sent_from=False),

    M("defamatory-role-joint-prescribing-pharmacist-selling-modafinil-revision-group.eml", D, True, HD,
      "lower-case to a Year 3 revision group list: a named pharmacist who teaches the joint medicine-pharmacy "
      "prescribing sessions stated as fact to sell modafinil from her locum dispensary to students before exams and "
      "to have been moved off a module for it; a named classmate said to have bought some; not the proper channel",
      "outlook", ("Theo Sandford", ex("theo.sandford")),
      ("Y3 Library Crew", "y3-revision-crew@exmail.nottingham.ac.uk"),
      "cardio pack + wednesday", "2026-03-09 22:30", """
hi all

mainly writing to say the cardio SBA pack is on the drive now (thanks Amira for the ECG ones)

but also, since a few of you asked how Josh Tennant got through the whole of renal in two nights: Dr Carla Wendt, the pharmacist who takes our joint prescribing sessions with the pharmacy students on wednesdays, is the one selling the modafinil. she gets it out of the dispensary at Brookfield where she does her locum shifts and sells it to medics and pharmacy students at £3 a tablet before exams, cash or a transfer to her husband's account. she's been at it for at least three years and that's why she got moved off the second year module. Josh bought a strip off her the week before renal.

so maybe don't quiz her too hard on drug misuse on wednesday lol (and yes I know it's a POM not a CD, before anyone starts)

library tomorrow from 9, bring snacks

theo
"""),

    # ================================================================== offensive look-alikes: no hold (6)
    M("offensive-neg-swahili-sheng-banter-flatmate-ate-my-pilau.eml", O, False, NONE,
      "Swahili/Sheng-English between close Kenyan friends who share a flat: affectionate teasing ('fala wewe', "
      "'mjinga'), 'nitakuua' over eaten pilau, thanks for covering a library shift, plans to face the landlord "
      "together, ends with love; no real insult or threat",
      "iphone", ("Wanjiru Kamau", ex("wanjiru.kamau")), ("Achieng Odhiambo", "achieng.odhis@yahoo.com"),
      "PILAU YANGU", "2026-01-18 13:02", """
Achieng wewe!! Fala wewe, umekula pilau yangu YOTE? Nilipika Sunday for the whole week na leo nafungua fridge ni tupperware tupu. Nitakuua, nakuambia. Mjinga 😂😂

Lakini asante sana for covering my library shift Friday, umeniokoa kabisa, nilikuwa nimechoka mbaya after the ICU teaching.

Sawa, deal ni hii: unapika chapati Saturday, na tunaenda kwa landlord pamoja Monday kuhusu ile heater. Si ulisema ataifix "next week" in November? Tutamwambia kwa upole lakini kwa firmness.

Nakupenda msee, hata kama wewe ni mwizi wa pilau ❤️
"""),

    M("offensive-neg-korean-english-sister-tells-brother-stop-saying-mamchung.eml", O, False, NONE,
      "Korean-English (romanised), a Korean international student to her younger brother: tells him not to use "
      "'mamchung' and 'kimchinyeo' in the family chat, explains they are misogynistic slurs, mentions her LTFT ICU "
      "supervisor who is a mother; mention, not use, ends with affectionate 'babo'",
      "gmail", ("Park Ji-woo", ex("jiwoo.park")), ("Park Min-jae", "minjae.park05@naver.com"),
      "gajok dantokbang", "2026-02-21 10:14", """
Min-jae-ya,

Eoje gajok dantokbang-e neo-ga sseun geo bwasseo. Cafe-eseo ai-ga ureotdago geu eomma-reul "mamchung"-irago bureun geo. Geurigo "kimchinyeo" yaegi-do. Nuna-ga jansori haneun geot gatagetjiman, ibeon-en han mal halge.

Geu dan-eodeul-eun geunyang yumeo aniya. "Mamchung"-eun eomma-deureul beolle-e biyuhaneun mal-igo, "kimchinyeo"-neun hanguk yeoja-deul jeonche-reul don-man balkineun saram-euro mandeuneun mal-iya. Online-eseo maennal bondago geunyang sseumyeon an dwae. Eomma-do geu chat-e itjana.

Yeogi ICU placement-eseo nae supervisor-do ai dul inneun eomma-ya. LTFT-ro ilhaneunde, geu saram eopseumyeon unit-i an dora-ga. Na-do eonjenga geureon doctor-ga doego sipeo.

Hwanaseo geureon ge aniya, geunyang algo isseosseumyeon haeseo. Saranghae, babo. Banghak ttae bwa!

Ji-woo nuna
"""),

    M("offensive-neg-icu-reflection-quoting-dead-pool-remark-to-supervisor.eml", O, False, NONE,
      "a Year 5 student's reflection to his ICU clinical supervisor quoting dehumanising 'dead pool' and 'just a body on "
      "a ventilator' remarks he overheard, to think about dark humour, dignity and how he might speak up; mention, not "
      "use, nobody named, no patient identifier",
      "outlook", ("Tariq Mahmood", ex("tariq.mahmood")), ("Dr Helen Soutar", "helen.soutar@nhs.net"),
      "Reflection for portfolio - humour on the unit", "2026-02-12 17:40", """
Dear Dr Soutar,

As we discussed at my mid-placement review, here is the reflection I mentioned. I have left out anything that could identify the people involved or the patients.

Late one evening I heard two people at the central station joking about a "dead pool", guessing which patient on the unit would die first. One of them described a patient as "just a body on a ventilator" and the other laughed. I did not say anything, and I have been uncomfortable about that since.

I understand that dark humour is one way staff cope with a job that involves a lot of death, and I have laughed at things myself on this placement. What made this different for me was that it turned specific patients into objects of a game, within earshot of a relative's room. I think the line for me is whether the joke is about our situation or about the patient.

I would value your advice on two things: how a student can raise something like this without it feeling like an accusation, and whether the unit has a debrief or wellbeing space where this kind of thing can be talked about openly.

Best wishes,
Tariq Mahmood
Year 5
"""),

    M("offensive-neg-international-student-reports-landlord-abuse-to-su-advice.eml", O, False, NONE,
      "a Malaysian international student writes to the Students' Union advice centre, the proper channel: quotes her "
      "landlord's racist texts and a threat to change the locks 'with the lads' word for word to ask for help with "
      "harassment, the deposit and repairs; mention, not use",
      "thunderbird", ("Nur Aisyah Rahman", ex("nuraisyah.rahman")), ("SU Advice Centre", "advice@su.exmail.nottingham.ac.uk"),
      "Help with my landlord - harassment and repairs", "2026-01-27 12:15", """
Dear Advice Centre,

I am a second-year medical student and an international student from Malaysia. I share a privately rented house with three other students, and I would like advice about how our landlord is treating us.

Since November we have asked him five times, in writing, to repair the boiler. Last week I sent a polite reminder and he replied by text. I am copying his messages exactly, because I think the wording matters:

"Your lot live like animals, no wonder nothing works."
"If you don't like English houses go back to Malaysia."
"Any more complaints and I'll be round with the lads to change the locks. It's my house, I don't need to give notice."

My housemates (two are British, one is Nigerian) received similar messages. We are worried he will come in without warning or lock us out, and I am also worried about our deposit.

Could you tell us:
- whether these messages count as harassment and who we should report them to;
- whether he is allowed to change the locks or enter without notice;
- how to check that our deposit is protected.

I can bring screenshots and our tenancy agreement to an appointment. I have placement on Mondays and Tuesdays, so later in the week would be easiest.

Thank you,
Nur Aisyah Rahman
Year 2 MBBS
"""),

    M("offensive-neg-sports-medicine-society-groin-clinic-and-violent-idioms.eml", O, False, NONE,
      "a sports medicine society events email: a consent-based hands-on groin and hip examination session with frank "
      "anatomy, then violent-sounding sporting idioms (destroyed us, screaming blue murder, beasted, murdered the vets, "
      "slaughter them again); nobody threatened or insulted",
      "thunderbird", ("Jess Whitlow", ex("jess.whitlow")), ("SportsMedSoc", "sportsmedsoc@exmail.nottingham.ac.uk"),
      "Groin clinic night + Mud Run sign-ups", "2026-02-26 15:20", """
Hi all,

Next Wednesday (7pm, Clinical Sciences seminar room 3) Mr Anand Bhatt, a consultant in sport and exercise medicine, is running a hands-on session on the footballer's groin: adductor strains, inguinal disruption (the so-called sports hernia), osteitis pubis, and when the problem is really the hip. Please wear shorts under your clothes, because we will be examining hips and groins in pairs. Choose a partner you're comfortable with, and nobody has to be examined if they'd rather not.

Now the fun bit. Sign-ups for the charity Mud Run close on Friday. Last year's course absolutely destroyed us: Ollie got electrocuted (on purpose, it's an obstacle), Priya went through the ice bath screaming blue murder, and we crossed the line looking like extras from a zombie film. Ten out of ten, would die again.

Training is Sunday mornings on the lakeside track and it's brutal, so come ready to be beasted. Your hamstrings will hate you by week two. Bring water, bring friends, and bring something for the DOMS.

Finally, a huge shout-out to our five-a-side team, who murdered the vet school 8-1 on Saturday. Total carnage. The vets have demanded a rematch, and we'll happily slaughter them again.

Jess (Events Officer)
"""),

    M("offensive-neg-firm-no-contact-message-to-former-flatmate.eml", O, False, NONE,
      "a Year 3 student's firm message to a former flatmate who keeps contacting her: states her earlier no-contact "
      "request, that she has kept records and will report further contact to the police and the School; a boundary, "
      "not a threat or harassment",
      "plain", ("Chiamaka Eze", ex("chiamaka.eze")), ("Daniel Roper", "dan.roper1999@gmail.com"),
      "Please stop contacting me", "2026-03-04 08:10", """
Daniel,

This is the last message I will send you.

On 3 February I asked you not to contact me again except about the deposit, and only through the deposit scheme. Since then you have messaged me fourteen times on three different apps, emailed my university address, and on Sunday you came to my new house.

Do not contact me again by any means, and do not come to my home, my placement or my lectures. I have kept copies of every message and a note of Sunday.

If it happens again, I will report it to the police and to the School of Medicine without further warning. The deposit will be settled through the scheme, and I will not reply to anything else.

Chiamaka Eze
"""),

    # ================================================================== defamatory look-alikes: no hold (4)
    M("defamatory-neg-dutch-hedged-rumour-anaesthetics-refuses-to-name.eml", D, False, NONE,
      "in Dutch, a Dutch international student to his sister: says there is a rumour about 'someone in anaesthetics' "
      "and drugs, that he has seen nothing, doesn't know if it's true and won't name anyone, and would go to his "
      "supervisor or the Freedom to Speak Up Guardian if he saw something; hedged, no one identifiable",
      "gmail", ("Joris van Dam", ex("joris.vandam")), ("Fleur van Dam", "fleur.vandam@gmail.com"),
      "Re: hoe is het daar?", "2026-03-11 21:26", """
Hoi Fleur,

Goed om van je te horen! Anesthesie bevalt me eigenlijk heel goed. Het team is aardig, ik mag al veel zelf doen (twaalf intubaties deze week, allemaal onder supervisie natuurlijk) en de consultants nemen echt de tijd om uit te leggen.

Over dat gerucht waar ik het aan de telefoon over had: ik heb er nog eens over nagedacht en ik ga er niet verder over praten, ook niet met jou. Er wordt op de afdeling gefluisterd over iemand bij anesthesie en medicijnen, maar ik heb zelf helemaal niets gezien, ik weet niet of het klopt en ik weet niet eens zeker over wie het gaat. Als het niet waar is, maak je met zulk gepraat zomaar iemands carrière kapot.

Mocht ik ooit zelf iets zien, dan ga ik naar mijn supervisor of naar de Freedom to Speak Up Guardian van het ziekenhuis. Daar is die functie voor.

Liefs aan pap en mam, ik bel zondag.

Joris
"""),

    M("defamatory-neg-sourced-tribunal-rent-repayment-order-future-housemates.eml", D, False, NONE,
      "to future housemates: a sourced public fact, an (invented) First-tier Tribunal decision ordering a named letting "
      "company to repay rent for an unlicensed HMO and the council's public licence register; says that is all the "
      "decision shows and suggests asking for a licence number",
      "plain", ("Owain Pritchard", ex("owain.pritchard")),
      [("Amara Singh", ex("amara.singh")), ("Lewis Oduya", ex("lewis.oduya")), ("Beth Carrow", "bethcarrow@icloud.com")],
      "House on Marlowe Street - something to check before we sign", "2026-03-16 19:03", """
Hi all,

Before we sign for the Marlowe Street house, I did some checking on the letting company, Kerrow Property Lettings Ltd, and found two public things worth knowing.

1. A published First-tier Tribunal (Property Chamber) decision from November 2025 ordered Kerrow Property Lettings Ltd to repay £6,400 in rent to three former tenants of a different house, because that house was being let as an HMO without the licence the council requires. The decision is on the government's tribunal decisions site if you want to read it.

2. The council's public HMO licence register lists the Marlowe Street house as "application pending", not licensed.

That's all the decision and the register say. They don't say anything about deposits, repairs or how the company treats tenants, and I'm not suggesting anything beyond what's written there. But I think it's reasonable to ask for the licence number, or written confirmation that it's been granted, before we sign.

Happy to ask at the viewing on Saturday if you're all OK with that.

Owain
"""),

    M("defamatory-neg-concussion-concern-to-sports-medicine-placement-lead.eml", D, False, NONE,
      "a Year 4 student writes to the University's sports medicine placement lead, the proper channel: first-hand, "
      "careful account of a player returning after a head knock without a concussion assessment she could see, names "
      "the club doctor factually, says what she could not see and that he may have had reasons, has told no one else",
      "outlook", ("Megan Ashworth", ex("megan.ashworth")),
      ("Dr Fiona Carradine", "fiona.carradine@nottingham.ac.uk"),
      "Advice please - head injury management on placement", "2026-03-05 09:12", """
Dear Dr Carradine,

I am on the sport and exercise medicine SSC at Trentside Rovers, and I would like your advice about something I saw at Saturday's under-23 match. I have not discussed it with anyone at the club or with other students.

In the second half a player went down after a clash of heads. Dr Hartigan, the club doctor, assessed him at the side of the pitch for what I estimated to be two or three minutes, and he then returned to play. From where I was standing I could not see or hear what was checked, and I did not see a SCAT6 or any written assessment being completed, either then or after the match.

I may well have missed something: there may have been an assessment off the pitch that I didn't see, or the player may not have had any concerning features. I am not suggesting that anyone did anything wrong. But our teaching on concussion has been very clear about "if in doubt, sit them out", and I would like to understand what I should have expected to see, and whether I ought to do anything with what I saw.

Would it be possible to talk this through with you this week? I am free on Wednesday afternoon.

Kind regards,
Megan Ashworth
Year 4
"""),

    M("defamatory-neg-revision-group-reply-dont-repeat-modafinil-rumour.eml", D, False, NONE,
      "reply to a revision group after a rumour that 'a member of staff' sells modafinil: refuses to repeat or guess who, "
      "says nobody has seen anything, gives the proper routes if anyone was actually offered drugs, and steers back to "
      "revision; no one identifiable, no allegation made",
      "outlook", ("Rhys Callaghan", ex("rhys.callaghan")),
      ("Y2 Revision Group", "y2-revision-group@exmail.nottingham.ac.uk"),
      "Re: the modafinil thing", "2026-03-18 08:35", """
Morning all,

I've seen the messages flying around since last night about a member of staff supposedly selling modafinil, and I'd like us to stop. None of us has actually seen anything. It's third-hand at best, and the guessing about who it "must be" has already landed on at least two different people, which shows how little anyone really knows. Please don't put names to it, in here or anywhere else.

If anyone has genuinely been offered prescription drugs by anyone, staff or student, that is worth reporting properly, to the module lead or to Student Services, and they will keep it confidential. That's the place for it, not this list.

And for what it's worth, every lecture we've had on sleep says modafinil is a poor substitute for sleeping. Spaced repetition and an early night are boring, but they work.

Back to business: Thursday is respiratory, 2pm, library group room 4. I'll bring the ABG questions. Can someone volunteer for the pneumonia severity scores?

Rhys
"""),
]
