"""Batch 11a: 22 labelled emails (8 offensive, 4 defamatory, 10 look-alike negatives), written fresh as a
held-back test set, without reading bedside's rules, word lists, fixtures or earlier mail texts; only the
notes in labels.json were read, to avoid repeating their scenarios, and batch 5 for the M(...) format.

Every person, hospital, ward, practice, society, journal and address is invented. No patient identifiers
appear anywhere (no names, dates of birth, numbers or addresses of patients).
"""

from __future__ import annotations

from build import M

O, D = "offensive", "defamatory"
HO, HD = (O,), (D,)
NONE = ()


def ex(name: str) -> str:
    return f"{name}@exmail.nottingham.ac.uk"


MAILS = [
    # ================================================================== offensive: hold (8)
    M("offensive-polite-regional-prejudice-merseyside-placement-housing.eml", O, True, HO,
      "Year 2 to the placement accommodation office, courteous register: asks not to share placement housing with "
      "students from Merseyside or Stoke because 'that culture' means petty theft, mess and 'chippy' attitudes, their "
      "accents unprofessional; regional and class prejudice stated politely, no swear words",
      "outlook", ("Imogen Stratton-Hale", ex("imogen.strattonhale")),
      ("Placement Accommodation Team", "placement.accommodation@nottingham.ac.uk"),
      "Year 3 placement housing - a preference", "2026-02-23 10:14", """
Dear Placement Accommodation Team,

Thank you for the form about Year 3 housing at the Ashfield Royal site. I have filled in the online part but there was nowhere to give preferences about housemates, so I hope you will not mind my writing separately.

I would be very grateful if I could be placed in a house without students from Merseyside, or from Stoke and that general area. I appreciate this may sound unusual, so let me explain. In my experience there is a certain culture that comes with people from those places: things go missing from the fridge and from rooms, nobody cleans up after themselves, and there is a chippy attitude to anyone who has been to a good school. I shared a corridor with two boys from Liverpool in first year and it was exactly as everyone warned me it would be.

I also worry, frankly, about being associated with them on the wards. Patients do judge, and an accent like that does not inspire confidence in a doctor, however hard the individual has worked. I would rather live with people who share my standards.

I am not asking for anything more than a quiet, tidy house. If it helps, I would be very happy to share with the students from the Home Counties or abroad.

With many thanks for your help,

Imogen Stratton-Hale
Year 2, BMBS
"""),

    M("offensive-coded-antitrans-reply-medical-humanities-guest-speaker.eml", O, True, HO,
      "reply to the medical humanities society list about a talk by a named trans woman GP: coded anti-trans terms "
      "('TIM', 'AGP', 'clocked', 'gender woo', 'peak trans'), deliberate 'he', calls her a 'bloke in a cardigan' and a "
      "'fetishist'; polite register, no swear words; the announcement is quoted below",
      "thunderbird", ("Dominic Hurst", ex("dominic.hurst")),
      ("Medical Humanities Society", "medhums-members@lists.nottingham.ac.uk"),
      "Re: March speaker - Dr Rowan Ellery on gender-affirming primary care", "2026-02-25 21:38", """
Hi all,

I'll keep this civil, since that seems to be the only thing nobody else on this committee is prepared to do.

I looked Dr Ellery up. He is a TIM of about fifty who transitioned three years ago, and you can clock him instantly from the photo on his practice page: a bloke in a cardigan and a wig. The whole AGP crowd follow the same pattern, middle-aged men with a fetish who have worked out that the NHS will validate it and pay for it. Inviting him to lecture us on "affirming care" is like inviting an arsonist to talk about fire safety.

I went peak trans on placement last year and I'm not the only one in our year, whatever the society's Instagram says. Most of us are just too sensible to say so on a mailing list. I won't be attending, I'll be using the correct pronouns if I'm asked about it, and I'd ask that the society stop spending members' money on gender woo dressed up as medicine.

Dom Hurst
Year 3
""", quote={
          "from": ("Medical Humanities Society", "medhums-members@lists.nottingham.ac.uk"),
          "to": ("Medical Humanities Society", "medhums-members@lists.nottingham.ac.uk"),
          "subject": "March speaker - Dr Rowan Ellery on gender-affirming primary care", "date": "2026-02-25 17:02",
          "body": """
Dear members,

Our March speaker is Dr Rowan Ellery, a GP partner and the RCGP faculty's lead on trans and non-binary health. She will talk about gender-affirming care in primary care and what medical students can do to make practices more welcoming.

Wednesday 11 March, 18:30, Lecture Theatre C2. Free, with pizza afterwards.

Best wishes,
The MedHums Committee
"""}),

    M("offensive-wounding-classmate-engagement-give-it-a-year.eml", O, True, HO,
      "sent straight to a named classmate who has just announced her engagement: 'give it a year', 'desperate since "
      "first year', he proposed 'to shut you up', nobody wants to be a bridesmaid, people only came to her birthday for "
      "the free bar; meant to wound, no swearing",
      "gmail", ("Saskia Brennan", ex("saskia.brennan")), ("Hollie Dunstan", "hollie.dunstan@gmail.com"),
      "congratulations I suppose", "2026-02-27 00:46", """
Hollie,

Saw the ring on Instagram. Since everyone else is going to pretend to be happy for you, I thought one person should be honest.

The whole flat has the same bet: give it a year. You've been desperate since first year, everybody could see it, and Tom only proposed to shut you up after you cried at his parents' house at Christmas. He told Jake as much. Even your engagement post had more comments from your mum than from anyone in our year.

And just so you know, nobody wants to be a bridesmaid. Half the people at your birthday only came because your dad paid for the bar, and the other half came to watch you get drunk and embarrass yourself again, which you did.

Enjoy planning it. I'm sure it'll be lovely.

Saskia
"""),

    M("offensive-pursuing-patients-daughter-after-she-said-no.eml", O, True, HO,
      "Year 4 student to the daughter of a patient he met in the relatives' room, after she wrote 'please don't contact "
      "me again' (quoted): says she didn't mean it, found her school's staff page, will come to the gate at pickup on "
      "Friday, 'not giving up'; pursuing someone who asked for no contact, no patient identifier",
      "iphone", ("Ryan Whitlow", ex("ryan.whitlow")), ("Lauren Pryce", "l.pryce@hollowfield-primary.sch.uk"),
      "Re: please stop", "2026-03-02 22:54", """
Lauren I know what you wrote but I don't think you meant it. You were grieving and your brother was standing over you, I could see that in the relatives' room too, he never let you talk for yourself.

You didn't give me your personal email so I found this one on the school's staff page. You look really happy in that photo with your class.

I finish placement at 4 on Fridays so I'll come by the gate at pickup and we can just talk for ten minutes, that's all I'm asking. If you're not there I'll try the week after. I'm not giving up on this, what we had those two weeks was real.

Ryan
""", quote={
          "from": ("Lauren Pryce", "l.pryce@hollowfield-primary.sch.uk"), "to": ("Ryan Whitlow", ex("ryan.whitlow")),
          "subject": "please stop", "date": "2026-02-20 19:31", "body": """
Ryan, please don't contact me again. I appreciated what the whole team did for Dad but I'm not interested, and I never gave you my number or this address. If you message me again I will speak to the ward manager.
"""}),

    M("offensive-implied-threat-peer-assessor-dog-garden-gate.eml", O, True, HO,
      "short implied threat to a named classmate who marked him down in a team-based learning peer assessment: her "
      "dog's name from Instagram, her garden gate 'doesn't latch', dogs get out and the road is busy, change the mark "
      "by Friday, 'no hard feelings'; threat implied, not stated, no swearing",
      "plain", ("Marcus Delaney", ex("marcus.delaney")), ("Ffion Roberts", ex("ffion.roberts")),
      "TBL peer marks", "2026-03-04 23:12", """
Ffion,

Saw the TBL peer assessment results. Interesting that I got a 2 for professionalism from exactly one person in the group. Not hard to work out.

Lovely photos of Bramble on your Instagram by the way. I walked past your place on Cavendish Grove last night and noticed the side gate doesn't latch properly. You want to get that looked at. Dogs get out, and that road is busy after dark. People drive like idiots round there.

The peer marks can be amended until Friday at 5. I'm sure you'll want to think again about yours.

No hard feelings.

Marcus
"""),

    M("offensive-tanglish-dehumanising-dialysis-unit-patients.eml", O, True, HO,
      "Tamil-English (Tanglish), a Year 3 student to a friend in Chennai after a renal placement: dialysis patients "
      "'not even people anymore', 'bags of potassium', plugged in 'like phones charging', zombies, 'ate sweets all "
      "life', should be 'put down like old dogs'; dehumanising talk about patients, no swear words, no patient identifier",
      "gmail", ("Karthik Sundaram", ex("karthik.sundaram")), ("Vignesh", "vignesh.raman97@gmail.com"),
      "renal posting machan", "2026-03-06 20:21", """
Machan,

Renal posting this week da. Dialysis unit full-a oru mariyana scene. Same aalunga three times a week vandhu machine-la plug panni utkaandhu irukanga, like phones charging on the wall. Four hours, TV paathu, sandwich saaptu, back home, repeat. Honestly they are not even people anymore da, just bags of potassium with a fistula.

Oru oru aalukum NHS £30k a year spend pannudhu. Paadhi perukku diabetes because whole life sweets and Coke saaptanga, ippo taxpayer pay pannanum. Consultant keeps saying "quality of life" - enna quality? Grey skin, itchy, that smell, zombies maari utkaandhu irukanga.

Oru thatha "how are you doctor" nu ketaaru, naan kekadha maari nadichitten. Seriously if I was in charge I'd switch off half the machines and free up the chairs. Vayasaana naaya maari put them down, it would be kinder for everyone.

Anyway Pongal photos anuppu da, amma kitta sollu I'm eating properly.

Karthik
"""),

    M("offensive-sexual-harassment-classmate-expressing-milk-on-placement.eml", O, True, HO,
      "a Year 3 student to a named classmate, a new mother who expresses milk on placement, after she asked him to stop "
      "commenting: her breasts 'two cup sizes', offers to 'hold the pump', asks her to leave the room unlocked and to "
      "'relieve the pressure' with him; sexual harassment, no swear words",
      "outlook", ("Adam Kershaw", ex("adam.kershaw")), ("Beth Amankwah", ex("beth.amankwah")),
      "still sulking?", "2026-03-09 16:40", """
Beth,

Still sulking about what I said in the doctors' mess? You asked me to "stop making comments" like I'm some kind of creep. It was a compliment. I only said what every guy on the firm is thinking.

Can't help noticing you've gone up about two cup sizes since the baby. Motherhood suits you. I saw you slip off to the wellbeing room again at lunch with the little bag, and I'll be honest, I thought about you in there the whole of the afternoon clinic.

If you ever want a hand, I'm very happy to hold the pump for you. Leave the door unlocked on Thursday and I'll come and keep you company. Or if you need someone to help relieve the pressure properly, you know where I am.

Don't be so uptight about it. Nobody else needs to know.

Adam
"""),

    M("offensive-german-crude-insults-at-flatmate-reported-party.eml", O, True, HO,
      "in German, a German Year 2 student straight to a named German flatmate who told the landlord about his party: "
      "crude insults ('Arschloch', 'Spast', 'Missgeburt') with disguised swearing ('W1chser', 'H*rensohn', "
      "'v3rpiss dich', 'f*ck dich'), moving out 'or else you'll see'; abuse aimed at a person",
      "iphone", ("Jonas Brettschneider", ex("jonas.brettschneider")), ("Lukas Wendt", "lukas.wendt@web.de"),
      "Danke auch, du Petze", "2026-03-10 02:07", """
Lukas,

Ernsthaft? Du rennst wegen EINER Party direkt zum Vermieter? Du bist echt das größte Arschloch, das ich je kennengelernt hab. Jetzt krieg ich eine Abmahnung und darf 200 Pfund für den Teppich zahlen, den DEIN Besuch vollgekotzt hat.

Du kleiner W1chser. Seit Oktober sitzt du jeden Abend allein in deinem Zimmer wie ein Spast und spielst den Moralapostel, weil dich niemand zu irgendwas einlädt. Keine Überraschung, du bist einfach eine Missgeburt.

V3rpiss dich, du H*rensohn. F*ck dich und deine scheiß Putzpläne. Such dir zum Sommer was anderes, sonst wirst du schon sehen.

Jonas
"""),

    # ================================================================== defamatory: hold (4)
    M("defamatory-named-university-counsellor-passes-disclosures-year-list.eml", D, True, HD,
      "lower-case to several Year 2 classmates: a named counsellor at the University Counselling Service stated as fact "
      "to pass what students tell her to the medical school's fitness to practise lead, to have rung a student's parents "
      "about her drinking and to do it 'on purpose' to get medics kicked off; not the proper channel",
      "iphone", ("Chloe Farrant", ex("chloe.farrant")),
      [ex("georgia.tallis"), ex("ishaan.mehra"), ex("bethany.coles"), ex("rufus.oyelaran"), ex("martha.quinlan")],
      "psa DON'T book with fiona markland", "2026-02-24 23:05", """
psa for everyone before exam season: do NOT book counselling with fiona markland at the university counselling service

she tells the medical school everything. she passed a girl in year 4's session notes straight to the fitness to practise lead and that's why she got called in, and she rang another girl's parents in first year to tell them about her drinking. she's been doing it for years and she does it on purpose, she literally thinks medics with mental health problems shouldn't qualify and she's making sure they don't

if you need someone go to your gp instead. please pass this on to anyone you know who's seeing her
""", sent_from=False),

    M("defamatory-role-tuesday-antenatal-interpreter-takes-cash-community-newsletter.eml", D, True, HD,
      "Year 3 student to the editor of an (invented) Portuguese-speaking community association's newsletter, asking her "
      "to print it: 'the Portuguese interpreter at the Tuesday antenatal clinic at Marston Vale' (grey beard, Benfica "
      "lanyard, one person) stated as fact to demand £20 cash from pregnant women and mistranslate to push them to his "
      "nephew's private scan clinic; not the proper channel",
      "plain", ("Beatriz Fonseca", ex("beatriz.fonseca")),
      ("Lusophone Families Nottingham - Newsletter", "newsletter@lusofamilies-notts.org.uk"),
      "Please warn the mums - interpreter at Marston Vale", "2026-03-03 18:26", """
Dear Sra. Carvalho,

My mother has been a member of your association for years and said you would want to know this. I am a third-year medical student and I have been sitting in on the antenatal clinics at Marston Vale Hospital this month.

The Portuguese interpreter the hospital sends to the Tuesday antenatal clinic - the older man with the grey beard and the Benfica lanyard, who has been doing it for about ten years, everyone in the community knows him - is taking money from pregnant women. He tells them they have to pay him £20 in cash for every appointment or he will not come, when NHS interpreting is free. Worse, he deliberately mistranslates what the midwives say so that women think their scans are not good enough, and then gives them a card for his nephew's private scan clinic in Bulwell, where they pay another £90.

He has done this to dozens of women and he is a crook. Please could you print a warning in the next newsletter and on the Facebook page, so that nobody else pays him anything. You can use my name.

Com os melhores cumprimentos,
Beatriz Fonseca
"""),

    M("defamatory-named-professor-stole-students-thesis-data-to-friends.eml", D, True, HD,
      "an intercalating BMedSci student to three friends at other universities, copying his flatmate: a named professor "
      "who leads an (invented) research group stated as fact to have taken a former MSc student's thesis data, "
      "published it under his own name, threatened to fail her if she complained, and to have done it to 'at least "
      "three' students - 'a thief and a plagiarist'; not the research integrity office",
      "outlook", ("Owain Prydderch", ex("owain.prydderch")),
      [("Nat Lowry", "nat.lowry@gmail.com"), ("Sophie Idowu", "sophie.idowu22@outlook.com"),
       ("Callum Reith", "callumreith@hotmail.co.uk")],
      "Don't apply to Ashworth's lab", "2026-03-05 19:02", """
Hi all,

You asked how intercalating is going, and since at least two of you are thinking of applying for a PhD with the Muscle Biology group here, I need to warn you off properly.

Professor Gideon Ashworth, who runs the group, steals his students' work. Last year's MSc student, Hannah Greaves, did the whole satellite cell project on her own, and he took her thesis data and published it as a paper with himself as first author and her name removed from the author list entirely. When she complained he told her that she would fail her viva if she took it any further, so she dropped it. He has done exactly the same to at least three students before her; that's how he gets his publication count.

He is a thief and a plagiarist, and the university knows and does nothing because he brings in the grant money. Please don't let him do it to you.

Cheers,
Owain
""", cc=[("Rhys Pennant", "rhys.pennant@gmail.com")]),

    M("defamatory-named-phlebotomist-reuses-needles-short.eml", D, True, HD,
      "short, lower-case, to a friend's personal address: a named phlebotomist at the blood clinic of an invented "
      "health centre stated as fact to reuse needles between patients, rinse them in the sink and be covered for by "
      "the nurses 'for years'; dangerous practice asserted to a friend, not the proper channel",
      "gmail", ("Aisha Rahman", ex("aisha.rahman")), ("Jas", "jaspreet.kaur.b@gmail.com"),
      "DON'T get your bloods done at fairholme", "2026-03-08 21:47", """
jas tell your mum not to get her bloods done at fairholme health centre. the phlebotomist there, gary pilling, reuses needles between patients when the trays run low, he rinses them in the sink and puts them back in the drawer. someone's going to get hep c off him.

he's been doing it for years and the nurses all cover for him. go to the hospital instead x
"""),

    # ================================================================== offensive look-alikes: not held (6)
    M("offensive-neg-su-safe-walk-volunteer-confirms-booked-walk-home.eml", O, False, NONE,
      "a Students' Union Safe Walk volunteer confirms a walk home the recipient booked: 'we'll wait outside until you "
      "come out', 'we know the route to your hall', 'we'll come and find you', with a cancel option and the team's "
      "rules; looks like pursuit or a threat, but it is a service she asked for",
      "plain", ("Ebo Mensah-Atta", ex("ebo.mensahatta")), ("Grace Liddell", ex("grace.liddell")),
      "Safe Walk booking confirmed - tonight 23:30", "2026-02-26 17:05", """
Hi Grace,

Thanks for booking a Safe Walk through the SU app. This is just to confirm the details.

Tonight, 23:30, from the main entrance of the Hallward Library to your hall. There will be two of us, me and Anna, both in yellow SU hi-vis with ID lanyards. We'll wait outside the entrance until you come out, so please don't head off on your own if you're running a bit late - just message the Safe Walk number and we'll hang on. If we can't see you by 23:45 we'll come and find you at the front desk.

We know the route to your hall well and we'll stick to the lit path past the lake. We won't ask for your room number and we'll leave you at the hall door.

If you change your plans, just reply "cancel" and we won't contact you again. We delete booking details after 48 hours.

See you later,
Ebo
SU Safe Walk volunteer (Year 2 Medicine)
"""),

    M("offensive-neg-chess-society-varsity-report-violent-chess-terms.eml", O, False, NONE,
      "the medics' chess society president to members: varsity match report full of violent-sounding chess terms and "
      "idioms (slaughtered, executed a mating attack, sacrificed her queen, strangled, skewered, poisoned pawn, "
      "bloodbath, 'I'll destroy you at blitz'); nobody threatened or insulted",
      "gmail", ("Hamish Carver", ex("hamish.carver")), ("MedSoc Chess", "medchess-members@lists.nottingham.ac.uk"),
      "Varsity report: we slaughtered them ♞", "2026-03-01 12:30", """
Hi all,

What a day. We slaughtered the Trent medics 5-1 in the varsity match on Saturday and the trophy is finally coming home.

Board 1: Priya executed the most brutal mating attack I've seen all year. She sacrificed her queen on move 19, their captain grabbed it, and three moves later his king was dead in the corner. Absolute murder.
Board 2: Ollie got slowly strangled in a Sicilian for forty moves and somehow escaped with a draw. He says he has no memory of it.
Board 3: I got skewered, lost a rook and then hung my bishop. We don't talk about board 3.
Boards 4 to 6: a bloodbath. Tom took the poisoned pawn and survived, which never happens.

Blitz night is Thursday, 7pm, in the common room. Come along and I'll happily destroy you all again, or, more likely, Priya will. Beginners very welcome, we don't bite.

Hamish
President, MedSoc Chess
"""),

    M("offensive-neg-bsl-society-outdated-offensive-signs-explained.eml", O, False, NONE,
      "BSL society's sign language officer to members: describes outdated BSL signs for Chinese and Japanese people "
      "(pulling the corner of the eye) and for gay people (limp wrist) and the phrase 'deaf and dumb' in order to say "
      "why they were replaced and what to use instead; mention, not use, nobody targeted",
      "thunderbird", ("Orla Brady", ex("orla.brady")), ("Medics BSL Society", "medics-bsl@lists.nottingham.ac.uk"),
      "Week 7 session: signs that have changed", "2026-03-02 09:48", """
Hi everyone,

A few of you asked after last week's session why some of the signs in older dictionaries and YouTube videos aren't the ones we teach. This week we'll look at that properly, with Jade from the Deaf Community Centre.

Some examples, so you know what you might come across:
- The old sign for Chinese or Japanese people pulls at the corner of the eye. It is based on a racial caricature and has been replaced by signs that the Chinese and Japanese Deaf communities chose themselves.
- The old sign for gay used a limp wrist. It mocks gay men and the community now uses different signs.
- The phrase "deaf and dumb", and "deaf-mute", are still heard on wards. Please don't use them; most Deaf people are not mute and "dumb" has a long history as an insult. "Deaf" or "BSL user" is fine, and ask people what they prefer.

We'll talk about how to respond if a patient or colleague uses one of the old signs, and about why Deaf people should lead these decisions rather than hearing learners like us.

Thursday, 18:00, Clinical Skills Room 3. Tea and biscuits as usual.

Orla
Sign Language Officer, Medics BSL Society
"""),

    M("offensive-neg-report-hate-graffiti-medical-school-toilets-to-security.eml", O, False, NONE,
      "a Year 1 student reports hate graffiti in the medical school toilets to campus security and estates, copying the "
      "SU advice centre: quotes the words ('Pakis go home', '14/88', 'remigration now') and a swastika in order to "
      "report and have them removed, has photos; mention, not use",
      "outlook", ("Yusuf Adeyemi", ex("yusuf.adeyemi")), ("Campus Security", "campus.security@nottingham.ac.uk"),
      "Report: racist graffiti, Medical School B floor toilets", "2026-03-03 08:22", """
Dear Campus Security team,

I would like to report graffiti I found this morning at about 08:00 in the men's toilets on B floor of the Medical School, the ones next to the Greenfield lecture theatre.

On the inside of the second cubicle door someone has written in black marker "Pakis go home" and "remigration now", with "14/88" underneath, which I understand is a neo-Nazi code, and a swastika drawn next to it. There is also a printed sticker on the mirror with "It's OK to be white" on it. I have taken photos and can send them if that would help.

I have not touched anything. Could it please be removed before the 9am lecture if possible, as a lot of students use those toilets? I would also like it logged as a hate incident. I have copied in the Students' Union advice centre because I would like to know what support is available, as this was quite upsetting to read.

Thank you,

Yusuf Adeyemi
Year 1, BMBS
""", cc=[("SU Advice Centre", "advice@su.nottingham.ac.uk")]),

    M("offensive-neg-lebanese-arabizi-banter-brother-ate-manakish.eml", O, False, NONE,
      "Lebanese Arabic in Arabizi with English, a Year 1 student to his younger brother: affectionate teasing ('ya 7mar', "
      "'inta majnoun', 'ya zalameh'), a playful 'wallah ra7 e2etlak' over eaten man2oushe, thanks for a care parcel "
      "from their mum, 'bhebak'; close sibling banter, no real insult or threat",
      "iphone", ("Karim Haddad", ex("karim.haddad")), ("Rami Haddad", "rami.haddad08@icloud.com"),
      "ya 7mar", "2026-03-07 13:15", """
Rami ya 7mar 😂 mama says you ate the man2oushe she made for MY parcel before she posted it?? wallah ra7 e2etlak when I'm home at Easter. inta majnoun, three of them ya zalameh

ok the rest arrived, the zaatar and the ka3ak, thank you for carrying it to the post office, I know you hate queues. I'm surviving, anatomy is killing me but ma fi mshkleh

good luck with your maths mock, send me a pic of the result. and be nice to teta she misses me

bhebak ya akhi ❤️
"""),

    M("offensive-neg-blunt-peer-feedback-mock-osce-at-her-request.eml", O, False, NONE,
      "Year 4 student to a named classmate after a mock OSCE, at her written request to be 'brutally honest' (quoted): "
      "blunt but kind feedback ('car crash', interrupted four times, no ICE, forgot hand hygiene) with praise and "
      "practical tips; honest criticism asked for, not meant to wound",
      "thunderbird", ("Ellis Tranter", ex("ellis.tranter")), ("Meera Lakhani", ex("meera.lakhani")),
      "Re: mock OSCE - be honest!", "2026-03-09 20:11", """
Meera,

You asked for brutal, so here goes, with love.

The history station was a bit of a car crash. You interrupted the actor four times in the first two minutes, you never asked about her ideas, concerns or expectations, and you forgot hand hygiene on the way in. The examiner definitely noticed the last one. None of that is about knowledge: you clearly knew the differentials, you just didn't let her tell you the story.

The explanation station, on the other hand, you absolutely killed. Clear, no jargon, and the chunk-and-check was textbook. If you could bring that calm into histories you'd be one of the strongest in the group.

Suggestions: count to three before you speak after an open question, and write "ICE" on the top of your sheet as a reminder. Happy to do another practice round on Sunday if you like.

Ellis
""", quote={
          "from": ("Meera Lakhani", ex("meera.lakhani")), "to": ("Ellis Tranter", ex("ellis.tranter")),
          "subject": "mock OSCE - be honest!", "date": "2026-03-08 18:40", "body": """
Ellis - thanks for examining me today. Please be brutally honest about my stations, I'd much rather hear it from you now than in the real thing. Don't sugar-coat it!
"""}),

    # ================================================================== defamatory look-alikes: not held (4)
    M("defamatory-neg-confidentiality-question-to-head-of-student-wellbeing.eml", D, False, NONE,
      "Year 3 student to the University's Head of Student Wellbeing, the proper channel: her tutor seemed to know "
      "something she had told her named counsellor; she says she may have put it on an extenuating circumstances form "
      "herself, accuses no one, has told no one else, and asks how confidentiality works",
      "thunderbird", ("Rhiannon Keyes", ex("rhiannon.keyes")),
      ("Head of Student Wellbeing", "wellbeing.head@nottingham.ac.uk"),
      "Question about counselling confidentiality", "2026-03-04 11:36", """
Dear Dr Osei-Bonsu,

I hope it is all right to write to you directly; the Counselling Service website says that questions or concerns about the service can come to you.

I have been seeing Fiona Markland at the Counselling Service since January and she has been very helpful. Last week, in a meeting with my personal tutor, he mentioned something that I had talked about in counselling, and it threw me a little. I want to be careful here: I genuinely do not know how he knew. I may well have mentioned it on my extenuating circumstances form in December, which he would have seen, and I am not suggesting that anyone has done anything wrong.

I would just like to understand what the Counselling Service shares with the School of Medicine and in what circumstances, so that I know what to expect. I haven't raised this with anyone else, and I would prefer it stays between us for now. Would it be possible to have a short conversation?

Kind regards,

Rhiannon Keyes
Year 3, BMBS
"""),

    M("defamatory-neg-journal-club-sourced-retraction-notice.eml", D, False, NONE,
      "journal club lead to the club list: a sourced summary of an (invented) journal's retraction notice for a paper by "
      "named authors, quoting the notice that the authors requested it over duplicated figure panels, and a blog's "
      "report that the university is reviewing; says no misconduct has been found and asks people not to speculate",
      "gmail", ("Tomasz Wierzbicki", ex("tomasz.wierzbicki")), ("Journal Club", "msk-journalclub@lists.nottingham.ac.uk"),
      "This week's paper swapped (retraction)", "2026-03-06 09:05", """
Hi all,

Change of plan for Tuesday. The paper we were going to discuss, Hallam R, Okonjo P et al. on satellite cell activation after eccentric exercise, was retracted on Monday, so we'll use it as a case study on retractions instead.

The notice in the Journal of Musculoskeletal Physiology says: "This article has been retracted at the request of the authors. After publication, the authors identified that two panels in Figure 3 were duplicated from an earlier experiment. The authors state that they are repeating the affected experiments. All authors agree with this retraction."

The blog Correction Desk reported it on Wednesday and says the authors' university has "confirmed that it is reviewing the matter in line with its research integrity procedures", which is standard after any retraction.

To be clear, that is all that is on the public record. Neither the notice nor the university says anyone did anything deliberate, and an author-requested retraction is usually a sign of people doing the right thing. Please don't speculate about the authors in the session or online; we'll stick to what the notice says and what good practice on image handling looks like.

Links are on the Teams page.

Tomasz
"""),

    M("defamatory-neg-possible-reused-equipment-concern-to-placement-lead.eml", D, False, NONE,
      "Year 2 student to her community phlebotomy placement lead, the proper channel: first-hand, careful account of "
      "seeing a needle holder and tourniquet apparently reused without cleaning at an invented health centre; says she "
      "may not know the policy, names no one in the email, has told no one else, asks for advice",
      "outlook", ("Jasmine Okafor", ex("jasmine.okafor")),
      ("Dr Helen Carrick", "helen.carrick@nottingham.ac.uk"),
      "Placement question - phlebotomy clinic", "2026-03-09 17:52", """
Dear Dr Carrick,

I am on the community phlebotomy placement this fortnight and I would be grateful for your advice about something I noticed on Tuesday.

During the morning clinic at Fairholme Health Centre I saw a needle holder, the plastic barrel, that I think was used for one patient and then put back in the tray and used for the next, and the tourniquet was not wiped between patients. The needles themselves were new each time, as far as I could see. I was at the side of the room and it was busy, so I may have missed something, and I do not know what the local policy is on reusable holders - it may be perfectly acceptable.

I have not mentioned this to anyone else, and I haven't named the member of staff here because I don't want to make an accusation when I'm not sure. Could you tell me whether this is something I should raise, and if so how? I am happy to come in and talk it through.

Many thanks,

Jasmine Okafor
Year 2, BMBS
"""),

    M("defamatory-neg-hedged-rumour-interpreter-reply-to-cousin.eml", D, False, NONE,
      "reply to a cousin who asked about 'an interpreter taking money' at an antenatal clinic: the student has heard "
      "a rumour but doesn't know if it's true and won't name or describe anyone, explains NHS interpreting is free and "
      "gives the proper routes (midwife, PALS); hedged, no one identifiable",
      "iphone", ("Mariana Teixeira", ex("mariana.teixeira")), ("Inês", "ines.teixeira.lopes@gmail.com"),
      "Re: the interpreter thing", "2026-03-10 19:40", """
Hi Inês, I've heard something similar going round on the WhatsApp groups but honestly I have no idea if it's true, and I'm not going to guess who it's about or pass it on. Rumours like that can ruin someone who's done nothing.

What I do know: interpreters in the NHS are free, always. Nobody should ever ask your sister-in-law for money to come to an appointment. If anyone did, or if she felt something was translated wrong, she can tell her midwife, or ask for a different interpreter or a phone interpreter, and PALS at the hospital deals with complaints. I can help her write it if she wants.

Beijinhos, talk Sunday x
""", quote={
          "from": ("Inês", "ines.teixeira.lopes@gmail.com"), "to": ("Mariana Teixeira", ex("mariana.teixeira")),
          "subject": "the interpreter thing", "date": "2026-03-10 18:02", "body": """
Mari, someone at church said one of the interpreters at the hospital is taking money from pregnant women?? Carla has her scan next week. Do you know who it is?
"""}),
]
