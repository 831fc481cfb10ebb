"""Ordinary and tricky-clean mail: nothing to hold."""

from build import M, image

C = "clean"

MAILS = [
    M("clean-consultant-called-bloody-brilliant.eml", C, False, (),
      "reports praise in mild British slang ('bloody brilliant'), no insult or patient",
      "iphone", ("Hannah Okoye", "mzyho5@exmail.nottingham.ac.uk"), ("Mum", "adaeze.okoye@hotmail.co.uk"),
      "!!!", "2026-02-12 17:20", """
      Mum!! Presented at the surgical M&M today and the consultant said my talk was "bloody brilliant" in
      front of everyone. I nearly cried. Ringing you later xx
      """),

    M("clean-one-line-thanks.eml", C, False, (),
      "a one-line thank-you",
      "plain", ("Rory Dunmore", "mzyrd1@exmail.nottingham.ac.uk"), ("Dr Sunita Vaz", "sunita.vaz@nottingham.ac.uk"),
      "Thanks", "2026-03-05 16:01", """
      Thanks for signing off my portfolio, Dr Vaz - much appreciated.
      """),

    M("clean-timetable-query-to-admin.eml", C, False, (),
      "ordinary timetable question to the School office",
      "outlook", ("Amna Siddiqui", "mzyas9@exmail.nottingham.ac.uk"), ("Year 2 Administrator", "medicine.year2@nottingham.ac.uk"),
      "Clash on 24 February", "2026-02-16 09:30", """
      Dear Year 2 team,

      My timetable shows both the anatomy practical and the communication skills session on 24 February at
      2pm. Could you let me know which one I should attend?

      Many thanks,
      Amna Siddiqui
      Student number 20401122
      """),

    M("clean-society-ball-tickets-html-newsletter.eml", C, False, (),
      "society newsletter to the year list with dates, prices and links",
      "gmail", ("MedSoc Social Sec", "mzyeb3@exmail.nottingham.ac.uk"), ("All years", "medicine-all-students@exmail.nottingham.ac.uk"),
      "🎉 MedSoc Ball tickets + this week's events", "2026-01-26 12:00", """
      Hi everyone!

      TICKETS for the MedSoc Winter Ball (Saturday 14 March, Albert Hall) go on sale Friday at 7pm: £45
      standard, £40 for members. Dress code black tie.

      This week:
      - Mon: Suturing workshop, Clinical Skills Centre, 6pm (bring your own pig's trotter? no, we have them)
      - Wed: Pub quiz at the Johnson Arms, teams of 6
      - Thu: Careers talk - life as an F1 in the East Midlands

      Any questions reply to this email!
      Ellie x (Social Sec)
      """),

    M("clean-welsh-english-christmas-plans.eml", C, False, (),
      "bilingual Welsh/English family chat about travel plans",
      "thunderbird", ("Ifan Pritchard", "mzyip3@exmail.nottingham.ac.uk"), ("Mam", "eirlys.pritchard@hotmail.co.uk"),
      "Dolig", "2026-12-10 19:15", """
      Helo Mam,

      Dw i'n dod adre ar y trên ar y 19eg, yn cyrraedd Bangor tua 6. Alli di neu Dad fy nôl i o'r orsaf?
      (Train gets in about six, I'll text when I'm at Crewe.)

      Exams went fine I think. Dw i wedi blino'n lân!

      Cariad mawr,
      Ifan
      """),

    M("clean-reference-request-to-tutor.eml", C, False, (),
      "formal reference request to a personal tutor",
      "outlook", ("Priya Raman", "mzypr7@exmail.nottingham.ac.uk"), ("Dr Mark Ellery", "mark.ellery@nottingham.ac.uk"),
      "Reference request - elective in Kampala", "2026-01-14 14:40", """
      Dear Dr Ellery,

      I hope you are well. I am applying for an elective placement at Mulago Hospital in Kampala for summer
      2027, and the application requires an academic reference. Would you be willing to provide one? The
      deadline is 28 February; I can send my CV and personal statement if helpful.

      With thanks,
      Priya Raman
      """),

    M("clean-polish-to-grandmother.eml", C, False, (),
      "Polish message to a grandparent about studies and health",
      "gmail", ("Zofia Wisniewska", "zosia.wisniewska@gmail.com"), ("Babcia", "halina.wisniewska@gmail.com"),
      "Pozdrowienia z Nottingham", "2026-02-01 15:30", """
      Kochana Babciu,

      U mnie wszystko dobrze. W tym miesiącu mam praktyki na kardiologii i dużo się uczę. Pogoda okropna,
      ciągle pada, ale mam ciepły sweter od Ciebie! Jak Twoje kolano? Zadzwonię w niedzielę.

      Buziaki,
      Zosia
      """),

    M("clean-research-stats-question-with-chart.eml", C, False, (),
      "stats question to a supervisor with a PNG chart of aggregate data (no patients)",
      "outlook", ("Dan Kowalczyk", "mzydk7@exmail.nottingham.ac.uk"), ("Prof Daniel Oyelowo", "daniel.oyelowo@nottingham.ac.uk"),
      "Mann-Whitney or t-test?", "2026-03-09 15:00", """
      Dear Prof Oyelowo,

      The HbA1c change data look skewed (summary attached as an image). Would you agree a Mann-Whitney U
      test is more appropriate than an unpaired t-test here, or should I log-transform first?

      Kind regards,
      Daniel
      """,
      attachments=[{"name": "summary.png", "data": image([
          "HbA1c change (mmol/mol), by arm",
          "Intervention  n=58  median -6  IQR -11 to -1",
          "Control       n=61  median -2  IQR  -6 to +3",
          "Shapiro-Wilk p < 0.01 in both arms"], header="Summary statistics", width=1000, size=28)}]),

    M("clean-chatty-text-speak-plans.eml", C, False, (),
      "text-speak plans with a friend, nothing sensitive",
      "iphone", ("Chloe Marsh", "mzycm9@exmail.nottingham.ac.uk"), ("Nat", "natalie.oduya@gmail.com"),
      "sat?", "2026-02-26 22:30", """
      omg yes sat works!! brunch at 11 then shops? i need a dress for the ball asap lol. c u there xx
      """),

    M("clean-reply-with-quoted-admin-message.eml", C, False, (),
      "polite reply with a quoted administrator email and full signature",
      "outlook", ("Olu Adebayo", "mzyoa8@exmail.nottingham.ac.uk"), ("Clinical Skills Centre", "clinical.skills@nottingham.ac.uk"),
      "RE: Locker allocation", "2026-01-13 10:20", """
      Dear Clinical Skills team,

      Thank you - locker 214 is fine. I'll collect the key from reception on Thursday.

      Kind regards,
      Olumide Adebayo
      Year 3 MBBS
      School of Medicine, University of Nottingham
      """,
      quote={"from": ("Clinical Skills Centre", "clinical.skills@nottingham.ac.uk"),
             "to": ("Olu Adebayo", "mzyoa8@exmail.nottingham.ac.uk"), "date": "2026-01-12 15:00",
             "subject": "Locker allocation",
             "body": "Dear Olumide,\n\nYou have been allocated locker 214 on B floor. Keys can be collected from "
                     "reception (9am-4pm) on presentation of your student card.\n\nBest wishes,\nClinical Skills Centre\n"}),
]
