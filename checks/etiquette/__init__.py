"""Etiquette of a professional email (category `etiquette`, default warn: delivered, with advice)."""

from ..guidance import ETIQUETTE, REDISTRIBUTION, SUITABILITY, cite
from ..model import Action, Category, Explanation, Hit, Rule
from . import style, vocabulary


_WHY = cite(ETIQUETTE)


def _rule(code, name, message, what, why, how, check, action=Action.WARN):
    return Rule(code=code, name=name, category=Category.ETIQUETTE, action=action, message=message,
                explanation=Explanation(what=what, why=why, how=how), check=check)


def _threshold(name, default):
    return lambda scan: int(scan.config.threshold(name, default))


def empty_subject(scan):
    if not scan.message.subject.strip():
        missing = scan.message.header("subject") is None
        yield Hit(scan.subject, 0, 0, "", "no Subject header" if missing else "the subject is blank")


COMPILE = (vocabulary.build,)

RULES = (
    Rule(
        code="ETQ001", name="empty-subject", category=Category.ETIQUETTE, action=Action.WARN,
        message="Missing or empty subject",
        explanation=Explanation(
            what="A message with no Subject header, or a subject that is blank.",
            why="Staff triage their inbox by subject; a blank one is easily missed or mistaken for spam. "
                + cite(ETIQUETTE),
            how="Add a short, specific subject, e.g. 'Year 3 OSCE: request to swap station time'."),
        check=empty_subject,
    ),
    _rule("ETQ002", "vague-subject", "Vague or over-long subject",
          "A subject that says nothing ('hi', 'question', 'urgent') or is an essay (over 15 words).",
          "Staff scan subjects to decide what to read first. " + _WHY,
          "Name the topic in a few words: 'Year 2 anatomy: missed spot test on 12 May'.", style.vague_subject),
    _rule("ETQ003", "shouting", "Capitals that read as shouting",
          "Three or more words in capitals (acronyms such as NHS, OSCE, ECG excepted), in the subject or body.",
          "Capitals read as shouting and come across as rude. " + _WHY,
          "Write in sentence case; use bold or a short separate sentence for emphasis.", style.shouting),
    _rule("ETQ004", "agitated-punctuation", "Strings of !!! or ??? to staff",
          "Two or more exclamation or question marks together in an email to staff.",
          "Repeated punctuation reads as agitated or demanding. " + _WHY,
          "One ! or ? is enough; let the words carry the urgency.", style.punctuation),
    _rule("ETQ005", "greeting", "Missing or over-casual greeting to staff",
          "An email to staff that starts with no greeting, or with 'hey', 'yo', 'hiya', 'alright mate'.",
          "A greeting sets a professional tone. " + _WHY,
          "Start with 'Dear Dr Ward,' (or the person's preferred name if they have told you).", style.greeting),
    _rule("ETQ006", "sign-off", "No sign-off or name to staff",
          "An email to staff that ends without a sign-off ('Kind regards,') or your name.",
          "Staff need to know who wrote and how to reply. " + _WHY,
          "End with 'Kind regards,' then your full name and year group.", style.sign_off),
    _rule("ETQ007", "text-speak", "Text-speak in an email to staff",
          "Abbreviations such as u, ur, pls, thx, lol, omg, btw, idk in an email to staff.",
          "Text-speak is informal and can be unclear. " + _WHY,
          "Write words out in full: 'you', 'please', 'thank you'.", style.text_speak),
    _rule("ETQ008", "emoji-to-staff", "Emoji or kisses in an email to staff",
          "Emoji, or kisses (x, xx) at the end of lines, in an email to staff.",
          "Professional correspondence does not use emoji or kisses. " + _WHY,
          "Leave them out; warmth comes across in a polite sentence.", style.emoji_or_kisses),
    _rule("ETQ009", "demanding-tone", "Demanding or hostile tone",
          "Demanding phrases ('I demand', 'reply ASAP', 'this is unacceptable', 'as I already said') or "
          "a sentence aimed at the reader that reads as strongly negative (TextBlob's offline sentiment).",
          "A demanding tone causes distress and is remembered. " + cite(ETIQUETTE, SUITABILITY),
          "Say what happened and what you would like, politely; if you are upset, send it tomorrow.",
          style.tone),
    _rule("ETQ010", "missing-attachment", "Mentions an attachment but nothing is attached",
          "'Please find attached', 'I have attached', 'as mentioned in the attached' with no attachment.",
          "The reader has to write back and ask for it. " + _WHY,
          "Attach the file, or remove the sentence.", style.missing_attachment),
    _rule("ETQ011", "visible-recipients", "Many addresses visible in To/Cc",
          "More than `thresholds.visible_recipients_warn` (default 10) addresses in To and Cc.",
          "Everyone can see and reuse everyone else's address. " + cite(ETIQUETTE, REDISTRIBUTION),
          "Put the recipients in Bcc and yourself in To.",
          lambda scan: style.visible_recipients(scan, _threshold("visible_recipients_warn", 10)(scan))),
    _rule("ETQ012", "addresses-exposed-outside", "Many addresses exposed to outside recipients",
          "More than `thresholds.visible_recipients_hold` (default 25) addresses in To and Cc when any "
          "recipient is outside the university.",
          "Students' and staff addresses shown to outsiders cannot be taken back. " + cite(REDISTRIBUTION),
          "Use Bcc, or a mailing list, and send again.",
          lambda scan: style.exposed_outside(scan, _threshold("visible_recipients_hold", 25)(scan)),
          action=Action.HOLD),
    _rule("ETQ013", "reply-all", "Reply-all to a large list",
          "A reply ('Re:') sent to more than `thresholds.reply_all_warn` (default 5) people.",
          "Everyone on the list receives a message meant for one person. " + _WHY,
          "Reply only to the sender unless everyone needs your answer.",
          lambda scan: style.reply_all(scan, _threshold("reply_all_warn", 5)(scan))),
    _rule("ETQ014", "wall-of-text", "Wall of text",
          "A paragraph of more than 250 words, or an email of more than 600 words to staff.",
          "Long unbroken text is hard to read and the request gets lost. " + _WHY,
          "Put the request first, in short paragraphs; attach detail if it is needed.",
          lambda scan: style.wall_of_text(scan, _threshold("paragraph_words", 250)(scan),
                                          _threshold("email_words", 600)(scan))),
    _rule("ETQ015", "large-attachments", "Very large attachments",
          "Attachments adding up to more than `thresholds.attachment_mb` (default 10) MB.",
          "Large attachments fill inboxes and often bounce. " + _WHY,
          "Share a link to the file on the university's OneDrive or Teams instead.",
          lambda scan: style.large_attachments(scan, float(scan.config.threshold("attachment_mb", 10)))),
)
