"""Batch 12a: 22 labelled emails (8 offensive, 4 defamatory, 10 look-alike negatives), written fresh as a
held-back test set, without reading bedside's rules, word lists, fixtures or earlier mail texts; only the
notes in labels.json were read, to avoid repeating their scenarios, and batch 5 for the file format.

Every person, hospital, ward, practice, pharmacy, society, club and address is invented. No patient
identifiers appear anywhere (no names, dates of birth, numbers or addresses of patients).
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
    M("offensive-polite-biphobia-blood-drive-campaign-face.eml", O, True, HO,
      "to the blood donation society committee, courteous register: asks that a named bisexual member not front the "
      "donor campaign because bisexual people 'can't commit', are 'greedy' and 'a risk group whatever the rules say'; "
      "sexuality prejudice stated politely, no swear words",
      "outlook", ("Imogen Carraway", ex("imogen.carraway")),
      [("Blood Donation Society Committee", "bloodsoc-committee@nottingham.ac.uk")],
      "Campaign photos - a concern about who we put forward", "2026-02-16 19:22", """
Dear all,

Before we sign off the poster shoot on Thursday, I would like to raise something I feel quite strongly about, and I hope it can be discussed calmly.

I understand Rhys Penhaligon has been suggested as the face of the spring donor campaign. I have nothing against Rhys as a person and he works hard for the society. However, he has been very open that he is bisexual, and I do not think it is wise to put someone like that at the centre of a campaign about blood safety.

I know the eligibility rules changed and that everyone is now assessed individually. Even so, the public are not stupid. Bisexual people are, by their nature, people who cannot commit to one thing; they want to have it both ways and, frankly, that is a greedy way to live. Whatever the rules say, that is a risk group, and our donors will see a poster of him and wonder what exactly is going into the bags.

I would suggest we use a couple in a stable relationship instead, perhaps Tom and Ellie from Year 2, who would give a much more reassuring message. I am happy to speak to Rhys myself and let him down gently if that would help.

Best wishes,
Imogen Carraway
Publicity Officer, Year 3
"""),

    M("offensive-finglish-afghan-classmate-only-fit-for-labour.eml", O, True, HO,
      "Persian in Latin letters (Finglish) with English, a Year 1 Iranian student to a friend in Tehran: a named Afghan-British "
      "classmate called 'afghani' as an insult, 'bi-savad', 'bi-farhang', 'only good for labouring', Afghans 'breed like "
      "mice'; nationality prejudice, no swear words",
      "gmail", ("Sina Farahani", ex("sina.farahani")), ("Arash", "arash.k.tehran@gmail.com"),
      "salam az nottingham", "2026-02-03 23:48", """
Salam Arash jan, chetori? Dars-ha sangine vali kheili khoobe, anatomy ro dust daram.

Ye chiz-e ajib: too sal-e ma ye afghani hast, Hamid Noori. Asl-an inja bozorg shode, accent-esh ham englisi-e, vali baz ham afghani-e dige. Midooni ke ma too Iran chi migim... Afghani va medicine! Man hanooz bavar nemikonam. Inha bi-savad-an, bi-farhang-an, faghat be dard-e kargari mikhoran. Babam hamishe migoft ye afghani ro bede dastesh bil, na scalpel.

Too dissection group ham ba mane. Man be demonstrator goftam mikham group-am ro avaz konam, goftam "personal reasons" 😂 Nemikham ye afghani be body dast bezane va ba man kar kone. Inja hame migan diversity, diversity, vali kesi nemige inha mesl-e moosh bache dar miaran va kar-e ma ro migiran.

Khob, be maman salam beresoon. Eid nazdike, delam baraton tang shode.

Sina
"""),

    M("offensive-wounding-anatomy-lecturer-back-from-chemo.eml", O, True, HO,
      "Year 2 student straight to a named anatomy lecturer who has just returned from cancer treatment, after a hard "
      "practice paper: 'chemo fog', 'we preferred the locum', she should 'retire gracefully' and 'stop clinging on'; "
      "meant to wound a named person, no swear words",
      "thunderbird", ("Marcus Delacroix-Hale", ex("marcus.delacroix-hale")),
      ("Dr Fenella Ruthven", "fenella.ruthven@nottingham.ac.uk"),
      "Yesterday's practice paper", "2026-03-04 00:17", """
Dr Ruthven,

I am writing about the practice paper you set yesterday, because I think someone should tell you what the year actually thinks.

Half the questions referred to things you never covered and two had the wrong answer in the key. I am sure you will put it down to "chemo fog", which is what people are calling it behind your back, but at some point that stops being an excuse. We had Dr Okafor as a locum for the whole of last term and, honestly, everyone preferred him. His lectures made sense and he did not have to sit down halfway through.

I know you have been through a lot and everyone is meant to be sympathetic. But you are not the person you were, and it is painful watching you cling on. Most people in your position would retire gracefully rather than make a year group pay for it. Please think about whether you are doing this for us or for yourself.

Marcus Delacroix-Hale
Year 2
"""),

    M("offensive-pursuing-ex-joined-his-climbing-wall.eml", O, True, HO,
      "Year 2 woman to her ex, a named physiotherapy student who asked for no contact (quoted): says he 'can't avoid her', "
      "has joined his climbing club, booked onto his belay inductions, knows his Tuesday and Thursday sessions, will keep "
      "emailing every day; pursuing someone who asked for no contact",
      "iphone", ("Phoebe Lanyon", ex("phoebe.lanyon")), ("Kieran Ashworth", "kieran.ashworth@exmail.nottingham.ac.uk"),
      "Re: please stop", "2026-02-21 07:02", """
Kieran I read it. I just don't accept it. You don't get to decide on your own that something that big is over by sending four lines.

I've joined the climbing club. I know you run the belay inductions on Tuesdays and Thursdays and I've booked onto both for the next month, so you're going to have to talk to me eventually, it's literally your job to check my knot 🙂

I also know you go to the bouldering wall after, so I'll just be around. You can't avoid me at the wall or in the hall or anywhere really, this campus isn't that big.

I'm going to keep writing every day until you reply properly. I'm not giving up on us just because you're scared.

P
""", quote={
          "from": ("Kieran Ashworth", "kieran.ashworth@exmail.nottingham.ac.uk"),
          "to": ("Phoebe Lanyon", ex("phoebe.lanyon")), "subject": "please stop", "date": "2026-02-19 22:40",
          "body": """
Phoebe, I've said this in person and by text, so this is the last time. Please don't contact me again, in any way. I don't want to meet up or talk it through. I've muted you everywhere and I'd ask you to respect that.
"""}, sent_from=False),

    M("offensive-implied-threat-outing-classmate-to-family-church.eml", O, True, HO,
      "Year 3 student to a named classmate who reported him for forging logbook signatures: has photos of her at Pride, knows "
      "her father is a pastor back home and which church, 'people talk', 'withdraw it and the photos stay on my phone'; "
      "blackmail and threat implied, not stated, no swearing",
      "gmail", ("Jordan Whitlock", ex("jordan.whitlock")), ("Grace Adeyinka", ex("grace.adeyinka")),
      "just a chat", "2026-02-26 21:35", """
Grace,

I know it was you who went to the clinical skills office about my logbook. Nobody else was on that firm on the days they asked about.

I'm not angry. I just think you should think about how small the world is. I was at Pride in June too, remember? I've got some lovely photos of you and Chioma, very happy, very close. I also know your dad is the pastor at the church in Ikeja, the big one, because you told the whole PBL group. Church people talk, don't they. Families talk. Things travel so fast these days.

Nothing has to happen. If you tell the office you were mistaken about the dates, the photos stay on my phone and we never discuss this again. If not, well, I can't control what gets shared.

Let me know by Monday.

J
"""),

    M("offensive-hungarian-eating-disorder-patients-geese.eml", O, True, HO,
      "in Hungarian with English placement terms, a Year 4 student to a friend in Budapest from an eating-disorder unit "
      "placement: patients called 'walking skeletons', 'hysterical', 'just a BMI number', should be force-fed 'like geese', "
      "a waste of NHS money; dehumanising talk about patients, no swear words, no patient identifier",
      "gmail", ("Dóra Szekeres", ex("dora.szekeres")), ("Bence", "bence.varga.bp@gmail.com"),
      "pszichiátria, 2. hét", "2026-02-11 22:19", """
Szia Bence!

Na, a pszichiátriai gyakorlatom egy eating disorder unitban van, és őszintén szólva ez a legunalmasabb hely, ahol valaha voltam.

Ezek a lányok nem betegek, csak hisztisek. Sétáló csontvázak, egész nap sírnak a tányér fölött, mint a kisgyerekek, mi meg ülünk mellettük egy órát, amíg valaki megeszik három borsót. A nővérek folyton "meal support"-ról meg "empathy"-ről beszélnek. Ha rajtam múlna, úgy tömnénk őket, mint a libákat, tölcsérrel, és kész.

Már nem is emberek, csak egy BMI szám a táblán. Igazából kidobott pénz rájuk az NHS pénze, úgyis mind visszaesnek, és jövőre megint itt lesznek.

Jövő héten végre sebészet, ott legalább igazi betegek vannak.

Puszi,
Dóra
"""),

    M("offensive-sexual-harassment-student-nurse-after-night-shift.eml", O, True, HO,
      "Year 4 student to a named student nurse's university address after she said on a night shift that she has a "
      "boyfriend and isn't interested: rates her, wonders 'what's under the tunic', asks for a photo, 'the on-call room "
      "has a lock', will be on her next nights; sexual harassment after a refusal, no swear words",
      "outlook", ("Callum Frith", ex("callum.frith")), ("Aisling Moran", "aisling.moran@exmail.nottingham.ac.uk"),
      "Last night :)", "2026-03-07 08:55", """
Hi Aisling,

Got your email from the nursing placement list, hope you don't mind. I know you said last night you've got a boyfriend and you're "not interested", but I think we both know there was something there at 3am in the kitchen.

For the record, the lads on my firm agree you're easily a nine, and that's in the tunic. I've spent most of today wondering what's under it. You could always send me a photo to save me the wondering.

Nights get long and lonely, and the on-call room on level 4 has a lock. I've checked the rota and I'm on your next three nights, so I'll come and find you on your break.

Your boyfriend doesn't need to know anything about it.

Callum
"""),

    M("offensive-aussie-disguised-swearing-st-john-volunteer.eml", O, True, HO,
      "Australian exchange student straight to a named fellow first-aid volunteer who reported him for leaving his post at a "
      "match: crude insults with disguised spellings ('drongo', 'f*ckwit', 'sh!tbag', 'g@lah', 'kn0b', 'p1ss off'); abuse "
      "aimed at a person, no threat",
      "plain", ("Lachlan Bright", ex("lachlan.bright")), ("Harvey Oduya", "harvey.oduya@gmail.com"),
      "thanks for nothing", "2026-02-28 18:41", """
harvey you absolute drongo

you really went and told the event lead i "abandoned my post" because i went for a pie at half time?? ten minutes mate. ten. nobody got hurt. you f*ckwit. you couldn't find a pulse on a kangaroo and youre lecturing me about duty of care

everyone on the team thinks youre a sh!tbag for going behind my back instead of saying it to my face. what a g@lah. a proper kn0b

dont bother saying hi at the next shift, just p1ss off and stay at your end of the pitch

lachie
"""),

    # ================================================================== defamatory: hold (4)
    M("defamatory-named-chaplain-pockets-blessing-money.eml", D, True, HD,
      "to a friend from her church youth group: a named hospital chaplain at an invented hospital stated as fact to charge "
      "bereaved families cash for bedside blessings that should be free, empty the chapel donation box into his pocket and "
      "to have been 'let go' from a parish for the same; a friend is not the proper channel",
      "gmail", ("Naomi Ekwueme", ex("naomi.ekwueme")), ("Ruth", "ruth.tillotson@outlook.com"),
      "the chaplain at Brackenford", "2026-02-08 20:12", """
Ruth, you know how you said your mum wanted to volunteer at the chapel at Brackenford General? Tell her not to.

The senior chaplain there, Reverend Alistair Marchbank, is a thief. He charges families cash for bedside blessings when someone is dying, twenty or forty pounds depending on how upset they look, when every chaplain is supposed to do it for free. He doesn't log any of it. And he empties the chapel donation box himself every Friday, straight into his coat pocket, no count, no receipt.

He was let go from his last parish in Lincolnshire for exactly the same thing, which is why he ended up in a hospital where nobody checks.

I've seen it with my own eyes on my palliative care week. Please pass it on to anyone at church who's thinking of giving money there.

Naomi x
"""),

    M("defamatory-role-sport-scholarship-lead-fake-physio-degree.eml", D, True, HD,
      "to the writer's parents and aunt, formal register: 'the sports scholarship coordinator at the Medical School' (one "
      "person) stated as fact to have invented his physiotherapy degree and HCPC registration and to have treated student "
      "athletes' injuries unqualified; family are not the proper channel",
      "thunderbird", ("Eliot Brannigan", ex("eliot.brannigan")),
      [("Mum", "jo.brannigan@btinternet.com"), ("Dad", "pbrannigan61@gmail.com"), ("Auntie Sue", "sue.hartigan@gmail.com")],
      "About the man who signed my scholarship form", "2026-03-01 16:05", """
Dear Mum, Dad and Auntie Sue,

You asked at Christmas who "Coach" was, the man who signed off my sports scholarship and has been treating my knee since October. I now know for certain what he is, and I want you to know before you sign the parental consent for the summer tour.

The sports scholarship coordinator at the Medical School is not a physiotherapist. He has never had a physiotherapy degree and he has never been on the HCPC register. He made both up on his CV when he was hired, and he has been strapping, manipulating and injecting student athletes for four years with no qualification at all. The strapping he did on Will's ankle last year is the reason Will's fracture was missed.

He is a fraud, plain and simple, and the University pays him to do it. Please do not sign the tour consent, and please tell the Hartigans, since their Jess is starting in September.

Love,
Eliot
"""),

    M("defamatory-spanglish-named-pharmacist-sells-antibiotics.eml", D, True, HD,
      "Spanish-English (Spanglish), a Miami-raised Year 1 student to her cousin: a named pharmacist at an invented pharmacy "
      "near campus stated as fact to sell antibiotics without a prescription for cash and to repackage expired stock into "
      "new boxes, making her roommate ill; 'es un criminal'; family, not the GPhC or police",
      "iphone", ("Valentina Arce", ex("valentina.arce")), ("Cami", "camila.arce.mia@gmail.com"),
      "ojo con esta farmacia", "2026-02-14 12:27", """
Prima!! ok so quick story porque tu mamá dijo que she wants to use the pharmacy near my flat when she visits in April. NO.

The pharmacist at Lenton Lane Pharmacy, Gareth Pryce, es un criminal. He sells antibióticos sin receta to students, like £10 cash for a box of amoxicilina, no questions, no prescription, nada. And he takes expired stuff and puts it in new boxes with new labels. Mi roommate se enfermó horrible because of the pills he sold her.

Todo el mundo lo sabe aquí. Dile a tu mamá que vaya al Boots en el centro y que no le compre NADA a ese señor.

Te quiero, besos 💕
""", sent_from=True),

    M("defamatory-named-classmate-boyfriend-sat-online-progress-test.eml", D, True, HD,
      "lower-case to the medics' netball club list: a named Year 3 classmate stated as fact to have had her F2 boyfriend "
      "sit the online progress test for her over remote access, 'that's how she went from bottom decile to top 10%', "
      "'she's a cheat'; a club list is not the proper channel",
      "plain", ("Tess Mallinder", ex("tess.mallinder")), ("Medics Netball", "medics-netball-members@nottingham.ac.uk"),
      "before you vote for captain", "2026-03-09 22:58", """
hi all, sorry to do this on the club list but people should know before voting closes tomorrow.

saffron beaumont did not do her own progress test in january. her boyfriend dan, the f2 at brackenford general, sat it for her on his laptop through remote desktop while she sat in front of the webcam pretending to type. that's how she went from the bottom decile to the top 10% in one sitting.

she's a cheat, and i don't think a cheat should be captain of anything. she will deny it obviously.

tess
"""),

    # ================================================================== offensive look-alike negatives (6)
    M("offensive-neg-finglish-reports-visitor-insult-to-afghan-hca.eml", O, False, NONE,
      "Finglish with English, a Year 1 Iranian student to her mother: a visitor called a kind Afghan HCA 'afghani-e kasif'; "
      "she quotes it to explain why it hurt, says the nurse in charge dealt with it and she wants to be a doctor like the "
      "HCA is a carer; mention, not use, no patient identifier",
      "gmail", ("Parisa Tavakoli", ex("parisa.tavakoli")), ("Maman", "m.tavakoli53@gmail.com"),
      "ye chiz az ward", "2026-02-05 21:03", """
Maman jan salam,

Emrooz ye chiz-e bad dar ward didam va mikhastam baraton benevisam. Ye HCA hast, Aga Jalil, afghan-e, kheili mehraboon. Har sobh ba har bimar sohbat mikone, esm-e hame ro balade, va be man yad dad chetor ye bimar-e sangin ro dorost jabeja konam.

Emrooz ye visitor, ye mard-e irani, behesh goft "afghani-e kasif, be man dast nazan". Jeloye hame. Man kheili khejalat keshidam, chon ma too Iran in kalame ro ba hamin lahn estefade mikonim va hich vaght fekr nemikonim chizi ke migim chi hess-i dare.

Nurse in charge fori omad, ba visitor sohbat kard va be Aga Jalil goft age bekhad mitoone incident report benevise. Man ham baad-esh bahash chai khordam. Goft "adat kardam", va hamin kheili nagharahatam kard.

Maman, man mikham doctor-i basham ke mesl-e Aga Jalil ba adam-ha raftar kone. Dooset daram, Parisa
"""),

    M("offensive-neg-hungarian-sibling-banter-turo-rudi.eml", O, False, NONE,
      "in Hungarian, a Year 2 student to his younger sister: affectionate teasing ('te hülye', 'kis dög', a playful "
      "'megöllek' over the Túró Rudi she ate from their mum's parcel), thanks for posting his notes, 'szeretlek'; close "
      "sibling banter, no real insult or threat",
      "iphone", ("Ádám Kertész", ex("adam.kertesz")), ("Lili", "lili.kertesz07@gmail.com"),
      "A CSOMAG", "2026-02-18 19:44", """
Lili te hülye 😂

Anya azt mondta, hogy a csomagban tizenkét Túró Rudi volt. Nálam négy érkezett meg. Megöllek, ha hazamegyek húsvétkor, te kis dög!!

De komolyan, köszönöm, hogy lefotóztad és elküldted a jegyzeteimet, amiket otthon hagytam, életmentő voltál a vizsga előtt. Ha átmegyek, veszek neked egy egész doboz Rudit, ígérem.

Szeretlek, vigyázz magadra, és ne edd meg anya süteményét is.
""", sent_from=True),

    M("offensive-neg-climbing-club-welcome-violent-idioms.eml", O, False, NONE,
      "the medics' climbing club secretary to new members: violent-sounding climbing slang and idioms (send it, killed it, "
      "death-grip, deck, whipper, 'we will hunt you down for belay forms'), plus a reminder that members who ask not to be "
      "contacted must be left alone and how to report; nobody threatened or insulted",
      "outlook", ("Bethan Aldous", ex("bethan.aldous")), [("MedClimb Members", "medclimb-members@nottingham.ac.uk")],
      "Welcome to MedClimb - inductions, kit and a few rules", "2026-02-02 12:10", """
Hi all,

A huge welcome to everyone who signed up at the refreshers' fair. You absolutely killed it at the taster session, and special mention to the Year 1 who sent the overhang on her first go with a death-grip that I'm still recovering from watching.

Inductions: belay inductions run on Tuesdays and Thursdays at 6pm at the wall. You must do one before you top-rope. If you haven't handed in your belay competency form we will hunt you down for it, I'm afraid, because the wall will throw us out without them.

Kit: shoes and harnesses are in the club cupboard. Please don't take a harness with frayed stitching, and tell a committee member so we can bin it.

Safety: nobody is going to deck on our watch. Check knots, check buckles, check each other. Lead climbers, expect the odd whipper and make sure your belayer knows you're about to try something silly.

One non-climbing rule. We are a small club and people sometimes know each other from outside. If someone has asked you not to contact them, that applies at the wall too: don't book onto their sessions or wait for them. Anyone who feels uncomfortable can speak to our welfare officer, Priya, in confidence.

See you on the wall,
Bethan
Secretary, MedClimb
"""),

    M("offensive-neg-fair-feedback-to-lecturer-practice-paper.eml", O, False, NONE,
      "Year 2 rep writes to a named anatomy lecturer, kindly: fair, specific criticism of a practice paper (topics not "
      "covered, two key errors), welcomes her back, says nobody expects her to carry everything and suggests fixes; honest "
      "criticism, not meant to wound",
      "thunderbird", ("Hannah Oyelaran", ex("hannah.oyelaran")),
      ("Dr Fenella Ruthven", "fenella.ruthven@nottingham.ac.uk"),
      "Practice paper feedback from Year 2", "2026-03-04 13:40", """
Dear Dr Ruthven,

First of all, on behalf of the year, welcome back. A lot of people have said how glad they are to see you teaching again.

As year rep I've collected some feedback on yesterday's practice paper and thought it would be most useful to send it straight to you.

- About a third of the questions were on the pelvic floor and perineum, which we haven't had lectures on yet, so people weren't sure whether they had missed something.
- Questions 14 and 27 seem to have the wrong answers in the key (we think C and A respectively). I've attached the reasoning a few of us put together.
- The timing was tight: most people didn't finish.

None of this is meant as a complaint about you personally. Several people said your lectures on the upper limb were the clearest of the year. If it would help, a couple of us would be happy to check the key before the next paper, or we could ask the module lead whether a colleague can share the question-writing while you settle back in.

Kind regards,
Hannah Oyelaran
Year 2 Representative
"""),

    M("offensive-neg-lgbt-society-busting-biphobia-myths-blood.eml", O, False, NONE,
      "LGBTQ+ medics society welfare officer to members for Bi Visibility week: quotes biphobic myths ('greedy', 'can't "
      "commit', 'a phase', 'a risk group') in order to debunk them, explains individual donor risk assessment accurately; "
      "mention, not use, nobody targeted",
      "gmail", ("Toby Nwachukwu", ex("toby.nwachukwu")), [("LGBTQ+ Medics", "lgbtq-medics@nottingham.ac.uk")],
      "Bi visibility session + giving blood", "2026-02-23 17:30", """
Hi everyone,

Next Wednesday's lunchtime session is on bi visibility in healthcare, led by two bi-identifying F1s. Pizza provided.

A few myths we'll tackle, because some of us hear them on placement and in our own friendship groups:

- "Bisexual people are greedy" or "want it both ways".
- "They can't commit" or "it's just a phase".
- "Bisexual men are a risk group, whatever the rules say."

None of these hold up. On the last one, since the donor rules changed, everyone who gives blood answers the same questions about their own recent sexual behaviour, regardless of sexuality or gender. It's individual risk, not identity. If you want to donate, do; the blood donation society's spring drive is looking for volunteers and donors.

If anyone has had comments like these aimed at them, our welfare team is here and you can also use the University's Report and Support service.

Toby
Welfare Officer
"""),

    M("offensive-neg-aussie-flatmates-cricket-banter.eml", O, False, NONE,
      "Australian exchange student to his close flatmate after a club cricket match: affectionate Aussie teasing ('you "
      "galah', 'drongo', 'bloody legend'), 'I'll kill ya' over a dropped catch, thanks for covering his first-aid shift; "
      "banter, no real insult or threat",
      "plain", ("Lachlan Bright", ex("lachlan.bright")), ("Ollie Marsh", ex("ollie.marsh")),
      "that catch", "2026-03-08 20:15", """
ollie you absolute galah

dropped a sitter at first slip with the whole medics team watching. my nan could have caught that and she's been dead since 2019. i'll kill ya if you do it again next week

still, 47 off 30 balls, you bloody legend. drinks are on me for the next month

and cheers for covering my first aid shift on saturday, owe you big time, you drongo

lachie
"""),

    # ================================================================== defamatory look-alike negatives (4)
    M("defamatory-neg-chaplaincy-lead-unlocked-donation-box-query.eml", D, False, NONE,
      "Year 4 student to the hospital's chaplaincy team leader, a proper channel, copying her clinical supervisor: a "
      "relative told her she had paid for a blessing and the chapel donation box was left open; reports only what she saw "
      "and heard, names no one, says there may be an innocent explanation; no patient identifier",
      "outlook", ("Naomi Ekwueme", ex("naomi.ekwueme")), ("Chaplaincy Team Leader, Brackenford General", "chaplaincy.lead@brackenford-tr.nhs.uk"),
      "A question about chapel donations and blessings", "2026-02-09 10:02", """
Dear Chaplaincy Team Leader,

I am a Year 4 medical student on the palliative care unit this week. My clinical supervisor, Dr Holroyd, suggested I write to you directly, and I have copied her in.

On Thursday a relative mentioned to me, in passing, that she had "paid for the blessing". I did not know whether there is any charge for chaplaincy visits, and I did not ask her anything further. On Friday evening I also noticed that the chapel donation box was standing open with nobody nearby.

I do not know who was involved in either thing, and there may well be a simple explanation, such as a voluntary donation the relative chose to make or a box left open for emptying. I am not making any accusation and I have not discussed this with anyone else. I thought you would want to know, and I would be grateful if you could tell me whether there is anything I should do.

Kind regards,
Naomi Ekwueme
Year 4 Medical Student
""", cc=[("Dr Margaret Holroyd", "margaret.holroyd@brackenford-tr.nhs.uk")]),

    M("defamatory-neg-spanglish-sourced-gphc-decision-other-pharmacy.eml", D, False, NONE,
      "Spanglish reply to a cousin who asked whether the pharmacy near the student's flat is 'the one in the news': "
      "reports only what a published GPhC fitness-to-practise decision says about a different invented pharmacy, names no "
      "pharmacist, says she knows nothing bad about the local one; sourced and hedged; cousin's question quoted below",
      "gmail", ("Valentina Arce", ex("valentina.arce")), ("Cami", "camila.arce.mia@gmail.com"),
      "Re: la farmacia??", "2026-02-15 10:40", """
Hola prima! No, tranqui, I looked it up.

The story your mom saw is about a pharmacy in Kettleby, not Nottingham. El GPhC, which is the regulator for pharmacists here, publishes its hearing decisions online. According to the published decision, a pharmacist there was suspended for twelve months after supplying antibiotics without prescriptions. The decision doesn't mention anywhere near me and la farmacia de mi barrio no tiene nada que ver.

Honestly, I don't know anything bad about the pharmacist near my flat, he's always been nice when I get my inhaler. If tu mamá needs something when she visits, any pharmacy is fine, and she can always ask to see the pharmacist.

Besitos, nos vemos en abril!
""", quote={
          "from": ("Cami", "camila.arce.mia@gmail.com"), "to": ("Valentina Arce", ex("valentina.arce")),
          "subject": "la farmacia??", "date": "2026-02-14 22:05", "body": """
Vale, mi mamá vio en Facebook something about a pharmacist in England selling antibiotics. Is it the one near your flat?? She's worried lol
"""}),

    M("defamatory-neg-assessment-office-remote-test-irregularity.eml", D, False, NONE,
      "Year 3 student to the Assessment Office, the proper channel: during the online progress test she heard what "
      "sounded like two voices on a shared call in her flat block; says she does not know who, may be wrong, names no one, "
      "has told nobody else and asks how to report it properly",
      "thunderbird", ("Tess Mallinder", ex("tess.mallinder")), ("Assessment Office", "med-assessment@nottingham.ac.uk"),
      "Possible irregularity during the January online progress test", "2026-01-20 09:15", """
Dear Assessment Office,

I am not sure whether this is worth reporting, but the integrity guidance says to tell you rather than anyone else, so I am doing that.

During the online progress test last Wednesday I was sitting it in my room in my shared flat. For about twenty minutes, through the wall, I heard what sounded like two people talking quietly about questions. I could not make out any words clearly, I do not know which room it came from, and it may well have been someone who was not taking the test at all.

I am not accusing anyone and I have not mentioned it to anyone else, including my flatmates. Could you let me know whether you need anything more from me, and whether there is a formal form I should use?

Kind regards,
Tess Mallinder
Year 3
"""),

    M("defamatory-neg-year-rep-relays-official-notice-staff-departure.eml", D, False, NONE,
      "Year 2 rep to the year list after gossip about why a named sports scholarship coordinator left: quotes only the "
      "School's short official notice, says the reason is private, asks people not to speculate or repeat claims and "
      "gives the route for any real concern; hedged, no allegation",
      "iphone", ("Eliot Brannigan", ex("eliot.brannigan")), [("Year 2 Medicine", "med-year2@nottingham.ac.uk")],
      "Sports scholarship contact - please read", "2026-03-12 14:22", """
Hi all,

A few people have asked me what's happened with the sports scholarship scheme. This is the School's notice, word for word:

"Mr Dean Harker has left his role as Sports Scholarship Coordinator. Scholars should contact the Student Services sports team for support in the meantime."

That's all I know, and it's all anyone needs to know. Why someone leaves a job is their own business. I've seen a couple of messages going round making claims about him; I don't know whether any of it is true, and please don't repeat it or add to it.

If you genuinely have a concern about treatment you received as a scholar, the right route is the School's raising-concerns form or your personal tutor, not the group chat.

Thanks,
Eliot (Year 2 rep)
""", sent_from=True),
]
