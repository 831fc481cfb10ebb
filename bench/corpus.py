"""Realistic synthetic student mail for the benchmarks: 5-20 KB each, a fifth with attachments.

Deterministic (seeded), so two runs measure the same work.
"""

from __future__ import annotations

import io
import random
from email.message import EmailMessage
from pathlib import Path

SENTENCES = [
    "Thanks for the teaching session on Thursday, it really helped with the cardiology block.",
    "I was wondering whether the slides from the renal lecture will be uploaded to Moodle.",
    "We saw a really interesting presentation of heart failure on the ward round this morning.",
    "Could we move our supervision meeting to next week because of the anatomy spot test?",
    "The differential for rectal bleeding in an older patient includes diverticular disease and cancer.",
    "I have attached my reflective log for the placement, as discussed at the mid-point review.",
    "The registrar showed us how to examine for shifting dullness and a fluid thrill.",
    "Penile discharge with dysuria suggests urethritis; we discussed chlamydia and gonorrhoea testing.",
    "Is the OSCE station on history taking going to include a communication skills element?",
    "Honestly the bus to City Hospital was so late that I missed the start of clinic again.",
    "My group is meeting in the library at four to go through the pharmacology questions.",
    "Do you know if the consultant wants us in theatre for the list tomorrow or in clinic?",
    "The patient in bay 4 was anxious about the biopsy so we spent time explaining the procedure.",
    "I found the lecture hard to follow, particularly the part on acid-base compensation.",
    "Please could you sign off my clinical skills logbook when you have a moment this week?",
    "Bloody diarrhoea for three days with fever should make you think of infective colitis.",
]
GREETINGS = ["Dear Dr Ward,", "Hi Sam,", "Dear Professor Okafor,", "Hello all,", "Hey Jordan,"]
SIGNOFFS = ["Kind regards,\nAmy", "Best wishes,\nPriya Shah\nYear 3 MBBS", "Thanks,\nTom", "Cheers,\nJ"]
RECIPIENTS = ["helen.ward@nottingham.ac.uk", "sam.friend@gmail.com", "year3@exmail.nottingham.ac.uk",
              "j.okafor@nhs.net", "cousin@outlook.com"]
EXTRAS = [
    "Her NHS number is 943 476 5919 if you need to find her notes.",
    "What a f*cking awful shift that was.",
    "Apparently Dr Shah stole morphine from the ward cupboard.",
    "",
]


def _body(rng: random.Random, size: int) -> str:
    paragraphs, total = [rng.choice(GREETINGS), ""], 0
    while total < size:
        para = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(3, 6)))
        paragraphs += [para, ""]
        total += len(para) + 2
    if rng.random() < 0.3:
        paragraphs.insert(2, rng.choice(EXTRAS))
    paragraphs.append(rng.choice(SIGNOFFS))
    return "\n".join(paragraphs)


def _attachment(rng: random.Random, index: int) -> tuple[str, str, bytes]:
    kind = index % 4
    if kind == 0:
        rows = "\n".join(f"{i},{rng.choice(['ward 3', 'clinic', 'theatre'])},{rng.randint(1, 99)}" for i in range(60))
        return "attendance.csv", "text/csv", ("session,place,count\n" + rows).encode()
    if kind == 1:
        import docx

        document = docx.Document()
        for _ in range(8):
            document.add_paragraph(" ".join(rng.choice(SENTENCES) for _ in range(3)))
        buf = io.BytesIO()
        document.save(buf)
        return "reflection.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buf.getvalue()
    if kind == 2:
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        for i in range(40):
            sheet.append([f"Item {i}", rng.randint(1, 100), rng.choice(["done", "to do"])])
        buf = io.BytesIO()
        book.save(buf)
        return "checklist.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buf.getvalue()
    from PIL import Image

    image = Image.new("RGB", (48, 48), (rng.randint(0, 255), 90, 90))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return "diagram.png", "image/png", buf.getvalue()


def generate(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        msg = EmailMessage()
        msg["From"] = "amy.student@exmail.nottingham.ac.uk"
        msg["To"] = rng.choice(RECIPIENTS)
        msg["Subject"] = rng.choice(["Question about Thursday", "Placement", "re: logbook", "OSCE", "notes"])
        msg["Message-ID"] = f"<bench-{i}@exmail.nottingham.ac.uk>"
        msg.set_content(_body(rng, rng.randint(5_000, 17_000)))
        if i % 5 == 0:
            filename, ctype, data = _attachment(rng, i // 5)
            maintype, subtype = ctype.split("/", 1)
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
        path = folder / f"{i:05d}.eml"
        path.write_bytes(msg.as_bytes())
        paths.append(path)
    return paths
