"""Batch 11b: 22 labelled emails (8 offensive, 4 defamatory, 10 look-alike negatives), written fresh as a
held-back test set, without reading bedside's rules, word lists, fixtures or earlier mail texts; only the
notes in labels.json were read, to avoid repeating their scenarios, and batch 5 for the M(...) format.

Every person, hospital, practice, ward, service, village, newsletter and society is invented. No patient
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
    M("offensive-polite-gender-prejudice-male-student-midwife-labour-ward.eml", O, True, HO,
      "Year 4 to the obstetrics placement coordinator, courteous register: asks not to share labour-ward shifts with a "
      "named male student midwife, says men have no place in midwifery and hints at his 'motives'; gender prejudice, no swearing",
      "outlook", ("Philippa Grange-Howell", ex("philippa.grangehowell")),
      ("Ms Lorna Tebbit", "lorna.tebbit@nottingham.ac.uk"),
      "Labour ward rota - a request", "2026-02-03 07:52", """
Dear Ms Tebbit,

Thank you for sending the labour ward rota for my obstetrics block. I wonder whether it would be possible to move my shifts so that I am not paired with Rhys Abernethy, the student midwife from the university's midwifery programme.

I want to be clear that I have no complaint about anything he has done. My concern is a more general one. I simply do not believe men have a place in midwifery. Birth is something women have always supported each other through, and a woman in labour should not have to look up and see a strange man at the end of the bed because he has decided this is his career.

I also think, if I am honest, that it is fair to ask why a young man would choose to spend his working life watching women give birth. Most people quietly wonder the same thing, even if nobody is allowed to say it. I would rather not be associated with that on my shifts.

I will of course be entirely professional if we do end up working together. But I would be grateful if the School could raise with the midwifery programme whether admitting men is really in patients' interests.

Kind regards,
Philippa Grange-Howell
Year 4 MBBS
"""),

    M("offensive-stereotype-kung-flu-coded-slurs-east-asian-classmate.eml", O, True, HO,
      "lower-case to two classmates: a named Chinese classmate who wears a mask called 'patient zero', 'kung flu', "
      "'check her lunchbox for bats', 'the wuhan contingent'; anti-East-Asian stereotypes and coded pandemic slurs, no swearing",
      "iphone", ("Archie Penhallow", ex("archie.penhallow")),
      [("Dev", ex("devansh.kohli")), ("Morgan", ex("morgan.tiplady"))],
      "pbl lol", "2026-02-10 13:21", """
patient zero is back in pbl 😷 jiahui lin coughed twice and sat down next to me, i've never moved so fast

someone needs to check her lunchbox for bats before thursday. they'll eat literally anything that moves over there and then act surprised when the rest of us catch the kung flu

from now on i'm keeping 2m from the whole wuhan contingent on the back row. you have been warned
""", sent_from=False),

    M("offensive-wounding-classmate-endometriosis-extensions-nobody-believes.eml", O, True, HO,
      "sent straight to a named classmate who posted about her endometriosis and got a group-project extension: "
      "'nobody believes a word', 'the one illness nobody can check', her ex left for a reason; meant to wound, no swearing",
      "thunderbird", ("Sebastian Marwood", ex("sebastian.marwood")), ("Keziah Lomond", ex("keziah.lomond")),
      "your post", "2026-02-17 23:48", """
Keziah,

I read your post on the year page about your endometriosis and how "grateful" you are for the extension on the public health project. I thought you should hear what the rest of the group actually think, since none of them will tell you.

Nobody believes a word of it. You have found the one illness nobody can check, and you play it beautifully: a flare-up the week of every deadline, a brave little post, forty likes, and the rest of us redo your section at midnight.

Everyone has noticed that the pain never stops you getting to the Friday socials. And for what it is worth, I don't think Callum left because of your pelvis. I think he left because living with someone who turns every week into a tragedy about herself is exhausting. We would know.

Maybe next time just say you can't be bothered. It would be more honest.

Seb
"""),

    M("offensive-pursuing-sexual-remarks-library-assistant-after-no-contact.eml", O, True, HO,
      "Year 2 to a named library assistant's staff address after she asked him (quoted) to stop leaving notes and not to "
      "email: dismisses it, lists her late shifts and bus, sexual remarks about her body, says he will be at the desk",
      "plain", ("Conrad Yelland", ex("conrad.yelland")), ("Bryony Askew", "bryony.askew@nottingham.ac.uk"),
      "Re: Please stop", "2026-02-24 22:37", """
Bryony,

I know what your email says but I don't think you mean it. You smiled at me on Thursday when I brought the books back, and people don't do that to someone they want to go away. I think your manager is making you send these.

I have noticed you do the late shift on Tuesdays and Thursdays and get the 21.40 bus from the stop outside the medical school, so it would be easy for me to walk you there. You shouldn't be walking on your own anyway.

I'll be honest, I think about you leaning over the returns trolley in that grey cardigan more than I should. I know you wear it for me. You have the kind of figure that makes it very hard to concentrate in the silent study area.

I'll be at the issue desk on Thursday at 9. Please don't make a scene about it.

Conrad
""", quote={
          "from": ("Bryony Askew", "bryony.askew@nottingham.ac.uk"), "to": ("Conrad Yelland", ex("conrad.yelland")),
          "subject": "Please stop", "date": "2026-02-23 16:05", "body": """
Conrad, please stop leaving notes for me at the issue desk and do not email me again. I am not interested in any contact outside helping you with library enquiries. If this continues I will report it to the library services manager.

Bryony Askew
Library Assistant
"""}),

    M("offensive-implied-threat-neighbour-reported-noise-dog-and-bike.eml", O, True, HO,
      "Year 1 to a named neighbour in the same student block who reported his parties to the landlord: her dog, her "
      "ground-floor window and her bike by the bins, 'be a shame', think before talking to anyone else; implied threat, no swearing",
      "gmail", ("Lewis Mabbott", ex("lewis.mabbott")), ("Anjali Deshmukh", ex("anjali.deshmukh")),
      "the landlord", "2026-03-02 01:14", """
Hi Anjali,

Heard you went to the landlord about Saturday. Thanks for that.

Lovely dog you've got by the way. Biscuit, isn't it? Lot of people in Flat 1 leave the ground-floor window open in this weather. Would be a shame if he got out one night and ended up on the main road. Dogs do that.

I see you still lock your bike up by the bins as well. Brave.

Anyway, I'd think very carefully before you talk to the landlord, or anyone else, about me again. I'm sure you'll make the right choice.

Lewis
"""),

    M("offensive-swedish-dehumanising-drug-service-patients.eml", O, True, HO,
      "in Swedish with English placement terms, to a friend in Sweden from a substance-misuse service placement: people on "
      "methadone called 'pundare', 'ohyra', not human any more, stop giving naloxone and 'let nature do the rest'; no identifiers",
      "gmail", ("Linnea Sjöberg", ex("linnea.sjoberg")), ("Elin", "elin.bergqvist94@outlook.se"),
      "beroendeplaceringen 🙄", "2026-03-05 21:40", """
Hej Elin!

Vecka två på beroendeplaceringen (substance misuse service kallas det här) och jag håller på att bli galen. Det är bara pundare från morgon till kväll. Samma knarkare som kommer tillbaka varje vecka för sin metadon och sina rena sprutor från needle exchange, och luktar som en soptunna.

Ärligt talat är de inte människor längre. De är ohyra som lever på skattepengar och vi står där och delar ut gratis knark till dem. Personalen kallar dem "service users" och pratar om "harm reduction" med ett leende, jag fattar inte hur de orkar.

Om det var upp till mig skulle vi sluta dela ut naloxon. Låt naturen sköta resten, det skulle spara NHS miljoner.

Nåväl. Hur är det i Göteborg? Saknar dig!

Kram,
Linnea
"""),

    M("offensive-tanglish-mocking-endocrine-clinic-patients.eml", O, True, HO,
      "Tamil-English (Tanglish), Year 4 to a friend in Chennai after an endocrine clinic: mocks a young man's "
      "gynaecomastia and a woman's PCOS hirsutism ('thaadi aunty', 'needs a barber'), plans to do an impression; no identifiers",
      "thunderbird", ("Karthik Sundaram", ex("karthik.sundaram")), ("Vignesh", "vignesh.r.balaji@gmail.com"),
      "endo clinic semma comedy", "2026-03-09 20:05", """
Machan,

Today endo clinic was semma comedy da. Oru college paiyan vandhaan with gynaecomastia, bro his chest was literally bigger than my cousin's. He was so shy to take off his shirt, I had to pretend to cough and go outside to laugh. Moobs level vera level.

Then oru aunty with PCOS, full thaadi meesai, I swear she needs a barber not an endocrinologist 😂 Naan avanga kitta "any hair growth?" nu ketka vendiyadhu irundhuchu, I nearly died keeping a straight face.

Consultant kept saying "be sensitive, be sensitive". Ayyo, enna sensitive, if I looked like that I would stay inside the house only. Tonight I'm doing the thaadi aunty walk for the gang, I'll send you the video.

Sollu, when are you coming to UK?

Karthik
"""),

    M("offensive-disguised-swearing-at-bandmate-who-replaced-him-medics-band.eml", O, True, HO,
      "lower-case, straight to a named classmate who replaced him as drummer in the medics' band: crude insults and "
      "swearing in disguised spellings ('kn0bhead', 'f*cking', 'sh1te', 'c0ck', 'go do one')",
      "iphone", ("Jordan Pascoe", ex("jordan.pascoe")), ("Felix Aranda", ex("felix.aranda")),
      "congrats i guess", "2026-03-12 00:26", """
congrats on nicking my spot you absolute kn0bhead. you can't keep time to save your life, i watched the video from friday and it was f*cking painful. sh1te fills, rushing every chorus, and that face you pull like you're on glastonbury main stage

everyone in the band is laughing at you behind your back mate. enjoy it while it lasts you talentless little c0ck

go do one
""", sent_from=False),

    # ================================================================== defamatory: hold (4)
    M("defamatory-role-tuesday-night-locum-radiologist-signs-scans-unread.eml", D, True, HD,
      "Year 5 to two former flatmates outside medicine: 'the locum consultant radiologist who covers Tuesday nights at "
      "Hollinmoor General' (one person) stated as fact to sign off CT head reports without opening the images and to have missed a bleed",
      "thunderbird", ("Tamsin Rudd", ex("tamsin.rudd")),
      [("Georgie Halse", "georgie.halse@gmail.com"), ("Nat Ebrahim", "nat.ebrahim@hotmail.co.uk")],
      "don't get ill on a Tuesday", "2026-02-12 19:33", """
Hi both,

Genuinely, if either of your parents ever needs a scan at Hollinmoor General, don't let it be a Tuesday night.

The locum consultant radiologist who covers the Tuesday overnights there doesn't look at the scans. I mean that literally. He signs off the CT head reports without even opening the images: he copies the registrar's preliminary wording, changes a couple of words and clicks verify. One of the registrars showed me the log, twenty-odd reports "verified" in under ten minutes while he was at home asleep.

He's paid as a consultant for every one of them. And the man who came back in with a bleed last month that was "reported normal" was one of his. The trust knows and keeps booking him because he's cheap.

Tell your mums. I'm not exaggerating.

T x
"""),

    M("defamatory-named-wellbeing-adviser-shares-disclosures-with-husband.eml", D, True, HD,
      "Year 2 to four friends' personal addresses: the named medical school wellbeing adviser stated as fact to repeat "
      "students' confidential disclosures to her lecturer husband and to have passed a self-harm disclosure to a progression panel",
      "gmail", ("Ffion Dacre", ex("ffion.dacre")),
      [("Izzy", "izzy.harcourt@gmail.com"), ("Sol", "solomon.afolabi@icloud.com"),
       ("Rosa", "rosa.lindgren02@gmail.com"), ("Maddie", "madeleine.crisp@outlook.com")],
      "DO NOT go to Moira", "2026-02-26 22:58", """
Guys, serious one. Whatever you do, don't tell Moira Kettleby anything.

She's the wellbeing adviser on the third floor and she tells her husband everything students say to her in sessions. Her husband is Dr Alan Kettleby, who sits on the Year 2 progression committee. A girl in the year above told Moira she'd been self-harming and it came up word for word in her progression meeting two weeks later. Moira passed it on, full stop.

She also writes stuff in the file that you never said to make it look like she's "managing risk". It's basically a pipeline straight to the committee.

If you need someone, go to your GP or the university counselling service, not her. Please pass this on to anyone you know who's seeing her.

Ffi x
"""),

    M("defamatory-named-phlebotomist-reuses-needles-village-newsletter.eml", D, True, HD,
      "formal, Year 3 to the editor of an invented village newsletter asking her to print it: the named phlebotomist at "
      "the village surgery stated as fact to reuse needles between patients to save money and to have given a woman hepatitis",
      "outlook", ("Gregory Ashfield-Nunn", ex("gregory.ashfieldnunn")),
      ("Mrs Pauline Strood, Editor", "editor@thornleighparvapump.org.uk"),
      "Letter for the April Parish Pump - urgent", "2026-03-04 18:10", """
Dear Mrs Strood,

I am a third-year medical student and grew up in Thornleigh Parva, and I would be grateful if you could print the following as a letter in the April edition of the Parish Pump. I am happy for my name to appear under it.

Residents should know that Carol Pettifer, the phlebotomist at Thornleigh Parva Surgery, reuses needles. I spent a week at the surgery on placement and watched her take blood from one patient, wipe the butterfly needle and use it again on the next person to save the practice money. She has been doing this for years. At least one woman in the village caught hepatitis C from her, and the partners have kept it quiet to protect the surgery's reputation.

Until the surgery deals with her, I would urge everyone in the village to ask for their blood tests to be done at Kettlesby Moor instead.

Yours sincerely,
Gregory Ashfield-Nunn
"""),

    M("defamatory-named-classmate-drunk-hit-and-run-after-ball-list.eml", D, True, HD,
      "plain text to the Year 5 ball committee list, copying a friend: a named classmate stated as fact to have driven home "
      "drunk from the Winter Ball, hit a parked car and driven off, with his father paying to hush it up",
      "plain", ("Harry Lindqvist", ex("harry.lindqvist")),
      ("Year 5 Ball Committee", "y5-ball-committee@exmail.nottingham.ac.uk"),
      "Oscar and the awards", "2026-01-27 11:42", """
Before anyone votes Oscar Fairweather "Most Likely to be a Consultant" at the awards, you should all know what he did after the Winter Ball.

He drove home from the venue absolutely hammered, at least eight pints and shots on top, clipped a parked car on Mossgate Road hard enough to take the wing mirror off, and drove away. He didn't stop and he didn't leave a note. His dad has since paid the owner off through a solicitor so it never gets to the police.

This is someone who will be prescribing to patients in six months. He is a criminal and not fit to be a doctor, and I don't think the committee should be handing him a trophy.

Harry
""", cc=[("Bea Sandhurst", ex("bea.sandhurst"))]),

    # ================================================================== negatives (10)
    M("offensive-neg-male-student-midwife-remarks-reported-to-placement-lead.eml", O, False, NONE,
      "Year 4 to the obstetrics placement coordinator, the proper channel: quotes a visitor's remarks to a male student "
      "midwife ('men have no business in here', 'what kind of man wants this job') and asks how to support him; mention, not use",
      "outlook", ("Abimbola Fashola", ex("abimbola.fashola")),
      ("Dr Seren Probert", "seren.probert@nottingham.ac.uk"),
      "Something on labour ward I wanted to ask about", "2026-02-06 16:20", """
Dear Dr Probert,

I wanted to ask your advice about something I saw on labour ward on Tuesday, and I have copied in my personal tutor.

I was shadowing with a male student midwife. When he went in with his mentor to introduce himself, a visiting relative (not the woman in labour) said loudly, "Men have no business in here," and later, in the corridor, "What kind of man wants this job anyway?" The woman herself was happy for him to stay, and the midwife handled it calmly.

I know women may ask for a female clinician and that this should be respected. What I am less sure about is how to respond when remarks like these come from someone else and are about him rather than about her care. He brushed it off, but I could see it upset him.

Is there guidance the School or the midwifery team use for this, and would it be appropriate for me to mention it to the ward manager? I have not named him here as I have not asked his permission.

Kind regards,
Abimbola Fashola
Year 4
""", cc=[("Dr Hugo Ferrars", "hugo.ferrars@nottingham.ac.uk")]),

    M("offensive-neg-ethics-essay-anti-east-asian-pandemic-stigma.eml", O, False, NONE,
      "Year 2 ethics essay section sent to the tutor: analyses pandemic-era anti-East-Asian terms ('kung flu', 'Chinese "
      "virus', 'bat eaters') and their effect on staff and patients in order to condemn them; mention, not use",
      "plain", ("Mei Ling Tan-Whitaker", ex("meiling.tanwhitaker")),
      ("Dr Oluwaseun Brett", "oluwaseun.brett@nottingham.ac.uk"),
      "Ethics essay - draft section 3 for comment", "2026-02-19 17:45", """
Dear Dr Brett,

Here is the third section of my essay on stigma in infectious disease outbreaks. I would be grateful for your comments on whether quoting the terms directly is appropriate, or whether I should paraphrase.

Section 3: Naming, blame and the East Asian healthcare workforce

During the COVID-19 pandemic, public figures and social media users popularised terms such as "kung flu" and "the Chinese virus", and older stereotypes about East Asian people as "bat eaters" with "dirty" food habits resurfaced. The WHO's guidance on naming diseases exists precisely to avoid attaching an outbreak to a place or people.

Surveys of NHS staff of East Asian heritage describe being called "patient zero" by colleagues, being avoided in shared spaces for wearing masks, and patients refusing their care. I argue that this language is not harmless banter: it turns a public health measure into a marker of suspicion and has measurable effects on staff wellbeing and on patients' willingness to seek care.

Best wishes,
Mei Ling
"""),

    M("offensive-neg-afrikaans-english-sibling-banter-borrowed-car.eml", O, False, NONE,
      "Afrikaans-English, a Year 3 student to his younger sister who borrowed his car: affectionate teasing ('jou dom "
      "ding', 'ek gaan jou vermoor' over an empty tank), thanks for her help, 'baie lief vir jou'; banter, not abuse",
      "iphone", ("Ruan van der Westhuizen", ex("ruan.vanderwesthuizen")), ("Marike", "marike.vdw@gmail.com"),
      "my kar!!", "2026-02-22 10:08", """
Marike jou dom ding, you brought my car back with the fuel light ON. Ek gaan jou vermoor 😂 I had to push it half way to the garage this morning before placement, jislaaik.

Ag no, jokes, thanks for fetching Ma from the airport, she said you were a star. Next time fill it up or I'm telling her about the bumper.

Sien jou Saterdag vir die braai. Baie lief vir jou, sussie x
"""),

    M("offensive-neg-medics-band-gig-recap-violent-idioms-mild-swearing.eml", O, False, NONE,
      "band secretary to the medics' band list after a gig: violent-sounding idioms used playfully (killed it, murdered "
      "the solo, slayed, dead on my feet) and mild affectionate swearing; welcomes the new drummer warmly",
      "gmail", ("Nadia Rahimi", ex("nadia.rahimi")), ("Medics Band", "medics-band@exmail.nottingham.ac.uk"),
      "Friday = absolute carnage (the good kind)", "2026-03-14 12:30", """
Hi all,

What a night. We absolutely killed it on Friday, the bar manager says it was their busiest night of term. Sid murdered that guitar solo (in the good way), Hana slayed the harmonies, and Felix, for a first gig with us you were bloody brilliant. Welcome properly to the band.

Confession: I was dead on my feet by the encore and I nearly died of shame when I forgot the second verse of Mr Brightside. Please never speak of it.

Admin: whoever left the cymbal stand in the corridor, I will hunt you down (please just put it back in the cupboard). Rehearsal is Wednesday 7pm, music room 2. Charity total from the bucket was £312!

Nadia x
"""),

    M("offensive-neg-tanglish-to-amma-endocrine-clinic-respectful.eml", O, False, NONE,
      "Tamil-English (Tanglish), a Year 4 student to her mother after an endocrine clinic: kind description of a young man "
      "embarrassed by gynaecomastia and a woman with PCOS who is teased about facial hair; consultant's lesson never to make a patient a joke",
      "iphone", ("Priya Ramanathan", ex("priya.ramanathan")), ("Amma", "lakshmi.ramanathan61@gmail.com"),
      "clinic today", "2026-03-10 19:15", """
Amma,

Today endocrine clinic was so interesting. Oru young boy came with gynaecomastia, breast tissue in men, romba common but he was so embarrassed, he didn't want to take off his shirt. Paavam. The consultant was so gentle, explained it is hormones and often settles, and he relaxed a lot.

Then oru lady with PCOS. She told us people at work make jokes about her facial hair, she started crying. I felt so bad Amma. Consultant sonna, "never let a patient feel like they are a joke in this room." I'm going to remember that.

I'll call you on Sunday. Appa-kku sollunga I'm eating properly 😄

Priya
"""),

    M("offensive-neg-apology-to-neighbour-after-noise-complaint-dog.eml", O, False, NONE,
      "Year 1 to a neighbour who reported his party to the landlord (her message quoted): a genuine apology, agrees quiet "
      "hours, apologises that the music scared her dog, offers to move the recycling away from her bike; mentions dog and bike kindly",
      "plain", ("Toby Quenby", ex("toby.quenby")), ("Hannah Oyelaran", ex("hannah.oyelaran")),
      "Re: Saturday night", "2026-03-03 09:30", """
Hi Hannah,

You're completely right and I'm really sorry. It got much bigger and louder than I planned and I should have shut it down well before 3am. The landlord has been in touch and fair enough.

I'm especially sorry about Pepper. I didn't realise how much the bass would carry through the floor, and I feel awful that she was hiding under the bed all night. Any more gatherings will finish by 11 and I'll message you beforehand.

Also, some of the empties ended up by the bins next to your bike. I've cleared them and I'll keep our recycling on the other side from now on.

Toby (Flat 4)
""", quote={
          "from": ("Hannah Oyelaran", ex("hannah.oyelaran")), "to": ("Toby Quenby", ex("toby.quenby")),
          "subject": "Saturday night", "date": "2026-03-02 08:12", "body": """
Hi Toby, I've had to report Saturday's noise to the landlord. It went on until nearly 4am, my dog was terrified and I had a 9am placement. Please can it not happen again.
"""}),

    M("defamatory-neg-phlebotomy-glove-concern-to-gp-placement-lead.eml", D, False, NONE,
      "Year 3 to the School's GP placement lead, the proper channel: first-hand, careful account of seeing a named "
      "phlebotomist not change gloves between two patients and recap a needle once; says he may have missed things, accuses no one of more",
      "outlook", ("Callum Yeardley", ex("callum.yeardley")),
      ("Dr Imogen Thackeray, GP Placement Lead", "imogen.thackeray@nottingham.ac.uk"),
      "Infection control question from my GP placement", "2026-03-06 12:05", """
Dear Dr Thackeray,

I would like to raise something I saw during my GP placement last week and ask for your advice on whether and how to take it further.

On Wednesday morning I sat in with the practice phlebotomist, Janet Ormesby. Between two consecutive patients I saw her keep the same pair of gloves on, and once she recapped a used needle by hand before putting it in the sharps bin. Each needle itself was new and was disposed of; I am not suggesting anything beyond what I describe here.

It is possible I missed a glove change while I was writing notes, and I do not know what the practice's own procedures say. I did not feel able to raise it with her directly at the time.

Would you advise me to mention it to my GP tutor, or is it better for the School to pass it on? I would be grateful for guidance.

Kind regards,
Callum Yeardley
Year 3
"""),

    M("defamatory-neg-sourced-radiology-review-news-reply-to-housemates.eml", D, False, NONE,
      "reply to housemates asking about a rumour (quoted): reports only what an invented local paper and the trust's "
      "statement say about an external review of overnight CT reporting; no doctor named, declines to repeat online claims",
      "thunderbird", ("Esther Kamau-Lynch", ex("esther.kamaulynch")),
      [("Jonty", "jonty.hale@gmail.com"), ("Priti", "priti.okonedo@gmail.com")],
      "Re: is Hollinmoor safe??", "2026-02-15 20:40", """
Hi both,

Honestly I only know what's been published. The Hollinmoor Evening Courier ran a piece on Thursday saying the trust has asked the Royal College of Radiologists to carry out an external review of its overnight CT reporting, after a backlog and "concerns about turnaround times". The trust's statement says no patient harm has been confirmed and that the review is "routine good practice".

Neither the paper nor the trust names any doctor, and I'm not going to guess or repeat what people are saying on Facebook about particular people. If your mum has a scan booked, she should go. Overnight scans are usually checked again in the morning anyway.

Es
""", quote={
          "from": ("Jonty Hale", "jonty.hale@gmail.com"), "to": ("Esther Kamau-Lynch", ex("esther.kamaulynch")),
          "subject": "is Hollinmoor safe??", "date": "2026-02-15 18:02", "body": """
Someone in the village group says a radiologist at Hollinmoor has been missing bleeds on nights. My mum has a scan there next week. You're the medic, is it true??
"""}),

    M("defamatory-neg-confidentiality-question-to-head-of-wellbeing.eml", D, False, NONE,
      "Year 2 to the Head of Student Wellbeing, the proper channel: says rumours are going round that advisers share "
      "disclosures with staff, names no one and repeats no claim, asks what the confidentiality policy says and who sees notes",
      "gmail", ("Rhiannon Cobb", ex("rhiannon.cobb")),
      ("Head of Student Wellbeing", "wellbeing-head@nottingham.ac.uk"),
      "Question about confidentiality of wellbeing appointments", "2026-03-01 14:22", """
Dear Head of Student Wellbeing,

Some students in my year have told me they are worried about booking wellbeing appointments because of rumours that what they say might be passed on to teaching staff or progression committees. I have no evidence of this, I am not accusing anyone, and I have not named anyone because I do not know of any specific case.

Would you be able to tell me what the confidentiality policy actually says? In particular: who can see appointment notes, when information would be shared without consent (for example a risk to life), and whether the School of Medicine ever receives anything from an appointment.

If there is a page I can share with the year, that would help people feel safe to get support.

Many thanks,
Rhiannon Cobb
Year 2 welfare rep
"""),

    M("defamatory-neg-police-witness-appeal-ball-collision-year-list.eml", D, False, NONE,
      "Year 5 ball chair to the year list: relays a police witness appeal (quoted) about a collision near the venue after "
      "the ball, names no one, asks people to contact the police directly and not speculate or share names online",
      "outlook", ("Olivia Brightwell", ex("olivia.brightwell")),
      ("Year 5 MBBS", "mbbs-year5-list@exmail.nottingham.ac.uk"),
      "Police appeal after the Winter Ball - please read", "2026-01-26 09:15", """
Hi everyone,

I hope you all got home safely on Saturday. Local police have asked us to share the appeal below with people who were at the Winter Ball. It says:

"Officers are appealing for witnesses after a parked car was damaged on Mossgate Road between 1am and 2am on Sunday 25 January. The driver of the vehicle involved did not stop. Anyone with information or dashcam footage is asked to call 101 quoting the incident number on the force website."

Nobody knows who was involved and the police have not said it was anyone from the ball. Please don't speculate in the group chat or put anyone's name on social media. If you saw something, tell the police directly.

Next year we will run the late minibus again, so there's no excuse for driving after a drink.

Olivia
Ball Committee Chair
"""),
]
