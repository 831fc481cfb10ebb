"""Batch 10a: 22 labelled emails (8 offensive, 4 defamatory, 10 look-alike negatives), written fresh as a
held-back test set, without reading bedside's rules, word lists, fixtures or earlier mail texts; only the
notes in labels.json were read, to avoid repeating their scenarios, and batch 5 for the M(...) format.

Every person, hospital, ward, practice, clinic, society, newspaper and address is invented. No patient
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
    M("offensive-polite-mental-illness-prejudice-bipolar-classmate-acute-take.eml", O, True, HO,
      "Year 3 to his personal tutor, courteous register: asks not to be paired on the acute take with a named classmate "
      "who disclosed bipolar disorder, calls people with serious mental illness 'fundamentally unpredictable' and "
      "dangerous, says the School is naive to admit them; prejudice stated politely, no swear words",
      "outlook", ("Rupert Fairclough", ex("rupert.fairclough")), ("Dr Annika Bright", "annika.bright@nottingham.ac.uk"),
      "Acute medicine pairings - a request", "2026-02-23 08:12", """
Dear Dr Bright,

Thank you for our meeting last week. I wanted to follow up in writing on something I did not feel able to raise in person.

At the wellbeing session on Thursday, Imogen Stroud told the group that she has bipolar disorder and has been on lithium since sixth form. I respect her honesty, but I would be grateful if I could be paired with someone else for the acute medicine take in March.

I do not say this lightly. People with bipolar disorder are, by the nature of the condition, fundamentally unpredictable, and I am not comfortable relying on a partner who could become manic or paranoid at three in the morning with a sick patient in front of us. There is also a well-documented link with violence that I do not think the School takes seriously enough.

More broadly, I think the School is being rather naive in admitting students with serious mental illness at all. Patients are entitled to assume their doctor is stable. I would not want my own family treated by someone in Imogen's position, and I suspect many patients would feel the same if they knew.

I would appreciate it if this could be handled discreetly, and of course I will remain perfectly civil to her.

Kind regards,
Rupert Fairclough
Year 3, Personal Tutor Group 14
"""),

    M("offensive-coded-anti-refugee-terms-global-health-society-asylum-hotel-clinic.eml", O, True, HO,
      "reply to a global health society members' list about a proposed health drop-in at an asylum hotel: coded and "
      "dehumanising anti-refugee terms ('fighting-age men', 'invaders', 'remigration', 'culturally enriched', 'the "
      "replacement is just maths', 'look after our own'), refugees in scare quotes; no slur, no swear words",
      "thunderbird", ("Alistair Crane", ex("alistair.crane")),
      ("Global Health Society members", "globalhealthsoc-members@lists.nottingham.ac.uk"),
      "Re: Proposal - health drop-in at the Wyvern Lodge hotel", "2026-02-25 22:47", """
Before anyone votes on this I'd like to say what I suspect a fair few members are thinking but won't put in writing.

Look at the photos from the hotel. These are not "refugees" in any meaningful sense. They are overwhelmingly fighting-age men who crossed half a dozen safe countries to get here, and every one of them has a brand new phone. An invading army doesn't need to wear uniforms any more, it just needs a dinghy and a solicitor.

Our town has already been culturally enriched enough, thanks. Go and sit in the maternity unit at Lowfield for a morning and tell me the replacement is a conspiracy theory. It's just maths.

If the society wants to do something useful it should be campaigning for remigration, not handing out free sexual health clinics to people who are here to take. Look after our own first. There are pensioners in this city choosing between heating and eating while the boat people get three meals and a GP.

I won't be volunteering, and I'd ask the committee to put the money towards something for British patients.

Alistair
Year 2
"""),

    M("offensive-wounding-to-teaching-fellow-after-low-essay-mark.eml", O, True, HO,
      "Year 2 student sent straight to a named clinical teaching fellow who gave her a low essay mark: mocks his accent, "
      "his three failed training applications, says students call him 'Dr Snooze' and that 'no wonder your wife left'; "
      "meant to wound, no swear words",
      "plain", ("Saskia Renwright", ex("saskia.renwright")), ("Dr Mehmet Koral", "mehmet.koral@nottingham.ac.uk"),
      "My essay mark", "2026-02-27 23:58", """
Dr Koral,

I have read your "feedback" on my ethics essay. I am not going to appeal, because I don't think it is worth my time, but I do think you should hear some honest feedback for once.

Nobody in the year takes you seriously. We call you Dr Snooze. Half the room is on their phones in your sessions because nobody can understand a word you say through that accent, and the other half are laughing at you.

Everyone also knows you applied for surgical training three times and didn't get in. That is why you are stuck marking Year 2 essays at forty, and I imagine it is why you take it out on students who are actually going somewhere. No wonder your wife left.

Maybe think about that before you give the next person a 52.

Saskia Renwright
"""),

    M("offensive-manglish-implied-threat-scholarship-family-classmate-osce-doc.eml", O, True, HO,
      "Manglish (Malaysian English with Malay), a Malaysian Year 3 straight to a named Malaysian classmate he believes "
      "reported his shared OSCE station document: her scholarship bond, 'my uncle on the panel', her father's shop in "
      "Ipoh, 'very sayang if something happen', go and say she made a mistake; threat implied, not stated",
      "gmail", ("Haziq Rahimi", ex("haziq.rahimi")), ("Nur Farah Azlan", ex("nurfarah.azlan")),
      "about the osce doc", "2026-03-02 21:36", """
Farah,

I know it was you who told Dr Whitcombe about the OSCE stations doc. Don't act blur lah, only five of us had the link and the other four already swear it wasn't them.

You're on the government scholarship right? With the bond to go back and serve. My uncle sits on the panel that reviews the scholars every year, he knows everybody in that office. Malaysia very small country you know, people talk, and one bad report from here sampai ke sana very fast.

Your family also still in Ipoh kan, your father's shop near the pasar. Would be very sayang if something happen to your scholarship, or your parents kena disturb because their daughter got such a big mouth over here.

So easy only. You go back to Dr Whitcombe and tell him you salah faham, you made a mistake. Then everybody can move on, no need to make things complicated for anyone. Think properly ok.

Haziq
"""),

    M("offensive-mocking-sexual-health-clinic-patients-loyalty-card.eml", O, True, HO,
      "Year 4 on a sexual health placement to a friend's personal address: mocks clinic attenders as 'the petri dish', "
      "a woman on her fourth visit 'earned a loyalty card', 'the village bike', men 'leaking like a tap', 'hose them "
      "down'; slut-shaming mockery of patients, no swear words, no patient identifier",
      "iphone", ("Theo Mardell", ex("theo.mardell")), ("Barney Okoli", "barney.okoli@outlook.com"),
      "gum week 2", "2026-03-04 19:22", """
week 2 of sexual health and honestly this place is a petri dish with a waiting room

had a girl in today on her fourth visit since christmas. the nurse and i have decided she's earned a loyalty card, tenth swab free. the village bike basically, you could smell it from the door

then a queue of blokes leaking like a tap all swearing blind they "don't know how it happened". yeah mate you fell on it

they should just hose the lot of them down in the car park and save the nhs a fortune. dirty dirty people

pint friday?
""", sent_from=False),

    M("offensive-sexual-harassment-peer-tutor-to-first-year-after-he-declined.eml", O, True, HO,
      "a Year 3 woman who ran anatomy peer tutorials writes to a named Year 1 man after he said he has a girlfriend and "
      "wants to keep things to tutorials (quoted): 'she doesn't have to know', remarks on his body at the gym where she "
      "watches him, 'you owe me after all the extra sessions', will come to his flat Friday; sexual harassment after a no",
      "iphone", ("Georgia Pennock", ex("georgia.pennock")), ("Callum Adeyinka", ex("callum.adeyinka")),
      "Re: Friday", "2026-03-06 00:41", """
Callum come on. Your girlfriend is in Leeds, she doesn't have to know anything. I'm not asking you to marry me

I saw you at the sports centre again this morning, you're always on the rowing machine at 7 and you know exactly what you look like in that vest. Don't pretend you don't notice me watching

And let's be honest, you owe me. I gave you all those extra spotter sessions for free when I didn't have to. Nobody else in my group got that

I'll come round to Lenton Court on Friday after the pub. Leave the door on the latch x
""", quote={
          "from": ("Callum Adeyinka", ex("callum.adeyinka")), "to": ("Georgia Pennock", ex("georgia.pennock")),
          "subject": "Friday", "date": "2026-03-05 18:03", "body": """
Hi Georgia, thanks for the tutorials, they really helped. I'm sorry if I gave the wrong impression but I have a girlfriend and I'd rather we just kept things to the anatomy sessions. Hope that's ok.
"""}),

    M("offensive-jamaican-patois-crude-insults-at-lab-partner-who-told-module-lead.eml", O, True, HO,
      "Jamaican Patois with English, a British-Jamaican Year 2 student straight to a named physiology practical partner "
      "who told the module lead he did none of the write-up: crude insults and disguised swearing ('dutty informa', "
      "'wasteman', 'p***yhole', 'bumbo***t', 'kiss mi rass'); abuse aimed at a person",
      "gmail", ("Jaden Whyte", ex("jaden.whyte")), ("Kieran Lockley", ex("kieran.lockley")),
      "yuh tink mi nuh know", "2026-03-09 17:48", """
Yow Kieran

Yuh tink mi nuh know a yuh run go chat mi business to Dr Pell? Mi see di email. "Jaden never contributed to the analysis." Bwoy yuh a real dutty informa.

Mi do half a di graphs dem while yuh sit deh a eat crisps and yuh go cry to staff like a likkle p***yhole. Pure wasteman behaviour. Yuh cyaan even pipette straight, bumbo***t.

Nuh badda chat to mi inna lab again, nuh badda sit by mi inna lecture. Yuh dead to mi fam. Kiss mi rass.

J
"""),

    M("offensive-scots-sectarian-prejudice-catholic-classmate-surgical-society.eml", O, True, HO,
      "Scots, a Year 4 Glaswegian student to a friend at another university: sectarian anti-Catholic contempt for a named "
      "classmate standing for a surgical society post ('wee Fenian', 'bead-rattler', 'Tim', 'breed like rabbits', 'they "
      "look after their ain'), wants him kept off the committee; religious prejudice, no swear words",
      "thunderbird", ("Craig Buchanan", ex("craig.buchanan")), ("Stuart Rennie", "stuart.rennie@dundeemail.com"),
      "surgsoc elections", "2026-03-11 20:05", """
Stuart,

Mind ah telt ye aboot Declan Maguire, the boy fae Coatbridge in ma year? He's only gone and stood for vice president o the surgical society. A wee Fenian in charge o the committee, that's aw we need.

Ye can spot the Tims a mile aff. Rosary in his locker, ashes on his heid in the middle o a ward round, eight brothers and sisters because his maw's never heard o contraception. They breed like rabbits that lot and then wonder how come there's nae hooses.

Ah'm no bigoted, ah just ken whit they're like. They look after their ain. Gie him the vice presidency and within a year the whole committee will be bead-rattlers fae the west and the rest o us will be makin the tea.

Ah'm gonnae have a word wi a couple o the English lads so they ken whit they're votin for. Cannae be havin it.

Craig
"""),

    # ================================================================== defamatory: hold (4)
    M("defamatory-named-classmate-stole-from-patient-locker-medsoc-committee.eml", D, True, HD,
      "Year 4 to the whole MedSoc committee list before the awards vote: a named classmate stated as fact to have stolen "
      "£80 and a bank card from a patient's bedside locker on placement at an invented hospital and to have had it hushed "
      "up because his mother is a consultant there; 'he is a thief'; a committee list is not the proper channel",
      "outlook", ("Priyanka Desai", ex("priyanka.desai")),
      ("MedSoc Committee", "medsoc-committee@lists.nottingham.ac.uk"),
      "Student Contribution award - please read before Thursday", "2026-02-24 13:30", """
Hi all,

Before we vote on Thursday I think the committee needs to know something about one of the nominees for the Student Contribution award.

Harvey Linfield stole £80 and a bank card from a patient's bedside locker during his care of the elderly block at Lowfield General in November. The ward staff worked out it was him because he was the only one in the bay that afternoon, and the card was used at the Tesco Express by the hospital the same evening.

It never went anywhere because his mother is a consultant anaesthetist at Lowfield and it was quietly hushed up. He was moved to a different ward the next week and nobody said why.

I'm not comfortable with us giving an award to someone who is, plainly, a thief who steals from vulnerable patients. I'd ask that his nomination is withdrawn, and that people think twice before putting him forward for anything else.

Priyanka
Year 4 Rep
"""),

    M("defamatory-role-senior-receptionist-snoops-records-sold-story-residents-group.eml", D, True, HD,
      "Year 5 student, after a GP placement, to the chair of her parents' residents' association asking her to warn "
      "everyone: 'the senior receptionist at Kelham Vale Medical Practice' (described so she is one person) stated as "
      "fact to read neighbours' records for gossip and to have sold a patient's story to a tabloid; not the proper channel",
      "gmail", ("Eleanor Hatherley", "ellie.hatherley@gmail.com"), ("Margaret Oduya", "margaret.oduya@btinternet.com"),
      "Something the street should know about the surgery", "2026-03-03 19:10", """
Dear Margaret,

Mum said you might be the best person to pass this on, as you run the residents' association emails.

I did a four-week placement at Kelham Vale Medical Practice this term, which is where most of Orchard Rise is registered. I think people deserve to know that the senior receptionist there (the one with the silver bob and the red glasses who has been on the front desk for about twenty years) goes into patients' records for no reason other than nosiness. She looks up the neighbours, reads their letters from the hospital, and then repeats it in the staff room and outside school.

She also sold a story about a local footballer's wife's treatment to one of the tabloids a couple of years ago, which is how it got in the papers. Everyone at the practice knows it was her.

I would tell people to be very careful what they say at that desk, and to ask for a different member of staff if they can. Please feel free to forward this round.

Best wishes,
Ellie Hatherley
"""),

    M("defamatory-named-classmate-faked-dyslexia-report-extra-time-year-list.eml", D, True, HD,
      "short iPhone mail to the whole Year 2 list: a named classmate stated as fact not to be dyslexic and to have had his "
      "father pay a private assessor for a fake report to get 25% extra time, 'that's why he topped the year', 'it's "
      "cheating'; a year list is not the proper channel",
      "iphone", ("Nathan Greaves", ex("nathan.greaves")), ("Year 2 MBBS", "mbbs-year2@lists.nottingham.ac.uk"),
      "re the rankings", "2026-03-10 22:14", """
Since everyone's congratulating Oscar Breddon on coming top: he isn't dyslexic. His dad paid a private assessor £600 to write him a fake report so he gets 25% extra time in every exam. He literally bragged about it at pres before the Christmas ball.

That's the only reason he topped the year. It's cheating, and the rest of us are being ranked below him for F1 because of it.
"""),

    M("defamatory-named-aesthetics-nurse-counterfeit-botox-struck-off-hen-party.eml", D, True, HD,
      "Year 4 student to a hen-party group of friends outside medicine: a named aesthetics nurse at an invented salon "
      "stated as fact to use counterfeit Botox bought online diluted with tap water, to have blocked an artery with "
      "filler and called it bruising, and to have been struck off for stealing drugs; not the proper channel",
      "plain", ("Rosie Kettleborough", ex("rosie.kettleborough")),
      [("Amira", "amira.hussein92@gmail.com"), ("Jess", "jess.tanfield@yahoo.co.uk"),
       ("Holly", "holly.brennan@icloud.com"), ("Lauren", "lauren.cheshire@gmail.com")],
      "hen do - DON'T book Glow & Co", "2026-03-12 08:55", """
Hi girls,

Saw on the chat that Lauren's sister wants to book the "tweakments" at Glow & Co on Carrow Street for the hen do. Please don't.

The woman who runs it, Jodie Marlowe, uses fake Botox she buys off a website in China and waters it down with tap water to make it go further. A friend of a friend went to her for lip filler and she injected it into an artery, the woman's lip went grey, and Jodie told her it was bruising and sent her home. She ended up in A&E.

She also isn't even a nurse any more, she was struck off a few years ago for nicking drugs from the hospital she worked at. She's just carried on under the salon name.

Honestly I'm a medical student and I wouldn't let her near my face. Let's do a spa day instead!

Rosie x
"""),

    # ================================================================== offensive look-alikes: no hold (6)
    M("offensive-neg-ethics-essay-mental-illness-stigma-medical-students.eml", O, False, NONE,
      "Year 3 ethics essay extract sent to the tutor: quotes stigmatising views about medical students with bipolar "
      "disorder and psychosis ('unpredictable', 'dangerous', 'shouldn't be doctors') from survey literature in order to "
      "critique them against GMC guidance; names no classmate; teaching about prejudice, not expressing it",
      "outlook", ("Hannah Ashby-Lowe", ex("hannah.ashbylowe")), ("Dr Tomasz Wielgus", "tomasz.wielgus@nottingham.ac.uk"),
      "Ethics essay draft - section 2 for feedback", "2026-02-26 10:04", """
Dear Dr Wielgus,

As agreed in our tutorial, here is section 2 of my ethics essay ("Fitness to practise and serious mental illness") for your comments before the deadline.

2. Stigma from within the profession

Surveys of medical students repeatedly find that peers hold stigmatising beliefs about classmates with serious mental illness. Free-text answers in one study included statements such as "people with bipolar are fundamentally unpredictable", "someone who could go psychotic shouldn't be a doctor" and "patients have a right to a stable doctor". These views are worth quoting precisely because they are so common, and because they are rarely said to the student concerned.

I argue that they rest on three errors. First, they treat a diagnosis as a fixed state rather than a condition that is usually well managed. Second, they overstate the link with violence: people with serious mental illness are far more likely to be victims of violence than perpetrators. Third, they confuse health with fitness to practise, which the GMC is clear are not the same thing; what matters is insight and engagement with treatment.

The consequence of this stigma is that students hide symptoms and avoid support, which is the real risk to patients.

I would be grateful to know whether the quoted survey material needs more context, or whether it reads as though I endorse it.

Best wishes,
Hannah Ashby-Lowe
Year 3
"""),

    M("offensive-neg-jamaican-patois-banter-best-friend-after-osce.eml", O, False, NONE,
      "Jamaican Patois with English, a Year 2 student to his best friend after their OSCE: affectionate teasing ('yuh "
      "mad', 'big head', 'idiot but mi idiot'), violent-sounding idioms used playfully ('yuh kill it', 'mi ago murder a "
      "patty', 'mi ago box yuh if yuh late'), thanks and love; banter, no real insult or threat",
      "iphone", ("Andre Clarke", ex("andre.clarke")), ("Tyrese Campbell", "tyrese.campbell01@gmail.com"),
      "OSCE DUN", "2026-03-09 16:30", """
Tyrese!! Wi DUN bredda. Mi cyaan believe it

Yuh kill it inna di cardio station, mi hear di examiner a laugh wid yuh. Yuh big head gwan get bigger now, mi cyaan badda 😂 Mi did tink yuh gwan forget fi wash yuh hand dem, yuh mad

Real talk tho, tanks fi di practice every night dis week. Mi wouldn't pass di resp station widout yuh. Yuh a idiot but yuh a mi idiot

Mi ago murder a patty an a likkle rum punch tonight. Meet mi at di Cornerhouse 8 o'clock, an if yuh late again mi ago box yuh 😂 Love yuh bro
"""),

    M("offensive-neg-scots-reporting-sectarian-chant-to-club-welfare-officer.eml", O, False, NONE,
      "Scots, a Year 4 footballer writes to the medics' football club welfare officer, the proper channel: reports "
      "spectators' sectarian chanting at a named teammate during a match, quoting the words ('Fenian', a song line) to "
      "say what was heard; did not see who started it; mention, not use",
      "thunderbird", ("Fraser McAllister", ex("fraser.mcallister")), ("Club Welfare Officer", "medicsfc-welfare@su.nottingham.ac.uk"),
      "Sectarian chanting at Saturday's match", "2026-03-15 11:20", """
Hi Beth,

Ah wanted tae flag something fae Saturday's game against the vets, as you're the welfare officer.

In the second half, when Ciaran went doon injured, a wee group on the far touchline started singin a sectarian song at him. Ah heard the words "Fenian" and a line aboot the Pope that ah'd rather no write oot in full. Ah'm fae Glasgow so ah ken exactly whit it was and whit it means, even if maist o the lads didnae. It's anti-Catholic abuse, plain and simple.

Ah didnae see who started it and ah'm no gonnae guess. It might no even have been oor supporters. Ciaran laughed it aff at the time but he was quiet in the changin room efter.

Could ye let me know whit the club's process is here, and whether it goes tae the SU? Ah've no mentioned it tae anybody else. Happy tae write a statement if it helps.

Cheers,
Fraser
"""),

    M("offensive-neg-sexual-health-society-workshop-language-guide.eml", O, False, NONE,
      "a sexual health peer-education society's training lead to volunteers before school workshops: frank anatomical and "
      "STI vocabulary, and a list of stigmatising words pupils may use ('slag', 'dirty', 'riddled', 'the clap') quoted "
      "to explain why volunteers never echo them; ends with 'you'll kill it'; mention, not use",
      "gmail", ("Ife Olaniyan", ex("ife.olaniyan")), ("Peer educators", "sexed-volunteers@lists.nottingham.ac.uk"),
      "Workshop prep - language guide for next week", "2026-03-05 18:40", """
Hi all,

Ahead of the Year 10 workshops at Broxwell Academy next week, a reminder of how we talk about sex and sexual health in the room.

Use the correct words, without embarrassment: penis, vulva, vagina, anus, discharge, condoms (external and internal), chlamydia, gonorrhoea, herpes, HIV, PrEP. Pupils take their lead from us, and if we giggle at "vulva" so will they.

Pupils will almost certainly say things like "slag", "dirty", "riddled" or "she's had the clap". Please don't repeat these back or laugh along. Calmly name what's going on: "people sometimes use words like that to shame someone; STIs are infections, not a judgement about anybody." Never suggest that getting tested often means someone has done something wrong. Testing regularly is the responsible thing.

If a pupil discloses anything that worries you, stop, don't promise secrecy, and tell the school's safeguarding lead straight after the session, as in the training.

Slides are in the shared drive. You'll all kill it, honestly.

Ife
Training Lead
"""),

    M("offensive-neg-refugee-health-drop-in-volunteer-briefing-quoting-hostility.eml", O, False, NONE,
      "the refugee health drop-in coordinator to volunteers: quotes hostile phrases guests and volunteers have heard "
      "outside the venue ('fighting-age men', 'invaders', 'go back on the boats') to prepare them, says not to engage "
      "and how to report; mention, not use, nobody targeted",
      "thunderbird", ("Leila Farahani", ex("leila.farahani")), ("Drop-in volunteers", "refugee-health-volunteers@lists.nottingham.ac.uk"),
      "Saturday drop-in: briefing and what to do if people shout", "2026-03-13 20:30", """
Hi everyone,

Thank you for signing up for Saturday's health drop-in at the community centre on Tanner Street. A few practical things, and one less pleasant one.

Practical: arrive by 9:30, lanyards on, no photographs of guests at all, and no personal details written anywhere except on the clinic forms, which stay with Dr Okwu.

Less pleasant: at the last two sessions a small group stood by the car park. Guests and volunteers heard things like "fighting-age men", "invaders" and "go back on the boats", and one banner said "remigration now". I'm quoting them so nobody is caught off guard, not to give them airtime.

Please don't engage, argue or film them. Walk guests in through the side door, let the centre manager handle it, and write down what was said and when on the incident sheet at reception. If anyone feels unsafe, tell me straight away; you can leave at any time and that's completely fine.

Many of our guests have been through a great deal to get here. Let's make the inside of the building the calm bit of their week.

Leila
Coordinator
"""),

    M("offensive-neg-respectful-single-ask-out-accepts-no.eml", O, False, NONE,
      "Year 3 student to a named classmate, one short respectful invitation for coffee that says a no is completely "
      "fine, that he won't raise it again and it won't change the anatomy group; looks like romantic pursuit, but there "
      "was no earlier refusal and no pressure or sexual remark",
      "plain", ("Samuel Achterberg", ex("samuel.achterberg")), ("Ruth Penhaligon", ex("ruth.penhaligon")),
      "Coffee?", "2026-03-16 17:05", """
Hi Ruth,

This is a slightly awkward email to write, so I'll keep it short. I've really enjoyed working with you in the anatomy group this term, and I wondered if you'd like to get a coffee with me some time, outside of uni stuff.

If not, that's absolutely fine and there's no need to explain. I won't bring it up again, and it won't change anything in the group. I'd just rather ask than wonder.

See you on Thursday either way.

Sam
"""),

    # ================================================================== defamatory look-alikes: no hold (4)
    M("defamatory-neg-missing-money-concern-to-clinical-supervisor-no-one-accused.eml", D, False, NONE,
      "Year 4 student to her clinical supervisor, the proper channel: an older inpatient told her money was missing from "
      "her purse; she reports only what was said, names and suspects no one, says it may have been mislaid, has told "
      "nobody else and asks what to do; no patient identifier",
      "outlook", ("Grace Obuobi", ex("grace.obuobi")), ("Dr Helen Sumner", "helen.sumner@nhs.net"),
      "A patient's concern about missing money - advice please", "2026-02-25 16:45", """
Dear Dr Sumner,

I wanted to let you know about something a patient said to me this afternoon, as I wasn't sure of the right way to pass it on.

While I was taking a history on the care of the elderly ward, an older lady told me she thought some money was missing from her purse. She said she had "about sixty pounds" when she came in and now has around twenty. She was calm about it and said she might have spent some in the hospital shop or left it at home.

I don't know what happened and I'm not suggesting anyone took it. I didn't see anything myself and I haven't mentioned it to anyone else on the ward or in my year. I told her I would pass it to someone who could help, and I let the nurse looking after her know that she was worried about her purse, without saying anything more.

Could you advise whether there is anything else I should do, for example whether it needs an incident form or should go to the ward manager?

Many thanks,
Grace Obuobi
Year 4
"""),

    M("defamatory-neg-year-list-reply-dont-speculate-about-exam-adjustments.eml", D, False, NONE,
      "Year 2 rep replies to the year list after an (unnamed) rumour that 'someone' faked dyslexia for extra time "
      "(quoted): asks people not to speculate or name anyone, explains adjustments are confidential and assessed, gives "
      "the Assessment Office route for genuine concerns; no identifiable person accused",
      "gmail", ("Zainab Qureshi", ex("zainab.qureshi")), ("Year 2 MBBS", "mbbs-year2@lists.nottingham.ac.uk"),
      "Re: extra time??", "2026-03-11 09:02", """
Hi everyone,

Please can we not do this on the year list.

Reasonable adjustments like extra time are confidential and they are not handed out on request. They need an assessment and are agreed by Disability Support, so none of us are in a position to judge whether anyone "really" needs them. Guessing out loud about who has them is unkind to the many people in our year who do, most of whom you'd never know about.

If anyone has a genuine concern about the fairness of an exam, the Assessment Office is the place for it (assessment-office@nottingham.ac.uk), and they will look into it properly. Please don't name or hint at anyone here or in the group chats.

Thanks, and good luck with the block exam.

Zainab
Year 2 Rep
""", quote={
          "from": ("Ollie Pritchard", ex("ollie.pritchard")), "to": ("Year 2 MBBS", "mbbs-year2@lists.nottingham.ac.uk"),
          "subject": "extra time??", "date": "2026-03-10 23:40", "body": """
Is it true someone in our year got extra time with a dodgy dyslexia report? Seems well unfair if so
"""}),

    M("defamatory-neg-sourced-news-report-unlicensed-botox-seizure-to-friends.eml", D, False, NONE,
      "Year 4 student to friends planning a hen do: reports only what an (invented) local paper and the regulator's "
      "statement say about unlicensed botulinum toxin seized from an invented clinic, notes the clinic denies wrongdoing "
      "and nobody has been charged, and gives general safety tips; sourced and hedged",
      "plain", ("Niamh Oyelaran", ex("niamh.oyelaran")),
      [("Chloe", "chloe.maddox@gmail.com"), ("Bex", "rebecca.hurrell@yahoo.co.uk")],
      "aesthetics for the hen do - a few things to check", "2026-03-14 10:15", """
Hi both,

Following up on the chat about booking "tweakments" for the hen do. I'm not trying to be a killjoy, but a couple of things.

The Trentvale Echo reported on Thursday that the medicines regulator seized "a quantity of unlicensed botulinum toxin" from a beauty clinic in Ashby Vale during an inspection. According to the article the clinic says it "strongly denies any wrongdoing" and is cooperating, and nobody has been charged. I don't know anything more than what's in the piece, and it isn't any of the places we've talked about.

It did make me think it's worth checking a few things wherever we go:
- Botox is a prescription-only medicine, so there should be a face-to-face consultation with a prescriber first.
- You can check a nurse on the NMC register or a doctor on the GMC register online.
- Ask what product they use and what they'd do if something went wrong.

Happy to help check anywhere you're considering!

Niamh x
"""),

    M("defamatory-neg-records-access-concern-to-gp-placement-lead.eml", D, False, NONE,
      "Year 5 student to the School's GP placement lead, the proper channel: first-hand, careful account of a reception "
      "staff member at an invented practice opening a record with a remark that worried her; names no one, says there "
      "may be a legitimate reason she doesn't know, has told no one else, asks for advice",
      "outlook", ("Wen Li Tham", ex("wenli.tham")), ("Dr Paul Ingleby, GP Placement Lead", "paul.ingleby@nottingham.ac.uk"),
      "Confidential - advice about something I saw on GP placement", "2026-03-04 09:35", """
Dear Dr Ingleby,

I would like some advice about something I saw during my placement at Kelham Vale Medical Practice, which finished last week.

On one afternoon I was sitting in the back office while a member of the reception team opened a patient's record. She said something like "just seeing what that one's in for", and looked through the recent consultations and hospital letters for a minute or two. I don't know the practice's procedures, and there may have been a perfectly good reason, for example a prescription query or a letter to file, that I wasn't aware of. I only saw it once.

I haven't raised it with anyone at the practice or discussed it with anyone else, and I'd rather not name the member of staff in an email. I also don't want to cause trouble for someone over what may be a misunderstanding.

Could you advise whether this is something I should report, and if so to whom? I'm happy to talk it through in person.

Kind regards,
Wen Li Tham
Year 5
"""),
]
