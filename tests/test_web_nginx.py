"""examples/nginx/bedside-web.conf in front of a real `bedside web` (issue 18): Debian's nginx runs
the example as written, only its ports, certificate paths and upstream moved to this test's
loopback ports and files. A client's X-Remote-User (the single sign-on header) and X-Forwarded-For
never reach the app, though the app believes both from nginx's address; over https the cookie is
Secure and host-only; plain http is redirected."""

from __future__ import annotations

import datetime
import ipaddress
import os
import re
import shutil
import subprocess
import time

import httpx
import pytest

from conftest import ROOT
from relay_harness import free_port
from test_web_harness import PASSWORD, WebServer

EXAMPLE = ROOT / "examples" / "nginx" / "bedside-web.conf"


def need_nginx() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)
    if found:
        return found
    message = "needs nginx (Debian package nginx; listed in .ci/debian-packages)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


def self_signed(directory) -> tuple[str, str]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "bedside.example.ac.uk")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(hours=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .sign(key, hashes.SHA256()))
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


@pytest.fixture
def behind_nginx(tmp_path):
    binary = need_nginx()
    (tmp_path / "app").mkdir()
    web = WebServer(tmp_path / "app", trusted_proxies=["127.0.0.1/32"], sso_header="X-Remote-User",
                    metrics_allow=["192.0.2.7/32"], secure_cookies="auto")
    web.add_user("alice", "reviewer")
    web.start()
    cert, key = self_signed(tmp_path)
    http_port, https_port = free_port(), free_port()
    conf = EXAMPLE.read_text()
    # Only what must differ on a test machine: ports, files, the upstream's port; no IPv6 listeners.
    conf = re.sub(r"\n\s*listen \[::\]:[^\n]*", "", conf)
    conf = conf.replace("listen 80;", f"listen 127.0.0.1:{http_port};")
    conf = conf.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;")
    conf = conf.replace("/etc/ssl/bedside/fullchain.pem", cert).replace("/etc/ssl/bedside/privkey.pem", key)
    assert conf.count("http://127.0.0.1:8080;") == 2
    conf = conf.replace("http://127.0.0.1:8080;", f"http://127.0.0.1:{web.port};")
    (tmp_path / "bedside-web.conf").write_text(conf)
    temp = tmp_path / "nginx-temp"
    temp.mkdir()
    (tmp_path / "nginx.conf").write_text(
        ("user root;\n" if os.geteuid() == 0 else "")
        + f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\nhttp {{\n"
        + "".join(f"    {kind}_temp_path {temp}/{kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
        + f"    include {tmp_path}/bedside-web.conf;\n}}\n")
    command = [binary, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf"), "-g", "daemon off;"]
    tested = subprocess.run(command + ["-t"], capture_output=True, text=True, timeout=30)
    assert tested.returncode == 0, tested.stderr
    proc = subprocess.Popen(command, stderr=subprocess.PIPE)
    url = f"https://127.0.0.1:{https_port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            httpx.get(url + "/login", verify=False, timeout=2)
            break
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"nginx did not start: {proc.stderr.read()}")
            time.sleep(0.1)
    try:
        yield web, url, f"http://127.0.0.1:{http_port}"
    finally:
        proc.terminate()
        proc.wait(10)
        web.stop()


def test_the_example_nginx_strips_what_only_it_may_say(behind_nginx):
    web, url, plain = behind_nginx
    through = httpx.Client(base_url=url, verify=False, timeout=30)
    # Straight to uvicorn from 127.0.0.1, a trusted proxy address, the SSO header signs alice in...
    direct = httpx.get(web.url + "/held", headers={"X-Remote-User": "alice"})
    assert direct.status_code == 200 and "Sign out" in direct.text
    # ...so nginx must drop the client's copy: through it, the same header signs in nobody.
    forged = through.get("/held", headers={"X-Remote-User": "alice"})
    assert forged.status_code == 303 and forged.headers["location"] == "/login"
    # X-Forwarded-For is overwritten with the client's real address: a forged one opens nothing.
    assert through.get("/metrics", headers={"X-Forwarded-For": "192.0.2.7"}).status_code == 403
    assert httpx.get(web.url + "/metrics", headers={"X-Forwarded-For": "192.0.2.7"}).status_code == 200
    # Over https (X-Forwarded-Proto from nginx) the session cookie is Secure and host-only, with HSTS.
    page = through.get("/login")
    assert page.headers["strict-transport-security"].startswith("max-age=")
    from test_web import csrf_of

    signed = through.post("/login", data={"csrf": csrf_of(page.text), "name": "alice", "password": PASSWORD})
    cookie = signed.headers["set-cookie"]
    assert signed.status_code == 303 and cookie.startswith("__Host-bedside_session=") and "; Secure" in cookie
    assert "Sign out" in through.get("/held").text
    # Plain http only redirects.
    moved = httpx.get(plain + "/held")
    assert moved.status_code == 301 and moved.headers["location"].startswith("https://")
