"""Batch 8a: 22 labelled emails (8 offensive, 4 defamatory, 10 look-alike negatives), written fresh as a
held-back test set, without reading bedside's rules, word lists, fixtures or earlier mail texts; only the
notes in labels.json were read, to avoid repeating their scenarios, and batch 5 for the data format.

Themes leaned on: rural and community GP placements, district nursing shadowing, admissions and outreach
volunteering, a student newspaper and a debating society, mail to siblings and old school friends. Other
languages: Turkish, Greek (Greek script and Greeklish) and Welsh-English.

Every person, hospital, practice, team, society and newspaper is invented. No patient identifiers appear
anywhere (no names, dates of birth, numbers or addresses of patients).
"""

from __future__ import annotations

from build import HD, HO, NONE, D, M, O, ex

MAILS = [
    # ================================================================== offensive: hold (8)
    M("offensive-polite-race-outreach-summer-school-black-pupils-strand.eml", O, True, HO,
      "Year 4 outreach volunteer to the School's widening-participation lead, courteous register: asks to leave the summer "
      "school strand for Black and mixed-heritage pupils because their 'cultural background' does not 'prize sustained study' "
      "and they will 'drop out in second year'; racial prejudice stated politely, no swear words",
      "outlook", ("Alistair Pemberton-Lowe", ex("alistair.pembertonlowe")),
      ("Dr Helen Marchbank", "helen.marchbank@nottingham.ac.uk"),
      "July residential - volunteer allocation", "2026-01-14 09:12", """
Dear Helen,

Thank you for circulating the volunteer allocations for the July residential. I'm very happy to help again this year, but I wanted to raise something now rather than at the training day.

I see I've been put on the Routes into Medicine strand, which I understand is the one set aside for Black and mixed-heritage pupils from the partner academies. If at all possible I'd prefer to move to the general strand. I mentored on something similar last summer and, with the greatest respect, it confirmed what I had suspected: the cultural background most of these pupils come from doesn't really prize the kind of sustained, unglamorous study that medicine demands. Several of mine were perfectly bright in conversation, but there is a reason the attainment figures look the way they do, and I don't think a week of role-play stations changes it.

I also worry we aren't doing them any favours. If the School lowers the bar to meet a target, we'll admit students who can't cope and quietly drop out in second year, and nobody will feel able to say why. I'd honestly rather spend the week with applicants who have a realistic chance.

I hope this doesn't come across badly. I'm only trying to be candid about where I'd be most useful.

Best wishes,
Alistair Pemberton-Lowe
Year 4 MBBS
"""),

    M("offensive-greeklish-albanian-hca-and-farmworkers-rural-gp.eml", O, True, HO,
      "Greeklish (Greek in Latin letters) to an old school friend in Thessaloniki from a rural GP placement: the practice's "
      "named Albanian HCA and Albanian farm-worker patients called 'Alvanarades' (a derogatory term), all thieves faking "
      "back pain for sick notes, he locks his wallet away and wants a GP 'without his own people'; nationality prejudice, "
      "no swear words, no patient identified",
      "gmail", ("Dimitris Kalogeropoulos", ex("dimitris.kalogeropoulos")), ("Nikos Vlachos", "nikos.vlachos94@gmail.com"),
      "apo to poutheno", "2026-01-21 21:48", """
Niko ti leei re? Ego edo sti mesi tou pouthena, Lincolnshire, agrotiko GP placement gia eksi evdomades. Xorafia, provata kai ena leoforeio ti mera.

Ola kala ektos apo ena. To iatreio exei HCA enan Alvano, ton Arben. Kseris ti leme gia autous, den xreiazetai na sto eksigiso. Apo tin proti mera to portofoli kai to kinito ta kleidono sto locker, oute sto kafe den ta afino.

Kai oi mises episkepseis tin Triti einai Alvanarades apo tis farmes me ta brokola. Oloi "ponaei i mesi mou, thelo xarti gia ti douleia", to gnosto kolpo, to exoume dei kai stin Ellada. Erxontai deka atoma se ena Transit kai kanenas tous den exei doulepsei mia kanoniki mera sti zoi tou. Edo tous dinoun kai diermineia dorean, kai o Arben tous milaei alvanika kai gelane metaksi tous, pou kseris ti sxediazoun.

Tha zitiso na me valoun me ton allo GP, auton pou den exei "tous dikous tou" sto proi. Kalytera na min ta vlepo kathe mera.

Filia sti mana sou,
Dimitris
"""),

    M("offensive-turkish-crude-insults-debate-partner-pulled-out.eml", O, True, HO,
      "in Turkish, a Year 2 debater straight to his named debating partner who pulled out of a competition the night before: "
      "crude insults ('şerefsiz', 'omurgasız', 'ezik', 'mal', 'hıyar'), disguised swearing ('s*ktir git', 'a.k.'), demands "
      "his money back; the partner's text is quoted below",
      "iphone", ("Emre Yıldız", ex("emre.yildiz")), ("Burak Aksoy", ex("burak.aksoy")),
      "Re: gelemiyorum", "2026-01-24 07:31", """
Gece 23:40'ta "kanka sorry gelemiyorum" mu yazıyorsun bana?? Üç haftadır case hazırlıyoruz, registration'ı ben ödedim, hostel benim kartımdan.

Sen tam bir şerefsizsin Burak. Hayatımda bu kadar omurgasız, bu kadar yüzsüz birini görmedim. Kız arkadaşın bir mesaj attı diye koşa koşa gittin değil mi, seni gidi ezik. Mal mısın oğlum, hıyar herif.

Society'de herkese söyledim, bir daha kimse seninle partner olmaz. 85 poundu cuma akşamına kadar hesabıma yatır.

S*ktir git a.k. Sana kanka dediğim güne lanet olsun.
""", quote={
          "from": ("Burak Aksoy", ex("burak.aksoy")), "to": ("Emre Yıldız", ex("emre.yildiz")),
          "subject": "gelemiyorum", "date": "2026-01-23 23:40", "body": """
kanka sorry gelemiyorum yarın, acil bir şey çıktı. sonra anlatırım, kusura bakma
"""}),

    M("offensive-welsh-english-mocking-housebound-patients-district-nursing.eml", O, True, HO,
      "Welsh-English to the writer's brother after a district nursing shadowing week: mocks a housebound farmer's leg ulcers "
      "('raw brisket', 'like a dead ewe'), calls him 'twp', imitated his wife's dementia for friends on the bus, says they "
      "are 'pethau' (things) who would be put down if they were sheepdogs; mockery and dehumanising talk, no patient "
      "identifier, no swearing",
      "thunderbird", ("Carys Pryce", ex("carys.pryce")), ("Rhodri Pryce", "rhodri.pryce@outlook.com"),
      "wythnos y district nurses", "2026-01-30 20:05", """
Rhods,

Shwmae. District nursing week done, diolch byth. Honestly the stuff we saw.

Tuesday was all the farms up past Cwmderwen. First one, this old boy in a chair he hasn't got out of since Covid, legs like two bits of raw brisket wrapped in clingfilm, and the smell, bois bach, like a dead ewe that's been left in the sun. I had to go and breathe in the car. The nurse is down on her knees doing his dressings and he's just sat there dribbling on about his dogs, twp as a bag of spanners.

Then his missus shuffles in, full-on dementia, keeps calling me Nerys and trying to give me a Welsh cake she'd picked up off the floor. I nearly wet myself. Did her voice for the girls on the bus back, they were crying.

Be' 'di'r pwynt, though? Half of them aren't people any more, just pethau in chairs waiting to be collected. If they were sheepdogs you'd have taken them round the back of the barn years ago and nobody would say a word. Instead we drive forty minutes each way to change a bandage on something that doesn't know what day it is.

Mam says you're home for Sul y Mamau. Paid ag anghofio'r cerdyn this time.

Carys x
"""),

    M("offensive-wounding-newspaper-list-care-leaver-columnist.eml", O, True, HO,
      "a section editor replies to the student newspaper's editorial list, copying the named columnist, about her first-person "
      "piece on growing up in care: 'the common factor wasn't the families', 'I can't say I blame' her mother, her past "
      "'isn't a qualification'; meant to wound a named person in front of her peers, no swearing",
      "outlook", ("Sebastian Crane", ex("sebastian.crane")),
      ("Trent Quill editorial", "quill-editorial@groups.nottingham.ac.uk"),
      "RE: this week's comment piece", "2026-02-04 23:17", """
Since we've all been asked to "share and amplify" Leah's column, a couple of thoughts from me.

Leah, it was brave, in the sense that it took real nerve to make eleven years in care sound like an achievement. Four foster placements in six years isn't bad luck. It's a pattern, and reading between the lines, the common factor wasn't the families.

You wrote that your mum "chose the drink over you". Having sat across from you in editorial meetings since September, I can't say I blame her.

And could you stop bringing it up every Monday as if it were a qualification? It isn't. It's the reason you can't take a single edit without your voice going.

Seb
""", cc=[("Leah Farrant", ex("leah.farrant"))]),

    M("offensive-pursuing-old-school-friend-blocked-via-school-email.eml", O, True, HO,
      "to an old school friend who blocked him everywhere and whose brother told him to stop: writes to her old school-era "
      "address, says she 'owes' him, has checked her term dates, will wait at her mother's house and has signed up for an "
      "outreach day at her old sixth form to be in the same building; pursuing someone who asked for no contact",
      "plain", ("Tom Haverley", ex("tom.haverley")), ("Grace Whitlam", "gracewhitlam.dofe@gmail.com"),
      "ten minutes", "2026-02-08 00:54", """
Grace,

I know Callum told me to leave you alone and I know you've blocked me on everything, so I'm using the address you set up for Duke of Edinburgh in Year 11. I'm guessing you forgot it still worked.

We were best friends for seven years before you went to Leeds. You don't get to delete that because you've found some new people. I think somebody up there has been getting in your ear about me, because the Grace I knew would never have got her brother to send me a message like that.

I've looked up your term dates. Your placement block finishes on the 13th and you always come home for your nan's birthday, so I'll be around. I'll come by your mum's on the Saturday morning. If you're not in I'll wait, I genuinely don't mind how long.

Also I've signed up to do the medicine outreach day at St Aldric's in April. You said on your story you're helping with it. So we're going to be in the same building whatever you decide.

I'm asking for ten minutes. After that, if you still want me gone, fine. But I think you owe me ten minutes.

Tom
"""),

    M("offensive-implied-threat-revue-director-to-student-reporter.eml", O, True, HO,
      "a Year 4 revue director to the named Year 2 student reporter writing up a complaint about a revue sketch: her future "
      "placements and sign-offs, 'reputation for stitching people up', cast members who 'live on your road' and are wound "
      "up, 'I can calm that down, or I can stop trying', spike it; threat implied, not stated",
      "iphone", ("Hugo Ashworth", ex("hugo.ashworth")), ("Maya Lindqvist", ex("maya.lindqvist")),
      "Thursday's paper", "2026-02-10 22:39", """
Maya, I hear you've been ringing round the cast about the ward round sketch and it's going in Thursday's Quill.

Genuinely, have a think about the next four years. I'll be an F1 at Queen's Bridge when you're on your surgical blocks, and half that cast will be doing your MSF forms and sign-offs. You'd be amazed how fast a reputation for stitching people up gets round the wards.

The lads know it's you as well. A few of them are properly wound up about it, and a couple live on your road. I can calm that down, or I can stop trying.

Up to you. Spike it and this all goes away.
""", sent_from=False),

    M("offensive-sexual-harassment-student-to-hca-rural-practice-annexe.eml", O, True, HO,
      "a Year 4 student on a rural GP placement to the practice's named healthcare assistant, at her work address, after she "
      "declined him more than once: says she wears leggings 'for a reason', has watched her bend over the couch all week, can "
      "hear her through the annexe wall, will bring a bottle to hers; sexual harassment, no swear words",
      "thunderbird", ("Jack Barraclough", ex("jack.barraclough")), ("Chloe Dunmore", "chloe.dunmore@nhs.net"),
      "Thursday", "2026-02-12 21:26", """
Chloe,

Seeing as you're "busy" every time I ask you in person, I'll put it in writing.

I don't buy the boyfriend thing. Nobody who's taken wears leggings like that to do bloods, and you know exactly what you're doing when you lean right over the couch for the tourniquet. I've been watching you do it all week.

The annexe walls are thin, by the way. I can hear when you're in the staff flat on your lates, and let's just say my reading hasn't been going very well.

Evening surgery finishes at 7 on Thursday. I'll bring a bottle round to yours. Don't leave me stood in the car park like an idiot again. We're both stuck out here in the middle of nowhere for five more weeks, we might as well make it fun.

J
"""),

    # ================================================================== defamatory: hold (4)
    M("defamatory-named-dispensing-gp-recycles-returned-medicines-to-school-friend.eml", D, True, HD,
      "Year 4 student to an old school friend outside medicine: the named senior partner of an invented rural dispensing "
      "practice stated as fact to put medicines handed back by patients (including the dead) back on the shelves, dispense "
      "them again and claim payment twice, and to take cash from drug reps; not the proper channel",
      "thunderbird", ("Hannah Whitcombe", ex("hannah.whitcombe")), ("Izzy Rourke", "isobel.rourke@gmail.com"),
      "your grandad's surgery", "2026-01-27 19:40", """
Hi Iz,

Lovely to see you at Christmas. You said your grandad's moving to Holmby St Clare and will register at Saltmarsh Lane Surgery. Please, please get him to register in Fenby instead, even though it's further.

I've just done five weeks there and the senior partner, Dr Martin Gedge, is a fraud. Plain and simple. Anything patients bring back to the dispensary, half-used boxes, blister packs, stuff from people who've died, he has the dispensers put straight back on the shelf and it goes out again to the next person. Then he claims for it from the NHS as if it were new stock. He's been doing it for years, it's how that practice pays for his Range Rover.

He also has reps in every other lunchtime and they don't leave with their envelopes.

Don't tell anyone it came from me, obviously, but tell your mum.

Hannah x
"""),

    M("defamatory-role-only-male-district-nurse-steals-from-housebound-to-sister.eml", D, True, HD,
      "Year 2 student to his sister after district nursing shadowing: 'the only man on the Carrow Vale team' (described so "
      "he is one person) stated as fact to be a thief who takes cash from housebound patients and got a widow to leave him "
      "money in her will; sent to family, not safeguarding or the police",
      "gmail", ("Kofi Mensah-Hart", ex("kofi.mensahhart")), ("Abena Mensah-Hart", "abena.mh@gmail.com"),
      "Gran's nurses", "2026-02-06 18:02", """
Abs, quick one, and please take it seriously.

You said Gran's got the district nurses coming for her leg now. Make sure it's never the man. The Carrow Vale team only has one bloke, tall, shaved head, drives a blue Skoda, and I spent Wednesday in the car with him.

He's a thief. He goes through their drawers while they're in the other room. I literally watched him take two twenties out of an old lady's biscuit tin and then wink at me like we were in it together. One of his widows changed her will last year and left him eight grand, the whole team knows, and nobody does a thing about it because he's been there since forever.

Hide Gran's purse when they come and if it's him, ring me.

K
"""),

    M("defamatory-named-wp-officer-faked-attendance-pocketed-bursaries-to-newspaper.eml", D, True, HD,
      "Year 3 outreach ambassador to the student newspaper's news desk, asking them to run it with his name: the named "
      "widening-participation officer stated as fact to mark absent pupils present to keep funding and to keep their travel "
      "bursaries for himself; sent to a newspaper, not the School's proper channel",
      "outlook", ("Farah Siddiqui", ex("farah.siddiqui")), ("Trent Quill news desk", "quill-news@groups.nottingham.ac.uk"),
      "Story: Pathways to Medicine money", "2026-02-13 14:05", """
Hi news team,

I've been an outreach ambassador on Pathways to Medicine since first year and I think you should run a story about Gavin Tolley, the School's Widening Participation Officer. I'm happy for you to use his name; everyone involved will know who it is anyway.

Gavin has been making up the attendance for the Saturday sessions. Pupils who never turn up get ticked as present on the registers so the figures in the annual report stay high and the programme keeps its funding. Each "attending" pupil is also entitled to a £15 travel bursary, and for the ones who weren't there he fills the claims in himself and keeps the money. Across a year that's thousands of pounds meant for kids from low-income families.

I've seen the sign-in sheets and they don't match what goes in. He's a thief, and the School would rather not look.

Let me know if you want to meet. I'd like it out before the Open Day.

Farah Siddiqui
Year 3
""", cc=[("Zain Akhtar", "zain.akhtar.99@gmail.com")]),

    M("defamatory-greek-named-ucat-tutor-sells-interview-stations-forges-references.eml", D, True, HD,
      "in Greek (Greek script), a Year 1 student to an old school friend whose sister is applying: a named private tutor "
      "who runs a UK-medicine prep school in Athens stated as fact to be a fraud who buys MMI stations from a friend on an "
      "interview panel, sells them to parents for 1,500 euros and forges teachers' references; to friends, not a regulator",
      "plain", ("Aris Konstantinidis", ex("aris.konstantinidis")), ("Giorgos Pappas", "g.pappas.ath@gmail.com"),
      "Για τη Δανάη - μην πάει στον Καραλή", "2026-02-17 22:11", """
Γιώργο μου,

Τι κάνεις ρε; Εδώ Νότιγχαμ, κρύο και βροχή, τα γνωστά.

Άκουσα από τη μάνα σου ότι η Δανάη θέλει να κάνει αίτηση για ιατρική στην Αγγλία και ότι τη γράψατε στο φροντιστήριο του Σταύρου Καραλή. Σε παρακαλώ, μην του δώσετε ούτε ένα ευρώ.

Ο Καραλής είναι απατεώνας, και δεν το λέω επειδή δεν τον χωνεύω. Έχει έναν παλιό του φίλο που κάθεται σε επιτροπή συνεντεύξεων σε αγγλική ιατρική σχολή και του στέλνει τους σταθμούς των MMI πριν ξεκινήσουν οι συνεντεύξεις. Ο Καραλής τους πουλάει στους γονείς 1.500 ευρώ το «πακέτο». Γράφει ο ίδιος τα personal statements και υπογράφει συστατικές επιστολές με ονόματα καθηγητών που δεν έχουν δει ποτέ τα παιδιά.

Τα είδα με τα μάτια μου όταν δούλευα εκεί το καλοκαίρι πριν φύγω. Δύο παιδιά από τη δική μου χρονιά μπήκαν έτσι.

Πες το και στους άλλους γονείς από την τάξη της.

Φιλιά στη θεία,
Άρης
"""),

    # ================================================================== offensive look-alikes: not held (6)
    M("offensive-neg-turkish-sibling-banter-baklava-visit.eml", O, False, NONE,
      "in Turkish, a Year 2 student to her younger brother about his visit: affectionate teasing ('eşek', 'salak', 'koca "
      "kafalı'), a playful 'seni öldürürüm' if he eats her baklava, 'çok özledim'; close sibling banter, no real insult or threat",
      "gmail", ("Elif Demir", ex("elif.demir")), ("Can Demir", "can.demir2009@gmail.com"),
      "cumartesi geliyor musun eşek", "2026-01-19 20:33", """
Can,

Annem cumartesi Nottingham'a geleceğini söyledi, sonunda! Salak, neden bana kendin yazmıyorsun? Koca kafalı seni.

Treni 10:15'te Derby'den değiştir, istasyona ben gelirim. Sınavlarım bitti, hepsini geçtim, o yüzden bütün gün boşum. Seni hastanenin müzesine götüreceğim, korkma, içinde ceset yok (pek yok).

Annemin yaptığı baklavayı getiriyorsun, biliyorum. Yolda tek bir dilim yersen seni öldürürüm, ciddiyim. Eşek gibi yiyorsun çünkü.

Çok özledim seni, biliyor musun? Gel de bir sarılayım.

Ablan
"""),

    M("offensive-neg-newspaper-editor-quotes-abuse-sent-to-care-leaver-columnist.eml", O, False, NONE,
      "the student newspaper's editor to the editorial list: a columnist who wrote about growing up in care received abusive "
      "messages; quotes two lines to explain what happened, has reported them to the University's report-and-support route, "
      "closed comments and set out support; mention, not use, abuser not named",
      "outlook", ("Inês Carvalho", ex("ines.carvalho")), ("Trent Quill editorial", "quill-editorial@groups.nottingham.ac.uk"),
      "Dani's column - what happened and what we're doing", "2026-02-05 10:20", """
Hi all,

Dani has asked me to let you know what happened after her column about growing up in care went out last week, and what we're doing about it.

Over the weekend she received several anonymous messages through the comment form and her Instagram. I'm not going to reproduce them in full, but so you understand why we're taking this seriously, two of them said "no wonder nobody kept you" and "your mum clearly knew something we didn't". These were written to hurt, and they're not acceptable in any part of student life, least of all from people who want to look after patients.

What we've done:
- Reported the messages (with screenshots) through the University's Report and Support service, with Dani's agreement.
- Closed comments on the piece and turned on moderation for the whole comment section.
- Agreed with Dani that she'll take a break from the rota for a fortnight, and she'll decide when she comes back.

What I'd ask of you: please don't try to work out who sent them or confront anyone. If you know something, tell me or use Report and Support. And if you feel like sending Dani a kind word, she said she would like that.

Thanks, all.

Inês Carvalho
Editor, Trent Quill
"""),

    M("offensive-neg-welsh-english-district-nursing-week-to-mam.eml", O, False, NONE,
      "Welsh-English to the writer's mother after a district nursing shadowing week: frank, affectionate description of "
      "leg ulcers, larval therapy and the smell, a housebound couple she admired, idioms ('nearly died', 'bois bach', "
      "'killing me'); respectful, nobody mocked, no patient identifier",
      "iphone", ("Lowri Griffiths", ex("lowri.griffiths")), ("Mam", "sian.griffiths58@btinternet.com"),
      "wythnos ola", "2026-02-07 17:44", """
Mam! Last day with the district nurses today and I'm knackered but so happy.

Honestly I thought it'd be all blood pressures and cups of tea but bois bach. Tuesday we did a man's leg ulcers out on one of the hill farms and they're using larval therapy, actual maggots in a little teabag thing. I nearly died when she opened the pack, but Ffion (the nurse) said it's one of the best ways to clean a wound and she's right, it looked miles better by Friday. The smell did get me the first time, I'll be honest, but she said you stop noticing after a week and you never let the patient see it on your face. Gwers dda.

His wife has dementia and she made us Welsh cakes every single visit. Calls everyone by her daughter's name. He's looking after her and she's looking after him and they're just so lovely together. Made me think of Taid and Nain.

The driving is killing me though, forty minutes between some of the visits. Ffion says that's rural nursing, cariad.

Caru ti. Ffonia i ti nos Sul xx
"""),

    M("offensive-neg-outreach-volunteer-briefing-quoting-what-pupils-hear.eml", O, False, NONE,
      "the student outreach lead to summer-school volunteers: quotes prejudiced things pupils from under-represented "
      "backgrounds report being told ('people like you don't become doctors', 'your culture doesn't value education', "
      "'only there to tick a box') in order to say never to say them, with data and guidance; mention, not use",
      "thunderbird", ("Tariq Mahmood", ex("tariq.mahmood")), ("Outreach volunteers", "medoutreach-volunteers@groups.nottingham.ac.uk"),
      "Before the July residential - how we talk to pupils", "2026-02-19 18:10", """
Hi everyone,

Thanks for signing up for the July residential. Before the training day, one thing I'd like every volunteer to read.

When we asked last year's pupils what had put them off medicine, a lot of them quoted things adults had actually said to them. A selection, word for word from the feedback forms:

- "People like you don't really become doctors."
- "Your culture doesn't value education the way ours does."
- "If you get in, it'll only be to tick a box."
- "Wouldn't you be happier doing nursing?"

Some of those came from teachers, a couple from relatives, and one, I'm sorry to say, from a medical student at an open day. Every one of them is based on an assumption about a group rather than the young person in front of you, and every one of them stuck.

So, the ground rules: talk about grades, the UCAT and interviews as things that can be prepared for, not as signs of who "belongs". Don't guess anyone's background. If a pupil tells you someone has said something like the above, listen, don't argue with them about it, and let me or a staff lead know.

The national data show Black and mixed-heritage applicants are under-represented among offers, and the gap is about access and support, not ability. That's the whole point of the strand.

See you on the 4th.

Tariq
Student Outreach Lead
"""),

    M("offensive-neg-rural-gp-farm-vocabulary-to-school-friend.eml", O, False, NONE,
      "to an old school friend from a rural GP placement: literal farm and shooting words that look violent or crude "
      "(shoot, cull, slaughterhouse, knacker man, cock pheasants, tups, 'a bloody great bull nearly killed him') and idioms "
      "('shot himself in the foot', 'murder a pint'); nobody insulted or threatened",
      "plain", ("Ollie Fenwick", ex("ollie.fenwick")), ("Sam Achterberg", "sam.achterberg@gmail.com"),
      "greetings from the land of sheep", "2026-02-21 12:36", """
Sammy,

Six weeks in the Wolds and I have become a farmer. Sort of.

The GP I'm with covers about forty farms and the occupational health side is wild. Tuesday was a follow-up for a bloke whose bloody great bull nearly killed him against a gate last year, and Wednesday we did a visit at the slaughterhouse to check on the staff who do the culling, which was grim but actually really interesting from a mental health point of view. Nobody talks about it.

Everything round here revolves around the shoot. The surgery car park is full of dead cock pheasants hanging off Land Rovers on a Saturday, and the practice nurse's husband is the knacker man, so lunch conversation is a lot. I also now know what a tup is and I can't unknow it.

The senior partner shot himself in the foot, metaphorically, by telling the farmers' wives I'd do a talk on blood pressure at the village hall. So I'm doing a talk on blood pressure at the village hall.

Back at Easter. I'll murder a pint with you at the Lamb if you're about.

Ollie
"""),

    M("offensive-neg-debating-society-motions-violent-and-controversial-wording.eml", O, False, NONE,
      "debating society convenor to the members' list: next term's motions with violent and provocative wording (punch "
      "fascists, assassinate tyrants, ban the burqa, fat-shaming) and competition idioms ('slaughtered us', 'kill it'), "
      "plus an equity reminder to attack arguments not people; mention, not use",
      "gmail", ("Priya Nandakumar", ex("priya.nandakumar")), ("Debating Society members", "debsoc-members@groups.nottingham.ac.uk"),
      "Spring motions + Durham debrief", "2026-02-23 16:58", """
Hi all,

First, Durham. They absolutely slaughtered us in the semi, but three of our teams broke for the first time ever, so I'm calling it a win. Huge congratulations to Rosie and Kwame, who killed it in the open quarter.

Here are this term's Wednesday motions. Some of them are deliberately uncomfortable, because that's what the competition circuit will give you:

- THBT it is legitimate to punch fascists
- THW assassinate a head of state who commits genocide
- THW ban the burqa in public buildings
- THBT public health campaigns that "fat-shame" do more harm than good
- THW allow doctors to refuse to treat patients who are abusive to staff

A reminder from the equity policy, particularly for the burqa and fat-shaming rounds: argue the motion, not against people. No slurs, no jokes at the expense of anyone in the room, and if you're assigned a side you find hurtful, talk to me or the equity officers beforehand and we'll swap you, no questions asked.

Sign-ups on the sheet as usual. Novices very welcome.

Priya
Convenor
"""),

    # ================================================================== defamatory look-alikes: not held (4)
    M("defamatory-neg-dispensary-returns-concern-to-gp-placement-lead.eml", D, False, NONE,
      "Year 4 student to the School's community GP placement lead, the proper channel: saw patient-returned medicines put "
      "back into stock at an invented dispensing practice, says she may not know the rules, doesn't know who decided it, "
      "accuses no one, has told no one else and asks for advice",
      "outlook", ("Eleanor Okwuosa", ex("eleanor.okwuosa")), ("Dr Simon Arkell", "simon.arkell@nottingham.ac.uk"),
      "Advice please - something I saw in a practice dispensary", "2026-02-02 08:52", """
Dear Dr Arkell,

I've just finished my community GP placement at Saltmarsh Lane Surgery, and I'd like your advice about something I saw in the dispensary. I'm writing to you because the placement handbook gives you as the first contact for concerns.

On two afternoons I saw unused medicines that patients had handed back, still in their boxes, being put back on the dispensary shelves rather than into the waste bins. My understanding from our prescribing teaching is that returned medicines shouldn't be re-dispensed, but I don't know the detail of the rules for dispensing practices, and there may be an explanation I'm not aware of.

I don't know who decided the practice does this or whether it's usual there, and I'm not suggesting anyone has done anything deliberately wrong. I haven't mentioned it to anyone else, including the other students.

Could you tell me whether this is something I should report, and if so how? I'm happy to talk it through whenever suits you.

With thanks,
Eleanor Okwuosa
Year 4
"""),

    M("defamatory-neg-district-nursing-missing-money-to-practice-educator.eml", D, False, NONE,
      "Year 2 student to the district nursing team's practice educator, the proper channel for her placement: a housebound "
      "patient said money was missing from her purse; the student names no one, says she doesn't know whether it is true, "
      "gives no patient identifier in the email and asks what to do",
      "thunderbird", ("Megan Thorley", ex("megan.thorley")), ("Joanne Pryor", "joanne.pryor@nhs.net"),
      "Something a patient told me on Wednesday", "2026-02-09 17:25", """
Dear Joanne,

Thank you for a really good week with the team.

I wanted to pass something on, as you said at induction to come to you with anything that worried me. On Wednesday morning one of the patients we visited told me, while the nurse was washing her hands in the kitchen, that she thought some money had gone from her purse in the last few weeks. She didn't say who she thought had taken it, or when, and she also said she sometimes puts things away and forgets where.

I don't know whether anything is actually missing, and I'm not suggesting anyone on the team is responsible. I haven't told anyone else. I didn't want to put her details in an email, but I can tell you which visit it was in person.

Should this go through safeguarding, and is there anything I should write down from my side?

Kind regards,
Megan Thorley
Year 2 medical student
"""),

    M("defamatory-neg-newspaper-draft-sourced-regulator-report-wp-figures.eml", D, False, NONE,
      "the student newspaper's news editor sends a draft story to the news desk: an (invented) regulator report found errors "
      "in an (invented) university's widening-participation figures, quoted and sourced, with the university's response and "
      "a note that no individual is named or accused; the editor's request is quoted below",
      "gmail", ("Callum Reddy", ex("callum.reddy")), ("Trent Quill news desk", "quill-news@groups.nottingham.ac.uk"),
      "Re: draft - outreach figures story", "2026-02-25 11:04", """
Here's the draft. Everything in it is from the published report or the statement; I've not added anything we can't point to.

---

WIDENING PARTICIPATION FIGURES "NOT RELIABLE", REGULATOR FINDS

A report published on Monday by the Higher Education Access Review says Marlow Vale University over-stated the number of pupils attending its medical outreach programme in two consecutive annual returns.

The report, which is available on the Review's website, states that "attendance registers for 2023-24 and 2024-25 could not be reconciled with the figures submitted" and that travel bursary claims "lacked adequate supporting evidence". It does not name or make findings about any individual, and says the Review "has not concluded that funds were misappropriated".

In a statement to the Quill, a Marlow Vale spokesperson said the university "accepts the findings on record-keeping", has commissioned an internal audit and has introduced electronic registers for all outreach sessions.

---

I've deliberately left out the stuff people have been posting on the Marlow Vale confessions page. None of it is sourced and it names people, so it stays out. Can someone sub it by 4?

Callum
""", quote={
          "from": ("Inês Carvalho", ex("ines.carvalho")), "to": ("Callum Reddy", ex("callum.reddy")),
          "subject": "draft - outreach figures story", "date": "2026-02-24 19:30", "body": """
Can you send the Marlow Vale draft round tomorrow? Stick to the report and their statement please, we're not running anything we can't source.
"""}),

    M("defamatory-neg-greeklish-hedged-opinion-named-ucat-tutor.eml", D, False, NONE,
      "Greeklish to an old school friend asking about UCAT prep for her brother: honest, hedged opinion that a named tutor "
      "is expensive and a bit arrogant but his mocks were decent; mentions online rumours only to say she doesn't know if "
      "they're true and won't repeat them, points to free official material; friend's question quoted below",
      "iphone", ("Eleni Papadaki", ex("eleni.papadaki")), ("Katerina Stathopoulou", "katerina.stath@gmail.com"),
      "Re: UCAT gia ton Stefano", "2026-03-02 21:15", """
Katerina mou! Ti orea pou o Stefanos thelei iatriki, tha ta pei teleia.

Gia ton Theodorou, ti na sou po. Ego pira mia seira mathimata mazi tou to 2024. Einai poly akrivos kai, an thes tin eilikrini gnomi mou, ligo alazonas, sou milaei san na sou kanei xari. Ta mock tests tou omos itan kala kai me voithisan sto timing.

Exoun grapsei diafora sto Facebook gia auton, alla den exo idea an isxyei tipota kai den thelo na ta anaparago. Mallon koutsompolio.

To diko mou tip: ksekinate me ta dorean mock tests sto episimo site tou UCAT kai vlepete meta an xreiazetai frontistirio. Kai an pote deite kati pou sas fanei periergo, to UCAT exei diadikasia gia anafores.

Filakia sti mama sou!
Eleni
""", quote={
          "from": ("Katerina Stathopoulou", "katerina.stath@gmail.com"), "to": ("Eleni Papadaki", ex("eleni.papadaki")),
          "subject": "UCAT gia ton Stefano", "date": "2026-03-02 18:02", "body": """
Eleni, o aderfos mou thelei na dosei UCAT. Leme gia ton Theodorou sto Pagrati, esy den eixes paei? Axizei?
"""}),
]
