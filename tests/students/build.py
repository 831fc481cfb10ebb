"""Write the labelled student emails in this folder from the mails_*.py data files.

Run from anywhere: `.venv/bin/python tests/students/build.py`. Deterministic: the same
input gives the same bytes (boundaries and Message-IDs come from the file name, zip
entries carry a fixed date), so rerunning after an edit only changes what was edited.

Every person, patient, number and address is invented. Phones are in the Ofcom drama
ranges (07700 900xxx, 0115 496 0xxx); NHS numbers start 999 and carry a valid
Modulus 11 check digit (computed by nhs() below, never typed by hand).
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.header
import email.policy
import hashlib
import html
import io
import json
import quopri
import re
import sys
import textwrap
import zipfile
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
ZIP_TIME = (2026, 1, 20, 9, 30, 0)


# --------------------------------------------------------------------------- identifiers

def nhs(base9: str, style: str = "spaced") -> str:
    """A 999-range NHS number with its Modulus 11 check digit."""
    digits = [int(c) for c in base9 if c.isdigit()]
    assert len(digits) == 9 and base9.startswith("999"), base9
    total = sum(d * w for d, w in zip(digits, range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        check = 0
    if check == 10:
        raise ValueError(f"{base9}: no valid check digit, pick another base")
    s = "".join(map(str, digits)) + str(check)
    if style == "spaced":
        return f"{s[:3]} {s[3:6]} {s[6:]}"
    if style == "dashed":
        return f"{s[:3]}-{s[3:6]}-{s[6:]}"
    return s


# --------------------------------------------------------------------------- attachments

def _font(size: int, bold: bool = False, mono: bool = False):
    from PIL import ImageFont

    name = "DejaVuSansMono" if mono else "DejaVuSans"
    name += "-Bold.ttf" if bold else ".ttf"
    path = FONT_DIR / name
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def image(lines, fmt="PNG", width=1100, size=30, bg=(255, 255, 255), fg=(20, 20, 20),
          header=None, header_bg=(0, 94, 184), mono=False, speckle=False) -> bytes:
    """A screenshot or photo with text drawn on it in a large clear font."""
    from PIL import Image, ImageDraw

    line_h = int(size * 1.45)
    top = line_h + 30 if header else 20
    height = top + line_h * len(lines) + 30
    im = Image.new("RGB", (width, height), bg)
    d = ImageDraw.Draw(im)
    if header:
        d.rectangle([0, 0, width, line_h + 14], fill=header_bg)
        d.text((20, 8), header, font=_font(size, bold=True), fill=(255, 255, 255))
    if speckle:  # a photo of a board/film: a faint deterministic pattern, text stays clear
        for x in range(0, width, 37):
            for y in range(0, height, 29):
                shade = (x * 7 + y * 13) % 40
                d.point((x, y), fill=tuple(min(255, c + shade) for c in bg))
    f = _font(size, mono=mono)
    for i, line in enumerate(lines):
        d.text((24, top + i * line_h), line, font=f, fill=fg)
    out = io.BytesIO()
    if fmt == "JPEG":
        im.save(out, "JPEG", quality=90)
    else:
        im.save(out, "PNG")
    return out.getvalue()


def zip_of(files: dict[str, bytes | str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            if isinstance(data, str):
                data = data.encode("utf-8")
            info = zipfile.ZipInfo(name, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return out.getvalue()


def docx_of(paragraphs, table=None, title=None, picture: bytes | None = None, caption: str = "") -> bytes:
    """A Word document via python-docx, re-zipped with fixed dates so the bytes are stable; with
    `picture`, a 15 cm picture and its caption after the paragraphs."""
    import docx
    from docx.shared import Cm

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Student"
    cp.created = cp.modified = dt.datetime(2026, 1, 20, 9, 30)
    cp.last_modified_by = "Student"
    cp.revision = 1
    if title:
        d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if picture is not None:
        d.add_picture(io.BytesIO(picture), width=Cm(15))
        d.add_paragraph(caption)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
    raw = io.BytesIO()
    d.save(raw)
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as z:
        return zip_of({n: z.read(n) for n in sorted(z.namelist())})


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CTYPES = {"png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "zip": "application/zip",
          "csv": "text/csv", "txt": "text/plain", "docx": DOCX}


# --------------------------------------------------------------------------- rendering

def _h(name: str, n: int = 28) -> str:
    return hashlib.sha256(name.encode()).hexdigest()[:n]


def _addr(p) -> str:
    if isinstance(p, str):
        return p
    name, a = p
    if not _ascii(name):
        return f"{email.header.Header(name, 'utf-8').encode()} <{a}>"
    if any(c in name for c in ",.()"):
        name = '"' + name + '"'
    return f"{name} <{a}>"


def _addrs(ps) -> str:
    if isinstance(ps, (str, tuple)):
        ps = [ps]
    return ", ".join(_addr(p) for p in ps)


def _date(s: str) -> dt.datetime:
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc)


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def _b64(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def _ascii(text: str) -> bool:
    return all(ord(c) < 128 for c in text)


def _quote_lines(text: str) -> str:
    return "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


def _flow(text: str) -> str:
    """format=flowed (RFC 3676): long lines soft-broken with a trailing space."""
    out = []
    for ln in text.split("\n"):
        prefix = ""
        while ln.startswith(">"):
            prefix += ">"
            ln = ln[1:].lstrip(" ") if ln[1:2] == " " else ln[1:]
        if prefix:
            prefix += " "
        if len(prefix + ln) <= 76:
            out.append((prefix + ln) if ln else prefix.rstrip())
            continue
        parts = textwrap.wrap(ln, 72 - len(prefix), break_long_words=False, break_on_hyphens=False,
                              drop_whitespace=True)
        for i, p in enumerate(parts):
            out.append(prefix + p + (" " if i < len(parts) - 1 else ""))
    return "\n".join(out)


def _html_outlook(body: str, quote_html: str = "") -> str:
    paras = []
    for ln in body.split("\n"):
        inner = html.escape(ln) if ln.strip() else "<o:p>&nbsp;</o:p>"
        if ln.strip():
            inner += "<o:p></o:p>"
        paras.append(f'<p class="MsoNormal">{inner}</p>')
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n"
        '\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
        "span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n' + "\n".join(paras) + "\n" + quote_html + "</div>\n</body>\n</html>\n"
    )


def _html_gmail(body: str, quote_html: str = "") -> str:
    divs = []
    for ln in body.split("\n"):
        divs.append(f"<div>{html.escape(ln)}</div>" if ln.strip() else "<div><br></div>")
    return '<div dir="ltr">' + "\n".join(divs) + "</div>" + quote_html + "\n"


def _outlook_quote(q) -> tuple[str, str]:
    d = _date(q["date"])
    sent = d.strftime("%d %B %Y %H:%M")
    hdr = [f"From: {_addr(q['from'])}", f"Sent: {sent}", f"To: {_addrs(q['to'])}", f"Subject: {q['subject']}"]
    plain = "\n\n" + "_" * 32 + "\n" + "\n".join(hdr) + "\n\n" + q["body"]
    h = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
         '<p class="MsoNormal"><b>From:</b> ' + html.escape(_addr(q["from"])) + "<br>\n<b>Sent:</b> " + sent
         + "<br>\n<b>To:</b> " + html.escape(_addrs(q["to"])) + "<br>\n<b>Subject:</b> "
         + html.escape(q["subject"]) + "</p>\n</div>\n"
         + "\n".join(f'<p class="MsoNormal">{html.escape(ln) or "&nbsp;"}</p>' for ln in q["body"].split("\n"))
         + "\n")
    return plain, h


def _gmail_attr(q) -> str:
    d = _date(q["date"])
    return f"On {d.strftime('%a')}, {d.day} {d.strftime('%b %Y')} at {d.strftime('%H:%M')}, {_addr(q['from'])} wrote:"


def _part_attachment(a, style: str) -> str:
    fname, data = a["name"], a["data"]
    ext = fname.rsplit(".", 1)[-1].lower()
    ct = a.get("ctype") or CTYPES[ext]
    if style == "iphone":
        head = (f'Content-Type: {ct};\n\tname="{fname}"\nContent-Disposition: attachment;\n\tfilename="{fname}"\n'
                "Content-Transfer-Encoding: base64\n")
    else:
        head = (f'Content-Type: {ct}; name="{fname}"\nContent-Disposition: attachment; filename="{fname}"\n'
                "Content-Transfer-Encoding: base64\n")
    return head + "\n" + _b64(data) + "\n"


_FIELD = re.compile(r"^([A-Z][A-Za-z/&. ]{0,14}:|[-*\u2022] |\d+[.)] |>)")


def _unwrap(text: str) -> str:
    """Join the data file's hard-wrapped prose back into one line a paragraph, as mail clients
    send it; short lines, list items and 'Field:' lines keep their breaks."""
    out: list[str] = []
    for ln in text.split("\n"):
        if (out and len(out[-1]) >= 70 and ln.strip() and not _FIELD.match(ln.strip())
                and not ln.startswith("    ")
                and not (len(ln.strip()) <= 25 and out[-1].rstrip()[-1:] in ".!?)")):
            out[-1] = out[-1].rstrip() + " " + ln.strip()
        else:
            out.append(ln)
    return "\n".join(out)


def _hardwrap(text: str, width: int = 72) -> str:
    out = []
    for ln in text.split("\n"):
        out.extend(textwrap.wrap(ln, width, break_long_words=False, break_on_hyphens=False,
                                 subsequent_indent="  " if _FIELD.match(ln) and ln[:1] in "-*" else "") or [""])
    return "\n".join(out)


def render(m: dict) -> bytes:
    style = m["style"]
    name = m["file"]
    body = textwrap.dedent(m["body"]).strip("\n")
    if not m.get("keep_lines"):
        body = _unwrap(body)
    q = m.get("quote")
    if q:
        q = dict(q)
        q["body"] = _unwrap(textwrap.dedent(q["body"]).strip("\n"))
    if style == "plain":
        body = _hardwrap(body)
        if q:
            q["body"] = _hardwrap(q["body"])
    d = _date(m["date"])
    date = format_datetime(d)
    atts = m.get("attachments") or []
    frm, to, cc, subject = _addr(m["from"]), _addrs(m["to"]), m.get("cc"), m["subject"]
    subj_hdr = subject if _ascii(subject) else email.header.Header(subject, "utf-8").encode()
    hv = _h(name)

    if style == "outlook":
        plain, qh = _outlook_quote(q) if q else ("", "")
        text = body + plain
        head = [f"From: {frm}", f"To: {to}"] + ([f"CC: {_addrs(cc)}"] if cc else []) + [
            f"Subject: {subj_hdr}", f"Thread-Topic: {subject if _ascii(subject) else 'message'}",
            f"Thread-Index: {base64.b64encode(bytes.fromhex(hv[:24])).decode()}", f"Date: {date}",
            f"Message-ID: <DB9PR0{hv[:2].upper()}MB{hv[2:16].upper()}@DB9PR0{hv[:2].upper()}MB{hv[16:20].upper()}.eurprd02.prod.outlook.com>",
            "Accept-Language: en-GB, en-US", "Content-Language: en-GB",
            f"X-MS-Has-Attach: {'yes' if atts else ''}", "X-MS-TNEF-Correlator: ", "MIME-Version: 1.0"]
        alt_b = f"_000_DB9PR0{hv[:14].upper()}_"
        alt = (f"--{alt_b}\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
               + _qp(text + "\n") + f"\n--{alt_b}\nContent-Type: text/html; charset=\"utf-8\"\n"
               "Content-Transfer-Encoding: quoted-printable\n\n" + _qp(_html_outlook(body, qh)) + f"\n--{alt_b}--\n")
        if atts:
            mix_b = f"_004_DB9PR0{hv[:14].upper()}_"
            head.append(f'Content-Type: multipart/mixed;\n\tboundary="{mix_b}"')
            out = (f"--{mix_b}\nContent-Type: multipart/alternative;\n\tboundary=\"{alt_b}\"\n\n" + alt + "\n"
                   + "".join(f"--{mix_b}\n" + _part_attachment(a, style) + "\n" for a in atts) + f"--{mix_b}--\n")
        else:
            head.append(f'Content-Type: multipart/alternative;\n\tboundary="{alt_b}"')
            out = alt
        raw = "\n".join(head) + "\n\n" + out
        return raw.replace("\n", "\r\n").encode("ascii")

    if style == "gmail":
        text, qh = body, ""
        if q:
            attr = _gmail_attr(q)
            text = body + "\n\n" + attr + "\n\n" + _quote_lines(q["body"])
            qh = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                  + html.escape(attr) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                  '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                  + "<br>\n".join(html.escape(ln) for ln in q["body"].split("\n")) + "</blockquote></div>")
        head = ["MIME-Version: 1.0", f"Date: {date}",
                f"Message-ID: <CA{base64.b64encode(bytes.fromhex(hv)).decode().rstrip('=')}@mail.gmail.com>",
                f"Subject: {subj_hdr}", f"From: {frm}", f"To: {to}"] + ([f"Cc: {_addrs(cc)}"] if cc else [])
        if q:
            head.insert(3, f"In-Reply-To: <{_h(name + 'q', 20)}@mail.gmail.com>")
        alt_b = "000000000000" + hv[:16]
        alt = (f"--{alt_b}\nContent-Type: text/plain; charset=\"UTF-8\"\n"
               + ("" if _ascii(text) else "Content-Transfer-Encoding: quoted-printable\n") + "\n"
               + (text + "\n" if _ascii(text) else _qp(text + "\n")) + f"\n--{alt_b}\n"
               "Content-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
               + _qp(_html_gmail(body, qh)) + f"\n--{alt_b}--\n")
        if atts:
            mix_b = "000000000000" + hv[16:28]
            head.append(f'Content-Type: multipart/mixed; boundary="{mix_b}"')
            out = (f"--{mix_b}\nContent-Type: multipart/alternative; boundary=\"{alt_b}\"\n\n" + alt + "\n"
                   + "".join(f"--{mix_b}\n" + _part_attachment(a, style) + "\n" for a in atts) + f"--{mix_b}--\n")
        else:
            head.append(f'Content-Type: multipart/alternative; boundary="{alt_b}"')
            out = alt
        return ("\n".join(head) + "\n\n" + out).encode("ascii")

    if style == "iphone":
        text = body
        if m.get("sent_from", True):
            text += "\n\nSent from my iPhone"
        if q:
            d0 = _date(q["date"])
            text += (f"\n\n> On {d0.day} {d0.strftime('%b %Y')}, at {d0.strftime('%H:%M')}, "
                     f"{_addr(q['from'])} wrote:\n>\n" + _quote_lines(q["body"]))
        mid = hv[:8].upper() + "-" + hv[8:12].upper() + "-" + hv[12:16].upper() + "-" + hv[16:20].upper() + "-" + hv[20:28].upper()
        common = [f"From: {frm}", "Mime-Version: 1.0 (1.0)", f"Subject: {subj_hdr}", f"Date: {date}",
                  f"Message-Id: <{mid}@{m['from'][1].split('@')[1] if isinstance(m['from'], tuple) else 'icloud.com'}>"]
        common += ([f"Cc: {_addrs(cc)}"] if cc else []) + [f"To: {to}", "X-Mailer: iPhone Mail (22D82)"]
        textpart = "Content-Type: text/plain;\n\tcharset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n" + _qp(text + "\n")
        if atts:
            b = f"Apple-Mail-{mid[:8]}-{mid[9:13]}-{mid[14:18]}"
            head = [f'Content-Type: multipart/mixed; boundary={b}', "Content-Transfer-Encoding: 7bit"] + common
            out = (f"\n--{b}\n" + textpart + "\n" + "".join(f"--{b}\n" + _part_attachment(a, style) + "\n" for a in atts)
                   + f"--{b}--\n")
            return ("\n".join(head) + "\n" + out).encode("ascii")
        head = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"] + common
        return ("\n".join(head) + "\n\n" + _qp(text + "\n")).encode("ascii")

    if style in ("thunderbird", "plain"):
        text = body
        if q:
            d0 = _date(q["date"])
            attr = f"On {d0.strftime('%d/%m/%Y %H:%M')}, {q['from'][0] if isinstance(q['from'], tuple) else q['from']} wrote:"
            if m.get("top_post", True):
                text = body + "\n\n" + attr + "\n" + _quote_lines(q["body"])
            else:
                text = attr + "\n" + _quote_lines(q["body"]) + "\n\n" + body
        enc8 = not _ascii(text)
        if style == "thunderbird":
            head = [f"Message-ID: <{hv[:8]}-{hv[8:12]}-{hv[12:16]}-{hv[16:20]}-{hv[20:28]}@{m['from'][1].split('@')[1]}>",
                    f"Date: {date}", "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird", "Content-Language: en-GB",
                    f"To: {to}"] + ([f"Cc: {_addrs(cc)}"] if cc else []) + [f"From: {frm}", f"Subject: {subj_hdr}"]
            ctype = "text/plain; charset=UTF-8; format=flowed"
            payload = _flow(text)
        else:
            head = [f"From: {frm}", f"To: {to}"] + ([f"Cc: {_addrs(cc)}"] if cc else []) + [
                f"Subject: {subj_hdr}", f"Date: {date}", f"Message-ID: <{hv[:20]}@{m['from'][1].split('@')[1]}>",
                "MIME-Version: 1.0"]
            ctype = "text/plain; charset=" + ("utf-8" if enc8 else "us-ascii")
            payload = text
        cte = "8bit" if enc8 else "7bit"
        if atts:
            b = "------------" + hv[:24]
            head.append(f'Content-Type: multipart/mixed;\n boundary="{b}"')
            out = ("This is a multi-part message in MIME format.\n" + f"--{b}\nContent-Type: {ctype}\n"
                   f"Content-Transfer-Encoding: {cte}\n\n" + payload + "\n\n"
                   + "".join(f"--{b}\n" + _part_attachment(a, style) + "\n" for a in atts) + f"--{b}--\n")
        else:
            head += [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
            out = payload + "\n"
        return ("\n".join(head) + "\n\n" + out).encode("utf-8")

    raise ValueError(f"{name}: unknown style {style!r}")


# Shorthands the batch files share: label groups, and a student's university address.
O, D = "offensive", "defamatory"
HO, HD = (O,), (D,)
NONE = ()


def ex(name: str) -> str:
    """A student's university address."""
    return f"{name}@exmail.nottingham.ac.uk"


def M(file, group, hold, cats, note, style, frm, to, subject, date, body, **kw) -> dict:
    """One email: label fields first, then how it is written."""
    return dict(file=file, group=group, hold=hold, categories=list(cats), note=note, style=style,
                **{"from": frm}, to=to, subject=subject, date=date, body=body, **kw)


# --------------------------------------------------------------------------- build + validate

def load_mails() -> list[dict]:
    sys.path.insert(0, str(HERE))
    mails = []
    for mod in ("mails_patient", "mails_offensive", "mails_defamatory", "mails_clean", "mails_batch3", "mails_batch4",
                "mails_batch5", "mails_batch6a", "mails_batch6b",
                "mails_batch7a", "mails_batch7b", "mails_batch8a", "mails_batch8b", "mails_batch9a", "mails_batch9b",
                "mails_batch10a", "mails_batch10b", "mails_batch11a", "mails_batch11b",
                "mails_batch12a", "mails_batch12b"):
        try:
            module = __import__(mod)
        except ModuleNotFoundError as e:
            if e.name == mod:
                continue
            raise
        mails.extend(module.MAILS)
    return mails


def main() -> int:
    mails = load_mails()
    names = [m["file"] for m in mails]
    dupes = {n for n in names if names.count(n) > 1}
    assert not dupes, f"duplicate file names: {dupes}"
    labels = []
    for m in mails:
        assert m["file"].endswith(".eml"), m["file"]
        assert m["group"] in ("patient", "offensive", "defamatory", "clean"), m["file"]
        assert set(m["categories"]) <= {"patient", "offensive", "defamatory", "documents"}, m["file"]
        assert bool(m["categories"]) == m["hold"], m["file"]
        data = render(m)
        (HERE / m["file"]).write_bytes(data)
        labels.append({"file": m["file"], "hold": m["hold"], "categories": m["categories"],
                       "group": m["group"], "note": m["note"]})
    (HERE / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    stale = sorted(p.name for p in HERE.glob("*.eml") if p.name not in set(names))
    for p in stale:
        (HERE / p).unlink()
    # Validate: every file parses, has a text body, and every label names a file.
    for lab in labels:
        path = HERE / lab["file"]
        assert path.exists(), lab["file"]
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert not msg.defects, (lab["file"], msg.defects)
        for part in msg.walk():
            assert not part.defects, (lab["file"], part.defects)
            if part.get_content_maintype() != "multipart":
                part.get_content()
        assert msg.get_body(preferencelist=("plain", "html")) is not None, lab["file"]
        assert msg["subject"] is not None and msg["from"] is not None, lab["file"]
    counts: dict = {}
    for lab in labels:
        k = (lab["group"], lab["hold"])
        counts[k] = counts.get(k, 0) + 1
    print(f"{len(labels)} emails written" + (f", {len(stale)} stale removed" if stale else ""))
    for k in sorted(counts):
        print(f"  {k[0]:<11} hold={str(k[1]):<5} {counts[k]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
