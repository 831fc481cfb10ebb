"""The hold queue side of issue 16 item 6: recipients of another part of a held message join its
record, on SQLite and PostgreSQL, sealed or not (the relay side: tests/test_postfix.py's
test_parts_of_one_message_split_by_postfix_are_one_hold_and_one_notice)."""

from __future__ import annotations

from cryptography.fernet import Fernet

from test_store_backends import backend, hold  # noqa: F401 - the fixture, run on both stores


def test_recipients_of_another_part_join_the_held_record(backend, tmp_path):  # noqa: F811
    key = tmp_path / "key"
    key.write_bytes(Fernet.generate_key())
    for key_file in ("", str(key)):
        queue = backend(key_file)
        held_id, _ = hold(queue, 1 if key_file else 0)
        first = queue.get(held_id).rcpts
        assert queue.add_recipients(held_id, ["a@gmail.com", "b@gmail.com", first[0]])
        assert queue.add_recipients(held_id, ["b@gmail.com", "c@gmail.com"])
        assert queue.get(held_id).rcpts == (*first, "a@gmail.com", "b@gmail.com", "c@gmail.com")
        # Decided already: nothing joins it (the relay then holds the part on its own).
        assert queue.decide(held_id, "rejected", "reviewer")
        assert not queue.add_recipients(held_id, ["late@gmail.com"])
        assert "late@gmail.com" not in queue.get(held_id).rcpts
    assert not queue.add_recipients("20990101-000000-00000000", ["x@gmail.com"])
