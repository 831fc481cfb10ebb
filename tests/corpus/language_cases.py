"""Labelled corpus for the language rules: offensive, defamatory, documents, etiquette.

Each case names the categories a careful reviewer would expect findings in, and the verdict.
Tricky negatives are the point: clinical vocabulary, place names, surnames, idioms, fair
criticism, documents sent inside the university. Hand-written cases first, then generated
variants. Used by tests/test_language_corpus.py and bench/language_quality.py.
"""

from __future__ import annotations

import random

FRIEND = "sam.friend@gmail.com"
TUTOR = "helen.ward@nottingham.ac.uk"
CLASSMATE = "jo.classmate@exmail.nottingham.ac.uk"
OUTSIDE = "cousin@outlook.com"


def case(id, text, cats=(), verdict=None, to=FRIEND, subject="today", attachment=None):
    cats = sorted(cats)
    if verdict is None:
        verdict = "hold" if set(cats) & {"offensive", "defamatory", "documents"} else "warn" if cats else "deliver"
    return {"id": id, "text": text, "cats": cats, "verdict": verdict, "to": to, "subject": subject,
            "attachment": attachment}


def staff(body: str) -> str:
    return f"Dear Dr Ward,\n\n{body}\n\nKind regards,\nAmy Student"


HAND = [
    # --- offensive: strong, disguised, slurs, threats, insults, harassment ------------------------
    case("off-01", "That shift was f*cking awful and the rota is total sh1t.", ["offensive"]),
    case("off-02", "tell him to f u c k off", ["offensive"]),
    case("off-03", "what a c**t that man is", ["offensive"]),
    case("off-04", "f.u.c.k.i.n.g hell, the exam was brutal", ["offensive"]),
    case("off-05", "fuuuuuck I failed", ["offensive"]),
    case("off-06", "the new guy is such a r3tard honestly", ["offensive"]),
    case("off-07", "ѕhit, I forgot my stethoscope", ["offensive"]),
    case("off-08", "he's a total b!tch about the sign-offs", ["offensive"]),
    case("off-09", "If he marks me down again I'll kill him.", ["offensive"]),
    case("off-10", "Tell the registrar he'd better watch his back.", ["offensive"]),
    case("off-10d", "go f*** yourself lol", ["offensive"]),
    case("off-10e", "W T F was that lecture, fckin waste of time", ["offensive"]),
    case("off-10f", "muslims shouldn't be allowed to be doctors tbh", ["offensive"]),
    case("off-10g", "all these immigrants coming over to steal our jobs, send them back", ["offensive"]),
    case("off-10h", "ur so hot, wanna come round mine tonight?", ["offensive"], to=CLASSMATE),
    case("off-10i", "I hope the examiner gets run over by a bus", ["offensive"]),
    case("hate-neg-01", "South Asians are at higher risk of type 2 diabetes, so screen earlier.", []),
    case("hate-neg-02", "Refugees often arrive with untreated TB; the clinic will send them back to their GP after.", []),
    case("hate-neg-03", "Women should be offered cervical screening from 25.", []),
    case("star-neg-01", "The grade boundaries are A, B, C... I got a f*** knows what.", ["offensive"]),
    case("star-neg-02", "Answer format: f*** (four letters) for the crossword clue 'not unwell'.", []),
    case("def-19", "I think the dean might be sleeping with one of the fourth years", ["defamatory"]),
    case("etq-neg-01", staff("Is vitamin K given before the FFP? And should we check Hep B status first?"), [],
         to=TUTOR, subject="Warfarin reversal question"),
    case("etq-neg-02", staff("I am in Group U for the OSCE (stations K to R). Is that right?"), [], to=TUTOR,
         subject="OSCE group"),
    case("etq-neg-04", staff("Please find my reflection below. I have anonymised the patient as Mr X.\n\n"
                             "Mr X was admitted with pneumonia; the team explained the CURB-65 score."), [],
         to=TUTOR, subject="Portfolio reflection"),
    case("etq-kiss-01", staff("Thanks so much for signing my logbook x"), ["etiquette"], to=TUTOR,
         subject="Logbook"),
    case("etq-neg-03", staff("Thank you for the teaching today!! It was really helpful."), [], to=TUTOR,
         subject="Thank you"),
    case("etq-pos-01", staff("can u send me the slides pls, thx"), ["etiquette"], verdict="warn", to=TUTOR,
         subject="Slides"),
    case("etq-neg-04", "Dr Ward,\n\nCould I have the reading list for the block?\n\nAmy", [], to=TUTOR,
         subject="Reading list for the renal block"),
    case("etq-neg-05", "Dear Dr Ward,\n\nCould I have the reading list for the block?\n\nAmy Smith\nMBChB Year 2\n\n"
         "Sent from my iPhone", [], to=TUTOR, subject="Reading list for the renal block"),
    case("etq-pos-02", "Could I have the reading list for the block?\n\nSent from my iPhone", ["etiquette"],
         verdict="warn", to=TUTOR, subject="Reading list for the renal block"),
    case("clin-retard-01", "Paeds today: a baby with retarded growth (IUGR) and another on nifedipine retard.", []),
    case("off-dick-01", "that registrar is such a dickhead honestly", ["offensive"]),
    case("off-dick-02", staff("The dick joke in the lecture made some of us uncomfortable."), ["offensive"],
         verdict="warn", to=TUTOR, subject="Lecture feedback"),
    case("off-dick-03", "The drug rep gave us free pens; the dick-shaped stress ball was weird though", []),
    case("def-20", "Dr Patel has been prescribing himself diazepam from the ward stock, I've seen him do it.",
         ["defamatory"]),
    case("def-21", "Sister Moore hits the confused patients when she thinks no one is looking.", ["defamatory"]),
    case("def-22", "Our tutor Dr Evans marks down all the international students because he's racist.", ["defamatory"]),
    case("def-23", "The F1 on ward 10, Josh, signed the obs chart without doing the obs.", ["defamatory"]),
    # session 3: drink at work, with an intensifier; threats to make someone pay or to damage property
    case("def-24", "Dr Khan is a total alcoholic, he turned up to clinic drunk again and nobody does anything.",
         ["defamatory"]),
    case("def-25", "The consultant showed up for the ward round smelling of alcohol.", ["defamatory"]),
    case("def-26", "Everyone knows Prof Carter sleeps with his PhD students.", ["defamatory"]),
    case("def-27", "Mr Brown the orthopod is an absolute butcher, half his patients end up back in theatre",
         ["defamatory"]),
    case("def-neg-27", "Butcher's Row is where we're meeting for dinner", []),
    case("def-neg-24", "The patient is a known alcoholic, admitted with withdrawal seizures.", []),
    case("clin-prick-01", "Needle-stick prick injury - occupational health said to get bloods.", []),
    case("off-prick-01", "that consultant is a massive prick", ["offensive"]),
    case("off-10j", "If you grass me up to the tutor again I will make sure you regret it.", ["offensive"]),
    case("off-10k", "I swear to god if he marks me down again I'll slash his tyres", ["offensive"]),
    case("off-10l", "Stop ignoring me. I know you're in the library, I'm watching you.", ["offensive"]),
    case("off-10m", "I've been watching you all week and I know where you park.", ["offensive"]),
    case("off-neg-10l", "I've been watching you tube videos on the brachial plexus all week, so good", []),
    case("off-neg-10j", "Make sure you pay for the ball tickets by Friday or you'll lose your place.", []),
    # session 4: bribes, drink on duty, name-calling by role or about a patient, sexual requests
    case("def-28", "Dr Fletcher is taking kickbacks from the drug reps, everyone on the firm knows it", ["defamatory"]),
    case("def-29", "Dr Okafor has been drinking on shift, I smelt it on his breath", ["defamatory"]),
    case("def-neg-28", "The lecture on conflicts of interest covered doctors who take kickbacks from industry.", []),
    case("def-neg-29", "Dr Jones bribes the kids with stickers so they let her examine them.", []),
    case("def-neg-30", "We've been drinking on nights out way too much this term haha", []),
    case("def-neg-31", "We had a session on recognising colleagues who have been drinking on shift and how to raise concerns.",
         []),
    case("off-ins-01", "omg the consultant is such a dick, he shouted at me in front of the whole ward round",
         ["offensive"]),
    case("off-ins-02", "The patient in bed 7 is a fat lazy slob who won't even try to mobilise", ["offensive"]),
    case("off-ins-03", "The patient in bed 6 is a bed blocker, social have been useless", ["offensive"]),
    case("off-ins-04", "Honestly Mrs Clarke is a right cow, she shouted at the HCA again", ["offensive"]),
    case("off-neg-ins-01", "The patient was a pig farmer so we asked about zoonoses.", []),
    case("off-neg-ins-02", "The man in bed 3 was so thick-set we struggled to find a vein.", []),
    case("off-neg-ins-03", "The consultant explained Dick's method for calculating the dose, which I'd never heard of.", []),
    case("off-neg-ins-04", "Obesity and reduced mobility increase the risk of VTE in inpatients.", []),
    case("off-sex-01", "Send me some nudes babe, I want to see those tits", ["offensive"]),
    case("off-thr-01", "I swear to god if she reports me she'll be sorry", ["offensive"]),
    case("off-thr-02", "If he snitches I'm going to hunt him down.", ["offensive"]),
    case("off-thr-03", "I'm gonna batter that lad from the rugby team if he talks to my girlfriend again", ["offensive"]),
    case("off-thr-04", "I'm gonna punch that patient if he spits at me again", ["offensive"]),
    case("off-neg-thr-02", "I'm going to batter the fish for dinner, want some?", []),
    case("off-neg-thr-03", "The patient kept trying to hit the nurses, so security came", []),
    case("off-selfharm-01", "ur a waste of space, go kill urself", ["offensive"]),
    case("off-hate-01", "All these foreign doctors should go back to their own country", ["offensive"]),
    case("off-hate-02", "Those immigrants need to go back to where they came from", ["offensive"]),
    case("off-neg-hate-01", "The patient should go back home tomorrow if the bloods are OK.", []),
    case("off-neg-hate-02", "The international students go back to their own country for the summer.", []),
    # session 5: making someone's life hell; faggots the food and a breeder's bitch
    case("off-thr-05", "Stop ignoring my messages or I swear I will make your life hell at placement.", ["offensive"]),
    case("off-thr-06", "I will make your life a misery on this rotation, mark my words", ["offensive"]),
    case("off-neg-thr-04", "Night shifts make my life hell but the team are lovely", []),
    case("off-neg-food-01", "Faggots and mushy peas at the canteen again today, the Midlands really is something.", []),
    case("off-neg-dog-01", "Our bitch had puppies last night, six of them!", []),
    # session 5: symbols as wildcards; a patient's words reported, a word quoted to talk about it
    case("off-s5-01", "f@ck this placement honestly", ["offensive"]),
    case("off-s5-02", "what a c@nt", ["offensive"]),
    case("off-s5-03", "I said fuck it, the patient can wait", ["offensive"]),
    case("off-s5-04", "The consultant was screaming at me that I was a fucking idiot, in front of everyone.",
         ["offensive"]),
    case("off-s5-neg-01", "He was screaming at the nurses that they were all bitches, so security were called and he was "
                          "sectioned.", []),
    case("off-s5-neg-02", "Psych lecture: patients with Tourette's may shout obscenities like 'fuck' involuntarily "
                          "(coprolalia).", []),
    case("off-s5-neg-03", "The patient kept calling me a fucking slag, he was so agitated we had to call security.", []),
    case("off-s5-neg-04", "wh@t a day, h@ppy to be home", []),
    # session 5: accusations of sexual misconduct, unfitness and a death; hate told to a person or of a group
    case("def-s5-01", "Mr Dawson the ortho consultant is a known pervert, don't get stuck alone with him", ["defamatory"]),
    case("def-s5-02", "Sister Mary is completely useless and shouldn't be allowed to nurse", ["defamatory"]),
    case("def-s5-03", "Dr Walsh prescribed the wrong dose and killed that patient, everyone's covering it up",
         ["defamatory"]),
    case("def-s5-neg-01", "The patient shouldn't be allowed to drive after the seizure, we told DVLA.", []),
    case("def-s5-neg-02", "He should be struck off the list for the five-a-side if he keeps missing games lol", []),
    case("off-hate-03", "Go back to Pakistan you terrorist", ["offensive"]),
    case("off-hate-04", "Women shouldn't be surgeons, they're too emotional", ["offensive"]),
    case("off-hate-05", "I think women shouldn't be surgeons, they are too emotional", ["offensive"]),
    case("off-neg-hate-03", "She's going back to Pakistan for her elective, so jealous.", []),
    case("off-neg-hate-04", "Women in surgery society meeting tonight, the speaker is a consultant surgeon.", []),
    case("off-neg-hate-05", "The lecture busted the myth that women are too emotional to lead.", []),
    case("off-neg-hate-06", "Prejudice lecture: some people still think women shouldn't be surgeons, which is nonsense.", []),
    case("off-neg-hate-07", "Women shouldn't be expected to do nights while pregnant, the policy covers that.", []),
    case("doc-key-01", "Here are the answers to this year's progress test that someone posted in the group chat:\n"
         "Q1 B, Q2 D, Q3 A ... Don't share!!", ["documents"]),
    case("doc-key-02", "Q1 was really hard, did anyone get the answer? The q2 one about the brachial plexus was fine.", []),
    case("doc-osce-01", "Copying in the text of the confidential OSCE station for Friday:\n\"Station 4: Breaking bad news. "
         "Candidate instructions: You are the FY1 on a surgical ward...\"", ["documents"]),
    case("doc-osce-02", "Good luck in the OSCE on Friday! Station 4 was breaking bad news last year apparently.", []),
    case("doc-osce-03", "Candidate numbers are on the noticeboard.", []),
    case("doc-osce-04", "Instructions to the simulated patient: you are a 50 year old with abdominal pain.", ["documents"]),
    case("doc-osce-05", "Mark said he'd bring snacks for the revision session, what's the brief for the presentation?", []),
    case("off-neg-thr-01", "She'll be sorry to miss the party, she loves karaoke.", []),
    case("off-neg-10k", "I'll make sure he gets the notes before the exam.", []),
    case("crit-10", "Dr Patel was late to teaching again and didn't apologise, really disorganised.", []),
    case("crit-11", "I don't think Professor Lee marks fairly, my essay got a lower mark than my friend's.", []),
    case("crit-12", "The registrar told me off in front of the patient, which felt unprofessional.", []),
    case("crit-13", "The nurse said the patient had been stealing from other patients' lockers.", []),
    case("crit-14", "I signed the attendance sheet without checking the date, oops.", []),
    case("doc-20", "Minutes of the Year 3 Staff-Student Committee meeting, 3 March 2026. Present: ...",
         ["documents"], to=OUTSIDE),
    case("doc-21", "I'm so nervous about the OSCE station on Thursday, wish me luck mum!", [], to=OUTSIDE),
    case("doc-23", "I've pasted the School of Medicine Fitness to Practise committee minutes below - strictly "
         "confidential.", ["documents"], to=OUTSIDE),
    case("doc-neg-23", "The party is strictly confidential, don't tell Jess!", [], to=OUTSIDE),
    case("doc-22", "OSCE station 4: Instructions to the simulated patient. You are a 45 year old man with chest pain.",
         ["documents"], to=OUTSIDE),
    case("off-10b", "If Professor Hale fails me again I swear I'll smash his face in.", ["offensive"]),
    case("off-10c", "honestly gonna kick his head in if he cancels teaching again", ["offensive"]),
    case("idiom-01b", "I'm going to smash my face into the textbook until pharmacology sticks.", []),
    case("idiom-01c", "Knee exam tip: ask them to straighten their legs and break the lesson into steps.", []),
    case("off-11", "kys honestly", ["offensive"]),
    case("off-12", "you're such a useless idiot", ["offensive"]),
    case("off-13", "Nobody likes you and you'll never be a doctor.", ["offensive"]),
    case("off-14", "Did you see the new FY1? nice tits", ["offensive"]),
    case("off-15", "send me nudes x", ["offensive"]),
    case("off-16", "that paki in our PBL group never does any work", ["offensive"]),
    case("off-17", "stop being such a faggot and come out", ["offensive"]),
    case("off-18", "the patient was a total nutter, screaming at everyone", ["offensive"]),
    case("off-19", "I'm gonna k1ll the registrar if he bleeps me again", ["offensive"]),
    case("off-20", "she's such a cow, she never helps", ["offensive"]),
    case("off-21", "what a load of bollocks that lecture was", ["offensive"]),
    case("off-22", "you absolute wanker", ["offensive"]),
    case("off-23", "I hope you die", ["offensive"]),
    case("off-24", "that tranny in the waiting room", ["offensive"]),
    case("off-25", "he's so thick honestly, can't even cannulate", ["offensive"]),
    case("off-26", staff("Sorry I'm late with this, it's been a bit of a cock-up with the buses."),
         ["offensive"], verdict="warn", to=TUTOR, subject="Late submission"),
    case("off-27", staff("I'm absolutely knackered after nights but will be at teaching."),
         ["offensive"], verdict="warn", to=TUTOR, subject="Teaching tomorrow"),
    case("off-28", "bloody hell what a cock-up, I'm knackered", [], to=FRIEND),
    # --- clinical vocabulary, names, places, idioms: never offensive ------------------------------
    case("clin-01", "Differentials for rectal bleeding: anal fissure, haemorrhoids, colorectal cancer.", []),
    case("clin-02", "Penile discharge with dysuria suggests urethritis; test for chlamydia and gonorrhoea.", []),
    case("clin-03", "Bloody stool in a child needs same-day review.", []),
    case("clin-04", "We practised the breast examination and the testicular exam on the manikins.", []),
    case("clin-05", "The patient said he wanted to kill himself, so we did a risk assessment.", []),
    case("clin-06", "Is intrauterine growth retardation still used, or fetal growth restriction?", []),
    case("clin-07", "Spastic diplegia is the commonest form of cerebral palsy.", []),
    case("clin-08", "Skin prick testing for the allergy clinic is on Tuesday.", []),
    case("clin-09", "The vaginal discharge swab and the semen analysis results came back normal.", []),
    case("clin-10", "Sexual history: two partners in the last three months, condoms used inconsistently.", []),
    case("clin-11", "Suicidal ideation with a plan means urgent psychiatric review.", []),
    case("clin-12", "Faecal incontinence after a third-degree tear needs a referral.", []),
    case("clin-13", "Overdose of paracetamol: check levels at four hours.", []),
    case("clin-14", "Masturbation and erectile dysfunction came up in the sexual health session.", []),
    case("clin-15", "Nifedipine retard tablets were started for her blood pressure.", []),
    case("clin-16", "The bloody diarrhoea suggested infective colitis.", []),
    case("clin-17", "Needle prick injury policy: wash, encourage bleeding, report to occupational health.", []),
    case("clin-19", "Psycho-social factors matter in chronic pain; spastic gait in the neuro exam.", []),
    case("clin-20", "Nipped out for a fag break with the porters, don't tell anyone", []),
    case("off-29", "you're such a fag honestly", ["offensive"]),
    case("doc-15", "Exam timetable attached so you know when I'm free!", [], to=OUTSIDE,
         attachment=("Exam_timetable_Y2.txt", "Monday 9am: anatomy")),
    case("clin-18", "Dynamic hip screw fixation for the intertrochanteric fracture.", []),
    case("name-01", "Dick Smith drove us from Scunthorpe to Penistone via Essex in a classic car.", []),
    case("name-02", "Mr Cox sat in the cockpit and Dr Dick took the photos.", []),
    case("name-03", "Professor Hancock and Dr Butt are running the cardiology teaching.", []),
    case("name-04", "We have placements in Scunthorpe, Penistone and Middlesex this year.", []),
    case("idiom-01", "The exam killed me but I'll smash the OSCE tomorrow.", []),
    case("idiom-02", "My feet are killing me after that ward round.", []),
    case("idiom-03", "I could murder a coffee right now.", []),
    case("idiom-04", "She absolutely killed it in the presentation.", []),
    case("idiom-05", "We're going to kill two birds with one stone and revise both topics.", []),
    case("idiom-06", "I'm dying to know what the results are.", []),
    case("idiom-07", "That question was a killer.", []),
    case("idiom-08", "Could you send me the pics of the ECG from today's teaching?", []),
    # --- defamatory --------------------------------------------------------------------------
    case("def-01", "Apparently Dr Shah stole morphine from the drug cupboard last week.", ["defamatory"]),
    case("def-02", "Everyone knows the registrar on ward 5 was drunk on shift again.", ["defamatory"]),
    case("def-03", "My clinical supervisor is a racist, he only signs off the white students.", ["defamatory"]),
    case("def-04", "I heard Professor Okafor fakes his research data.", ["defamatory"]),
    case("def-05", "The Dean sleeps with students, it's an open secret.", ["defamatory"]),
    case("def-06", "Dr Patel shouldn't be allowed near patients, he's a danger.", ["defamatory"]),
    case("def-07", "Our tutor sells exam papers to the second years.", ["defamatory"]),
    case("def-08", "Sister Jones fiddles her timesheets every week.", ["defamatory"]),
    case("def-09", "The consultant killed a patient through negligence last year and got away with it.", ["defamatory"]),
    case("def-10", "Mr Evans, the charge nurse, takes cocaine at weekends.", ["defamatory"]),
    case("def-11", "Dr Brown assaulted a porter in the car park.", ["defamatory"]),
    case("def-12", "James Murray lied about his logbook sign-offs.", ["defamatory"]),
    case("def-13", "Dr Marsh came in drunk again and the nurses had to cover for him.", ["defamatory"]),
    case("def-14", "The registrar is sleeping with one of the FY1s, everyone knows.", ["defamatory"]),
    case("def-15", "Honestly Professor Grant is a bully, he made Amy cry in teaching.", ["defamatory"]),
    case("def-16", "Apparently the anatomy demonstrator Mark was caught selling the OSCE answers to second years",
         ["defamatory"]),
    case("def-17", "The cardiology registrar sold the exam questions to the year below, everyone knows.", ["defamatory"]),
    case("def-18", "The anatomy demonstrator was really helpful with the brachial plexus today.", []),
    case("off-30", staff("Sorry, ffs, I missed the bus again."), ["offensive"], verdict="warn", to=TUTOR, subject="Late"),
    case("crit-01", "I found Dr Shah's lecture hard to follow.", []),
    case("crit-02", "The feedback on our essays was three weeks late.", []),
    case("crit-03", "The registrar was quite abrupt on the ward round but very knowledgeable.", []),
    case("crit-04", "I didn't think the OSCE marking was consistent between stations.", []),
    case("crit-05", "Dr Jones never stole anything, that rumour is nonsense.", []),
    case("crit-06", "In the safeguarding session we discussed how a patient who was assaulted should be supported.", []),
    case("crit-07", "The patient was a heavy drinker and used cocaine at weekends.", []),
    case("crit-08", "Dr Shah said the patient stole money from the ward.", []),
    case("crit-09", "Professor Lee is a brilliant teacher and very fair.", []),
    case("crit-10", "We learnt how controlled drugs are stored and checked on the ward.", []),
    # --- documents ---------------------------------------------------------------------------
    case("doc-01", "Here's our Year 2 module guide.", ["documents"], to=OUTSIDE,
         attachment=("Y2_Module_Guide_2026.txt", "Year 2 Module Guide\nLearning outcomes")),
    case("doc-02", "Have a look at this.", ["documents"], to=OUTSIDE,
         attachment=("notes.txt", "Clinical skills\n(c) University of Nottingham 2026")),
    case("doc-03", "Lecture slides from today.", ["documents"], to=OUTSIDE,
         attachment=("Cardiology_Lecture_Slides.txt", "ECG interpretation")),
    case("doc-04", "Minutes from the meeting.", ["documents"], to=OUTSIDE,
         attachment=("SSC_minutes_Nov.txt", "Minutes of the Student Staff Committee meeting")),
    case("doc-05", "Our OSCE stations for you to practise.", ["documents"], to=OUTSIDE,
         attachment=("OSCE_stations.txt", "Station 1: history taking")),
    case("doc-06", "Here's my logbook for the job application.", ["documents"], to=OUTSIDE,
         attachment=("clinical_logbook.txt", "Logbook entries signed by supervisor")),
    case("doc-07", "Pasted below:\n\nOSCE station 4: instructions to examiners. Mark scheme: 1 for handwashing.",
         ["documents"], to=OUTSIDE),
    case("doc-08", "FYI\n\nCONFIDENTIAL - not for circulation. Draft exam board outcomes.", ["documents"], to=OUTSIDE),
    case("doc-08b", "Here it is, don't tell anyone!\n\nUNIVERSITY OF NOTTINGHAM\nCONFIDENTIAL - Year 3 Written "
         "Examination Paper 2\nAnswer ALL questions.", ["documents"], to=OUTSIDE),
    case("doc-08c", "Keep this confidential but the exam is on Monday so I can't come home.", [], to=OUTSIDE),
    case("doc-09", "Here's the module guide you missed.", [], to=CLASSMATE,
         attachment=("Y2_Module_Guide_2026.txt", "Year 2 Module Guide")),
    case("doc-10", "Please find my CV attached for the summer job.", [], to="jobs@hospital-recruit.co.uk",
         attachment=("Amy_Student_CV.txt", "Education: University of Nottingham, MBBS")),
    case("doc-11", "My poster for the conference, what do you think?", [], to=OUTSIDE,
         attachment=("my_poster_draft.txt", "Audit of VTE prophylaxis")),
    case("doc-12", "Have you read the module guide yet?", [], to=OUTSIDE),
    case("doc-13", staff("Lecture slides from today, as promised."), [], to="r.singh@nhs.net", subject="Slides",
         attachment=("Cardiology_Lecture_Slides.txt", "ECG interpretation")),
    case("doc-14", "Holiday photos!", [], to=OUTSIDE, attachment=("beach_day.txt", "Sun, sea, sand")),
    # --- etiquette ----------------------------------------------------------------------------
    case("etq-01", "hey,\n\ncan u send me the slides pls\n\nthx", ["etiquette"], to=TUTOR, subject="slides"),
    case("etq-02", "Dear Dr Ward,\n\nWHY HAVE I NOT GOT MY FEEDBACK YET???\n\nAmy", ["etiquette"], to=TUTOR, subject="Feedback"),
    case("etq-03", staff("Could I swap my clinic to Thursday?"), ["etiquette"], to=TUTOR, subject="question"),
    case("etq-04", staff("Please find attached my reflective log."), ["etiquette"], to=TUTOR, subject="Reflective log"),
    case("etq-05", "Dear Dr Ward,\n\nCould I swap my clinic to Thursday?", ["etiquette"], to=TUTOR, subject="Clinic swap"),
    case("etq-06", "Dear Dr Ward,\n\nThanks so much for today! 😊\n\nAmy xx", ["etiquette"], to=TUTOR, subject="Thank you"),
    case("etq-07", staff("I demand to know why my mark is so low. This is unacceptable."), ["etiquette"], to=TUTOR,
         subject="My mark"),
    case("etq-08", "yo, can I swap my clinic?\n\nAmy", ["etiquette"], to=TUTOR, subject="Clinic swap"),
    case("etq-09", staff("When will the results be out??"), ["etiquette"], to=TUTOR, subject="Results date"),
    case("etq-10", staff("Could I swap my clinic to Thursday?"), ["etiquette"], to=TUTOR, subject=""),
    case("etq-11", staff("Could I swap my clinic?"), ["etiquette"], to=TUTOR,
         subject="I was wondering whether it would be possible to swap my clinic from Tuesday to Thursday next week please"),
    case("etq-12", staff("Could u let me know if that's ok, btw I've already asked Jo."), ["etiquette"], to=TUTOR,
         subject="Clinic swap"),
    case("etq-13", staff(" ".join(["I wanted to explain what happened on placement and why I could not attend."] * 25)),
         ["etiquette"], to=TUTOR, subject="Placement absence"),
    case("etq-14", staff("Why haven't you replied to my last three emails? I shouldn't have to keep asking."),
         ["etiquette"], to=TUTOR, subject="Placement form"),
    case("etq-15", staff("With all due respect, your teaching today was a waste of my time and I expect better."),
         ["etiquette"], to=TUTOR, subject="Teaching today"),
    case("etq-16", staff("Your feedback was completely useless, I still don't know what to change."),
         ["etiquette"], to=TUTOR, subject="Feedback on my essay"),
    case("etq-neg-16", staff("I didn't want to waste my time revising the wrong topics, so could you confirm the syllabus?"),
         [], to=TUTOR, subject="Syllabus for the exam"),
    case("clean-01", staff("Could I swap my clinic session on Thursday with Jo? We have both agreed."), [], to=TUTOR,
         subject="Clinic swap request for Thursday"),
    case("clean-02", "Anyone want to practise cardiovascular exams tonight? Library room 3 at 7.", [], to=CLASSMATE,
         subject="Exam practice tonight"),
    case("clean-03", staff("Thank you for the feedback on my SSC draft. I have made the changes you suggested."),
         [], to=TUTOR, subject="SSC draft: revised version"),
    case("clean-04", "omg did you see the results!!! so happy lol", [], to=FRIEND, subject="results"),
    case("clean-05", "can u send me the slides pls thx x", [], to=FRIEND, subject="slides"),
    case("clean-06", staff("The NHS OSCE ECG station and the MBBS GMC form are both done."), [], to=TUTOR,
         subject="Forms completed"),
    case("clean-07", staff("Please find attached my reflective log, as discussed."), [], to=TUTOR,
         subject="Reflective log", attachment=("reflective_log.txt", "Week 1 reflections")),
    case("clean-08", "Hi Helen,\n\nThanks for clinic today, I learnt a lot about heart failure.\n\nBest wishes,\nAmy",
         [], to=TUTOR, subject="Thank you for clinic"),
    case("clean-09", "Good morning Dr Ward,\n\nI have booked the skills lab for Friday at 2pm.\n\nMany thanks,\nAmy",
         [], to=TUTOR, subject="Skills lab booking"),
    case("clean-10", "See you in the library at 7, bring the pharmacology flashcards.", [], to=CLASSMATE,
         subject="Library tonight"),
]


def generated(seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    out = []
    disguises = ["f*ck", "fuuuck", "f u c k", "fvck", "sh1t", "sh*t", "c*nt", "b1tch", "wank3r", "tw@t",
                 "a$$hole", "bo11ocks", "f.u.c.k", "ph*ck", "shiiiit", "fcuk", "d1ckhead", "pr1ck", "b@stard", "cnut"]
    frames = ["this rota is {w}", "{w} the OSCE was hard", "he's such a {w}", "what a {w} day on the ward",
              "{w} off, seriously"]
    for i, w in enumerate(disguises):
        out.append(case(f"gen-disguise-{i:02d}", frames[i % len(frames)].format(w=w), ["offensive"]))
    clinical = ["anal fissure", "rectal bleeding", "penile discharge", "bloody stool", "vaginal examination",
                "testicular torsion", "breast lump", "scrotal swelling", "faecal impaction", "urinary retention",
                "erectile dysfunction", "semen analysis", "nipple discharge", "pubic lice", "genital herpes",
                "suicide risk assessment", "self-harm history", "cocaine-induced chest pain", "clitoral hood",
                "premature ejaculation"]
    for i, term in enumerate(clinical):
        out.append(case(f"gen-clinical-{i:02d}",
                        f"Teaching today covered {term}; the consultant went through the differentials.", []))
    targets = ["Dr Khan", "the registrar on ward 12", "my clinical supervisor", "Professor Webb", "the Dean",
               "Sister Okoro", "our personal tutor", "Mr Fisher", "the consultant in clinic", "Dr Amelia Hart"]
    accusations = ["steals drugs from the ward", "fakes his data", "was drunk on shift", "is a racist",
                   "sleeps with students", "sold exam papers", "fiddles the timesheets", "assaulted a nurse",
                   "takes cocaine", "killed a patient through negligence"]
    hedges = ["Apparently ", "I heard ", "Everyone knows ", "", "Rumour is "]
    for i in range(20):
        out.append(case(f"gen-defame-{i:02d}", f"{hedges[i % 5]}{targets[i % 10]} {accusations[(i * 3) % 10]}.",
                        ["defamatory"]))
    fair = ["was late to teaching", "gives very detailed feedback", "speaks quite quickly", "was strict about attendance",
            "set a hard exam", "ran over time", "was helpful on the ward round", "didn't answer my email yet"]
    for i in range(12):
        out.append(case(f"gen-fair-{i:02d}", f"{targets[i % 10][0].upper()}{targets[i % 10][1:]} {fair[i % 8]}.", []))
    docs = ["Week4_Handout.txt", "MEDS3001_Module_Guide.txt", "Placement_Handbook_2026.txt", "Exam_Past_Paper.txt", "Final_exam_questions_2026.txt",
            "OSCE_Mark_Scheme.txt", "Committee_Minutes_Oct.txt", "Lecture12_slides.txt", "Course_Guide_Y1.txt"]
    for i, name in enumerate(docs):
        out.append(case(f"gen-doc-out-{i:02d}", "Here you go.", ["documents"], to=OUTSIDE, attachment=(name, "content")))
        out.append(case(f"gen-doc-in-{i:02d}", "Here you go.", [], to=CLASSMATE, attachment=(name, "content")))
    casual = ["hey", "yo", "hiya", "alright mate", "hey guys"]
    for i, g in enumerate(casual):
        out.append(case(f"gen-casual-{i:02d}", f"{g},\n\ncould I swap my clinic please?\n\nThanks,\nAmy", ["etiquette"],
                        to=TUTOR, subject="Clinic swap"))
        out.append(case(f"gen-casual-friend-{i:02d}", f"{g}, pub later?", [], to=FRIEND, subject="pub"))
    vague = ["hi", "question", "help", "urgent", "hello"]
    for i, v in enumerate(vague):
        out.append(case(f"gen-vague-{i:02d}", staff("Could I swap my clinic to Thursday?"), ["etiquette"], to=TUTOR,
                        subject=v))
    rng.shuffle(out)
    return out


CASES = HAND + generated()
