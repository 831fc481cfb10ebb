"""Batch 12b: 22 labelled emails (8 offensive, 4 defamatory, 10 look-alike negatives), written fresh as a
held-back test set, without reading bedside's rules, word lists, fixtures or earlier mail texts; only the
notes in labels.json were read, to avoid repeating their scenarios, and batch 5 for the format.

Every person, hospital, ward, practice, society, campaign group and newspaper is invented. No patient
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
    M("offensive-polite-hiv-stigma-classmate-suturing-workshop-committee.eml", O, True, HO,
      "Year 3 vice-president to the surgical society committee list, courteous register: outs a named member as HIV "
      "positive, says 'people with his lifestyle' should not handle scalpels beside others and proposes a health "
      "declaration to keep him off the workshop; health-status and coded sexuality prejudice, no swear words",
      "outlook", ("Imogen Ratcliffe", ex("imogen.ratcliffe")),
      ("SurgSoc Committee", "surgsoc-committee@lists.nottingham.ac.uk"),
      "Suturing workshop - a sensitive point before we confirm places", "2026-01-14 21:36", """
Hi all,

Before we send out confirmations for the suturing workshop on the 31st, there is something I feel I have to raise, and I would ask that it stays within the committee.

I have been told by someone who knows him well that Daniel Okonkwo-Reyes, who has a place in the second session, is HIV positive. I have absolutely nothing against him as a person and I am sure he is perfectly pleasant. However, we will have twenty students working with scalpels and needles at close quarters, and I do not think it is fair to ask the rest of the members to take that risk without even being told.

I would also gently point out that people with his lifestyle are rarely as careful as they claim to be, and that is not a judgement, it is just realistic. We are supposed to be training as doctors and we should be able to say these things plainly.

My suggestion is that we add a short health declaration to the sign-up form ("Do you have any blood-borne infection?") and quietly reallocate anyone who answers yes to the online knot-tying session instead. That way nobody is singled out and the rest of us are protected. If Daniel does not tick the box, I think we would be entitled to ask him directly.

Happy to discuss at Thursday's meeting.

Best wishes,
Imogen

Imogen Ratcliffe
Vice-President, Surgical Society
Year 3 MBBS
"""),

    M("offensive-manglish-bangla-stereotype-pbl-classmate-gp-patients.eml", O, True, HO,
      "Manglish (Malaysian English with Malay and Hokkien), Year 2 to a friend in KL: a named Bangladeshi PBL classmate "
      "and the GP practice's patients called 'Bangla' as a put-down, 'smell of curry', only fit for construction, "
      "'got in on some quota', advises others not to sit by him; nationality and ethnic stereotype, no swear words, "
      "no patient identified",
      "gmail", ("Tan Wei Jie", ex("weijie.tan")), ("Aiman", "aiman.hakim99@gmail.com"),
      "eh update", "2026-01-21 23:18", """
Eh bro, finally got time to reply you.

Semester 2 ok la, quite sian but can. The funny thing is my new PBL group got one Bangladeshi guy, Rafiq Hossain. Aiyo. Every time I see him I think of the Bangla workers at my dad's site in Cheras lah. Whole tutorial room smell like curry after he sit down, cannot tahan one. Back home these people only good for construction and jaga guardhouse, here suddenly become doctor pulak. Confirm he got in on some overseas quota one, no way he can pass interview like us.

GP placement also same same. The practice in Sneinton, waiting room full of them, all the aunties come for free panadol and sick note, don't want to work, NHS is their kampung already. My GP keep saying "be culturally sensitive" haha sensitive what, they're the ones who should learn how to behave.

I already told Jun Hao and Mei Ling better don't sit next to him during the case study, later the whole group also kena bad marks because of him.

Anyway CNY you balik Ipoh or not? Tell your mum I want her bak kut teh when I come back in summer.

WJ
"""),

    M("offensive-wounding-reply-to-teaching-fellow-accent-membership-exams.eml", O, True, HO,
      "Year 4 straight to his named clinical teaching fellow after critical feedback: mocks her Glasgow accent and "
      "'scheme' background, says patients can't understand her, raises her failed membership exams, 'taking bets on "
      "how long before you cry in a tutorial again'; meant to wound a named tutor, no swearing, no allegation of "
      "wrongdoing",
      "thunderbird", ("Hugo Pemberton-Shaw", ex("hugo.pembertonshaw")),
      ("Dr Shona McBride", "shona.mcbride@nottingham.ac.uk"),
      "Re: Feedback on case presentation", "2026-02-03 22:47", """
Dear Dr McBride,

Thank you for your "feedback" on my case presentation. Since you are so keen on honest reflection, I thought I would return the favour.

Most of our group cannot understand a word you say. The patients on the ward just nod politely and wait for one of us to translate. I appreciate that where you grew up people do not worry much about speaking clearly, but this is a medical school, not a bus shelter in Easterhouse.

It must be difficult, having failed your membership exams three times (it is not the secret you think it is) and ending up teaching fourth years because no department would take you on. I suppose marking other people down is the only part of the job where you get to feel clever.

You may also like to know that nobody in the group will be coming to your optional Friday sessions from now on, and that we have been taking bets on how long it will be before you cry in a tutorial again. My money is on the week after reading week.

Kind regards,
Hugo Pemberton-Shaw
Year 4
"""),

    M("offensive-pursuing-registrar-after-teaching-only-request.eml", O, True, HO,
      "a Year 5 student to a named medical registrar's work address after he asked her to contact him only about "
      "teaching and spoke to her supervisor: found his house via the electoral roll, walked past, swapped onto his "
      "on-call weekends, will wait in the mess, and will write to his wife if he ignores her; pursuit after a "
      "no-contact request with a veiled threat, no swearing",
      "iphone", ("Chloe Vassall", ex("chloe.vassall")), ("Dr Marcus Ibe", "marcus.ibe@nhs.net"),
      "I know what you said", "2026-02-15 00:52", """
Marcus,

I know what you said after teaching on Wednesday, that I should only email you about teaching and that you'd "had a word" with Dr Kaplan. I know you had to say that with the nurses standing there. I'm not stupid.

I found your address on the electoral roll. The house with the blue door on Harrowby Road, the one with the bike in the front garden. I walked past on Sunday afternoon and your car was outside so I know you were in.

I've asked the rota coordinator to put me on your on-call weekends for the rest of the block, so we'll be seeing a lot more of each other whether you like it or not. I'll be in the doctors' mess after your shift on Friday. Please don't walk past me like last time.

If you keep ignoring me I think your wife deserves to know how you look at me in teaching. I don't want to do that. It's up to you.

C x
""", sent_from=False),

    M("offensive-implied-threat-oneliner-elective-rival-luggage.eml", O, True, HO,
      "two-line message from a classmate who lost an elective place to the named student who got it: 'a long way to "
      "go with a bag you didn't pack yourself', 'check the lining', 'accidents happen at airports'; threat of planting "
      "something implied, not stated, no swearing",
      "plain", ("Declan Royce", ex("declan.royce")), ("Samir Haddad", ex("samir.haddad")),
      "Malawi", "2026-02-20 23:58", """
Congrats on the Blantyre slot, Samir. Long way to fly with a bag you didn't pack yourself - I'd check the lining before you check in. Accidents happen at airports.
"""),

    M("offensive-mocking-tourettes-patient-neurology-clinic-recording.eml", O, True, HO,
      "Year 4 to two classmates after a neurology clinic: mocks a young man with Tourette's ('broken Furby', "
      "'barking', does the tics at the bar), says he secretly recorded the consultation to play at the ball, 'should "
      "be kept in a shed like a dog'; mockery and dehumanising talk about a patient, only mild swearing, no patient "
      "identifier",
      "gmail", ("Jake Orme", ex("jake.orme")),
      [("Tom Ashby", ex("tom.ashby")), ("Will Garside", ex("will.garside"))],
      "neuro clinic was a SHOW", "2026-03-04 18:12", """
Lads,

You missed the best clinic of the entire year. Tourette's follow-up, lad about our age, and he was going off like a broken Furby the whole consultation. Barking, sniffing, jerking his head, then he'd say something completely random and the consultant just kept nodding like it was normal. I genuinely had to pretend I was coughing.

I recorded about four minutes on my phone under the desk. The best bit is him barking at the blood pressure cuff. We are 100% playing it on the big screen at the ball, nobody will know who he is anyway.

Did my impression in the Ropewalk after and Ellie nearly wet herself. Honestly if he was a dog they'd keep him in a shed, I don't know how his mum takes him to Tesco.

Will send the clip tonight, don't forward it to the girls, they'll get all precious.

Jake
"""),

    M("offensive-sexual-harassment-gay-classmate-after-no-changing-room.eml", O, True, HO,
      "a Year 3 male student to a named gay male classmate who turned him down at a Pride social and asked him to stop: "
      "'you lot are never really not interested', remarks on his body in the theatre changing room, asks for a photo "
      "'from the waist down', hints he'll say the classmate made a move on him if he isn't 'nice'; sexual harassment "
      "with a homophobic stereotype and coercion, no swear words",
      "gmail", ("Callum Breward", "cal.breward@gmail.com"), ("Joel Mercer", ex("joel.mercer")),
      "about the other night", "2026-03-09 01:27", """
Joel

I know you said at the LGBT+ medics social that you weren't interested and to leave it. Come on though. You lot are never really not interested, that's half the fun of it for you isn't it.

I've seen how you look in the theatre changing room on Tuesdays, you take your time getting into those scrubs and don't pretend you don't know I'm watching. I haven't stopped thinking about it.

I've got the flat to myself Saturday. Nobody needs to know, I'm not out and I'm not going to be, so it stays between us. In the meantime send me a pic, just from the waist down, I'll delete it after.

And be nice about this. It would be a shame if people on the firm heard it was you who made a move on me. I know who they'd believe.

C
"""),

    M("offensive-portuguese-english-crude-insults-social-sec-lost-deposit.eml", O, True, HO,
      "European Portuguese and English, a Year 2 student straight to the named Portuguese Society social secretary "
      "who lost the deposit for a Lisbon trip: crude insults and swearing, some disguised ('otário do caraças', "
      "'vai pó c*ralho', 'filho da p*ta', 'cabrão', 'f*cking muppet', 'sh1t'), 'não me voltes a falar'",
      "iphone", ("Tiago Figueiredo", ex("tiago.figueiredo")), ("Rui Canelas", ex("rui.canelas")),
      "deposito Lisboa", "2026-03-12 00:34", """
Rui, és mesmo um otário do caraças.

Perdeste 600 libras do depósito do hostel e ainda tens a lata de mandar mensagem no grupo a dizer "acontece"? Acontece o c*ralho. Eu paguei 45 libras que não tinha e agora não há viagem nenhuma por causa de ti.

You absolute f*cking muppet. One job. ONE job and you made a complete sh1t show of it. Vai pó c*ralho, seu filho da p*ta, cabrão de merda.

Quero o meu dinheiro de volta até sexta. E não me voltes a falar, anormal.
"""),

    # ================================================================== defamatory: hold (4)
    M("defamatory-named-physician-associate-prescribing-posing-as-doctor-to-campaign-group.eml", D, True, HD,
      "Year 5 student to the contact address of an outside campaign group, asking them to post it with her name: a "
      "named physician associate on an invented hospital's acute medical unit stated as fact to introduce herself as a "
      "doctor, sign prescriptions with a consultant's prescriber details and to have sent home a man with a missed "
      "PE, with managers covering it up; not the proper channel",
      "outlook", ("Rhys Penhallow", ex("rhys.penhallow")),
      ("Patients Before Shortcuts", "contact@patientsbeforeshortcuts.org.uk"),
      "Something you should publish - Ellesby General AMU", "2026-01-27 20:05", """
Dear Patients Before Shortcuts team,

I am a final-year medical student and have followed your campaign for a while. I have just finished six weeks on the acute medical unit at Ellesby General and I think what I saw there should be made public.

The physician associate on AMU, Kerry Ashworth, routinely introduces herself to patients as "one of the doctors" and never corrects them. She is not allowed to prescribe, but she writes up antibiotics and morphine on the drug charts and signs them using Dr Lomax's prescriber details, which the consultants know about and let slide because it clears the board faster.

Last month she sent home a man with chest pain and a swollen calf without discussing him with anyone. He came back two days later with a pulmonary embolism. The incident form was rewritten by the unit manager so that her name does not appear on it.

This has been going on for as long as she has been there and the management are covering for her. Please feel free to post this on your page with her name and the hospital. People in Ellesby deserve to know who is treating them.

Best wishes,
Rhys Penhallow
"""),

    M("defamatory-role-tuesday-phlebotomist-reuses-needles-to-family.eml", D, True, HD,
      "Year 2 student to her parents and aunt after GP placement: 'the phlebotomist who does the Tuesday morning "
      "clinic' at an invented surgery, described so she is one person (older, red glasses, the only one who takes "
      "bloods there), stated as fact to reuse needles between patients, not change gloves and make up the fridge and "
      "sharps logs; to family, not the practice, the School or a regulator",
      "iphone", ("Priya Raman", ex("priya.raman")),
      [("Mum", "lakshmi.raman64@gmail.com"), ("Dad", "s.raman@btinternet.com"),
       ("Auntie Lalitha", "lalitha.k@yahoo.co.uk")],
      "Don't book bloods on a Tuesday!!", "2026-02-11 19:41", """
Hi all,

Quick one but important. You know Auntie goes to Brookmere Surgery in Wexley for her thyroid bloods?

The phlebotomist who does the Tuesday morning clinic there (older lady, red glasses, she's the only one who takes blood at that practice) is genuinely dangerous. When she's running late she reuses the same needle on the next patient, she doesn't change her gloves between people and she's been making up the temperature readings for the vaccine fridge and the sharps log for months. She's going to give someone hepatitis.

So please please go on a Thursday with the nurse instead, or ask to have it done at the hospital. And tell the aunties at the temple too, lots of them go there.

Love you, speak at the weekend
Priya xx
"""),

    M("defamatory-dutch-named-ed-consultant-falsifies-four-hour-times-to-cousin.eml", D, True, HD,
      "in Dutch, a Year 4 student to her cousin in Rotterdam who works in media: the named clinical lead of an "
      "invented hospital's emergency department stated as fact to have nurses alter discharge times so no one breaches "
      "four hours, to hide patients on an unofficial corridor ward, to take a bonus for it and to have had a death "
      "recorded falsely; asks him to pass it to journalists, not the proper channel",
      "thunderbird", ("Sanne de Vries", ex("sanne.devries")), ("Joost van den Berg", "joostvdberg@ziggo.nl"),
      "Dit moet je echt lezen", "2026-02-24 21:16", """
Hoi Joost,

Ik zit nu zes weken op de spoedeisende hulp van Hollinsfield General (in de buurt van Nottingham) en ik moet dit echt aan iemand kwijt.

De baas van de afdeling, dr. Graham Ketteridge, sjoemelt gewoon met de cijfers. In Engeland moet iedereen binnen vier uur geholpen of opgenomen zijn, en hij laat de verpleegkundigen achteraf de tijden in het systeem aanpassen zodat niemand ooit langer dan vier uur heeft gewacht. Patiënten die op een brancard in de gang liggen worden op papier naar een "afdeling" gestuurd die officieel niet bestaat. Hij krijgt er gewoon een bonus voor van het ziekenhuis.

Vorige maand is er een oudere vrouw op zo'n brancard in de gang overleden, en in het dossier staat nu dat ze al op een gewone afdeling lag. Dat heeft hij zelf laten veranderen.

Jij kent toch mensen bij de krant en bij de omroep? Misschien kun je dit doorsturen. Zijn naam mag erbij, iedereen hier weet het toch al.

Liefs, en doe de groeten aan tante Marijke,
Sanne
"""),

    M("defamatory-named-peer-support-volunteer-shares-disclosures-to-friends.eml", D, True, HD,
      "Year 3 student to two friends' personal addresses: a named student who runs the School's peer support drop-in "
      "stated as fact to repeat what students disclose to him at pre-drinks (a miscarriage, an overdose) and to keep a "
      "spreadsheet of visitors and 'what's wrong with them'; breach of confidence alleged as fact, not to the scheme "
      "or the School",
      "plain", ("Megan Corbishley", ex("megan.corbishley")),
      [("Lauren", "laurenhibbs@outlook.com"), ("Ash", "ashpatel.99@gmail.com")],
      "peer support - warning", "2026-03-18 22:30", """
Hi both,

Just a heads up, because I know Lauren was thinking of going to the Peer Support drop-in about her exam stuff. Don't go while Ellis Varga is running it.

He repeats everything people tell him. At pre-drinks on Saturday he told the whole flat about a first year girl who'd had a miscarriage and a boy in Year 2 who'd taken an overdose, with enough detail that everyone knew exactly who he meant. He also keeps a spreadsheet on his laptop of everyone who comes in and "what's wrong with them", and he thinks it's funny.

He's been doing this since September and the School obviously has no idea. Tell anyone you know who might be thinking of using it.

Meg
"""),

    # ================================================================== look-alike negatives: offensive group (6)
    M("offensive-neg-surgsoc-welfare-officer-hiv-myths-before-workshop.eml", O, False, NONE,
      "surgical society welfare officer to the committee list: quotes remarks made in the committee chat ('they should "
      "have to declare it', 'given the lifestyle') in order to say they are wrong, explains that health status is "
      "private and blood-borne virus rules are for occupational health, refuses any declaration question; mention, "
      "not use, nobody named",
      "outlook", ("Benedict Oyelaran", ex("benedict.oyelaran")),
      ("SurgSoc Committee", "surgsoc-committee@lists.nottingham.ac.uk"),
      "Sign-up form for the suturing workshop - no health questions", "2026-01-16 12:10", """
Hi everyone,

Following the discussion in the committee chat last night, I want to put something on record as welfare officer before we finalise the sign-up form for the suturing workshop.

A few comments were made along the lines of "they should have to declare it" and "given the lifestyle, it's only realistic". I don't think anyone meant harm, but those comments are wrong and we should not act on them:

- A member's health status, including any blood-borne virus, is private. We have no right to ask about it, speculate about it or pass on anything we have heard.
- Healthcare workers and students living with HIV are managed through occupational health under national guidance, and on effective treatment they can train and work safely, including in surgery. That is occupational health's job, not a student society's.
- Linking HIV to a "lifestyle" is a stereotype that stops people testing and seeking care. As future doctors we should be the last people repeating it.

So the form will not include any health question, nobody will be moved between sessions on health grounds, and I would ask that we don't discuss any individual member in the chat again. If anyone has a genuine infection-control question, the clinical skills team will be supervising both sessions and are happy to take it.

If anyone wants to talk this through, I'm around after Thursday's meeting.

Thanks,
Benedict
Welfare Officer, Surgical Society
"""),

    M("offensive-neg-manglish-banter-best-friend-missed-video-call.eml", O, False, NONE,
      "Manglish, a Year 1 student to her best friend in KL who slept through their video call again: affectionate "
      "insults and a joking threat ('oi bodoh', 'gila', 'I swear I kill you', 'if no Milo don't come back'), then "
      "'love you la', good luck for her exam; close-friend banter, no real insult or threat",
      "iphone", ("Nurul Aisyah Rahman", ex("nurulaisyah.rahman")), ("Farah", "farah.zul02@gmail.com"),
      "OI", "2026-01-25 09:03", """
Oi bodoh!!! You really sleep through our call AGAIN ah? Third time this month already. I woke up 6am for you, cold until my fingers cannot feel, and you snoring in Subang. Gila betul.

I swear when you come Nottingham in April I kill you. Slowly. With my bare hands. Then I make you eat the Yorkshire pudding from the dining hall, that one is worse than death.

Also you promised bring the Milo and the Maggi kari. If no Milo don't come back la, I serious.

Ok la sayang, sleep properly tonight, biochem exam tomorrow all the best, you pasti boleh one. Call me after, I tak marah. Sikit je.

Love you la ❤️
Aisyah
"""),

    M("offensive-neg-ethics-essay-coprolalia-tourettes-stigma.eml", O, False, NONE,
      "Year 2 ethics and law essay extract to the tutor on Tourette's and stigma: explains that coprolalia is a minority "
      "symptom, quotes the kinds of words and a slur involuntarily shouted, and criticises clinic gossip and media "
      "mockery, offers to asterisk the words; mention, not use, no patient",
      "thunderbird", ("Kezia Amankwah", ex("kezia.amankwah")), ("Dr Philippa Rowe", "philippa.rowe@nottingham.ac.uk"),
      "Ethics essay - draft section on Tourette's and stigma", "2026-02-06 16:44", """
Dear Dr Rowe,

As agreed at our last meeting, here is a draft of the middle section of my essay on stigma in neurological disease. I have written the words out in full where the reading does, because the argument depends on what people actually hear. If you would prefer them asterisked in the final version, I am happy to change that.

Draft section:

Public understanding of Tourette syndrome is dominated by coprolalia, the involuntary utterance of obscene or socially unacceptable words. In films and on social media, the "Tourette's joke" almost always consists of someone shouting "fuck", "cunt" or "shit" at an inappropriate moment. Yet coprolalia affects only a minority of people with Tourette's, commonly estimated at between one in ten and one in five. Most people with the condition have motor tics and simple vocal tics such as sniffing, throat-clearing or short sounds.

Where coprolalia does occur it can include slurs, and patients describe the particular distress of involuntarily shouting a racist or homophobic word at a stranger, a word they find abhorrent. The ethical point is that the words are not speech acts in the ordinary sense: there is no intention behind them, so treating them as insults, or as entertainment, misattributes agency to the patient.

Clinicians are not immune. First-person accounts describe staff laughing in corridors, imitating tics, or describing patients as "performing". I want to argue that mockery of this kind is a failure of the duty of respect in Good Medical Practice, and that recording or sharing a patient's tics without consent would be a serious breach of confidentiality as well as of dignity.

I would be grateful for any comments on whether this section is too long relative to the rest of the essay.

Best wishes,
Kezia Amankwah
Year 2
"""),

    M("offensive-neg-choir-concert-idioms-knock-em-dead-murder-a-pint.eml", O, False, NONE,
      "medics' choir president to the choir list before a concert: violent-sounding idioms and jokes ('you killed it', "
      "'knock 'em dead', 'the tenors murdered the Mozart, in a good way', 'I'll strangle whoever forgets black shoes', "
      "'murder a pint'); nobody threatened or insulted",
      "gmail", ("Harriet Olumide", ex("harriet.olumide")), ("Medics' Choir", "medics-choir@lists.nottingham.ac.uk"),
      "Concert Saturday - final details!", "2026-03-02 20:20", """
Hi lovely people,

Tonight's rehearsal was brilliant. You absolutely killed it in the Fauré, and the tenors properly murdered the Mozart (in a good way, Ed, I promise). The altos' entry in the last verse gave me chills. I'm dying to hear it in the chapel acoustic.

Final details for Saturday:
- Call time 17:30 at the chapel, warm-up at 17:45 sharp.
- Concert blacks. I will personally strangle anyone who turns up in trainers again, so check your shoes tonight.
- Folders in the left hand, please, so we don't take out the front row with the music stands.

If you're ill or stuck on placement, shoot me a message by Friday so I can sort the parts.

Break a leg, knock 'em dead, and afterwards we are going to the Trip to murder a pint. You've earned it.

Harriet x
Choir President
"""),

    M("offensive-neg-boundary-email-classmate-please-stop-messaging.eml", O, False, NONE,
      "a Year 2 student to a classmate, firm but civil: asks him to stop messaging and waiting after lectures, says she "
      "isn't angry, won't reply again and will speak to the year lead if it continues; setting a boundary, not "
      "harassment or a threat",
      "plain", ("Aoife Brennan", ex("aoife.brennan")), ("Marcus Thorley", ex("marcus.thorley")),
      "Please stop", "2026-03-10 13:05", """
Hi Marcus,

I'm writing this once so it's clear. Please stop messaging me, and please don't wait for me outside the lecture theatre any more.

I'm not angry with you and I'm not trying to embarrass you. I've told you in person that I'm not interested in anything more than being coursemates, and I meant it. Since then I've had a lot of messages, and it's making me uncomfortable coming in.

I'm going to be polite to you in PBL and on placement, and I'd like it to stay like that. I won't reply to any more messages. If it carries on I'll have to talk to the year lead, which I'd honestly rather not do.

Aoife
"""),

    M("offensive-neg-civil-complaint-social-sec-lost-trip-deposit.eml", O, False, NONE,
      "a Year 2 student to a named society social secretary after a trip deposit was lost: clearly annoyed, calls it a "
      "'shambles', asks for a refund or written explanation and says it isn't a personal attack; frustrated but civil "
      "criticism, no insult or swearing",
      "outlook", ("Leon Achterberg", ex("leon.achterberg")), ("Rosie Pennington", ex("rosie.pennington")),
      "Berlin trip deposit", "2026-03-13 11:22", """
Hi Rosie,

I've just seen the message in the group saying the Berlin trip is off because the hostel deposit wasn't paid in time. I'll be honest, I'm really annoyed. I paid my £40 in November, I turned down another trip to keep that weekend free, and this is the first I've heard that anything was wrong.

The way this has been handled is a bit of a shambles. We had no updates for two months and then a one-line message saying "unfortunately it fell through".

I'm not trying to have a go at you personally, and I know committee roles are unpaid and on top of placement. But I'd like either my £40 back by the end of the month or a written explanation of what happened to the money and what the committee is going to do about it. I've copied nobody in and I'm happy to talk it through in person if that's easier.

Thanks,
Leon
"""),

    # ================================================================== look-alike negatives: defamatory group (4)
    M("defamatory-neg-phlebotomy-glove-practice-concern-to-gp-placement-lead.eml", D, False, NONE,
      "Year 2 student to the School's GP placement lead, the proper channel: first-hand and careful account of gloves not "
      "changed between two patients and a reused tourniquet in a phlebotomy clinic, says she may not know local policy, "
      "names no one, has told no one else and asks for advice",
      "outlook", ("Zara Hollinghurst", ex("zara.hollinghurst")),
      ("Dr Andrew Fenwick", "andrew.fenwick@nottingham.ac.uk"),
      "Advice please - something I noticed in a phlebotomy clinic", "2026-02-12 17:15", """
Dear Dr Fenwick,

I'm a Year 2 student on the community placement and I'd be grateful for your advice about something I saw this week. I'm writing to you because the placement handbook says to contact the GP placement lead first, and I haven't discussed it with anyone else.

During one phlebotomy clinic I sat in on, I noticed that gloves were not changed between two consecutive patients, and that the same fabric tourniquet was used for everyone without being wiped. Needles were single use and went straight into the sharps bin, as far as I could see. The clinic was very busy and running late.

I may not know the local policy on tourniquets, and I only saw one session, so I don't want to overstate it. I haven't named the person here because I'm not sure it's a matter for anyone beyond the practice's infection control lead, and I'd rather you tell me what the right next step is.

Would it be appropriate to mention it to my GP tutor, or would you prefer to handle it? I'm happy to meet if that's easier.

With thanks,
Zara Hollinghurst
Year 2
"""),

    M("defamatory-neg-sourced-report-physician-associates-debate-list.eml", D, False, NONE,
      "debating society convenor to the members' list before a motion on physician associates: cites an invented "
      "newspaper report of a coroner's report about an invented trust's supervision arrangements, says it names no "
      "individual, gives both sides and asks members not to discuss named staff; sourced, no allegation made",
      "gmail", ("Oluwaseun Adeyemi-Clarke", ex("seun.adeyemiclarke")),
      ("Debating Society", "debsoc-members@lists.nottingham.ac.uk"),
      "Thursday's motion: This House would stop the expansion of physician associates", "2026-02-26 10:02", """
Hi all,

Reading for Thursday's motion, "This House would stop the expansion of physician associates".

1. The Midlands Evening Post reported last week that a coroner had issued a prevention of future deaths report to Ferrowby Hospitals Trust, raising concerns about how supervision of physician associates was documented on its medical admissions unit. The report, as quoted, does not name any individual and the trust says it has already changed its supervision policy. Please read the article itself rather than the headline.

2. The Royal College summary of PA scope of practice, linked on the society page, for the proposition's strongest points on role clarity and patient understanding.

3. The PA professional body's response, for the opposition's case on workforce and what PAs safely do well.

Two ground rules. First, argue the policy, not the people: please don't bring in stories about individual PAs you've worked with on placement, named or otherwise. Second, several members are on placements alongside PAs, so keep it civil in the chamber and in the pub after.

See you Thursday, 19:00, Portland B52.

Seun
Debates Convenor
"""),

    M("defamatory-neg-dutch-opinion-ed-pressure-inspection-report-to-cousin.eml", D, False, NONE,
      "in Dutch, a Year 4 student to her cousin in Rotterdam: honest opinion that a named ED consultant is brusque but "
      "teaches well, describes corridor care from a published (invented) inspection report, says she has heard talk "
      "about the four-hour figures but has no idea if it is true and won't repeat it; opinion and sourced facts",
      "thunderbird", ("Femke Jansen", ex("femke.jansen")), ("Thijs Jansen", "thijs.jansen@kpnmail.nl"),
      "Zes weken spoedeisende hulp", "2026-03-06 21:40", """
Hoi Thijs,

Mijn zes weken op de spoedeisende hulp zitten erop. Wat een plek.

Mijn supervisor was dr. Alan Prestwich, de hoofdconsultant. Eerlijk gezegd vond ik hem in het begin nogal kortaf, hij zegt nooit goedemorgen en heeft weinig geduld met studenten die hun verhaal niet op orde hebben. Maar hij geeft echt goed les aan het bed en hij nam elke dienst tijd om een patiënt met me door te lopen. Ik heb meer van hem geleerd dan van wie dan ook dit jaar.

De afdeling zelf staat wel onder enorme druk. Het inspectierapport dat in januari is gepubliceerd (van de Engelse toezichthouder, het staat gewoon online) beschrijft dat er regelmatig patiënten urenlang op brancards in de gang liggen. Dat klopt met wat ik zag.

Er wordt onder studenten ook van alles gezegd over hoe de vier-uursnorm wordt gehaald, maar ik heb geen idee of daar iets van waar is en ik heb zelf niets gezien, dus ik ga dat ook niet rondvertellen.

Volgende maand begint kindergeneeskunde. Groetjes aan iedereen in Rotterdam!

Femke
"""),

    M("defamatory-neg-peer-support-confidentiality-concern-to-scheme-coordinator.eml", D, False, NONE,
      "Year 3 student to the staff coordinator of the School's peer support scheme, the proper channel: first-hand, "
      "careful account of a named volunteer talking at a party in a way that might have referred to a drop-in visit, "
      "says she may have misunderstood, accuses no one, has told no one else and asks what happens next",
      "plain", ("Holly Brannigan", ex("holly.brannigan")), ("Jo Whitlock", "jo.whitlock@nottingham.ac.uk"),
      "Confidential - possible concern about the peer support drop-in", "2026-03-20 09:14", """
Dear Jo,

I'm writing to you as coordinator of the peer support scheme because I think you're the right person, and I haven't mentioned this to anyone else.

At a flat party on Saturday, one of the drop-in volunteers, Ellis Varga, was talking about "someone who came in this week" in a way that made me worry he might have been referring to a real visit. He didn't use a name and I only heard part of the conversation, so I may well have misunderstood, and it could have been a general story or something from training.

I'm not making an accusation and I don't want to get anyone into trouble on the strength of one overheard conversation. But the drop-in matters a lot to people in our year, and I'd rather you knew and could decide whether anything needs looking at.

I'm happy to talk to you in person and I'll keep this to myself.

Best wishes,
Holly Brannigan
Year 3
"""),
]
