"""[web] settings: where the web app listens, its secret, cookies, proxies, limits."""

from __future__ import annotations

import ipaddress
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from bedside.checks import Config
from bedside.checks.config import ConfigError

from ..settings import parse_address

ROLES = ("reviewer", "admin", "auditor")
TOKEN_ROLES = ("check", "reviewer", "admin", "auditor")


@dataclass(frozen=True)
class WebSettings:
    listen: tuple[str, int] = ("127.0.0.1", 8080)
    secret_file: str = ""
    public_url: str = ""
    trusted_proxies: tuple = ()
    sso_header: str = ""
    secure_cookies: str = "auto"        # "auto": Secure when the request came over https
    session_hours: float = 12
    link_days: float = 14
    lockout_failures: int = 5
    lockout_minutes: float = 15
    address_lockout_failures: int = 20  # failures from one address (any accounts) in lockout_minutes
    login_rate: int = 10                # login attempts a minute from one address
    self_service_rate: int = 30         # sender-page requests a minute from one address
    retention_interval: float = 3600    # seconds between retention sweeps
    page_size: int = 50

    def proxy_trusted(self, ip: str) -> bool:
        try:
            address = ipaddress.ip_address(ip)
        except ValueError:
            return False
        return any(address in net for net in self.trusted_proxies if net.version == address.version)


def load_web_settings(config: Config) -> WebSettings:
    web = config.section("web")
    try:
        proxies = tuple(ipaddress.ip_network(n, strict=False) for n in web.get("trusted_proxies", ()))
    except ValueError as exc:
        raise ConfigError(f"web.trusted_proxies: {exc}") from exc
    secure = web.get("secure_cookies", "auto")
    if secure not in ("auto", "always", "never"):
        raise ConfigError(f"web.secure_cookies = {secure!r}: expected \"always\", \"never\" or \"auto\"")
    if web.get("sso_header") and not proxies:
        raise ConfigError("web.sso_header needs web.trusted_proxies: only a configured proxy may name the user")
    defaults = WebSettings()
    return WebSettings(
        listen=parse_address(web.get("listen", "127.0.0.1:8080")),
        secret_file=web.get("secret_file", ""),
        public_url=str(web.get("public_url", "")).rstrip("/"),
        trusted_proxies=proxies,
        sso_header=web.get("sso_header", ""),
        secure_cookies=secure,
        **{k: type(getattr(defaults, k))(web[k]) for k in
           ("session_hours", "link_days", "lockout_failures", "lockout_minutes", "address_lockout_failures", "login_rate",
            "self_service_rate", "retention_interval", "page_size") if k in web},
    )


def server_secret(web: WebSettings, data_dir: Path) -> bytes:
    """The secret signing sessions and sender links: [web] secret_file, else data_dir/web.secret,
    made (0600) on first use. The relay reads the same file to put links in its emails."""
    path = Path(web.secret_file) if web.secret_file else Path(data_dir) / "web.secret"
    try:
        secret = path.read_bytes().strip()
    except FileNotFoundError:
        if web.secret_file:
            raise ConfigError(f"web.secret_file {path}: no such file (make one: head -c 32 /dev/urandom | base64 > FILE)")
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(secrets.token_urlsafe(32).encode())
        secret = path.read_bytes().strip()
    except OSError as exc:
        raise ConfigError(f"web secret {path}: {exc.strerror}") from exc
    if len(secret) < 16:
        raise ConfigError(f"web secret {path}: too short (at least 16 characters)")
    return secret
