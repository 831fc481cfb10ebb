"""Batch 7a: 22 labelled emails (8 offensive, 4 defamatory, 10 look-alike negatives), written fresh as a
held-back test set, without reading bedside's rules, word lists, fixtures or earlier mail texts; only the
notes in labels.json were read, to avoid repeating their scenarios, and batch 5's file for the format.

Leaning: general-practice, psychiatry and paediatrics placements, graduate-entry and mature students,
student reps, sports teams, group chats and social-media pages; other languages are Italian, Brazilian
Portuguese and Irish-English slang.

Every person, hospital, ward, practice, club, page and address is invented. No patient identifiers appear
anywhere (no names, dates of birth, numbers or addresses of patients).
"""

from __future__ import annotations

from build import HD, HO, NONE, D, M, O, ex

MAILS = [
    # ================================================================== offensive: hold (8)
    M("offensive-polite-ableism-student-rep-autistic-adhd-adjustments.eml", O, True, HO,
      "a Year 3 academic rep to the staff-student committee chair, polite disability prejudice: autistic students 'by "
      "definition' lack empathy and will never be safe, ADHD a 'fashionable label' for extra time, steer them to "
      "pathology 'where they need not speak to anyone'; no swear words",
      "outlook", ("Rupert Aldane", ex("rupert.aldane")), ("Dr Fiona Kettering", "fiona.kettering@nottingham.ac.uk"),
      "SSC agenda item 4 - OSCE adjustments for neurodivergent students", "2026-01-27 09:12", """
Dear Dr Kettering,

Ahead of Thursday's Staff-Student Committee I wanted to set out, as Year 3 academic rep, some views I have heard from a number of students on item 4, the proposal to extend OSCE adjustments for neurodivergent students.

I should say first that I have every sympathy for these students as individuals. However, I think the School needs to be honest with itself. Autism is, by definition, a condition in which a person cannot read other people or feel empathy in the ordinary way. A doctor who cannot do that will never be safe, however many quiet rooms and extra minutes we give them. Our psychiatry block made this very clear to several of us: one or two of our own classmates would frankly have fitted in better on the other side of the interview room.

ADHD, meanwhile, seems to have become a fashionable label for students who would simply like more time in exams than the rest of us. Every adjustment we hand out devalues the degree for those who sit it on equal terms.

My suggestion would be that, rather than more adjustments, these students are gently steered early on towards specialties such as pathology or radiology, where they need not speak to anyone and cannot do much harm. I would be grateful if this could be minuted as the view of the year.

Kind regards,
Rupert Aldane
Year 3 Academic Representative
"""),

    M("offensive-brazilian-portuguese-coded-racism-black-f1-paediatrics.eml", O, True, HO,
      "Brazilian Portuguese/English to a friend in São Paulo: a graduate-entry student on paediatrics uses Brazilian "
      "coded racism about a named Black F1 ('serviço de preto', 'cabelo ruim', 'entrou por cota', children must think "
      "she's 'a babá', 'não sou racista, mas'); no swear words, no patient identified",
      "gmail", ("Thiago Bernardes", ex("thiago.bernardes")), ("Rafa Tavares", "rafa.tavares88@gmail.com"),
      "notícias da pediatria", "2026-02-03 21:47", """
Fala Rafa, tudo certo aí?

Comecei o bloco de pediatria essa semana, num hospital infantil enorme aqui perto de Nottingham. Os consultants são ótimos, mas a F1 da nossa equipe, uma tal de Dr. Chiamaka Eze, é outra história. Ontem ela esqueceu de pedir metade dos exames no ward round e deixou o handover todo pela metade. Serviço de preto mesmo, não tem outro jeito de dizer.

E aquele cabelo ruim todo armado, não sei como deixam ela entrar na enfermaria assim. Entrou por cota, certeza. Aqui eles chamam de "diversity" e ninguém pode abrir a boca.

Não sou racista, você sabe, tenho até amigo preto. Mas tem gente que não nasceu pra medicina, né? Pelo menos as crianças não estranham, devem achar que ela é a babá kkkkkk

Me conta do plantão aí. Abraço!
Thiago
"""),

    M("offensive-italian-regional-prejudice-terrone-five-a-side-captain.eml", O, True, HO,
      "in Italian, to a friend in Milan: a student on the medics' five-a-side team about a named Neapolitan teammate "
      "made captain, 'terrone', southerners 'un'altra razza', lazy and 'mafiosi', has told the English lads to watch "
      "their wallets when he's in the changing room; regional/ethnic prejudice, no swear words",
      "iphone", ("Lorenzo Brambilla", ex("lorenzo.brambilla")), ("Giacomo", "giacomo.ferri.mi@gmail.com"),
      "calcetto", "2026-02-06 23:18", """
Giacomo! Indovina chi hanno fatto capitano della squadra di calcetto di medicina. Gennaro Esposito. Un terrone di Napoli, te l'avevo detto che c'era.

Non sono razzista, lo sai, ma quelli del sud sono proprio un'altra razza. Arriva sempre in ritardo, non ha voglia di fare niente, parla con le mani e pretende pure di decidere la formazione. Gli inglesi non capiscono, pensano che siamo tutti italiani uguali. Poveri.

Ho già detto ai ragazzi di tenere d'occhio i portafogli quando c'è lui nello spogliatoio, che da quelle parti sono tutti un po' mafiosi. Ridevano, ma un po' ci credevano. Se torna a fare le pizze a Napoli è meglio per tutti.

Ci sentiamo domenica per la partita
Lori
""", sent_from=False),

    M("offensive-irish-english-disguised-swearing-gp-placement-partner.eml", O, True, HO,
      "Irish-English slang, lower-case, aimed straight at a named GP-placement partner who told the GP trainer he "
      "skipped Friday sessions: crude insults and disguised swearing ('absolute gowl', 'langer', 'rat', 'fupp off', "
      "'sh1te', 'go and fcuk yourself', 'bollix'); no threat",
      "iphone", ("Cian Moriarty", ex("cian.moriarty")), ("Eoin Kelleher", ex("eoin.kelleher")),
      "thanks a million", "2026-02-13 18:52", """
eoin ya absolute gowl

dr halloran pulled me aside today and said "a little bird" told him i haven't been in on fridays. there's one other student at ashgrove surgery you sap. a little bird my hole

you're some langer. a rat is what you are, a two faced little rat who'd sell his own granny for a gold star on the eportfolio. sh1te at everything else so you go grassing to the trainer

don't be texting me sorry either. fupp off and go and fcuk yourself, ya bollix
"""),

    M("offensive-wounding-graduate-entry-classmate-failed-psychiatry-osce.eml", O, True, HO,
      "sent straight to a named graduate-entry classmate (a former pharmacist) after she raised a PBL contribution "
      "concern: mocks her age and failed psychiatry OSCE, examiners 'recognised a patient', 'no wonder your husband "
      "left', the group has a chat without her; meant to wound, no swearing",
      "thunderbird", ("Abigail Venning", ex("abigail.venning")), ("Gemma Holroyd", ex("gemma.holroyd")),
      "Re: PBL contributions", "2026-02-19 22:34", """
Gemma,

Since you felt the need to tell our facilitator that I "don't contribute", let me contribute something now.

You gave up a perfectly good job as a pharmacist at thirty-one to sit in a room with people ten years younger than you, and you still failed the psychiatry OSCE. I am not surprised. I think the examiners took one look at you and recognised a patient. The constant oversharing, the crying in the car park, the "I'm just so anxious" - it was only a matter of time.

Honestly, no wonder your husband left. Nobody in Group 9 likes you either. We have a separate chat without you in it and it is so much nicer. Everyone laughs about your little speeches about "when I was in practice".

Maybe think about that before you report anyone else.

Abi
"""),

    M("offensive-implied-threat-to-suspected-confessions-page-admin.eml", O, True, HO,
      "implied threat to a named classmate he believes runs an anonymous 'medic confessions' Instagram page: knows her "
      "flat and floor, 'shame if your laptop went missing', 'people cycling on Derby Road at night', delete it by "
      "Friday; threat implied, not stated",
      "plain", ("Nathan Greer", ex("nathan.greer")), ("Imogen Sallis", ex("imogen.sallis")),
      "@medics.unmasked", "2026-02-24 00:47", """
Imogen,

I know it's you who runs medics.unmasked. It took me about ten minutes to work out, you're not as clever as you think you are.

You posted about me and Lauren last week. I want it gone, and I want a post saying it was made up, by Friday.

You're on the second floor at Harcourt Court, aren't you, the window with the fairy lights. You study in the Greenfield library until it closes most nights and cycle back along Derby Road. It would be a shame if your laptop went missing before finals, with all your notes on it. Or your phone. People have accidents cycling on Derby Road at night as well, it's a terrible road.

I'm not saying anything will happen. I'm just saying you should think about it. Friday.

Nathan
"""),

    M("offensive-sexual-harassment-mature-student-to-classmate-psychiatry.eml", O, True, HO,
      "a 39-year-old graduate-entry student to a named 20-year-old classmate on the same psychiatry placement, after she "
      "asked to keep things professional: has saved her bikini photo from Instagram, comments on her bending over the "
      "notes trolley, 'girls your age don't know what they want', asks for a private photo, will drive her home 'no "
      "arguments'",
      "iphone", ("Gavin Threlfall", ex("gavin.threlfall")), ("Ellie Marchbank", ex("ellie.marchbank")),
      "just us", "2026-03-02 23:09", """
Ellie

I know you said on Tuesday you wanted to "keep it professional" while we're both at Larchfield. I've thought about it and I don't think you really meant it. Girls your age don't always know what they want, that's where a more experienced man comes in.

I saw your holiday pictures on Instagram. The white bikini one especially. I've saved it, hope you don't mind 😉 And you have no idea what you did to me bending over the notes trolley on the ward round today.

Send me something just for me tonight. Nobody else needs to know. And I'm driving you home after clinic on Thursday, no arguments.

G x
""", sent_from=False),

    M("offensive-mocking-paediatric-patients-flk-ugly-baby-league.eml", O, True, HO,
      "to three friends, group-chat style from a paediatrics placement: an 'ugly baby league', coded slang 'FLK' and "
      "'FLP' (funny-looking kid/parents), a child called 'a potato with eyes', parents 'probably cousins', a sneaky "
      "photo for the chat; mockery and dehumanising of child patients, no swear words, no patient identifier",
      "gmail", ("Freya Dunstall", ex("freya.dunstall")),
      [("Soph", "sophie.k.marsh@gmail.com"), ("Jas", ex("jasdeep.rai")), ("Meg", "meg.ollerton@outlook.com")],
      "paeds ugly baby league week 2 👶🏆", "2026-03-06 20:15", """
ok ladies week 2 standings are IN

1st place: bay 4, absolute FLK. head like a potato with two currants for eyes. the dad came in and it all made sense, textbook FLP. gene pool round here is more of a puddle tbh

2nd: the one that screams like a fox in a bin every time you go near it. not ugly exactly, just feral

3rd: twins in the side room, honestly couldn't tell which was which or if either had a face. parents probably cousins lol

took a sneaky pic of number 1 while the nurse wasn't looking, will stick it in the chat. registrar keeps writing "dysmorphic features ?syndromic" in the notes which is just the posh way of saying FLK 😂

votes for next week by friday x
"""),

    # ================================================================== defamatory: hold (4)
    M("defamatory-named-psychiatry-consultant-sedates-for-quiet-nights-flat-chat.eml", D, True, HD,
      "lower-case to a flat group of non-medics: a named consultant on a ward at an invented psychiatric hospital "
      "stated as fact to have patients injected with sedatives for a quiet night, to write false 'aggressive' risk "
      "notes to cover it, and to have been moved on from his last trust for it",
      "gmail", ("Priyanka Mehta", ex("priyanka.mehta")),
      [("Beth", "bethan.howells@gmail.com"), ("Ollie", "ollie.vance97@hotmail.com"), ("Kai", "kai.brennan@gmail.com")],
      "psych placement is grim", "2026-02-10 22:41", """
guys i need to vent about this psych placement

the consultant on elm ward at rowanbank, dr malcolm rendle, basically drugs people to keep the ward quiet. if he fancies an easy night he writes them up for IM lorazepam and haloperidol and gets them injected, even when they're just sat in the lounge watching telly. then he writes "aggressive, posed a risk to staff" in the notes so nobody can question it.

the nurses all know he does it. apparently it's why he got moved on from his last trust, same thing there.

anyway that's my week. pub friday?? x
"""),

    M("defamatory-named-rowing-coach-supplying-steroids-to-novices.eml", D, True, HD,
      "a men's captain to the whole boat club list, copying the alumni association: the named strength and conditioning "
      "coach stated as fact to sell anabolic steroids to novice rowers from his car at the boathouse and to have "
      "tampered with drug-test paperwork; not the proper channel",
      "outlook", ("Harry Lomond", ex("harry.lomond")), ("UNBC members", "boatclub-members@exmail.nottingham.ac.uk"),
      "Darren Pike - what's really going on at the boathouse", "2026-02-27 13:30", """
All,

I'm not going to dress this up. Darren Pike, our strength and conditioning coach, is selling anabolic steroids to the novice squad. He sells them out of the boot of his car in the boathouse car park after Saturday sessions, £60 for a six-week course, and he tells the first years it's the only way they'll make the first VIII.

He has also been tampering with the paperwork when the BUCS testers come, swapping names on the whereabouts sheets so the lads he's supplying are never the ones picked.

Half of you have seen this with your own eyes. He should never be allowed near a university crew again, and I'm copying in the alumni association so they know exactly what their donations are paying for.

Harry Lomond
Men's Captain
""", cc=[("UNBC Alumni Association", "unbc.alumni@gmail.com")]),

    M("defamatory-brazilian-portuguese-paediatric-registrar-hits-children.eml", D, True, HD,
      "in Brazilian Portuguese to the writer's sister in Curitiba: a named paediatric registrar at an invented children's "
      "hospital stated as fact to slap a young child who would not let her examine him, to write in the notes that he "
      "fell, and to 'always' do it; no patient identifier",
      "plain", ("Juliana Ferraz", ex("juliana.ferraz")), ("Mariana Ferraz", "mari.ferraz.cwb@gmail.com"),
      "não acredito no que eu vi", "2026-03-04 21:02", """
Mari,

Preciso te contar uma coisa porque não tenho com quem falar aqui.

A registrar de pediatria do Hospital Infantil de Kestrel Park, Dr. Helen Crossley, bate em criança. Ontem um menininho de uns quatro anos não deixava ela examinar a barriga e ela deu um tapa forte na perna dele, na frente da mãe e de todo mundo. Depois escreveu no prontuário que ele tinha caído da cama e machucado a perna.

E não foi a primeira vez, ela faz isso sempre que uma criança não colabora. As enfermeiras morrem de medo dela e os consultants fingem que não veem.

Não sei nem por que estou te contando, só precisava desabafar. Não comenta com a mamãe, tá?

Beijo,
Ju
"""),

    M("defamatory-named-graduate-entry-classmate-faked-degree-to-confessions-page.eml", D, True, HD,
      "to the admin of an anonymous Instagram confessions page, asking for it to be posted: a named graduate-entry Year 1 "
      "classmate stated as fact to have failed his first degree, forged the certificate and invented five years as a "
      "paramedic to get on the course; 'that's fraud'",
      "iphone", ("Jordan Whitlow", ex("jordan.whitlow")), ("medics.unmasked", "medics.unmasked.dm@gmail.com"),
      "submission - please post anon", "2026-03-09 01:26", """
Hi, please post this anonymously, don't put my name on it

Daniel Achterberg in graduate entry Year 1 lied his way onto the course. He never finished his biomedical science degree at Sheffield, he failed his final year and the certificate he gave admissions is forged. He's been telling everyone he was a paramedic for five years before medicine. He wasn't, he was a volunteer first aider at football matches.

That's fraud and he's taken a place off someone who actually earned it. People deserve to know who they're sitting next to in PBL.

Thanks
"""),

    # ================================================================== offensive look-alikes: no hold (6)
    M("offensive-neg-student-rep-ssc-update-condemning-ableist-remarks.eml", O, False, NONE,
      "a Year 3 rep's staff-student committee update to the year list: quotes ableist remarks heard in the year ('autistic "
      "people can't do empathy', 'ADHD is just an excuse for extra time') in order to say they are wrong and not "
      "acceptable, explains new OSCE adjustments and signposts support; mention, not use",
      "outlook", ("Anjali Ramdas", ex("anjali.ramdas")), ("Year 3 MBBS", "mbbs-year3-list@exmail.nottingham.ac.uk"),
      "SSC update: OSCE adjustments, and a word about how we talk", "2026-02-02 12:05", """
Hi all,

Quick update from Thursday's Staff-Student Committee.

1. OSCE adjustments: from the summer sitting, students with a Disability Support plan can ask for a quieter waiting area, a written copy of each station's instructions and a short pause between stations. This applies to anyone with a relevant plan, not only neurodivergent students.
2. Psychiatry timetable: the clash on Week 6 Wednesday has been fixed.

There is one more thing I was asked to raise. Several of you have told me you've overheard comments in the year like "autistic people can't do empathy" and "ADHD is just an excuse for extra time". Both are simply wrong. Plenty of excellent doctors are autistic or have ADHD, and reasonable adjustments exist so that exams test medicine, not tolerance of fluorescent lights. Remarks like that hurt classmates who are sitting right next to you.

If you'd like to talk about your own support, the Disability Support team and your personal tutor are the place to start. If you've been on the receiving end of comments like these, you can come to me or use the School's raising-concerns form.

Thanks, and good luck with the formative next week.

Anjali
Year 3 Academic Rep
"""),

    M("offensive-neg-brazilian-portuguese-banter-best-friend-gp-week.eml", O, False, NONE,
      "Brazilian Portuguese to a best friend after the first week of a GP placement: affectionate insults ('sua besta', "
      "'sua mala sem alça', 'lerda') and violent-sounding idioms ('te mato se você não vier', 'morri de rir', 'vou "
      "matar uma pizza'); ends with love, no real insult",
      "gmail", ("Beatriz Lacerda", ex("beatriz.lacerda")), ("Carol Nogueira", "carolnogueira.rj@gmail.com"),
      "sua besta!!!", "2026-02-08 19:33", """
Carol, sua besta, você nem respondeu meu áudio de ontem! Que amiga é você, hein?

Primeira semana de GP placement: sobrevivi! A médica que me supervisiona é um amor, e o paciente das dez da manhã contou uma piada tão ruim que eu morri de rir no meio da consulta. Ela também riu, ainda bem.

Tô morta de cansaço. Hoje à noite vou matar uma pizza inteira sozinha e dormir doze horas.

E escuta aqui, sua mala sem alça: te mato se você não vier me visitar na Páscoa. Já olhei as passagens pra você, sua lerda, é só comprar.

Saudade demais. Te amo, beijo!
Bia
"""),

    M("offensive-neg-irish-english-camogie-teammate-banter.eml", O, False, NONE,
      "Irish-English slang between close teammates on the Gaelic games club after a win: affectionate teasing ('ya big "
      "eejit', 'you absolute sap', 'you were langers'), 'I'll kill ya if you're late for the bus', 'the craic was "
      "ninety', 'deadly'; ends with love, no real insult",
      "iphone", ("Aisling Moran", ex("aisling.moran")), ("Róisín Duggan", ex("roisin.duggan")),
      "last night 😂", "2026-02-15 11:48", """
Róisín ya big eejit

How's the head?? You were absolutely langers by ten, you tried to teach the barman a solo run with a beer mat. The craic was ninety though. Fair play on the goal, it was deadly, I'd say the keeper is still looking for it.

You absolute sap, you left your hurley in the taxi again. I rang the company, they have it, you owe me a spice bag.

Bus for Loughborough leaves at 8 sharp Saturday. I'll kill ya if you're late, I'm not holding it for you this time.

Love ya xx
A
"""),

    M("offensive-neg-psychiatry-reflection-quoting-manic-patient-remarks.eml", O, False, NONE,
      "a graduate-entry student's reflection to his psychiatry clinical supervisor quoting a manic patient's sexual "
      "remarks, an insult to a nurse and a threat word for word, to think about disinhibition, boundaries and support; "
      "mention, not use, no patient identifier",
      "thunderbird", ("Tomasz Wójcik", ex("tomasz.wojcik")), ("Dr Aileen Strachan", "aileen.strachan@nhs.net"),
      "Reflection - interview on the acute ward", "2026-02-20 17:26", """
Dear Dr Strachan,

As we discussed at supervision, here is my reflection on the interview on Tuesday. I have left out anything that could identify the patient.

During the mental state examination the patient, who was in a manic episode, became increasingly disinhibited. She said to me, "Come here gorgeous, I'll show you a good time, you won't need a doctor after that," and commented at length on my body. When the nurse sitting in tried to redirect her, she called the nurse "a fat useless cow" and then told me, "I'll have you struck off, I know people, you'll never work again."

At the time I felt embarrassed and unsure whether to carry on. On reflection I recognise this as pressure of speech and sexual disinhibition, typical of mania, and not something to take personally. I did end the interview calmly, which I think was right, but I could have done so earlier, and I should have agreed a signal with the nurse beforehand. Having worked as a paramedic before medicine, I have been on the receiving end of similar remarks before, but I notice I still find it harder when a patient is a similar age to me.

I'd value your view on how to document disinhibited behaviour neutrally, and whether it is usual to debrief the nurse too.

Best wishes,
Tomasz Wójcik
Year 3 (graduate entry)
"""),

    M("offensive-neg-paediatrics-concern-flk-on-handover-board-to-supervisor.eml", O, False, NONE,
      "a Year 4 student raises with her paediatric clinical supervisor, the proper channel, that the pejorative slang "
      "'FLK' was written on the ward's handover board; quotes the term to ask how to raise it and suggests neutral "
      "wording ('dysmorphic features'); nobody named, no patient identifier",
      "outlook", ("Grace Oyelaran", ex("grace.oyelaran")), ("Dr Neil Fairbrother", "neil.fairbrother@nhs.net"),
      "A question about wording on the handover board", "2026-03-05 17:40", """
Dear Dr Fairbrother,

I hope you don't mind me raising something from this week on the ward.

On Wednesday morning I noticed that "FLK ?syndromic" had been written next to one of the bay numbers on the handover whiteboard, which parents can see from the corridor. I understand "FLK" is old slang for "funny-looking kid". I don't know who wrote it and I am not trying to get anyone into trouble; it may well have been meant as shorthand rather than unkindly.

It did make me uncomfortable, though, partly because a parent was standing right by the board. Would it be appropriate for me to mention it at the next ward teaching session, perhaps as part of how we describe dysmorphic features in neutral terms? Or would you prefer to raise it yourself?

Thank you for all the teaching so far; the neonatal examination session was brilliant.

Kind regards,
Grace Oyelaran
Year 4
"""),

    M("offensive-neg-italian-to-father-explaining-terrone-to-team-and-match-idioms.eml", O, False, NONE,
      "in Italian, to the writer's father: she explained to her medics' football team why the word 'terrone' is "
      "offensive after an English teammate picked it up as a joke, and the welfare officer added it to the club code; "
      "also sporting idioms ('le abbiamo massacrate', 'sono morta', 'ti ammazzo se non guardi il video'); mention, not use",
      "gmail", ("Chiara Pellegrini", ex("chiara.pellegrini")), ("Papà", "franco.pellegrini@libero.it"),
      "abbiamo vinto!", "2026-03-12 22:20", """
Ciao papà,

Abbiamo vinto la varsity! 4-0 contro le ragazze di Trent, le abbiamo letteralmente massacrate. Ho fatto un assist e ho corso novanta minuti, adesso sono morta. Ti ho mandato il video del secondo gol: ti ammazzo se non lo guardi entro domani!

Ti racconto anche una cosa meno bella. Un ragazzo inglese della squadra maschile aveva sentito da un altro italiano la parola "terrone" e la usava per scherzo con Sara, che è di Bari. Non sapeva cosa volesse dire davvero. Gli ho spiegato con calma che è un insulto contro la gente del sud, che ha una storia brutta e che per Sara non è affatto una battuta. Si è scusato subito con lei, e la welfare officer l'ha aggiunta agli esempi nel codice di comportamento del club.

Sono contenta di come è andata. Saluta la mamma, vi chiamo domenica.

Un bacio,
Chiara
"""),

    # ================================================================== defamatory look-alikes: no hold (4)
    M("defamatory-neg-psychiatry-rapid-tranquillisation-to-school-concerns.eml", D, False, NONE,
      "a Year 5 student uses the School's raising-concerns route, the proper channel: first-hand observation that "
      "rapid tranquillisation on a psychiatric ward seemed to happen without documented de-escalation, names no one, "
      "says what he did not see and that he may not know the full picture, asks for advice",
      "plain", ("Hamish Carrow", ex("hamish.carrow")), ("Raising Concerns, School of Medicine",
                                                           "medicine-concerns@nottingham.ac.uk"),
      "Concern from my psychiatry placement - advice please", "2026-02-17 16:05", """
Dear Raising Concerns team,

I am a Year 5 student and I would like some advice about something I saw during my recent psychiatry placement. I have not discussed it with anyone on the ward or with other students.

On three occasions over four weeks I saw patients given intramuscular sedation on the ward where I was placed. Each time, from where I was standing, I did not see verbal de-escalation or oral medication offered first, and when I later looked at the notes as part of my clerking I could not find it documented. I want to be clear about the limits of what I know: I was not present for the whole of any of these incidents, I did not see the prescribing decisions, and there may be risk information I was not aware of.

I am not accusing anyone. I would simply like to know whether this is something I should raise, and if so how, and whether you can pass it to someone at the Trust who can look at it properly.

I am happy to meet or to write this up in more detail.

Yours sincerely,
Hamish Carrow
Year 5
"""),

    M("defamatory-neg-boat-club-president-rumours-passed-to-safeguarding.eml", D, False, NONE,
      "the boat club president replies to the club list after rumours about steroids and 'a member of coaching staff': "
      "says nobody knows if any of it is true, asks members not to name or speculate about anyone, has passed it to "
      "University Sport's safeguarding and clean-sport lead, gives anti-doping guidance; the angry quoted message names no one",
      "thunderbird", ("Niamh Tierney", ex("niamh.tierney")), ("UNBC members", "boatclub-members@exmail.nottingham.ac.uk"),
      "Re: rumours about coaching staff", "2026-03-01 10:15", """
Hi everyone,

I know there's been a lot on the group chat since Thursday. A few things, please.

First, none of us knows whether any of what's being said is true. Please don't name anyone, repeat it, or post about it on any socials. If it's wrong, it could do real harm to someone; if it's right, gossip could get in the way of it being dealt with properly.

Second, the committee has passed everything we've been told to University Sport's safeguarding and clean-sport lead, who is the right person to look into it. If you've seen something first-hand, please tell her directly (details in the handbook) rather than the chat.

Third, a reminder for everyone, especially novices: UK Anti-Doping rules apply to BUCS competition, you can check any medication or supplement on Global DRO, and you will never be asked to take anything by anyone at this club. If you're ever offered anything, tell me or the welfare officer in confidence.

Thanks for being sensible about this.

Niamh
UNBC President
""", quote={
          "from": ("Tom Ashdown", ex("tom.ashdown")), "to": ("UNBC members", "boatclub-members@exmail.nottingham.ac.uk"),
          "subject": "rumours about coaching staff", "date": "2026-02-28 23:02", "body": """
Is anyone going to say anything about what people are saying about one of the coaching staff and the novices? Feels like the committee is just ignoring it.
"""}),

    M("defamatory-neg-student-rep-fair-feedback-named-gp-tutor-to-module-lead.eml", D, False, NONE,
      "a GP-placement student rep sends collated feedback to the GP module lead, the proper channel: fair, checkable "
      "criticism of a named GP tutor's tutorials (late starts on four of six weeks, slow feedback) as opinion and "
      "record, with praise too; no allegation of wrongdoing",
      "plain", ("Owen Pritchard", ex("owen.pritchard")), ("Dr Lucy Harrowell", "lucy.harrowell@nottingham.ac.uk"),
      "Year 4 GP placement feedback - Brookfield Surgery group", "2026-03-10 09:30", """
Dear Dr Harrowell,

As GP placement rep for the Year 4 Brookfield Surgery group, I have collated feedback from the six of us ahead of the module review. I have shared this with Dr Ingham as well, as she asked us to be open with her.

What went well:
- Everyone praised Dr Ingham's consultation-skills sessions, especially the video review of our own consultations.
- The surgery team were very welcoming, and the nurse-led clinics were a highlight.

What could be better:
- By our attendance log, the Tuesday tutorial started between 20 and 40 minutes late in four of the six weeks. In our view this squeezed the case discussions.
- Feedback on our case reports took around four weeks, which meant we could not use it before the next report was due.
- Some of us felt the tutorials were hard to follow when they moved between topics quickly; this is a matter of opinion and others liked the pace.

We appreciate that the practice is very busy, and we'd be glad to discuss any of this at the committee.

Best wishes,
Owen Pritchard
Year 4 GP Placement Rep
"""),

    M("defamatory-neg-graduate-entry-rep-dont-share-confessions-post.eml", D, False, NONE,
      "the graduate-entry cohort rep asks the cohort not to share an anonymous Instagram post making serious unverified "
      "claims about a classmate; does not name the classmate or repeat the claims, has reported the page and gives the "
      "School's proper route for real concerns",
      "thunderbird", ("Marcus Delaney-Shaw", ex("marcus.delaneyshaw")),
      ("GEM Year 1", "gem-year1-list@exmail.nottingham.ac.uk"),
      "Please don't share the medics.unmasked post", "2026-03-10 19:55", """
Hi all,

Many of you will have seen the post on medics.unmasked last night making serious claims about someone in our cohort. I'm not going to repeat them or name anyone, and I'd ask you to do the same.

That page is anonymous, nobody has checked anything it posts, and screenshots of it travel fast. Sharing an unverified accusation about a real person can be genuinely harmful, and it can also land you in a professionalism conversation yourself.

I've reported the post to Instagram and let the Year Lead know the page exists. If anyone genuinely has a concern about a classmate's conduct or application, the right route is the School's raising-concerns form or your personal tutor, not a social media page.

Most of us came into medicine after other careers and we know how much it took to get here. Let's look after each other.

Marcus
GEM Year 1 Rep
"""),
]
