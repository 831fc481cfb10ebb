"""Text and metadata from attachments, so every text rule also reads what is attached.

Each format goes to a maintained library (pypdf, lxml, pydicom, Pillow, Tesseract). A file
that cannot be read gives an `Extracted` with `error` set, never an exception; an
encrypted one says so, because what cannot be inspected cannot be cleared; what a limit kept
from being read is listed in `unread`. checks/unchecked.py turns both into findings.

Every ZIP-based format (DOCX, XLSX, PPTX, ODF, ZIP) is opened through `_Package`: its directory
is checked against the limits below before anything is inflated, and every entry is read with a
bounded read (a declared size can lie). A ZIP's files are read as attachments of their own
(`Extracted.members`), nested ZIPs too, down to MAX_DEPTH. Text in images and in image-only PDF
pages is read by OCR (ocr.py) within one message's time allowance (`Budget`).
"""

from __future__ import annotations

import csv
import io
import logging
import re
import time
import zipfile
from dataclasses import dataclass, field, replace
from functools import partial

from .model import Attachment
from .tables import rows_as_text

# Text beyond this per attachment is not read: enough for any handout, bounded for hostile files.
MAX_TEXT_CHARS = 500_000
MAX_SHEET_CELLS = 200_000

# ZIP containers (Office files, ODF, ZIP attachments). A 2.9 MB DOCX inflating to 2 GiB took a
# check worker to 4 GB: these are checked from the directory first, then enforced while reading.
MAX_ENTRIES = 2_000           # files in one archive
MAX_ENTRY_BYTES = 32 << 20    # one file inflated (a 32 MB XML part is a huge document already)
MAX_UNPACKED_BYTES = 128 << 20  # everything inflated for one message, nested archives included
MAX_RATIO = 200               # inflated / compressed, for entries over RATIO_FLOOR (XML is ~10-30)
RATIO_FLOOR = 1 << 20
MAX_DEPTH = 3                 # a ZIP in a ZIP in a ZIP
# OCR: images and image-only PDF pages, within one message's time allowance.
OCR_SECONDS = 12.0            # all OCR for one message (the relay's check_timeout is 30 s)
OCR_IMAGE_SECONDS = 6.0       # one image
MAX_IMAGE_PIXELS = 40_000_000  # decoded size; a bigger image is not read (Pillow's bomb guard is 89 MP)
MAX_OCR_PAGES = 20            # image-only PDF pages read by OCR
MIN_OCR_SIDE = 12             # pixels: smaller images (spacers, bullets) hold no readable text
MIN_OCR_AREA = 2_000


class ArchiveLimit(Exception):
    """An archive past a limit: it is not read further, and says so."""


class Budget:
    """One message's allowance for inflating archives and for OCR, spent as its attachments are read.
    Made per message by Scan (never shared between messages); `ocr` is None when OCR is off."""

    def __init__(self, ocr=None, unpacked: int = MAX_UNPACKED_BYTES, ocr_seconds: float = OCR_SECONDS):
        self.ocr = ocr
        self.unpacked_left = unpacked
        self.ocr_left = ocr_seconds

    def take_bytes(self, count: int) -> None:
        self.unpacked_left -= count
        if self.unpacked_left < 0:
            raise ArchiveLimit(f"more than {MAX_UNPACKED_BYTES >> 20} MB unpacked from one message's archives")


for _name in ("pypdf", "pydicom", "PIL"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

TEXT_EXTENSIONS = {"txt", "csv", "tsv", "md", "rtf"}
HTML_EXTENSIONS = {"htm", "html"}
IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "heic", "heif", "tif", "tiff", "bmp", "webp"}
ARCHIVE_EXTENSIONS = {"zip", "7z", "rar", "gz", "tgz", "bz2", "xz", "tar"}
# Compressed files are known by their first bytes, whatever they are called ('notes.dat' may be a gzip).
_COMPRESSED = ((b"\x1f\x8b\x08", "gzip"), (b"\xfd7zXZ\x00", "xz"))
_BZ2 = re.compile(rb"BZh[1-9]1AY&SY")
_UNREAD_ARCHIVES = (b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07", b"MSCF\0\0\0\0")  # 7-Zip, RAR, CAB
ODF_EXTENSIONS = {"odt", "ods", "odp", "odg", "ott", "ots", "otp"}


@dataclass(frozen=True)
class Extracted:
    kind: str  # pdf, docx, xlsx, pptx, odf, csv, tsv, text, image, dicom, ole, archive, other
    text: str = ""
    metadata: dict = field(default_factory=dict)  # title, author, exif..., dicom fields
    encrypted: bool = False
    error: str | None = None
    unread: tuple[str, ...] = ()  # what a limit kept from being read: never checked
    members: tuple = ()  # a ZIP's files: ((Attachment, Extracted), ...), read as attachments of their own

    @property
    def unchecked(self) -> bool:
        """Part of the file was not read (a fault or a limit); encryption is reported on its own."""
        return self.error is not None or bool(self.unread)


def kind_of(att: Attachment) -> str:
    data, ext, ctype = att.data, att.extension, att.content_type
    if len(data) > 132 and data[128:132] == b"DICM" or ext in {"dcm", "dicom"} or ctype == "application/dicom":
        return "dicom"
    if data[:5] == b"%PDF-" or ext == "pdf":
        return "pdf"
    if data[:4] == b"PK\x03\x04" and ext in {"docx", "docm", "dotx"}:
        return "docx"
    if data[:4] == b"PK\x03\x04" and ext in {"xlsx", "xlsm"}:
        return "xlsx"
    if data[:4] == b"PK\x03\x04" and ext in {"pptx", "pptm", "ppsx"}:
        return "pptx"
    if data[:4] == b"PK\x03\x04" and (ext in ODF_EXTENSIONS or data[30:58] == b"mimetypeapplication/vnd.oasis"):
        return "odf"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "ole"  # legacy Office, or an encrypted OOXML file wrapped in OLE
    if _compression(data) or data.startswith(_UNREAD_ARCHIVES) or data[257:262] == b"ustar":
        return "archive"
    if ext == "eml" and ctype != "message/rfc822":
        return "message"  # a saved email (mail-parser already walks a message/rfc822 part itself)
    if ctype.startswith("image/") or ext in IMAGE_EXTENSIONS:
        return "image"
    if ext in ARCHIVE_EXTENSIONS or ctype in {"application/zip", "application/x-7z-compressed"} or data[:4] == b"PK\x03\x04":
        return "archive"
    if ctype == "text/html" or ext in HTML_EXTENSIONS:
        return "html"
    if ctype.startswith("text/") or ext in TEXT_EXTENSIONS:
        return ext if ext in ("csv", "tsv") else "text"  # a table: read cell by cell (tables.py)
    if _looks_like_text(data[:4096]):
        return "text"  # 'notes' or 'list.dat' with no type given: text is text, whatever it is called
    return "other"


def _compression(data: bytes) -> str | None:
    for magic, name in _COMPRESSED:
        if data.startswith(magic):
            return name
    return "bz2" if _BZ2.match(data[:10]) else None


def _utf16(sample: bytes) -> str | None:
    """The UTF-16 codec that reads `sample`, by its byte-order mark or, without one, by the zero
    high bytes of Latin text (what Windows calls 'Unicode' text), else None."""
    if sample[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    pairs = len(sample) // 2
    if pairs < 8:
        return None
    for codec, zeros, letters in (("utf-16-le", sample[1::2], sample[0::2]), ("utf-16-be", sample[0::2], sample[1::2])):
        if zeros.count(0) >= 0.9 * pairs and letters.count(0) <= 0.05 * pairs:
            return codec
    return None


def _looks_like_text(sample: bytes) -> bool:
    if len(sample) < 16:
        return False
    codec = _utf16(sample)
    if codec:
        text = sample[: len(sample) // 2 * 2].decode(codec, "replace")
        return sum(c.isprintable() or c in "\r\n\t" for c in text) >= 0.95 * len(text)
    if b"\0" in sample:
        return False
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 4:  # not just a character cut at the end of the sample
            return False
        text = sample[:exc.start].decode("utf-8")
    printable = sum(c.isprintable() or c in "\r\n\t" for c in text)
    return printable >= 0.95 * len(text)


def extract(att: Attachment, budget: Budget | None = None, depth: int = 0) -> Extracted:
    """What `att` says. `budget` is the message's allowance (a fresh one, without OCR, if not given)."""
    budget = budget or Budget()
    kind = kind_of(att)
    reader = _READERS.get(kind)
    if reader is None:
        return Extracted(kind)
    try:
        return reader(att.data, budget=budget, depth=depth, name=att.filename)
    except ArchiveLimit as exc:
        return Extracted(kind, error=f"{kind} not read: {exc}")
    except Exception as exc:  # noqa: BLE001 - a corrupt attachment is reported, not fatal
        return Extracted(kind, error=f"could not read {kind} ({type(exc).__name__})")


def _member(name: str, data: bytes, budget: Budget, depth: int) -> tuple[Attachment, Extracted]:
    """A file found inside another (a ZIP's entry, an embedded object), read one level deeper."""
    inner = Attachment(filename=name, content_type="application/octet-stream", data=data)
    return inner, extract(inner, budget, depth + 1)


def flatten(pairs) -> list:
    """(Attachment, Extracted) pairs with every archive's files after it, nested ones too, each
    named by its path through the archives ('notes.zip/ward/list.docx'). Names are made unique
    ('notes (2).txt'): the rules keep each part's working text by its name, so a second file of
    the same name would be read through the first one's."""
    out: list = []
    seen: set[str] = set()

    def walk(pairs, prefix: str) -> None:
        for att, extracted in pairs:
            name = unique = prefix + att.filename
            stem, dot, ext = name.rpartition(".") if "." in name.rsplit("/", 1)[-1] else (name, "", "")
            number = 1
            while unique in seen:
                number += 1
                unique = f"{stem} ({number}){dot}{ext}"
            seen.add(unique)
            out.append((replace(att, filename=unique) if unique != att.filename else att, extracted))
            walk(extracted.members, unique + "/")

    walk(pairs, "")
    return out


def _cut(text: str, what: str) -> tuple[str, tuple[str, ...]]:
    """The text within MAX_TEXT_CHARS, and a note when some was left unread."""
    if len(text) <= MAX_TEXT_CHARS:
        return text, ()
    return text[:MAX_TEXT_CHARS], (f"{what} longer than {MAX_TEXT_CHARS:,} characters: the rest was not read",)


def _text(data: bytes, **_) -> Extracted:
    sample = data[: MAX_TEXT_CHARS * 2]
    text = None
    codec = _utf16(sample[:4096])
    for encoding in (codec, "utf-8") if codec else ("utf-8",):
        try:
            text = sample.decode(encoding)
            break
        except UnicodeDecodeError:
            pass
    if text is None and codec:
        text = sample[: len(sample) // 2 * 2].decode(codec, errors="replace")
    if text is None:
        text = sample.decode("cp1252", errors="replace")
    if len(data) > len(sample) and len(text) <= MAX_TEXT_CHARS:
        return Extracted("text", text, unread=(f"text longer than {MAX_TEXT_CHARS:,} characters: the rest was not read",))
    text, unread = _cut(text, "text")
    return Extracted("text", text, unread=unread)


def _html(data: bytes, **_) -> Extracted:
    """An HTML file as the text a browser shows: tags dropped, entities ('&#78;') decoded."""
    from .message import html_to_text

    plain = _text(data)
    text, unread = _cut(html_to_text(plain.text), "HTML text")
    return Extracted("html", text, unread=plain.unread or unread)


def _message(data: bytes, budget: Budget, depth: int = 0, **_) -> Extracted:
    """A saved email (.eml): its subject and body decoded as the message's own are, its
    attachments read as files of their own."""
    from .message import parse_message

    if depth >= MAX_DEPTH:
        return Extracted("message", error=f"email nested more than {MAX_DEPTH} deep: not read")
    message = parse_message(data)
    members = tuple((att, extract(att, budget, depth + 1)) for att in message.attachments)
    text, cut = _cut("\n".join(t for t in (message.subject, message.body) if t), "email text")
    return Extracted("message", text, unread=message.unread + cut, members=members)


def _delimited(data: bytes, delimiter: str, kind: str, **_) -> Extracted:
    """A CSV or TSV file, its cells beside their headers (see tables.py)."""
    plain = _text(data)
    try:
        rows = list(csv.reader(io.StringIO(plain.text), delimiter=delimiter))
    except csv.Error:  # a file that only calls itself CSV: read as it is
        return plain
    text, unread = _cut("\n".join(rows_as_text(rows)), "table")
    return Extracted(kind, text, unread=plain.unread or unread)


def _pdf(data: bytes, budget: Budget, depth: int = 0, **_) -> Extracted:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):  # an owner password alone still lets us read
                return Extracted("pdf", encrypted=True)
        except Exception:  # noqa: BLE001 - unsupported encryption is still encryption
            return Extracted("pdf", encrypted=True)
    meta = {}
    if reader.metadata:
        meta = {k.lstrip("/").lower(): str(v) for k, v in reader.metadata.items() if isinstance(v, str)}
    chunks, total, unread, scanned = [], 0, [], 0
    pages = reader.pages
    for number, page in enumerate(pages, 1):
        chunk = page.extract_text() or ""
        if len(chunk.strip()) < 20 and budget.ocr is not None:
            # A scanned page: its text is in its pictures.
            scanned += 1
            if scanned > MAX_OCR_PAGES:
                unread.append(f"more than {MAX_OCR_PAGES} scanned PDF pages: the rest were not read")
                break
            chunk += "\n" + _page_images_text(page, number, budget, unread)
        chunks.append(chunk)
        total += len(chunk)
        if total > MAX_TEXT_CHARS and number < len(pages):
            unread.append(f"PDF text longer than {MAX_TEXT_CHARS:,} characters: pages after {number} were not read")
            break
    members = _pdf_files(reader, budget, depth, unread)
    text, cut = _cut("\n".join(chunks), "PDF text")
    return Extracted("pdf", text, meta, unread=tuple(unread) + (cut if not unread else ()), members=members)


def _pdf_files(reader, budget: Budget, depth: int, unread: list[str]) -> tuple:
    """Files attached inside a PDF (a portfolio, Acrobat's 'attach file'), read like a ZIP's."""
    members = []
    try:
        embedded = reader.attachments
        if embedded and depth >= MAX_DEPTH:
            unread.append(f"files attached inside the PDF, nested more than {MAX_DEPTH} deep, were not read")
            return ()
        for number, name in enumerate(embedded):
            if number >= MAX_ENTRIES:
                unread.append(f"more than {MAX_ENTRIES:,} files attached inside the PDF: the rest were not read")
                break
            for content in embedded[name]:
                if len(content) > MAX_ENTRY_BYTES:
                    unread.append(f"a file attached inside the PDF is larger than {MAX_ENTRY_BYTES >> 20} MB: not read")
                    continue
                budget.take_bytes(len(content))
                members.append(_member(str(name), content, budget, depth))
    except ArchiveLimit:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged file list: said, the pages are still read
        unread.append(f"the files attached inside the PDF could not be read ({type(exc).__name__})")
    return tuple(members)


def _page_images_text(page, number: int, budget: Budget, unread: list[str]) -> str:
    texts = []
    try:
        images = list(page.images)
    except Exception as exc:  # noqa: BLE001 - an image pypdf cannot decode is unread, not fatal
        unread.append(f"the pictures on PDF page {number} could not be decoded ({type(exc).__name__})")
        return ""
    for image in images:
        try:
            picture = image.image
        except Exception as exc:  # noqa: BLE001
            unread.append(f"a picture on PDF page {number} could not be decoded ({type(exc).__name__})")
            continue
        if picture is not None:
            text, problem = _ocr(picture, budget)
            texts.append(text)
            if problem:
                unread.append(f"PDF page {number}: {problem}")
    return "\n".join(texts)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC = {"title": "{http://purl.org/dc/elements/1.1/}title", "author": "{http://purl.org/dc/elements/1.1/}creator",
       "subject": "{http://purl.org/dc/elements/1.1/}subject",
       "keywords": "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords",
       "category": "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}category"}


class _Package:
    """A ZIP container read within limits. The directory is checked before anything is inflated
    (entry count, each entry's declared size and compression ratio, their total), and `read` is
    bounded whatever the directory claims, charging the message's Budget for what it inflates."""

    def __init__(self, data: bytes, budget: Budget):
        self.budget = budget
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.infos = self.zip.infolist()
        if len(self.infos) > MAX_ENTRIES:
            raise ArchiveLimit(f"more than {MAX_ENTRIES:,} files in it")
        declared = sum(info.file_size for info in self.infos)
        if declared > min(MAX_UNPACKED_BYTES, budget.unpacked_left):
            raise ArchiveLimit(f"it unpacks to {declared >> 20:,} MB, more than bedside reads "
                               f"({MAX_UNPACKED_BYTES >> 20} MB)")
        self.names = [info.filename for info in self.infos]
        self._info = {info.filename: info for info in self.infos}

    def check_entry(self, name: str) -> None:
        info = self._info[name]
        if info.file_size > MAX_ENTRY_BYTES:
            raise ArchiveLimit(f"a file in it unpacks to {info.file_size >> 20:,} MB (limit {MAX_ENTRY_BYTES >> 20} MB)")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ArchiveLimit(f"a file in it is compressed {info.file_size // max(info.compress_size, 1):,} to 1 "
                               f"(limit {MAX_RATIO} to 1): a decompression bomb")

    def read(self, name: str) -> bytes:
        self.check_entry(name)
        with self.zip.open(self._info[name]) as stream:
            data = stream.read(MAX_ENTRY_BYTES + 1)  # bounded: the declared size may lie
        if len(data) > MAX_ENTRY_BYTES:
            raise ArchiveLimit(f"a file in it unpacks to more than {MAX_ENTRY_BYTES >> 20} MB")
        self.budget.take_bytes(len(data))
        return data

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.zip.close()


def _docx(data: bytes, budget: Budget, depth: int = 0, **_) -> Extracted:
    # python-docx builds the whole object model (9 ms for a two-page letter); reading the
    # WordprocessingML parts with lxml gives the same text, tables, headers and footers in a tenth.
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    lines: list[str] = []
    with _Package(data, budget) as package:
        if "word/document.xml" not in package.names:
            return _archive(data, budget, depth)  # a ZIP by another name: every file in it is read
        names = package.names
        # Headers, footers, footnotes and reviewers' comments are text the reader sees too.
        parts = ["word/document.xml"] + sorted(
            n for n in names if re.match(r"word/(?:header\d*|footer\d*|footnotes|endnotes|comments)\.xml$", n))
        for name in parts:
            if name not in names:
                continue
            _docx_lines(etree.fromstring(package.read(name), parser), lines)
        meta = _core_properties(package, names, parser)
        members = _embedded(package, budget, depth)
        pictures, not_read = _pictures(package, budget, depth)
    text, unread = _cut("\n".join(lines), "document text")
    return Extracted("docx", text, meta, unread=unread + not_read, members=members + pictures)


def _docx_lines(element, lines: list[str]) -> None:
    """Paragraphs as lines, in document order; a table as rows, each cell beside its column's
    header (tables.rows_as_text), so a 'Hosp No' column labels every number under it."""
    for child in element:
        if child.tag == f"{_W}p":
            lines.append(_docx_text(child))
        elif child.tag == f"{_W}tbl":
            lines += rows_as_text([_docx_row(row) for row in child.findall(f"{_W}tr")])
        else:
            _docx_lines(child, lines)  # sections, content controls, text boxes: what they hold


def _docx_row(row) -> list[str]:
    cells = []
    for cell in row.findall(f"{_W}tc"):
        cells.append(" ".join(_docx_text(p) for p in cell.iter(f"{_W}p")).strip())
        span = cell.find(f"{_W}tcPr/{_W}gridSpan")
        width = span.get(f"{_W}val", "") if span is not None else ""
        if width.isdigit():
            cells += [""] * (min(int(width), 64) - 1)  # a merged cell keeps later ones in line
    return cells


def _docx_text(para) -> str:
    return "".join(_run_text(node) for node in para.iter(f"{_W}t", f"{_W}tab", f"{_W}br"))


def _core_properties(package: _Package, names: list[str], parser) -> dict:
    """Title, author, subject... from an Office file's docProps/core.xml."""
    from lxml import etree

    meta = {}
    if "docProps/core.xml" in names:
        core = etree.fromstring(package.read("docProps/core.xml"), parser)
        for key, tag in _DC.items():
            node = core.find(tag)
            if node is not None and node.text:
                meta[key] = node.text
    return meta


_EMBEDDED = re.compile(r"(?:word|xl|ppt)/embeddings/[^/]+$")
# Pictures pasted into a letter or a slide (a screenshot of a ward list): read as images, OCR included.
_MEDIA = re.compile(r"(?:word|ppt)/media/[^/]+\.(?:png|jpe?g|gif|bmp|tiff?|webp)$", re.I)
MAX_PICTURES = MAX_OCR_PAGES  # pictures read in one Office document, as scanned PDF pages are


def _embedded(package: _Package, budget: Budget, depth: int) -> tuple:
    """Files embedded in an Office document (a spreadsheet pasted into a letter, an OLE object),
    read as files of their own like a ZIP's."""
    members = []
    for name in package.names:
        if _EMBEDDED.match(name):
            if depth >= MAX_DEPTH:
                raise ArchiveLimit(f"files embedded more than {MAX_DEPTH} deep")
            members.append(_member(name.rsplit("/", 1)[1], package.read(name), budget, depth))
    return tuple(members)


def _pictures(package: _Package, budget: Budget, depth: int) -> tuple[tuple, tuple[str, ...]]:
    """The document's pictures, each read as an image of its own (metadata text, and OCR within the
    message's OCR time, as an attached image is), named 'media/image1.png' inside the document.
    Past MAX_PICTURES, or nested too deep, what was left is said (unread), never skipped in silence."""
    names = [n for n in package.names if _MEDIA.match(n)]
    if not names:
        return (), ()
    if depth >= MAX_DEPTH:
        return (), (f"pictures in it, nested more than {MAX_DEPTH} deep, were not read",)
    members = []
    for name in names[:MAX_PICTURES]:
        att, extracted = _member("media/" + name.rsplit("/", 1)[1], package.read(name), budget, depth)
        if extracted.kind == "image":  # (a picture file that is something else is read as what it is)
            extracted = replace(extracted, metadata={**extracted.metadata, "in_document": True})
        members.append((att, extracted))
    unread = (f"more than {MAX_PICTURES} pictures: the rest were not read",) if len(names) > MAX_PICTURES else ()
    return tuple(members), unread


def _run_text(node) -> str:
    if node.tag == f"{_W}t":
        return node.text or ""
    return "\t" if node.tag == f"{_W}tab" else "\n"


_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _xlsx(data: bytes, budget: Budget, depth: int = 0, **_) -> Extracted:
    # Like DOCX: openpyxl's read-only workbook took 4 ms for a 40-row sheet; the SpreadsheetML
    # parts read with lxml give the same cell text (shared and inline strings, numbers) far faster.
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    lines: list[str] = []
    unread: tuple[str, ...] = ()
    with _Package(data, budget) as package:
        if "xl/workbook.xml" not in package.names:
            return _archive(data, budget, depth)  # a ZIP by another name: every file in it is read
        names = package.names
        shared: list[str] = []
        if "xl/sharedStrings.xml" in names:
            root = etree.fromstring(package.read("xl/sharedStrings.xml"), parser)
            shared = ["".join(t.text or "" for t in si.iter(f"{_S}t")) for si in root.iter(f"{_S}si")]
        # Every sheet, whatever the tool that wrote it called it (Excel: sheet1.xml, sheet2.xml...).
        sheets = sorted((n for n in names if _SHEET.match(n)), key=_part_order)
        cells = 0
        for name in sheets:
            root = etree.fromstring(package.read(name), parser)
            rows = []
            for row in root.iter(f"{_S}row"):
                values = _row_values(row, shared)
                cells += len(values)
                rows.append(values)
                if cells > MAX_SHEET_CELLS:
                    unread = (f"more than {MAX_SHEET_CELLS:,} cells: the rest of the workbook was not read",)
                    break
            lines += rows_as_text(rows)
            if unread:
                break
        for name in sorted((n for n in names if _CELL_COMMENTS.match(n)), key=_part_order):
            root = etree.fromstring(package.read(name), parser)  # notes a reviewer left on cells
            lines += ["".join(t.text or "" for t in c.iter(f"{_S}t")) for c in root.iter(f"{_S}comment")]
        meta = _core_properties(package, names, parser)
        members = _embedded(package, budget, depth)
    text, cut = _cut("\n".join(lines), "spreadsheet text")
    return Extracted("xlsx", text, meta, unread=unread or cut, members=members)


_SHEET = re.compile(r"xl/worksheets/[^/]+\.xml$")
_CELL_COMMENTS = re.compile(r"xl/comments[^/]*\.xml$")


def _part_order(name: str) -> tuple[int, str]:
    number = re.search(r"(\d+)\.xml$", name)
    return (int(number.group(1)) if number else 1 << 30, name)


_COLUMN = re.compile(r"[A-Z]{1,3}")


def _row_values(row, shared: list[str]) -> list[str]:
    """A row's cells in their columns. Excel leaves empty cells out; each cell's reference ('C7')
    says where it belongs, so a value stays under its own header."""
    values: list[str] = []
    for cell in row.iter(f"{_S}c"):
        column = _COLUMN.match(cell.get("r") or "")
        if column:
            index = 0
            for letter in column.group(0):
                index = index * 26 + ord(letter) - 64
            if index - 1 > len(values):
                values += [""] * min(index - 1 - len(values), MAX_SHEET_CELLS)
        values.append(_cell_text(cell, shared))
    return values


def _cell_text(cell, shared: list[str]) -> str:
    kind = cell.get("t")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{_S}t"))
    value = cell.find(f"{_S}v")
    if value is None or value.text is None:
        return ""
    if kind == "s":
        index = int(value.text)
        return shared[index] if 0 <= index < len(shared) else ""
    return value.text


_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _pptx(data: bytes, budget: Budget, depth: int = 0, **_) -> Extracted:
    """Slide and speaker-note text from a PowerPoint file's DrawingML parts (lecture slides are the
    university documents students most often forward)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    lines: list[str] = []
    with _Package(data, budget) as package:
        if "ppt/presentation.xml" not in package.names:
            return _archive(data, budget, depth)  # a ZIP by another name: every file in it is read
        names = package.names
        parts = sorted((n for n in names if re.match(r"ppt/(?:slides/slide|notesSlides/notesSlide)\d+\.xml$", n)),
                       key=lambda n: (n.startswith("ppt/notes"), int(re.search(r"(\d+)\.xml$", n).group(1))))
        for name in parts:
            root = etree.fromstring(package.read(name), parser)
            for para in root.iter(f"{_A}p"):
                text = "".join(t.text or "" for t in para.iter(f"{_A}t"))
                if text:
                    lines.append(text)
        meta = _core_properties(package, names, parser)
        members = _embedded(package, budget, depth)
        pictures, not_read = _pictures(package, budget, depth)
    text, unread = _cut("\n".join(lines), "slide text")
    return Extracted("pptx", text, meta, unread=unread + not_read, members=members + pictures)


_ODF_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_ODF_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_ODF_META = {"title": "{http://purl.org/dc/elements/1.1/}title",
             "author": "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}initial-creator",
             "subject": "{http://purl.org/dc/elements/1.1/}subject"}


def _odf(data: bytes, budget: Budget, depth: int = 0, **_) -> Extracted:
    """OpenDocument (LibreOffice) text, spreadsheets and slides: paragraphs and headings as lines,
    table rows with each cell beside its header, as for DOCX and XLSX."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    lines: list[str] = []
    with _Package(data, budget) as package:
        if "content.xml" not in package.names:
            return _archive(data, budget, depth)  # a ZIP by another name: every file in it is read
        if "content.xml" in package.names:
            _odf_lines(etree.fromstring(package.read("content.xml"), parser), lines)
        meta = {}
        if "meta.xml" in package.names:
            root = etree.fromstring(package.read("meta.xml"), parser)
            for key, tag in _ODF_META.items():
                node = next(root.iter(tag), None)
                if node is not None and node.text:
                    meta[key] = node.text
    text, unread = _cut("\n".join(lines), "document text")
    return Extracted("odf", text, meta, unread=unread)


def _odf_lines(element, lines: list[str]) -> None:
    for child in element:
        if not isinstance(child.tag, str):
            continue  # comments, processing instructions
        if child.tag in (f"{_ODF_TEXT}p", f"{_ODF_TEXT}h"):
            lines.append("".join(child.itertext()))
        elif child.tag == f"{_ODF_TABLE}table":
            rows = [["".join(cell.itertext()) for cell in row.iter(f"{_ODF_TABLE}table-cell")]
                    for row in child.iter(f"{_ODF_TABLE}table-row")]
            lines += rows_as_text(rows[:MAX_SHEET_CELLS])
        else:
            _odf_lines(child, lines)


# Legacy Word, Excel and PowerPoint (.doc, .xls, .ppt) keep their text uncompressed, as 8-bit
# (cp1252) or UTF-16 runs: read as runs of printable characters, as `strings` would.
_RUNS_8BIT = re.compile(rb"[\x20-\x7e\x91-\x97\t\r\n]{6,}")
# Latin-1 letters, and the dashes, quotes, bullet and ellipsis Word substitutes (U+2013-2026).
_RUNS_UTF16 = re.compile(rb"(?:[\x20-\x7e\xa0-\xff\t\r\n]\x00|[\x13\x14\x18-\x1d\x22\x26]\x20){4,}")


def _ole(data: bytes, **_) -> Extracted:
    # An OOXML document saved with a password is an OLE file holding an EncryptedPackage stream.
    encrypted = b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data
    if encrypted:
        return Extracted("ole", encrypted=True)
    runs = [m.group(0).decode("utf-16-le", "replace") for m in _RUNS_UTF16.finditer(data)]
    runs += [m.group(0).decode("cp1252", "replace") for m in _RUNS_8BIT.finditer(data)]
    text, unread = _cut("\n".join(r.strip() for r in runs if _wordy(r)), "document text")
    return Extracted("ole", text, unread=unread)


_TWO_WORDS = re.compile(r"[^\W\d_]{3,} [^\W\d_]{3,}")


def _wordy(run: str) -> bool:
    """Writing rather than bytes that happen to be printable: two words, mostly letters and spaces."""
    letters = sum(c.isalpha() or c.isspace() for c in run)
    return letters >= 0.75 * len(run) and _TWO_WORDS.search(run) is not None


def _archive(data: bytes, budget: Budget, depth: int = 0, name: str = "", **_) -> Extracted:
    """A ZIP: its file names as its text, and every file in it read as an attachment of its own.
    A gzip, bzip2 or xz file: the one file it holds, read the same way."""
    if depth >= MAX_DEPTH:
        return Extracted("archive", error=f"archive nested more than {MAX_DEPTH} deep: not read")
    compression = _compression(data)
    if compression:
        return _decompressed(data, compression, budget, depth, name)
    if data[:4] not in (b"PK\x03\x04", b"PK\x05\x06"):  # a ZIP, or an empty one
        return Extracted("archive", error="archive format not inspected (only ZIP, gzip, bzip2 and xz are read)")
    members, unread = [], []
    with _Package(data, budget) as archive:
        files = [info for info in archive.infos if not info.is_dir()]
        names = "\n".join(info.filename for info in archive.infos)
        if any(info.flag_bits & 0x1 for info in files):
            return Extracted("archive", names, encrypted=True)
        for info in files:
            try:
                content = archive.read(info.filename)
            except ArchiveLimit as exc:
                unread.append(str(exc))
                if budget.unpacked_left <= 0:
                    break
                continue
            except Exception as exc:  # noqa: BLE001 - a corrupt entry: reported, the rest still read
                unread.append(f"a file in it could not be unpacked ({type(exc).__name__})")
                continue
            members.append(_member(info.filename, content, budget, depth))
    return Extracted("archive", names, unread=tuple(unread), members=tuple(members))


def _decompressed(data: bytes, compression: str, budget: Budget, depth: int, name: str) -> Extracted:
    """One compressed stream, inflated with a bounded read like a ZIP entry."""
    import bz2
    import lzma
    import zlib

    stream = {"gzip": lambda: zlib.decompressobj(16 + zlib.MAX_WBITS), "bz2": bz2.BZ2Decompressor,
              "xz": lzma.LZMADecompressor}[compression]()
    content = stream.decompress(data, MAX_ENTRY_BYTES + 1)
    if len(content) > MAX_ENTRY_BYTES:
        raise ArchiveLimit(f"it unpacks to more than {MAX_ENTRY_BYTES >> 20} MB")
    if len(content) > RATIO_FLOOR and len(content) > MAX_RATIO * len(data):
        raise ArchiveLimit(f"it is compressed more than {MAX_RATIO} to 1: a decompression bomb")
    budget.take_bytes(len(content))
    unread = ()
    if not stream.eof or stream.unused_data:
        unread = (f"the {compression} file is cut short or has more after its end: not all of it was read",)
    # 'list.docx.gz' holds 'list.docx' (its kind is known by its name); 'notes.dat' some 'contents'.
    stem, _, suffix = name.rpartition(".")
    inner_name = {"tgz": stem + ".tar"}.get(suffix.lower(), stem) if suffix.lower() in ARCHIVE_EXTENSIONS else "contents"
    return Extracted("archive", unread=unread, members=(_member(inner_name or "contents", content, budget, depth),))


def _image(data: bytes, budget: Budget, **_) -> Extracted:
    from PIL import ExifTags, Image

    unread: tuple[str, ...] = ()
    ocr_text = ""
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        meta = {"width": image.width, "height": image.height}
        written: list[str] = []  # captions and comments people type into an image's metadata
        for tag, value in exif.items():
            name = ExifTags.TAGS.get(tag)
            if name in {"Make", "Model", "DateTime", "Software", "Artist"}:
                meta[name.lower()] = str(value)
            if name in _EXIF_WRITTEN:
                written.append(f"{name}: {_exif_text(value)}")
        for tag, value in exif.get_ifd(ExifTags.IFD.Exif).items():
            if ExifTags.TAGS.get(tag) == "UserComment":
                written.append(f"UserComment: {_exif_text(value)}")
        if exif.get_ifd(ExifTags.IFD.GPSInfo):
            meta["gps"] = True
        # PNG text chunks ('Description', 'Comment', 'Title'), a JPEG or GIF comment.
        chunks = dict(getattr(image, "text", None) or {})
        if image.info.get("comment"):
            chunks.setdefault("Comment", image.info["comment"])
        for key, value in chunks.items():
            if key.lower() in _WRITTEN_KEYS:
                written.append(f"{key}: {_exif_text(value)}")
            elif key.lower() in ("author", "software"):
                meta.setdefault(key.lower(), _exif_text(value))
        if budget.ocr is not None:
            ocr_text, unread = _frames_text(image, budget)
    text, cut = _cut("\n".join(w for w in written + [ocr_text] if w.strip()), "image text")
    return Extracted("image", text, metadata=meta, unread=unread + cut)


_EXIF_WRITTEN = {"ImageDescription", "XPTitle", "XPComment", "XPSubject", "XPKeywords"}
_WRITTEN_KEYS = {"description", "comment", "title", "subject", "keywords", "caption", "disclaimer", "warning"}


def _exif_text(value) -> str:
    """EXIF and PNG text as a string: Windows' XP tags are UTF-16 bytes, UserComment has an 8-byte
    character-code prefix, PNG comments may be bytes."""
    if isinstance(value, bytes):
        if value[:8] in (b"ASCII\0\0\0", b"UNICODE\0", b"\0" * 8):
            value = value[8:]
        for encoding in ("utf-8", "utf-16-le"):
            try:
                value = value.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            value = value.decode("latin-1")
    elif isinstance(value, tuple):  # XP tags as a tuple of byte values in some files
        return _exif_text(bytes(v & 0xFF for v in value))
    return str(value).replace("\0", "").strip()  # the whole text: _cut bounds it and says so


def _frames_text(image, budget: Budget) -> tuple[str, tuple[str, ...]]:
    """OCR of every frame (a multi-page TIFF scan, an animation) up to MAX_OCR_PAGES."""
    texts, problems, seen = [], [], set()
    frames = getattr(image, "n_frames", 1)
    distinct = 0
    for index in range(frames):
        if frames > 1:
            image.seek(index)
            # A coarse thumbnail: an animation's frames that differ in a blinking detail read alike.
            fingerprint = bytes(v >> 5 for v in image.convert("L").resize((16, 16)).tobytes())
            if fingerprint in seen:
                continue
            seen.add(fingerprint)
        distinct += 1
        if distinct > MAX_OCR_PAGES:
            problems.append(f"more than {MAX_OCR_PAGES} different frames: the rest were not read")
            break
        text, problem = _ocr(image, budget)
        texts.append(text)
        if problem:
            problems.append(problem if frames == 1 else f"frame {index + 1}: {problem}")
            break
    return "\n".join(texts), tuple(problems)


def _ocr(image, budget: Budget) -> tuple[str, str | None]:
    """(text, None), or ("", what kept it from being read). Never raises."""
    from .ocr import OcrUnavailable

    width, height = image.size
    if width < MIN_OCR_SIDE or height < MIN_OCR_SIDE or width * height < MIN_OCR_AREA:
        return "", None  # a spacer, a bullet, a tracking pixel
    if width * height > MAX_IMAGE_PIXELS:
        return "", f"image of {width * height / 1e6:.0f} megapixels: too large to read its text"
    if budget.ocr_left <= 0:
        return "", "OCR time for this message used up: text in the image was not read"
    allowed = min(OCR_IMAGE_SECONDS, budget.ocr_left)
    started = time.monotonic()
    try:
        return budget.ocr.read(image, allowed), None
    except TimeoutError:
        return "", f"reading the text in the image took longer than {allowed:g}s"
    except OcrUnavailable as exc:
        return "", f"text in the image was not read: {exc}"
    except Exception as exc:  # noqa: BLE001 - an image Pillow or Tesseract cannot decode
        return "", f"text in the image could not be read ({type(exc).__name__})"
    finally:
        budget.ocr_left -= time.monotonic() - started


def _dicom(data: bytes, **_) -> Extracted:
    import pydicom

    ds = pydicom.dcmread(io.BytesIO(data), stop_before_pixels=True, force=True)
    meta = {}
    for keyword in ("PatientName", "PatientID", "PatientBirthDate", "PatientSex", "PatientAddress",
                    "OtherPatientIDs", "InstitutionName", "StudyDate", "Modality"):
        value = ds.get(keyword)
        if value not in (None, ""):
            meta[keyword] = str(value)
    return Extracted("dicom", metadata=meta)


_READERS = {"text": _text, "csv": partial(_delimited, delimiter=",", kind="csv"),
            "tsv": partial(_delimited, delimiter="\t", kind="tsv"), "pdf": _pdf, "docx": _docx, "xlsx": _xlsx,
            "pptx": _pptx, "odf": _odf, "ole": _ole, "archive": _archive, "image": _image, "dicom": _dicom,
            "html": _html, "message": _message}
