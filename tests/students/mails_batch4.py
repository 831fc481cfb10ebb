"""Batch 4: a further 44 labelled emails (16 offensive, 8 defamatory, 20 near-miss negatives), written
fresh for this folder without reading bedside's rules, word lists, fixtures or the other mails_*.py texts,
and avoiding the scenarios listed in labels.json notes.

Every person, patient, handle, ward, practice, society, film, book, newspaper and hospital is invented.
No patient is identified anywhere (no names, dates of birth, numbers or addresses). No phone numbers.
"""

from __future__ import annotations

from build import M

P, O, D = "patient", "offensive", "defamatory"
HP, HO, HD = (P,), (O,), (D,)
NO = ()


MAILS = [
    # ================================================================== offensive: hold
    M("offensive-polite-ableism-deaf-classmate-unfit.eml", O, True, HO,
      "to a staff member, politely worded disability prejudice: a deaf classmate 'should not be allowed to qualify', no swear words",
      "outlook", ("Harriet Coulson", "harriet.coulson@exmail.nottingham.ac.uk"),
      ("Dr Fenella Ashworth", "fenella.ashworth@nottingham.ac.uk"),
      "Surgical block group allocation", "2026-02-09 08:14", """
      Dear Dr Ashworth,

      I hope you are well. I would like to raise something about the group allocations for the surgical block,
      and I hope you will take it in the spirit in which it is meant.

      I have been placed with Callum Breary again. As you know, Callum is deaf and relies on lip-reading and an
      amplified stethoscope. I don't say this to be unkind, but I honestly do not believe deaf people should be
      allowed to qualify as doctors at all. A ward is not the place for someone who cannot hear a crash call, and
      it feels as though his place here was a box-ticking exercise that the rest of us are expected to carry.

      Patients deserve a doctor who is fully able. I would be grateful if I could be moved to a group that does
      not have to make allowances for him, or if he could be placed with people who don't mind the extra burden.

      Kind regards,
      Harriet Coulson
      Year 3
      """),

    M("offensive-polite-homophobia-gay-classmate-paediatrics.eml", O, True, HO,
      "politely worded homophobia: a gay classmate 'should not work with children', framed as concern, to a friend",
      "gmail", ("Josiah Penrith", "josiahpenrith98@gmail.com"), ("Eliot Marchbank", "eliot.marchbank@hotmail.co.uk"),
      "paeds allocations", "2026-01-22 21:37", """
      Hi Eliot,

      Did you see Theo Varga got the paeds block at the children's hospital? I'm not homophobic and I've got
      nothing against him personally, but I really don't think gay men should be working with children, and I'm
      surprised the School hasn't thought about it. It's a different set of boundaries with that lifestyle,
      everyone knows it even if nobody is allowed to say it.

      If I were a parent I would want to be told. I'm thinking of mentioning it to the placement office, quietly,
      just so it's on record.

      Anyway, squash on Thursday?

      J
      """),

    M("offensive-polite-class-snobbery-foundation-year-students.eml", O, True, HO,
      "class prejudice in a polite register: students from council estates and the foundation year 'lack breeding' and shame the profession",
      "thunderbird", ("Ptolemy Warrender-Hale", "ptolemy.warrenderhale@exmail.nottingham.ac.uk"),
      ("Arabella Stroud", "arabella.stroud@exmail.nottingham.ac.uk"),
      "Re: Mentoring scheme volunteers", "2026-03-03 19:05", """
      Bella,

      I'll pass on the mentoring, thank you. I did it last year and I'm afraid the foundation-year intake simply
      aren't the sort of people one can do much with. Half of them come from the estates round Bulwell and it
      shows the moment they open their mouths. It isn't snobbery to say that people from that background lack
      the breeding for this profession; patients can tell, and frankly it lowers the tone for the rest of us.

      Widening participation is a lovely idea on paper. In practice it means being examined alongside people who
      think a starter is something you put on a car.

      Happy to help with the ball committee instead.

      P.
      """),

    M("offensive-polite-nationality-refuses-nigerian-trained-supervisor.eml", O, True, HO,
      "to the placement office, polite nationality prejudice: asks not to be taught by a Nigerian-trained consultant because of where he trained",
      "outlook", ("Rupert Ellingham", "rupert.ellingham@exmail.nottingham.ac.uk"),
      ("Medical School Placements Office", "medicine.placements@nottingham.ac.uk"),
      "Request to change firm - Block C", "2026-04-14 10:52", """
      Dear Placements team,

      I would be grateful to be moved from Dr Adebayo-Marsh's firm for Block C.

      I want to be clear that I have nothing against him as a person. However, I am sure you will appreciate that
      doctors who trained in Nigeria simply do not have the same standards as those trained here, and in my
      experience they tend not to be honest about the limits of what they know. My parents are paying a great
      deal for this degree and would prefer that I learn from British-trained consultants. I would rather not be
      taught by people from that part of the world, if it can be avoided.

      Any firm with a UK graduate would be fine.

      Many thanks,
      Rupert Ellingham
      """),

    M("offensive-coded-echo-brackets-ethics-lead.eml", O, True, HO,
      "coded antisemitic dog-whistles (echo brackets round a surname, 'globalist', 'the usual suspects', 'noticing') about an ethics lead, no explicit slur",
      "iphone", ("Conrad Teale", "conrad.teale@icloud.com"), ("Brandon Oakes", "brandon.oakes.med@gmail.com"),
      "new ethics lead lol", "2026-02-17 23:48", """
      lol called it. new ethics and professionalism lead is (((Rosenthal))). funny how it's always the usual
      suspects running the "diversity" modules isn't it. the globalist takeover of the curriculum continues

      not saying anything, just noticing 👃 you know the drill. will save you a seat at the back on monday
      """, sent_from=True),

    M("offensive-swearing-abuse-reply-to-society-president.eml", O, True, HO,
      "swearing-heavy abuse aimed straight at a named society president after being dropped from a team",
      "thunderbird", ("Dean Hollingworth", "deanhollingworth_88@hotmail.co.uk"),
      ("Sasha Venn", "sasha.venn@exmail.nottingham.ac.uk"),
      "Re: MedSoc hockey 1st XI selection", "2026-01-30 22:19", """
      Sasha,

      Who the fuck do you think you are? Dropping me by email, two days before the Varsity, like a fucking coward.
      You're a useless power-tripping prick and everyone on that team knows it, they just haven't got the balls
      to tell you. You couldn't run a bath let alone a club.

      Shove your shitty committee and your fucking selection policy up your arse. Don't bother replying, you
      spineless twat.

      Dean
      """, quote=dict(
          **{"from": ("Sasha Venn", "sasha.venn@exmail.nottingham.ac.uk")},
          to=("Dean Hollingworth", "deanhollingworth_88@hotmail.co.uk"),
          subject="MedSoc hockey 1st XI selection", date="2026-01-30 18:02", body="""
          Hi Dean,

          Just to let you know before the list goes up: you haven't been picked for the 1st XI this time. Happy to
          talk through it after training on Monday.

          Sasha
          """)),

    M("offensive-stereotype-south-asian-women-patients-pain.eml", O, True, HO,
      "stereotype of South Asian women patients ('Bibi syndrome', 'all the same', 'attention seeking'), advising not to examine them, to a classmate",
      "gmail", ("Fergus Aldington", "fergus.aldington@exmail.nottingham.ac.uk"),
      ("Niamh Courtenay", "niamh.courtenay@exmail.nottingham.ac.uk"),
      "GP week 2", "2026-03-11 17:26", """
      Niamh,

      Survived week two. Three more classic "Bibi syndromes" in clinic today, pain all over doctor, everywhere
      hurts. Honestly these Asian aunties are all the same, there's nothing wrong with them, they just come in
      for the attention because they've got nothing else going on at home. The trainer calls it total body pain
      equals Mrs Bibi and to be fair he's right.

      Top tip for your GP block: don't bother examining them properly, just print the paracetamol leaflet and
      get them out, you'll run on time for once.

      F
      """),

    M("offensive-wounding-classmate-failed-resit.eml", O, True, HO,
      "a message meant to wound, sent straight to a named classmate who failed a resit: everyone relieved, parents ashamed, no swearing",
      "plain", ("Marcus Whitlow", "marcus.whitlow@exmail.nottingham.ac.uk"),
      ("Lowri Hebden", "lowri.hebden@exmail.nottingham.ac.uk"),
      "resit", "2026-06-26 13:40", """
      Lowri,

      Heard about the resit. I'm going to be honest with you because nobody else will: the whole CBL group is
      relieved. You were dead weight all year and we used to have bets on when you'd finally go.

      Your mum was telling everyone at the Christmas dinner how proud she was of her doctor daughter. That must
      be an awkward conversation now. Maybe try nursing. Actually they probably wouldn't have you either.

      Good luck with whatever comes next.
      Marcus
      """),

    M("offensive-pursuing-classmate-after-block-via-rota.eml", O, True, HO,
      "after being blocked and told not to make contact, writes from another address, has looked up her placement rota and plans to wait outside her clinic",
      "iphone", ("Kai Lindqvist", "kai_lindqvist@hotmail.com"), ("Freya Ormsby", "freya.ormsby@exmail.nottingham.ac.uk"),
      "please just read this", "2026-02-23 01:12", """
      Freya I know you said not to message you again and that you've blocked my number and my uni email but I
      honestly think you're overreacting and it isn't fair to end things without a proper conversation.

      I checked the rota on the shared drive and you're at Kingsmead Community Hospital on Thursday afternoon, so
      I'll wait outside the outpatient entrance when your clinic finishes. It'll only be five minutes.

      I've also written you a letter and I'll leave it with Tash at your flat if you don't turn up. I'm not going
      to give up on this, you owe me that much.

      Kai
      """),

    M("offensive-implied-threat-shame-if-photos-came-out.eml", O, True, HO,
      "implied threat to a classmate who reported him: 'it would be a real shame if' photos came out, mentions her applications and where she'll be",
      "outlook", ("Hugo Farraday", "hugo.farraday@exmail.nottingham.ac.uk"),
      ("Priyanka Shenoy", "priyanka.shenoy@exmail.nottingham.ac.uk"),
      "A friendly word", "2026-05-07 21:55", """
      Priyanka,

      I gather it was you who went to the professionalism panel about the logbook sign-offs.

      It would be a real shame if anything came out about the night after the winter ball. I've still got the
      photos, and people do love to share things. Your foundation applications are this autumn, aren't they?
      Lots of people in the year listen to me, and references are such fragile things.

      I'd think very carefully about whether you want to carry on talking to Dr Ashworth. You're on nights at the
      City site next week, I believe. Walk back safely.

      Hugo
      """),

    M("offensive-dehumanising-acute-psychiatry-ward-zoo.eml", O, True, HO,
      "dehumanising remarks about psychiatric inpatients (zoo, feeding time, livestock, 'not really people'), no swear words, no patient identified",
      "gmail", ("Imogen Latchford", "imogen.latchford22@gmail.com"), ("Rosie Penhallow", "rosiepenhallow@hotmail.co.uk"),
      "week 1 of psych", "2026-04-20 20:08", """
      Rosie!!

      First week on the acute psych ward done. It's basically a zoo. Feeding time is twelve sharp and we all
      stand behind the glass in the office watching them like it's the monkey enclosure at Twycross. One of them
      was howling all morning and the HCA just said they mop the seclusion room out afterwards like a kennel.

      They're not really people any more, more like livestock that needs sedating twice a day. Genuinely don't
      know why the NHS spends the money. Can't wait for surgery.

      Love you, drinks Saturday?
      Im x
      """),

    M("offensive-sexual-remarks-classmate-peer-examination.eml", O, True, HO,
      "sexual remarks about a named female classmate after a peer clinical-skills session, to two friends",
      "iphone", ("Tobias Grange", "tobias.grange@exmail.nottingham.ac.uk"),
      [("Alfie Noakes", "alfie.noakes@exmail.nottingham.ac.uk"), ("Sam Ruddock", "samruddock01@gmail.com")],
      "clin skills 😏", "2026-02-04 16:31", """
      lads. got paired with Imogen Tarrant for cardiac exam today 😏 gutted it wasn't the breast station if you
      know what i mean. she had that tight top on, couldn't hear a single heart sound lol

      reckon after a few at the ball i'd have her on the couch for a lot more than an abdo exam. she was
      definitely giving me the eyes when i did the apex beat
      """, sent_from=True),

    M("offensive-mocking-stroke-aphasia-patient-drinking-game.eml", O, True, HO,
      "mocking a stroke patient's aphasia and drooling, an impression recorded for a drinking game, to a group of friends; no patient identifier",
      "gmail", ("Jasmine Ruddle", "jas.ruddle@exmail.nottingham.ac.uk"),
      [("Kieran Abbot", "kieran.abbot@exmail.nottingham.ac.uk"), ("Ella Moorcroft", "ella.moorcroft@exmail.nottingham.ac.uk"),
       ("Dev Kothari", "dev.kothari@exmail.nottingham.ac.uk")],
      "firm social ideas", "2026-03-18 14:02", """
      Guys,

      For the firm social: the stroke man in bay 4 who can only say "tea, tea, tea" - Kieran did the impression
      at lunch and I actually cried. Proposal: every time someone says tea you down your drink.

      Also the way he dribbles when he tries to get a word out, like a broken Furby. Kieran I've got the video of
      you doing it, I'll put it on the projector at the pub.

      J
      """),

    M("offensive-group-email-ranking-firm-members-cruel.eml", O, True, HO,
      "group-email cruelty: ranking classmates on a firm, mocking one named student's face, voice and acne and planning to exclude her",
      "plain", ("Olly Brackenbury", "olly.brackenbury@exmail.nottingham.ac.uk"),
      [("Cass Windle", "cass.windle@exmail.nottingham.ac.uk"), ("Rhys Amberley", "rhys.amberley@exmail.nottingham.ac.uk"),
       ("Georgie Tull", "georgie.tull@exmail.nottingham.ac.uk"), ("Henry Saltmarsh", "henry.saltmarsh@exmail.nottingham.ac.uk")],
      "OFFICIAL firm 6 rankings (do not forward)", "2026-02-12 23:27", """
      As promised, the definitive Firm 6 rankings:

      1. Georgie - obviously
      2. Me
      3. Cass, despite the ward round incident
      4. Henry, carried by his stethoscope
      5. Rhys, tries too hard
      6. Bethany Ollerenshaw. Face like a slapped arse, sounds like a dying seagull when she presents, and the
      acne. Someone get the girl a paper bag. Consultant actually winced on Tuesday.

      Vote in replies on who tells her she's not coming to the firm dinner. Loser has to sit next to her at
      teaching.
      """),

    M("offensive-swearing-lowercase-abuse-at-housemate-over-bills.eml", O, True, HO,
      "swearing-heavy abuse in lower-case text-speak aimed directly at a housemate over unpaid bills",
      "iphone", ("Kyle Barraclough", "kyle.barraclough@hotmail.co.uk"), ("Nathan Pryce", "nathan.pryce@exmail.nottingham.ac.uk"),
      "the fucking bills", "2026-01-08 02:36", """
      u absolute fucking cunt. 3 months and u still havent paid ur share of the gas. u sit in ur room with the
      heating on 24/7 like a fat fucking leech and then cry ur skint

      pay the fucking £146 by friday or im putting ur shit on the drive. ur a waste of fucking oxygen mate
      """, sent_from=False),

    M("offensive-urdu-english-colourism-classmate.eml", O, True, HO,
      "Roman Urdu/English mix: colourist mockery of a named classmate's dark skin and her marriage prospects, to a friend",
      "gmail", ("Zainab Qureshi", "zainab.q.2003@gmail.com"), ("Mahnoor Iqbal", "mahnoor.iqbal92@hotmail.com"),
      "ball pics", "2026-03-01 11:45", """
      Mahnoor did you see Sana Mirza ki ball wali pics?? Yaar itni kaali hai, kaali kalooti, flash mein bhi
      nazar nahi aa rahi thi lol. Pata nahi kaun shaadi karega us se, koi rishta nahi aayega, ammi ko fairness
      cream ka poora stock le lena chahiye.

      Aur madam khud ko bohat doctor samajhti hai. Shakal dekho pehle. Seriously, patients dar jayenge.

      Call later? x
      """),

    # ================================================================== defamatory: hold
    M("defamatory-named-ortho-registrar-groped-student-to-sister.eml", D, True, HD,
      "states as fact that a named orthopaedic registrar put his hand up a student's scrub top in the plaster room and was moved on from another hospital for the same, to the writer's sister",
      "iphone", ("Philippa Garside", "pip.garside@icloud.com"), ("Annabel Garside", "annabel.garside@gmail.com"),
      "can't tell anyone here", "2026-03-26 22:03", """
      Bel I have to tell someone. Dr Cormac Halloran, the ortho reg at Trentside General, groped one of the
      fourth years in the plaster room on Tuesday. He put his hand up her scrub top while she was holding a leg
      for the cast and she couldn't move. He did exactly the same at Mansbridge two years ago and they shuffled
      him over here instead of sacking him.

      He's a predator and the whole department knows it. Don't say anything to mum.
      """),

    M("defamatory-only-female-cardiothoracic-registrar-takes-fentanyl.eml", D, True, HD,
      "no name: 'the only female cardiothoracic registrar at' an invented hospital (one person) said as fact to pocket fentanyl from theatre and work high, to a friend outside medicine",
      "gmail", ("Benedict Oyelaran", "ben.oyelaran@gmail.com"), ("Stefan Whitacre", "stefan.whitacre@outlook.com"),
      "mad week", "2026-05-19 19:44", """
      Stef,

      You won't believe the theatre block. The only female cardiothoracic registrar at Trentside General is
      helping herself to the fentanyl. She signs out more ampoules than the case needs, the spares go in her scrub
      pocket, and I watched her do it twice on Monday. By the afternoon list she was gouched out, pinpoint pupils,
      slurring to the scrub nurse. That's who's opening people's chests.

      Anyway, five-a-side Thursday, I'm in.
      Ben
      """),

    M("defamatory-named-gp-invented-audit-data.eml", D, True, HD,
      "to a research group list: a named GP stated to have made up the patients and blood pressure readings in an audit she presented",
      "outlook", ("Eleanor Quist", "eleanor.quist@exmail.nottingham.ac.uk"),
      [("Primary Care Research Group", "pc-research-students@exmail.nottingham.ac.uk")],
      "Wyvern Lane hypertension audit - don't cite it", "2026-04-02 09:31", """
      Hi all,

      A word of warning before anyone uses the Wyvern Lane hypertension audit in their SSC write-up.

      Dr Honoria Blakesley invented most of that data. There were never 212 patients: I was on placement there and
      the practice only has about sixty on the register. She typed the blood pressure readings into the
      spreadsheet the night before the regional meeting and got the practice nurse to put her name to it. The
      "improvement" she presented is fiction, and she knows it.

      Please don't cite it.

      Eleanor
      """),

    M("defamatory-named-teaching-fellow-ranks-down-muslim-names.eml", D, True, HD,
      "to a year list: a named clinical teaching fellow stated to move students with Muslim names to the bottom of elective allocations",
      "thunderbird", ("Aled Fenwick", "aled.fenwick@exmail.nottingham.ac.uk"),
      ("Year 4 Medicine", "medicine-year4@exmail.nottingham.ac.uk"),
      "Elective allocations are rigged", "2026-01-27 18:20", """
      Everyone,

      If you wondered why the elective allocations look the way they do: Mr Desmond Fairclough, the teaching
      fellow who runs the process, deliberately shifts anyone with a Muslim name to the bottom of the list. He
      edits the rankings in the spreadsheet after the scores come in. Look at who got Sydney and who got a DGH
      an hour up the M1. It isn't a coincidence, he's a racist and he's been doing it for years.

      Share this with your friends in Year 3 before their round.

      Aled
      """),

    M("defamatory-named-surgeon-negligent-deaths-to-community-group.eml", D, True, HD,
      "to the admin of a local community group, asking to post it: a named colorectal surgeon said as fact to have killed patients through incompetence with the trust covering up",
      "thunderbird", ("Lydia Crane", "lydiacrane.nottm@gmail.com"), ("Gail Thorley", "gail.thorley@btinternet.com"),
      "Something people in the village should know", "2026-06-03 20:41", """
      Hi Gail,

      You run the Netherfield Green community page, so I think you should put this up.

      Mr Lucian Okorie-Blythe, the bowel surgeon at Mansbridge Royal, has killed at least three patients this year.
      He can't join bowel back together properly, half his joins leak, and people have died of it on the ward
      while he went home. The hospital knows and is covering for him because he brings in private work.

      If anyone in the village is referred to him they should ask for someone else. Please share widely.

      Lydia
      """),

    M("defamatory-welsh-english-gp-claims-for-vaccines-not-given.eml", D, True, HD,
      "Welsh/English mix to the writer's mother: a named GP at an invented surgery said as fact to claim payments for vaccinations never given",
      "gmail", ("Ffion Mathias", "ffion.mathias@exmail.nottingham.ac.uk"), ("Mam", "bethan.mathias@hotmail.co.uk"),
      "Placement yn Llanfair", "2026-02-15 18:10", """
      Helo Mam,

      Placement yn mynd yn iawn, ond mae rhywbeth yn fy mhoeni i. Dr Gethin Llywelyn, y partner yn Feddygfa
      Glan-yr-Afon, is claiming for flu jabs he never gave. Mae'n rhoi'r codes ar y system ar gyfer hen bobl sydd
      heb ddod i mewn o gwbl, and the health board pays the practice for every one. Fraud yw e, plain and simple,
      ac mae'r nyrsys i gyd yn gwybod.

      Paid dweud wrth Anti Carys, mae hi'n gweld e ar ddydd Mawrth!

      Caru ti,
      Ffion x
      """),

    M("defamatory-named-classmate-stealing-from-lockers.eml", D, True, HD,
      "to a flat group: a named classmate stated to be the one stealing from the changing-room lockers and using a stolen card",
      "plain", ("Jessamy Orrell", "jessamy.orrell@exmail.nottingham.ac.uk"),
      [("Hattie Brunswick", "hattie.brunswick@exmail.nottingham.ac.uk"), ("Jas Kaur-Linton", "jas.kaurlinton@gmail.com"),
       ("Milo Parfitt", "milo.parfitt@hotmail.com")],
      "the locker thief", "2026-03-08 12:17", """
      It's Oscar Pemberton-Nye. He's the one who's been emptying the lockers in the clinical skills changing
      room. He took Hattie's purse and the AirPods last week, and he's been using Hattie's bank card at the
      Co-op on Derby Road since. He has a key to the lockers from when he was a skills demonstrator.

      Tell everyone in our year to keep their stuff on them when he's around.
      """),

    M("defamatory-named-professor-bought-doctorate-to-committee.eml", D, True, HD,
      "to a student committee list: a named professor stated to have a bought doctorate and to pad his publications, drawing a salary on it",
      "outlook", ("Theodora Bickerstaff", "theodora.bickerstaff@exmail.nottingham.ac.uk"),
      ("MedSoc Committee", "medsoc-committee@exmail.nottingham.ac.uk"),
      "Guest speaker for the spring dinner", "2026-02-02 16:48", """
      Dear committee,

      Please can we not invite Professor Ambrose Keeling-Vance to speak at the spring dinner.

      His doctorate is fake. He bought it from an online diploma mill in 2009 and has been drawing a
      professor's salary on the back of it ever since. He also puts his name on papers he had nothing to do with;
      two of the registrars on my firm say he added himself as an author after they'd submitted.

      Someone like that shouldn't be held up to first years as a role model.

      Best,
      Theo
      """),

    # ================================================================== offensive: look-alike negatives
    M("offensive-neg-banter-pub-quiz-mild-swearing.eml", O, False, NO,
      "affectionate banter between friends after a pub quiz with mild swearing (plank, bloody hell, piss-poor, tight git)",
      "iphone", ("Will Hargreaves", "will.hargreaves@icloud.com"), ("Tom Okafor", "tomokafor.uk@gmail.com"),
      "quiz", "2026-01-14 23:02", """
      you absolute plank. how do you not know the capital of australia, you've BEEN there. bloody hell mate.
      piss-poor effort from all of us to be fair, 4th out of 6 behind the geography teachers again

      same time next week? your round, you tight git. cheers for the lift x
      """),

    M("offensive-neg-swearing-only-in-quoted-teammate-message.eml", O, False, NO,
      "a calm reply about training times; the only swearing is in the teammate's quoted message under it",
      "gmail", ("Orla Kinsella", "orla.kinsella@exmail.nottingham.ac.uk"), ("Bex Yardley", "bex.yardley@exmail.nottingham.ac.uk"),
      "Re: Saturday", "2026-02-22 10:15", """
      Ha, I hear you, that was a rough one. Training is moving to Wednesday 7pm on the Highfields pitches from
      this week, and Coach wants everyone there for set pieces before the cup game. Bring your own bibs.

      Orla
      """, quote=dict(
          **{"from": ("Bex Yardley", "bex.yardley@exmail.nottingham.ac.uk")},
          to=("Orla Kinsella", "orla.kinsella@exmail.nottingham.ac.uk"), subject="Saturday",
          date="2026-02-21 18:40", body="""
          That ref was a fucking joke. Absolute shite from start to finish, two penalties we should have had and
          he gave them a bullshit offside. I'm so fucking done with this league.
          """)),

    M("offensive-neg-incident-report-patient-sexual-remarks-to-clinical-lead.eml", O, False, NO,
      "an incident report to the clinical lead quoting a patient's sexual remarks, insult and threat word for word; no patient identifiers",
      "outlook", ("Chidinma Rowntree", "chidinma.rowntree@exmail.nottingham.ac.uk"),
      ("Dr Alistair Penfold", "alistair.penfold@nottingham.ac.uk"),
      "Incident on placement - for your information and advice", "2026-03-24 17:58", """
      Dear Dr Penfold,

      I am writing, as advised by the ward manager, to report an incident on my medical placement this week so
      that it is on record with the School.

      While I was taking a history, a male patient said to me "come here sweetheart, give us a kiss and I'll tell
      you whatever you want". When I moved away he called the staff nurse who came to help "a fat cow" and then
      said to me "I'll find out where you live, love". The nurse and I left the bay together and informed the
      nurse in charge, who completed an incident form. I was not hurt and I have not been back to that bay.

      I would welcome advice on whether I should go to the support session the Trust offers, and whether anything
      else is needed from me. I am happy to discuss it at our next meeting.

      Kind regards,
      Chidinma Rowntree
      Year 4
      """),

    M("offensive-neg-teaching-pejorative-clinical-jargon-session.eml", O, False, NO,
      "a student-led teaching email discussing pejorative hospital slang (frequent flyer, bed blocker, acopia, heartsink, GOMER) as words to stop using",
      "thunderbird", ("Ruairi Donoghue", "ruairi.donoghue@exmail.nottingham.ac.uk"),
      ("PPD Group 12", "ppd-group12@exmail.nottingham.ac.uk"),
      "Thursday PPD: language in the notes", "2026-01-19 08:40", """
      Morning all,

      For Thursday's PPD session we're looking at the language clinicians use about patients, in the notes and
      out loud. We'll go through terms you will hear on placement: "frequent flyer", "bed blocker", "acopia",
      "heartsink patient", "GOMER", "social admission" and "non-compliant". For each we'll ask where it came from,
      what it says about the person using it, and what a neutral alternative is (e.g. "awaiting care package"
      rather than "bed blocker").

      Please bring one example you've heard or read, anonymised, and think about how it made you feel about the
      patient before you met them.

      Reading: the short BMJ opinion piece on the module page.

      Ruairi
      """),

    M("offensive-neg-essay-draft-weight-stigma-in-healthcare.eml", O, False, NO,
      "an essay draft on weight stigma that quotes stereotypes (lazy, greedy, no willpower) in order to critique them, to the tutor",
      "outlook", ("Beatrix Lowe", "beatrix.lowe@exmail.nottingham.ac.uk"), ("Dr Miriam Achterberg", "miriam.achterberg@nottingham.ac.uk"),
      "Draft: SSC essay on weight stigma", "2026-04-09 15:22", """
      Dear Dr Achterberg,

      Please find below the opening of my essay for the Health and Society SSC. I would be grateful for any
      comments on the structure before I write the rest.

      "Weight stigma in clinical encounters

      Surveys of healthcare staff repeatedly find that patients living with obesity are described as lazy,
      greedy, lacking willpower and less likely to follow advice. These beliefs are not harmless private opinions:
      they shorten consultations, lead to symptoms being attributed to weight without examination, and make
      patients less likely to return. This essay argues that weight bias is a form of discrimination that medical
      education should treat with the same seriousness as racism or sexism, and examines three interventions that
      have reduced it among students."

      I have around 2,400 words planned in total. Thank you for your time.

      Best wishes,
      Beatrix
      """),

    M("offensive-neg-film-society-review-violent-thriller.eml", O, False, NO,
      "a film society newsletter review of an invented thriller with a violent plot (throats cut, chainsaw, revenge killings)",
      "gmail", ("MedFilm Society", "medfilmsoc.nottm@gmail.com"), ("MedFilm members", "medfilmsoc.nottm@gmail.com"),
      "This week: The Quiet Acre (18)", "2026-02-10 12:00", """
      This week's screening: The Quiet Acre (18), Thursday 7.30pm, lecture theatre B.

      Our reviewer Hamish says: "A widowed sheep farmer in the Fens is left for dead by the men who burn down his
      barn, and spends the next ninety minutes hunting them one by one. The violence is relentless: a throat cut
      in a grain silo, a chainsaw in the lambing shed, a man drowned in a slurry pit. It is brutal and not for the
      squeamish, but the final scene, where he decides not to kill the youngest of them, is the most moving thing
      I've seen this year. Four stars. I'd kill to see it again on a big screen."

      Free popcorn for members. Content warnings on the society page.
      """),

    M("offensive-neg-idioms-exam-murdered-me.eml", O, False, NO,
      "violent-sounding idioms in a lower-case message after an exam (murdered me, could kill for a coffee, bloodbath, dead on my feet)",
      "iphone", ("Aisling Breen", "aisling.breen@icloud.com"), ("Maya Trenchard", "maya.trenchard@exmail.nottingham.ac.uk"),
      "survived(?)", "2026-05-28 12:48", """
      the pharm paper absolutely murdered me. q30 onwards was a bloodbath, every single one was warfarin or
      lithium. i could kill for a coffee rn and i'm dead on my feet

      meet at the portland café in 20? if i see another interaction table i'm going to throw my laptop in the lake
      """),

    M("offensive-neg-polish-affectionate-teasing-brother.eml", O, False, NO,
      "in Polish: affectionate teasing of the writer's brother (głupku, ty łosiu) about forgetting their mother's birthday",
      "gmail", ("Zofia Wiśniewska", "zofia.wisniewska@exmail.nottingham.ac.uk"), ("Kuba Wiśniewski", "kuba.wisniewski01@gmail.com"),
      "Urodziny mamy!!", "2026-03-05 19:30", """
      Kuba, ty łosiu,

      Znowu zapomniałeś o urodzinach mamy, prawda? Głupku, dzwoniła do mnie i pytała, czy żyjesz. Zadzwoń do niej
      dzisiaj, zanim się obrazi na cały tydzień. Kupiłam już kwiaty od nas obojga, więc wisisz mi 20 funtów.

      Przyjadę do domu na Wielkanoc, jeśli zdam egzamin z farmakologii. Trzymaj kciuki.

      Buziaki,
      Zosia
      """),

    M("offensive-neg-clinical-history-chemsex-to-gum-supervisor.eml", O, False, NO,
      "a clinical history with sexual and substance-use details (chemsex, GHB, mephedrone, condomless receptive anal sex) to a clinical supervisor, no patient identifiers",
      "outlook", ("Gideon Ashdown", "gideon.ashdown@exmail.nottingham.ac.uk"), ("Dr Rosalind Merriweather", "rosalind.merriweather@nottingham.ac.uk"),
      "Sexual health clinic - history for discussion on Friday", "2026-04-16 16:05", """
      Dear Dr Merriweather,

      As agreed, here is the history I took in clinic this morning for discussion at Friday's teaching. I have left
      out anything that could identify him.

      A man in his thirties attending for a routine screen. He has sex with men and reports five male partners in
      the last three months, met through apps, with condomless receptive anal sex with two of them. He has taken
      part in chemsex sessions roughly monthly, using GHB and mephedrone, and once injected crystal methamphetamine
      ("slamming"). No previous HIV test in the last year and he is not on PrEP. He reports a painless anal ulcer
      for ten days. He drinks about 30 units a week.

      My questions were how to raise harm reduction around GHB dosing without sounding judgemental, and whether he
      should be offered PEP given the timing. I'd value your thoughts.

      Best wishes,
      Gideon
      """),

    M("offensive-neg-shame-if-you-miss-the-ball-society.eml", O, False, NO,
      "society email with threat-like phrasing used playfully ('it would be a shame if you missed out', 'we know where to find you') about ball tickets",
      "gmail", ("MedSoc Socials", "medsoc.socials.nottm@gmail.com"), ("Year 2 Medicine", "medicine-year2@exmail.nottingham.ac.uk"),
      "LAST CALL: Winter Ball tickets", "2026-11-20 09:00", """
      Hi Year 2!

      Winter Ball tickets close at midnight on Friday and there are 38 left. It would be a real shame if you missed
      out, so grab yours now from the SU website (£45, includes three courses and the shuttle bus).

      If you haven't paid your deposit by Friday, don't worry, we know where to find you (the library, 3rd floor,
      obviously). Dress code is black tie or your best sparkly outfit.

      Any dietary requirements to the socials inbox please.

      Love, your Socials team
      """),

    # ================================================================== defamatory: look-alike negatives
    M("defamatory-neg-concerns-process-named-teacher-remark.eml", D, False, NO,
      "a concern about a named clinical teacher's remark raised through the School's raising-concerns inbox, first-hand, factual and asking for advice",
      "outlook", ("Yusuf Abernethy", "yusuf.abernethy@exmail.nottingham.ac.uk"),
      ("Raising Concerns - School of Medicine", "medicine-concerns@nottingham.ac.uk"),
      "Raising a concern - bedside teaching on 12 March", "2026-03-13 11:26", """
      Dear Raising Concerns team,

      I would like to raise a concern through the School's process, and I would be grateful if it could be
      handled confidentially.

      During bedside teaching on 12 March, led by Dr Crispin Lowther, a patient who had recently arrived in the UK
      was discussed. Out of the patient's hearing, Dr Lowther said to our group of four that "these people come
      here for free treatment". Two other students were present and I understand at least one may also be
      willing to speak to you. I did not respond at the time.

      I don't know what Dr Lowther meant by it, and I am not making any wider claim about him. I am raising it
      because it made me and others uncomfortable and I would like advice on what happens next.

      Thank you,
      Yusuf Abernethy
      Year 3
      """),

    M("defamatory-neg-question-is-it-true-consultant-off.eml", D, False, NO,
      "a question to a friend ('is it true that...?') about why a named consultant is away, explicitly not spreading it",
      "gmail", ("Lucy Warbeck", "lucy.warbeck@exmail.nottingham.ac.uk"), ("Kofi Ansah-Bell", "kofi.ansahbell@exmail.nottingham.ac.uk"),
      "Dr Pellingham?", "2026-04-28 18:33", """
      Hey Kofi,

      Is it true that Dr Pellingham is off for a while? Someone in the mess said something about an
      investigation but they didn't seem to actually know, and it could just as easily be illness or leave. I'm
      not going to repeat it to anyone, I just want to know whether our Wednesday teaching is cancelled and who
      to ask about sign-offs.

      Lucy
      """),

    M("defamatory-neg-hedged-classmate-absent-dont-speculate.eml", D, False, NO,
      "hedged, in a group email: a named classmate's absence, the writer refuses to guess at rumours and checks on him",
      "iphone", ("Rosa Delacourt", "rosa.delacourt@icloud.com"),
      [("Ben Stirrup", "ben.stirrup@exmail.nottingham.ac.uk"), ("Tilly Haworth", "tilly.haworth@exmail.nottingham.ac.uk")],
      "Re: where's Marcus", "2026-05-12 20:11", """
      I honestly don't know why Marcus hasn't been in. I know people are saying things, but none of us actually
      knows anything, and it could be illness, family, anything. Can we not guess? I've messaged him to ask if
      he's ok and I'll let you know if he wants us to know anything.
      """),

    M("defamatory-neg-sourced-mpts-suspension-journal-club.eml", D, False, NO,
      "a sourced public fact for journal club: an invented doctor suspended by a tribunal, quoting the published determination and a named (invented) newspaper",
      "thunderbird", ("Imran Sheriff", "imran.sheriff@exmail.nottingham.ac.uk"),
      ("Ethics Journal Club", "ethics-journalclub@exmail.nottingham.ac.uk"),
      "Journal club 18 March: probity case", "2026-03-09 13:14", """
      Hi all,

      For next week's journal club we'll discuss a recent probity case. According to the published determination
      of the Medical Practitioners Tribunal Service, Dr Roland Efferson-Tate was suspended for nine months in
      February after the tribunal found he had been dishonest about CPD certificates submitted for revalidation.
      The Midlands Chronicle reported the outcome on 27 February, and the tribunal's decision is public on the
      MPTS website.

      Questions to think about: was suspension proportionate, and how does the tribunal distinguish a dishonest
      act from a careless one? Please read the determination (sections 4 to 6 are enough).

      Imran
      """),

    M("defamatory-neg-book-club-review-poisoner-doctor-novel.eml", D, False, NO,
      "a book club review of an invented crime novel whose fictional doctor poisons patients, steals and forges certificates",
      "gmail", ("Hester Vane", "hester.vane@exmail.nottingham.ac.uk"), ("Medics' Book Club", "medics-bookclub@exmail.nottingham.ac.uk"),
      "February book: Bitter Almonds", "2026-02-26 20:20", """
      Hello bookworms,

      Thoughts on Bitter Almonds before Tuesday. Dr Ingram, the village GP, poisons four elderly patients, steals
      from their estates and forges the death certificates, and the whole book is told from the point of view of
      the receptionist who slowly works it out. The medical detail is surprisingly accurate, and the scene with the
      pharmacist's ledger is brilliant. I found the ending rushed, but I couldn't put it down.

      Next month is Hamnet, and cake is on Priya.

      Hester
      """),

    M("defamatory-neg-spanish-opinion-demanding-consultant.eml", D, False, NO,
      "in Spanish: honest opinion that a named consultant is demanding and sometimes curt but teaches well, no allegation",
      "gmail", ("Lucía Ferrández", "lucia.ferrandez@exmail.nottingham.ac.uk"), ("Carmen Ibáñez", "carmen.ibanez.m@gmail.com"),
      "Qué tal las prácticas", "2026-03-20 21:05", """
      ¡Hola Carmen!

      Las prácticas de cirugía van bien. La consultora, la Dra. Whitcombe, me parece muy exigente y a veces un poco
      borde con los estudiantes, sobre todo a primera hora. En mi opinión podría ser más paciente, pero la verdad
      es que enseña muy bien y he aprendido muchísimo en sus sesiones de quirófano.

      ¿Cuándo vienes a Nottingham? Tengo sofá libre en abril.

      Besos,
      Lucía
      """),

    M("defamatory-neg-year-rep-correcting-rumour-classmate-cleared.eml", D, False, NO,
      "a year rep correcting a rumour: a named classmate did not leak an exam, she was not involved and asked for the correction",
      "outlook", ("Nathaniel Crisp", "nathaniel.crisp@exmail.nottingham.ac.uk"),
      ("Year 3 Medicine", "medicine-year3@exmail.nottingham.ac.uk"),
      "Please stop sharing the OSCE rumour", "2026-06-15 17:30", """
      Hi everyone,

      There has been a rumour going round that Amira Chaudhry-Lowe was involved in the OSCE station leak. That is
      not true. The School has confirmed to the reps that no student has been found responsible, and Amira has
      asked me to say clearly that she had nothing to do with it.

      Please stop sharing screenshots about it and delete anything you've posted. If you have concerns about exam
      security, the assessment office is the place to raise them.

      Thanks,
      Nat (Year 3 rep)
      """),

    M("defamatory-neg-ftsu-guardian-registrar-shouting-at-nurses.eml", D, False, NO,
      "to the Trust's Freedom to Speak Up Guardian: first-hand observations of a named registrar shouting at nurses, careful and asking for advice",
      "outlook", ("Grace Ilunga", "grace.ilunga@exmail.nottingham.ac.uk"),
      ("Freedom to Speak Up Guardian", "speakup.guardian@trentsidegeneral.example.nhs.uk"),
      "Confidential - seeking advice", "2026-05-05 07:48", """
      Dear Freedom to Speak Up Guardian,

      I am a fourth-year medical student on placement on the acute medical unit, and I would like some confidential
      advice.

      On three occasions in the past fortnight (28 April, 30 April and 2 May) I saw the medical registrar, Dr
      Leopold Ashcombe, raise his voice at nurses at the nurses' station in front of patients. On 30 April a
      staff nurse left in tears afterwards. I don't know the background to any of these exchanges and there may be
      pressures I'm not aware of, but I felt uncomfortable and I'm not sure whether or how I should raise it.

      Could we meet, or could you tell me what the options are? I would prefer my name not to be shared at this
      stage.

      With thanks,
      Grace Ilunga
      """),

    M("defamatory-neg-idioms-daylight-robbery-quiz-master.eml", D, False, NO,
      "theft and crime idioms about a named quizmaster and bar prices (daylight robbery, criminal, we was robbed), all in jest",
      "plain", ("Callum Reddish", "callum.reddish@exmail.nottingham.ac.uk"), ("Anatomy Society", "anatsoc@exmail.nottingham.ac.uk"),
      "Quiz night write-up", "2026-02-06 10:05", """
      Morning all,

      Quiz night write-up: Dr Fairweather's tiebreaker (weight of the average adult liver, to the gram) was
      daylight robbery and we was robbed. The Sternocleidomastoids still maintain it was 1,500 g. Her picture round
      was criminal in the best way. £5.20 for a pint in the union is the real crime.

      Winners: The Circle of Willis. Next quiz is 6 March; Dr Fairweather has agreed to host again, God help us.

      Callum
      Anatomy Soc social sec
      """),

    M("defamatory-neg-own-police-caution-declaration.eml", D, False, NO,
      "a student declaring their own police caution for being drunk and disorderly to the School, as required: an allegation about oneself",
      "outlook", ("Ewan Threlfall", "ewan.threlfall@exmail.nottingham.ac.uk"),
      ("Fitness to Practise Declarations", "medicine-ftp@nottingham.ac.uk"),
      "Declaration of a police caution", "2026-10-21 09:12", """
      Dear Fitness to Practise team,

      I am writing to declare, as the student declaration requires, that I accepted a police caution last week for
      being drunk and disorderly in the city centre after a society social. Nobody was hurt and no property was
      damaged. I was embarrassed and I take it seriously.

      I have spoken to my personal tutor, Dr Ines Harcourt, and I have booked an appointment with Student Support.
      Please let me know what information you need from me and whether I need to attend a meeting.

      Yours sincerely,
      Ewan Threlfall
      Year 2
      """),
]
