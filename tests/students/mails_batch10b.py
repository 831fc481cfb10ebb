"""Batch 10b: 22 labelled emails (8 offensive, 4 defamatory, 10 look-alike negatives), written fresh as a
held-back test set, without reading bedside's rules, word lists, fixtures or earlier mail texts; only the
notes in labels.json were read, to avoid repeating their scenarios, and batch 5 for the file format.

Every person, hospital, hospice, surgery, society, newspaper and address is invented. No patient identifiers
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
    M("offensive-polite-religion-jehovahs-witness-classmate-should-not-qualify.eml", O, True, HO,
      "Year 4 to her personal tutor, courteous register: after an ethics seminar, says a named classmate who is a "
      "Jehovah's Witness should not be allowed to qualify, his faith a 'high-control organisation', Witnesses 'believe the "
      "patient is better off dead', asks the School to screen for it at interview; religious prejudice stated politely",
      "outlook", ("Eleanor Whitcombe", ex("eleanor.whitcombe")), ("Dr Marcus Fenby", "marcus.fenby@nottingham.ac.uk"),
      "A concern after Tuesday's ethics seminar", "2026-02-05 08:14", """
Dear Dr Fenby,

I hope you don't mind me raising something I have been uneasy about since Tuesday's ethics seminar on consent and blood products.

During the discussion Samuel Kettering mentioned that he is a Jehovah's Witness. I want to be careful how I put this, because I have nothing against Samuel as a person, but I honestly don't think people who belong to a group like that should be allowed to qualify as doctors. It is not really a religion in the normal sense; it is a high-control organisation that tells its members what to think, and you cannot expect someone raised inside it to reason independently when it matters. Their whole worldview comes out of a magazine printed in America.

If I were bleeding in resus I would not want a Witness anywhere near the decision. However sincere they are, at some level they will always believe the patient is better off dead than transfused, and I don't see how that can be squared with Good Medical Practice. The same goes for the way they bring up their own children.

Would it be possible for the School to ask about this at interview, or at least to steer students from these backgrounds away from the acute specialties? I appreciate it is a sensitive subject, which is why I am raising it privately with you rather than in the seminar.

With best wishes,
Eleanor Whitcombe
Year 4, Fenby tutor group
"""),

    M("offensive-coded-islamophobia-ethics-society-dinner-halal-reply.eml", O, True, HO,
      "society treasurer replies to the committee list about a request for a halal founders' dinner: coded anti-Muslim "
      "talking points ('our more recent arrivals', counting headscarves in the matriculation photo, 'demographics is destiny', "
      "'enriched out of existence', 'two-tier', Rotherham/Luton); no slur, no swearing; the request is quoted below",
      "thunderbird", ("Rupert Langley-Haig", ex("rupert.langleyhaig")),
      ("MELSoc committee", "melsoc-committee@nottingham.ac.uk"),
      "Re: Founders' Dinner menu", "2026-02-10 22:37", """
Ah yes, the annual accommodation of our more recent arrivals.

I'll be frank, since nobody else on this committee will be. We are the ethics society, and the founders' dinner has been a roast in the Great Hall with wine for forty years. Now we are being asked to make the whole menu halal and move the toast so it doesn't clash with "prayer time". Every year it's another concession, and every year it is taken as their due.

Look at the Year 1 matriculation photo and count the headscarves. Demographics is destiny. Ten years ago you'd have been laughed at for saying that; now it's just arithmetic. Give it five years and this society will be serving dates and orange juice and we will be the ones asking permission. Some of us are still allowed to notice the pattern, surely. Rotherham, Luton, Tower Hamlets, and now the Medical School.

By all means have a halal plate for the handful who need one. But I'm not having my grandfather's society enriched out of existence by people who would never extend us the same courtesy in their own countries. Two-tier everything, as usual.

Rupert
Treasurer
""", quote={
          "from": ("Aisha Rahimi", ex("aisha.rahimi")), "to": ("MELSoc committee", "melsoc-committee@nottingham.ac.uk"),
          "subject": "Founders' Dinner menu", "date": "2026-02-10 18:02", "body": """
Hi all, a few of the Year 1s have asked whether the founders' dinner could be fully halal this year, and whether we could move the toast so it doesn't clash with Maghrib. Any thoughts before I talk to the caterers on Thursday? Aisha (social sec)
"""}),

    M("offensive-wounding-flatmate-won-anatomy-prize-no-friends.eml", O, True, HO,
      "sent late at night straight to a named flatmate who won the anatomy prize: 'not like you have anything else', the flat "
      "has a group chat without her, people only tolerate her because she pays for the Ubers, 'buy a personality'; "
      "meant to wound, no swearing",
      "iphone", ("Chloe Marchetti", ex("chloe.marchetti")), ("Imogen Latchford", ex("imogen.latchford")),
      "congrats I guess", "2026-02-13 00:48", """
Congrats on the anatomy prize Imogen. Genuinely. It must be nice to finally have something, because it's not like you have anything else.

You do know the rest of the flat has a group chat without you in it? We made it in October. Mostly it's us working out where to go so you don't find out. When you came to Nando's that time everyone had already agreed to leave early.

Your mum posting on Facebook about how proud she is of you is honestly so sad. Nobody else is going to tell you this so I will: people are only nice to you because you pay for the Ubers. Enjoy the £50 voucher, maybe put it towards a personality.
""", sent_from=False),

    M("offensive-german-pursuing-ex-through-her-mother-easter-visit.eml", O, True, HO,
      "in German, a German Year 3 student writes to the mother of his ex (a pharmacy student) after both asked him to stop: "
      "dismisses the no-contact request, knows her hospital pharmacy day and Easter trip home, will turn up at the family "
      "house 'anyway', 'she owes me', will find any new number; pursuing someone who asked for no contact",
      "gmail", ("Jonas Brenninkmeyer", "jonas.brenni@gmail.com"), ("Sabine Hartwig", "s.hartwig64@t-online.de"),
      "Lea", "2026-02-18 23:20", """
Sehr geehrte Frau Hartwig, liebe Sabine,

ich weiß, dass Lea Ihnen gesagt hat, dass sie keinen Kontakt mehr mit mir will, und ich weiß auch, dass Sie mich im Dezember gebeten haben, ihr nicht mehr zu schreiben. Aber ich glaube, Sie verstehen nicht, was zwischen uns war. Lea ist im Moment durcheinander, ihre neuen Freundinnen reden ihr Sachen ein.

Ich habe nicht aufgegeben. Ich weiß, dass sie dieses Semester donnerstags in der Krankenhausapotheke im Kingsmead General ist und dass sie über Ostern nach Hause kommt. Ich werde auch da sein. Ich komme am Karfreitag bei Ihnen vorbei, dann können wir alle in Ruhe reden. Sie müssen mir nicht antworten, ich komme trotzdem.

Bitte sagen Sie Lea, dass sie nicht die Polizei oder die Uni einschalten muss, das ist lächerlich. Ich will nur reden. Nach zwei Jahren schuldet sie mir wenigstens ein Gespräch. Wenn sie ihre Nummer wieder ändert, finde ich die neue auch.

Viele Grüße
Jonas
"""),

    M("offensive-pidgin-implied-threat-classmate-reported-dissection-photos.eml", O, True, HO,
      "Nigerian Pidgin, straight to a named classmate who reported him for taking photos in the dissection room: knows where "
      "her parents live, 'person fit waka comot for library 11pm and nobody go see am', 'I no dey threaten you o', retract "
      "before Monday or 'no be my hand'; threat implied, not stated, no swearing",
      "iphone", ("Tunde Adeleke", ex("babatunde.adeleke")), ("Chiamaka Eze", ex("chiamaka.eze")),
      "that anatomy matter", "2026-02-20 21:55", """
Chiamaka, I hear say na you carry my matter go anatomy office. Wetin concern you with wetin dey my phone?

Make I just talk am once. You sabi say your papa and mama dey Enugu, and my people get long leg for that side. Lagos, Enugu, everywhere small. Nottingham sef no big. Person fit waka comot for library 11pm and nobody go see am. I no dey threaten you o, I just dey talk.

You still get time. Go tell them say you no too sure wetin you see, say na mistake. If you do am, e finish for here. If you no do am, anything wey happen after, no be my hand, na your own wahala you carry for head.

Think am well well before Monday.
Tunde
"""),

    M("offensive-disguised-swearing-at-classmate-took-elective-slot.eml", O, True, HO,
      "straight to a named classmate who signed up for a shared elective slot first: crude insults and swearing with disguised "
      "spellings ('sn*ke', 'sh*te', 'tw@t', 'F*ck off'), hopes he gets dysentery, will tell the whole firm; abuse aimed at a person",
      "plain", ("Kieran Mulholland", ex("kieran.mulholland")), ("Josh Petrakis", ex("joshua.petrakis")),
      "cheers for nothing", "2026-02-24 19:06", """
Josh,

So you went behind my back and put your name down for the Cape Town slot the morning after I told you I was applying for it. Classy. You absolute sn*ke.

Don't bother with the "first come first served" sh*te. You knew. You're a two-faced little tw@t and everyone on the firm is going to hear exactly what you did. I hope you get dysentery on day one, genuinely.

F*ck off and don't sit near me on Monday.

K
"""),

    M("offensive-taglish-mocking-movement-disorders-clinic-patients.eml", O, True, HO,
      "Taglish, a Filipino Year 3 student to a friend in Manila after a movement disorders clinic: mocks a man's Parkinson's "
      "tremor ('may sariling disco') and a woman's chorea ('sumasayaw ng Budots'), imitated her in the corridor, calls them "
      "zombies and 'hindi na sila tao, mga gulay na gumagalaw', popcorn for next week; mockery and dehumanising, no patient identifier",
      "gmail", ("Paolo Dimaculangan", ex("paolo.dimaculangan")), ("Rhea Santos", "rhea.santos.md@gmail.com"),
      "freak show clinic haha", "2026-02-26 20:31", """
Rhea!! Grabe yung movement disorders clinic kanina, parang freak show talaga haha.

Yung unang lolo, Parkinson's, nanginginig buong katawan, parang may sariling disco. Hindi ko mapigilang tumawa nung sinubukan niyang pumirma, mas maayos pa sumulat yung pamangkin kong two years old. Tapos may babae with Huntington's, yung chorea niya parang sumasayaw ng Budots lol. Ginaya ko sa corridor para kay Harvey, muntik na kaming mahuli ng nurse.

Honestly wala na silang silbi, mga zombie na lang na naghihintay mamatay. Hindi na sila tao, mga gulay na gumagalaw. Sayang lang yung NHS money.

Next week botox clinic naman for dystonia, magdadala ako ng popcorn 🍿

Miss you, kain tayo pag-uwi ko!
Pao
"""),

    M("offensive-sexual-harassment-medic-parent-to-first-year-mentee.eml", O, True, HO,
      "a Year 5 'medic parent' in a MedSoc mentoring scheme to his named first-year mentee's personal Gmail, taken from the "
      "sign-up sheet, after she asked to keep it to revision: her red dress, invites her alone to his hot tub with a bikini, "
      "'very hands-on teacher', reminds her he writes her scheme report; sexual harassment with leverage, no swearing",
      "outlook", ("Harrison Pike", ex("harrison.pike")), ("Freya Lindqvist", "freya.lindqvist03@gmail.com"),
      "your medic dad :)", "2026-03-02 23:12", """
Hey Freya,

Your medic dad checking in 😉 I got your gmail off the families spreadsheet, hope that's ok, uni email felt a bit formal for us.

I know you said at the social you'd rather just keep it to revision tips, which is fair, but I honestly couldn't stop thinking about you in that red dress. The whole table noticed, trust me. You can't wear something like that and expect people to only want to talk about the brachial plexus.

Anyway I've got loads of my old notes and past papers that would help you massively with the spring exam. Come round to mine on Saturday and I'll go through them with you. Bring a bikini, we've got a hot tub in the garden and the lads will be out. I'll be a very hands-on teacher 😏

Don't tell the other parents, they'd get jealous. And remember I'm the one who writes your end-of-year family report for the scheme, so be nice to me.

H x
"""),

    # ================================================================== offensive look-alikes: no hold (6)
    M("offensive-neg-ethics-essay-prejudice-against-jehovahs-witnesses.eml", O, False, NONE,
      "Year 2 ethics essay section sent to the tutor: quotes hostile survey comments about Jehovah's Witnesses ('a cult', "
      "'brainwashed', 'would rather you died') in order to argue they are prejudice and that conduct, not identity, matters; "
      "teaching about prejudice, mention not use, nobody named",
      "outlook", ("Aaliyah Brennan", ex("aaliyah.brennan")), ("Dr Imogen Castellanos", "imogen.castellanos@nottingham.ac.uk"),
      "Ethics essay - draft of section 3", "2026-02-06 16:40", """
Dear Dr Castellanos,

Please find below the draft of section 3 of my ethics essay ("Conscience, belief and the limits of accommodation"). I have quoted some hostile comments because the section is about them; I hope the framing makes clear that I'm not endorsing them.

3. Prejudice towards Jehovah's Witnesses in clinical settings

Jehovah's Witnesses usually appear in medical ethics teaching as patients who refuse blood. Less often discussed is how they are talked about. In the anonymous free-text answers to the student attitudes survey I analysed (212 responses, released in aggregate by the ethics society), several respondents wrote things such as "it's a cult, not a religion", "they're brainwashed from birth" and "a Witness doctor would rather you died than got a transfusion". One respondent suggested that Witnesses "should be screened out at interview".

These comments treat a whole faith as if every member held the same view and would act on it against a patient. That is not supported by any evidence. Witness clinicians work across the NHS, and GMC guidance on personal beliefs already requires any doctor with a conscientious objection to a procedure to tell the patient and make sure they can see another doctor without delay. Treating a religious identity as proof of unfitness is the kind of discrimination the Equality Act 2010 forbids, and we would recognise it at once if it were aimed at Catholic or Muslim colleagues.

I argue that the right ethical question is about conduct, not identity: does this clinician respect the patient's own choice and make sure care is not delayed? That applies equally to a Witness who would not personally give blood, a Catholic who would not prescribe contraception, and an atheist who privately thinks a patient's faith is foolish.

I would really value your view on whether I have used too many of the survey quotes, and whether I should cite the GMC guidance by paragraph.

Best wishes,
Aaliyah Brennan
Year 2
"""),

    M("offensive-neg-society-president-halal-dinner-and-coded-language-reminder.eml", O, False, NONE,
      "ethics society president to the members' list: founders' dinner menu with halal, vegetarian and kosher options and "
      "the toast moved; names coded anti-Muslim phrases used on the committee thread ('enrichment', 'demographics is "
      "destiny', 'two-tier') to say they are unacceptable and were referred to the SU; mention, not use, nobody named",
      "thunderbird", ("Tom Achterberg", ex("tom.achterberg")), ("MELSoc members", "melsoc-members@nottingham.ac.uk"),
      "Founders' Dinner: tickets, menu and a word about the committee thread", "2026-02-16 12:05", """
Dear members,

The Founders' Dinner is confirmed for Friday 6 March in the Great Hall. Tickets go on sale on Monday at 12:00.

Menu: the caterers will do a halal main, a vegetarian main and a kosher meal on request, and there will be soft drinks on every table alongside the wine. The toasts will come after the main course, at about 20:45, so nobody has to choose between the toast and prayer. Thank you to Aisha for sorting all of this.

One more thing. Some replies on the committee thread about the menu used phrases such as "enrichment", "demographics is destiny" and "two-tier", and talked about counting headscarves in a year photo. Those are not neutral words; they are well-known anti-Muslim talking points, and they have no place in a society about ethics or anywhere else. The committee has passed the thread to the Students' Union under the society code of conduct, and the person concerned has stepped back from the committee while that happens. I'm not naming anyone and I'd ask you not to speculate.

If you want to talk about dietary needs, access or anything else about the evening, email me or our welfare officer, Grace, at melsoc-welfare@nottingham.ac.uk.

See you there,
Tom Achterberg
President, Medical Ethics & Law Society
"""),

    M("offensive-neg-pidgin-banter-flatmate-ate-the-jollof.eml", O, False, NONE,
      "Nigerian Pidgin between close friends and flatmates: affectionate teasing ('ode', 'your head no correct'), a playful "
      "'I go wound you' over eaten jollof, thanks for pharmacology notes, 'I go come drag you' to the library, 'love you well "
      "well my sister'; banter, no real insult or threat",
      "iphone", ("Ngozi Okonkwo-Bello", ex("ngozi.okonkwobello")), ("Folake Adebanjo", ex("folake.adebanjo")),
      "MY JOLLOF", "2026-02-21 13:17", """
Folake! Na you chop the jollof wey I keep for fridge abi? Ode. Your head no correct at all. I go wound you when I reach house 😂😂

But serious matter, thank you die for the pharmacology notes, you be my person. If no be you I for don fail that quiz. Tonight we go library, if you no show I go come drag you commot from that bed myself. No vex.

Love you well well my sister. Buy another jollof for me sha 😤❤️
Ngozi
"""),

    M("offensive-neg-taglish-to-mum-movement-disorders-clinic-respectful.eml", O, False, NONE,
      "Taglish, a Filipino Year 3 student to her mother after a movement disorders clinic: admires a man with Parkinson's "
      "showing his drawing despite a tremor, praises the consultant, idioms ('patay na ako sa pagod'); respectful, nobody "
      "mocked, no patient identifier",
      "gmail", ("Bea Villanueva", ex("beatriz.villanueva")), ("Mama", "lourdes.villanueva1968@yahoo.com"),
      "clinic today", "2026-02-26 21:02", """
Ma, kumusta kayo diyan?

Ang ganda ng araw ko kanina sa movement disorders clinic. Grabe, ang tapang ng mga pasyente. May isang lolo na may Parkinson's, nanginginig yung kamay niya pero pinilit niya pa ring ipakita sa akin yung drawing niya para sa apo niya. Naiyak ako ng konti pagkatapos, huwag mo nang ikuwento kay Tita hehe. Yung consultant, ang bait niya, tinuruan niya ako kung paano kausapin yung pamilya nang hindi nagmamadali.

Pagod na pagod ako, patay na ako sa pagod talaga, pero sulit. Next week botox clinic naman for dystonia, excited na ako!

Love you Ma, tatawag ako sa Sunday.
Bea
"""),

    M("offensive-neg-medsoc-families-welcome-idioms-and-boundaries.eml", O, False, NONE,
      "MedSoc families officer to the medic-parents list: dates with playful idioms ('smash it', 'dying to meet you', 'we "
      "will hunt you down', 'killer quiz', 'don't murder each other'), plus rules: no personal addresses from the sign-up "
      "form, no romantic or sexual approaches or remarks on looks, no leverage; nobody insulted or threatened",
      "thunderbird", ("Priyanka Sood", ex("priyanka.sood")), ("MedSoc medic parents", "medsoc-families-parents@nottingham.ac.uk"),
      "Medic families: you're parents now!", "2026-02-03 18:30", """
Hi parents!

Thank you SO much for signing up. You're going to absolutely smash it. Your kids have been allocated (see the spreadsheet on the Teams channel) and they are dying to meet you.

Dates for your diary:
- Family picnic: Saturday 14 March, Elmstead lawn, 1pm
- Killer quiz night: Thursday 26 March, the Hollins bar, 7pm (we WILL hunt you down if your family isn't registered by the 20th)
- Spring exam survival session: date to follow

Some ground rules, because we have to and because they matter:
- Contact your kids on their university email, not the personal numbers or addresses on the sign-up form. Those are for the committee only.
- The scheme is for support and advice. Romantic or sexual approaches to your kid, or remarks about how they look, are not ok and will go to MedSoc welfare and, where needed, the School.
- Meet in public or as a group, not alone at your house.
- You don't write any report on your kids and nobody gains anything by keeping you happy. If a kid says they'd rather keep it to revision tips, that's their call.
- If you're worried about a kid, talk to me or to our welfare officer.

Now go and be the cool aunt or uncle you were born to be. And please don't murder each other over the quiz.

Priyanka
MedSoc Families Officer
"""),

    M("offensive-neg-apology-to-classmate-who-reported-dissection-photos.eml", O, False, NONE,
      "to a named classmate who reported him to the anatomy office for photos on his phone: admits he was angry, says she "
      "was right and did it the proper way, has deleted them and accepted the outcome, will not tolerate others giving her "
      "grief, offers to swap groups; a sincere apology that looks like a confrontation, no threat",
      "plain", ("Ben Hollister", ex("ben.hollister")), ("Rosie Tamang", ex("rosie.tamang")),
      "Monday", "2026-02-22 17:45", """
Rosie,

I owe you a proper message rather than the face I pulled at you on Monday.

I was angry when I found out it was you who told the anatomy office about the photos on my phone. I'm not going to pretend I wasn't. But I've had the weekend to think, and you were right. They were donors who gave their bodies so we could learn, and I should never have taken pictures, whatever I told myself about revision. I've deleted them, I've met Dr Okafor and the donor programme lead, and I've accepted the outcome of the professionalism meeting.

You did the right thing and you did it the proper way. Nobody in the group should give you a hard time for it, and if anyone does, that's on them, not you; I've told them as much. I'd like us to carry on in the same Thursday group if you're comfortable with that, and if you'd rather swap I completely understand.

Sorry, again.

Ben
"""),

    # ================================================================== defamatory: hold (4)
    M("defamatory-named-rag-trek-organiser-pocketed-sponsorship-to-sponsors.eml", D, True, HD,
      "Year 2 student to the family friends who sponsored her charity trek, copying her mother: a named Year 5 trek organiser "
      "stated as fact to be stealing the money through his brother's 'expedition company' and fake invoices, keeping most "
      "of £38,000, two years running; sponsors are not the SU, charity regulator or police",
      "outlook", ("Bethan Pryce-Jones", ex("bethan.prycejones")),
      [("Carys Morgan", "carys.morgan@btinternet.com"), ("Gareth Lewis", "gareth.lewis62@gmail.com"),
       ("Huw and Delyth Evans", "huwdelyth.evans@outlook.com")],
      "The Atlas trek - where your money went", "2026-03-04 20:10", """
Dear all,

Thank you again for sponsoring me for the Atlas Mountains charity trek last summer. Between you, you gave £1,240, and I told you it was going to the children's hospice. I'm afraid I have to tell you that most of it didn't.

The trek is organised by Callum Dorsey, a Year 5 student here who runs it every year through RAG. He has been stealing from it. The "expedition company" that charged us for flights, guides and kit is run by his brother, the invoices were inflated or simply made up, and Callum kept the difference. Of the roughly £38,000 our group raised, the hospice received under £9,000. He did exactly the same the year before, and that is how he paid for his car.

I feel sick that I asked you for money and it ended up in his pocket. Please don't give to anything he is involved with again, and do pass this on to anyone else you know who sponsored the trek.

With love and apologies,
Bethan
""", cc=[("Mum", "sian.pryce-jones@btinternet.com")]),

    M("defamatory-hinglish-role-gp-senior-partner-opioids-golf-friends.eml", D, True, HD,
      "Hindi-English (Hinglish) to a cousin: 'the senior partner at Hollybank Surgery in Radcliffe Moor' (one person, invented "
      "practice), the student's GP tutor, stated as fact to write codeine and tramadol for golf friends unseen and "
      "unrecorded, drink at lunch before afternoon surgery and have an affair with a patient; family, not the proper channel",
      "gmail", ("Ishaan Mehrotra", ex("ishaan.mehrotra")), ("Kabir Mehrotra", "kabir.mehrotra.dl@gmail.com"),
      "GP placement ka sach", "2026-03-06 22:44", """
Bhai,

tu pooch raha tha na GP placement kaisa chal raha hai. Sach bataun? Radcliffe Moor ki Hollybank Surgery ka senior partner, jiske under main hoon, ek number ka fraud hai. Woh apne golf club wale doston ko bina dekhe codeine aur tramadol ke prescriptions likh deta hai, aur records mein kuch nahi daalta. Lunch pe pub jaake do-teen pint peeta hai aur phir afternoon surgery karta hai. Aur uska ek patient ke saath affair chal raha hai, poori practice ko pata hai, receptionist bhi yahi bolti hai.

Seriously, kisi din koi mar jayega uski wajah se aur sab chup rahenge. Ghar pe kisi ko mat bolna, Papa tension le lenge.

Chal, weekend pe call karta hoon.
Ishaan
"""),

    M("defamatory-role-tuesday-anatomy-demonstrator-posts-donor-photos-year-list.eml", D, True, HD,
      "lower-case to the whole Year 1 list: 'our tuesday anatomy demonstrator, the orthopaedic trainee with the beard who runs "
      "the lower limb sessions' (one person) stated as fact to photograph donors, post them with jokes on a private "
      "Instagram and sell some to a true-crime account, with the department covering for him; a year list is not the proper channel",
      "plain", ("Lewis Garraway", ex("lewis.garraway")), ("Year 1 Medicine", "medicine-year1@nottingham.ac.uk"),
      "re tuesday anatomy - read this", "2026-03-09 23:03", """
for anyone who hasn't heard yet:

our tuesday anatomy demonstrator, the orthopaedic trainee with the beard who runs the lower limb sessions, has been taking photos of the donors on his phone and putting them on a private instagram with "jokes" underneath. he's been doing it since last year and he's sold some of the pictures to a true crime account. the anatomy department knows and has done nothing because he's mates with the lead.

don't let him anywhere near your dissection table and don't laugh along with him. the families of those donors deserve better.

lewis
"""),

    M("defamatory-named-hospice-volunteer-coordinator-gropes-volunteers-short.eml", D, True, HD,
      "three lines to a friend thinking of volunteering: the named volunteer coordinator at an invented hospice stated as fact "
      "to grope young women volunteers in the linen store, to have done it to 'at least three girls from our year' and to "
      "have been thrown out of the Scouts for it; a friend is not the proper channel",
      "iphone", ("Amelia Fairbrother", ex("amelia.fairbrother")), ("Lottie Hargreaves", "lottie.hargreaves@outlook.com"),
      "don't volunteer at Thornfield", "2026-03-11 08:26", """
Don't sign up to volunteer at Thornfield Lodge Hospice while Graham Tully is still the volunteer coordinator. He gropes the young women volunteers in the linen store, he's done it to at least three girls from our year, and he got thrown out of the Scouts for the same thing years ago.

Seriously, do the food bank instead x
"""),

    # ================================================================== defamatory look-alikes: no hold (4)
    M("defamatory-neg-charity-trek-costs-question-to-su-rag-office.eml", D, False, NONE,
      "a Year 2 trek participant asks the Students' Union RAG office, the proper channel, for a breakdown of how much "
      "sponsorship reached the charity and how the operator was chosen; names the organiser only as the one who arranged it, "
      "says she suggests nothing wrong and has told no one else",
      "thunderbird", ("Nadia Kowalczyk", ex("nadia.kowalczyk")), ("SU RAG Office", "rag-office@su.nottingham.ac.uk"),
      "Atlas trek 2025 - breakdown of money raised?", "2026-03-05 10:15", """
Dear RAG team,

I took part in the Atlas Mountains trek last summer and raised £980 from family and friends for the children's hospice. A few of my sponsors have asked how much of the money actually reached the charity, and I realised I don't know how to answer them.

From the trek pack, I understand that each participant's costs (flights, guides and kit) were paid to the expedition operator out of the money raised, and that the trek leader, Callum Dorsey, arranged the operator. I'm not suggesting anything is wrong. I simply don't understand the breakdown and would rather ask you than guess. In particular:
- what proportion of the total raised went to the hospice, and what went on costs;
- how the operator was chosen, and whether the contract went through the Students' Union;
- whether there is a published account I could share with my sponsors.

I haven't said anything to my sponsors beyond that I'm finding out, and I haven't discussed it with anyone else on the trek. If there is a better person to ask, please point me to them.

Many thanks,
Nadia Kowalczyk
Year 2 Medicine
"""),

    M("defamatory-neg-year-rep-sourced-hedged-donor-images-news-story.eml", D, False, NONE,
      "Year 1 rep to the year list about an (invented) local paper's story on images of donated bodies shared online: quotes "
      "what the paper and the University's statement say, notes no one is named, asks people not to guess names or point at "
      "demonstrators, gives the proper routes; sourced and hedged, no allegation",
      "outlook", ("Theo Mwangi", ex("theo.mwangi")), ("Year 1 Medicine", "medicine-year1@nottingham.ac.uk"),
      "The Courier story - what it actually says", "2026-03-10 12:40", """
Hi everyone,

A few of you have messaged me about the story in this morning's Trentside Evening Courier, so here is what it actually says.

The Courier reports that the University is "investigating after images said to show donated bodies were shared on a private social media account". It says the University has informed the Human Tissue Authority and that the account has been taken down. The report does not name anyone, and the University's statement (quoted in the article) says only that "an investigation is under way and it would be inappropriate to comment further".

That is all we know. We don't know who was involved, whether it has anything to do with our School, or whether the story is accurate. Please don't guess at names in the group chats or on Instagram, and please don't point at any of our demonstrators, none of whom has been accused of anything by anyone official. Rumours like this can wreck someone's career and can't be unsaid.

If you have actual information, take it to the donor programme lead or the School's raising-concerns inbox, not to the year chat. If the story has upset you, the anatomy team has said they are happy to talk, and Student Wellbeing is there too.

Theo
Year 1 rep
"""),

    M("defamatory-neg-hinglish-honest-opinion-gp-tutor-to-cousin.eml", D, False, NONE,
      "Hindi-English (Hinglish) to a cousin after the first week of a GP placement: honest, mixed opinion of a named GP tutor "
      "(long-winded tutorials, sometimes late, slow to sign the logbook, 'will put it in the feedback form') with praise for "
      "how he treats patients; opinion and fair criticism, no allegation of wrongdoing",
      "gmail", ("Ritika Bhandari", ex("ritika.bhandari")), ("Arjun Bhandari", "arjun.bhandari97@gmail.com"),
      "GP week 1", "2026-03-07 19:20", """
Arjun bhaiya,

GP placement ka first week khatam! Honestly mixed feelings hain. Mera GP tutor, Dr Pemberton, thoda old school hai. Tutorials mein bahut lamba bolte hain, kabhi kabhi 10-15 minute late aate hain, aur feedback dene mein bhi slow hain, abhi tak mera logbook sign nahi kiya. Thoda frustrating hai, main module feedback form mein likh dungi.

Par patients ke saath woh kamaal ke hain yaar. Ek elderly uncle ke saath poore 20 minute baith ke baat ki, unko bilkul jaldi nahi karaya. Mujhe laga, main bhi aisi doctor banna chahti hoon.

Baaki sab theek hai. Mummy ko bolna main Sunday call karungi.
Ritika
"""),

    M("defamatory-neg-hospice-volunteer-concern-to-volunteer-services-manager.eml", D, False, NONE,
      "a Year 1 student volunteer writes to the hospice's volunteer services manager, the proper channel: first-hand, careful "
      "account of the named coordinator standing close and putting a hand on her waist in the linen store, says it may have "
      "been nothing, has told no one else, asks what to do and to be paired differently",
      "iphone", ("Sophie Lund", ex("sophie.lund")),
      ("Margaret Oyelaran", "m.oyelaran@thornfieldlodgehospice.org.uk"),
      "Something from last Wednesday's shift", "2026-03-10 07:52", """
Dear Margaret,

I'm one of the student volunteers on the Wednesday afternoon shift. Sorry to email from my phone, but I wanted to ask you about something before my next shift and I wasn't sure who else to go to.

Last Wednesday Graham asked me to help him count linen in the store room. While we were in there he stood very close behind me and put his hand on my waist for a few seconds. He didn't say anything and it may have been nothing, he might just have been squeezing past, but it made me uncomfortable and I left as soon as I could.

I haven't talked about it with the other volunteers and I don't want to cause trouble for anyone. I'd just like to know what I should do, and whether I could be paired with someone else for store-room jobs for now.

Thank you,
Sophie Lund
Year 1 Medicine, student volunteer
"""),
]
