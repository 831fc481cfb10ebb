"""bedside web over real HTTP: a real uvicorn server on a loopback port, a real hold queue filled
by the real engine, real SMTP delivery to a sink, the real CLI for users and tokens."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from test_web_harness import PASSWORD, PATIENT, Sink, WebServer, make_message

from bedside.proxy.holds.links import make_token, sender_link

OFFENSIVE = "Hi,\n\nThat registrar is a useless f***ing idiot and a complete twat.\n\nSam"


@pytest.fixture(scope="module")
def sink():
    with Sink() as s:
        yield s


@pytest.fixture(scope="module")
def web(tmp_path_factory, sink):
    server = WebServer(tmp_path_factory.mktemp("web"), sink.port, page_size=2, login_rate=1000)
    server.add_user("alice", "reviewer", via_cli=True)
    server.add_user("audrey", "auditor")
    server.add_user("adam", "admin")
    # Past retention before the app starts: its sweep must purge it without any command.
    server.old_id = server.hold(make_message("old", PATIENT), received=time.time() - 40 * 86400)
    server.start()
    yield server
    server.stop()


def sign_in(web, name="alice", password=PASSWORD) -> httpx.Client:
    client = httpx.Client(base_url=web.url, timeout=30)
    page = client.get("/login")
    response = client.post("/login", data={"csrf": csrf_of(page.text), "name": name, "password": password})
    assert response.status_code == 303 and response.headers["location"] == "/held", response.text
    return client


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def post(client: httpx.Client, path: str, data: dict, page: str = "/held") -> httpx.Response:
    token = csrf_of(client.get(page).text)
    return client.post(path, data={"csrf": token, **data})


def sender_post(url: str, data: dict) -> httpx.Response:
    """Post the sender's form as a browser does: the page first (its session cookie and CSRF token)."""
    with httpx.Client() as browser:
        return browser.post(url, data={"csrf": csrf_of(browser.get(url).text), **data})


def audit(web) -> list[dict]:
    return [json.loads(line) for line in (web.data_dir / "audit.log").read_text().splitlines()]


def test_retention_purges_old_mail_on_its_own(web):
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not any(e["action"] == "purged" for e in audit(web)):
        time.sleep(0.05)
    purged = [e for e in audit(web) if e["action"] == "purged"]
    assert [e["id"] for e in purged] == [web.old_id] and purged[0]["actor"] == "retention"
    client = sign_in(web)
    assert client.get(f"/held/{web.old_id}").status_code == 404


def test_sign_in_needs_csrf_and_sets_a_strict_cookie(web):
    client = httpx.Client(base_url=web.url)
    page = client.get("/login")
    assert client.post("/login", data={"name": "alice", "password": PASSWORD}).status_code == 403
    response = client.post("/login", data={"csrf": csrf_of(page.text), "name": "alice", "password": PASSWORD})
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # secure_cookies = "never" in this test config; see the proxy test
    assert client.get("/held").status_code == 200
    # Signed out, the same pages send you to sign in.
    assert httpx.get(web.url + "/held").status_code == 303
    # A forged cookie is no session.
    forged = httpx.Client(base_url=web.url, cookies={"bedside_session": cookie.split(";")[0].split("=", 1)[1][:-3] + "abc"})
    assert forged.get("/held").headers["location"] == "/login"


def test_lockout_after_repeated_failures(web):
    client = httpx.Client(base_url=web.url)
    web.add_user("bob", "reviewer")
    for _ in range(5):
        page = client.get("/login")
        assert client.post("/login", data={"csrf": csrf_of(page.text), "name": "bob", "password": "wrong password"}).status_code == 401
    page = client.get("/login")
    locked = client.post("/login", data={"csrf": csrf_of(page.text), "name": "bob", "password": PASSWORD})
    assert locked.status_code == 429 and "Too many failed sign-ins" in locked.text
    assert any(e["action"] == "login-locked" and e["actor"] == "bob" for e in audit(web))


def test_security_headers_everywhere(web):
    for path in ("/login", "/healthz", "/s/forged-token", "/static/style.css"):
        headers = httpx.get(web.url + path).headers
        assert "frame-ancestors 'none'" in headers["content-security-policy"], path
        assert "script-src" not in headers["content-security-policy"]  # default-src 'none': no script at all
        assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff"


def test_list_filters_paging_and_counts(web):
    client = sign_in(web)
    a = web.hold(make_message("Bay 4 bloods", PATIENT), rcpts=["dr.jones@nottingham.ac.uk"])
    b = web.hold(make_message("About the registrar", OFFENSIVE), rcpts=["friend@gmail.com"])
    c = web.hold(make_message("Bay 5", PATIENT), rcpts=["someone@outlook.com"])
    assert post(client, "/held/filter", {"status": "held", "category": "offensive"}).status_code == 303
    page = client.get("/held").text
    assert b in page and a not in page and c not in page
    post(client, "/held/filter", {"status": "held", "rule": "PAT001", "domain": "outlook.com"})
    page = client.get("/held").text
    assert c in page and a not in page and b not in page
    assert "@outlook.com" not in page  # an outside address is masked in the list
    # No filter: page_size 2, so the three and more spill onto a second page, newest first.
    post(client, "/held/filter", {"clear": "1"})
    first, second = client.get("/held").text, client.get("/held?page=2").text
    assert c in first and b in first and a in second
    held = int(re.search(r"held: <b>(\d+)</b>", first).group(1))
    assert held >= 3 and f"{held} messages" in first or f"{held} message" in first


def test_message_page_masked_then_unmasked_on_an_audited_post(web):
    client = sign_in(web)
    held_id = web.hold(make_message("Bloods <script>alert('x')</script>", PATIENT,
                                    html="<p>Patient NHS number 943 476 5919 <img src='http://evil.example/x.png'></p>"))
    page = client.get(f"/held/{held_id}").text
    assert "943 *** **19" in page and "476 5919" not in page and "12/03/1954" not in page
    assert "<mark class=\"patient\"" in page
    assert "<script>alert" not in page and "&lt;script&gt;alert(" in page
    assert "evil.example" not in page and "<img" not in page  # never the HTML itself
    assert client.get(f"/held/{held_id}/unmask").status_code == 405  # a GET cannot unmask
    unmasked = post(client, f"/held/{held_id}/unmask", {}, page=f"/held/{held_id}")
    assert "943 476 5919" in unmasked.text and "12/03/1954" in unmasked.text
    viewed = [e for e in audit(web) if e["action"] == "viewed" and e["id"] == held_id]
    assert viewed and viewed[0]["actor"] == "alice"
    # An auditor reads, masked, and cannot unmask or act.
    auditor = sign_in(web, "audrey")
    assert "943 *** **19" in auditor.get(f"/held/{held_id}").text
    assert post(auditor, f"/held/{held_id}/unmask", {}, page=f"/held/{held_id}").status_code == 403
    assert post(auditor, f"/held/{held_id}/release", {}, page=f"/held/{held_id}").status_code == 403


def test_release_delivers_the_original_bytes(web, sink):
    client = sign_in(web)
    raw = make_message("Release me", PATIENT)
    held_id = web.hold(raw)
    before = len(sink.messages)
    response = post(client, f"/held/{held_id}/release", {}, page=f"/held/{held_id}")
    assert response.status_code == 303
    mail_from, rcpts, data = sink.wait_for(before + 1)[-1]
    stamp, original = data.split(b"\r\n", 2)[:2], data.split(b"\r\n", 2)[2]  # bedside's 'released' stamp on top
    assert stamp[0] == b"X-Bedside-Verdict: released" and stamp[1].startswith(b"X-Bedside-Rules: ")
    assert original.replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n") and rcpts == ["dr.jones@nottingham.ac.uk"]
    assert "released by alice" in client.get(f"/held/{held_id}").text
    assert any(e["action"] == "released" and e["id"] == held_id and e["actor"] == "alice" for e in audit(web))


def test_release_to_some_recipients_only(web, sink):
    client = sign_in(web)
    held_id = web.hold(make_message("Two", PATIENT), rcpts=["a@nottingham.ac.uk", "b@nottingham.ac.uk"])
    before = len(sink.messages)
    post(client, f"/held/{held_id}/release", {"some": "1", "rcpt": "b@nottingham.ac.uk"}, page=f"/held/{held_id}")
    assert sink.wait_for(before + 1)[-1][1] == ["b@nottingham.ac.uk"]
    entry = [e for e in audit(web) if e["action"] == "released" and e["id"] == held_id][0]
    assert entry["recipients"] == 1 and entry["of"] == 2


def test_reject_tells_the_sender_the_reason(web, sink):
    client = sign_in(web)
    held_id = web.hold(make_message("Reject me", PATIENT))
    before = len(sink.messages)
    post(client, f"/held/{held_id}/reject", {"reason": "Please remove the NHS number 943 476 5919 first."},
         page=f"/held/{held_id}")
    mail_from, rcpts, data = sink.wait_for(before + 1)[-1]
    assert rcpts == ["student@exmail.nottingham.ac.uk"]
    text = data.decode()
    assert "Please remove the NHS number" in text and "943 *** **19" in text and "476 5919" not in text
    assert "rejected by alice" in client.get(f"/held/{held_id}").text


def test_bulk_reject(web):
    client = sign_in(web)
    ids = [web.hold(make_message(f"bulk {i}", PATIENT)) for i in range(2)]
    token = csrf_of(client.get("/held").text)
    client.post("/held/bulk", data={"csrf": token, "ids": ids, "action": "reject", "reason": "bulk"})
    for held_id in ids:
        assert "rejected by alice" in client.get(f"/held/{held_id}").text


def test_api_check_prints_what_bedside_check_prints(web):
    token = web.token("ci", via_cli=True)
    raw = make_message("Bloods", PATIENT)
    answer = httpx.post(web.url + "/api/v1/check", content=raw, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/json")
    cli = subprocess.run([sys.executable, "-m", "bedside.proxy.cli.cli", "check", "--format", "json", "-",
                          "--config", str(web.config_path)], input=raw, capture_output=True)
    assert json.loads(answer.text) == json.loads(cli.stdout) and json.loads(answer.text)["verdict"] == "hold"
    assert httpx.post(web.url + "/api/v1/check", content=raw).status_code == 401
    assert httpx.post(web.url + "/api/v1/check", content=raw, headers={"Authorization": "Bearer bst_nope"}).status_code == 401
    # A check token cannot list or decide held mail.
    assert httpx.get(web.url + "/api/v1/held", headers={"Authorization": f"Bearer {token}"}).status_code == 403
    # Only a hash of the token is stored.
    stored = web.store_bytes()
    assert token.encode() not in stored and b"web_tokens" in stored


def test_api_reviewer_list_and_release(web, sink):
    token = web.token("robot", "reviewer")
    auth = {"Authorization": f"Bearer {token}"}
    held_id = web.hold(make_message("API release", PATIENT))
    listing = httpx.get(web.url + "/api/v1/held", params={"rule": "PAT001", "status": "held"}, headers=auth).json()
    assert listing["counts"]["held"] >= 1 and listing["total"] >= 1
    one = httpx.get(web.url + f"/api/v1/held/{held_id}", headers=auth).json()
    assert one["id"] == held_id and "PAT001" in one["rules"]
    before = len(sink.messages)
    done = httpx.post(web.url + f"/api/v1/held/{held_id}/release", headers=auth, json={}, timeout=30)
    assert done.status_code == 200 and done.json()["ok"], done.text
    sink.wait_for(before + 1)
    again = httpx.post(web.url + f"/api/v1/held/{held_id}/release", headers=auth, json={})
    assert again.status_code == 409


def test_healthz_and_metrics(web):
    web.hold(make_message("for the metrics", PATIENT))
    health = httpx.get(web.url + "/healthz")
    assert health.status_code == 200 and health.json()["status"] == "ok"
    waiting = health.json()["queue"]["held"]
    token = web.token("metrics-check")
    httpx.post(web.url + "/api/v1/check", content=make_message("hi", "Thanks for the teaching today."),
               headers={"Authorization": f"Bearer {token}"})
    families = {f.name: f for f in text_string_to_metric_families(httpx.get(web.url + "/metrics").text)}
    assert families["bedside_queue_waiting"].samples[0].value == waiting
    count = [s for s in families["bedside_check_seconds"].samples if s.name == "bedside_check_seconds_count"]
    assert count[0].value >= 1
    by = {(s.labels["status"], s.labels["category"]): s.value for s in families["bedside_queue_messages"].samples}
    assert by[("held", "patient")] >= 1


def test_sender_link_withdraw_request_report(web):
    held_id = web.hold(make_message("For the sender", PATIENT))
    url = sender_link(web.config, held_id, data_dir=web.data_dir)
    page = httpx.get(url)
    assert page.status_code == 200 and "PAT001" in page.text and "943 *** **19" in page.text
    assert "476 5919" not in page.text and "Why it matters" in page.text
    assert "professionalism@nottingham.ac.uk" in page.text
    # Forged or for another message: nothing shown.
    assert httpx.get(url[:-2] + "xx").status_code == 404
    assert httpx.get(web.url + "/s/" + make_token(b"another secret 1234567", held_id)).status_code == 404
    asked = sender_post(url, {"action": "release", "justification": "The consultant asked me to send these results."})
    assert "with the reviewers" in asked.text
    reported = sender_post(url, {"action": "false-positive", "rule": "PAT005"})
    assert "reported as a false positive" in reported.text
    client = sign_in(web)
    page = client.get(f"/held/{held_id}").text
    assert "The consultant asked me to send these results." in page and "false-positive" in page
    dashboard = client.get("/dashboard").text
    assert re.search(r"PAT005</span>.*?</td>\s*<td class=\"num\">\d+</td><td class=\"num\">\d+</td><td class=\"num\">\d+</td>\s*<td class=\"num\">[1-9]", dashboard, re.S)
    assert "<svg" in dashboard
    withdrawn = sender_post(url, {"action": "withdraw"})
    assert "withdrawn" in withdrawn.text
    assert "withdrawn" in client.get(f"/held/{held_id}").text
    assert [e["actor"] for e in audit(web) if e["id"] == held_id and e["action"] == "withdrawn"] == ["sender"]


def test_check_before_you_send(web):
    client = sign_in(web)
    token = csrf_of(client.get("/check").text)
    result = client.post("/check", data={"csrf": token, "subject": "bay 4", "text": PATIENT}, files={"eml": ("", b"")})
    assert 'id="verdict">hold<' in result.text and "PAT001" in result.text and "476 5919" not in result.text
    upload = client.post("/check", data={"csrf": token}, files={"eml": ("m.eml", make_message("x", OFFENSIVE))})
    assert "OFF" in upload.text
    assert client.get("/check").status_code == 200
    # Nothing was held by checking.
    assert "bay 4" not in client.get("/held").text


def test_admin_manages_users_reviewer_cannot(web):
    admin = sign_in(web, "adam")
    post(admin, "/users", {"action": "add", "name": "carol", "role": "auditor", "password": "a long password"}, page="/users")
    assert "carol" in admin.get("/users").text
    reviewer = sign_in(web)
    assert reviewer.get("/users").status_code == 403
    sign_in(web, "carol", "a long password")


def test_users_cli_rejects_weak_passwords(web):
    done = web.cli("users", "add", "dave", "--role", "reviewer", stdin="short\n")
    assert done.returncode == 2 and "at least 10" in done.stderr
    assert web.cli("users", "add", "eve", "--role", "boss", stdin=PASSWORD + "\n").returncode == 2


def test_rate_limits_and_trusted_proxy(tmp_path):
    server = WebServer(tmp_path, login_rate=3, self_service_rate=3, trusted_proxies=["127.0.0.1/32"],
                       sso_header="X-Remote-User", secure_cookies="auto")
    server.add_user("sso-user", "reviewer")
    held_id = server.hold(make_message("x", PATIENT))
    server.start()
    try:
        url = sender_link(server.config, held_id, data_dir=server.data_dir)
        codes = [httpx.get(url, headers={"X-Forwarded-For": "192.0.2.7"}).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        assert httpx.get(url, headers={"X-Forwarded-For": "192.0.2.8"}).status_code == 200  # another client
        client = httpx.Client(base_url=server.url, headers={"X-Forwarded-For": "192.0.2.9"})
        codes = []
        for _ in range(4):
            token = csrf_of(client.get("/login").text)
            codes.append(client.post("/login", data={"csrf": token, "name": "x", "password": "y"}).status_code)
        assert codes == [401, 401, 401, 429]
        # Single sign-on: the trusted proxy names the user; over https the cookie is Secure.
        sso = httpx.get(server.url + "/held", headers={"X-Remote-User": "sso-user", "X-Forwarded-Proto": "https"})
        assert sso.status_code == 200 and "sso-user" in sso.text
        assert "max-age" in sso.headers["strict-transport-security"]
        login = httpx.get(server.url + "/login", headers={"X-Forwarded-Proto": "https"})
        assert "Secure" in login.headers["set-cookie"]
        assert httpx.get(server.url + "/held", headers={"X-Remote-User": "nobody"}).status_code == 303
    finally:
        server.stop()


def test_filters_on_an_encrypted_queue(tmp_path):
    from cryptography.fernet import Fernet

    from bedside.proxy.holds.store import HoldQueue
    from bedside.proxy.web.queue import Filters, search

    key = tmp_path / "hold.key"
    key.write_bytes(Fernet.generate_key())
    queue = HoldQueue(tmp_path / "var", key)
    ids = [queue.hold(make_message(f"m{i}", PATIENT), "127.0.0.1", f"s{i}@exmail.nottingham.ac.uk",
                      [f"x@{d}"], "hold", ["PAT001"], []) for i, d in enumerate(("gmail.com", "nhs.net", "gmail.com"))]
    assert b"gmail.com" not in (tmp_path / "var" / "hold.sqlite3").read_bytes()
    page = search(queue, Filters.from_mapping({"status": "held", "domain": "gmail.com"}), 1, 1)
    assert page.total == 2 and page.pages == 2 and [h.id for h in page.items] == [ids[2]]
    assert page.items[0].rcpts == ("x@gmail.com",) and page.counts["held"] == 2
    assert [h.id for h in search(queue, Filters.from_mapping({"sender": "s1@"}), 1, 10).items] == [ids[1]]


def test_sender_link_expires():
    from bedside.proxy.holds.links import read_token

    secret = b"a secret of some length"
    token = make_token(secret, "20261207-090000-abcdef01")
    assert read_token(secret, token, 14) == "20261207-090000-abcdef01"
    time.sleep(1.1)  # itsdangerous stamps whole seconds
    assert read_token(secret, token, 0.5 / 86400) is None  # older than half a second: expired
    assert read_token(b"another secret of length", token, 14) is None


def test_date_filter_through_the_api(web):
    token = web.token("dates", "auditor")
    auth = {"Authorization": f"Bearer {token}"}
    old = web.hold(make_message("Last week", PATIENT), received=time.time() - 8 * 86400)
    day = time.strftime("%Y-%m-%d", time.gmtime(time.time() - 8 * 86400))
    response = httpx.get(web.url + "/api/v1/held", params={"since": day, "until": day, "status": ""}, headers=auth)
    assert response.status_code == 200, response.text
    listing = response.json()
    assert [item["id"] for item in listing["items"]] == [old]
    assert httpx.post(web.url + f"/api/v1/held/{old}/release", headers=auth, json={}).status_code == 403


def test_bedside_web_command_serves(tmp_path):
    from relay_harness import free_port

    port = free_port()
    config = tmp_path / "site.toml"
    config.write_text(f'[serve]\ndata_dir = "var"\n[web]\nlisten = "127.0.0.1:{port}"\n')
    proc = subprocess.Popen([sys.executable, "-m", "bedside.proxy.cli.cli", "web", "--config", str(config)],
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read().decode()
                time.sleep(0.2)
        assert health.status_code == 200 and health.json()["queue"]["held"] == 0
        secret = tmp_path / "var" / "web.secret"
        assert secret.stat().st_mode & 0o777 == 0o600 and len(secret.read_bytes()) >= 32
    finally:
        proc.terminate()
        proc.wait(20)
    assert b"GET /healthz" not in proc.stdout.read() + proc.stderr.read()  # no access log


def test_dashboard_marks_a_rule_reviewers_mostly_release(web):
    from bedside.proxy.holds.store import HoldQueue

    ids = [web.hold(make_message(f"registrar {i}", OFFENSIVE)) for i in range(4)]
    queue = HoldQueue(web.data_dir)
    try:
        rules = queue.get(ids[0]).rules
        for held_id in ids[:3]:
            assert queue.decide(held_id, "released", "alice")
        assert queue.decide(ids[3], "rejected", "alice")
    finally:
        queue.close()
    page = sign_in(web).get("/dashboard").text
    rows = re.findall(r'<tr class="([^"]*)"><td><span class="tag">(\w+)</span>', page)
    marked = {code for css, code in rows if css == "stands-out"}
    assert set(rules) <= marked and "PAT001" not in marked


def test_store_search_agrees_with_the_sqlite_one(tmp_path, monkeypatch):
    """PostgreSQL is listed through the store's own search_held: the same answers as SQLite's indexed path."""
    from bedside.proxy.holds.store import HoldQueue
    from bedside.proxy.web import queue as q

    queue = HoldQueue(tmp_path / "var")
    now = time.time()
    for i, (rules, rcpt) in enumerate([(["PAT001"], "a@gmail.com"), (["OFF001", "ETQ005"], "b@nhs.net"),
                                       (["PAT005"], "c@gmail.com"), (["DEF001"], "d@outlook.com")]):
        held_id = queue.hold(make_message(f"m{i}", "x"), "127.0.0.1", f"s{i}@exmail.nottingham.ac.uk", [rcpt],
                             "hold", rules, [])
        queue._db.execute("UPDATE held SET received = ? WHERE id = ?", (now - i * 86400 * 3, held_id))
        if i == 2:
            queue.decide(held_id, "rejected", "alice")
    day = time.strftime("%Y-%m-%d", time.gmtime(now - 3 * 86400))
    for filters in ({}, {"status": ""}, {"status": "", "category": "patient"}, {"rule": "OFF001"},
                    {"status": "", "domain": "gmail.com"}, {"sender": "s3@"}, {"status": "", "since": day}):
        f = q.Filters.from_mapping(filters)
        fast = q.search(queue, f, 1, 2)
        other = q._search_store(queue, f, 1, 2)
        assert ([h.id for h in fast.items], fast.total, fast.counts) == \
               ([h.id for h in other.items], other.total, other.counts), filters
        assert fast.total > 0
    grouped = sorted(map(str, q.outcomes(queue)))
    monkeypatch.setattr(q, "_sqlite", lambda queue: False)  # as for a PostgreSQL store
    assert sorted(map(str, q.outcomes(queue))) == grouped and len(grouped) == 4
