"""Fixtures too big to keep as files, built in code: {rule code: {fixture name: bytes}}.
test_fixtures.py runs them like the files in tests/fixtures/, and test_meta.py counts them."""

from __future__ import annotations

import os

from conftest import make_message


def _photos(megabytes: int) -> bytes:
    return make_message("Photos from the charity ball attached!", to="sam.friend@gmail.com",
                        attachments=[("ball.bin", "application/octet-stream", os.urandom(megabytes * 1024 * 1024))])


GENERATED = {
    "ETQ015": {"bad-12mb": lambda: _photos(12), "good-2mb": lambda: _photos(2)},
}
