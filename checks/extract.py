"""Text and metadata from attachments, so every text rule also reads what is attached.

Each format goes to a maintained library (pypdf, python-docx, openpyxl, pydicom). A file
that cannot be read gives an `Extracted` with `error` set, never an exception; an
encrypted one says so, because what cannot be inspected cannot be cleared.
"""

from __future__ import annotations

import csv
import io
import logging
import re
import zipfile
from dataclasses import dataclass, field
from functools import partial

from .model import Attachment
from .tables import rows_as_text

# Text beyond this per attachment is not read: enough for any handout, bounded for hostile files.
MAX_TEXT_CHARS = 500_000
MAX_SHEET_CELLS = 200_000

for _name in ("pypdf", "pydicom", "PIL"):
    logging.getLogger(_name).addHandler(logging.NullHandler())

TEXT_EXTENSIONS = {"txt", "csv", "tsv", "md", "rtf", "eml", "htm", "html"}
IMAGE_EXTENSIONS = {"jpg", "jpeg", "png", "gif", "heic", "heif", "tif", "tiff", "bmp", "webp"}
ARCHIVE_EXTENSIONS = {"zip", "7z", "rar", "gz", "tgz"}


@dataclass(frozen=True)
class Extracted:
    kind: str  # pdf, docx, xlsx, csv, tsv, text, image, dicom, archive, other
    text: str = ""
    metadata: dict = field(default_factory=dict)  # title, author, exif..., dicom fields
    encrypted: bool = False
    error: str | None = None


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
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return "ole"  # legacy Office, or an encrypted OOXML file wrapped in OLE
    if ctype.startswith("image/") or ext in IMAGE_EXTENSIONS:
        return "image"
    if ext in ARCHIVE_EXTENSIONS or ctype in {"application/zip", "application/x-7z-compressed"} or data[:4] == b"PK\x03\x04":
        return "archive"
    if ctype.startswith("text/") or ext in TEXT_EXTENSIONS:
        return ext if ext in ("csv", "tsv") else "text"  # a table: read cell by cell (tables.py)
    return "other"


def extract(att: Attachment) -> Extracted:
    kind = kind_of(att)
    reader = _READERS.get(kind)
    if reader is None:
        return Extracted(kind)
    try:
        return reader(att.data)
    except Exception as exc:  # noqa: BLE001 - a corrupt attachment is reported, not fatal
        return Extracted(kind, error=f"could not read {kind} ({type(exc).__name__})")


def _text(data: bytes) -> Extracted:
    sample = data[: MAX_TEXT_CHARS * 2]
    for encoding in ("utf-8", "utf-16") if sample[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8",):
        try:
            return Extracted("text", sample.decode(encoding)[:MAX_TEXT_CHARS])
        except UnicodeDecodeError:
            pass
    return Extracted("text", sample.decode("cp1252", errors="replace")[:MAX_TEXT_CHARS])


def _delimited(data: bytes, delimiter: str, kind: str) -> Extracted:
    """A CSV or TSV file, its cells beside their headers (see tables.py)."""
    plain = _text(data)
    try:
        rows = list(csv.reader(io.StringIO(plain.text), delimiter=delimiter))
    except csv.Error:  # a file that only calls itself CSV: read as it is
        return plain
    return Extracted(kind, "\n".join(rows_as_text(rows))[:MAX_TEXT_CHARS])


def _pdf(data: bytes) -> Extracted:
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
    chunks, total = [], 0
    for page in reader.pages:
        chunk = page.extract_text() or ""
        chunks.append(chunk)
        total += len(chunk)
        if total > MAX_TEXT_CHARS:
            break
    return Extracted("pdf", "\n".join(chunks)[:MAX_TEXT_CHARS], meta)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC = {"title": "{http://purl.org/dc/elements/1.1/}title", "author": "{http://purl.org/dc/elements/1.1/}creator",
       "subject": "{http://purl.org/dc/elements/1.1/}subject",
       "keywords": "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords",
       "category": "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}category"}


def _docx(data: bytes) -> Extracted:
    # python-docx builds the whole object model (9 ms for a two-page letter); reading the
    # WordprocessingML parts with lxml gives the same text, tables, headers and footers in a tenth.
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    lines: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        parts = ["word/document.xml"] + sorted(n for n in names if re.match(r"word/(header|footer)\d*\.xml$", n))
        for name in parts:
            if name not in names:
                continue
            _docx_lines(etree.fromstring(package.read(name), parser), lines)
        meta = _core_properties(package, names, parser)
    return Extracted("docx", "\n".join(lines)[:MAX_TEXT_CHARS], meta)


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


def _core_properties(package: zipfile.ZipFile, names: list[str], parser) -> dict:
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


def _run_text(node) -> str:
    if node.tag == f"{_W}t":
        return node.text or ""
    return "\t" if node.tag == f"{_W}tab" else "\n"


_S = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _xlsx(data: bytes) -> Extracted:
    # Like DOCX: openpyxl's read-only workbook took 4 ms for a 40-row sheet; the SpreadsheetML
    # parts read with lxml give the same cell text (shared and inline strings, numbers) far faster.
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    lines: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        shared: list[str] = []
        if "xl/sharedStrings.xml" in names:
            root = etree.fromstring(package.read("xl/sharedStrings.xml"), parser)
            shared = ["".join(t.text or "" for t in si.iter(f"{_S}t")) for si in root.iter(f"{_S}si")]
        sheets = sorted((n for n in names if re.match(r"xl/worksheets/sheet\d+\.xml$", n)),
                        key=lambda n: int(re.search(r"(\d+)", n.rsplit("/", 1)[1]).group(1)))
        cells = 0
        for name in sheets:
            root = etree.fromstring(package.read(name), parser)
            rows = []
            for row in root.iter(f"{_S}row"):
                values = _row_values(row, shared)
                cells += len(values)
                rows.append(values)
                if cells > MAX_SHEET_CELLS:
                    break
            lines += rows_as_text(rows)
        meta = _core_properties(package, names, parser)
    return Extracted("xlsx", "\n".join(lines)[:MAX_TEXT_CHARS], meta)


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


def _pptx(data: bytes) -> Extracted:
    """Slide and speaker-note text from a PowerPoint file's DrawingML parts (lecture slides are the
    university documents students most often forward)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    lines: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        names = package.namelist()
        parts = sorted((n for n in names if re.match(r"ppt/(?:slides/slide|notesSlides/notesSlide)\d+\.xml$", n)),
                       key=lambda n: (n.startswith("ppt/notes"), int(re.search(r"(\d+)\.xml$", n).group(1))))
        for name in parts:
            root = etree.fromstring(package.read(name), parser)
            for para in root.iter(f"{_A}p"):
                text = "".join(t.text or "" for t in para.iter(f"{_A}t"))
                if text:
                    lines.append(text)
        meta = _core_properties(package, names, parser)
    return Extracted("pptx", "\n".join(lines)[:MAX_TEXT_CHARS], meta)


def _ole(data: bytes) -> Extracted:
    # An OOXML document saved with a password is an OLE file holding an EncryptedPackage stream.
    encrypted = b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data
    return Extracted("ole", encrypted=encrypted)


def _archive(data: bytes) -> Extracted:
    if data[:4] != b"PK\x03\x04":
        return Extracted("archive", error="archive format not inspected")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        encrypted = any(info.flag_bits & 0x1 for info in infos)
        names = "\n".join(info.filename for info in infos[:1000])
    return Extracted("archive", names, encrypted=encrypted)


def _image(data: bytes) -> Extracted:
    from PIL import ExifTags, Image

    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        meta = {"width": image.width, "height": image.height}
        for tag, value in exif.items():
            name = ExifTags.TAGS.get(tag)
            if name in {"Make", "Model", "DateTime", "Software"}:
                meta[name.lower()] = str(value)
        if exif.get_ifd(ExifTags.IFD.GPSInfo):
            meta["gps"] = True
    return Extracted("image", metadata=meta)


def _dicom(data: bytes) -> Extracted:
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
            "pptx": _pptx, "ole": _ole, "archive": _archive, "image": _image, "dicom": _dicom}
