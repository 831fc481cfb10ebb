"""An attacker's tests against bedside web, over real HTTP on loopback: each one is an exploit
attempt (a replayed cookie, a huge body, hostile markup in a held message, a forged header from an
untrusted address, a write by a read-only role) and asserts it fails safely."""

from __future__ import annotations

import re
import socket

import httpx
import pytest

from test_web import csrf_of, post, sender_post, sign_in
from test_web_harness import PASSWORD, PATIENT, WebServer, make_message

from bedside.proxy.holds.links import make_token, sender_link

SCRIPT = "<script>alert(1)</script>"


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    server = WebServer(tmp_path_factory.mktemp("websec"), None, login_rate=1000, self_service_rate=1000,
                       trusted_proxies=["192.0.2.1/32"], sso_header="X-Remote-User")
    server.add_user("alice", "reviewer")
    server.add_user("audrey", "auditor")
    server.add_user("adam", "admin")
    server.start()
    yield server
    server.stop()


def no_traceback(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text[:300]
    assert "Traceback" not in response.text and 'File "' not in response.text


def test_logout_invalidates_a_copied_session_cookie(web):
    client = sign_in(web)
    stolen = client.cookies.get("bedside_session")
    assert post(client, "/logout", {}).status_code == 303
    replay = httpx.get(web.url + "/held", cookies={"bedside_session": stolen})
    assert replay.status_code == 303 and replay.headers["location"] == "/login"


def test_password_change_ends_other_sessions(web):
    web.add_user("pat", "reviewer")
    client = sign_in(web, "pat")
    assert client.get("/held").status_code == 200
    web.web_store().set_password("pat", "a new long password")
    assert client.get("/held").status_code == 303


def test_huge_page_numbers_are_not_server_errors(web):
    client = sign_in(web)
    no_traceback(client.get("/held", params={"page": "9" * 4000}))
    no_traceback(client.get("/audit", params={"page": "9" * 4000}))
    token = web.token("pager", "auditor")
    no_traceback(httpx.get(web.url + "/api/v1/held", params={"page": "9" * 4000},
                           headers={"Authorization": "Bearer " + token}))


@pytest.mark.parametrize("path", ["/login", "/held/filter", "/s/anything", "/check"])
def test_oversized_form_bodies_are_refused_with_413(web, path):
    client = sign_in(web)
    token = csrf_of(client.get("/held").text)
    big = 30 * 1024 * 1024  # beyond max_message_size (25 MiB) and any form
    body = b"csrf=" + token.encode() + b"&text=" + b"x" * big
    response = client.post(path, content=body, headers={"content-type": "application/x-www-form-urlencoded"})
    assert response.status_code == 413, (path, response.status_code)
    # A Content-Length claiming too much is refused before anything is read (a raw socket: clients
    # will not send a length they do not mean).
    with socket.create_connection(("127.0.0.1", web.port), timeout=10) as sock:
        sock.sendall(f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                     f"Content-Length: {big}\r\n\r\nx".encode())
        assert sock.recv(100).startswith(b"HTTP/1.1 413 ")


def test_oversized_upload_on_check_is_413_not_silently_cut(web):
    client = sign_in(web)
    token = csrf_of(client.get("/check").text)
    big = make_message("x", "word " * (6 * 1024 * 1024))  # ~30 MiB, past max_message_size
    response = client.post("/check", data={"csrf": token}, files={"eml": ("big.eml", big)})
    assert response.status_code == 413
    api = web.token("bigcheck", "check")
    response = httpx.post(web.url + "/api/v1/check", content=big, headers={"Authorization": "Bearer " + api},
                          timeout=60)
    assert response.status_code == 413


def test_malformed_multipart_and_non_utf8_forms_are_clean_errors(web):
    client = sign_in(web)
    token = csrf_of(client.get("/check").text)
    broken = (b"--xx\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" + token.encode()
              + b"\r\n--xx\r\nContent-Disposition: form-data; name=\"eml\"; filename=\"a\xff.eml\"\r\n\r\nunterminated")
    response = client.post("/check", content=broken, headers={"content-type": "multipart/form-data; boundary=xx"})
    no_traceback(response)
    response = client.post("/check", content=b"csrf=" + token.encode() + b"&text=\xff\xfe%ff%fe+hello",
                           headers={"content-type": "application/x-www-form-urlencoded"})
    no_traceback(response)
    response = httpx.post(web.url + "/api/v1/check", content=b"\xff\xfe\x00garbage\r\n\r\n\xff",
                          headers={"Authorization": "Bearer " + web.token("bytes", "check")})
    no_traceback(response)


def test_action_on_a_malformed_id_is_404(web):
    client = sign_in(web)
    token = csrf_of(client.get("/held").text)
    for path in ("/held/..%0d%0aSet-Cookie:x=1/release", "/held/nope/reject"):
        response = client.post(path, data={"csrf": token, "reason": "x"})
        assert response.status_code == 404, path
        assert "set-cookie: x" not in str(response.headers).lower()


def test_hostile_markup_stays_text_everywhere(web):
    raw = make_message(SCRIPT + " bay 4", PATIENT, sender='"<img src=x onerror=alert(2)>" <s@exmail.nottingham.ac.uk>',
                       html=f"<p>{SCRIPT}<img src='https://evil.example/t.png'></p>")
    from email import message_from_bytes, policy

    msg = message_from_bytes(raw, policy=policy.default)
    msg.add_attachment(b"%PDF-1.4 notes", maintype="application", subtype="pdf",
                       filename='"><script>alert(3)</script>.pdf')
    raw = msg.as_bytes()
    held_id = web.hold(raw, mail_from='"<b>x</b>"@exmail.nottingham.ac.uk')
    link = sender_link(web.config, held_id, data_dir=web.data_dir)
    asked = sender_post(link, {"action": "release", "justification": SCRIPT + " the consultant asked"})
    assert "with the reviewers" in asked.text
    client = sign_in(web)
    token = csrf_of(client.get("/held").text)
    pages = [client.get("/held").text, client.get(f"/held/{held_id}").text,
             client.post(f"/held/{held_id}/unmask", data={"csrf": token}).text, httpx.get(link).text,
             client.get("/audit").text]
    for page in pages:
        assert "<script>alert" not in page and "<script>" not in page and "<img src=x" not in page and "evil.example/t.png\"" not in page
        assert "<b>x</b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; the consultant asked" in pages[1]
    assert "<dt>Attachments</dt>" in pages[1]  # shown (masked), never as markup


def test_sso_header_from_an_untrusted_address_is_ignored(web):
    for headers in ({"X-Remote-User": "adam"}, {"X-Remote-User": "adam", "X-Forwarded-For": "192.0.2.1"}):
        response = httpx.get(web.url + "/users", headers=headers)
        assert response.status_code == 303 and response.headers["location"] == "/login"


def test_lockout_is_per_account_whatever_the_forwarded_address(web):
    web.add_user("lee", "reviewer")
    for i in range(6):
        client = httpx.Client(base_url=web.url, headers={"X-Forwarded-For": f"198.51.100.{i}"})
        client.post("/login", data={"csrf": csrf_of(client.get("/login").text), "name": "lee", "password": "wrong guess"})
    client = httpx.Client(base_url=web.url, headers={"X-Forwarded-For": "198.51.100.99"})
    locked = client.post("/login", data={"csrf": csrf_of(client.get("/login").text), "name": "lee", "password": PASSWORD})
    assert locked.status_code == 429


def test_login_ignores_next_and_never_redirects_off_site(web):
    client = httpx.Client(base_url=web.url)
    page = client.get("/login", params={"next": "https://evil.example/"})
    response = client.post("/login", params={"next": "https://evil.example/"},
                           data={"csrf": csrf_of(page.text), "name": "alice", "password": PASSWORD})
    assert response.headers["location"] == "/held"


def test_fixed_session_cookie_is_replaced_at_sign_in(web):
    client = httpx.Client(base_url=web.url)
    page = client.get("/login")
    planted = client.cookies.get("bedside_session")
    client.post("/login", data={"csrf": csrf_of(page.text), "name": "alice", "password": PASSWORD})
    assert client.cookies.get("bedside_session") != planted
    # The planted (pre-login) cookie does not carry the sign-in.
    assert httpx.get(web.url + "/held", cookies={"bedside_session": planted}).status_code == 303


def test_read_only_and_reviewer_roles_cannot_escalate(web):
    held_id = web.hold(make_message("role test", PATIENT))
    auditor = sign_in(web, "audrey")
    token = csrf_of(auditor.get("/held").text)
    for path, data in ((f"/held/{held_id}/release", {}), (f"/held/{held_id}/reject", {"reason": "no"}),
                       (f"/held/{held_id}/unmask", {}), ("/held/bulk", {"ids": held_id, "action": "release"}),
                       ("/users", {"action": "add", "name": "mallory", "role": "admin", "password": "x" * 12})):
        assert auditor.post(path, data={"csrf": token, **data}).status_code == 403, path
    reviewer = sign_in(web)
    token = csrf_of(reviewer.get("/held").text)
    assert reviewer.post("/users", data={"csrf": token, "action": "add", "name": "mallory", "role": "admin",
                                         "password": "x" * 12}).status_code == 403
    # A forged CSRF token from another session does not work either.
    assert reviewer.post(f"/held/{held_id}/release", data={"csrf": csrf_of(auditor.get("/held").text)}).status_code == 403
    api = web.token("ro", "auditor")
    assert httpx.post(f"{web.url}/api/v1/held/{held_id}/release", json={},
                      headers={"Authorization": "Bearer " + api}).status_code == 403
    check = web.token("checker", "check")
    assert httpx.get(f"{web.url}/api/v1/held/{held_id}", headers={"Authorization": "Bearer " + check}).status_code == 403
    assert "held" in sign_in(web).get(f"/held/{held_id}").text
    assert not any(u.name == "mallory" for u in web.web_store().users())


def test_sender_links_cannot_be_forged_or_reused_for_another_message(web):
    mine = web.hold(make_message("mine", PATIENT))
    other = web.hold(make_message("other", PATIENT))
    secret = (web.data_dir / "web.secret").read_bytes().strip()
    good = make_token(secret, mine)
    payload, _, rest = good.partition(".")
    forged = make_token(secret, other).split(".")[0] + "." + rest  # other's payload, mine's signature
    assert httpx.get(f"{web.url}/s/{forged}").status_code == 404
    # A session cookie (same secret, another salt) is no sender link.
    from itsdangerous import URLSafeTimedSerializer
    import hashlib

    session_like = URLSafeTimedSerializer(secret, salt="bedside session",
                                          signer_kwargs={"digest_method": hashlib.sha256}).dumps({"m": other})
    assert httpx.get(f"{web.url}/s/{session_like}").status_code == 404
    # A link scanner that fetches the URL (GET) changes nothing.
    httpx.get(f"{web.url}/s/{good}", params={"action": "withdraw"})
    assert "withdrawn" not in sign_in(web).get(f"/held/{mine}").text


def test_metrics_and_healthz_carry_no_identifiers(web):
    held_id = web.hold(make_message("metrics", PATIENT))
    for path in ("/metrics", "/healthz"):
        text = httpx.get(web.url + path).text
        assert held_id not in text and "@" not in text and "943" not in text


def test_password_spraying_across_accounts_locks_the_address(tmp_path):
    # One guess per account stays under the per-account lockout; the address doing it is stopped.
    server = WebServer(tmp_path, login_rate=1000, address_lockout_failures=8)
    for i in range(12):
        server.add_user(f"user{i}", "reviewer")
    server.start()
    try:
        client = httpx.Client(base_url=server.url)
        codes = []
        for i in range(12):
            codes.append(client.post("/login", data={"csrf": csrf_of(client.get("/login").text), "name": f"user{i}",
                                                     "password": "Summer2026!"}).status_code)
        assert codes[:8] == [401] * 8 and set(codes[8:]) == {429}
        # Even the right password for a fresh account, from that address, waits.
        right = client.post("/login", data={"csrf": csrf_of(client.get("/login").text), "name": "user11",
                                            "password": PASSWORD})
        assert right.status_code == 429
    finally:
        server.stop()


def test_rate_limiter_forgets_idle_addresses():
    # Each new source address (an IPv6 /64 has 2**64) must not be remembered forever.
    import time

    from bedside.proxy.web.security import RateLimit

    limit = RateLimit(5, window=0.05)
    for i in range(10_050):
        limit.allow(f"2001:db8::{i:x}")
    time.sleep(0.06)
    for i in range(200):
        limit.allow(f"2001:db8:1::{i:x}")
    assert len(limit._events) < 10_050


def test_sender_page_refuses_a_cross_site_post(web):
    # The link is the authority, but a page elsewhere that learnt it (a forwarded email, a leaked
    # URL) must not make the sender's browser withdraw the message: the form carries a CSRF token
    # tied to the browser's own (SameSite=Strict) session, which a cross-site post cannot send.
    held_id = web.hold(make_message("cross-site", PATIENT))
    link = sender_link(web.config, held_id, data_dir=web.data_dir)
    forged = httpx.post(link, data={"action": "withdraw"}, headers={"Origin": "https://evil.example"})
    assert forged.status_code == 403
    browser = httpx.Client()
    wrong = browser.post(link, data={"action": "withdraw", "csrf": "guessed"})
    assert wrong.status_code == 403
    assert "withdrawn" not in sign_in(web).get(f"/held/{held_id}").text
    # From the page itself it works.
    done = browser.post(link, data={"action": "withdraw", "csrf": csrf_of(browser.get(link).text)})
    assert done.status_code == 200 and "withdrawn" in done.text


def test_a_sender_link_cannot_flood_the_reviewers(web):
    held_id = web.hold(make_message("flood", PATIENT))
    link = sender_link(web.config, held_id, data_dir=web.data_dir)
    answers = [sender_post(link, {"action": "release", "justification": f"Please send it, reason number {i}."}).text
               for i in range(8)]
    answers += [sender_post(link, {"action": "false-positive", "rule": "PAT001", "comment": str(i)}).text
                for i in range(8)]
    assert "with the reviewers" in answers[0] and "thank you" in answers[8]
    kept = web.web_store().requests_for(held_id)
    assert len(kept) <= 6 and "already" in answers[7] and "already" in answers[15]


def test_secure_session_cookie_cannot_be_tossed_from_a_sibling_host(tmp_path):
    # Over https the cookie is __Host-: only this host can set it (no Domain=, Secure, Path=/), so a
    # sibling subdomain cannot plant its own signed-in session (or a stale one) under our cookie name.
    import hashlib

    from itsdangerous import URLSafeTimedSerializer

    server = WebServer(tmp_path, secure_cookies="always")
    server.add_user("alice", "reviewer")
    server.start()
    try:
        page = httpx.get(server.url + "/login")
        cookie = page.headers["set-cookie"]
        assert cookie.startswith("__Host-bedside_session=") and "Secure" in cookie and "Domain" not in cookie
        # Signed in by hand (the cookie jar would not send a Secure cookie over http).
        value = cookie.split(";")[0].split("=", 1)[1]
        response = httpx.post(server.url + "/login", headers={"Cookie": f"__Host-bedside_session={value}"},
                              data={"csrf": csrf_of(page.text), "name": "alice", "password": PASSWORD})
        signed_in = response.headers["set-cookie"].split(";")[0]
        assert httpx.get(server.url + "/held", headers={"Cookie": signed_in}).status_code == 200
        # The same signed value under the unprefixed name (what a sibling host can set) is ignored.
        tossed = signed_in.replace("__Host-bedside_session", "bedside_session")
        assert httpx.get(server.url + "/held", headers={"Cookie": tossed}).status_code == 303
    finally:
        server.stop()


def test_api_keeps_a_sender_address_out_of_urls(web):
    # A URL lands in the TLS proxy's access log: a student's address must not travel in one.
    token = web.token("lister", "reviewer")
    auth = {"Authorization": "Bearer " + token}
    held_id = web.hold(make_message("by address", PATIENT), mail_from="only.me@exmail.nottingham.ac.uk")
    refused = httpx.get(web.url + "/api/v1/held", params={"sender": "only.me@exmail.nottingham.ac.uk"}, headers=auth)
    assert refused.status_code == 400 and "POST" in refused.json()["error"]
    listed = httpx.post(web.url + "/api/v1/held", json={"sender": "only.me@exmail.nottingham.ac.uk", "page": 1},
                        headers=auth).json()
    assert [item["id"] for item in listed["items"]] == [held_id]
    assert httpx.post(web.url + "/api/v1/held", content=b"[1]", headers=auth).status_code == 400


def test_list_filters_keep_a_sender_address_out_of_the_cookie(web):
    # The session cookie is signed, not encrypted, and lives on the reviewer's disk for hours.
    import base64
    import zlib

    held_id = web.hold(make_message("cookie filter", PATIENT), mail_from="cookie.owner@exmail.nottingham.ac.uk")
    client = sign_in(web)
    post(client, "/held/filter", {"status": "held", "sender": "cookie.owner@exmail.nottingham.ac.uk"})
    assert held_id in client.get("/held").text
    value = client.cookies.get("bedside_session")
    payload = value.lstrip(".").split(".")[0]
    data = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    if value.startswith("."):
        data = zlib.decompress(data)
    assert b"cookie.owner" not in data


def test_what_is_typed_as_a_name_is_not_stored_in_clear(web):
    # People type their password (or an email address) into the name box; failures must not keep it.
    typed = "MySecretPassw0rd-typed-in-the-name-box"
    client = httpx.Client(base_url=web.url)
    for _ in range(7):
        client.post("/login", data={"csrf": csrf_of(client.get("/login").text), "name": typed, "password": "x"})
    assert b"web_failures" in web.store_bytes() and typed.encode() not in web.store_bytes()
    assert typed.encode() not in (web.data_dir / "audit.log").read_bytes()
