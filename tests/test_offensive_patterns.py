"""The abuse patterns (config/wordlists/abuse.toml) by kind: each kind of threat, harassment and
hate is held by its rule in several wordings, and the look-alikes (idioms, banter, reports of abuse,
teaching, clinical writing, complaints) are not held by any pattern rule.

Sentences are written for this file, not copied from any corpus; each runs through the whole
engine as a real message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import make_message

PATTERN_RULES = {"OFF002", "OFF004", "OFF005", "OFF006"}

HELD = [
    # session 13: intimidation by a lonely place and a demand, long memories, 'frigid', weight stigma,
    # a sexuality called an abomination, contact pressed after 'rather not ... privately'
    ("OFF004", "You park behind the sports hall on Thursdays, right? No cameras round there. Withdraw the report."),
    ("OFF004", "The path back from the hospital is really isolated after dark. Might be worth thinking about before you go to HR again.\nJust drop it."),
    ("OFF004", "Some of us in the society have long memories, so be careful what you say at the AGM."),
    ("OFF004", "I'd hate for your reference to end up damaged over one silly complaint."),
    ("OFF006", "Stop being such a prude and send me one, it's only a photo."),
    ("OFF002", "Obese applicants simply lack the discipline medicine needs and shouldn't be offered places."),
    ("OFF002", "We should steer the fat girls towards the back row so the photo looks better."),
    ("OFF002", "People who let themselves go like that have no self-control, and it shows on the wards."),
    ("OFF002", "My cousin came out as bisexual at dinner. Honestly, being bisexual is a sin and a disease."),
    ("OFF004", "I know you said you'd prefer we didn't meet one-to-one any more, but I've booked the seminar room for us."),
    ("OFF005", "Me and Kwame did his walk the whole way back to the mess, the stroke guy in bay 6, absolute scenes 😂"),
    ("OFF005", "We've perfected our impressions of the Parkinson's lady for the Christmas revue, you'll die."),
    ("OFF002", "With respect, students with dyspraxia will never have the hands for surgery and should be told so."),
    ("OFF002", "Honestly autistic applicants can't read the room, and we should steer them towards radiology where they won't have to talk to anyone."),
    ("OFF004", "I'm not saying anything would happen to your bike. It's a long walk home though."),
    ("OFF004", "Lab fires happen. Nobody would ever be able to say how it happened, would they."),
    ("OFF004", "Have a good think about whether you really want to tell the course lead about Friday."),
    ("OFF005", "Bay 7 was a pig tonight, grunting through every obs round, I was crying 😂"),
    ("OFF005", "Bed 2 is basically an ape, hairy and swinging at the nurses."),
    ("OFF005", "Cubicle 3 has the ugliest baby on the unit, proper FLK."),
    ("OFF002", "The drop-in is just the alphabet mafia recruiting, I won't volunteer for it."),
    ("OFF002", "If he wants to be a woman so badly he can join the 41% club."),
    # patients called no longer people, or vegetables (written for this session's entries)
    ("OFF005", "They're not people any more, just bodies we turn every four hours."),
    ("OFF005", "honestly half of them aren't even human at this point, more like furniture"),
    ("OFF005", "Two bays of vegetables lying there being watered through a drip."),
    ("OFF005", "The ward is basically a cabbage patch, nobody talks."),
    ("OFF004", "Nice car you've got. Would be a shame if something happened to it while you're on nights."),
    ("OFF004", "It'd be such a pity for your foundation applications if people heard what you did at the ball."),
    ("OFF004", "it would be a real shame if anything got out about that night, wouldn't it"),
    ("OFF006", "I can't stop looking at her bum in those scrubs, seriously."),
    ("OFF006", "Got to listen to her heart sounds for ages if you know what I mean"),
    ("OFF006", "she had to take her top off for the chest exam, wink wink"),
    ("OFF004", "I know you said you didn't want me to text you any more, but I really think we need to talk properly."),
    ("OFF004", "I know you asked me not to contact you outside placement.\nSo I'm emailing your uni address instead."),
    ("OFF004", "I realise you wanted some space after the ball, but I've booked us a table for Saturday anyway."),
    # threats that name no violent act, or are aimed at whoever did something
    ("OFF004", "Keep grassing on me to the tutors and you'll find out what happens."),
    ("OFF004", "Tell him that if he ever reports me again he'll find out what happens to people who cross me."),
    ("OFF004", "Stop telling people about us. You saw what happened to the last one."),
    ("OFF004", "whoever nicked my notes from the library is going to regret it"),
    ("OFF004", "I'll find out who wrote that post, and when I do you'll wish you hadn't."),
    ("OFF004", "Don't make me come round to your house again, Priya."),
    ("OFF004", "You have no idea what I'm capable of."),
    ("OFF004", "He'll get what's coming to him, trust me."),
    ("OFF004", "Say that again and you'll end up in resus yourself."),
    ("OFF004", "He won't be laughing when I'm done with him."),
    ("OFF004", "I'm going to sort him out behind the bike sheds after the OSCE."),
    ("OFF004", "Honestly I'll ruin her career if she signs me off as unsatisfactory."),
    ("OFF004", "im gonna go round there tonight and put a brick through his windscreen"),
    ("OFF004", "If she takes my locker again I'm literally going to smash her phone."),
    # wishes of harm
    ("OFF004", "I really hope the new registrar gets hit by a bus on his way in."),
    ("OFF004", "hopefully she chokes on her smoothie"),
    ("OFF004", "Genuinely hope whoever marked this gets cancer."),
    ("OFF004", "Someone needs to push him down the stairs, seriously."),
    ("OFF004", "The world would be a better place without her."),
    # pursuit of someone who wants no contact
    ("OFF004", "You can't avoid me forever, Hannah."),
    ("OFF004", "Blocking me won't change anything, I'll just message you on here instead."),
    ("OFF004", "I know your rota now so I'll see you on Wednesday whether you want to or not."),
    ("OFF004", "I'll keep turning up at your flat until you talk to me."),
    ("OFF004", "I followed you home after the ball to make sure you got in."),
    ("OFF004", "I'll keep texting until you reply, you owe me that."),
    # unwanted sexual remarks and propositions
    ("OFF006", "I can't stop thinking about your legs in those running shorts."),
    ("OFF006", "Bet you're wild in bed, you have that look."),
    ("OFF006", "you'd look even better without those scrubs tbh"),
    ("OFF006", "Send me a photo of you in your bikini from the holiday ;)"),
    ("OFF006", "I'll sign off your logbook if you come back to my flat after the shift."),
    ("OFF006", "Stop playing hard to get, we both know you're into me."),
    ("OFF006", "You know you want it, stop being frigid."),
    # dehumanising language about a group
    ("OFF002", "Asylum seekers are nothing but parasites."),
    ("OFF002", "There's a plague of migrants in every town now."),
    ("OFF002", "They breed like rabbits and we pay for it, the immigrants on our estate."),
    ("OFF002", "They're cockroaches, the lot of them, coming over on those dinghies every week."),
    ("OFF002", "Just sink the boats and be done with it."),
    # coded and conspiracy tropes
    ("OFF002", "It's no secret that Jewish bankers control the government."),
    ("OFF002", "Globalists run the media, wake up."),
    ("OFF002", "The great replacement is happening in every city."),
    ("OFF002", "Muslims are slowly taking over the country."),
    # prejudice stated politely
    ("OFF002", "Honestly, female surgeons are just not cut out for the long lists."),
    ("OFF002", "I find that Nigerian patients always exaggerate their pain."),
    ("OFF002", "She only got the post because of her skin colour."),
    ("OFF002", "With respect, it's in their culture to lie about symptoms."),
    ("OFF002", "I'm not racist, but Polish people never learn the language."),
    ("OFF002", "He's obviously a diversity hire."),
    # banter that turns nasty, and wounding remarks
    ("OFF005", "You useless muppet, you cost us the whole project."),
    ("OFF005", "No wonder nobody wants to be in a PBL group with you."),
    ("OFF005", "Do us all a favour and drop out before finals."),
    ("OFF005", "Your parents must be so embarrassed."),
    ("OFF005", "Everyone on the firm thinks you're a joke, just so you know."),
    ("OFF005", "Nobody would even notice if you dropped out."),
    # threats to expose
    ("OFF004", "I'll send those screenshots to the whole year unless you apologise."),
    ("OFF004", "I'm going to post your nudes if you don't answer me."),
    ("OFF004", "Keep ignoring me and I'll tell your parents you're gay."),
    # grievance first, threat after
    ("OFF004", "After what he said about my girlfriend I'm going to break his nose."),
    # victim-blaming, bragging and more remarks
    ("OFF006", "Honestly she was asking for it in that outfit."),
    ("OFF006", "wouldn't kick her out of bed tbh"),
    ("OFF006", "Those scrubs do wonders for your bum."),
    # backhanded and 'polite' prejudice
    ("OFF002", "She's really pretty for an Indian girl."),
    ("OFF002", "You speak very good English for someone who just moved here."),
    ("OFF002", "Being gay is a choice, whatever the lecturer says."),
    ("OFF002", "Refugees are a burden on the NHS."),
    ("OFF002", "There are too many foreign doctors in the NHS already."),
    ("OFF002", "If they want to live here they should learn to speak English properly."),
    ("OFF002", "Migrants are bleeding the NHS dry."),
    # more wounding remarks, threats and remarks
    ("OFF005", "Stop using your dad's illness as an excuse for missing PBL."),
    ("OFF005", "Honestly you're just attention-seeking at this point."),
    ("OFF005", "You're too thick to be a doctor and everyone can see it."),
    ("OFF004", "I know people who can pay him a visit if he keeps this up."),
    ("OFF004", "You're lucky I didn't punch you in front of everyone."),
    ("OFF006", "You should wear shorter skirts to clinic, the consultant would love it."),
    ("OFF004", "Whoever ate my lunch again: I will find you, sooner or later."),
    ("OFF004", "Keep your mouth shut about the exam if you know what's good for you."),
    ("OFF004", "Delete the photo. Consider this your final warning."),
    ("OFF004", "You'll have to face me eventually, you know that."),
    ("OFF004", "I hope your car burns down with all your notes in it."),
    ("OFF006", "Are you even wearing anything under those scrubs?"),
    ("OFF002", "Typical, Jews are always good with money."),
    ("OFF002", "I'd rather not be examined by a Muslim doctor, can that be arranged?"),
    ("OFF002", "Could you swap me to a British GP for my placement?"),
    ("OFF002", "They're not even human, the ones crossing the channel in those boats."),
    # sexual remarks about patients and colleagues in a clinical setting (issue 35)
    ("OFF006", "Got to do a breast exam on a 22 year old today, enjoyed that a bit too much if I'm honest"),
    ("OFF006", "Honestly I only volunteered for the PR exam for the view lol"),
    ("OFF006", "ngl the smear clinic is worth it just for the view"),
    ("OFF006", "The girl in bay 4 is a solid 9, I kept finding reasons to go back and check her obs"),
    ("OFF006", "Scrub nurse in theatre 3 is easily a 10/10, would happily scrub in with her every day"),
    ("OFF006", "I'd rate the new HCA an 8 out of 10, great figure"),
    ("OFF006", "the things id do to that reg in the on call room"),
    ("OFF006", "Did the intimate exam on the fit one in cubicle 2, perks of the job haha"),
    ("OFF006", "The nurse on ward 7 has an arse you could bounce a coin off"),
    ("OFF006", "Best perk of O&G is seeing all the fit mums naked"),
    ("OFF006", "honestly the new anaesthetist can examine me anytime"),
    ("OFF006", "ngl I enjoyed that PR exam way too much 😏"),
    ("OFF006", "lol the bimanual on that 19 yr old was the highlight of my placement tbh"),
    ("OFF006", "Did the chest exam on her and she was well fit, couldn't concentrate on the breath sounds"),
    ("OFF006", "Had to catheterise a fit lad today, not complaining 😏"),
    ("OFF006", "I'd happily give her a thorough examination if you catch my drift"),
    ("OFF006", "Gonna need a cold shower after that breast clinic"),
    ("OFF006", "I'd rate her a 9/10 for looks, the new SHO"),
    # mocking a disability, condition, body or speech (issue 35)
    ("OFF005", "Did you hear Tom present? His stammer is hilarious, took him five minutes to say his own name"),
    ("OFF005", "We were all taking the piss out of her lisp in the group chat again"),
    ("OFF005", "Everyone does impressions of Raj's accent behind his back, it's so funny"),
    ("OFF005", "The beached whale in bay 3 needed four of us and a hoist to roll her"),
    ("OFF005", "bed 12 is a beached whale, good luck turning him"),
    ("OFF005", "Honestly she needs her own postcode, the bariatric bed creaked when she sat down"),
    ("OFF005", "How does he even fit through the door lmao"),
    ("OFF005", "The dementia lady in bay 2 was hilarious, we kept telling her it was 1985 just to wind her up"),
    ("OFF005", "we were laughing at the demented guy in side room 4 for ages, he thought I was his wife"),
    ("OFF005", "Mr Jones in bed 6 has the IQ of a potato, no wonder he's got learning difficulties"),
    ("OFF005", "the patient with Down's was squealing like a pig during the bloods, proper comedy"),
    ("OFF005", "Bay 5 is full of cabbages, no point talking to any of them"),
    ("OFF005", "Priya's stutter makes every PBL twice as long, someone should tell her to just spit it out"),
    ("OFF005", "Have you seen the size of Jess lately, she's the size of a house"),
    ("OFF005", "Bed 9 is basically a walrus, took six of us to log roll him"),
    ("OFF005", "we kept asking the confused old boy in bay 1 what year it was just to wind him up"),
    ("OFF005", "the whale from PBL ate all the biscuits again"),
    ("OFF005", "the patient in bed 4 is basically a vegetable lol, no point doing his obs"),
    # stalking and intimidation that names no threat: movements known, contact after being told to stop (issue 35)
    ("OFF004", "I know what time you leave the library. Just so you know."),
    ("OFF004", "I know which bus you get home, the 34 at half 10. Think about that."),
    ("OFF004", "I saw your car outside Sam's at 1am so don't pretend you were asleep."),
    ("OFF004", "Walked past your halls last night and your light was on, so I know you're ignoring me."),
    ("OFF004", "I know you told me to leave you alone but I can't, so here I am again."),
    ("OFF004", "If you block this address I'll just keep messaging you from other accounts."),
    ("OFF004", "I'm not going away, so you might as well talk to me."),
    ("OFF004", "i kno wat time u finish on thursdays n which way u walk home x"),
    ("OFF004", "I'll keep making new accounts every time you block me."),
    ("OFF004", "I've found your new address even though you moved halls without telling me."),
    ("OFF004", "I know you've blocked me everywhere but you'll have to see me at placement on Monday."),
    ("OFF004", "i kno u blocked me but im not going away until u talk to me"),
    ("OFF004", "I spotted your bike outside the gym at 6 this morning, so don't tell me you were too busy to reply."),
    ("OFF004", "I know what time your shift ends on Ward 12, think about it."),
    ("OFF004", "I know you said you didn't want to hear from me again, but I'm not letting this go."),
    ("OFF004", "Answer me. Answer me. Answer me."),
    ("OFF004", "This is my 15th message today, why are you ignoring me"),
    # prejudice about a group in polite words, coded conspiracy tropes, care refused to a group (issue 35)
    ("OFF002", "Those people are sly by nature, you can't trust a word they say."),
    ("OFF002", "I won't treat asylum seekers, they can wait at the back of the queue."),
    ("OFF002", "We should refuse to register Travellers at this practice, they always cause trouble."),
    ("OFF002", "You know what their kind are like."),
    ("OFF002", "Who really controls the banks? Just saying."),
    ("OFF002", "It's the same few families running the media and big pharma, look it up."),
    ("OFF002", "(((they))) don't want you to know about ivermectin"),
    ("OFF002", "Africans are naturally more aggressive, it's just biology."),
    ("OFF002", "Can I swap patients? I'd rather not deal with Muslims, they're always so demanding."),
    ("OFF002", "Ask yourself who owns the media and the central banks, it's always the same people."),
    ("OFF002", "People like that are lazy, they breed and claim benefits."),
    ("OFF002", "The Travellers camped by the hospital are all criminals, everyone knows it."),
    ("OFF002", "Gypsies are thieving by nature, just lock the side room."),
    ("OFF002", "those people are just dirty, it's in their culture"),
    ("OFF002", "i refuse to clerk travellers, they nick everything off the ward"),
    ("OFF002", "We don't want their kind on this ward."),
    ("OFF002", "(((bankers))) strike again lol"),
    ("OFF002", "I'm not being funny but you can't trust Romanians"),
    ("OFF002", "Muslims can't be trusted"),
    ("OFF002", "I wouldn't trust a Nigerian doctor"),
    ("OFF002", "Typical Jew, always wants a discount"),
    ("OFF002", "Asylum seekers are a drain, they should all go home"),
]

NOT_HELD = [
    # session 13 look-alikes
    "The car park behind the sports hall is very dark and has no cameras; could estates fix the lights?",
    "The library is really quiet after nine, which is perfect, think about coming with me.",
    "Elephants have long memories, apparently, which is more than I can say for me in the OSCE.",
    "I'd hate for you to miss the ball because of the rota, shall I swap with you?",
    "It was frigid on the walk in this morning, bring gloves.",
    "The myth that overweight doctors lack discipline is exactly the stigma the lecture was about.",
    "Larger patients need the bariatric bed, which is not suited to the side room.",
    "The pastor told him being gay was a sin, and he has carried that for thirty years.",
    "I know you said you'd rather not talk privately, so I've put the rota question in the group chat instead.",
    '"You can\'t hide from me," he wrote again last night, so I have reported it to the police.',
    "The patient in bay 2 did a brilliant impression of her husband, we were in stitches.",
    "We did an impression of the consultant at the ball and he loved it.",
    "Students with a disability should not have to ask twice for their adjustments.",
    "The idea that autistic doctors lack empathy is a myth the lecture took apart.",
    "Accidents can happen to anyone, so wear goggles and keep the fume hood closed.",
    "Bed 4 is a dog's dinner of a drug chart, can someone rewrite it?",
    "The therapy dog visits bay 3 on Fridays and the kids love him.",
    "The alphabet soup of acronyms on the rota is baffling.",
    "Someone had written FLK next to bay 2 on the board, which I have raised with the ward manager as unprofessional.",
    "In the communication skills session we were asked to imitate aphasia, to understand how patients feel.",
    "We have to remember they're still people, even when they can't speak.",
    "It would be a shame if you missed the ball because of one essay, come!",
    "get your arse home, the kitchen is a state and it's your turn",
    "The OSCE teaching was a bit rushed, if you know what I mean.",
    "I know you asked me not to contact you, so this is my last message and I'll leave you alone.",
    "I understand you've blocked me and I respect that, I won't message again.",
    "I know you said you'd call me but you never did, no worries though.",
    "I know you said not to bring anything but I've made a lasagne anyway x",
    "He made the exam really hard, if you know what I mean.",
    "She is a great teacher and her chest exam demo was so clear 😉",
    "The pressure sore on her bum is healing well since the new mattress.",
    "Sitting on your arse all day won't get the essay written, come to the library.",
    "Would be a real shame if the rain ruined the barbecue on Saturday.",
    "We treat them as if they're not people any more and it made me sad.",
    "The raised bed is full of vegetables this year, courgettes everywhere.",
    "He's not the same person any more since the stroke, it's heartbreaking.",
    "They are people, not bed numbers, and the consultant reminded us.",
    # idioms and banter
    "We'll see what happens when the results come out.",
    "Remember what happened last time we left the poster to the night before!",
    "You absolute muppet, your keys were in my car again.",
    "you complete numpty, the lecture was moved to B12",
    "I hope the rain dies down before the ward round.",
    "Hope the pain dies down soon, get well x",
    "Fingers crossed she gets better quickly.",
    "I'll deal with him after the meeting about the rota.",
    "I'll be waiting outside the library at 6.",
    "I know your timetable is packed this week, so no rush.",
    "Whoever finishes first gets the last slice of cake.",
    "I'm worried I'll break his laptop if I borrow it again.",
    "I smashed my phone screen on the bus.",
    "I'll smash the OSCE tomorrow.",
    "Lots of great tits and blue tits on the feeders this morning.",
    "Did you see the figure in your chapter? I looked at your figure 3 again.",
    "I followed you back on Instagram.",
    "They breed like rabbits, my guinea pigs.",
    "I'll send the photos from the ball to everyone tomorrow.",
    "She's easy to talk to and really kind.",
    "I'd hit that deadline if the library were open later.",
    "We hit it off at the welcome party.",
    "Homosexuality was classified as a mental illness until 1990, as the lecture showed.",
    "I was so embarrassed when I fainted in theatre.",
    "I know people who can help you find a flat near the QMC.",
    "There are too many international students in that lecture theatre to fit, we need a bigger room.",
    "Nice body text, but the abstract is too long.",
    "The patient was kneeling on her knees when we arrived.",
    "I'll find you a seat at the front if you're late.",
    "Bring a coat or else you'll freeze at the bus stop.",
    "The patient asked to be examined by a female doctor, which we arranged.",
    "Submit the form by Friday, or else the place goes to the next person.",
    'My flatmate\'s ex texted her "you can\'t ignore me forever" at 3am and she is scared to go out.',
    'Two men at the bus stop kept shouting things like "refugees are draining the country" at her.',
    # reports of abuse, teaching, safeguarding and clinical writing
    "The patient told me 'I know where your car is parked' and security were called.",
    "In the seminar we discussed the myth that women are too emotional to be surgeons.",
    "The antisemitic trope that Jews control the banks came up in the lecture on prejudice.",
    "Some people think Nigerian patients exaggerate their pain, which is a harmful stereotype.",
    "She disclosed that her ex turns up at her flat and says she can't ignore him forever; safeguarding informed.",
    "Head lice infestation in two of the children, advice leaflet given.",
    "Palliative care: family hope she dies peacefully at home with them.",
    "He fell and hit his face on the pavement, GCS 15.",
    "Examined her chest and abdomen with a chaperone present; breasts normal, no masses.",
    "He said he wanted to hurt himself; risk assessment done with the liaison team.",
    # complaints and criticism
    "I have emailed three times about my grade and still have had no reply.",
    "The teaching this week was disorganised and I would like to raise it with the year lead.",
    "I know you said no to chairing the committee, but could you reconsider?",
    "We should hook up next week to go through the audit data.",
    "South Asian patients are more likely to develop type 2 diabetes at a lower BMI.",
    "Women are more likely to present with atypical chest pain.",
    # look-alikes (issue 35): examinations written up or taught, pain and frailty scores, feedback out of ten, OSCE practice
    "The physio was a solid 10/10, so supportive on placement.",
    "Examined her breasts with a chaperone present; no masses, nipples normal.",
    "I enjoyed the intimate examination teaching with the GTAs, really useful.",
    "I volunteered to do the PR exam under supervision, first one ever!",
    "Her pain was 8/10 at rest, rated 9/10 on movement.",
    "She's a solid CFS 6, lives alone with carers QDS.",
    "I'd give the physio 10/10, she was so helpful with my placement.",
    "We did the hernia exam and honestly it was a bit too much for him, so we stopped.",
    "The view from the 10th floor of the QMC is amazing, I'd do ward rounds up there just for the view.",
    "I'm not sure I liked the speculum exam teaching, it felt rushed, if you know what I mean.",
    "Testicular exam normal, no masses; perks of the job is getting to see such a range of cases in clinic.",
    "What I'd do to the patient first is an ABCDE assessment, then fluids.",
    "She can examine me any time for the OSCE practice, she's offered to help.",
    "The nurse on ward 7 is easily the best teacher I've had, 10/10 would recommend the placement.",
    "Chest exam: vesicular breath sounds, no added sounds. She was really fit for her age, walks 5 miles a day.",
    # look-alikes (issue 35): a patient's stammer or weight written up, the writer's own stammer, fondness for a patient with dementia, mocking reported
    "The confused lady kept messing with her cannula all night.",
    "The vegetables in the corner of the fridge are mine, the rest are Sam's.",
    "My patient has a stammer, so I allowed extra time and avoided finishing his sentences.",
    "I have a stutter and I'm nervous about my OSCE, can I request adjustments?",
    "Everyone laughed at my accent in first year and it really hurt; can I talk to someone?",
    "Bariatric patient, BMI 52, needed the hoist and a bariatric bed; pressure areas intact.",
    "The lady with dementia was hilarious, she told us stories about the war all afternoon, so lovely.",
    "We saw a beached whale at Skegness on the weekend, so sad.",
    "His family worry he will end up a vegetable after the stroke.",
    "Will he fit in the CT scanner? He is 240kg.",
    "My nan has dementia and honestly she makes us laugh every day.",
    "The kids at school used to laugh at his stammer, the mum told us, and he now has SALT input.",
    "I did an impression of the consultant's accent at the ball and he loved it.",
    "He's the size of a house after the bulking season, absolute unit of a rugby player.",
    "Mrs Patel has dementia and was confused overnight; we reassured her and her son laughed with her about old photos.",
    "The patient was squealing in pain, so we gave analgesia.",
    "The patient has the IQ of a genius, he's a retired professor.",
    "The lad with cerebral palsy walks with a frame; gait assessment done.",
    # look-alikes (issue 35): a friend's arrangements, a tutor written to out of hours, a student followed and asking for help
    "I know what time you get home, sleep tight x",
    "I saw your car outside so I know you're home, can I pop round for the notes?",
    "I know what time you finish on Friday, so I'll book the table for 7.",
    "I know which bus you get, it's the 34, so get off at the QMC stop.",
    "I saw your car at the hospital, are you in today? Could you come to bay 3?",
    "I know you said not to bring anything but I made a cake.",
    "Sorry to email on a weekend, I know you said not to contact you out of hours, but the deadline moved.",
    "Don't worry, I'm not going anywhere this summer, I'll be around for revision.",
    "My ex keeps turning up outside my flat and says he's not going away until I talk to him. What should I do?",
    "Someone has been leaving notes on my car and says they know what time I leave the library; I've told security.",
    "I'll email you from my other account, the uni one is down.",
    "I know your new address now, I'll post the birthday card tomorrow.",
    "I know you walk home alone, so text me when you're back safe x",
    "I saw you leaving the library and waved but you didn't see me, haha.",
    "Someone left a note saying 'I know what time you leave the library. Think about that.' I've reported it to security.",
    "My ex keeps saying he knows which bus I get and what time I finish. I'm frightened; who do I contact?",
    "I know you said no to the party but would you reconsider? Everyone's going.",
    # look-alikes (issue 35): teaching about stereotypes, health inequalities, plain questions about who funds what, a view reported
    "So sorry about your nan, sending (((hugs))) x",
    "((((hugs)))) and see you at the ball",
    "In the seminar we discussed the stereotype that Travellers are dishonest and how it affects access to care.",
    "Roma and Traveller patients face barriers to GP registration, according to the report.",
    "Who controls the budget for the wellbeing fund?",
    "The same few families keep missing the asthma clinic, could we do outreach?",
    "Big pharma funds a lot of trials, which is why we look for conflicts of interest.",
    "People like that deserve our support, not our judgement.",
    "It's in their culture to bring the whole family to appointments, so book a bigger room.",
    "He said Muslims are violent by nature and I reported him to the ward manager.",
    "Their kind of humour is not for everyone.",
    "We won't treat asylum seekers any differently from other patients.",
    "Who really runs the hospital? The managers, it seems. Just saying.",
    "Ask yourself who owns the data before you upload it.",
    "The function f((x)) is written with double brackets in the notes.",
    "Roma patients are less likely to be registered with a GP, which is why outreach matters.",
    "Those people are so kind, it's in their culture to welcome guests.",
    "I'd rather not work with the same PBL group again, can I swap?",
    "I'd trust a Nigerian doctor any day, mine was brilliant.",
    "Patients from Black communities often don't trust doctors, the lecture said, because of historical abuse.",
    "A typical Indian wedding has 500 guests, I can't wait!",
    "This is my fifth email about my grade, could someone please reply?",
    "I'd happily give him a full check-up when he's back from holiday.",
    "Had to catheterise a fit 80 year old man, no complications.",
    "The printer is out of typical black, so use the other one.",
]


def _pattern_holds(engine, text: str) -> set[str]:
    report = engine.check(make_message(text, subject="hi"))
    return {f.rule for f in report.findings if f.rule in PATTERN_RULES and str(f.action) == "hold"}


@pytest.mark.parametrize("rule,text", HELD, ids=[f"{r}:{t[:40]}" for r, t in HELD])
def test_each_kind_is_held_by_its_rule(engine, rule, text):
    assert rule in _pattern_holds(engine, text)


@pytest.mark.parametrize("text", NOT_HELD, ids=[t[:50] for t in NOT_HELD])
def test_look_alikes_are_not_held_by_a_pattern(engine, text):
    assert not _pattern_holds(engine, text)


OFFENSIVE_FIXTURES = sorted((Path(__file__).parent / "fixtures" / "offensive").glob("*.eml"))


def test_the_offensive_fixtures_are_there():
    names = [p.name for p in OFFENSIVE_FIXTURES]
    assert sum(n.startswith("hold-") for n in names) >= 8 and sum(n.startswith("ok-") for n in names) >= 7


@pytest.mark.parametrize("eml", OFFENSIVE_FIXTURES, ids=lambda p: p.stem)
def test_offensive_fixture(engine, eml):
    """hold-*: held by a pattern rule. ok-*: no pattern rule holds it (the model's own false
    holds, OFF007, are measured by the corpus scorer, not asserted here)."""
    report = engine.check(eml.read_bytes())
    held = {f.rule for f in report.findings if str(f.action) == "hold"}
    if eml.name.startswith("hold-"):
        assert str(report.verdict) == "hold" and held & PATTERN_RULES, report.findings
    else:
        assert not held & PATTERN_RULES, report.findings


def _site(tmp_path, entry: str):
    (tmp_path / "extra.toml").write_text(f"[[term]]\n{entry}\n", "utf-8")
    site = tmp_path / "site.toml"
    site.write_text('[wordlists.extend]\nabuse = ["extra.toml"]\n', "utf-8")
    return site


@pytest.mark.parametrize("entry,message", [
    ('term = "x"\nkind = "hate"\npattern = "(unclosed"', "bad pattern"),
    ('term = "x"\nkind = "hate"\npattern = "lazy"\nnot_after = "people think"', "`not_after` must be a list"),
    ('term = "x"\nkind = "hate"\npattern = "lazy"\nnot_after = ["' + "very " * 9 + '"]', "at most"),
    ('term = "x"\nkind = "target"\npattern = "lads"\naims_at = "readers"', "`aims_at` is one of group, reader"),
    ('term = "x"\nkind = "hate"\npattern = "{zorblax people} are lazy"', "unknown class {zorblax people}"),
    ('term = "x"\nkind = "class"\nwords = ["a", "b"]', "a class needs a `pattern`"),
])
def test_a_bad_abuse_entry_is_a_config_error_at_load(tmp_path, entry, message):
    from bedside.checks import Engine, load_config
    from bedside.checks.config import ConfigError

    with pytest.raises(ConfigError, match=f"entry 'x'.*{message}"):
        Engine(config=load_config(_site(tmp_path, entry)))


def test_a_site_pattern_can_use_a_shipped_class(tmp_path):
    from bedside.checks import Engine, load_config

    site = _site(tmp_path, 'term = "zorblax slur"\nkind = "hate"\npattern = "\\\\b{groups named in the plural} are zorblaxes\\\\b"\n'
                           'anchors = ["zorblaxes"]')
    engine = Engine(config=load_config(site))
    held = engine.check(make_message("Honestly, immigrants are zorblaxes, the lot of them.", subject="x"))
    assert "OFF002" in {f.rule for f in held.findings}


def test_a_view_reported_after_not_after_words_is_not_the_writers(tmp_path):
    from bedside.checks import Engine, load_config

    site = _site(tmp_path, 'term = "zorblax slur"\nkind = "hate"\npattern = "\\\\bzorblaxes are vermin\\\\b"\n'
                           'anchors = ["zorblaxes"]\nnot_after = ["the myth that", "some   people say"]')
    engine = Engine(config=load_config(site))

    def codes(body):
        return {f.rule for f in engine.check(make_message(body=body)).findings if f.rule == "OFF002"}
    assert codes("Honestly, zorblaxes are vermin and I won't share a flat with one.")
    assert not codes("We discussed the myth that zorblaxes are vermin in the ethics seminar.")
    assert not codes("Some people say zorblaxes are vermin; it is a slur with a long history.")


def test_every_shipped_abuse_pattern_compiles():
    """Shipped entries are compiled on first use (a site's own when the config loads): so each of
    ours is compiled here, and a mistake in one fails this test rather than a message's check."""
    import re

    from bedside.checks import load_config

    from bedside.checks.offensive.aimed import sources_of

    config = load_config()
    entries = [e for e in config.words("abuse")]
    assert entries and all(e.shipped for e in entries)
    for source in config.derive(sources_of):
        re.compile(source)
