"""Batch 7b: 22 labelled emails (8 offensive, 4 defamatory, 10 look-alike negatives), written fresh as a
held-back test set, without reading bedside's rules, word lists, fixtures, findings or earlier mail texts;
only the notes in labels.json were read, to avoid repeating their scenarios, and batch 5 for the format.

Themes favoured in this half of batch 7: surgical, obstetric, emergency and elective placements abroad,
research/lab students, a student-run clinic, halls of residence and part-time jobs. Other-language mails
are in Cantonese-English (romanised), Yoruba-English and Romanian.

Every person, hospital, ward, practice, company, hall, society and street is invented. No patient
identifiers appear anywhere (no names, dates of birth, numbers or addresses of patients).
"""

from __future__ import annotations

from build import HD, HO, NONE, D, M, O, ex

MAILS = [
    # ================================================================== offensive: hold (8)
    M("offensive-cantonese-english-filipina-helpers-slur-hk-elective.eml", O, True, HO,
      "Cantonese-English (romanised), Year 5 on an emergency elective in Hong Kong to a friend's Gmail: calls Filipina "
      "domestic helpers who attend A&E 'banmui' (a derogatory term), says they fake illness, steal, are dirty and 'all the "
      "same', compares them to a cockroach nest; nationality/race prejudice, no swear words, no patient identified",
      "gmail", ("Hoi-Yan Cheung", ex("hoiyan.cheung")), ("Ceci Lam", "cecilam.hk@gmail.com"),
      "elective day 9 😩", "2026-04-14 15:22", """
Ceci!! elective day 9 la. Sai Ling A&E jan hai busy gwo UK ge, but at least di nurses are efficient, m sai dang seven hours like back home.

But ngo yiu complain. Every Sunday di banmui come in as a group, all claiming back pain or "dizzy" so they can get a sick note and not work for their employer. Hai mai ho siu? My mum always said lock up your jewellery when the banmui is in the flat and now ngo finally understand why lor. They're all the same: lazy, dirty, always on their phones, and half of them just want to catch a local husband lol.

Tbh ngo m ming HK dim gaai let so many in. Central on a Sunday is like a cockroach nest, every footbridge covered in cardboard and banmui. The consultant here is super patient with them, ngo jan hai m dak.

Anyway yum cha this Sat when I'm back from nights? ngo cheng 😘
Hoi-Yan
"""),

    M("offensive-yoruba-english-crude-insults-at-hall-flatmate.eml", O, True, HO,
      "Yoruba-English, Year 1 straight to a named flatmate in halls who complained about her cooking: crude insults "
      "('oloriburuku', 'werey', 'omo ale', 'ode buruku', 'mumu'), disguised swearing (sh!tty, f*ck yourself) and a curse "
      "('ko ni da fun e')",
      "iphone", ("Adeola Bankole", ex("adeola.bankole")), ("Lucy Farrant", ex("lucy.farrant")),
      "your complaint", "2026-04-19 23:48", """
Lucy so you went and reported me to the hall team because of my pepper soup?? You this oloriburuku girl. Se ori e ti daru ni? Werey. Ode buruku.

Nobody in Flat 12 asked for your opinion about my food or my music. You and your sh!tty little candles. Omo ale. Go and f*ck yourself, better still go and find another flat because I'm not going anywhere. Mumu.

Ko ni da fun e. Try me again and see.
""", sent_from=False),

    M("offensive-romanian-anti-roma-slurs-student-run-clinic.eml", O, True, HO,
      "in Romanian, Year 3 volunteer at the student-run clinic to a friend in Romania: calls Roma attendees 'ciori' (an "
      "ethnic slur) and 'o șatră întreagă', says they steal, breed for benefits and are 'closer to animals', asks to be "
      "taken off their session; dehumanising ethnic prejudice, no swear words, no patient identified",
      "plain", ("Ioana Dumitrescu", ex("ioana.dumitrescu")), ("Bianca Tănase", "bianca.tanase@yahoo.ro"),
      "săptămâna asta", "2026-04-23 21:05", """
Bună, Bianca,

Ce mai faci? Eu sunt moartă după săptămâna asta. Marți am avut tura la clinica studențească de pe Carrow Street, cea pentru oamenii care nu au medic de familie, și cine crezi că a venit? Ciorile. O șatră întreagă, cu copii, cu bunici, cu tot. Am crezut că am scăpat de ei când am plecat din România și uite-i aici, la fel de murdari și de gălăgioși.

Englezii de la clinică sunt foarte drăguți cu ei, le zic „Roma community” și le dau vouchere de mâncare. Dacă ar ști ce știm noi. Țiganii nu muncesc, fură tot ce nu e legat și fac copii doar ca să ia alocații. Sincer, nu sunt oameni ca noi, sunt mai aproape de animale. Mi-am ținut geanta încuiată în dulap toată tura.

I-am zis coordonatorului că aș prefera să nu mai fiu pusă marțea. Nu fac voluntariat ca să am grijă de ciori.

Te pup, vorbim duminică,
Ioana
"""),

    M("offensive-mocking-women-in-labour-obstetric-placement.eml", O, True, HO,
      "Year 4 on an obstetrics placement to a friend: mocks women in labour as a farmyard, ranks them by noise (cow, sea "
      "lion, goose), made a 'sound chart' with another student, jokes about a perineal repair and 'her poor husband'; "
      "mockery of patients, only mild swearing, no patient identified",
      "iphone", ("Rory Tennant", ex("rory.tennant")), ("Will Haddow", "will.haddow@outlook.com"),
      "obs n gynae", "2026-05-02 22:31", """
mate obs and gynae is an actual farmyard. did 12 hours on labour ward today and I've started ranking them by noise. bay 3 was a cow, full on mooing, bay 6 was a sea lion, and one of them just honked like a goose every contraction 😂 me and the other med student did a sound chart on the back of a handover sheet and gave them marks out of 10

then the reg let me watch her stitch a tear and honestly it was like repairing a burst sofa cushion. never going back to how it was, her poor husband

the midwives keep calling it "a beautiful experience". beautiful my arse, it's a slaughterhouse with balloons

never going near a woman down there again lol. pint thursday?
"""),

    M("offensive-polite-ableism-autistic-dyspraxic-surgical-skills.eml", O, True, HO,
      "to the consultant running a society surgical skills day, politely worded disability prejudice: proposes quietly "
      "rejecting applicants who disclose autism or dyspraxia because they 'cannot read the room', seem 'odd' to patients "
      "and 'will never have the hands', steering them to specialties without patients; no swear words",
      "outlook", ("Imogen Castellane", ex("imogen.castellane")), ("Mr Declan Sawyer", "declan.sawyer@nottingham.ac.uk"),
      "Basic Surgical Skills day - selecting applicants", "2026-05-05 09:12", """
Dear Mr Sawyer,

Thank you again for agreeing to run the Basic Surgical Skills day for the Surgical Society on 16 May. We have had 64 applications for 24 places, so the committee has been discussing how to prioritise.

I wanted to raise something delicately, and I hope you will take it in the spirit in which it is meant. Several applicants have said on their forms that they are autistic or dyspraxic, and two of them are quite open about it in our year. I would suggest that we do not offer places to students with those conditions. Surgery depends on reading the room, and people with autism simply cannot do that; they come across as odd to patients and they cannot cope when a list changes at the last minute. Dyspraxic students will never have the hands for it, however much they practise.

It seems kinder to be honest with them early and steer them towards something like pathology or radiology, where they will not have to deal with patients or a theatre team. We would of course not put any of this in writing to the applicants; we would simply not select them.

I would be grateful to know whether you agree before we send out offers on Friday.

Kind regards,
Imogen Castellane
Education Officer, Surgical Society
Year 3 MBBS
"""),

    M("offensive-sexual-harassment-bar-supervisor-after-shifts-only.eml", O, True, HO,
      "a Year 2 student who supervises shifts at the union bar writes to a named colleague's personal Gmail after she "
      "asked him to message her only about shifts: has swapped onto her closes, took her new address from the payroll "
      "form and will walk her home, remarks on her body in uniform, hints her day off depends on him",
      "gmail", ("Connor Rudd", ex("connor.rudd")), ("Maya Ellison", "maya.ellison04@gmail.com"),
      "just read this", "2026-05-09 02:37", """
Maya,

I know you said on Saturday you only want me messaging you about shifts. I've been respectful about that for a whole week, so I think I've earned one proper email.

I've swapped onto your Thursday and Sunday closes, so we'll have plenty of time to talk after lock-up. I also saw your new address on the payroll form when I was doing the timesheets. Radford Grove is on my way home, so I'll walk you back from now on, no arguments. It's not safe for you on your own at 2am anyway.

You can't wear that black uniform top the way you do and then act surprised when people look. Every lad on the rota talks about your body. I'm the only one who actually respects you.

Don't make this awkward at work. You still need Friday off for your sister's thing and I'm the one who signs off the rota.

C x
"""),

    M("offensive-implied-threat-intercalator-phd-organoid-lines.eml", O, True, HO,
      "an intercalating BMedSci student to the named PhD student who reported his biosafety lapses: he is alone in the "
      "lab at weekends, freezers 'trip', three years of her organoid lines could be lost 'and nobody would be able to say "
      "how', think before saying anything else; threat implied, no swearing",
      "thunderbird", ("Benedict Lyle", ex("benedict.lyle")), ("Sunita Raman", ex("sunita.raman")),
      "Hallworth", "2026-05-13 21:56", """
Sunita,

I gather it was you who told Dr Hallworth about the hood and the waste log. Thanks for that. I now get to redo my biosafety induction in front of the second years.

You should know I'm in the lab on my own most evenings and weekends this term. Freezers trip. Incubator doors get left open. The CO2 runs out on a Saturday and nobody notices until Monday. Three years of organoid lines is a lot to lose in one weekend, and nobody would ever be able to say how it happened.

I'm not saying anything will happen. I'm just saying it's a big building and accidents are hard to trace. Have a think about whether you want to say anything else to Hallworth.

Ben
"""),

    M("offensive-coded-anti-lgbt-student-clinic-drop-in-reply.eml", O, True, HO,
      "reply to the student-run clinic committee list about a planned LGBTQ+ health drop-in, with coded anti-LGBT terms "
      "('alphabet agenda', 'groomers in all but name', 'clown world', 'the 41% club', puberty blockers 'with the flu "
      "jabs'), refuses to staff it; polite register, no explicit slur or swearing; the announcement is quoted below",
      "outlook", ("Hugh Penrose", ex("hugh.penrose")), ("Carrow Street Clinic committee", "carrowclinic-committee@exmail.nottingham.ac.uk"),
      "RE: New monthly LGBTQ+ health drop-in from June", "2026-05-15 19:44", """
Hi all,

I'll be honest, since nobody else on this list seems willing to be. I didn't sign up to this clinic to help push the alphabet agenda. We're meant to be a clinic for people who can't get a GP, not a recruitment fair.

Half the "charity" people who'll come along with this are groomers in all but name, and we'd be putting them in a waiting room with families and kids. Clown world. Give it a year and we'll be handing out puberty blockers with the flu jabs.

I'm not going to put the 41% club on my rota, and I'd ask that my name is taken off any session they run. I'm sure others feel the same and just don't want to be shouted at.

Regards,
Hugh
""", quote={
          "from": ("Leah Kirkby", ex("leah.kirkby")),
          "to": ("Carrow Street Clinic committee", "carrowclinic-committee@exmail.nottingham.ac.uk"),
          "subject": "New monthly LGBTQ+ health drop-in from June", "date": "2026-05-15 12:10", "body": """
Hi everyone,

Great news: from June we'll be running a monthly LGBTQ+ health drop-in on the first Wednesday evening, with nurses from Rainbow Ridge Health Trust. It will cover sexual health screening, PrEP information, mental health signposting and help registering with a GP. Volunteers will get a short training session beforehand.

Please add your name to the rota if you can help.

Leah (Clinic Coordinator)
"""}),

    # ================================================================== defamatory: hold (4)
    M("defamatory-named-elective-agency-director-forged-letters-year-list.eml", D, True, HD,
      "to the Year 4 list, copying a friend at another school: the named director of an (invented) elective agency stated "
      "as fact to be a fraudster who forged a Tanzanian hospital's acceptance letters, pocketed over £20,000 and has a "
      "previous conviction for the same; not the proper channel",
      "outlook", ("Tomasz Wierzbicki", ex("tomasz.wierzbicki")), ("Year 4 MBBS", "mbbs-year4-list@exmail.nottingham.ac.uk"),
      "WARNING - do not pay Kestrelmere Electives / Gavin Tressell", "2026-04-08 18:03", """
Hi all,

Before anyone else pays a deposit: Kestrelmere Electives, the company that was on the elective noticeboard and at the Elective Fair in November, is a scam, and the man who runs it, Gavin Tressell, is a fraudster.

Eleven of us paid him £1,850 each for obstetric and emergency placements at Mount Kilele Referral Hospital in Tanzania. Last week I rang the hospital directly. They have never heard of him and never agreed to take students from us. The "acceptance letters" he sent us are forged on their letterhead, down to the signature of a medical director who retired in 2021. He has simply pocketed the money, over £20,000 from our year alone.

He did exactly the same to students at Leeds last year under a different company name, and he already has a conviction for it. Now he has stopped answering his phone.

Please forward this to anyone in Year 3 who is planning their elective. Do not give this man a penny.

Tomasz
""", cc=[("Hattie Morrow", "hattie.morrow97@gmail.com")]),

    M("defamatory-named-lab-manager-personal-shopping-on-grant.eml", D, True, HD,
      "an intercalating student to two friends' personal addresses: a named lab manager stated as fact to have put her own "
      "shopping (a Dyson, a PS5, children's shoes, garden furniture) on a charity-funded grant code for years, 'literally "
      "fraud', with her PI too scared to notice",
      "iphone", ("Freya Hollis", ex("freya.hollis")),
      [("Nat", "natalie.brook@gmail.com"), ("Sami", "sami.qureshi@hotmail.co.uk")],
      "lab manager 👀", "2026-05-20 20:14", """
ok so I've worked out why our orders take forever. Denise Arkell (lab manager, 4th floor of the Hollins Building) has been putting her own shopping on the lab's grant code for YEARS. a Dyson, a PS5, her kids' school shoes, a whole garden furniture set, all through the amazon business account and coded as "consumables"

that's cancer charity money. it's literally fraud and Prof Whitcombe is too scared of her to notice. she's been at it since before we were born probably

don't say anything yet lol
"""),

    M("defamatory-named-care-agency-manager-bills-visits-never-made.eml", D, True, HD,
      "a Year 2 student with a part-time care job warns coursemates off the (invented) agency: its named manager stated as "
      "fact to be 'a crook' who makes carers sign for visits never made, bills the council for them and took £200 from a "
      "client's purse; sent to friends, not to the council, CQC or police",
      "gmail", ("Priyanka Dhillon", ex("priyanka.dhillon")),
      [ex("kate.summerfield"), ex("jonah.mbeki"), ex("ruby.eastwood"), "tashpatel01@gmail.com"],
      "re summer shifts at Amberlea", "2026-06-03 17:40", """
Hi guys,

You asked me about doing shifts at Amberlea Home Care over the summer. Honestly, don't, and here's why.

Lorraine Pask, the manager, is a crook. She makes the carers sign visit sheets for calls that never happened and then bills the council for them. She's claiming for hundreds of hours of care that nobody ever got, and some of those clients are left without their tea call for days. She also took £200 out of one client's purse "for safe keeping" and it never came back.

She's been doing this for years and the council has no idea. Anyone who works there is basically helping her commit fraud.

Pri x
"""),

    M("defamatory-role-weekend-night-porter-dealing-to-freshers.eml", D, True, HD,
      "lower-case to a hall's residents list: 'the weekend night porter' at an invented hall, described so that he is one "
      "person (older, grey ponytail, Fri-Sun in the lodge), stated as fact to sell ketamine and pills to freshers, tip off "
      "dealers before inspections and to have been arrested for it at his last job",
      "plain", ("Jake Ormerod", ex("jake.ormerod")), ("Brackenhurst Hall residents", "brackenhurst-residents@exmail.nottingham.ac.uk"),
      "psa about the night porter", "2026-05-24 01:52", """
psa for everyone in brackenhurst: the weekend night porter, the older guy with the grey ponytail who sits in the lodge fri to sun, is dealing. he sells ket and pills to freshers out of the back of the lodge and gives the dealers a heads up before room inspections so they can clear out. he got arrested for exactly this at his last job at a hall in sheffield and somehow they still hired him.

don't buy off him and don't trust him with your spare key. pass it on
"""),

    # ================================================================== offensive look-alikes: no hold (6)
    M("offensive-neg-cantonese-english-reporting-helper-slur-hk-elective.eml", O, False, NONE,
      "Cantonese-English (romanised), Year 5 on an emergency elective in Hong Kong to a friend: reports that a relative "
      "called a Filipina helper 'banmui', explains the word is derogatory, and how the charge nurse challenged it and "
      "brought the helper back in; mention, not use, no patient identifier",
      "thunderbird", ("Wing-Sze Lau", ex("wingsze.lau")), ("Jenny Tsang", "jennytsang.med@gmail.com"),
      "elective update + something I learnt", "2026-04-16 16:40", """
Jenny ah,

Elective update la. Sai Ling A&E is ho busy but the team is lovely, ngo learnt so much already, did my first proper primary survey on Tuesday with the reg watching.

Something happened yesterday that ngo yiu tell you about. A family brought their elderly dad in after a fall, and their Filipina domestic helper came with them. She was the one who actually knew all his meds and saw him fall. The son kept calling her "banmui" in front of everyone and telling her to wait outside. Lei ji ga, that word is properly derogatory. My grandma used to say it and I never realised how ugly it sounds until I heard it said at someone.

The charge nurse, Sister Leung, handled it so well. She said calmly that the helper was the best historian they had, brought her back into the cubicle, and asked the son to use her name. Afterwards she told me the department hears it every week and she always challenges it. Ngo wui write about it for my elective reflection, about how carers get talked over.

Anyway ngo ho miss you, yum cha when I'm back? Ngo cheng!

Wing-Sze
"""),

    M("offensive-neg-yoruba-english-banter-fire-alarm-hall-friend.eml", O, False, NONE,
      "Yoruba-English, affectionate banter to a close friend in the same hall after her 3am toast set off the fire alarm "
      "('werey', 'ode', 'olodo', 'I go kill you o' over the stew), then 'thank God you're ok' and 'love you jare'; no real "
      "insult or threat",
      "iphone", ("Temitope Adewale", ex("temitope.adewale")), ("Funmi Olatunji", ex("funmi.olatunji")),
      "3am 🔥🚒", "2026-04-27 08:15", """
Funmi you this werey 😂😂 who burns toast at 3am and sets off the fire alarm for the whole of Block C?? I stood outside in my bonnet and slides for 40 minutes and the warden saw me like that. Ode! Olodo!

Oya listen, if you touch my stew again I go kill you o. And you owe me one plate of amala for the trauma, abi?

Jokes aside, thank God you're ok, that smoke was plenty. Love you jare. Library at 10 sharp, no African time 😘
"""),

    M("offensive-neg-romanian-society-session-anti-roma-language.eml", O, False, NONE,
      "in Romanian, a society president to the Romanian medical students' list announcing a session with the student-run "
      "clinic on Roma patients' access to care: names slurs and stereotypes heard at home ('cioară', 'țigan împuțit', "
      "'fură tot ce nu e legat') in order to discuss why doctors must not use them; mention, not use",
      "plain", ("Andrei Munteanu", ex("andrei.munteanu")), ("Romanian Medical Students", "romanian-medsoc@exmail.nottingham.ac.uk"),
      "Sesiune joi: pacienții romi și limbajul pe care îl folosim", "2026-05-11 12:30", """
Dragi colegi,

Joi, 21 mai, la 18:30, în sala B12, organizăm împreună cu clinica studențească de pe Carrow Street o sesiune despre accesul pacienților romi la servicii medicale în Marea Britanie. Invitata noastră este dr. Mirela Stoica, medic de familie, care lucrează de zece ani cu comunități rome din Midlands.

Știu că subiectul e sensibil pentru mulți dintre noi. Cei mai mulți am crescut auzind acasă, la școală sau la televizor cuvinte ca „cioară” sau „țigan împuțit” și glume despre „șatră” și despre cum romii „fură tot ce nu e legat”. Vom vorbi deschis despre aceste expresii: de unde vin, ce efect au asupra pacienților și de ce un medic nu își permite să le folosească, nici măcar în glumă și nici măcar în română, crezând că nu înțelege nimeni.

Rugămintea noastră: veniți cu întrebări sincere, chiar și incomode. Nimeni nu va fi judecat pentru ce a auzit acasă, doar pentru ce alege să spună mai departe.

Va fi pizza și, evident, cozonac de la magazinul românesc de pe Alfreton Road.

Cu drag,
Andrei Munteanu
Președinte, Societatea Studenților Români la Medicină
"""),

    M("offensive-neg-obstetric-teaching-respectful-labour-ward-language.eml", O, False, NONE,
      "a Year 5 peer-teaching lead to the Year 4 obstetrics placement list: quotes disparaging phrases heard about women "
      "in labour ('screaming the place down', 'like a farmyard in there', 'making a meal of it', 'incompetent cervix') as "
      "things not to say, with alternatives; mention, not use, no patient",
      "outlook", ("Nia Gwilliam", ex("nia.gwilliam")), ("Year 4 O&G placement", "mbbs-y4-obs-gynae@exmail.nottingham.ac.uk"),
      "Before your labour ward shifts: words matter", "2026-04-29 07:55", """
Dear all,

Welcome to O&G. Before your first labour ward shift I wanted to share something the midwifery educators asked us to pass on, based on feedback from women who have given birth at our placement units.

Some of the phrases students and staff have been overheard using, often without meaning any harm, include:

- "She's screaming the place down" / "it's like a farmyard in there"
- "She's making a meal of it" or "she's just being dramatic"
- "Incompetent cervix", "failure to progress", "poor maternal effort"
- "The elderly primip in room 4" (and referring to anyone by room number)

Women hear these, partners hear these, and they are remembered for years. Please use the woman's name when you are with her, describe what you see ("she is in a lot of pain and asking for an epidural"), and use current terms such as "cervical insufficiency" and "delay in labour". If you hear something that worries you, tell your supervising midwife or me.

The teaching session on respectful maternity care is on Thursday at 13:00 in the Postgraduate Centre. Bring your questions.

Best wishes,
Nia Gwilliam
Year 5 Peer Teaching Lead, O&G
"""),

    M("offensive-neg-surgical-skills-night-gory-vocabulary.eml", O, False, NONE,
      "a surgical society email for a skills night full of violent-sounding but literal surgical and idiomatic words "
      "(butchering pig's trotters, stab incisions, blood everywhere, killer knots, cut-throat competition, 'dying to see "
      "you', murder the pizza); nobody threatened or insulted",
      "gmail", ("Oscar Delaney", ex("oscar.delaney")), ("Surgical Society", "surgsoc-members@exmail.nottingham.ac.uk"),
      "🔪 Suturing & Knot-Tying Night - sign-ups open", "2026-05-18 13:02", """
Hi SurgSoc!

Our last skills night of the year is on Tuesday 2 June, 18:00-20:30, in the Clinical Skills Centre.

What's on:
- Butchering pig's trotters: interrupted, mattress and subcuticular sutures
- Stab incisions and drain insertion on a fake-blood abdominal model (there will be blood everywhere, wear old clothes)
- One-handed and instrument ties with Mr Yusuf Haldane, whose knots are frankly killer
- A cut-throat knot-tying race at the end, winner gets a set of scissors and eternal glory

Places are limited to 30 and always go fast, so sign up on the link in our bio before Friday. We're dying to see you there. First years very welcome, no experience needed, just don't faint on us.

We'll murder the pizza afterwards as usual.

Oscar
SurgSoc Events Officer
"""),

    M("offensive-neg-hall-report-unwanted-messages-to-residential-life.eml", O, False, NONE,
      "a Year 1 student reports to her hall's Residential Life team, the proper channel, that a former resident keeps "
      "messaging her after she asked him to stop; quotes his messages ('I know which bus you get', 'I'll be at your door') "
      "to ask for help; mention, not use",
      "thunderbird", ("Ellie Marchbank", ex("ellie.marchbank")), ("Cavendish Lodge Residential Life", "reslife-cavendish@nottingham.ac.uk"),
      "Unwanted contact from a former resident - asking for help", "2026-05-26 10:18", """
Dear Residential Life team,

I'm a first-year resident in Block D, room 14, and I'd like to report unwanted contact and ask what you can do.

A student who lived in Block D until March, Jordan Keel, has been messaging me since February. On 2 May I told him clearly, in writing, that I did not want any further contact. Since then he has sent more than thirty messages from different accounts, including:

- "I know which bus you get on Tuesdays"
- "You can't ignore me forever"
- "I'll be at your door at 11, let me in this time"

Last Friday someone buzzed my flat at about 11pm and my flatmate saw him in the corridor, although he no longer lives here. I have screenshots of everything and can bring them in. I have also reported it to the police non-emergency line and have a reference number.

Could you let me know whether his access card has been cancelled and whether the night staff can be told? I'd also be grateful for details of the support available.

Thank you,
Ellie Marchbank
Year 1 MBBS
"""),

    # ================================================================== defamatory look-alikes: no hold (4)
    M("defamatory-neg-electives-office-placement-not-confirmed.eml", D, False, NONE,
      "a Year 4 student writes to the School's electives office, the proper channel: the overseas hospital has no record "
      "of a placement booked through an (invented) agency and its named director is not answering; she says she does not "
      "know whether it is a mix-up and accuses no one, asks what to do",
      "outlook", ("Safiya Rahman", ex("safiya.rahman")), ("Electives Office", "med-electives@nottingham.ac.uk"),
      "Elective placement not confirmed by host hospital - advice please", "2026-04-10 11:26", """
Dear Electives team,

I would be grateful for some advice about my elective, which is due to start on 6 July.

I booked an obstetrics placement at St Aldhelm's Mission Hospital in Malawi through Larkspur Global Placements and paid a fee of £1,600 in January. I have a confirmation letter from Larkspur. When I emailed the hospital's education office last week to ask about accommodation, they replied that they have no record of my placement.

I have since tried to contact Larkspur's director, Ian Corrigan, by email and phone three times without a reply. I don't know whether this is an administrative mix-up at either end, a delay, or something else, and I am not suggesting anything about Mr Corrigan. I simply need to know whether my elective can go ahead.

Could you tell me what the School would advise, whether other students have booked through Larkspur this year, and whether I should start arranging a back-up placement? I can forward the confirmation letter and receipts.

Kind regards,
Safiya Rahman
Year 4 MBBS
"""),

    M("defamatory-neg-sourced-cqc-report-home-care-agency.eml", D, False, NONE,
      "a student tells coursemates who do part-time care shifts about a published (invented) CQC inspection report rating "
      "an invented home care agency Inadequate, quoting its findings on unmatched visit records, noting it names no one "
      "and that the provider disputes parts of it; sourced, no allegation made",
      "plain", ("Kwame Asante-Boyd", ex("kwame.asanteboyd")),
      [ex("dan.whitlow"), ex("layla.hosseini"), ex("georgia.pryce")],
      "Thistledown Home Care - CQC report out", "2026-06-08 19:11", """
Hi all,

Since a few of you were thinking of picking up summer shifts with Thistledown Home Care, I thought you'd want to know the CQC published its inspection report on them last week. It's on the CQC website if you search the agency's name.

The overall rating is Inadequate. The report says that "records of 41 care visits could not be matched with electronic call monitoring data" and that "some people did not receive visits at the times agreed in their care plans". It also says staff training records were incomplete.

The report doesn't say why the records didn't match or blame any individual, and the provider's response at the end says it disputes some findings and has an improvement plan. So I'm not saying anyone there has done anything wrong. I'd just read it before signing up, and ask them at interview what has changed.

Kwame
"""),

    M("defamatory-neg-research-integrity-officer-unexplained-orders.eml", D, False, NONE,
      "an intercalating student writes to the School's research integrity officer, the proper channel: noticed orders on "
      "a grant code that he could not match to lab consumables, names who administers the account but explicitly makes no "
      "accusation, lists innocent explanations and has told no one else",
      "thunderbird", ("Lucas Ferreira-Quinn", ex("lucas.ferreiraquinn")), ("Dr Miriam Osei", "research-integrity@nottingham.ac.uk"),
      "Confidential - advice about some purchase records", "2026-05-22 16:47", """
Dear Dr Osei,

I'm an intercalating BMedSci student in a lab on the fourth floor of the Hollins Building, and I would like some confidential advice.

While reconciling our reagent orders for my project budget, I noticed three orders on the group's grant code in the shared purchasing spreadsheet that I could not match to any lab consumable: a cordless vacuum cleaner, a games console and a set of garden chairs, all coded as "consumables". The purchasing account is administered by our lab manager, Ms Paula Grieve, but several people can place orders on it.

I want to be clear that I don't know who placed these orders or why. They may be miscoded, already reimbursed, for a departmental event, or have some other ordinary explanation. I haven't mentioned this to anyone in the lab or elsewhere, and I didn't want to ask around in case it caused unfair gossip.

Could you tell me whether this is something I should raise with you formally, with my supervisor, or with Finance, and what happens next if I do?

With thanks,
Lucas Ferreira-Quinn
BMedSci (intercalated)
"""),

    M("defamatory-neg-fair-criticism-student-clinic-rota.eml", D, False, NONE,
      "reply to the student-run clinic's feedback request: fair, specific criticism of a named coordinator's late rotas "
      "and two sessions closed for lack of a supervising GP, with credit for his work and suggestions; opinion and checkable "
      "facts, no allegation of wrongdoing; the request is quoted below",
      "gmail", ("Grace Oyelaran-Smith", ex("grace.oyelaransmith")), ("Carrow Street Clinic committee", "carrowclinic-committee@exmail.nottingham.ac.uk"),
      "Re: End-of-year feedback - tell us honestly!", "2026-06-12 21:30", """
Hi all,

Thanks for asking. Honest feedback as requested, from someone who's volunteered most Tuesdays this year:

The clinic itself is brilliant and I've learnt more about health inequalities here than in any lecture. The problem for me has been organisation. Three times this term the rota came out less than 48 hours before a session, and twice (17 March and 21 April) we had to close on the night because there was no supervising GP. Patients had already queued.

I know Tom Ashbury has been coordinating the rota on his own while doing finals, and he's clearly worked very hard, so I don't think this is about effort. But I do think one person doing it is too much, and I'd gently say the communication when things went wrong could have been better.

Suggestions: a rota at least two weeks ahead, a shared GP calendar, and two co-coordinators next year.

Grace
""", quote={
          "from": ("Tom Ashbury", ex("tom.ashbury")),
          "to": ("Carrow Street Clinic committee", "carrowclinic-committee@exmail.nottingham.ac.uk"),
          "subject": "End-of-year feedback - tell us honestly!", "date": "2026-06-10 09:00", "body": """
Hi everyone,

Before handover to next year's committee, please tell us what worked and what didn't this year, including anything about how the rota was run. Be honest, we can take it!

Tom
"""}),
]
