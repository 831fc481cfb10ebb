"""Batch 9a: 22 labelled emails (8 offensive, 4 defamatory, 10 look-alike negatives), written fresh as a
held-back test set, without reading bedside's rules, word lists, fixtures or earlier mail texts; only the
notes in labels.json were read, to avoid repeating their scenarios, plus batch 5 for the data format.

Every person, hospital, station, care home, club, society and address is invented. No patient identifiers
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
    M("offensive-polite-audism-deaf-classmate-bsl-interpreter-osce-practice.eml", O, True, HO,
      "Year 3 to the clinical skills lead, courteous register: asks to leave an OSCE practice group because a named Deaf "
      "classmate uses a BSL interpreter; deafness 'incompatible with being a safe doctor', his speech 'difficult to listen "
      "to', better 'in a lab', admitted 'to make the numbers look good'; disability prejudice, no swear words",
      "outlook", ("Imogen Latchford", ex("imogen.latchford")),
      ("Dr Farida Oyelaran", "farida.oyelaran@nottingham.ac.uk"),
      "OSCE practice groups - a request", "2026-03-09 08:12", """
Dear Dr Oyelaran,

I hope you are well. I am writing, I hope respectfully, to ask whether I could be moved to a different OSCE practice group for the rest of this term.

I am currently in Group C with Declan Orme, who is profoundly deaf and has a BSL interpreter with him in every session. I want to say first that I have nothing against deaf people and I think it is lovely that the School tries to be inclusive. However, I have to think about my own preparation. Every station takes almost twice as long because everything goes through the interpreter, and we rarely get through more than two cases in an hour.

To be completely honest, I also struggle to see how deafness is compatible with being a safe doctor. You cannot auscultate, you cannot hear a crash call, and patients are frightened enough without having to lip-read their doctor. His speech is quite difficult to listen to for any length of time, and I have noticed the simulated patients finding it off-putting too. I am sure he is very bright, but he would be far better suited to a laboratory career where none of this matters. I don't think I am the only one in the year who feels he was admitted partly to make the numbers look good.

I appreciate this is a sensitive subject and I would be grateful if you kept my request confidential. I simply don't think my OSCE result should suffer because the School wants to look progressive.

With kind regards,
Imogen Latchford
Year 3 MBBS
"""),

    M("offensive-coded-grooming-stereotype-pakistani-heritage-mentor.eml", O, True, HO,
      "reply to a schools-mentoring society committee list: a named British Pakistani classmate should not mentor Year 9 "
      "girls because 'we all know the pattern with a certain community', 'it's not racist to notice', 'his lot' and women; "
      "coded ethnic and religious stereotype, no swear words",
      "gmail", ("George Alderley", ex("george.alderley")),
      ("Mentoring committee", "medimentor-committee@exmail.nottingham.ac.uk"),
      "Re: mentor pairings for Hollowbrook Academy", "2026-03-11 22:47", """
Hi all,

Thanks Priya for sorting the pairings so quickly. Mostly looks great. One thing I'd quietly flag before it goes out to the school.

I'm not comfortable with Imran Qureshi being paired with the Year 9 girls' group. I'm not saying anything about Imran personally, he seems nice enough. But you can't really say this out loud any more, so I'll just say it here: we all know the pattern with a certain community and young white girls. Rotherham, Rochdale, Telford. It isn't racist to notice.

His lot have a very different attitude to women, that's just the culture, and I don't think we should be naive about it when the school has trusted us with their kids. Maybe put him with the boys, or with pupils from his own background where it's less of an issue.

Sorry to be the one to say it. Happy to discuss at Thursday's meeting but probably best not minuted.

George
"""),

    M("offensive-urdu-english-colourism-bengali-classmate-to-cousin.eml", O, True, HO,
      "Roman Urdu/English mix, a Year 1 student to her cousin: a named Bengali classmate in her dissection group mocked "
      "for dark skin ('itni kaali'), 'nobody will marry her', Bengalis 'ganday' and smelling of fish, 'quota'; colourism and "
      "ethnic prejudice, no swear words",
      "iphone", ("Zainab Chaudhry", ex("zainab.chaudhry")), ("Mahnoor", "mahnoor.chaudhry02@gmail.com"),
      "lol dissection group", "2026-03-14 23:05", """
Mahnoor suno, tumhe bataya tha na meri dissection group mein ek larki hai, Ruksana Begum? Bengali hai obviously 😂 yaar itni kaali hai, lab ki lights mein bhi nazar nahi aati. Aur phir bhi roz poora Fair & Lovely ka dabba laga ke aati hai, koi faida nahi.

Ammi theek kehti hain, kaali larkiyon ka rishta mushkil se hota hai. Is ka to koi chance hi nahi, doctor ban ke bhi koi shaadi nahi karega, dowry double deni paregi 😭

Aur honestly Bengali log waise bhi ganday hote hain, uske paas se hamesha machli ki smell aati hai, formalin se bhi zyada 🤢 Main ne group change karne ki request daal di hai. Pata nahi inhe medicine mein lete kaise hain, quota hoga koi.

Anyway Eid pe aa rahi ho? Mehndi wali ko book karna hai
""", sent_from=False),

    M("offensive-pursuing-radiographer-after-dating-app-unmatch-nhs-address.eml", O, True, HO,
      "Year 5 student to a named radiographer's NHS work address after she unmatched him on a dating app and wrote 'please "
      "don't contact me again' (quoted below): found her address on the department page, read her shifts off the rota, will "
      "come to the CT control room, messaged her friend, 'I'll find another way'; pursuing someone who asked for no contact",
      "plain", ("Nathan Birkett", ex("nathan.birkett")), ("Sophie Carrow", "sophie.carrow@nhs.net"),
      "Just hear me out", "2026-03-18 00:41", """
Sophie,

I know you unmatched me and I know what you said in your last message. I've read it a lot of times. But I don't think an app is a fair way to end something after three dates, and I think you deserve to hear my side properly, not in a few lines on Hinge.

I found this address on the radiology department's staff page. I'm on MAU until Easter so I can see the scanning rota, and I know you're on lates on Tuesday and Friday. I'll come down to the CT control room on Friday after my shift finishes so we can talk face to face. I'm not going to make a scene, I just want ten minutes.

I also messaged Laura on Instagram to explain, since she obviously had a say in this. She hasn't replied yet, but I'm sure she'll understand once she's heard it from me.

Please don't block this address as well. If you do I'll just have to find another way to talk to you, and I'd rather it was like this. I think after everything you owe me that much.

Nathan
""", quote={
          "from": ("Sophie Carrow", "sophie.carrow@nhs.net"), "to": ("Nathan Birkett", ex("nathan.birkett")),
          "subject": "Re: dinner", "date": "2026-03-09 19:20", "body": """
Hi Nathan, I've thought about it and I don't want to see you again. Please don't contact me again, on the app or anywhere else. Take care.
"""}),

    M("offensive-implied-threat-su-vp-sport-suspended-medics-rugby-tour.eml", O, True, HO,
      "the medics' rugby vice-captain to the named Students' Union VP Sport who suspended the club's tour: the lads 'aren't "
      "as calm as me', names her car and where she parks, her late bar shift, 'I'd hate for something to happen that I "
      "couldn't stop', reverse it by Friday; threat implied, not stated, no swearing",
      "thunderbird", ("Kieran Maddox", ex("kieran.maddox")), ("Aisha Bello", "su.vpsport@exmail.nottingham.ac.uk"),
      "Tour decision", "2026-03-20 23:58", """
Aisha,

The squad has seen your decision on the tour. I wanted to write to you personally, rather than through the club account, because I don't think you understand how strongly people feel.

Sixty lads have lost their deposits because of you, a lot of them money they didn't have. Most of them have calmed down. Some of them aren't as calm as me, and I can't be everywhere.

You park the white Fiat round the back of the SU building, by the bins where the camera doesn't reach, and you're on the Thursday late at the Cellar Bar until closing. It's dark on that side of campus at that time. I'd hate for something to happen that I couldn't stop.

Nobody is threatening anybody, obviously. I'm just telling you how things are. Have a proper think about whether this suspension is worth it. Reverse it by Friday and I'll make sure everyone settles down.

Kieran
"""),

    M("offensive-dehumanising-self-harm-patients-ed-nights-frequent-flyers.eml", O, True, HO,
      "Year 4 on ED nights to a friend outside medicine: people who self-harm called 'frequent flyers' and 'the pick and mix', "
      "'blubbing for attention', 'if they meant it they wouldn't keep coming back', would suture 'with no local'; dehumanising "
      "mockery of patients, no swear words, no patient identifier",
      "gmail", ("Rupert Haslam", ex("rupert.haslam")), ("Ollie Brandreth", "ollie.brandreth@gmail.com"),
      "nights", "2026-03-24 09:31", """
Survived week one of ED nights. Verdict: half of it isn't medicine, it's babysitting.

Every weekend the same self-harm frequent flyers roll in with the same scratches up their arms, blubbing for attention, and we're meant to drop everything and glue them back together while people with actual illnesses sit in the waiting room. The regs call the end cubicle the pick and mix because you never know which one you'll get. Then the overdose crowd, same three faces every month, like a loyalty card.

If they really meant it they wouldn't keep coming back, would they. I said to the SHO I'd do the next one with no local and see if they still fancied a repeat visit. He laughed, so I don't think it's just me.

Anyway, pints Saturday? Need to be around people who aren't wasting my time.

Rupe
"""),

    M("offensive-sexual-harassment-simulated-patient-actor-after-comms-session.eml", O, True, HO,
      "Year 2 student to a named simulated-patient actor at her agency address after a communication-skills session: 'could "
      "tell there was something between us', comments on her top and body, invites her to a private 'role play' at his flat "
      "where he'll be 'the doctor', 'I won't tell the School if you don't'; sexual harassment, no swear words",
      "iphone", ("Aaron Fielding", ex("aaron.fielding")), ("Rebecca Lyall", "rebecca.lyall@simcast-roleplay.co.uk"),
      "Wednesday's session 😉", "2026-03-26 21:16", """
Hi Rebecca,

I was the guy in Wednesday's comms skills session who did the breaking bad news station with you. I know you were in character but I could tell there was something between us, the way you looked at me when I asked if you had anyone at home.

Honestly I couldn't concentrate on the history because of that top. Whoever picked your outfit knew what they were doing 🔥

Got your email off the agency website. You should come round to mine and we can do a private role play, you can be whoever you want and I'll be the doctor 😉 I'm told I've got a very good bedside manner.

I won't tell the School if you don't x
"""),

    M("offensive-singlish-crude-insults-at-groupmate-skipped-presentation.eml", O, True, HO,
      "Singlish, a Year 2 Singaporean student straight to a named groupmate who skipped their graded presentation: crude "
      "insults ('useless', 'lazy like pig', 'carry balls'), disguised swearing ('knn', 'CB', 'F**k off lah'), threatens a "
      "zero in peer assessment; abuse aimed at a person",
      "plain", ("Marcus Teo", ex("marcus.teo")), ("Bryan Lim", ex("bryan.lim")),
      "today", "2026-03-27 17:44", """
Bryan,

You really damn jialat you know. Whole week never reply the group chat, then today presentation you just never turn up?? Me and Shu Hui had to present your slides on the spot, then Dr Hargreaves ask about the confounders and we both stand there like idiot. Knn you think this one NS ah, can just chao keng and let other people cover for you?

Don't act blur and say you "overslept". Last term journal club also same thing. You lazy like pig, only know how to carry balls with the tutors and then go kaypoh everybody else's marks. Whole group also sian of you already, CB.

Next time don't bother come. We put in the peer assessment you contributed nothing, then see how. F**k off lah seriously.

Marcus
"""),

    # ================================================================== defamatory: hold (4)
    M("defamatory-named-paramedic-leaves-fallers-writes-declined-to-sister.eml", D, True, HD,
      "two-line text to the writer's sister after an ambulance ride-along: a named paramedic at an invented station stated as "
      "fact to leave older people who have fallen on the floor near the end of his shift and write 'declined' on the form; "
      "family, not the proper channel",
      "iphone", ("Olivia Pennington", ex("olivia.pennington")), ("Grace", "grace.pennington@outlook.com"),
      "nan", "2026-04-02 22:10", """
If Nan falls again do NOT let them send Darren Kessell from Brackenfield station. He leaves old people lying on the floor if it's near the end of his shift and writes "patient declined conveyance" so he can knock off on time. Did it twice on my ride-along, everyone at the station knows.
"""),

    M("defamatory-role-ball-committee-chair-spiked-drinks-year-list.eml", D, True, HD,
      "to the whole Year 4 list: 'this year's ball chair' (one person, 'yes, him') stated as fact to have spiked two women's "
      "drinks at the Christmas social and at last year's pub crawl, with the committee covering for him; sent to a year "
      "list, not the police or the University's report route",
      "plain", ("Freya Lindqvist", ex("freya.lindqvist")), ("Year 4 MBBS", "medics-year4@exmail.nottingham.ac.uk"),
      "READ THIS BEFORE YOU BUY A BALL TICKET", "2026-04-06 13:02", """
Everyone,

I'm going to say what nobody on the committee will.

This year's ball chair (yes, him) spiked two girls' drinks at the Christmas social. One of them is a close friend of mine and she woke up in his flat with no memory of getting there. He did exactly the same thing on the freshers' pub crawl last year. It's not a rumour, it's what he does.

The rest of the committee know. They've covered for him all year because he got them the cheap deal on the venue, and they'd rather sell tickets than lose it.

Don't leave your drink anywhere near him on the night, and think hard before you hand over £85 to people who protect him.

Freya
"""),

    M("defamatory-portuguese-named-care-home-manager-sedates-residents-forges-charts.eml", D, True, HD,
      "in European Portuguese, a Year 1 student with weekend care-home shifts to her mother in Portugal: the named manager "
      "of an invented care home stated as fact to drug residents with unprescribed sleeping pills, forge nurses' signatures "
      "on medication charts and lock rooms, 'uma criminosa'; plans to post it on Facebook, not safeguarding or the regulator",
      "outlook", ("Beatriz Fontes", ex("beatriz.fontes")), ("Mãe", "helena.fontes@sapo.pt"),
      "o lar", "2026-04-08 07:55", """
Olá mãe,

Desculpa não ter ligado no domingo, fiz outra vez o turno da noite no lar. Preciso de te contar uma coisa porque já não aguento guardar isto.

A gerente do Elmhurst House, a Sandra Pryce, anda a drogar os residentes. Dá comprimidos para dormir que nenhum médico receitou, tirados das caixas de residentes que já morreram, para que os senhores com demência fiquem quietos e ela possa ter só duas pessoas no turno da noite. Depois preenche as folhas de medicação como se fosse tudo normal e falsifica as assinaturas das enfermeiras. Aos que se levantam muito, tranca a porta do quarto por fora.

Faz isto há anos, e os donos sabem perfeitamente e fecham os olhos porque lhes poupa dinheiro. É uma criminosa, não há outra palavra.

Já contei à Inês e ao pessoal da associação de estudantes portugueses, e este fim de semana vou pôr tudo no grupo de Facebook dos portugueses em Nottingham, para ninguém lá meter os pais. Não digas nada ao pai, ele enerva-se.

Beijinhos,
Bia
"""),

    M("defamatory-named-lacrosse-teammate-stealing-from-changing-room-club-list.eml", D, True, HD,
      "Year 2 to the medics' lacrosse club list: a named teammate stated as fact to be the one taking cash and cards from "
      "bags during training, to have gambling debts and to have used another member's card; won't go to the police, 'I'd "
      "rather everyone knows'",
      "thunderbird", ("Hugo Ferreday", ex("hugo.ferreday")), ("Medics Lacrosse", "medics-lacrosse@exmail.nottingham.ac.uk"),
      "Changing room thefts - it's Josh", "2026-04-13 20:37", """
Hi all,

Everyone's been asking who's been going through bags in the changing room during Wednesday training. It's Josh Tennant.

He's the one who leaves the pitch twenty minutes early every single week for his "physio appointment", and he's been flashing cash around ever since he ran up those betting debts before Christmas. He took forty quid out of my wallet on the 1st and he used Millie's card at the Co-op on Marlowe Road the same evening. That's three of us now.

I'm not bothering with campus security or the police, they'll do nothing, and frankly I'd rather everyone just knows what he is. Lock your stuff up, keep your cards on you, and I don't think he should be anywhere near the seconds captaincy next year.

Hugo
"""),

    # ================================================================== offensive look-alike negatives (6)
    M("offensive-neg-ethics-essay-language-about-self-harm-patients.eml", O, False, NONE,
      "Year 4 ethics essay extract sent to the tutor: analyses pejorative staff language about people who self-harm "
      "('frequent flyer', 'attention-seeking', 'if they meant it', withholding local anaesthetic) as stigma and its effect on "
      "care; quoted to critique, mention not use, no patient identifier",
      "thunderbird", ("Eilidh Macrae", ex("eilidh.macrae")), ("Dr Tomasz Wren", "tomasz.wren@nottingham.ac.uk"),
      "Ethics essay - draft section 3 for feedback", "2026-03-30 16:20", """
Dear Dr Wren,

As agreed in Tuesday's tutorial, here is the draft of section 3 of my essay ("Words at the bedside: stigma and the care of people who self-harm"). I'd be grateful for any comments on whether the argument holds up, and on whether I quote too much.

3. The language of the department

Several of the phrases I heard on my emergency medicine placement will be familiar to anyone who has worked a weekend night. Patients who return are "frequent flyers"; their distress is "attention-seeking"; and a remark I heard more than once was that "if they really meant it, they wouldn't keep coming back". Published accounts from patients describe something worse: being sutured without local anaesthetic, or being told by staff that they were "wasting a bed".

I quote these not to shame individual clinicians, most of whom were kind to the patients in front of them, but because the phrases do work. Each one turns a person in crisis into a category, and a category is easier to deprioritise. Repeat presentation is a marker of risk, not of insincerity, and NICE's self-harm guidance explicitly asks that people be treated with the same dignity and respect as anyone else and be offered anaesthesia for wound care.

I also want to be honest that dark humour can be a coping mechanism for staff who see a lot of distress. Section 4 will argue that the answer is supervision and debriefing rather than silence, and that students are well placed to notice when a joke has stopped being private and started shaping care.

Best wishes,
Eilidh Macrae
Year 4
"""),

    M("offensive-neg-singlish-banter-flatmate-burnt-laksa.eml", O, False, NONE,
      "Singlish, a Year 2 Singaporean student to her close friend and flatmate: affectionate teasing ('you siao ah', "
      "'bodoh but my bodoh'), a playful 'I kill you ah' over a burnt pot of laksa, thanks for a favour, 'exam going to kill "
      "us', ends with love; close-friend banter, no real insult or threat",
      "iphone", ("Tan Wen Xin", ex("wenxin.tan")), ("Jia Hui", ex("jiahui.ong")),
      "MY LAKSA", "2026-04-01 18:03", """
Oi Jia Hui you siao ah?? I come back from the library, my laksa paste gone, the pot burnt until black, and you pretend don't know 😤 I kill you ah. Die die must buy me new one, and not the Tesco one, cannot make it, must be the one from the Asian supermarket near the station.

Ok lah jk. Thanks for covering my sign-off with the ward sister yesterday, I owe you big time. You bodoh but you're my bodoh.

Tonight I cook, you wash up, then we mug renal together? This exam is going to kill us both 😭

Love you
Wen Xin
"""),

    M("offensive-neg-clinical-skills-briefing-intimate-exam-teaching-associates.eml", O, False, NONE,
      "Year 5 peer-teaching lead to the Year 3 list before intimate-examination sessions with professional teaching "
      "associates: frank anatomical vocabulary (breast, pelvic, rectal, testicular examination), consent and chaperones, "
      "and that comments on an associate's body or contacting them outside sessions is misconduct; mention, not use",
      "outlook", ("Hannah Okonkwo-Price", ex("hannah.okonkwoprice")), ("Year 3 MBBS", "medics-year3@exmail.nottingham.ac.uk"),
      "Intimate examination teaching - please read before your session", "2026-04-03 10:05", """
Dear Year 3,

Your intimate examination sessions with our professional teaching associates start after Easter. Please read this before you attend; it is short and it matters.

What the sessions cover:
- Breast examination, including the axilla, with a female teaching associate
- Male genital examination: testicular and inguinal examination, and hernia assessment
- Digital rectal examination and prostate assessment, on a male teaching associate
- Female pelvic examination: speculum and bimanual examination, on a female teaching associate

The teaching associates are trained to give you feedback while you examine them, on your technique, your explanations and how you made them feel. They are experts in their own bodies and in these examinations, and you will learn more from them than from any mannequin.

Consent and chaperones:
You will practise explaining the examination, gaining consent and offering a chaperone every time, exactly as you will with patients. The associate can stop the examination at any point, and so can you.

Professional behaviour:
The associates are colleagues, not patients and not performers. Remarks about an associate's body or appearance, jokes about the session afterwards, asking for personal contact details, or contacting an associate outside a session for any reason are professionalism concerns and will be referred to the School. If anything happens in a session that makes you uncomfortable, tell the clinical skills team the same day.

It is normal to feel nervous or awkward beforehand. Most students say afterwards that these were some of the most useful sessions of the year.

Best wishes,
Hannah Okonkwo-Price
Year 5 Peer Teaching Lead, Clinical Skills
"""),

    M("offensive-neg-deaf-student-reports-remark-to-disability-adviser.eml", O, False, NONE,
      "a Deaf Year 3 student writes to the School's disability adviser, the proper channel: quotes remarks made to him "
      "('deaf people shouldn't be doctors', 'you'd be better off in a lab') to ask how to raise them, and asks about interpreter "
      "booking for OSCEs and an amplified stethoscope; mention, not use, nobody named",
      "plain", ("Joel Amankwah", ex("joel.amankwah")), ("Disability Support, School of Medicine", "med-disability@nottingham.ac.uk"),
      "Interpreter booking for OSCEs, and a remark made to me", "2026-04-07 11:48", """
Dear Disability Support team,

I am a Year 3 student and I am Deaf; I use BSL and I lip-read. I have two things to ask about, one practical and one less so.

First, the practical one. My summative OSCEs are in June, and I would like to make sure the BSL interpreter booking and the extra time between stations from my support plan are in place. I would also like to ask whether the School could lend me an amplified electronic stethoscope for the exam, as mine is being repaired.

Second, during a practice session last week another student said to me, in front of the group, that "deaf people shouldn't be doctors" and that I'd "be better off in a lab where it doesn't matter". I don't want to make a big deal of it and I would rather not name the student at this stage, but it has stayed with me, and I was not sure whether I should report it, or to whom. Could you tell me what the options are, including informal ones?

Thank you for your help, as always.

Best wishes,
Joel Amankwah
Year 3 MBBS
"""),

    M("offensive-neg-mentoring-safeguarding-briefing-grooming-not-ethnicity.eml", O, False, NONE,
      "the schools-mentoring society's safeguarding lead to all mentors: signs of grooming and how to report to the school's "
      "safeguarding lead, quoting the phrase 'grooming gangs' and saying that assumptions about a mentor's ethnicity or "
      "religion are wrong and will not be acted on; mention, not use",
      "gmail", ("Priya Venkataraman", ex("priya.venkataraman")), ("MediMentor mentors", "medimentor-all@exmail.nottingham.ac.uk"),
      "Safeguarding refresher before Hollowbrook starts", "2026-04-09 19:30", """
Hi everyone,

Before the Hollowbrook Academy sessions begin, here is the short safeguarding refresher the school asks us to send every term. Please read it even if you have mentored before.

What to look out for in a pupil:
- An older "boyfriend" or "friend" they are secretive about, or gifts, phones or money they can't explain
- Going missing, getting into cars after school, or suddenly dropping friends
- Anything a pupil tells you about being asked for photos or to meet someone alone

What to do: never promise to keep a secret, write down what was said in the pupil's own words, and tell the school's designated safeguarding lead the same day. Do not investigate yourself.

Our own conduct: no one-to-one contact outside sessions, no personal numbers or social media, and the session room door stays open.

One more thing, because it came up informally this term. Some of you will have seen coverage of "grooming gangs" and heard it tied to one community. Grooming is committed by people of every ethnicity and religion, and the national inquiry into child sexual abuse was clear that focusing on one group means other abuse gets missed. We will act on behaviour that anyone actually observes, and we will never act on assumptions about a mentor's background. If you have a concern about a specific behaviour, come to me or the school directly.

Thanks for doing this, the pupils really value it.

Priya
Safeguarding Lead, MediMentor
"""),

    M("offensive-neg-rugby-captain-tells-club-stop-messaging-su-officer.eml", O, False, NONE,
      "the medics' rugby captain to the club list, copying the club welfare officer: tells members to stop messaging the SU "
      "VP Sport about the tour suspension, says messages mentioning her car and bar shifts read as threats and have been "
      "passed to the SU, sets out the appeal and refund route; firm but not a threat, mention, not use",
      "thunderbird", ("Callum Reid", ex("callum.reid")), ("Medics RFC", "medics-rfc@exmail.nottingham.ac.uk"),
      "Tour suspension - read this, all of you", "2026-03-22 12:15", """
Lads,

I know everyone is gutted about the tour. So am I. But some of you have been messaging Aisha, the VP Sport, directly, and that stops today.

I've seen two of those messages. One mentions where she parks and when she finishes her bar shift. Whatever the person who sent it meant, that reads as a threat, and it would to anyone. I have passed both messages to the SU and to the University's Report and Support service, as I'm required to as captain. Anyone who contacts her again about this, or encourages someone else to, will be suspended from the club while it is looked at.

The proper route is an appeal. I've lodged one on behalf of the club and Ffion, our welfare officer (copied), is helping with it. The SU has confirmed deposits will be refunded in full if the suspension stands, so nobody is out of pocket.

We got ourselves into this with the initiation video. The only way we get a tour back next year is by showing we can behave like a club that deserves one.

Callum
Captain, Medics RFC
""", cc=[("Ffion Davies", ex("ffion.davies"))]),

    # ================================================================== defamatory look-alike negatives (4)
    M("defamatory-neg-ride-along-conveyance-concern-to-placement-lead.eml", D, False, NONE,
      "Year 3 student to the University's pre-hospital placement lead, the proper channel: first-hand, careful account of an "
      "older man left at home after a fall with 'declined conveyance' recorded when the student did not hear him decline; "
      "says he may have missed part of it, names no one in the email, has told no one else, asks what to do",
      "outlook", ("Tariq Bashir", ex("tariq.bashir")), ("Dr Helen Strickland", "helen.strickland@nottingham.ac.uk"),
      "Ambulance placement - something I'd like advice about", "2026-04-10 09:02", """
Dear Dr Strickland,

I'm a Year 3 student and I finished my ambulance ride-along placement last week. Something happened on one shift that I am unsure about, and I would value your advice on what, if anything, I should do.

Towards the end of a late shift we attended an older man who had fallen at home and could not get up on his own. After he was helped into his chair, the crew decided not to take him to hospital. When the form was completed I saw that it recorded that he had declined conveyance. I was in the room for most of the visit and I did not hear him decline; my impression was that he was not really asked.

I want to be careful here. I was outside for a few minutes fetching equipment, so there may have been a conversation I missed, and I don't know the crew's reasoning or what the service's guidance allows. I have not named the crew member in this email, but I can tell you who it was when we speak. I have not discussed it with anyone else.

Could you let me know whether this is something I should report, and if so through which route? I'm happy to come in at any time.

Kind regards,
Tariq Bashir
Year 3 MBBS
"""),

    M("defamatory-neg-honest-opinion-ball-chair-disorganised-reply-to-friend.eml", D, False, NONE,
      "reply to a friend asking whether to vote for a named classmate who chaired last year's ball: honest, unflattering "
      "opinion and checkable criticism (late tickets, food ran out, overspent budget) with credit given, 'that's just my "
      "view', no allegation of wrongdoing; friend's question quoted below",
      "gmail", ("Saoirse Kilbride", ex("saoirse.kilbride")), ("Mei Lin", "meilin.hartley@gmail.com"),
      "Re: should I vote for Ollie??", "2026-04-15 21:26", """
Ha, honestly? I wouldn't, but that's just my view.

Ollie Prescott chaired our ball last year and it was chaos. Tickets went on sale three weeks late, the seating plan came out the night before, and the food ran out by ten so half my table had bread rolls for dinner. The committee minutes afterwards said it went about £2,000 over budget, which is why the tickets for the summer social went up.

In fairness, he got a brilliant band, he was lovely to everyone on the night and he's definitely not lazy, he just says yes to everything and doesn't plan. Maybe he's learnt from it. I'd still vote for Amara though, her freshers' week was run like a military operation.

See you at the library tomorrow?
S x
""", quote={
          "from": ("Mei Lin", "meilin.hartley@gmail.com"), "to": ("Saoirse Kilbride", ex("saoirse.kilbride")),
          "subject": "should I vote for Ollie??", "date": "2026-04-15 20:02", "body": """
ok random question but Ollie Prescott is running for social sec and you were at the ball he organised last year - any good?? I barely know him
"""}),

    M("defamatory-neg-possible-spiking-report-to-report-and-support.eml", D, False, NONE,
      "a Year 4 student reports to the University's Report and Support service, the proper channel, that her drink may have "
      "been spiked at a society ball; says she does not know who, accuses no one, gives what she remembers and the hospital "
      "test, asks about support and whether to go to the police",
      "iphone", ("Amelia Thorne", ex("amelia.thorne")), ("Report and Support", "reportandsupport@nottingham.ac.uk"),
      "Possible drink spiking at Saturday's ball", "2026-04-20 10:14", """
Hello,

I'd like to report something that happened at the medics' spring ball on Saturday night, and to ask what support is available.

I had two glasses of wine over about three hours, which is normal for me. At around 11pm, shortly after coming back from the dance floor to my drink, I felt suddenly dizzy and confused, and I have almost no memory of the next two hours. My friends took me home and stayed with me. I went to the emergency department on Sunday morning and they took blood and urine samples, although they said the results may not show anything.

I don't know who did this, or whether it was done deliberately, and I am not accusing anyone. I haven't posted about it anywhere. I would like to know whether I should report it to the police, whether the venue should be told, and whether I can speak to someone about it, as I am quite shaken.

I am happy to be contacted on this email or by phone.

Thank you,
Amelia Thorne
Year 4 MBBS
""", sent_from=False),

    M("defamatory-neg-sourced-coroner-report-ambulance-fall-delays-journal-club.eml", D, False, NONE,
      "to the emergency medicine journal club list: a sourced summary of an (invented) coroner's Prevention of Future Deaths "
      "report on an invented ambulance service's long waits for older people after falls, quoted from the published report; "
      "notes it names the service, not any crew, and finds no individual at fault",
      "plain", ("Daniel Oyelowo", ex("daniel.oyelowo")), ("EM Journal Club", "em-journalclub@exmail.nottingham.ac.uk"),
      "Journal club 28 April - coroner's report on long lies after falls", "2026-04-22 14:40", """
Hi all,

For next Tuesday, instead of a trial we're looking at a coroner's Prevention of Future Deaths report, which is a public document on the judiciary website. It concerns the Trent Vale Ambulance Service and a man in his eighties who lay on the floor at home for eleven hours after a fall before an ambulance arrived, and who later died.

The coroner's concerns, quoted from the report:
- "Calls for older people who have fallen but are not injured are routinely given the lowest priority, regardless of how long they have been on the floor."
- "There was no consistent process for recording a patient's decision to decline conveyance, or whether that decision had been discussed with them."

It is worth being clear about what the report does and doesn't say. It names the service and the commissioners, not any crew member, and it states that the crews who attended "acted appropriately given the information available to them". The concerns are about priority systems and documentation. The service has 56 days to respond, and its response will be published.

Questions to think about: how long is too long on the floor (think rhabdomyolysis, pressure damage, hypothermia)? What should a good record of declined conveyance contain? And what does this mean for us in ED when a "long lie" arrives?

Dan
EM Society Journal Club lead
"""),
]
