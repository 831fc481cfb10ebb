"""Offensive emails: profanity, disguised swearing, slurs, and hate, harassment and threats
written without swear words (hold); mention-not-use, banter, idioms, clinical words and
rude-looking place names (fine)."""

from build import M

O = "offensive"
H = (O,)

MAILS = [
    # ------------------------------------------------------------------ profanity
    M("offensive-profanity-exam-results-rant-to-friend.eml", O, True, H,
      "plain profanity (fucking, shit) in a rant to a friend about exam results",
      "iphone", ("Callum Fraser", "mzycf4@exmail.nottingham.ac.uk"), ("Jordan", "jordy.m.k@hotmail.co.uk"),
      "results", "2026-01-16 14:03", """
      Failed the fucking pharmacology paper by 2 marks. TWO. This course is an absolute shitshow and I'm
      so done with it. Pub later?
      """),

    M("offensive-swearing-at-placement-administrator.eml", O, True, H,
      "profanity aimed directly at a placement administrator in a formal email",
      "outlook", ("Rory Dunmore", "mzyrd1@exmail.nottingham.ac.uk"), ("Placements Office", "medicine.placements@nottingham.ac.uk"),
      "RE: Placement allocation - Lincoln", "2026-01-20 09:14", """
      This is the third time you've moved my placement without telling me. I've paid for a room in Derby
      for the whole term. Are you people fucking incompetent or do you just not give a shit?

      Sort it out.

      Rory Dunmore
      """,
      quote={"from": ("Placements Office", "medicine.placements@nottingham.ac.uk"),
             "to": ("Rory Dunmore", "mzyrd1@exmail.nottingham.ac.uk"), "date": "2026-01-19 16:30",
             "subject": "Placement allocation - Lincoln",
             "body": "Dear Rory,\n\nDue to capacity changes your CP2 placement has moved to Lincoln County Hospital "
                     "from 2 February.\n\nKind regards,\nPlacements Office\n"}),

    M("offensive-disguised-asterisk-swearing.eml", O, True, H,
      "swearing disguised with asterisks and symbols (f**k, sh!t, b*llocks) to a classmate",
      "gmail", ("Ellie Brennan", "mzyeb3@exmail.nottingham.ac.uk"), ("Jess", "mzyjh4@exmail.nottingham.ac.uk"),
      "that lecture", "2026-01-29 12:47", """
      What the f**k was that lecture?? Two hours of sh!t slides read out word for word. Absolute b*llocks.
      I'm not going next week, I'll watch it at 2x speed with a wine
      """),

    M("offensive-leetspeak-c-word-about-flatmate.eml", O, True, H,
      "obfuscated c-word (c*nt / cvnt) insulting a flatmate, to a friend",
      "iphone", ("Sam Achterberg", "mzysa4@exmail.nottingham.ac.uk"), ("Will", "will.ashdown@gmail.com"),
      "flat", "2026-02-02 23:55", """
      Josh has eaten my food AGAIN. Honestly he's such a c*nt. An absolute cvnt. Looking for a new flat
      next year, you in?
      """, sent_from=False),

    M("offensive-spaced-letters-swearing.eml", O, True, H,
      "swearing spelt with spaces and dots (f u c k i n g, s.h.i.t) to evade filters",
      "plain", ("Dan Kowalczyk", "mzydk7@exmail.nottingham.ac.uk"), ("Ben Hollis", "ben.hollis87@gmail.com"),
      "rota", "2026-02-09 19:22", """
      They've put me on nights for f u c k i n g three weeks straight over my birthday. What a load of
      s.h.i.t. The rota coordinator can go and do one.
      """),

    M("offensive-text-speak-stfu-gtfo.eml", O, True, H,
      "abbreviated profanity (stfu, gtfo, wtf, ffs) hurled at a classmate",
      "iphone", ("Chloe Marsh", "mzycm9@exmail.nottingham.ac.uk"), ("Niamh", "mzynk2@exmail.nottingham.ac.uk"),
      "Re: group project", "2026-02-18 22:19", """
      stfu niamh. wtf is wrong with u, I did my half. gtfo of the group if u cant be arsed ffs
      """,
      quote={"from": ("Niamh Kearney", "mzynk2@exmail.nottingham.ac.uk"), "to": ("Chloe Marsh", "mzycm9@exmail.nottingham.ac.uk"),
             "date": "2026-02-18 21:50", "subject": "group project",
             "body": "Chloe are you going to do the references or shall I? It's due Friday.\n"}),

    M("offensive-all-caps-rant-wankers.eml", O, True, H,
      "ALL-CAPS rant with profanity about the consultants on a firm",
      "plain", ("James Whitfield", "mzyjw6@exmail.nottingham.ac.uk"), ("Alfie", "alfie.crossland@gmail.com"),
      "WORST WEEK", "2026-03-06 18:31", """
      THE SURGEONS ON THIS FIRM ARE A BUNCH OF ARROGANT WANKERS. KEPT ME IN THEATRE TILL 8 TO HOLD A
      RETRACTOR AND DIDN'T EVEN LEARN MY NAME. BLOODY PRICKS THE LOT OF THEM.
      """),

    M("offensive-polish-swearing-rant.eml", O, True, H,
      "Polish profanity (kurwa, chuj, pierdolę) in a rant about a tutor, to a friend",
      "gmail", ("Zofia Wisniewska", "zosia.wisniewska@gmail.com"), ("Kasia", "kasia.nowicka@gmail.com"),
      "kurwa", "2026-02-12 20:40", """
      Kasia, kurwa mać, ten tutor to jest chuj jakich mało. Powiedział mi przy wszystkich, że nie umiem
      badać brzucha. Pierdolę to, jutro nie idę na zajęcia.
      """),

    M("offensive-spanish-insult-gilipollas.eml", O, True, H,
      "Spanish insults and swearing (gilipollas, joder, hijo de puta) about a registrar",
      "iphone", ("Lucia Moreno", "mzylm6@exmail.nottingham.ac.uk"), ("Marta", "marta.iglesias@gmail.com"),
      "Hoy", "2026-03-03 21:05", """
      Joder Marta, el registrar de hoy es un gilipollas de campeonato. Me ha gritado delante del paciente
      por nada. Hijo de puta. Necesito una cerveza ya.
      """),

    # ------------------------------------------------------------------ slurs
    M("offensive-homophobic-slur-about-classmate.eml", O, True, H,
      "homophobic slur (poof, faggot) about a named classmate to friends",
      "gmail", ("Tom Beresford", "tom.beresford.19@gmail.com"), ("Rugby lads", "nottsmedrugby-2s@googlegroups.com"),
      "social", "2026-01-25 13:10", """
      Not inviting Marcus to the social, he'll just stand in the corner looking at everyone's arses like
      the little poof he is. Nobody wants a faggot in the changing rooms lads.
      """),

    M("offensive-racial-slur-about-patient.eml", O, True, H,
      "racial slur (paki) about a patient in a message to a friend",
      "iphone", ("Jake Pearson", "mzyjp1@exmail.nottingham.ac.uk"), ("Connor", "connor.b.lane@hotmail.co.uk"),
      "A&E", "2026-02-01 02:40", """
      Had some paki in cubicle 4 tonight kicking off because he had to wait four hours. Welcome to the NHS
      mate, you're not at home now
      """),

    M("offensive-ableist-slur-about-patient.eml", O, True, H,
      "ableist slurs (retard, spastic) about a patient with learning disability",
      "plain", ("Callum Fraser", "mzycf4@exmail.nottingham.ac.uk"), ("Mo", "mohammed.ilyas@hotmail.co.uk"),
      "clinic", "2026-02-23 17:48", """
      Had to take a history from a retard in LD clinic today. Took forty minutes and I got nothing out of
      him except that he likes buses. Proper spastic.
      """),

    M("offensive-transphobic-slur-about-patient.eml", O, True, H,
      "transphobic slur (tranny) and misgendering of a patient",
      "gmail", ("Jake Pearson", "jake.pearson.uk@gmail.com"), ("Connor", "connor.b.lane@hotmail.co.uk"),
      "lol", "2026-03-08 15:15", """
      Had a tranny on the gynae list today. It kept correcting me when I said 'he'. Like mate you've got a
      prostate, I'm not playing along.
      """),

    # ------------------------------------------------------------------ hate without swear words
    M("offensive-polite-racist-remark-flatmate.eml", O, True, H,
      "politely worded prejudice: refusing a Romanian flatmate because 'they' steal, no swear words",
      "outlook", ("Freya Lindqvist", "mzyfl5@exmail.nottingham.ac.uk"), ("Hannah Okoye", "mzyho5@exmail.nottingham.ac.uk"),
      "Flat for next year", "2026-02-14 11:30", """
      Hi Hannah,

      Thanks for sending the list of people looking for rooms. I'd rather we didn't take the Romanian girl
      if that's alright with you. I'm not being racist, but you know what they're like, they always end up
      taking things that aren't theirs and I don't want the hassle. Let's go with the girl from
      Harrogate instead.

      Freya
      """),

    M("offensive-stereotype-eastern-european-patients.eml", O, True, H,
      "sweeping ethnic stereotype about Polish patients, polite wording",
      "thunderbird", ("Rory Dunmore", "mzyrd1@exmail.nottingham.ac.uk"), ("Ben", "ben.hollis87@gmail.com"),
      "A&E shift", "2026-01-31 10:20", """
      Morning Ben,

      Quiet shift apart from the usual. Every single drunk we had in overnight was Polish, which I'm told
      is standard for a Saturday. They come over here, drink themselves stupid and expect us to sort them
      out. I honestly think they should have to pay before they're seen.

      Rory
      """),

    M("offensive-dehumanising-migrants-vermin.eml", O, True, H,
      "dehumanising language about asylum seekers (vermin, breeding) with no profanity",
      "gmail", ("Tom Beresford", "tom.beresford.19@gmail.com"), ("Dad", "m.beresford@hotmail.co.uk"),
      "Re: the hotel", "2026-02-20 20:12", """
      You're right Dad. They're like vermin, once one lot gets in the rest follow, and they breed faster
      than we can build houses. Half of them were in the walk-in centre on Saturday with nothing wrong.
      Somebody needs to clear that hotel out.
      """,
      quote={"from": ("Dad", "m.beresford@hotmail.co.uk"), "to": ("Tom Beresford", "tom.beresford.19@gmail.com"),
             "date": "2026-02-20 18:00", "subject": "the hotel",
             "body": "Have you seen they're putting more of them in the hotel on the ring road?\n"}),

    M("offensive-dehumanising-bariatric-patients.eml", O, True, H,
      "cruel dehumanising remarks about obese patients (whales, livestock) without swearing",
      "iphone", ("Ellie Brennan", "mzyeb3@exmail.nottingham.ac.uk"), ("Ness", "vanessa.doyle@gmail.com"),
      "bariatric clinic", "2026-02-26 16:40", """
      Bariatric clinic today was like a trip to SeaWorld. Three beached whales in a row who all swore they
      "hardly eat anything". They needed the livestock scales not the clinic ones 🐳🐷
      """),

    M("offensive-antisemitic-trope-polite.eml", O, True, H,
      "antisemitic conspiracy trope written politely in a society discussion",
      "outlook", ("Jake Pearson", "mzyjp1@exmail.nottingham.ac.uk"), ("Debate Society", "debatesoc-committee@exmail.nottingham.ac.uk"),
      "Motion suggestion", "2026-01-22 18:05", """
      Dear committee,

      For the healthcare funding debate, I'd suggest we at least acknowledge who really controls the big
      pharmaceutical companies and the banks behind them. It's not a coincidence that the same few Jewish
      families keep coming up. People are too scared to say it but a debate society should be brave.

      Kind regards,
      Jake
      """),

    M("offensive-islamophobic-reply-to-year-list.eml", O, True, H,
      "Islamophobic generalisation in a reply to the year list about prayer room space",
      "outlook", ("Callum Fraser", "mzycf4@exmail.nottingham.ac.uk"), ("Year 2 list", "yr2-medicine-2026@exmail.nottingham.ac.uk"),
      "RE: Prayer room on B floor", "2026-02-05 12:10", """
      With respect, why should the rest of us lose a study room? Muslims never integrate anyway and they're
      a security risk in a hospital setting. Let them pray at home.
      """,
      quote={"from": ("ISoc Medics", "isoc-medics@exmail.nottingham.ac.uk"),
             "to": ("Year 2 list", "yr2-medicine-2026@exmail.nottingham.ac.uk"), "date": "2026-02-05 09:00",
             "subject": "Prayer room on B floor",
             "body": "Salaam all, the School has agreed to keep room B24 as a quiet/prayer room in exam season. "
                     "Everyone is welcome to use it for quiet reflection.\n"}),

    M("offensive-misogyny-women-shouldnt-be-surgeons.eml", O, True, H,
      "politely expressed misogyny: women unfit for surgery and should leave to have babies",
      "thunderbird", ("James Whitfield", "mzyjw6@exmail.nottingham.ac.uk"), ("Dr Ayo Ogunleye", "ayo.ogunleye@gmail.com"),
      "careers evening", "2026-03-01 21:00", """
      Hi Ayo,

      Good careers evening. I did think it was a bit much how many female surgeons they wheeled out though.
      Let's be honest, women haven't got the temperament or the stamina for the job, and half of them
      leave to have babies anyway so it's wasted training. Girls should stick to GP or paeds.

      James
      """),

    M("offensive-transphobic-about-classmate-polite.eml", O, True, H,
      "polite but hostile transphobic remarks about a trans classmate using the changing room",
      "gmail", ("Freya Lindqvist", "freya.lindqvist@gmail.com"), ("Sophie", "sophie.kaye@hotmail.co.uk"),
      "theatre changing room", "2026-02-27 19:45", """
      Soph, I'm sorry but I'm not comfortable with Alex using the women's changing room in theatres. He's
      a man in a dress as far as I'm concerned, it's a mental illness, and pretending otherwise is just
      indulging it. I'm going to start changing in the toilets until someone does something.
      """),

    M("offensive-mocking-dementia-patient-cruelty.eml", O, True, H,
      "cruel mockery of a confused patient for entertainment, no swear words",
      "iphone", ("Sam Achterberg", "mzysa4@exmail.nottingham.ac.uk"), ("Will", "will.ashdown@gmail.com"),
      "best night shift", "2026-03-04 04:18", """
      We've been telling the old boy in bay 3 with dementia that it's 1962 and his wife is coming to
      pick him up. He keeps getting his coat on and waiting by the door 😂 kept us entertained all night
      """),

    M("offensive-mocking-classmate-stammer.eml", O, True, H,
      "mocking a classmate's stammer and disability to a group of friends",
      "plain", ("Jake Pearson", "mzyjp1@exmail.nottingham.ac.uk"), ("Lads", "fivesidefridays@gmail.com"),
      "presentation", "2026-02-10 17:00", """
      Did anyone film Daniel's case presentation? F-f-f-f-five minutes to get through the first slide. Why
      the School lets someone who can't talk be a doctor is beyond me. Should have stuck to being a lab rat.
      """),

    M("offensive-wishing-death-on-patient.eml", O, True, H,
      "saying a patient should be left to die and is a waste of resources",
      "gmail", ("Callum Fraser", "callum.fraser.88@gmail.com"), ("Jordan", "jordy.m.k@hotmail.co.uk"),
      "frequent flyer", "2026-01-27 23:30", """
      Our alcoholic regular was back in again for the 40th time this year. Honestly people like him should
      just be left in the gutter to die. Waste of oxygen and a waste of a bed someone decent could use.
      """),

    # ------------------------------------------------------------------ threats, harassment, sexual comments
    M("offensive-implied-threat-to-classmate.eml", O, True, H,
      "veiled threat to a classmate about their car and knowing where they live",
      "gmail", ("Tom Beresford", "mzytb2@exmail.nottingham.ac.uk"), ("Olu Adebayo", "mzyoa8@exmail.nottingham.ac.uk"),
      "the complaint", "2026-02-15 22:50", """
      Olu,

      I hear it was you who told the year lead I signed Priya's attendance sheet. Interesting. That's a nice
      car you park on Lenton Boulevard every night. Would be a shame if something happened to it. Or to you
      on the walk home. Think about whether you want to take this any further.
      """),

    M("offensive-explicit-threat-of-violence-no-swearing.eml", O, True, H,
      "explicit threat to break a named person's jaw, written without swear words",
      "iphone", ("Jake Pearson", "mzyjp1@exmail.nottingham.ac.uk"), ("Connor", "connor.b.lane@hotmail.co.uk"),
      "Tuesday", "2026-03-09 20:11", """
      If Ryan turns up at the ball on Saturday after what he said about my sister I'm going to break his
      jaw. I mean it. I'll wait for him outside the Council House.
      """),

    M("offensive-pursuing-ex-who-asked-no-contact.eml", O, True, H,
      "continuing to pursue someone who asked for no contact, turning up at their lectures",
      "outlook", ("Rory Dunmore", "mzyrd1@exmail.nottingham.ac.uk"), ("Lucia Moreno", "mzylm6@exmail.nottingham.ac.uk"),
      "please just talk to me", "2026-02-22 01:35", """
      Lucia,

      I know you said not to contact you again but I think you owe me a conversation. I've blocked out
      every Tuesday and Thursday to wait outside your anatomy sessions until you agree to talk. I'll keep
      emailing from other accounts if you block this one. I'm not going away.

      Rory
      """),

    M("offensive-repeated-messages-to-tutor-harassment.eml", O, True, H,
      "harassing a tutor with repeated demands and personal remarks after being asked to stop",
      "thunderbird", ("Jake Pearson", "mzyjp1@exmail.nottingham.ac.uk"), ("Dr Sunita Vaz", "sunita.vaz@nottingham.ac.uk"),
      "Re: Re: Re: Re: my mark", "2026-03-11 23:59", """
      This is my 14th email today and I'll send 14 more tomorrow. I know you're reading them. I saw your
      car at the gym on Friday and I know what time you leave the building. Change my mark.
      """,
      quote={"from": ("Dr Sunita Vaz", "sunita.vaz@nottingham.ac.uk"), "to": ("Jake Pearson", "mzyjp1@exmail.nottingham.ac.uk"),
             "date": "2026-03-11 10:00", "subject": "Re: Re: Re: my mark",
             "body": "Jake, I have answered your question. Please stop emailing me and use the formal appeals "
                     "process if you disagree with the mark.\n\nDr Vaz\n"}),

    M("offensive-sexual-comment-about-patient.eml", O, True, H,
      "sexual comments about a young patient's body during an examination",
      "iphone", ("Jake Pearson", "mzyjp1@exmail.nottingham.ac.uk"), ("Connor", "connor.b.lane@hotmail.co.uk"),
      "placement perks", "2026-01-21 19:02", """
      Had to do a breast exam on a 22 year old today, best day of placement so far. Absolute 10, I made sure
      I was very thorough 😉 Might volunteer for the next one too
      """),

    M("offensive-sexual-comment-about-nurse-colleague.eml", O, True, H,
      "sexual comments about a named nurse on the ward, sent to friends",
      "gmail", ("Sam Achterberg", "sam.achterberg@gmail.com"), ("Will", "will.ashdown@gmail.com"),
      "ward 21", "2026-02-19 21:33", """
      Staff nurse Kayleigh on ward 21 bent over to pick up a syringe in front of me today and I genuinely
      forgot my own name. What I would do to her in the sluice. Gonna ask her to help me with a cannula
      tomorrow just for the view.
      """),

    M("offensive-body-shaming-classmate.eml", O, True, H,
      "body-shaming insults about a named classmate, no profanity",
      "outlook", ("Chloe Marsh", "mzycm9@exmail.nottingham.ac.uk"), ("Gemma", "gemmaleighton@hotmail.co.uk"),
      "ball photos", "2026-03-02 12:20", """
      Gem, did you see the photos from the ball? Bethany in that dress, like a sack of potatoes tied in the
      middle. Someone should tell her that nobody wants to see that much of her. Honestly embarrassing for
      the whole year.
      """),

    # ------------------------------------------------------------------ negatives
    M("offensive-neg-reporting-racist-abuse-from-patient.eml", O, False, (),
      "mentions a slur only to report abuse received, sent to the right person",
      "outlook", ("Amna Siddiqui", "mzyas9@exmail.nottingham.ac.uk"), ("Dr Mark Ellery", "mark.ellery@nottingham.ac.uk"),
      "Incident on placement today", "2026-02-03 17:45", """
      Dear Dr Ellery,

      I wanted to let you know about something that happened on the ward today. While I was taking a
      history, a patient called me a "paki" and told me to "go back to where I came from". The nurse in
      charge was present and has completed a Datix. I'm okay, but I found it upsetting and I'd like to
      know what support is available and whether I should write a reflection.

      Kind regards,
      Amna Siddiqui
      """),

    M("offensive-neg-edi-teaching-session-on-slurs.eml", O, False, (),
      "planning an EDI teaching session that discusses slurs as a topic, not directed at anyone",
      "thunderbird", ("Meera Pillai", "mzymp2@exmail.nottingham.ac.uk"), ("EDI committee", "medsoc-edi@exmail.nottingham.ac.uk"),
      "Draft plan - responding to discriminatory language", "2026-01-19 15:00", """
      Hi all,

      Draft plan for the session on responding to discriminatory language from patients:

      1. Why words like racial, homophobic and ableist slurs still turn up on wards - short survey results
      2. Role play: a patient uses a slur about a colleague. Scripts avoid spelling slurs out in full;
         the actors will say "[slur]".
      3. How to escalate: nurse in charge, Datix, personal tutor, the School's concerns form.
      4. Looking after yourself afterwards.

      Could someone check the scripts with the Student Union's liberation officers?

      Meera
      """),

    M("offensive-neg-banter-between-friends.eml", O, False, (),
      "affectionate banter between friends (numpty, melt, muppet) with no real insult",
      "iphone", ("Ellie Brennan", "mzyeb3@exmail.nottingham.ac.uk"), ("Jess", "mzyjh4@exmail.nottingham.ac.uk"),
      "ur keys", "2026-02-07 09:02", """
      You absolute numpty, you left your keys in my car AGAIN 😂 what a melt. I'll drop them round after
      clinic, muppet. Love you x
      """),

    M("offensive-neg-idioms-killing-it-dying-to.eml", O, False, (),
      "violent-sounding idioms (killed it, murder a curry, dying to, shoot me a message)",
      "gmail", ("Olu Adebayo", "olumide.adebayo@gmail.com"), ("Mum", "funmi.adebayo@hotmail.co.uk"),
      "OSCE done!!", "2026-06-17 18:15", """
      Mum!! OSCEs are over. I think I killed it in the cardio station, the examiner was nodding the whole
      time. The ABG one nearly murdered me though. I could murder a curry tonight. Dying to see you all at
      the weekend - shoot me a message when you know what train you're getting.
      """),

    M("offensive-neg-gum-clinic-vocabulary.eml", O, False, (),
      "sexual-health clinic vocabulary (anal fissure, penile discharge, vaginal swab) in a learning log",
      "outlook", ("Priya Raman", "mzypr7@exmail.nottingham.ac.uk"), ("Dr Lena Hartmann", "lena.hartmann@nuh.nhs.uk"),
      "GUM clinic learning objectives", "2026-02-16 10:20", """
      Dear Dr Hartmann,

      Thank you for having me in clinic. My learning objectives for next week:

      - Take a sexual history including number of partners, condom use and anal or oral sex
      - Understand the differential for penile discharge (gonorrhoea, chlamydia, NGU)
      - Observe a speculum examination and vaginal swabs, with consent and a chaperone
      - Examine and manage a patient with an anal fissure and perianal warts
      - Discuss erectile dysfunction as a cardiovascular risk marker

      Best wishes,
      Priya
      """),

    M("offensive-neg-rude-looking-place-names.eml", O, False, (),
      "place names that contain rude-looking strings (Scunthorpe, Penistone, Cockermouth, Shitterton)",
      "plain", ("James Whitfield", "mzyjw6@exmail.nottingham.ac.uk"), ("Rural track", "rural-track@exmail.nottingham.ac.uk"),
      "Car share for rural placements", "2026-01-11 20:00", """
      Hi all,

      Car share plan for the rural GP weeks: I'm driving Nottingham - Scunthorpe on Monday mornings and
      can drop anyone at Penistone on the way back Friday. Freya is doing the Cumbria run via Cockermouth.
      Someone asked about the Dorset practice near Shitterton - that one's train only, sorry.

      Petrol split four ways is about 12 pounds each.

      James
      """),

    M("offensive-neg-swearing-only-in-quoted-message.eml", O, False, (),
      "polite reply; the only profanity is in the friend's quoted earlier message",
      "gmail", ("Hannah Okoye", "mzyho5@exmail.nottingham.ac.uk"), ("Becky", "becky.tranter99@gmail.com"),
      "Re: parking", "2026-01-23 08:40", """
      Oh no Becks, that's rubbish, sorry! You can park on our drive on Thursdays if you like, we're both in
      uni all day. Don't let it ruin your week x
      """,
      quote={"from": ("Becky", "becky.tranter99@gmail.com"), "to": ("Hannah Okoye", "mzyho5@exmail.nottingham.ac.uk"),
             "date": "2026-01-22 21:10", "subject": "parking",
             "body": "Got ANOTHER fucking parking ticket outside the medical school. Sixty quid. What a load of "
                     "shit, I'm so fed up.\n"}),

    M("offensive-neg-surnames-dick-cockburn-lecture.eml", O, False, (),
      "innocent surnames and nicknames (Dr Cockburn, Dick Whittington panto, Mr Hoare) that look rude",
      "outlook", ("Lucia Moreno", "mzylm6@exmail.nottingham.ac.uk"), ("Drama Society", "medsoc-drama@exmail.nottingham.ac.uk"),
      "Panto casting + lecture clash", "2026-01-28 17:05", """
      Hi all,

      Casting for Dick Whittington is up on the board - Tom is Dick, Meera is the Cat. Rehearsals clash with
      Dr Cockburn's Tuesday pharmacology lectures, so we've moved them to Wednesdays. Mr Hoare from
      orthopaedics has kindly agreed to play the Sultan again.

      Lucia
      """),

    M("offensive-neg-birdwatching-great-tits-woodcock.eml", O, False, (),
      "bird names (great tits, woodcock, shag, booby) in a wellbeing society email",
      "thunderbird", ("Freya Lindqvist", "mzyfl5@exmail.nottingham.ac.uk"), ("Wellbeing walks", "medsoc-walks@exmail.nottingham.ac.uk"),
      "Attenborough reserve walk - what we saw", "2026-02-01 16:45", """
      Hi walkers,

      Lovely turnout today. Sightings at Attenborough: lots of great tits and blue tits on the feeders, a
      woodcock in the wet woodland, and a shag on the gravel pit that had everyone arguing about
      cormorants. Sadly no booby, but we're a long way from the tropics.

      Next walk is Wollaton Park, 1 March.

      Freya
      """),

    M("offensive-neg-tech-jargon-kill-execute-abort.eml", O, False, (),
      "computing and clinical jargon (kill the process, execute, abort, hang, terminal) with no threat",
      "gmail", ("Dan Kowalczyk", "mzydk7@exmail.nottingham.ac.uk"), ("Alex", "alex.moffat.data@gmail.com"),
      "R script help", "2026-03-05 14:30", """
      Hi Alex,

      The R script keeps hanging on the merge step. I had to kill the process twice and then execute it
      line by line. Separately, the dataset has a variable called "abort" (spontaneous vs induced abortion)
      and another called "terminal" for terminal illness, which breaks my regex. Any tips?

      Cheers,
      Dan
      """),

    M("offensive-neg-reflection-quoting-patient-swearing.eml", O, False, (),
      "reflection to the tutor that quotes a distressed patient's swearing to discuss de-escalation",
      "thunderbird", ("Chloe Marsh", "mzycm9@exmail.nottingham.ac.uk"), ("Dr Rachel Emsley", "rachel.emsley@nottingham.ac.uk"),
      "Reflection - de-escalation in ED", "2026-02-24 19:30", """
      Dear Dr Emsley,

      For my reflection: a patient in severe pain shouted "get the fuck away from me" when I approached to
      take a history. I stepped back, introduced myself again and asked what would help. The nurse later
      told me he had been waiting six hours. I learned that anger is often fear and pain, and I want to
      practise the de-escalation techniques from our communication skills sessions.

      Best wishes,
      Chloe
      """),

    M("offensive-neg-spanish-coger-autobus.eml", O, False, (),
      "Spanish 'coger el autobús' and 'pillar' - everyday words in Spain, rude only elsewhere",
      "gmail", ("Lucia Moreno", "lucia.moreno.g@gmail.com"), ("Mamá", "carmen.garcia.moreno@hotmail.co.uk"),
      "Llego el viernes", "2026-03-12 19:40", """
      Hola mamá,

      Llego el viernes a Madrid. Voy a coger el autobús desde el aeropuerto porque papá trabaja, no os
      preocupéis. Si puedo, pillo algo de comer en la estación. ¡Qué ganas de veros!

      Un beso,
      Lucía
      """),

    M("offensive-neg-anti-racism-campaign-slogans.eml", O, False, (),
      "anti-racism campaign email that names prejudice in order to oppose it",
      "outlook", ("Olu Adebayo", "mzyoa8@exmail.nottingham.ac.uk"), ("All years", "medicine-all-students@exmail.nottingham.ac.uk"),
      "Black History Month panel - speakers confirmed", "2026-01-30 12:00", """
      Dear all,

      Our panel "Not just banter" is confirmed for 10 February. Speakers will talk about racist and sexist
      comments on placement, why "it was only a joke" isn't an excuse, and how to call out stereotypes
      about patients from minority groups when you hear them.

      Everyone welcome; refreshments from 6pm.

      Olu, ACS Medics
      """),

    M("offensive-neg-bloody-nose-bloody-diarrhoea.eml", O, False, (),
      "'bloody' used literally in clinical descriptions (bloody diarrhoea, bloody nose)",
      "iphone", ("Sam Achterberg", "mzysa4@exmail.nottingham.ac.uk"), ("Meera Pillai", "mzymp2@exmail.nottingham.ac.uk"),
      "paeds teaching q", "2026-02-08 19:50", """
      Quick q for tomorrow's teaching - for a kid with bloody diarrhoea and a recent bloody nose, we'd want
      to exclude HUS first, right? Checking platelets and renal function before anything else?
      """),
]
