"""bedside's quick reading of MAIL/RCPT paths gives what aiosmtpd's full parser gives."""

from __future__ import annotations

from aiosmtpd.smtp import SMTP
from hypothesis import given, settings
from hypothesis import strategies as st

from bedside.proxy.relay.server import _SIMPLE_PATH, read_simple_path

LOCAL = ["amy", "Amy.S", "x+y", "a..b", ".a", "a.", "o'neil", "a_b", "~z", "a-b", '"q"', "a b", "é", "a(c)", ""]
DOMAIN = ["exmail.nottingham.ac.uk", "b-c.d", "-a.com", "a-.com", "x", "1.2.3.4", "[1.2.3.4]", "a..b", "a_b.com",
          "xn--bcher-kva.ch", ""]
TAIL = ["", " ", "  SIZE=10", " SIZE=10 BODY=8BITMIME", "\tSIZE=1", "SIZE=1", " (comment)", " x y ", ">",
        " SIZE=1\tBODY=2", "  ", " a(b)", ' "q"']
PATHS = st.builds(lambda lead, local, at, domain, close, tail: f"{lead}<{local}{at}{domain}{close}{tail}",
                  st.sampled_from(["", " ", "\t"]), st.sampled_from(LOCAL), st.sampled_from(["@", ""]),
                  st.sampled_from(DOMAIN), st.sampled_from([">", ""]), st.sampled_from(TAIL))


class _Handler:
    pass


@settings(max_examples=3000, deadline=None)
@given(PATHS)
def test_quick_path_reading_matches_aiosmtpd(arg):
    aiosmtpd = SMTP(_Handler())
    ours = read_simple_path(arg, aiosmtpd.local_part_limit)
    if ours is not None:  # otherwise the full parser reads it, as before
        assert ours == aiosmtpd._getaddr(arg)


def test_everyday_paths_take_the_quick_way():
    for arg in ("<amy.student@exmail.nottingham.ac.uk>", "<a+b@nhs.net> SIZE=10240 BODY=8BITMIME"):
        assert _SIMPLE_PATH.match(arg)
    for arg in ("<>", "<@route:a@b.c>", '<"quoted"@b.c>', "<a@[1.2.3.4]>", "<a@b.c> (comment)"):
        assert _SIMPLE_PATH.match(arg) is None
