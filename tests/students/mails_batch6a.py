"""Batch 6a: 22 labelled emails (8 offensive, 4 defamatory, 10 look-alike negatives), written fresh as a
held-back test set, without reading bedside's rules, word lists, fixtures or earlier mail texts; only the
notes in labels.json were read, to avoid repeating their scenarios, and batch 5 for the M(...) format.

Writers and recipients lean towards students in years 1-3, pre-clinical teaching, societies and sports
clubs, and family. The other-language mails are in Spanish/Spanglish, Nigerian Pidgin and Scots.

Every person, hall, club, society, hospital and address is invented. No patient identifiers appear
anywhere (no names, dates of birth, numbers or addresses of patients or body donors).
"""

from __future__ import annotations

from build import HD, HO, NONE, D, M, O, ex

MAILS = [
    # ================================================================== offensive: hold (8)
    M("offensive-spanglish-sudaca-venezuelan-dissection-partner.eml", O, True, HO,
      "Spanish/English mix to the writer's sister: a named Venezuelan classmate in her Year 1 dissection group called "
      "'el típico sudaca' (a slur for Latin Americans), said to have a bought degree and to 'take our places'; "
      "nationality prejudice, no swear words",
      "iphone", ("Lucia Benavente", ex("lucia.benavente")), ("Carmen", "carmenbenavente.v@gmail.com"),
      "anatomía 🙄", "2026-02-19 21:52", """
Carmen!! Semana tres de anatomía y ya estoy harta.

Me han puesto en el grupo de disección con un venezolano, Andrés Quintero, y tía, es el típico sudaca. Llega tarde a todo, habla a gritos, and he treats the dissection table like it's a fiesta. Honestly these people come over here with degrees de chichinabo y encima nos quitan las plazas a los que nos lo hemos currado. En su país seguro que el bachillerato se lo compró su padre.

I've already asked the demonstrator if I can move tables. No pienso pasarme todo el año pegada a un sudaca que huele a arepa frita.

No se lo digas a mamá que ya sabes cómo se pone con estas cosas. Besitos
""", sent_from=False),

    M("offensive-nigerian-pidgin-homophobia-classmate-society-trip.eml", O, True, HO,
      "Nigerian Pidgin/English to a friend: contempt for a named Year 2 classmate who came out at a society meeting "
      "('abomination', 'dem suppose comot am', will not share a room with 'that kind person'); sexuality prejudice, no swearing",
      "gmail", ("Tobenna Aneke", ex("tobenna.aneke")), ("Ify", "ifeoma.okoro07@gmail.com"),
      "ACS wahala", "2026-02-22 23:08", """
Ify how far? You don hear wetin happen for ACS meeting yesterday?

Femi Adedoyin stand up for front of everybody come dey talk say him be gay, say him wan make the society "safe space" for people like am. Abomination. I no fit look am for face again. Dis kind thing no be our culture at all, na oyinbo people carry am come and now our own people dey copy.

Dem suppose comot am from the society before e spoil the small boys for first year. I don tell Kelechi for committee say if dem put am for my room for the Birmingham trip I no dey go. Make nobody share hostel with that kind person. God go judge am sha.

Abeg no forward this one o.

Tobe
"""),

    M("offensive-scots-swearing-at-hockey-treasurer-subs-list.eml", O, True, HO,
      "Scots, aimed straight at a named club treasurer who listed unpaid subs: crude insults and swearing "
      "('jumped-up wee bawbag', 'glaikit fud', 'shite', disguised 'c*nt' and 'f*nny'), 'shove it'",
      "plain", ("Euan McAllister", ex("euan.mcallister")), ("Fraser Dunbar", ex("fraser.dunbar")),
      "yer subs list", "2026-02-24 00:17", """
Fraser,

Saw ma name on yer wee "unpaid subs" list on the club group. Ye think that's funny, aye?

Ye're a jumped-up wee bawbag wi a clipboard and naebody in that club can thole ye. Ah paid every penny in October, ya glaikit fud, it's your shite spreadsheet that's wrang. Ye couldnae coont tae ten wi yer shoes aff.

Get it aff the group the day or ah'll tell every c*nt in the club whit a sleekit wee f*nny ye are. Take yer forty quid and shove it.

Euan
"""),

    M("offensive-polite-weight-prejudice-netball-selection.eml", O, True, HO,
      "to a netball club committee list, politely worded weight prejudice: 'larger members' a poor advertisement for "
      "future doctors, lack discipline, should be steered to the social team 'where nobody has to see them in a skort'; "
      "no swear words",
      "outlook", ("Georgia Whitlock", ex("georgia.whitlock")),
      ("Medics Netball Committee", "medics-netball-committee@exmail.nottingham.ac.uk"),
      "Selection for the medics' games squad - a difficult point", "2026-02-26 18:40", """
Hi all,

Before Thursday's meeting I wanted to put something in writing, because it is a slightly awkward point and I would rather say it carefully than blurt it out.

I think we have to be honest that some of our larger members are not a good advertisement for a medics' club. We are going to be the people telling patients to lose weight, and it does not look right when the squad photo on our Instagram has several girls who are clearly overweight. If someone cannot control what they eat, I do not think they have the discipline we want in a first team, however nice they are.

I am not suggesting we say any of this to them directly. My proposal is that we bring in a minimum fitness test for selection, set at a level we know certain people will not reach, and quietly steer the bigger girls towards the social team, where nobody has to see them in a skort. Sponsors will not want their logo on a fat team, and frankly patients will not take advice from a fat doctor either.

I know this may sound harsh, but I think most of the committee privately agrees. Happy to discuss on Thursday.

Best wishes,
Georgia Whitlock
Captain, Medics Netball Club
Year 3 MBBS
"""),

    M("offensive-incel-coded-misogyny-pbl-group-women.eml", O, True, HO,
      "Year 1 student to two friends, incel-coded misogyny with no swear words: female PBL classmates called 'foids', "
      "'roasties' who will 'hit the wall', 'AWALT', a named classmate to be 'put back in her place'",
      "gmail", ("Connor Bramley", ex("connor.bramley")),
      [("Jordan", "jordan.pyke99@gmail.com"), ("Liam", "liam.sandford@outlook.com")],
      "pbl allocation", "2026-03-02 22:31", """
Got my PBL group for semester two. Three foids, one soyboy and me. Great.

Every one of them is a roastie who will hit the wall by thirty and then go looking for a doctor to "settle down" with. They got in on looks and a personal statement about volunteering in Ghana, and the second some Chad knocks them up they'll drop to part-time and the rest of us will cover their shifts. AWALT, like I keep telling you.

The tall one, Amira Haddon, corrected me twice in front of the facilitator today. Classic female entitlement. Someone needs to put her back in her place and it might have to be me.

Anyway, gym at 7 tomorrow?

C
""", cc=[("Sam", "samuel.otway@gmail.com")]),

    M("offensive-mocking-anatomy-body-donor-nicknames.eml", O, True, HO,
      "Year 1 student to a friend at another university, mocking an anatomy body donor: a nickname, jokes about his "
      "weight and genitals, posing with his brain for a photo; dehumanising, no swear words, no identifier",
      "thunderbird", ("Jake Lindqvist", ex("jake.lindqvist")), ("Oscar Penrose", "oscar.penrose@gmail.com"),
      "dissection update", "2026-03-04 20:05", """
Oscar,

You asked what dissection is like. Honestly it's the best bit of the course.

Our table's body is this massive old bloke, so we've called him Big Dave. Big Dave donated himself "to advance medical science" and has ended up as six first years' stress ball. You wouldn't believe how much fat we had to scrape off before we found anything, it was like carving a kebab. Mo keeps making jokes about how disappointing his equipment is and the girls on our table nearly wet themselves.

Last week we had the brain out and Mo did a thumbs up holding it next to Dave's empty head while I took a photo. The demonstrator didn't see. I'll send it to you when you're not at your mum's.

Jake
"""),

    M("offensive-sexual-harassment-medic-dad-to-fresher-after-no.eml", O, True, HO,
      "Year 3 'medic parent' writes privately to his first-year 'medic child' after she asked to talk only in the group chat: "
      "remarks on her body in photos, invites her round alone, hints that past papers depend on it, 'don't be frigid'",
      "plain", ("Harry Tennant", ex("harry.tennant")), ("Leah Moss", ex("leah.moss")),
      "your medic dad :)", "2026-03-06 01:44", """
Leah,

I know you said you'd rather we just talked in the family group chat and not privately, but I think that's a bit silly given I'm literally your medic dad. Looking after you is my job.

Saw the netball photos on Insta. That kit really suits you, and that dress at the Freshers' Ball was a choice, I won't lie. A few of the lads were asking about you.

Come round mine on Friday, just us, and bring the dress. I've got all my Year 1 past papers and notes, which you'll want before the spotter, and it works better if we're friendly about it. Don't be frigid like last time.

H x
"""),

    M("offensive-implied-threat-rugby-welfare-officer-initiation.eml", O, True, HO,
      "short implied threat to a named club welfare officer who reported an initiation: the lads 'aren't happy', her "
      "dark walk home along the canal, 'people slip on that towpath', drop it and it goes away",
      "iphone", ("Ross Kilbride", ex("ross.kilbride")), ("Hannah Pryce", ex("hannah.pryce")),
      "initiation", "2026-03-09 23:26", """
Heard it was you who went to the SU about initiations. Bold for a second year.

The lads aren't happy and I can't really control what they do after a few drinks. You walk back along the canal after Wednesday training, don't you? Very dark down there. People slip on that towpath every winter.

Drop the complaint and it all goes away.
"""),

    # ================================================================== defamatory: hold (4)
    M("defamatory-named-hockey-coach-drink-drives-minibus-to-dad.eml", D, True, HD,
      "Year 2 student to her father: the women's hockey club's named coach stated as fact to drink-drive the team minibus "
      "after every away game and to have been sacked from a school for it; asks him to post it on a parents' page",
      "gmail", ("Poppy Aldred", ex("poppy.aldred")), ("Dad", "mark.aldred61@hotmail.co.uk"),
      "hockey coach", "2026-02-21 12:14", """
Hi Dad,

You asked why I was so quiet on the phone last night. It's the hockey coach, Derek Halloran. He was drunk driving the minibus back from Loughborough on Wednesday. He'd had four pints and a couple of whiskies in their clubhouse and then drove twelve of us 40 miles down the M1.

He does it after every away game. It's the whole reason he left Brackenfield Grammar, they sacked him for driving the under-16s home drunk from a tournament and the school hushed it up. Everyone in the club knows.

Can you put something on that parents' Facebook page you're in, so other parents know what he's like? Don't use my name. And please don't tell Mum, she'll only make me quit.

Love you
Pops x
"""),

    M("defamatory-role-senior-warden-stealing-from-rooms-flat-group.eml", D, True, HD,
      "to a Year 1 flat group: 'the senior warden at Ashcombe Hall' (one person) stated as fact to use his master key "
      "to go through rooms in lecture hours and steal cash and earbuds, and to have done it for years",
      "iphone", ("Amelia Kerr", ex("amelia.kerr")),
      [("Jess", "jess.whitford@gmail.com"), ("Tom", "tomreddaway@icloud.com"), ("Nia", "nia.baptiste02@gmail.com"),
       ("Kai", ex("kai.lowe"))],
      "PSA re the stuff going missing", "2026-02-27 17:55", """
PSA: it's the senior warden who's been taking stuff from our rooms. He lets himself in with his master key when we're in lectures, goes through the drawers and helps himself. That's where Jess's £60 and Tom's AirPods went.

He's been doing it for years. My cousin's friend lived in Ashcombe in 2022 and exactly the same happened to her whole corridor. The Accommodation office knows he's a thief and does nothing because he's been there forever.

Lock everything, and don't leave cash in your room. Spread the word to D block x
"""),

    M("defamatory-named-anatomy-demonstrator-sells-spotter-answers.eml", D, True, HD,
      "to friends at other medical schools: a named anatomy demonstrator stated as fact to sell the spotter exam answers to "
      "first years for £25 on Snapchat and to run a fake 'tutoring' business to launder it",
      "outlook", ("Kofi Mensah-Bright", ex("kofi.mensahbright")),
      [("Ade Falana", "adefalana.med@gmail.com"), ("Rosie Quill", "rosie.quill@hotmail.com")],
      "Why our spotter results are a joke", "2026-03-03 19:22", """
Hi both,

You were asking how half our year got over 90% in the anatomy spotter. Mystery solved.

Dr Isobel Farquhar, the demonstrator who sets up the spotter stations, sells the answers. She sends the full list on Snapchat for £25 to any first year who messages her the week before, and it disappears after ten seconds so there is no trace. She has been doing it for at least three years, and her "anatomy tutoring" business is how she explains the money.

So next time someone tells you Nottingham's anatomy teaching is amazing, that's why.

Kofi
"""),

    M("defamatory-named-classmate-forged-consultant-signatures-surgsoc.eml", D, True, HD,
      "to a surgical society committee list before an election: a named Year 3 candidate stated as fact to have forged a "
      "consultant's signature on all eight theatre sign-offs while away in Bristol; 'that's fraud'",
      "thunderbird", ("Rebecca Oyelaran", ex("rebecca.oyelaran")),
      ("SurgSoc Committee", "surgsoc-committee@exmail.nottingham.ac.uk"),
      "Before we vote on president", "2026-03-11 21:38", """
Hi everyone,

I wasn't going to say anything, but since the vote is on Monday I think the committee needs to know.

Charlotte Egerton forged Mr Batley's signature on her theatre logbook. All eight sign-offs for her surgical block are in his "signature", and she wasn't even in theatre for half of those lists, she was in Bristol with her boyfriend. She did the squiggle herself in the library. That's fraud, plain and simple.

I don't think someone who falsifies her own portfolio should be the face of a surgical society. Please think about that before Monday.

Rebecca
"""),

    # ================================================================== negatives (10): 6 offensive, 4 defamatory
    M("offensive-neg-scots-sibling-banter-mums-birthday.eml", O, False, NONE,
      "Scots, affectionate banter to the writer's big sister about their mum's birthday (walloper, bampot, heid full o' mince, "
      "'ah'll murder ye'), ends with love; no real insult",
      "gmail", ("Calum Strachan", ex("calum.strachan")), ("Kirsty", "kirsty.strachan88@gmail.com"),
      "Mam's birthday", "2026-02-20 19:03", """
Awright ya walloper,

Ye left yer charger at mine AGAIN. Ah'm keepin it. Finders keepers.

Right, Mam's birthday. Ah'm gettin the train up on the Friday efter ma anatomy practical so ah'll be knackered an skint. You're the one wi the grown-up job so you're buyin the cake, nae arguments. Ah'll dae the card an get the wee yin tae sign it.

An dinnae even think aboot tellin her ah failed that first physiology quiz. Ah passed the resit, ya bampot, ma heid's no as full o' mince as yours. If ye clipe ah'll murder ye.

See ye Friday. Love ye really (dinnae tell anybody)

C x
"""),

    M("offensive-neg-nigerian-pidgin-passed-exams-idioms-cousin.eml", O, False, NONE,
      "Nigerian Pidgin, short and happy to a cousin after passing Year 2 exams: violent-sounding idioms used playfully "
      "('I don kill am', 'anatomy nearly finish me', 'I go beat you' if she misses the party)",
      "iphone", ("Adaeze Nnamdi", ex("adaeze.nnamdi")), ("Chinonso", "chinonso.nnamdi@gmail.com"),
      "I PASS!!!", "2026-03-13 16:47", """
Nonso I PASS!!! All my Year 2 exams, I don kill am 🎉🎉 Anatomy nearly finish me but God dey. Tell Mummy make she start to cook jollof, party dey Saturday and if you no come I go beat you mercilessly 😂 love you die
"""),

    M("offensive-neg-spanglish-reporting-slur-to-mum.eml", O, False, NONE,
      "Spanish/English mix to the writer's mother: she was called 'sudaca' at a club social, says why it hurt, that she reported "
      "it to the welfare officer and the club acted; the slur is mentioned, not used",
      "thunderbird", ("Valeria Ortiz Pineda", ex("valeria.ortizpineda")), ("Mami", "gloria.pineda.r@gmail.com"),
      "estoy bien, no te preocupes", "2026-02-28 11:26", """
Mami,

Antes de que te lo cuente la tía por WhatsApp: estoy bien, de verdad.

El miércoles en el social del club de hockey una chica de tercero, bastante borracha, me llamó "sudaca" delante de todo el mundo. I know you'll say ignore it, pero aquí mucha gente no sabe que es un insulto, so I explained it to the girls on my team and they were really shocked.

On Thursday I reported it to the club welfare officer, using the form on the SU website. She called me the same day, the captain apologised to me on behalf of the club, and the girl has to do the equality training before she plays again. She also sent me an apology that sounded genuine.

So, todo bien. Hablamos el domingo por FaceTime. Te quiero mucho, dale un beso a papi.

Vale
""", cc=[("Isabela", "isa.ortizpineda@gmail.com")]),

    M("offensive-neg-ethics-essay-incel-language-to-tutor.eml", O, False, NONE,
      "Year 2 ethics essay extract sent to the tutor: analyses incel slang (foid, femoid, roastie, 'hit the wall', AWALT, Chad) "
      "as dehumanising language and its risk in medical training; quoted to critique, nobody targeted",
      "outlook", ("Saoirse Blackwood", ex("saoirse.blackwood")), ("Dr Helena Markham", "helena.markham@nottingham.ac.uk"),
      "Ethics essay - draft section 2 for feedback", "2026-03-05 10:12", """
Dear Dr Markham,

Thank you for agreeing to look at a section of my draft before the deadline. Section 2 is pasted below; the full essay is about online misogyny and professionalism in medical students.

"2. Language as dehumanisation

Online 'incel' communities have developed a vocabulary whose function is to make women seem less than human. Women are 'foids' or 'femoids' (from 'female humanoid'), sexually experienced women are 'roasties', and a woman's worth is said to collapse when she 'hits the wall' at around thirty. 'AWALT' ('all women are like that') turns any individual woman into a specimen of a type, while 'Chad' names the idealised man whom women supposedly pursue. None of these terms is a swear word, which is partly why they spread easily into mainstream group chats.

For medicine the concern is practical. A student who has absorbed this vocabulary is being trained to see half of their patients and colleagues as a category rather than as persons, which is exactly what the GMC's guidance on respect and the school's own guidance on email and social media are meant to prevent."

I would be grateful for your view on whether quoting the terms directly is appropriate, or whether I should describe them instead.

Kind regards,
Saoirse Blackwood
Year 2 MBBS
"""),

    M("offensive-neg-netball-welfare-body-talk-code.eml", O, False, NONE,
      "netball club welfare officer to the club list: new 'no body comments' code quoting examples of weight remarks "
      "heard at training as things not to say, kit sizes extended, support signposted; mention, not use",
      "plain", ("Daisy Fenwick", ex("daisy.fenwick")), ("Medics Netball", "medics-netball@exmail.nottingham.ac.uk"),
      "Welfare: body talk and new kit sizes", "2026-03-08 14:30", """
Hi netballers,

A quick welfare note from me.

A few of you have told me about comments at training and on the group chat this term, things like "you'd be quicker if you lost a stone", "she's too big for the skort" and jokes about who is "built like a goal post". I know most of it is meant as a laugh, but it isn't one for the person on the receiving end, and several people have said it made them dread coming.

From now on the club has a simple rule: we don't comment on anyone's body, weight or what they eat. Not at training, not in the chat, not in the pub. Selection is based on netball and nothing else.

Two practical things:
- The new kit order goes up to size 24 and there are shorts as well as skorts. Order by Friday.
- If any of this has affected you, you can talk to me in confidence, or go to the University's counselling service.

Thanks all, and see you on Wednesday.

Daisy
Welfare Officer, Medics Netball Club
"""),

    M("offensive-neg-anatomy-society-donor-thanksgiving-respect.eml", O, False, NONE,
      "anatomy society president to the Year 1 list: thanksgiving service for body donors with frank dissection language "
      "(sawing the skull, removing the heart) and a reminder that nicknames, jokes and photos of donors are not acceptable",
      "thunderbird", ("Rhys Madoc", ex("rhys.madoc")), ("MBBS Year 1", "mbbs-year1-list@exmail.nottingham.ac.uk"),
      "Service of Thanksgiving for our donors - and a reminder", "2026-03-10 09:15", """
Dear Year 1,

The annual Service of Thanksgiving for the people who donated their bodies to the School will be held on Wednesday 25 March at 4pm in the Great Hall. Donors' families attend, and many of them tell us afterwards how much it means to meet the students who learned from their relative. Please come if you possibly can.

This term most of you have done things you had never imagined: sawing through a skull to lift out the brain, opening the chest, removing and sectioning a heart. It is normal to find that overwhelming, and it is normal to deal with it through black humour among yourselves.

But please remember where the line is. Every donor was someone's parent or partner, and chose to give us this. Giving a donor a nickname, joking about their body, or taking any photograph in the dissecting room is not acceptable, and in previous years it has ended up in fitness to practise proceedings. If you see it happening, you can speak to a demonstrator or to me.

If you would like to write a few lines of thanks for the book of remembrance, there are cards at the dissecting room entrance.

Rhys Madoc
President, Anatomy Society (Year 2)
"""),

    M("defamatory-neg-minibus-concern-to-university-sport-safeguarding.eml", D, False, NONE,
      "Year 2 vice-captain to University Sport's safeguarding lead, the proper channel: first-hand, careful account of seeing "
      "the named coach drink before driving the minibus, says what she did not see, asks for advice",
      "outlook", ("Imani Cole", ex("imani.cole")),
      ("Safeguarding Lead, University Sport", "sport-safeguarding@nottingham.ac.uk"),
      "Concern about minibus driving after an away fixture", "2026-02-23 09:05", """
Dear Safeguarding Lead,

I am vice-captain of the women's hockey club and I would like to raise a concern, in confidence, about the minibus journey home from our away fixture at Loughborough on Wednesday 18 February.

Before we left, I saw our coach, Derek Halloran, with what looked like a pint of lager in the opposition's clubhouse, and I think a second one later. I did not see how much he drank in total and I cannot say whether he was over the limit. He drove the minibus back afterwards. Two other players have told me they were also worried.

I am not making an accusation, and I may have misread the situation. But I would be grateful if you could look into it, and let me know what the club's rules are for drivers and what I should do if something similar happens on a future trip. I have not discussed this with anyone outside the club.

Kind regards,
Imani Cole
Vice-captain, Women's Hockey Club
Year 2 MBBS
""", cc=[("Club Captain", ex("freya.langridge"))]),

    M("defamatory-neg-hall-thefts-dont-blame-warden-report-it.eml", D, False, NONE,
      "Year 1 reply to a flat group: thefts from rooms discussed, but the writer refuses to blame the warden or anyone "
      "without evidence and gives the proper routes (Accommodation, campus security, police crime number)",
      "gmail", ("Noah Brennan", ex("noah.brennan")),
      [("Jess", "jess.whitford@gmail.com"), ("Tom", "tomreddaway@icloud.com"), ("Amelia", ex("amelia.kerr"))],
      "Re: stuff going missing", "2026-02-27 19:40", """
Sorry to hear about the money and the AirPods, that's horrible.

Can we not go round saying it's the warden though? None of us actually knows who it was. Loads of people have fobs for this block, half the floor leaves doors on the latch, and the cleaners, the maintenance guys and everyone's mates come through all day. If it's a rumour and it's wrong, that's someone's job.

What actually helps:
- Report it to Accommodation Services using the online form, with the dates and what went missing.
- Tell campus security so they can check the door logs.
- Get a police crime reference if you want to claim on insurance.

Happy to help anyone fill the forms in tonight. I'll bring biscuits.

Noah
""", quote={
          "from": ("Jess", "jess.whitford@gmail.com"), "to": ("Noah Brennan", ex("noah.brennan")),
          "subject": "stuff going missing", "date": "2026-02-27 18:02", "body": """
Has anyone else had stuff go missing from their room? £60 has gone from my drawer and Tom's AirPods have vanished. Feeling really weird about it.
"""}),

    M("defamatory-neg-spotter-answers-offer-to-module-lead.eml", D, False, NONE,
      "Year 1 student reports to the anatomy module lead, the proper channel, that an unknown Snapchat account offered "
      "spotter answers for money; says he does not know who runs it and accuses no one",
      "plain", ("Jonah Feld", ex("jonah.feld")), ("Dr Marcus Oyelaja", "marcus.oyelaja@nottingham.ac.uk"),
      "Anatomy spotter - answers being offered for sale", "2026-03-02 08:50", """
Dear Dr Oyelaja,

I thought you should know that last night I was sent a message on Snapchat from an account called "anat_helper_nott" offering "the full spotter list" for £25 before next week's exam. I don't know who runs the account and I have no idea whether the list is real or a scam. I did not reply or pay anything.

I took a screenshot before the message disappeared and can forward it if that is useful. Two other people in my PBL group received the same message.

Please let me know if you need anything else from me.

Best wishes,
Jonah Feld
Year 1 MBBS
"""),

    M("defamatory-neg-fair-criticism-surgsoc-candidate-election.eml", D, False, NONE,
      "Year 3 member to the surgical society list before an election: honest opinion and fair, checkable criticism of a named "
      "candidate's plans and late minutes, with credit where due; no allegation of wrongdoing",
      "outlook", ("Tariq Hussain", ex("tariq.hussain")), ("SurgSoc Members", "surgsoc-members@exmail.nottingham.ac.uk"),
      "Why I'm not backing Megan for president", "2026-03-12 20:11", """
Hi all,

With the vote on Monday I thought I'd say openly why I'm backing Dan rather than Megan Aspinall for president. This isn't personal; Megan has worked hard as secretary and the suturing workshops she organised in the autumn were the best-attended events we've had.

My disagreement is about priorities. Her manifesto proposes cutting the widening-participation conference bursary to subsidise the summer ball, and I think that is the wrong way round: the bursary is the one thing we do that helps people who couldn't otherwise afford to go. I also think a president needs more time than she'll have. She is on three committees this year, and the minutes for our November, January and February meetings went up four to six weeks late (the dates are on the shared drive).

None of that is a criticism of her character, and I'd be glad to be proved wrong. Read both manifestos and come to the hustings on Friday.

Tariq
Year 3
"""),
]
