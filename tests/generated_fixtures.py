"""Fixtures too big to keep as files, built in code: {rule code: {fixture name: bytes}}.
test_fixtures.py runs them like the files in tests/fixtures/, and test_meta.py counts them."""

from __future__ import annotations

import os

from conftest import make_message


def _photos(megabytes: int) -> bytes:
    return make_message("Photos from the charity ball attached!", to="sam.friend@gmail.com",
                        attachments=[("ball.bin", "application/octet-stream", os.urandom(megabytes * 1024 * 1024))])


def _named_file(filename: str, body: str = "See attached.") -> bytes:
    # Not a readable PDF: the file name is all there is to go on.
    return make_message(body, to="sam.friend@gmail.com", sender="Amy Student <amy.student@exmail.nottingham.ac.uk>",
                        attachments=[(filename, "application/pdf", b"%PDF-1.4 not really")])


GENERATED = {
    "ETQ015": {"bad-12mb": lambda: _photos(12), "good-2mb": lambda: _photos(2)},
    "PAT006": {
        "bad-file-titled": lambda: _named_file("Discharge summary - Mrs Jones.pdf"),
        "bad-file-patient-surname": lambda: _named_file("Patient_Smith_referral.pdf"),
        "bad-file-full-name": lambda: _named_file("Handover Margaret Whitaker.pdf"),
        "good-file-own-name": lambda: _named_file("Amy Student - discharge planning reflection.pdf"),
        "good-file-lecture": lambda: _named_file("Lecture notes - John Smith.pdf"),
        "good-file-leaflet": lambda: _named_file("Patient Discharge Leaflet.pdf"),
    },
}
