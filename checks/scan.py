"""Per-message working state shared by the rules, computed once and only when a rule asks."""

from __future__ import annotations

from functools import cached_property

from .config import Config
from . import ocr
from .extract import Budget, Extracted, extract, flatten
from .letter import Letter, reader_for
from .model import Attachment, Message, TextPart
from .normalise import fold, words_of
from .text import digit_runs



class Scan:
    def __init__(self, message: Message, config: Config):
        self.message = message
        self.config = config

    # --- text ---------------------------------------------------------------------
    @cached_property
    def subject(self) -> TextPart:
        return TextPart("subject", self.message.subject)

    @cached_property
    def body(self) -> TextPart:
        return TextPart("body", self.message.body)

    @cached_property
    def extracted(self) -> tuple[tuple[Attachment, Extracted], ...]:
        """Every attachment read, then the files inside each ZIP (nested too): rules read those as
        attachments of their own. One Budget per message bounds unpacking and OCR time."""
        budget = Budget(ocr=self.config.derive(ocr.build))
        return tuple(flatten((a, extract(a, budget)) for a in self.message.attachments))

    @cached_property
    def letter(self) -> Letter:
        """The body read once as a letter: own text, quoted messages, sign-off, signature, footer."""
        return self.config.derive(reader_for).read(self.body.text)

    @cached_property
    def attachment_texts(self) -> tuple[TextPart, ...]:
        return tuple(TextPart(f"attachment:{a.filename}", x.text) for a, x in self.extracted if x.text)

    @cached_property
    def texts(self) -> tuple[TextPart, ...]:
        """Every text a text rule should read: subject, body, then attachment text."""
        return (self.subject, self.body, *self.attachment_texts)

    def folded(self, part: TextPart) -> str:
        """The part lowercased and de-disguised, same length as the original (see normalise.fold)."""
        cache = self.__dict__.setdefault("_folded", {})
        if part.name not in cache:
            cache[part.name] = fold(part.text)
        return cache[part.name]

    def words(self, part: TextPart) -> frozenset[str]:
        """Every plain lowercase word in the part: rules test this set before running costly patterns."""
        cache = self.__dict__.setdefault("_words", {})
        if part.name not in cache:
            cache[part.name] = words_of(self.folded(part))
        return cache[part.name]

    def digit_runs(self, part: TextPart) -> list[tuple[int, int]]:
        """(start, end) of every run of digits in the part. Rules about numbers (NHS, dates, postcodes,
        hospital numbers) look only around these, instead of each scanning the whole text."""
        cache = self.__dict__.setdefault("_digits", {})
        if part.name not in cache:
            cache[part.name] = digit_runs(part.text)
        return cache[part.name]

    @cached_property
    def unread(self) -> list[str]:
        """What a rule's own limit kept it from checking (phone numbers past a cap, say): the
        unchecked rules, which run after every other family, report each (checks/unchecked.py)."""
        return []

    # --- recipients ------------------------------------------------------------------
    @cached_property
    def recipients(self) -> tuple[str, ...]:
        return self.message.recipients

    @cached_property
    def external_recipients(self) -> tuple[str, ...]:
        return tuple(r for r in self.recipients if not self.config.is_internal(r))

    @cached_property
    def to_staff(self) -> bool:
        return any(self.config.is_staff(r) for r in self.recipients)

    @property
    def goes_outside(self) -> bool:
        return bool(self.external_recipients)

    @cached_property
    def sender_organisation(self) -> str | None:
        """The sender's mail domain when it is an organisation's (not gmail.com and the like)."""
        # The raw header is the last resort: a parser rightly refuses 'l..denton@enron.com', but its
        # domain still says whose colleague the writer is.
        sender = (self.message.envelope_from or next((a.addr for a in self.message.from_ if a.addr), "")
                  or self.message.header("from") or "")
        domain = sender.rpartition("@")[2].lower().strip(" <>")
        if not domain or domain in self.config.terms("personal_mail_domains"):
            return None
        return domain

    def is_colleague(self, address: str) -> bool:
        """In the university, or in the sender's own organisation (ect.enron.com and enron.com are one)."""
        if self.config.is_internal(address):
            return True
        home = self.sender_organisation
        domain = address.rpartition("@")[2].lower().strip(" <>")
        return bool(home) and (domain == home or domain.endswith("." + home) or home.endswith("." + domain))

    @cached_property
    def leaves_organisation(self) -> bool:
        """Some recipient is neither in the university nor a colleague of the sender: a document
        marked for internal use has left its organisation."""
        return not all(map(self.is_colleague, self.external_recipients))

    # --- work shared between rules of one family ----------------------------------------
    def shared(self, compute):
        """compute(scan), once per message however many rules ask (e.g. one NHS-number pass, three rules).

        Keyed by the function itself: pass a module-level function, never a fresh lambda or closure.
        """
        cache = self.__dict__.setdefault("_shared", {})
        if compute not in cache:
            cache[compute] = compute(self)
        return cache[compute]
