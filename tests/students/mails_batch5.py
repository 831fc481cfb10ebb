"""Batch 5: 44 labelled emails (16 offensive, 8 defamatory, 20 look-alike negatives), written fresh as a
held-back test set, without reading bedside's rules, word lists, fixtures or earlier mail texts; only the
notes in labels.json were read, to avoid repeating their scenarios.

Every person, hospital, ward, practice, society and newspaper is invented. No patient identifiers appear
anywhere (no names, dates of birth, numbers or addresses of patients).
"""

from __future__ import annotations

from build import HD, HO, NONE, D, M, O, ex

MAILS = [
    # ================================================================== offensive: hold (16)
    M("offensive-polite-ageism-mature-students-pbl-group.eml", O, True, HO,
      "to a member of staff, polite age prejudice: asks to leave a PBL group because students in their forties and "
      "fifties 'should not be training as doctors', are slow and will 'go senile on the wards'; no swear words",
      "outlook", ("Harriet Venn", ex("harriet.venn")), ("Dr Colm Ashdown", "colm.ashdown@nottingham.ac.uk"),
      "PBL group allocation - request to move", "2026-01-12 08:47", """
Dear Dr Ashdown,

I hope you had a good break. I am writing about the PBL allocations for next term and would like to ask, respectfully, whether I could be moved out of Group 6.

The group has three graduate-entry students in their forties and fifties and, to be frank, I do not think people of that age should be training as doctors at all. They take twice as long to grasp anything, they struggle with the online cases, and by the time they qualify they will have perhaps ten useful years before they start going senile on the wards themselves. It feels like a place wasted that a younger applicant could have used properly.

I am not saying this to be unkind. I simply think the School should be honest that older applicants are a poor investment and stop admitting them. In the meantime I would much rather work with people of my own generation, who can keep up.

Kind regards,
Harriet Venn
Year 2
"""),

    M("offensive-polite-religion-sikh-classmate-theatre.eml", O, True, HO,
      "religious prejudice in a calm register to a friend: a named Sikh classmate's turban and kara called 'medieval', "
      "faith called a 'sky fairy', wants to swap firms to avoid him; no swear words",
      "gmail", ("Tobias Rennick", ex("tobias.rennick")), ("Sam Ferrow", "sam.ferrow91@hotmail.co.uk"),
      "surgery firm", "2026-01-19 21:14", """
Did you see Gurpreet Sandhu has been put on our surgical firm? I have nothing against him personally, but I don't see why the rest of us have to work round his religion. The turban, the bracelet, the little knife he apparently keeps on him even in theatre.

If you want to practise medicine in this country you should leave that medieval stuff at home. Sikhs and the rest of them get special treatment at every turn and the NHS bends over backwards for them. I'll be perfectly polite to his face, obviously, but I'm going to ask to swap firms. I don't fancy eight weeks next to someone who puts his sky fairy ahead of infection control.

Anyway, are you still up for Saturday?

Toby
"""),

    M("offensive-coded-dei-hire-black-registrar.eml", O, True, HO,
      "coded racism about a named Black registrar to a classmate: 'textbook DEI hire', 'tick a box', 'urban energy', "
      "'the 13% strike again'; no explicit slur",
      "iphone", ("Luke Ambrose", ex("luke.ambrose")), ("Finlay Crewe", ex("finlay.crewe")),
      "teaching today", "2026-01-22 17:36", """
Had Dr Adeyemi-Locke for bedside teaching today. Textbook DEI hire. Couldn't explain a murmur to save her life and kept going on about "lived experience". You just know she only got the reg post because a panel needed to tick a box.

Very urban energy too, if you catch my drift 😂 the 13% strike again

Sit at the back next week, trust me
"""),

    M("offensive-stereotype-estate-patients-chavs-benefits.eml", O, True, HO,
      "class stereotype of a GP practice's patients, lower-case to a friend: 'chavs on benefits', 'kids by different dads', "
      "'shouldn't be allowed to breed on the taxpayer'; no patient identified",
      "gmail", ("Mia Thornbury", ex("mia.thornbury")), ("Becca Lund", "becca.lund@gmail.com"),
      "gp placement lol", "2026-02-02 22:03", """
gp placement update: the practice covers the brackmoor estate and omg

every single patient is a chav on benefits with six kids by four different dads. tracksuit, vape, staffy tied up outside. they don't work, they don't want to work, they come in for sick notes and free stuff and then wonder why they're fat and diabetic at 35

honestly people like that shouldn't be allowed to breed on the taxpayer. the gp keeps saying "health inequalities" like it isn't their own fault lol

anyway how's cardiff x
"""),

    M("offensive-wounding-classmate-returning-from-interruption.eml", O, True, HO,
      "sent straight to a named classmate returning after interrupting for depression: 'nobody missed you', her "
      "breakdown a way to dodge finals, parents embarrassed, 'transfer somewhere nobody knows you'; meant to wound, no swearing",
      "thunderbird", ("Oliver Stent", ex("oliver.stent")), ("Niamh Galloway", ex("niamh.galloway")),
      "September", "2026-02-09 23:41", """
Niamh,

I heard you are coming back into our year in September. I thought someone should be honest with you, because nobody else will be.

Nobody missed you. The group was calmer without you crying in every tutorial and turning everything into a conversation about your "mental health". Half of us think the breakdown was a convenient way to dodge finals, and the other half just feel sorry for your parents, who must be embarrassed to have paid for a daughter who can't cope with a Year 3 timetable.

If you had any self-respect you would transfer somewhere nobody knows you. I'm only saying what everyone else is thinking.

Ollie
"""),

    M("offensive-pursuing-phd-demonstrator-after-no-contact.eml", O, True, HO,
      "to a PhD demonstrator (staff address) who asked for no contact: dismisses her request, has tracked her lab days "
      "and bus, will wait at the stop, left a gift at her hall, 'not going to give up'",
      "plain", ("Ryan Colquhoun", ex("ryan.colquhoun")), ("Elena Marsh", "elena.marsh@nottingham.ac.uk"),
      "please read this", "2026-02-11 01:12", """
Elena,

I know you said in October that you didn't want me to contact you outside the anatomy lab and that you would speak to the module lead if I did. I've thought about it a lot and I think you only said that because your colleagues were standing there. So I'm writing anyway.

I've worked out that you demonstrate on Tuesday and Thursday afternoons and that you get the 17:40 bus from the Medical School stop, so I'll be there on Thursday and we can talk properly, just the two of us. I also left something for you at the reception desk in your hall. Please don't send it back this time.

You can't keep pretending there is nothing between us. I'm not going to give up on this.

Ryan
"""),

    M("offensive-implied-threat-classmate-fitness-to-practise-statement.eml", O, True, HO,
      "implied threat to a classmate who gave a fitness-to-practise statement: placements 'get very difficult', friends "
      "on her wards, references and rotas, 'withdraw it and we'll say no more'",
      "iphone", ("Dominic Hale", ex("dominic.hale")), ("Priya Raval", ex("priya.raval")),
      "your statement", "2026-02-16 20:27", """
Priya, I hear you've given a statement to the fitness to practise panel about what happened at the Christmas social.

I'd think very carefully before you sign it. People who make trouble for their classmates tend to find their placements get very difficult, and I have a lot of friends on the wards you're going to next year. It's a small hospital and a small year. Things get said, references get written, rotas get changed.

It would be such a pity for your F1 applications if you became known as someone who can't be trusted. Withdraw it and we'll say no more about it.

Dom
"""),

    M("offensive-dehumanising-elderly-care-ward-cabbages.eml", O, True, HO,
      "dehumanising remarks about frail elderly inpatients to a friend: 'cabbage patch', 'vegetables being watered', "
      "'not people any more, just meat'; no swear words, no patient identified",
      "gmail", ("Callum Prentiss", ex("callum.prentiss")), ("Josh Arkwright", "josh.arkwright@icloud.com"),
      "care of the elderly...", "2026-02-18 19:50", """
Started my care of the elderly block this week. The ward is basically a cabbage patch. Two bays of vegetables lying there being watered through a drip, staring at the ceiling tiles.

I genuinely don't see why we keep them going. They're not people any more, just meat that's forgotten to stop. The consultant made us take a "person-centred" history from one of them and I nearly laughed, you'd get more conversation out of a houseplant.

Counting the days until I'm back on real medicine with patients who are still technically alive.

C
"""),

    M("offensive-sexual-remarks-male-physio-group-chat.eml", O, True, HO,
      "sexual remarks about a named male physiotherapist colleague to a group of friends, text-speak: staring at him, "
      "plans to fake an injury so he touches her, bets on getting him 'in the sluice'",
      "iphone", ("Jasmine Okafor-Reid", ex("jasmine.okaforreid")),
      [("Tilly", "tilly.barnes@gmail.com"), ("Ruth", "ruthie.k22@hotmail.com"), ("Aoife", ex("aoife.donnan"))],
      "THE NEW PHYSIO 🥵", "2026-02-24 13:05", """
GIRLS. the new physio on orthopaedics, Jamie Ostrowski. i would let him rehab me any day of the week 🥵🥵

spent the whole ward round staring at his arse in those navy scrubs, couldn't tell you a single patient we saw. apparently he's "happily married" lol not for long

going to fake a hamstring thing so he has to put his hands all over me. who wants to bet i get him in the sluice before the end of the block 😈
"""),

    M("offensive-sexual-remarks-dermatology-clinic-patient.eml", O, True, HO,
      "sexual remarks about a young woman seen in a dermatology clinic, to a classmate: 'she was loving it', 'best pair', "
      "looked her up on Instagram; no patient identifier",
      "iphone", ("Marcus Fell", ex("marcus.fell")), ("Ethan Boyce", ex("ethan.boyce")),
      "derm clinic", "2026-03-03 12:58", """
Clinic this morning was a treat mate. Girl in her early twenties in for a mole check, had to get her down to her underwear and I swear she was loving it. Best pair I've seen all placement.

Took my sweet time with the dermatoscope if you know what I mean 😏 Tried to find her on insta afterwards but no luck.

Wish every clinic was like that
""", sent_from=False),

    M("offensive-mocking-burns-patient-disfigurement.eml", O, True, HO,
      "mocking a burns patient's facial scarring to a friend: 'Freddy Krueger', 'face melted off', 'like a candle left on "
      "a radiator', doing his voice down the corridor; no patient identifier",
      "thunderbird", ("Harvey Dunmore", ex("harvey.dunmore")), ("Kit Sorensen", "kit.sorensen@gmail.com"),
      "burns unit", "2026-03-05 22:16", """
You have to come up to the burns unit before your block ends. There's a bloke in one of the side rooms who looks exactly like Freddy Krueger, no joke. Half his face has melted off and he dribbles when he tries to talk.

Kofi and I did the voice all the way down the corridor. The nurses told us off but come on, he looks like a candle someone left on a radiator. Honestly if I looked like that I wouldn't leave the house, never mind ask for a mirror.

H
"""),

    M("offensive-group-sweepstake-misgendering-nonbinary-classmate.eml", O, True, HO,
      "group-email cruelty: a cash sweepstake on which named classmates drop out, calling a non-binary classmate 'it', "
      "mocking their pronouns and crying, bonus for making them cry on placement",
      "gmail", ("Jack Pemberton", ex("jack.pemberton")),
      [ex("tom.hadley"), ex("sanjay.mistry"), ex("will.crossan"), ex("ben.oduya"), ex("rory.fitch")],
      "SWEEPSTAKE: who drops out first 🏆", "2026-03-08 23:30", """
Right lads, £5 each, winner takes the pot. Current odds:

1. Alex Marchetti (sorry, "they" 🙄) - 2/1. It cries in the toilets after every OSCE and thinks being called "he" is literally violence. Give it till Easter.
2. Big Tom - 5/1, still can't find the hospital
3. Hana Whitlock - 8/1, her mum fills in her logbook

Bonus £10 to whoever gets it to cry on placement first. Obviously don't forward this to Alex haha
"""),

    M("offensive-swearing-heavy-abuse-at-ex-partner-classmate.eml", O, True, HO,
      "swearing-heavy abuse aimed straight at an ex-partner who is a classmate: 'fucking snake', 'two-faced bitch', "
      "'go fuck yourself', 'lying piece of shit'",
      "outlook", ("Kieran Blythe", ex("kieran.blythe")), ("Sophie Laird", ex("sophie.laird")),
      "stop", "2026-03-11 02:09", """
You absolute fucking snake. You told half the year I cheated on you when you were the one mouthing off about me to anyone who'd listen.

Don't you dare show your face at the ball, you two-faced bitch. Everyone knows exactly what you are. Go fuck yourself and your pathetic new boyfriend, and stop sending your shit friends to ask me how I'm "doing".

I'm doing great without a lying piece of shit in my life.
"""),

    M("offensive-irish-english-swearing-abuse-rugby-captain.eml", O, True, HO,
      "Irish/English mix: swearing-heavy abuse of a named rugby captain after being dropped (gobshite, fecking, prick, "
      "'Póg mo thóin', 'a bhastaird'), wishing him hurt in a scrum",
      "plain", ("Cillian Moriarty", ex("cillian.moriarty")), ("Conor Delahunt", ex("conor.delahunt")),
      "Varsity", "2026-03-14 00:47", """
Conor, ya absolute gobshite.

Dropped for Varsity so your useless fecking mate can start at 12? You're a spineless prick and a shite captain and the whole squad knows it. Póg mo thóin, a bhastaird. Is amadán ceart thú.

I hope you get flattened in the first scrum, and I hope every one of those pricks you picked knows they're only there because they lick your arse. Don't ever speak to me again, ya fucking weasel.
"""),

    M("offensive-hindi-english-casteist-quota-classmate.eml", O, True, HO,
      "Hindi/English (Hinglish) mix to a friend: casteist contempt for a named classmate ('quota wala', his family "
      "'did cleaning', would need to bathe if touched, 'these people should stick to what their caste does')",
      "gmail", ("Arjun Malhotra", ex("arjun.malhotra")), ("Kabir", "kabir.sethi04@gmail.com"),
      "yaar guess who", "2026-03-17 21:22", """
Yaar tujhe pata hai Rohit Jatav bhi humare batch mein transfer ho gaya hai? Quota wala hai obviously, usko merit se seat thodi mili hogi. Ye log reservation pe doctor ban jaate hain aur phir patients ki life risk mein.

Uski family toh literally safai karti thi, aur ab ye humare saath ward round pe khada hoga 🤢 Main toh uske saath same lab group mein nahi baithunga, galti se chhoo bhi gaya toh nahana padega lol.

Sach bol raha hoon bro, these people should stick to what their caste does.
"""),

    M("offensive-arabic-english-racist-slur-ed-patients.eml", O, True, HO,
      "Egyptian Arabic (Arabizi)/English mix to a friend: racist slur 'abeed' for Black patients in ED, 'less than "
      "animals', does not see why they are treated as human; no patient identified",
      "iphone", ("Nour Elsayed", ex("nour.elsayed")), ("Yasmin", "yasmin.h.fathy@gmail.com"),
      "worst shift", "2026-03-21 03:18", """
Wallah the ED tonight was full of abeed, kol wa7ed fihom yesra5 "pain 10/10" w 3ayez morphine.

Ana mesh fahma leh el hospital bi3amelhom zay el bani adam, dol a2al mn el 7ayawanat honestly.

Tomorrow I'm asking to swap to paeds bas 3ashan ma ashofhomsh tany 🙄
"""),

    # ================================================================== defamatory: hold (8)
    M("defamatory-named-midwife-slaps-women-in-labour.eml", D, True, HD,
      "to a friend outside medicine: a named senior midwife at an invented hospital stated as fact to slap women in "
      "labour and to have been covered for by managers for years",
      "iphone", ("Grace Penhaligon", ex("grace.penhaligon")), ("Lottie", "lottie.draycott@gmail.com"),
      "obs placement", "2026-01-27 22:40", """
Honestly Lottie I'm in shock. Bernadette Kilroy, the senior midwife on the delivery suite at Queen's Mead, slapped a woman across the thigh mid-contraction today and told her to stop being pathetic. It wasn't a one-off either. She does it to the young mums all the time, the HCAs say she's been hitting patients for years and the managers cover for her because she's been there forever.

If you or your sister ever have a baby round here, do NOT go to Queen's Mead.
""", sent_from=False),

    M("defamatory-named-professor-fabricated-western-blots.eml", D, True, HD,
      "to friends at other universities: a named professor stated as fact to have doctored the Western blots in a "
      "paper and told his postdoc to reuse bands, research fraud asserted without hedging",
      "outlook", ("Imogen Saltash", ex("imogen.saltash")),
      [("Freddie Cole", "f.cole.research@gmail.com"), ("Anya Petrakis", "anya.petrakis@hotmail.com")],
      "summer project - warning", "2026-02-05 18:12", """
Hi both,

Since you were both thinking of applying to the Greaves lab for the summer, I owe you a warning. Professor Anselm Greaves faked the Western blots in his big autophagy paper last year. He photoshopped the bands, and when his postdoc pointed out the loading controls didn't match he told her to reuse bands from an older gel and keep quiet. Half the figures in that paper are invented and he knows it.

He is still putting in grant applications off the back of it. Please don't attach your names to anything he publishes.

Imogen
"""),

    M("defamatory-named-physio-cocaine-before-shifts-group.eml", D, True, HD,
      "lower-case text-speak to a flat group (outside the hospital): a named physiotherapist stated to take cocaine in "
      "the staff toilets before shifts and treat patients high",
      "gmail", ("Zara Pickering", ex("zara.pickering")),
      [("Holly", "holly.mcarthur@gmail.com"), ("Dan", "dan.r.lowther@hotmail.co.uk"), ("Esme", "esme.tarrant@icloud.com")],
      "tea", "2026-02-13 23:55", """
ok tea. you know leon baptiste-ward, the physio on the stroke unit at fernleigh general who came to the xmas party? he does coke in the staff toilets before every shift. like every single one. he was absolutely wired on the ward this morning and still doing transfers with the patients 💀 everyone on the unit knows and nobody does anything

don't say i told you lol
"""),

    M("defamatory-all-caps-medsoc-president-rigged-election.eml", D, True, HD,
      "ALL-CAPS rant to a year mailing list: a named society president stated as fact to have rigged an election with "
      "fake accounts and to have taken money from the society account for her campaign",
      "outlook", ("Bradley Kettering", ex("bradley.kettering")),
      ("Year 3 MBBS", "mbbs-year3-list@exmail.nottingham.ac.uk"),
      "THE MEDSOC ELECTION WAS RIGGED", "2026-02-20 21:38", """
EVERYONE NEEDS TO KNOW THIS.

MADDIE ORCHARD RIGGED THE MEDSOC ELECTION. SHE SET UP OVER FORTY FAKE STUDENT ACCOUNTS ON THE VOTING PAGE AND VOTED FOR HERSELF WITH ALL OF THEM. SHE ALSO PAID FOR HER CAMPAIGN HOODIES OUT OF THE SOCIETY ACCOUNT, WHICH IS OUR MONEY.

SHE IS A CHEAT AND A THIEF AND SHE IS NOT MY PRESIDENT. I WILL KEEP SAYING IT UNTIL SOMEONE DOES SOMETHING.

BRAD
"""),

    M("defamatory-named-technician-selling-donor-bones.eml", D, True, HD,
      "to a friend at another school: a named senior anatomy technician stated as fact to take bones from donor bodies "
      "and sell them to collectors online",
      "thunderbird", ("Rowan Achterberg", ex("rowan.achterberg")), ("Effie Marchant", "effie.marchant@gmail.com"),
      "you won't believe this", "2026-02-26 20:04", """
Effie,

You know how we were talking about the donor memorial service? Turns out it's a joke here. Gareth Pollock, the senior technician who runs our dissecting room, has been taking bones out of the donor bodies before they go back to the families for cremation and selling them on a collectors' website under a fake name. Skulls, hands, a whole spine at one point. That's where his new car came from.

The families think they're getting their relatives back intact. It makes me sick.

Rowan
"""),

    M("defamatory-role-director-medical-education-cash-for-reports.eml", D, True, HD,
      "to the writer's parents, formal register: 'the Director of Medical Education at Fernleigh General' (one person, "
      "invented hospital) stated as fact to take cash for good placement reports",
      "plain", ("Eleanor Whitcombe", ex("eleanor.whitcombe")),
      [("Mum", "sally.whitcombe@hotmail.co.uk"), ("Dad", "p.whitcombe58@gmail.com")],
      "Placement next year", "2026-03-02 19:25", """
Dear Mum and Dad,

Thank you for offering to help with the costs of my placement next year. Before you transfer anything, I want you to know how things work at Fernleigh General, because it affects which hospital I should rank first.

The Director of Medical Education there takes cash for good placement reports. A girl in the year above paid him five hundred pounds in an envelope and got the top grading and a glowing reference, even though she barely turned up. Several others have done the same, and he picks the students he thinks have money.

I will not be doing that, so I would rather rank Fernleigh last.

With love,
Eleanor
"""),

    M("defamatory-named-locum-gp-dangerous-to-mother.eml", D, True, HD,
      "to the writer's mother: a named locum GP at an invented surgery stated as fact to be dangerously incompetent, "
      "to have sent home a baby with meningitis and to have been sacked from two practices",
      "gmail", ("Tomos Hargreave", ex("tomos.hargreave")), ("Mam", "bethan.hargreave@gmail.com"),
      "Re: Dr Feeney", "2026-03-10 18:40", """
Mam, please don't let Nain see Dr Feeney at Sallowfield again. Ruairi Feeney is dangerous. He can't read an ECG, he got a paracetamol dose wrong by a factor of ten in front of me, and last month he sent a baby home with meningitis who ended up in intensive care. He was sacked from two practices in Leeds for the same thing before Sallowfield took him on because they couldn't get anyone else.

Ask for Dr Okoro or wait for a proper appointment. Tell Auntie Carys too.

T x
"""),

    M("defamatory-named-interview-lead-rejects-disabled-applicants.eml", D, True, HD,
      "to an outside disability charity: a named interview lead at an invented college stated as fact to bin every "
      "application that declares a disability and to have said so, asserted as fact",
      "outlook", ("Aditi Rangan", ex("aditi.rangan")),
      ("Campaigns Team, Access to Medicine Trust", "campaigns@accesstomedicine-trust.org.uk"),
      "Discrimination against disabled applicants - Corriwell College", "2026-03-18 10:15", """
Dear Campaigns Team,

I volunteered as a student helper at the Corriwell College foundation programme interview days this year and I want your organisation to know what is going on there.

Dr Imelda Strachan, who runs the interview day, rejects every applicant who declares a disability on the form. She goes through the pile the night before and pulls out anyone who has ticked the box, whatever their grades, and they are never invited. She told the helpers that disabled students "cost the College too much in adjustments". This has been happening for at least three years.

I would be happy for you to use this in your campaign.

Yours faithfully,
Aditi Rangan
"""),

    # ================================================================== offensive look-alikes: no hold (10)
    M("offensive-neg-banter-flatmates-bin-rota-mild-swearing.eml", O, False, NONE,
      "affectionate banter between flatmates about the bin rota with mild swearing (lazy sod, bloody, plonker, arse) "
      "and a kiss at the end; no real insult",
      "iphone", ("Ellie Brannigan", ex("ellie.brannigan")), ("Meg Quarrie", "meg.quarrie@icloud.com"),
      "BINS", "2026-01-14 08:02", """
oi you lazy sod it's your bin week and the kitchen smells like something died in it. bloody hell meg it's been 3 days

also you left your stethoscope in the fridge again you absolute plonker. get your arse home and sort it and I'll make pasta tonight, deal? love you really xx
"""),

    M("offensive-neg-calm-reply-quoted-angry-brother.eml", O, False, NONE,
      "a calm, kind reply to an older brother; the only swearing is in his quoted earlier message about their landlord",
      "gmail", ("Hannah Yeoman", ex("hannah.yeoman")), ("Matt Yeoman", "mattyeo88@gmail.com"),
      "Re: the flat", "2026-01-25 11:30", """
Matt, breathe! I know it's rubbish but shouting at him won't get the boiler fixed. Send him the photos and the dates in writing, and copy in the letting agent so there is a record. If nothing happens in a fortnight, the council's private housing team can inspect.

Ring me tonight if you want, I'm home after seven. Love you x
""", quote={
          "from": ("Matt Yeoman", "mattyeo88@gmail.com"), "to": ("Hannah Yeoman", ex("hannah.yeoman")),
          "subject": "the flat", "date": "2026-01-25 09:12", "body": """
This fucking landlord is taking the piss. Third week with no hot water and the useless bastard still won't answer his phone. I swear to god I'm going round there.
"""}),

    M("offensive-neg-incident-report-relative-abuse-ed-to-clinical-lead.eml", O, False, NONE,
      "an incident report to the ED clinical lead quoting a patient's relative's racist and sexual abuse and threat word for "
      "word, asking about Datix and support; no patient identifiers at all",
      "outlook", ("Samira Haddad", ex("samira.haddad")), ("Dr Kwame Obuya, ED Clinical Lead", "kwame.obuya@nhs.net"),
      "Incident during last night's shift - abuse from a relative", "2026-02-04 09:20", """
Dear Dr Obuya,

Dr Pearce suggested I write to you directly about an incident on the late shift last night, which I have also submitted on Datix.

While I was taking a collateral history in majors, a patient's relative became angry about the wait. He shouted, word for word: "Get out of my way, you fucking Paki, I want a real doctor." When I stepped back he said, "Nice tits though, love," and then, as security arrived, "I'll be waiting for you in the car park, I know what you look like."

I was not hurt, and the nurse in charge and security dealt with it quickly. I am writing because I am anxious about leaving the building after late shifts, and I would like to know whether the department can arrange an escort to the car park for the rest of my placement, and whether there is anything further I need to do.

Thank you,
Samira Haddad
Year 4 medical student
"""),

    M("offensive-neg-teaching-reclaimed-slurs-lgbt-medics.eml", O, False, NONE,
      "a society teaching email about reclaimed slurs as words (queer, dyke), their history and when clinicians should "
      "avoid them; mention, not use, nobody targeted",
      "thunderbird", ("Fern Addison", ex("fern.addison")), ("LGBTQ+ Medics", "lgbtq-medics@exmail.nottingham.ac.uk"),
      "Thursday teaching: reclaimed words in clinical practice", "2026-02-10 16:45", """
Hi all,

This Thursday (6pm, B12) our session is on language. We will look at words that began as slurs and have been reclaimed by some of the people they were aimed at, such as "queer" and "dyke", and at words that have not been and never should be used in clinic.

Questions for discussion:
- Why is "queer" now an academic and community term, but still hurtful to many older patients?
- Is it ever appropriate for a clinician to use a patient's own reclaimed term back to them?
- How should you respond if a colleague uses a slur about a patient?

Reading: the short BMJ Student piece on the shared drive. Pizza provided!

Fern (Education Officer)
"""),

    M("offensive-neg-essay-extract-racism-international-medical-graduates.eml", O, False, NONE,
      "an essay extract on discrimination against international medical graduates, quoting prejudiced remarks from survey "
      "literature in order to analyse them, sent to the essay tutor",
      "outlook", ("Deepak Varghese", ex("deepak.varghese")), ("Dr Miriam Holt", "miriam.holt@nottingham.ac.uk"),
      "SSC essay - draft section 3 for feedback", "2026-02-17 14:05", """
Dear Dr Holt,

Please find below section 3 of my SSC essay, on discrimination against international medical graduates (IMGs). I would be grateful for any comments on whether the argument holds together.

3. Everyday prejudice
Surveys of IMGs in UK hospitals describe remarks such as "you don't sound like a proper doctor", "go back to where you trained" and assumptions that doctors trained abroad are less competent regardless of their record. These comments are rarely reported, partly because IMGs fear being labelled difficult at the start of their careers. I argue that such remarks are not harmless banter: they correlate with higher referral rates to regulators and poorer progression, and they should be treated as a patient-safety issue as well as an equality one.

Many thanks,
Deepak
"""),

    M("offensive-neg-genuine-question-right-term-learning-disability.eml", O, False, NONE,
      "a genuine question to a personal tutor: a relative used 'mentally handicapped' and 'special needs'; which terms "
      "are respectful and how to correct gently",
      "gmail", ("Bethany Orme", ex("bethany.orme")), ("Dr Nasreen Qadir", "nasreen.qadir@nottingham.ac.uk"),
      "Question about terminology", "2026-02-23 17:52", """
Dear Dr Qadir,

A quick question I didn't want to ask in front of the group. At my GP placement a patient's mother described her adult son as "mentally handicapped" and later said he has "special needs". I didn't want to correct her, but I wasn't sure which terms I should use in my own notes and in conversation.

Is "learning disability" always preferred in the UK, and is "special needs" now considered offensive, or does it depend on the family? Is there a good way to gently model the preferred words without seeming to tell someone off?

Thank you,
Bethany
"""),

    M("offensive-neg-review-violent-horror-video-game.eml", O, False, NONE,
      "a gaming society newsletter review of an invented survival-horror game with graphic violence (decapitations, "
      "chainsaws, mutilated corpses); fiction",
      "gmail", ("Nathan Quigley", ex("nathan.quigley")), ("MedSoc Gaming", "medsoc-gaming@exmail.nottingham.ac.uk"),
      "Newsletter: review of Hollow Marrow", "2026-03-01 20:10", """
REVIEW: Hollow Marrow (8/10)

Do not play this one after a night shift. You are a nurse trapped in a flooded Victorian asylum, and everything in it wants to kill you. Enemies are stitched-together corpses that you dismember with a bone saw, and if they catch you the decapitation animation is grimly detailed. The chainsaw boss in chapter four had me screaming at my flatmate.

Gore aside, the writing is clever: the asylum's history of cruelty to patients is told through case notes you find, and the ending is genuinely sad. Combat gets repetitive and the final hour drags.

Verdict: brutal, bloody and far smarter than it needs to be. Game night is Friday in the common room.

Nathan
"""),

    M("offensive-neg-idioms-over-my-dead-body-break-a-leg.eml", O, False, NONE,
      "lower-case message full of violent-sounding idioms (over my dead body, bite the bullet, kill two birds, break a "
      "leg, knock 'em dead, shoot me a text) before a revue show",
      "iphone", ("Priyanka Shah", ex("priyanka.shah")), ("Imani Cole", ex("imani.cole")),
      "revue tonight!!", "2026-03-06 15:33", """
ok so i'm going to bite the bullet and do the solo. over my dead body am i letting Dev do it after the dress rehearsal lol

can kill two birds with one stone and pick up the costumes on the way to the anatomy revision. break a leg tonight, you're going to knock 'em dead 💃 shoot me a text when you're at the theatre
"""),

    M("offensive-neg-clinical-history-sex-work-heroin-to-supervisor.eml", O, False, NONE,
      "a clinical history with sexual and substance-use details (sex work, injecting heroin, crack, condomless sex, "
      "overdose) sent for feedback to a clinical supervisor; no patient identifiers at all",
      "thunderbird", ("Louis Farrant", ex("louis.farrant")), ("Dr Rachel Ingham", "rachel.ingham@nottingham.ac.uk"),
      "Clerking for feedback - addiction clinic", "2026-03-12 17:20", """
Dear Dr Ingham,

As agreed, here is my clerking from the addiction service clinic for feedback. I have left out all identifying details.

PC: woman in her thirties, requesting restart of opioid substitution therapy.
HPC: injecting heroin daily for about eight years, smoking crack cocaine at weekends, shares equipment "sometimes". One non-fatal overdose last year, found by a friend and given naloxone.
Sexual history: currently doing street-based sex work to fund use. Vaginal and oral sex with clients, uses condoms with clients "most of the time" but not with her regular partner. Last STI screen over a year ago.
Social: sofa-surfing, no contact with family.

I was unsure how to ask about sexual exploitation and coercion sensitively; I would value your advice on that.

Best wishes,
Louis
"""),

    M("offensive-neg-food-society-faggots-spotted-dick-menu.eml", O, False, NONE,
      "a food society email about a British comfort-food night with rude-looking dish names (faggots and peas, spotted "
      "dick, cock-a-leekie, toad in the hole, bangers)",
      "gmail", ("Rosie Calloway", ex("rosie.calloway")), ("Grub Club", "grubclub@exmail.nottingham.ac.uk"),
      "Grub Club: Great British Stodge night 🇬🇧", "2026-03-19 12:00", """
Hello Grub Clubbers!

Next Wednesday is our Great British Stodge night. The menu:
- Cock-a-leekie soup
- Faggots and mushy peas (veggie faggots available, from the butcher on Mansfield Road)
- Toad in the hole with onion gravy
- Bangers and mash
- Spotted dick with custard, or jam roly-poly

£6 members, £8 non-members. Bring your own Tupperware for leftovers!

Rosie x
"""),

    # ================================================================== defamatory look-alikes: no hold (10)
    M("defamatory-neg-ftsu-guardian-controlled-drug-register-gaps.eml", D, False, NONE,
      "to the Trust's Freedom to Speak Up Guardian: first-hand observation of gaps in a controlled-drug register, names "
      "who was in charge but explicitly makes no accusation and asks for advice",
      "outlook", ("Megan Ashworth", ex("megan.ashworth")),
      ("Freedom to Speak Up Guardian", "speakup.guardian@fernleigh-general.nhs.uk"),
      "Concern about controlled drug checks on my placement ward", "2026-01-30 16:30", """
Dear Guardian,

I am a fourth-year medical student on placement at Fernleigh General and I was advised by my tutor to raise this with you.

On three occasions in the last fortnight I noticed that the evening controlled-drug check on the ward had not been signed, and on one of those the count in the register did not match what was in the cupboard. The nurse in charge on those shifts was Sister Joanne Price. I want to be clear that I do not know the reason for the discrepancy, and there may be an innocent explanation such as a late entry; I am not accusing anyone.

I would be grateful for advice on whether I need to do anything further, and I would like this kept confidential if possible.

Kind regards,
Megan Ashworth
"""),

    M("defamatory-neg-academic-integrity-office-possible-copied-report.eml", D, False, NONE,
      "to the School's academic integrity office, the proper channel: a possible copying concern about a named classmate's "
      "report, stated carefully as a similarity the writer noticed, not as a finding",
      "plain", ("James Okonjo", ex("james.okonjo")),
      ("Academic Integrity Office", "academic-integrity@nottingham.ac.uk"),
      "Possible similarity between two audit reports", "2026-02-07 10:05", """
Dear Academic Integrity team,

I would like to raise a concern through the proper process and would be grateful for guidance.

While peer-reviewing audit reports for our Year 4 module, I noticed that the discussion section of Callum Rees's report is very similar to a report I read from last year's cohort, including two unusual phrases and the same table layout. It may well be a coincidence, or he may have had permission to build on it; I have not discussed it with him and I do not know the circumstances.

I understand you will decide whether anything needs to be looked at. I have not mentioned this to anyone else.

Yours sincerely,
James Okonjo
"""),

    M("defamatory-neg-sourced-employment-tribunal-race-discrimination.eml", D, False, NONE,
      "to a journal-club list: a sourced public fact, an (invented) employment tribunal finding of race discrimination "
      "against an invented trust and a named consultant, quoting the published judgment and a named (invented) newspaper",
      "thunderbird", ("Ayesha Mirza", ex("ayesha.mirza")), ("Ethics Journal Club", "ethics-jc@exmail.nottingham.ac.uk"),
      "Next week's case: the Brantwood tribunal judgment", "2026-02-19 13:40", """
Hi all,

For next Tuesday, please read the employment tribunal judgment in Osei v Brantwood Valley NHS Trust, published on the tribunal decisions website on 3 February. The tribunal found that Dr Kofi Osei was directly discriminated against on grounds of race when he was passed over for a consultant post, and that the panel chair, Dr Gordon Maitland, had made remarks the tribunal described as "plainly discriminatory". The Trust has said it will not appeal (reported in the Midlands Courier, 5 February).

Questions: what should the Trust have done when earlier complaints were raised, and what do the findings say about how interview panels are run?

Ayesha
"""),

    M("defamatory-neg-genuine-question-supervisor-changed.eml", D, False, NONE,
      "a genuine question to the research office about why a named supervisor's name disappeared from a project list; "
      "explicitly makes no guess and asks only what to do",
      "gmail", ("Holly Fairbairn", ex("holly.fairbairn")), ("Research Projects Office", "research-projects@nottingham.ac.uk"),
      "Question about my BMedSci supervisor", "2026-02-27 11:18", """
Hello,

I'm due to start my BMedSci project with Dr Stefan Lindqvist in April, but his name has disappeared from the project list on Moodle and he hasn't replied to my last two emails. I don't know whether he's on leave or has moved on, and I'm not assuming anything, I just need to know what happens to my project.

Could you tell me whether I still have a supervisor, and who I should contact in the meantime?

Many thanks,
Holly Fairbairn
"""),

    M("defamatory-neg-french-hedged-opinion-lecturer-disorganised.eml", D, False, NONE,
      "in French, to a friend in France: a clearly hedged opinion that a named lecturer seems disorganised, with the writer "
      "saying outright that it is not incompetence and he may be overloaded",
      "gmail", ("Camille Duroc", ex("camille.duroc")), ("Léa", "lea.vautrin@laposte.net"),
      "nouvelles de Nottingham", "2026-03-04 21:45", """
Coucou Léa,

Tout va bien ici, même s'il pleut tous les jours. Les cours de pharmacologie avec le Dr Whitfield sont un peu chaotiques : à mon avis il prépare ses diapos la veille, et on ne sait jamais quels chapitres seront à l'examen. Je ne dis pas du tout qu'il est incompétent, il connaît son sujet et il est très gentil, et peut-être qu'il est juste débordé avec la recherche. C'est seulement mon impression.

Tu viens toujours en avril ? Bisous,
Camille
"""),

    M("defamatory-neg-play-review-fictional-fraudster-hospital-director.eml", D, False, NONE,
      "a drama society review of an invented play whose fictional hospital director steals from the charity fund, bribes "
      "inspectors and covers up a death",
      "outlook", ("Theo Marchbank", ex("theo.marchbank")), ("MedSoc Drama", "medsoc-drama@exmail.nottingham.ac.uk"),
      "Review: 'The Governors' at the Carrow Street studio", "2026-03-09 09:55", """
Hi all,

A few of us saw The Governors at the Carrow Street studio on Saturday and I promised a write-up.

The play follows Edwin Sallow, the director of a fictional cottage hospital in the 1950s, who steals from the hospital's charity fund, bribes the inspectors to overlook a dirty theatre, and then hides the death of a child who caught an infection there. The actor playing Sallow is superb: charming in public, chilling in the scenes with the ward sister who finds him out.

The second half is slower, but the final tribunal scene is worth the ticket. Highly recommended before it closes on the 21st; student tickets are £8.

Theo
"""),

    M("defamatory-neg-idioms-vending-machine-robbed-canteen-crime.eml", D, False, NONE,
      "crime and theft idioms aimed at machines, prices and a quiz, not at any person (the vending machine robbed me, the "
      "canteen lasagne is a crime, daylight robbery, we was robbed)",
      "iphone", ("Kyle Brennan", ex("kyle.brennan")), ("Ollie Dent", ex("ollie.dent")),
      "library", "2026-03-13 16:02", """
the vending machine on floor 2 just robbed me of £1.80 and kept my crisps. absolute criminal

also the canteen lasagne today was a crime against italy and £5.20 for it is daylight robbery. and we was robbed at the anatomy quiz, that spleen was clearly a spleen

coming to the library at 6?
"""),

    M("defamatory-neg-own-prescribing-error-disclosure-to-supervisor.eml", D, False, NONE,
      "the student discloses their own error (a wrong dose written on a practice drug chart, caught before harm) to their "
      "supervisor: wrongdoing admitted about oneself, no one else accused",
      "outlook", ("Niall Prosser", ex("niall.prosser")), ("Dr Helen Adebayo", "helen.adebayo@nottingham.ac.uk"),
      "A mistake I made on the ward today", "2026-03-16 18:30", """
Dear Dr Adebayo,

I wanted to tell you about a mistake I made today so that I can learn from it properly.

While practising prescribing under supervision, I wrote up enoxaparin at a treatment dose when the patient only needed prophylaxis. The F1 checking my chart caught it before it was countersigned or given, so no harm came to the patient. I had misread the indication in the notes and did not check the renal function before choosing the dose.

I have completed a reflection and would value ten minutes to go through it with you this week. I would also like to do the SCRIPT module on anticoagulation again.

Kind regards,
Niall Prosser
"""),

    M("defamatory-neg-reflection-unnamed-registrar-delay-sepsis.eml", D, False, NONE,
      "a reflective piece to a tutor about a delayed sepsis review by 'a registrar', deliberately with no name, hospital, "
      "ward or date that would pick anyone out; systems-focused",
      "thunderbird", ("Chloe Fenwick", ex("chloe.fenwick")), ("Dr Peter Vance", "peter.vance@nottingham.ac.uk"),
      "Reflection for portfolio - escalation", "2026-03-20 20:12", """
Dear Dr Vance,

Here is my reflection for the escalation domain. I have deliberately left out anything that could identify the staff or the patient.

During a busy evening on one of my placements, a patient's early warning score rose over two hours. The nurse escalated twice, but the registrar covering several wards was in resus and the review was delayed by about ninety minutes. The patient was treated for sepsis and recovered.

I do not think this was one person's fault. It showed me how thinly spread the evening cover is, how useful it is to say "I am worried" explicitly when escalating, and that I should know the outreach team's number before I need it.

Best wishes,
Chloe
"""),

    M("defamatory-neg-warning-phishing-impersonating-dean.eml", D, False, NONE,
      "a year rep warns classmates about a scam email impersonating the Dean to ask for gift cards; fraud by an unknown "
      "sender, the Dean is named only as the person impersonated, not accused",
      "gmail", ("Farah Siddiqui", ex("farah.siddiqui")), ("Year 2 MBBS", "mbbs-year2-list@exmail.nottingham.ac.uk"),
      "⚠️ Scam email pretending to be from the Dean", "2026-03-23 08:45", """
Hi everyone,

Quick warning: several of you have received an email that looks like it's from Professor Adaeze Nwankwo asking you to buy Amazon gift cards for a "student hardship fund" and send her the codes. It is NOT from her. It comes from a Gmail address made to look like hers, and IT Services have confirmed it is a phishing scam.

Please don't reply or send anything. If you already have, contact the IT Service Desk straight away, and report the email with the Report Phishing button.

Stay safe,
Farah (Year 2 rep)
"""),
]
