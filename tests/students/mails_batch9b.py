"""Batch 9b: 22 labelled emails (8 offensive, 4 defamatory, 10 look-alike negatives), written fresh as a
held-back test set, without reading bedside's rules, word lists, fixtures or earlier mail texts; only the
format of batch 5, build.py's M/render, and the notes in labels.json (to avoid repeating their scenarios)
were read. The School's email guidance ("illegal, defamatory, libellous, offensive, obscene, threatening")
and ordinary professional etiquette decided the labels.

Every person, hospital, prison, practice, society, charity, station, newspaper and address is invented.
No patient identifiers appear anywhere (no names, dates of birth, numbers or addresses of patients).
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
    M("offensive-polite-hiv-stigma-coded-homophobia-peer-venepuncture.eml", O, True, HO,
      "to the clinical skills lead, courteous register: asks not to be paired for peer venepuncture with a named classmate "
      "who disclosed HIV, blames his 'lifestyle choices', calls LGBT people 'the alphabet crowd', wants them steered away "
      "from procedural specialties; prejudice stated politely, no swear words",
      "outlook", ("Rupert Hallam", ex("rupert.hallam")), ("Dr Fiona Marlowe", "fiona.marlowe@nottingham.ac.uk"),
      "Clinical Skills week 4 - pairing request", "2026-02-16 08:12", """
Dear Dr Marlowe,

I hope you are well. I am writing about the pairings for the peer venepuncture and cannulation session in Clinical Skills next Thursday. I have been paired with Tobias Okonkwo-Reid, and I would be grateful if I could be moved to a different partner.

I want to be careful how I put this. Tobias spoke at the LGBT+ Medics panel last month about being HIV positive, and I respect that he felt able to share it. But I do not think it is unreasonable to say that I would rather not have a needle in my arm from someone whose lifestyle choices have led him to that diagnosis. I suspect several others in the group feel the same and are simply too worried about being called homophobic to say so.

More broadly, I would gently suggest that the School considers whether students with HIV, and frankly the alphabet crowd in general, ought to be steered away from surgery and the procedural specialties. Patients have a right to know who is touching them, and I doubt many would choose someone like Tobias if they were given the full picture.

I am happy to discuss this in person, and I would prefer it stayed between us.

Kind regards,
Rupert Hallam
Year 2
"""),

    M("offensive-singlish-disguised-swearing-at-audit-poster-partner.eml", O, True, HO,
      "Singlish, Year 3 Singaporean student straight to a named classmate who left his half of an audit poster undone: "
      "crude swearing in disguised abbreviations ('knn', 'cb', 'lj'), 'useless fella', 'go and die lah'; abuse at a person",
      "iphone", ("Marcus Tan", ex("marcus.tan")), ("Jonathan Lim", ex("jonathan.lim")),
      "poster", "2026-03-03 23:48", """
Jonathan

knn you think this one army ah, can just siam until last day? Audit poster due tmr 9am and your part still EMPTY. Results, discussion, all zero. I msg you 4 times since Sunday, you blue tick me then go post ig story at Rock City. cb really no shame one

Don't come and tell me "bro sorry lah stressed". Everybody also stressed. Useless fella, wayang in front of Dr Okafor only, behind her back do nothing. Same lj attitude since Year 1, whole group also say the same thing, just nobody dare tell you

I finish your part myself. Tmr I tell Dr Okafor straight who did what. Don't need to reply, go and die lah
"""),

    M("offensive-russian-translit-ethnic-slur-central-asian-pbl-classmates.eml", O, True, HO,
      "transliterated Russian with English terms, a Latvian-Russian Year 2 student to a friend in Riga: calls two named "
      "Uzbek classmates in her PBL group 'churki' (ethnic slur), 'came down from the mountains', 'papa bought the place', "
      "lazy and sly, 'only understand the whip'; ethnic stereotypes, no swear words",
      "gmail", ("Alina Kovalova", ex("alina.kovalova")), ("Dasha Petrenko", "dasha.petrenko@inbox.lv"),
      "novaya PBL gruppa", "2026-02-10 21:36", """
Dash, privet!

Nu chto, rasskazyvayu pro novuyu PBL group. Nas peremeshali, i teper' u menya v gruppe dvoe iz Uzbekistana, Timur Rakhimov i Aziza Yusupova. Ty ponimaesh'. Churki, nastoyashchie, tol'ko chto s gor spustilis'. Ne ponimayu, kak ikh voobshche vzyali v britanskiy medical school, navernyaka papa kupil mesto, u nikh tam vsyo za den'gi.

Timur na kazhdom session molchit kak baran, a potom spisyvaet moi notes. Aziza sidit v platke i delaet vid, chto ne ponimaet po-angliyski, kak tol'ko nado chto-to delat'. Oni vse takie, lenivye i khitrye, i ponimayut tol'ko knut. U nas by oni na stroyke rabotali, a tut, vidish' li, "future doctors".

Ya uzhe napisala tutoru, chto "cultural differences" meshayut group work. Vezhlivo, konechno :) Pust' ikh perevedut kuda-nibud' k svoim.

Ladno, kak ty? Kogda priedesh' v Nottingham?
Obnimayu,
Alya
"""),

    M("offensive-wounding-adopted-classmate-lost-welfare-election.eml", O, True, HO,
      "sent straight to a named classmate after she lost a MedSoc welfare officer election: 'nobody likes you', her vote "
      "count, her birth mother 'didn't want you', adoptive parents took her because nobody else would; meant to wound, "
      "no swear words",
      "thunderbird", ("Sebastian Crowle", ex("sebastian.crowle")), ("Poppy Lindqvist", ex("poppy.lindqvist")),
      "the result", "2026-03-06 22:54", """
Poppy,

Now the count has been published I thought you deserved the real reason you lost, because the returning officer's feedback will be far too kind.

Nobody voted for you because nobody likes you. You stood up at hustings and talked about "welfare" and "being there for people", and the whole room knew you have never been there for anyone in your life. Forty-one votes out of nearly three hundred. Even your own flat didn't vote for you. I asked.

I would have thought you'd be used to it by now. Even the woman who gave birth to you took one look and decided she didn't want you, and your adoptive parents only ended up with you because nobody else put in for you. It's a pattern, Poppy. People meet you and they leave.

Don't stand for anything next year. Spare everyone the embarrassment.

Seb
"""),

    M("offensive-pursuing-choir-member-despite-mediation-no-contact.eml", O, True, HO,
      "to a named classmate who agreed no contact with him through Student Services mediation: says the agreement doesn't "
      "count, sits behind her at choir, sent flowers to her placement hospital, says she 'doesn't mean' no, will wait "
      "outside rehearsal; pursuing someone who asked for no contact",
      "plain", ("Nathaniel Brooke", ex("nathaniel.brooke")), ("Imogen Stavely", ex("imogen.stavely")),
      "Tuesday", "2026-02-21 01:17", """
Imogen,

I know the agreement we signed at Student Services says I shouldn't email you. I don't think it was ever meant to cover something as important as this, and I think you know that too.

I have kept away from you at the School like they asked. But I am not going to stop singing in Cantate just because you are in it. Tuesday rehearsals are the only time I get to see you and I'm not giving that up. I sat three rows behind you last week. You looked tired. You always pull your sleeves over your hands when you're tired.

The flowers at the front desk at Kingsmead General were from me. You didn't take them home, the receptionist told me. I'll keep sending them until you do.

You keep saying no contact, but you don't mean it. If you did, you would have changed your route home, and you haven't. I see you go past the end of my road most evenings.

I'll be outside the chapel after rehearsal on Tuesday. Ten minutes, that's all I'm asking. If you don't come out, I'll wait.

Nate
"""),

    M("offensive-implied-threat-ski-trip-complainant-black-runs.eml", O, True, HO,
      "to a named society member who complained to the Students' Union about his racist joke in the ski-trip group chat: "
      "'people lose their footing' on black runs, nobody sees 'who was behind who', he knows her chalet and when her "
      "roommates are out, reconsider the complaint 'or the trip'; threat implied, not stated",
      "thunderbird", ("Jack Fennimore", ex("jack.fennimore")), ("Priya Raman", ex("priya.raman")),
      "Val Thorens", "2026-02-27 23:05", """
Priya,

Heard you've been to the SU about the group chat. Bold move, two weeks before Val Thorens.

I'm not going to argue about it. It's just worth remembering that it's a long week, the black runs up there are no joke, and the lads are already pretty sore about having their names on a complaint. People lose their footing up there. Nobody on the piste is watching who was behind who.

Also, I'm doing the room allocations this year, so I know exactly which chalet you're in and which nights the rest of your room will be out.

Might be worth having a think about whether you still want to go ahead with the complaint. Or with the trip.

See you at the airport.
Jack
"""),

    M("offensive-dehumanising-mocking-prisoners-prison-healthcare-placement.eml", O, True, HO,
      "lower-case, Year 4 student to a friend after a week of prison healthcare placement at an invented prison: "
      "prisoners called animals and chimps at feeding time, 'not people', mocks a man's limp and another's toothless "
      "speech ('wet dog eating a sandwich'), 'paracetamol and a bucket', 'let them rot'; dehumanising and mocking, no patient identified",
      "iphone", ("Callie Marchbank", ex("callie.marchbank")), ("Jess Olowe", "jess.olowe@outlook.com"),
      "prison week 1", "2026-03-13 19:22", """
jess!! week one of prison healthcare at hmp ravensmoor done and honestly

it's a zoo. it's literally animals in cages, you walk down the wing and they're all banging on the doors and shouting through the hatch like chimps at feeding time. the healthcare team keep saying "patients" and "our population" and i'm like babe these are not people, these are the things the rest of us lock our doors against

every morning there's a meds queue and half of them are faking pain for pregabalin. one guy did this whole limping act across the room and then forgot which leg it was meant to be, i had to walk out i was laughing so much. another one with no teeth tried to tell me about his "anxiety" and i couldn't understand a word, sounded like a wet dog eating a sandwich 😂

if it was up to me they'd get paracetamol and a bucket. can't believe the taxpayer funds naloxone for junkies who'll be back inside in six months anyway. let them rot tbh

drinks friday?? i need it x
""", sent_from=False),

    M("offensive-sexual-harassment-peer-examiner-mock-osce-quid-pro-quo.eml", O, True, HO,
      "a Year 5 peer examiner to a named Year 3 student's personal address taken from the mock OSCE sign-up sheet: says "
      "she was borderline but he didn't fail her, invites her to 'practise' at his flat with wine where she examines him, "
      "remarks on her body, reminds her he does the feedback forms so 'worth keeping me happy'; sexual harassment with leverage",
      "outlook", ("Oscar Villiers", ex("oscar.villiers")), ("Hana Qureshi", "hana.qureshi.03@gmail.com"),
      "Saturday's mock OSCE", "2026-02-23 22:31", """
Hey Hana,

Got your email off the mock OSCE sign-up sheet, hope you don't mind. I was your examiner on the abdo station on Saturday.

Between us, you were borderline. You forgot to inspect the hands and your palpation was all over the place. I could have put you down as a fail and sent it to the Year 3 lead, but I didn't, and I can help you a lot more before the real thing.

I'm thinking one-to-one practice at mine. I'll be the patient, you examine me properly this time, then we swap and I'll show you exactly where to put your hands 😉 Bring a bottle of wine. To be honest I couldn't concentrate on your technique on Saturday anyway, with you in that tight top leaning over the couch. You knew exactly what you were doing.

I'm on the panel again for the OSCE prep weekends and I write the feedback forms, so it's worth keeping me happy. Thursday night? Don't leave me on read.

Oscar
"""),

    # ================================================================== defamatory: hold (4)
    M("defamatory-named-ophthalmologist-unneeded-cataract-ops-to-aunt.eml", D, True, HD,
      "Year 4 student to his aunt, copying his cousin: a named consultant ophthalmologist at an invented eye unit stated as "
      "fact to fake vision test results to justify private cataract operations and to cut corners on sterile prep so two "
      "patients lost their sight; urges her to tell her church friends; family are not the proper channel",
      "gmail", ("Aled Pritchard", ex("aled.pritchard")), ("Gwen Pritchard", "gwen.pritchard52@btinternet.com"),
      "Your eye operation - please read", "2026-02-18 20:40", """
Auntie Gwen,

Mam told me you've been booked in with Mr Desmond Farrelly at the Ashgrove Eye Unit and that he wants to do both eyes privately at Clearview Vision. Please cancel it.

I've been on the eye unit for three weeks and I'm going to be straight with you: the man is a crook. He tells people their cataracts are far worse than they are, changes the vision test results in the notes so the operation looks justified, and then does them privately at £3,000 an eye. He has been doing it for years and the theatre staff all know. He also cuts corners on the sterile prep to squeeze more cases into a list, and two of his patients have lost the sight in an eye from infections because of it.

Your eyes are not bad enough to need surgery, I'd put money on it. Please don't let him near you, and tell the ladies at chapel too, because I know at least two of them have been referred to him.

Ring me this weekend and I'll explain more.

Love,
Aled x
""", cc=[("Rhys Pritchard", "rhys.pritch@gmail.com")]),

    M("defamatory-role-ambulance-crew-lead-punches-drunk-patients-rugby-list.eml", D, True, HD,
      "to the medics' rugby club list: 'the crew lead on the Thursday night ride-alongs out of Hucknall Road station' "
      "(described so he is one person) stated as fact to punch drunk patients in the back of the ambulance and write them up "
      "as falls; a sports club list is not the proper channel",
      "plain", ("Finn Gallacher", ex("finn.gallacher")), ("Medics RFC", "medics-rfc@lists.exmail.nottingham.ac.uk"),
      "ambulance ride-alongs - avoid Thursdays", "2026-03-02 13:15", """
Lads,

Since half of you have signed up for the ambulance ride-along SSC, a warning.

Do not go on the Thursday night shift out of Hucknall Road station. The crew lead on that shift, the tall bald one with the Newcastle tattoo who's been there twenty-odd years and does the induction talk, hits patients. When they get a drunk in the back who's giving them grief, he waits until the doors are shut and there's no camera and punches them, then writes them up on the form as having "fallen prior to arrival". He did it twice on my shift and laughed about it on the way back to station.

He's been getting away with it for years because nobody wants to grass on a paramedic. I'm not going through the School because it'll just get buried, but you lot should know who he is before you get in a van with him.

Pass it on to the women's team as well.

Finn
"""),

    M("defamatory-named-food-bank-coordinator-sells-donations-to-society-list.eml", D, True, HD,
      "society secretary to the whole medical volunteering society list: the named volunteer coordinator at an invented "
      "community pantry stated as fact to take donated food home, sell it on Facebook Marketplace and fiddle the stock "
      "book; tells members to stop volunteering and spread the word; not the proper channel",
      "outlook", ("Eleanor Whitcombe", ex("eleanor.whitcombe")),
      ("MedVol members", "medvol-members@lists.exmail.nottingham.ac.uk"),
      "St Barnabas Pantry - we are pulling out", "2026-02-25 17:02", """
Hi everyone,

I'm sorry to send this to the whole list, but you all deserve to know why we are suspending our Saturday shifts at St Barnabas Community Pantry.

The volunteer coordinator there, Graham Peploe, has been stealing from the pantry. He takes crates of the donated tins, nappies and toiletries home in his car at the end of each Saturday and sells them on Facebook Marketplace under a different name, and then alters the stock book so the numbers add up. Several of us have watched him do it, and the listings are still up if you know where to look.

That food was given for families who cannot afford to eat. I think it is disgusting, and I don't want any of our members giving up their weekends to keep a thief in business.

Please do not volunteer there until further notice, and do tell your friends in other societies why. If anyone from the pantry asks, you can tell them exactly this.

Best wishes,
Eleanor Whitcombe
MedVol Secretary
"""),

    M("defamatory-named-clinical-skills-technician-hidden-camera-year-list.eml", D, True, HD,
      "Year 2 student to the whole Year 2 list: a named clinical skills technician stated as fact to have a hidden camera "
      "in the women's changing room and to watch the footage in his back office, 'for years'; refuses the School's route; "
      "a year list is not the proper channel",
      "iphone", ("Rhiannon Fitzsimmons", ex("rhiannon.fitzsimmons")), ("Year 2 MBBS", "mbbs-year2@lists.exmail.nottingham.ac.uk"),
      "PLEASE READ before Thursday's skills session", "2026-03-09 07:44", """
Girls (and everyone really),

Trevor Salt, the clinical skills technician who sets up the rooms, has a camera hidden in the women's changing room at the skills centre. It's in the smoke alarm above the lockers. He watches it in the back office while we're in sessions, that's why he always insists on doing the room set-up himself and locks that office. He's been doing it for years.

Do NOT get changed in there on Thursday. Come in your scrubs or change in the library toilets.

I'm not going to the School about it because they'll protect him like they always do. Share this with anyone who isn't on this list.

Rhiannon
"""),

    # ================================================================== offensive look-alikes: no hold (6)
    M("offensive-neg-singlish-banter-flatmate-ate-last-curry-puff.eml", O, False, NONE,
      "Singlish between two close Singaporean flatmates: affectionate teasing ('siao', 'bodoh', 'walao', 'I go kill you') "
      "about an eaten curry puff, thanks for a lift to placement, 'love you'; banter, no real insult or threat",
      "iphone", ("Rachel Goh", ex("rachel.goh")), ("Shermaine Ong", "shermaine.ong@gmail.com"),
      "THE CURRY PUFF", "2026-03-04 17:05", """
Walao eh Shermaine!!! Who eat the last curry puff my mum sent from Singapore?? Don't act blur, the whole kitchen smell of it. You siao ah, I count them every night one 😤 Next time I go kill you

Bodoh, also you left your stethoscope in the rice cooker AGAIN

Ok but srsly thank you for driving me to Kingsmead this morning when the bus never come, I owe you big time. Tonight I cook laksa, you buy the tau pok can? Love you lah, my favourite idiot
"""),

    M("offensive-neg-russian-translit-telling-mum-kazakh-friend-called-slur.eml", O, False, NONE,
      "transliterated Russian with English terms, a Year 3 student to her mother: a patient's relative called her Kazakh "
      "friend 'churka'; quotes the word to explain what happened and why it is a slur, says they reported it to the "
      "consultant; mention, not use",
      "gmail", ("Katya Sorokina", ex("katya.sorokina")), ("Mama", "i.sorokina64@mail.ru"),
      "Re: kak dela?", "2026-02-12 20:15", """
Mamochka, privet!

U menya vsyo normal'no, ne volnuysya. No segodnya na ward round byl nepriyatnyy moment, khochu rasskazat'.

Rodstvennik odnogo patsienta (on tozhe russkoyazychnyy) uslyshal, kak moya podruga Dana govorit so mnoy po-russki, i skazal pro neyo "churka" i chto-to pro "ponaekhali". Dana iz Almaty, ty yeyo pomnish', my vmeste byli na Novyy god. Ya znayu, chto doma mnogie tak govoryat, kak budto eto nichego, no eto rasistskoe slovo, i ono ochen' unizitel'noe. Dana potom plakala v ordinatorskoy.

My srazu rasskazali konsul'tantu, Dr Holroyd. Ona byla ochen' khoroshaya, pogovorila s rodstvennikom, i my zapolnili incident report. School tozhe predlozhila Dane support.

Tak chto vsyo pod kontrolem. Prosto esli dyadya Sasha opyat' nachnyot takie shutki na dne rozhdeniya, ya teper' tochno promolchat' ne smogu :)

Tseluyu, pozvonyu v voskresen'ye,
Katya
""", quote={
          "from": ("Mama", "i.sorokina64@mail.ru"), "to": ("Katya Sorokina", ex("katya.sorokina")),
          "subject": "kak dela?", "date": "2026-02-12 09:03", "body": """
Katyusha, kak ty? Ty ne zvonila uzhe nedelyu. Kak bol'nitsa? Ty kushaesh'?
Mama
"""}),

    M("offensive-neg-ethics-essay-hiv-stigma-exposure-prone-procedures.eml", O, False, NONE,
      "Year 2 ethics essay section sent to the tutor: quotes stigmatising views about HIV-positive healthcare workers "
      "('lifestyle choices', 'patients have a right to know') in order to critique them against UK policy; names no "
      "classmate; teaching about prejudice, not expressing it",
      "thunderbird", ("Oluwaseun Bakare", ex("oluwaseun.bakare")), ("Dr Miriam Esterhuizen", "miriam.esterhuizen@nottingham.ac.uk"),
      "Ethics essay - draft section 2 for feedback", "2026-02-20 15:48", """
Dear Dr Esterhuizen,

As agreed in tutorial, here is a draft of section 2 of my essay, "Stigma, risk and the HIV-positive clinician". I would be grateful for feedback on whether the argument is clear.

Section 2: How stigma is expressed

Stigma towards clinicians living with HIV is rarely expressed in openly hostile terms. More often it appears as apparently reasonable concern. In published interviews and online discussion, health workers and students make statements such as "I would rather not be treated by someone whose lifestyle choices led to that", "patients have a right to know who is touching them" and "they should be steered away from surgery". These remarks present prejudice as patient safety.

Each claim fails on the evidence. UK guidance has, since 2014, allowed healthcare workers living with HIV to perform exposure-prone procedures if they are on effective treatment with an undetectable viral load and are monitored, because the risk of transmission in that situation is negligible. The phrase "lifestyle choices" carries a moral judgement, often a coded reference to gay men, that has no clinical bearing on risk. And a patient's "right to know" is not applied to any other well-controlled condition.

I then argue in section 3 that medical schools should address this kind of polite stigma explicitly, because it is the form most likely to go unchallenged.

Best wishes,
Seun Bakare
Year 2
"""),

    M("offensive-neg-prison-placement-reflection-quoting-dehumanising-remarks.eml", O, False, NONE,
      "Year 4 reflection to the prison healthcare clinical supervisor: quotes dehumanising remarks heard on a wing "
      "('animals', 'let them rot', 'paracetamol and a bucket'), admits an early assumption of drug-seeking, reflects on "
      "equivalence of care and dignity; no patient identified, mention not use",
      "outlook", ("Tariq Ellahi", ex("tariq.ellahi")), ("Dr Philippa Rowntree", "philippa.rowntree@nhs.net"),
      "Reflection for week 2 - language and dignity in prison healthcare", "2026-03-16 18:30", """
Dear Dr Rowntree,

Please find my reflection for week 2 below, as discussed at Friday's supervision.

What happened: During the morning medicines round on one of the wings I heard several remarks about the men in the queue, including "they're animals, the lot of them", "give them paracetamol and a bucket" and "let them rot". They were said as jokes and nobody reacted. Later that day I caught myself assuming that a man describing back pain was after pregabalin, before I had examined him. On examination he had signs that needed a same-day referral.

What I learned: Language like this makes it easier to stop seeing someone as a patient, and I noticed it had already affected my own judgement. The principle of equivalence of care means people in prison are entitled to the same standard of healthcare as anyone else, and the dignity of the person in front of us does not depend on why they are there.

What I will do: I will examine before I conclude, and I would like to discuss with you how a student can respond when remarks like these are made by staff, without it becoming a confrontation.

Kind regards,
Tariq Ellahi
Year 4
"""),

    M("offensive-neg-ski-trip-society-email-violent-idioms-and-home-addresses.eml", O, False, NONE,
      "medics' ski society trip email to members: violent-sounding idioms used playfully (kill it on the slopes, murder a "
      "tartiflette, break a leg, left for dead, brutal black runs) and 'we know where you all live' explained as the "
      "insurance form; no threat to anyone",
      "gmail", ("Georgie Ashcombe", ex("georgie.ashcombe")), ("Medics Ski & Snowboard", "medics-ski@lists.exmail.nottingham.ac.uk"),
      "VAL THORENS: 2 weeks to go!!", "2026-02-26 12:00", """
Hi all!!

Two weeks until we absolutely kill it in Val Thorens 🏔️ A few things:

1) Coach leaves the Medical School car park at 6am sharp on the Saturday. Anyone who misses it gets left for dead (joking, but we genuinely can't wait, so please set three alarms).

2) Lessons: beginners are in the morning group. The black runs up top are brutal, so please don't try them on day one to impress anyone. Break a leg at the après-ski quiz, not on the piste.

3) We know where you all live! Only because the insurance form needs your term-time address, so if you haven't filled it in, do it by Friday or we can't take you.

4) First night meal is in the chalet and I fully intend to murder a tartiflette. Veggie and halal options are sorted, message me about any allergies.

5) Welfare: Sam and Amara are our welfare reps for the week. If anything at all goes wrong, or anyone makes you feel uncomfortable, talk to them.

You'll all be dead on your feet by Wednesday and it'll be the best week of the year. Can't wait!!

Georgie x
Ski Soc Trips Sec
"""),

    M("offensive-neg-returning-officer-honest-feedback-losing-candidate.eml", O, False, NONE,
      "MedSoc returning officer to a named candidate who lost the welfare officer election, at his request: frank but kind "
      "feedback with quoted anonymous voter comments ('came across as under-prepared'), his vote share, encouragement to "
      "stand again; honest criticism, not meant to wound",
      "plain", ("Adaeze Nnamdi", ex("adaeze.nnamdi")), ("Ruairi Delaney", ex("ruairi.delaney")),
      "Re: feedback on the election", "2026-03-07 11:20", """
Hi Ruairi,

Thanks for asking for feedback, and well done for standing. It takes guts to do hustings in front of a packed lecture theatre.

You asked me to be honest, so I will be. You got 63 votes out of 289. From the anonymous feedback forms, the two comments that came up most were "came across as under-prepared on the hardship fund question" and "didn't seem to know what the welfare role actually involves day to day". A few people also said your manifesto was hard to find because it was only on Instagram.

None of that is about you as a person. Several forms said you came across as warm and genuine, and one said "would vote for him next year if he gets more specific".

If you want to stand again, I'd suggest shadowing this year's welfare officer for a term. I'm happy to meet for a coffee and go through it.

Best,
Adaeze
MedSoc Returning Officer
"""),

    # ================================================================== defamatory look-alikes: no hold (4)
    M("defamatory-neg-ambulance-ride-along-concern-to-placement-lead.eml", D, False, NONE,
      "Year 3 student to the University's ambulance placement lead, the proper channel: first-hand, careful account of "
      "seeing a crew member restrain a patient roughly, says he may not have seen everything and is not sure it was wrong, "
      "asks for advice; names no one to anyone else",
      "outlook", ("Dominic Achterberg", ex("dominic.achterberg")),
      ("Dr Sunita Varley, Pre-hospital Placement Lead", "sunita.varley@nottingham.ac.uk"),
      "Something I saw on a ride-along - advice please", "2026-03-02 09:40", """
Dear Dr Varley,

I was advised by my personal tutor to raise this with you, as the placement lead, rather than talk about it elsewhere.

On my ride-along last Thursday night, a patient who was very intoxicated became agitated in the back of the ambulance. One of the crew held him down against the stretcher, and the patient's head struck the side cabinet. The crew member then recorded on the form that the patient had a head injury from a fall before we arrived.

I want to be careful. It happened quickly, I was at the far end of the vehicle, and there may have been a bump before we arrived that I did not know about. Restraint may have been necessary. I am not saying anyone did anything wrong; I just felt uneasy, and I did not know whether a student should report something like this or how.

Could you advise me on what, if anything, I should do next? I have not discussed it with anyone else on the placement.

Kind regards,
Dominic Achterberg
Year 3
"""),

    M("defamatory-neg-sourced-hedged-eye-unit-review-reply-to-aunt.eml", D, False, NONE,
      "reply to an aunt worried about her cataract operation: reports only what an invented local paper and the trust's "
      "statement say (an external review of referrals, no surgeon named, no findings yet), says he knows nothing bad "
      "about her surgeon, suggests questions and a second opinion; sourced and hedged",
      "gmail", ("Owain Lloyd-Harris", ex("owain.lloydharris")), ("Auntie Bethan", "bethan.harris@talktalk.net"),
      "Re: my cataract op", "2026-02-19 19:02", """
Hi Auntie Bethan,

Sorry you've been worrying about this. I can only tell you what I actually know, which isn't much.

The Ashgrove Evening Post ran a story last month saying the hospital trust has asked an outside team to review cataract referrals at the eye unit. The trust's statement, which is on its website, says the review is routine, that no concerns have been upheld and that no individual surgeon is under investigation. The article doesn't name anyone, and I haven't heard anything about your surgeon at all. The people I've met on placement speak well of the eye unit.

If you want to feel more sure, it's completely normal to ask him why he thinks the operation is needed now, what your vision test showed, and what would happen if you waited. You're also entitled to ask your GP for a second opinion. That wouldn't be rude.

Ring me on Sunday if you want to talk it through.

Love,
Owain x
""", quote={
          "from": ("Auntie Bethan", "bethan.harris@talktalk.net"), "to": ("Owain Lloyd-Harris", ex("owain.lloydharris")),
          "subject": "my cataract op", "date": "2026-02-19 10:27", "body": """
Owain love, Carol from chapel says there was something in the paper about the eye unit and now I'm worried about my operation in April. Have you heard anything? Should I cancel?
Bethan x
"""}),

    M("defamatory-neg-food-bank-stock-discrepancy-no-one-accused.eml", D, False, NONE,
      "volunteering society secretary to members: the pantry's stock count is down, explicitly no one is accused and it "
      "may be a logging error, new sign-in sheet and a reminder not to speculate; no identifiable person",
      "thunderbird", ("Mei Lin Chua", ex("meilin.chua")), ("MedVol members", "medvol-members@lists.exmail.nottingham.ac.uk"),
      "Pantry stock count and new sign-in sheet", "2026-03-01 10:15", """
Hi everyone,

Quick update from the pantry committee meeting on Friday.

The monthly stock count came out lower than the donations log for February, mainly tins and toiletries. Nobody knows why yet. It could be donations that went straight out to families without being logged, items moved to the overflow store, or a mistake in the spreadsheet. Nobody is being accused of anything, and please don't speculate about it in the group chats.

From this Saturday there will be a sign-in and sign-out sheet for stock, for everyone including the pantry's staff and committee. It takes ten seconds and it'll help us work out where the gap is.

If anyone has information that might help, please tell me or the pantry manager privately.

Thanks for all you do, the families really notice it.

Mei Lin
MedVol Secretary
"""),

    M("defamatory-neg-fair-feedback-clinical-skills-centre-changing-room.eml", D, False, NONE,
      "Year 2 rep's feedback to the clinical skills lead, the proper channel: sessions overrun, a named technician is "
      "praised, the women's changing room lock is broken and a window faces the car park without blinds; a practical safety "
      "request, no allegation against anyone",
      "plain", ("Nadia Mahmoud-Khan", ex("nadia.mahmoudkhan")), ("Dr Fiona Marlowe", "fiona.marlowe@nottingham.ac.uk"),
      "Year 2 feedback - clinical skills centre", "2026-03-10 16:25", """
Dear Dr Marlowe,

Here is the Year 2 feedback on the clinical skills centre from this term's rep survey (74 responses).

Teaching: most students rated the sessions well. Several said the examination stations often overrun by 15 to 20 minutes, which makes people late for the afternoon lecture. Many comments praised Trevor Salt for having the rooms ready and helping when equipment fails.

Facilities: the most common concern was the women's changing room. The lock on the door has been broken since January, and the frosted film on the window facing the staff car park has peeled off, so people can see in when the lights are on. Students have started changing in the library toilets instead. Could these be repaired, and could blinds be fitted?

Happy to discuss at the next staff-student committee.

Kind regards,
Nadia Mahmoud-Khan
Year 2 Academic Rep
"""),
]
