"""Batch 6b: 22 labelled emails (8 offensive, 4 defamatory, 10 look-alike negatives), written fresh as a
held-back test set, without reading bedside's rules, word lists, fixtures, findings or any earlier mail
texts; only batch 5's file (for the M(...) format) and the notes in labels.json (to avoid repeating their
scenarios) were read. The checker was never run on these mails while writing them.

Writers and recipients lean towards Year 4-5 students on clinical placements, foundation doctors,
intercalating students, tutors and clinicians, and friends abroad. Other-language mails are in Hinglish,
German and Tagalog/Taglish.

Every person, hospital, ward, practice, society and address is invented. No patient identifiers appear
anywhere (no names, dates of birth, numbers or addresses of patients).
"""

from __future__ import annotations

from build import HD, HO, NONE, D, M, O, ex

def nhs(name: str) -> str:
    return f"{name}@nhs.net"


MAILS = [
    # ================================================================== offensive: hold (8)
    M("offensive-polite-weight-prejudice-surgical-society-mentoring.eml", O, True, HO,
      "to a society committee list, polite weight prejudice: overweight students 'lack discipline', patients won't take "
      "them seriously, committee should quietly steer 'the larger applicants' away from surgery mentoring; no swear words",
      "outlook", ("Eleanor Whitcombe", ex("eleanor.whitcombe")),
      ("Surgical Society Committee", "surgsoc-committee@nottingham.ac.uk"),
      "RE: Draft mentoring scheme 2026-27", "2026-03-03 19:22", """
Dear all,

Thanks for circulating the draft of the mentoring scheme. Overall I think it's excellent, and I'm happy to take two Year 2 mentees again.

One suggestion I'd like to put forward, and I hope people will take it in the spirit intended. I think we should prioritise mentees who look the part. Surgery is a physically demanding specialty and, frankly, seriously overweight students are not going to cope with a twelve-hour list, nor will patients take them seriously when they are consenting someone for a weight-loss operation. In my experience people who let themselves get to that size generally lack the discipline the specialty needs, and it tends to show in their work ethic as well.

I'm not suggesting we say any of this publicly, of course. But when we do the matching in April, perhaps the committee could quietly steer the larger applicants towards the GP or psychiatry tasters instead, where it matters less. It would be kinder to them in the long run than letting them set their hearts on a career they are physically unsuited for.

Happy to discuss at Thursday's meeting.

Best wishes,
Eleanor

Eleanor Whitcombe | Year 5 | Mentoring Officer, Surgical Society
"""),

    M("offensive-german-coded-antimuslim-antenatal-clinic-patients.eml", O, True, HO,
      "in German, to a friend in Germany: an exchange student on an obstetrics placement uses far-right coded terms "
      "('Kopftuchmädchen', 'Messermänner', 'man darf ja nichts mehr sagen') and says Muslim patients 'breed like rabbits'; "
      "no swear words, no patient identified",
      "gmail", ("Jonas Brenninkmeyer", ex("jonas.brenninkmeyer")), ("Lena Hartig", "lena.hartig@gmx.de"),
      "Grüße aus Nottingham", "2026-03-09 22:47", """
Hey Lena,

sorry, dass ich mich so lange nicht gemeldet habe. Das Praktikum in der Geburtshilfe hier ist echt anstrengend, 12-Stunden-Dienste und die Hebammen sind total streng.

Aber ehrlich, was mich am meisten nervt: die halbe Schwangerenambulanz besteht aus Kopftuchmädchen, die mit 24 schon ihr fünftes Kind kriegen. Die vermehren sich wie die Karnickel, kein Wort Englisch, und der Ehemann redet für sie, als wäre sie sein Eigentum. Wir zahlen die Dolmetscher, die Kaiserschnitte, das Kindergeld, und in zwanzig Jahren haben wir dann die nächste Generation Messermänner. Du weißt schon, was ich meine.

Die Oberärztin hat mir heute einen Vortrag über "kulturelle Sensibilität" gehalten, nur weil ich gefragt habe, warum wir uns das alles gefallen lassen. Hier darf man ja gar nichts mehr sagen. In Deutschland sehen die Leute wenigstens langsam ein, dass das so nicht weitergehen kann.

Egal. Kommst du im Juni zu Annikas Geburtstag? Dann erzähl ich dir mehr.

Liebe Grüße
Jonas
"""),

    M("offensive-wounding-intercalator-to-ex-friend-eating-disorder.eml", O, True, HO,
      "an intercalating student writes straight to her former best friend, now with her ex: mocks the friend's eating "
      "disorder ('something you can keep down'), says everyone knew, jibes she belongs 'on the other side of the desk' in "
      "psychiatry; meant to wound, no swearing",
      "thunderbird", ("Imogen Farrow", ex("imogen.farrow")), ("Chloe Pennant", ex("chloe.pennant")),
      "Saturday", "2026-03-15 00:38", """
Chloe,

Saw the photos from Saturday. You and Harry look very happy. I'm sure you'll be great together, you've always been good at taking things that weren't yours.

I did want to say one thing, since we won't be speaking again. Everyone in our old flat knew what you were doing in the bathroom after every meal in second year. We just felt too sorry for you to say anything. Harry knows too, by the way. He told me he finds it a bit pathetic, but I suppose at least he's found something you can keep down.

Good luck on your psychiatry block. You'll fit right in on the other side of the desk.

Imogen
"""),

    M("offensive-pursuing-ex-on-erasmus-lyon-booked-flight.eml", O, True, HO,
      "to an ex-partner studying abroad who blocked him and asked for no contact: switches to email, has found her "
      "building from a friend's story, has booked a flight and will wait outside 'however long it takes', 'not letting this go'",
      "iphone", ("Marcus Delahaye", ex("marcus.delahaye")), ("Sophie Aldridge", "sophie.aldridge97@gmail.com"),
      "Friday", "2026-03-18 02:14", """
Soph I know you said not to message you anymore and that you'd block my number, which you did, so I'm using email. I don't think you get to end three years with one voice note.

Your flatmate posted your building on her story last week so I know roughly where you are. I've booked a flight for Friday, lands at 14:10. I'll wait outside until you come down, I don't care how long it takes.

Don't get your parents involved again, that was humiliating for both of us. Just talk to me like an adult.

I'm not letting this go Soph. See you Friday x
"""),

    M("offensive-implied-threat-f1-to-nurse-after-incident-report.eml", O, True, HO,
      "a foundation doctor to a named staff nurse who filed an incident report about him: 'long memories', her night "
      "shifts, the quiet walk to the car park with 'no camera past the boiler house', 'do the sensible thing'; threat implied",
      "outlook", ("Dr Rhys Gatward", nhs("rhys.gatward")), ("Abena Osei-Mensah", nhs("abena.osei-mensah")),
      "Tuesday night", "2026-03-26 13:05", """
Abena,

I've been told you've put in an incident report about Tuesday night and the delay with the antibiotics.

I'd have thought a nurse with your experience would know that these things are better sorted out between colleagues than on a form that goes straight to my educational supervisor. Some people on this ward have long memories, and I'd hate for you to become known as someone the doctors can't trust.

I notice you're back on nights next week. The walk from Larch Ward to the staff car park is very quiet at 8 in the morning, and there's no camera past the boiler house. Just something to think about next time you feel like writing someone up.

I'm sure you'll do the sensible thing and withdraw it.

Rhys

Dr Rhys Gatward | FY1 Respiratory Medicine | Hollinsbrook General Hospital
"""),

    M("offensive-taglish-mocking-huntingtons-patient-movements.eml", O, True, HO,
      "Taglish, a foundation doctor to a nurse friend in the Philippines: mocks a neurology patient's chorea and speech "
      "('sirang puppet', 'lasing na baboy'), calls him 'gulay', rehearses an impression for a drinking session; no patient "
      "identifier, no swear words",
      "iphone", ("Paolo Villanueva", "pao.villanueva@icloud.com"), ("Carla Dimaculangan", "carla.dimaculangan@yahoo.com"),
      "grabe yung duty ko", "2026-04-02 07:51", """
Carla!! Grabe yung on-call ko kagabi sa neuro. May pasyente kaming may Huntington's, yung galaw niya parang nag-TikTok dance challenge 24/7 haha. Hindi ko mapigilang tumawa habang ine-examine ko siya, para siyang sirang puppet na naputulan ng tali. Tapos yung pagsasalita niya, parang lasing na baboy na kumakanta sa videoke 😂😂

Sabi ng reg ko "be respectful" daw. Eh anong respeto pa sa ganyan, wala na namang laman yung utak niyan, gulay na lang. Dapat nga may extra pay kami pag ganyan ang inaalagaan.

Pinapractice ko na yung impersonation ko para sa inuman natin pag-uwi ko sa December, promise mamamatay ka sa tawa.

Miss na kita! Ingat sa duty mo.
Pao
"""),

    M("offensive-sexual-harassment-student-to-f2-teacher.eml", O, True, HO,
      "sexual harassment sent straight to a named F2 who gave his group bedside teaching: comments on her body in scrubs, "
      "'thinking about you every night', plans to turn up on her night shift, 'a much better examination back at mine'",
      "gmail", ("Kieran Maddox", "kieranmaddox.med@gmail.com"), ("Dr Hannah Bexley", nhs("hannah.bexley")),
      "teaching this week ;)", "2026-04-08 23:19", """
Hi Hannah (can I call you Hannah now that the teaching's finished?)

Just wanted to say thanks for the cardio teaching this week. Honestly I didn't take in a word of it, I was too busy watching you lean over the bed in those scrubs. You must know what you're doing to a room full of 22-year-old lads. Half the group were talking about it afterwards.

When you were showing us where to listen for the mitral murmur and your hair brushed my face I nearly lost it. I've been thinking about you every night since.

You said you're on nights next week. I'm sure I could find a reason to come up to the ward at 3am. Or I could give you a much better examination back at mine ;) Let me know what you're drinking at the mess party on Friday, I'll be there.

Kieran x
"""),

    M("offensive-hinglish-disguised-swearing-at-classmate-elective.eml", O, True, HO,
      "Hinglish, aimed straight at a classmate who took an elective slot: crude insults with disguised spellings "
      "(b*nch*d, ch*tiya, f***ing, sn@ke, BC), 'kutte ki tarah', wishes dengue on him; his apology is quoted below",
      "plain", ("Arjun Malhotra", ex("arjun.malhotra")), ("Vikram Sethi", ex("vikram.sethi")),
      "Re: sorry about the elective", "2026-04-14 21:36", """
Seriously bhai? You knew I'd been emailing Dr Joshi's unit for SIX months about that elective slot and you went behind my back and grabbed it. Total b*nch*d move. Tu ek number ka ch*tiya hai, always have been. Sab ko pata hai tu kaisa hai, mummy-papa ka paisa aur chamchagiri, bas isi se aage badhta hai.

Don't bother with your sorry-sorry emails. You're a two-faced sn@ke and a f***ing leech. Kutte ki tarah dusron ki plate se khaata hai. Bhaad mein ja tu aur tera elective, I hope you get dengue in the first week.

Never speak to me again, BC.
Arjun
""", quote={
          "from": ("Vikram Sethi", ex("vikram.sethi")), "to": ("Arjun Malhotra", ex("arjun.malhotra")),
          "subject": "sorry about the elective", "date": "2026-04-14 18:02", "body": """
Arjun, I'm really sorry, I didn't know you'd applied there as well. Dr Joshi offered me the slot when I met him at the conference and I just said yes without thinking. Can we talk tomorrow? I'll come and find you after clinic.
"""}),

    # ================================================================== defamatory: hold (4)
    M("defamatory-named-gp-partner-scripts-in-dead-patients-names-to-friend-abroad.eml", D, True, HD,
      "to a friend in Australia: a named senior partner at an invented health centre stated as fact to be an addict who "
      "writes oxycodone prescriptions in dead patients' names and collects them himself, covered for by the other partners",
      "iphone", ("Bethany Crowther", ex("bethany.crowther")), ("Ellie Marsh", "elliemarsh.syd@outlook.com"),
      "you won't believe this", "2026-03-11 20:40", """
Ellie you won't believe what's going on at my GP placement. Dr Graham Pilkington, the senior partner at Marrowby Health Centre, is an addict. He writes oxycodone prescriptions in the names of patients who've died and collects them himself from the chemist round the corner. The receptionist showed me. He's been doing it for years and the other partners cover for him because he owns the building.

And this is the man signing off my final placement 🙃

Anyway how's Sydney, jealous of your tan x
""", sent_from=False),

    M("defamatory-role-new-f2-acorn-ward-backdated-notes-forged-signature.eml", D, True, HD,
      "a foundation doctor to former classmates' personal addresses: 'the new F2 on Acorn Ward' at an invented hospital "
      "(one person, described so they'll know him) stated as fact to have backdated notes after a fall and forged a "
      "consultant's signature on discharge letters",
      "thunderbird", ("Tom Wierzbicki", "tom.wierzbicki@gmail.com"),
      ["hatty.lowe@gmail.com", "sam.achebe@hotmail.co.uk", "mo.rahman93@gmail.com", "jess.tindall@icloud.com"],
      "heads up for August", "2026-05-06 22:11", """
Hi all,

Quick warning for anyone starting at Kingsmead General in August. The new F2 on Acorn Ward (the one who came over from Wrenfield at Easter, you'll know who I mean the second you meet him) is a liability.

Last week, after a patient fell overnight, he went back into the notes and added entries timed as if he'd reviewed her at 2am, when he was asleep in the mess the whole time. He also forged the consultant's signature on two discharge letters because he couldn't be bothered to wait for her to come back from clinic.

Nobody is doing anything about it, so just make sure you never let him cover your patients.

Tom
"""),

    M("defamatory-named-research-nurse-forging-consent-to-intercalators.eml", D, True, HD,
      "an intercalating student to an informal cohort list: a named research nurse at an invented hospital stated as fact "
      "to forge patients' signatures on trial consent forms to hit targets, so her recruits' data is 'basically fabricated'",
      "plain", ("Farah Qureshi", ex("farah.qureshi")),
      [ex("ollie.bramwell"), ex("nadia.kowal"), ex("euan.mccready"), ex("priti.vaghela"), ex("george.amankwah")],
      "careful with recruitment numbers", "2026-04-21 17:55", """
Hi everyone,

For those of you recruiting on the Lanthorn heart failure study or any of the other cardiology studies at St Aldric's: be careful about using Maureen Tilsley's recruitment numbers in your projects.

She's been forging patients' signatures on the consent forms to hit her monthly targets. I watched her fill in three forms herself in the research office on Monday, copying the signatures off old clinic letters. Half of her "consented" patients have never heard of the trial.

If your dissertation data comes from her patients, it's basically fabricated. I'd get your own consents done.

Farah
(iBSc Cardiovascular Science)
"""),

    M("defamatory-named-urologist-queue-jumping-for-cash-to-councillor-uncle.eml", D, True, HD,
      "formal, to the writer's uncle on a council committee (copying his aunt), asking him to raise it or tell the local "
      "paper: a named consultant urologist at an invented hospital stated as fact to move NHS patients down his list unless "
      "they pay to go private, and to bill privately for NHS-time operations",
      "outlook", ("Oliver Ransome", ex("oliver.ransome")), ("David Ransome", "david.ransome@btinternet.com"),
      "Something from my placement", "2026-04-27 20:03", """
Dear Uncle David,

I hope you and Aunt Sue are well. I'm writing because you sit on the health scrutiny committee and I think you should know about something I've seen on my urology placement at Calverdale Royal Infirmary.

Mr Anthony Greaves, one of the consultant urologists, is running a racket. Patients on his NHS waiting list are told at clinic that the wait is eighteen months, and then his secretary rings them to say he could see them "next week" at the Beechwood private hospital for £4,000. Those who pay jump the queue; those who don't are quietly moved down his list. He is also billing the private hospital for operations that his registrar does on NHS time.

I'd rather not be named as the source, as I still need him to sign my logbook, but I'd be grateful if you could raise it at the next committee meeting or pass it to someone at the local paper. Everyone on the firm knows it's going on.

With love,
Oliver
""", cc=("Sue Ransome", "sue.ransome@btinternet.com")),

    # ================================================================== offensive look-alikes: no hold (6)
    M("offensive-neg-hinglish-birthday-banter-cousin-delhi.eml", O, False, NONE,
      "Hinglish birthday message to a cousin in Delhi: affectionate teasing (gadhe, buddha, pagal, kamine, bewakoof, "
      "'dancing like a bhaalu') with love and a promise to call; no real insult",
      "gmail", ("Riya Bhatnagar", ex("riya.bhatnagar")), ("Kabir Bhatnagar", "kabir.bhatnagar@gmail.com"),
      "HAPPY BIRTHDAY BUDDHE 🎂", "2026-03-21 07:15", """
Oye Kabir gadhe,

Happy birthday you buddha! 25 ka ho gaya, ab toh baal bhi jaane lagenge 😂 Mummy said you got all emotional when Chachi brought the cake out, tu sach mein pagal hai yaar.

Sorry I couldn't call at midnight, I was on a night shift on my surgical placement and the reg had me running around like a headless murgi. Sunday I'll video call properly, promise.

Don't spend your whole salary on that useless bike, kamine. And send me photos from the party, specially of you dancing like a bhaalu.

Love you loads, bewakoof. Miss you!
Riya x
"""),

    M("offensive-neg-taglish-telling-mum-about-racist-patient-abuse.eml", O, False, NONE,
      "Taglish, a foundation doctor reassures his mother in the Philippines: reports (quoting) a racist slur and insult a "
      "distressed patient shouted at him, and how the team and supervisor supported him; mention, not use, no patient identifier",
      "iphone", ("Jerome Dizon", "jerome.dizon@icloud.com"), ("Mama", "linda.dizon@yahoo.com.ph"),
      "Re: anak okay ka lang?", "2026-04-04 10:26", """
Ma, okay lang ako, huwag ka nang mag-alala. Nabasa ko yung message mo.

Oo, totoo yung kinuwento ko kay Ate. Noong Huwebes sa A&E, may pasyenteng lasing na sumigaw sa akin ng "go back to your rice paddy" at tinawag akong "chink" sa harap ng lahat. Masakit, pero hindi ako sumagot. Tinawag ko agad yung nurse in charge at yung consultant ko, at sila na ang humarap sa kanya. Nag-incident report kami, at kinausap ako ng supervisor ko pagkatapos ng shift. Ang bait niya, sabi niya hindi ko kailangang tiisin ang ganun.

Hindi ko rin siya masyadong sinisisi, nasa withdrawal siya at takot na takot. Pero hindi pa rin okay yun, kaya tama lang na ni-report.

Tatawag ako sa Linggo. Love you Ma, pakisabi kay Papa.
Jerome
"""),

    M("offensive-neg-intercalated-essay-coded-hate-terms-nhs-staff.eml", O, False, NONE,
      "an intercalating student sends a dissertation section to his supervisor analysing coded hate terms used against NHS "
      "staff online ('DEI hire', '13/50', echo brackets, 'Kopftuchmädchen', 'Messermänner'); quoted to study them, nobody targeted",
      "thunderbird", ("Hamish Urquhart", ex("hamish.urquhart")), ("Dr Priyanka Ellis", "priyanka.ellis@nottingham.ac.uk"),
      "Dissertation section 3 draft", "2026-04-16 16:48", """
Dear Priyanka,

Here is the draft of section 3 for Thursday's supervision. I've kept all the quoted examples in, since the argument depends on them, but I'd value your view on whether quoting them at this length is proportionate, or whether I should move some into an appendix with a content note.

---

3. Coded language in online abuse of NHS staff

Much of the abuse directed at minority-ethnic NHS staff online does not use explicit slurs, which platform filters catch, but coded terms whose meaning is clear to an in-group. In the 2,400 posts I sampled, the most frequent were "DEI hire" and "diversity doctor", used to imply that a named clinician was appointed for her ethnicity rather than her competence; numerical codes such as "13/50", which allude to discredited crime statistics; and the triple parentheses, or "echo", placed around surnames perceived as Jewish. In German-language forums similar work is done by terms such as "Kopftuchmädchen" and "Messermänner", popularised in a parliamentary speech in 2018 and now used to cast Muslim women as a burden and Muslim men as violent.

What these terms share is deniability. A poster can claim that "DEI hire" is a comment on recruitment policy rather than on the doctor, even when the thread beneath it makes the racial meaning explicit. I argue that moderation and employer policies which look only for a fixed list of slurs will systematically miss this material, and that the harm to staff, documented in the interviews in section 4, is no smaller for being indirect.

---

Best wishes,
Hamish

Hamish Urquhart | iBSc Medical Humanities 2025-26
"""),

    M("offensive-neg-hockey-match-report-violent-idioms.eml", O, False, NONE,
      "a club captain's match report to the hockey club list, full of violent sporting idioms (slaughtered, massacre, "
      "killed it, took no prisoners, murdered their forward, murder a pint, hunted down); all in fun, nobody threatened",
      "plain", ("Georgie Latham", ex("georgie.latham")), ("Medics Hockey Club", "medics-hockey@lists.nottingham.ac.uk"),
      "Match report: Medics 1sts 6-0 Vets", "2026-03-23 12:30", """
Hi all,

What a way to finish the season. We absolutely slaughtered the Vets on Saturday - a total massacre, 6-0, and honestly it could have been ten.

Priya was on fire up front and killed it with a hat-trick, the last one a proper screamer into the top corner. Our defence took no prisoners all game; Dan in goal was so bored he was practically dead by half-time. Special shout-out to Tash, who played on with a bloody nose from a stray stick in the first ten minutes and still murdered their best forward all afternoon. Absolute weapon.

Their captain was a good sport about the beating and bought the first round, so we'll let them off.

Social at the Crown on Friday - come and murder a pint with us. Anyone who misses it will be hunted down and made to do the kit wash.

Captain's player of the match: Tash, obviously.

Georgie
Medics Hockey Club captain, Year 5
"""),

    M("offensive-neg-single-polite-chase-consultant-audit-project.eml", O, False, NONE,
      "one polite follow-up to a consultant about joining an audit, quoting the first email, saying there's no need to "
      "reply and 'I won't chase again'; looks like repeated contact but is courteous and self-limiting",
      "outlook", ("Aisha Bello", ex("aisha.bello")), ("Dr Martin Kershaw", nhs("martin.kershaw")),
      "RE: Falls audit - student involvement?", "2026-03-17 09:12", """
Dear Dr Kershaw,

I'm sorry to email again. I know how busy the department is at the moment, so I just wanted to check that my message below reached you, as university emails sometimes end up in NHS junk folders.

If you do have room for a student on the falls audit, I'd be very happy to do the data collection around my placement hours at Wrenfield, at whatever times suit you.

If it isn't possible this time, please don't worry at all, and there's no need to reply - I won't chase again. I really enjoyed the teaching either way.

Kind regards,
Aisha Bello
Year 4 Medical Student
""", quote={
          "from": ("Aisha Bello", ex("aisha.bello")), "to": ("Dr Martin Kershaw", nhs("martin.kershaw")),
          "subject": "Falls audit - student involvement?", "date": "2026-03-03 17:40", "body": """
Dear Dr Kershaw,

Thank you for the geriatrics teaching last Tuesday. You mentioned at the end that the department is starting a falls audit this spring, and I wondered whether there might be space for a Year 4 student to help with it.

Kind regards,
Aisha Bello
"""}),

    M("offensive-neg-f2-deescalation-teaching-quoted-patient-threats.eml", O, False, NONE,
      "a foundation doctor's teaching email to the F1 list: role-play scenarios that quote threats, an insult and sexual "
      "remarks made by patients and a relative, adapted and anonymised, to teach de-escalation and reporting; mention, not use",
      "plain", ("Dr Chidinma Okafor", nhs("chidinma.okafor")), ("Kingsmead FY1 Teaching", "kgh.fy1teaching@nhs.net"),
      "Wednesday F1 teaching: de-escalation scenarios", "2026-05-11 08:35", """
Dear all,

Ahead of Wednesday's teaching on de-escalation, here are the three scenarios we'll role-play. They are adapted from things that happened to F2s in our cohort this year, with every detail that could identify a patient removed, and shared with the permission of the doctors involved.

Scenario 1. An intoxicated man in ED, told he has to wait for a scan, says to the F1: "I know what car you drive. I'll be waiting for you when you finish, you little bitch."

Scenario 2. On a surgical ward at night, a patient keeps commenting on a female F1's body while she takes bloods ("you can come back and check on me any time, darling, I'll keep the bed warm") and grabs at her wrist.

Scenario 3. A relative, angry about visiting restrictions, tells a nurse and the F1 that he'll "make sure you both lose your jobs" and that he "knows people".

For each one we'll look at keeping yourself safe first (position, exits, never alone), what to say and what not to say, when to call security and the nurse in charge, and how to report it afterwards. Nobody is expected to put up with abuse, and you can always step out.

Education Centre, Seminar Room 2, 13:00-14:30. Lunch provided.

Best wishes,
Chidinma

Dr Chidinma Okafor | FY2 | Foundation teaching rep | Kingsmead General Hospital
"""),

    # ================================================================== defamatory look-alikes: no hold (4)
    M("defamatory-neg-german-hedged-opinion-strict-vascular-consultant.eml", D, False, NONE,
      "in German, to a friend in Hamburg: honest, hedged opinion that a named consultant is blunt and demanding but a fair "
      "teacher; mentions classmates' rumours only to say she doesn't know if they're true and won't repeat them",
      "gmail", ("Katharina Vogt", ex("katharina.vogt")), ("Mia Lorenzen", "mia.lorenzen@web.de"),
      "Re: Wie geht's dir?", "2026-04-19 21:05", """
Hi Mia,

danke für deine Nachricht! Mir geht's gut, nur ein bisschen müde. Ich bin jetzt in der fünften Woche auf der Chirurgie in Wrenfield, und mein Betreuer ist Mr Hollis, ein Oberarzt aus der Gefäßchirurgie.

Ehrlich gesagt finde ich ihn ziemlich anstrengend. Er ist sehr direkt, manchmal fast unhöflich, und wenn man bei der Visite eine Frage nicht beantworten kann, wird man vor allen ein bisschen vorgeführt. Ich glaube aber, er meint es nicht böse. Er erwartet einfach viel, und die Patienten scheinen ihn zu mögen. Operieren kann er wirklich gut, und ich habe bei ihm mehr gelernt als auf der letzten Station.

Ein paar Leute aus meinem Jahrgang erzählen Gerüchte darüber, warum er von seinem letzten Krankenhaus weggegangen ist. Keine Ahnung, ob da etwas dran ist, und ich will das auch nicht weitererzählen. Ich kenne nur das, was ich selbst sehe, und das ist ein strenger, aber fairer Lehrer.

Wie läuft dein PJ? Bist du schon in der Inneren?

Liebe Grüße aus dem Regen
Kathi
"""),

    M("defamatory-neg-f1-possible-alcohol-colleague-to-clinical-supervisor.eml", D, False, NONE,
      "a foundation doctor asks her clinical supervisor, the proper channel, for advice: she thought she smelled alcohol on a "
      "named F1 colleague at one handover, says she may be mistaken, saw no drinking or error, has told no one else",
      "outlook", ("Dr Sinead Mulrooney", nhs("sinead.mulrooney")), ("Dr Alistair Penrose", nhs("alistair.penrose")),
      "Advice please - confidential", "2026-05-18 18:24", """
Dear Dr Penrose,

I'd be grateful for your advice about something. I'm raising it with you because you're my clinical supervisor and I'm not sure what the right route is.

At Saturday morning's handover I thought I smelled alcohol on Dr Ben Tranter, one of the F1s on the medical rota, while I was standing next to him for a few minutes. I didn't see him drink, I don't know what the explanation is, and it's quite possible I was mistaken; it could have been mouthwash or something from the night before. He seemed to take handover normally and I didn't notice any problem with his work that morning.

I haven't mentioned this to anyone else, and I don't want to cause trouble for a colleague who may simply be having a hard time. But I also know I shouldn't ignore it if there's any chance of a risk to patients or to him. Could we talk about whether this should go any further, and if so to whom? I'm free after 5pm most days this week.

Kind regards,
Sinead

Dr Sinead Mulrooney | FY1 General Medicine | Kingsmead General Hospital
"""),

    M("defamatory-neg-tutor-feedback-to-student-inaccurate-clerking.eml", D, False, NONE,
      "a consultant tutor writes only to the Year 4 student concerned, recording fair feedback that his clerking recorded an "
      "examination he had not done, noting he was honest and that she won't escalate; about the recipient himself, proper channel",
      "thunderbird", ("Dr Fiona Carradine", "fiona.carradine@nottingham.ac.uk"), ("Luke Henshaw", ex("luke.henshaw")),
      "Our conversation on Thursday", "2026-03-28 10:02", """
Dear Luke,

Thank you for coming to see me on Thursday. As promised, I'm putting our conversation in writing so you have a clear record of it, and I'm sending it only to you.

When we reviewed your clerking on the ward, your entry recorded a full neurological examination as normal. When I asked, you told me straight away that you hadn't examined the lower limbs because the patient was asleep and you meant to go back. I accept that, and I appreciate your honesty.

Even so, the entry was inaccurate, and in real notes an entry like that can mislead the next doctor. In future, please document only what you have done and write "not examined" or "to complete" for anything you haven't. That is standard practice and nobody will think less of you for it.

I don't regard this as a professionalism concern and I won't be escalating it, but I'd like you to write a short reflection in your e-portfolio, and we can talk it through at your mid-placement review. You are otherwise doing well on the ward.

Best wishes,
Fiona Carradine
Consultant Geriatrician and Clinical Tutor, St Aldric's Hospital
"""),

    M("defamatory-neg-sourced-public-register-conditions-friend-singapore.eml", D, False, NONE,
      "to a friend in Singapore whose mother was referred to a named consultant: reports only what the public medical "
      "register shows (conditions on his registration), says it gives no reason, discounts an anonymous forum post, suggests PALS",
      "gmail", ("Daniel Osei", ex("daniel.osei")), ("Wei Ling Tan", "weiling.tan88@gmail.com"),
      "Re: that doctor your mum's seeing", "2026-05-02 14:37", """
Hi Wei Ling,

Sorry for the slow reply, it's been a hectic week on my cardiology block.

I had a look at the thing you asked about. On the GMC's online register, Dr Peter Lindqvist does show as having conditions on his registration, which is public information anyone can look up. The register doesn't say what they're for, and I genuinely don't know. Conditions can be about all sorts of things, including someone's health or supervision while they retrain, and they don't necessarily mean he's done anything wrong with a patient. The forum post you mentioned made much stronger claims, but it was anonymous and I wouldn't put any weight on it.

If your mum feels uneasy, the simplest thing is to ask her GP, or ask the hospital's patient advice service (PALS) whether she could see another consultant in the same clinic. She's entitled to ask and nobody will be offended.

Hope Singapore is treating you well - still jealous of your food photos.

Daniel
"""),
]
