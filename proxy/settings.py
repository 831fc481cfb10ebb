"""The relay's settings, read from the same layered config as the rules ([serve], [upstream], [tls], [auth])."""

from __future__ import annotations

import errno
import functools
import ipaddress
import os
import secrets
import socket
import ssl
from dataclasses import dataclass, field
from pathlib import Path

from bedside.checks import Config, Engine, load_config
from bedside.checks.config import ConfigError


@dataclass(frozen=True)
class Upstream:
    host: str = ""
    port: int = 25
    starttls: bool = False
    implicit_tls: bool = False
    username: str = ""
    password: str = ""
    timeout: float = 30
    # The reply to the final dot: the smarthost may be storing or scanning the message, and a
    # timeout here makes the client retry a message that may have gone (RFC 5321 4.5.3.2.6: 10 min).
    data_timeout: float = 600
    pool_size: int = 16
    ca_file: str = ""  # CA bundle to verify the smarthost with (default: the system's)
    # A kept-open connection unused this long is closed (QUIT). Each one holds a Postfix smtpd
    # process of the re-injection service's maxproc; Postfix drops idle clients after
    # smtpd_timeout, which is 300 s but only 10 s when the service is under stress (all its
    # processes busy: exactly when a held one hurts). 5 s is under both.
    idle_close: float = 5

    @property
    def enabled(self) -> bool:
        return bool(self.host)


@dataclass(frozen=True)
class AuthLimits:
    """Failed AUTH, as Postfix's anvil and Dovecot's auth_failure_delay handle it."""

    failure_delay: float = 1.0        # the first failure's reply waits this long; doubles with each more
    failure_delay_max: float = 15.0
    max_failures_per_session: int = 3  # then 421 and the connection is closed
    max_failures_per_client: int = 10  # from one address within failure_window: AUTH refused outright
    failure_window: float = 600.0


@dataclass(frozen=True)
class ServeSettings:
    listen: tuple[tuple[str, int], ...]
    listen_tls: tuple[tuple[str, int], ...]
    hostname: str
    max_message_size: int
    max_recipients: int
    max_connections: int
    idle_timeout: float
    allowed_networks: tuple
    xforward_networks: tuple
    data_dir: Path
    check_workers: int
    check_timeout: float
    on_check_failure: str
    on_hold: str
    notify_sender_on_hold: bool
    notify_sender_on_warn: bool
    reviewers: tuple[str, ...]
    notice_from: str
    retention_days: int
    upstream: Upstream
    tls_cert: str = ""
    tls_key: str = ""
    credentials_file: str = ""
    organisation: dict = field(default_factory=dict)
    notice_retry: float = 60           # first back-off of a queued notice, doubling up to an hour
    notice_lifetime_days: float = 5
    encryption_key_file: str = ""      # [store]: a Fernet key encrypting the hold queue at rest
    store_url: str = ""                # [store] url: "" (data_dir/hold.sqlite3), sqlite:///FILE, postgresql://...
    store_password_file: str = ""      # [store] password_file: the PostgreSQL password (else libpq's env/.pgpass)
    store_pool_size: int = 4           # [store] pool_size: PostgreSQL connections per process
    store_node: str = ""               # [store] node: this node's name for notice leases ("" = host name + data_dir)
    base_dir: Path | None = None       # where the config's relative paths start
    max_connections_per_client: int = 50
    client_limit_exceptions: tuple = ()
    max_junk_commands: int = 100
    auth_limits: AuthLimits = field(default_factory=AuthLimits)
    check_worker_memory_mb: int = 1024  # each check worker's address space (RLIMIT_AS); 0: no limit
    stop_grace: float = 15             # seconds messages past their final dot may take after SIGTERM
    sender_login_match: bool = True
    sender_logins: dict = field(default_factory=dict)  # login -> tuple of addresses and '@domain's

    def client_allowed(self, ip: str) -> bool:
        return _in_networks(ip, self.allowed_networks)

    def xforward_allowed(self, ip: str) -> bool:
        return _in_networks(ip, self.xforward_networks)

    def tls_context(self) -> ssl.SSLContext | None:
        if not self.tls_cert:
            return None
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        try:
            context.load_cert_chain(self.tls_cert, self.tls_key or None)
        except OSError as exc:
            files = f"cert {self.tls_cert}" + (f", key {self.tls_key}" if self.tls_key else "")
            reason = ("not a PEM certificate chain with its private key" if isinstance(exc, ssl.SSLError)
                      else (exc.strerror or str(exc)).lower())
            raise ConfigError(f"[tls] {files}: {reason}") from exc
        return context

    def client_limited(self, ip: str) -> bool:
        """Whether the per-client connection limit applies to this address."""
        return not _in_networks(ip, self.client_limit_exceptions)

    def sender_allowed(self, login: str, address: str) -> bool:
        """Whether an authenticated `login` may use `address` as MAIL FROM: the login itself when
        it is an address, or what [auth.senders] gives it (an address, or '@domain' for a domain).
        The null sender (bounces) is always allowed."""
        if address in ("", "<>"):  # aiosmtpd gives the null sender as '<>'
            return True
        address = address.lower()
        if login.lower() == address:
            return True
        domain = "@" + address.rpartition("@")[2]
        owned = self.sender_logins.get(login, ())
        return address in owned or domain in owned


@functools.lru_cache(maxsize=4096)  # asked at every MAIL and RCPT; a relay sees few client addresses
def _in_networks(ip: str, networks: tuple) -> bool:
    try:
        address = ipaddress.ip_address(ip.split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:  # ::ffff:127.0.0.1, dual stack
        address = address.ipv4_mapped
    return any(address in net for net in networks if net.version == address.version)


def parse_address(text: str) -> tuple[str, int]:
    """'127.0.0.1:8025' or '[::1]:8025' -> (host, port)."""
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit():
        raise ConfigError(f"listen address {text!r}: expected host:port")
    return host.strip("[]"), int(port)


def _read_secret(path: str) -> str:
    if not path:
        return ""
    try:
        return Path(path).read_text("utf-8").strip()
    except OSError as exc:
        raise ConfigError(f"upstream password_file {path}: {exc.strerror}") from exc


def _stop_grace(value) -> float:
    if not 0 <= float(value) <= 3600:
        raise ConfigError(f"serve.stop_grace = {value}: expected seconds from 0 to 3600")
    return float(value)


def load_serve_settings(config: Config, base: Path | None = None) -> ServeSettings:
    serve, up, tls, auth = (config.section(n) for n in ("serve", "upstream", "tls", "auth"))
    base = base or Path.cwd()
    try:
        networks = tuple(ipaddress.ip_network(n, strict=False) for n in serve.get("allowed_networks", ()))
        xforward = tuple(ipaddress.ip_network(n, strict=False) for n in serve.get("xforward_networks", ()))
        exceptions = tuple(ipaddress.ip_network(n, strict=False) for n in serve.get("client_limit_exceptions", ()))
    except ValueError as exc:
        raise ConfigError(f"serve networks: {exc}") from exc
    for key, allowed in (("on_check_failure", {"hold", "tempfail"}), ("on_hold", {"accept", "reject"}),
                         ("postfix", {"", "after-queue", "before-queue"})):
        if serve.get(key, "") not in allowed:
            raise ConfigError(f"serve.{key} = {serve.get(key)!r}: expected one of {sorted(allowed)}")
    if serve.get("postfix") == "after-queue" and serve["on_hold"] == "reject":
        # Postfix would bounce the whole original, identifiers unmasked, to the student.
        raise ConfigError('serve.on_hold = "reject" with serve.postfix = "after-queue": Postfix would bounce the '
                          'original to the sender; use on_hold = "accept" (reject is for before-queue)')
    listen_tls = tuple(parse_address(a) for a in serve.get("listen_tls", ()))
    if listen_tls and not tls.get("cert"):
        raise ConfigError("serve.listen_tls needs [tls] cert and key")
    upstream = Upstream(
        host=up.get("host", ""), port=int(up.get("port", 25)), starttls=bool(up.get("starttls")),
        implicit_tls=bool(up.get("implicit_tls")), username=up.get("username", ""),
        password=_read_secret(up.get("password_file", "")), timeout=float(up.get("timeout", Upstream.timeout)),
        data_timeout=float(up.get("data_timeout", Upstream.data_timeout)),
        pool_size=max(1, int(up.get("pool_size", Upstream.pool_size))), ca_file=up.get("ca_file", ""),
        idle_close=float(up.get("idle_close", Upstream.idle_close)),
    )
    if upstream.idle_close <= 0:
        raise ConfigError(f"[upstream] idle_close = {upstream.idle_close}: expected seconds above 0")
    if upstream.ca_file and not Path(upstream.ca_file).is_file():
        # Otherwise every delivery would fail its TLS set-up and be answered 451, with no reason given.
        raise ConfigError(f"[upstream] ca_file {upstream.ca_file}: no such file")
    data_dir = Path(serve.get("data_dir", "var"))
    return ServeSettings(
        listen=tuple(parse_address(a) for a in serve.get("listen", ())),
        listen_tls=listen_tls,
        hostname=serve.get("hostname", "bedside.localhost"),
        max_message_size=int(serve.get("max_message_size", 26214400)),
        max_recipients=int(serve.get("max_recipients", 100)),
        max_connections=int(serve.get("max_connections", 200)),
        idle_timeout=float(serve.get("idle_timeout", 300)),
        allowed_networks=networks,
        xforward_networks=xforward,
        data_dir=data_dir if data_dir.is_absolute() else base / data_dir,
        check_workers=int(serve.get("check_workers", 0)),
        check_timeout=float(serve.get("check_timeout", 30)),
        check_worker_memory_mb=int(serve.get("check_worker_memory_mb", 1024)),
        stop_grace=_stop_grace(serve.get("stop_grace", 15)),
        on_check_failure=serve["on_check_failure"],
        on_hold=serve["on_hold"],
        notify_sender_on_hold=bool(serve.get("notify_sender_on_hold", True)),
        notify_sender_on_warn=bool(serve.get("notify_sender_on_warn", False)),
        reviewers=tuple(serve.get("reviewers", ())),
        notice_from=serve.get("notice_from", "bedside@localhost"),
        retention_days=int(serve.get("retention_days", 30)),
        upstream=upstream,
        tls_cert=tls.get("cert", ""),
        tls_key=tls.get("key", ""),
        credentials_file=auth.get("credentials_file", ""),
        organisation=dict(config.section("organisation")),
        notice_retry=float(serve.get("notice_retry", 60)),
        notice_lifetime_days=float(serve.get("notice_lifetime_days", 5)),
        encryption_key_file=config.section("store").get("encryption_key_file", ""),
        store_url=str(config.section("store").get("url", "")),
        store_password_file=str(config.section("store").get("password_file", "")),
        store_pool_size=max(1, int(config.section("store").get("pool_size", 4))),
        store_node=str(config.section("store").get("node", "")),
        base_dir=base,
        max_connections_per_client=int(serve.get("max_connections_per_client", 50)),
        client_limit_exceptions=exceptions,
        max_junk_commands=int(serve.get("max_junk_commands", 100)),
        auth_limits=AuthLimits(**{k: type(getattr(AuthLimits, k))(auth[k])
                                  for k in AuthLimits.__dataclass_fields__ if k in auth}),
        sender_login_match=bool(auth.get("sender_login_match", True)),
        sender_logins=_sender_logins(auth.get("senders", {})),
    )


def _sender_logins(table) -> dict:
    """[auth.senders]: login = ["address", "@domain", ...] (or one string)."""
    logins = {}
    for login, owned in table.items():
        items = [owned] if isinstance(owned, str) else owned
        if not isinstance(items, (list, tuple)) or not all(isinstance(i, str) and "@" in i for i in items):
            raise ConfigError(f"[auth.senders] {login} = {owned!r}: expected a list of addresses and '@domain's")
        logins[login] = tuple(i.lower() for i in items)
    return logins


def check_listen(settings: ServeSettings) -> None:
    """Each listen address can be bound now: a ConfigError naming the first that cannot (in use,
    not ours to bind, no such address). The sockets are closed again at once."""
    for host, port in settings.listen + settings.listen_tls:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the relay binds: TIME_WAIT is no conflict
            try:
                sock.bind((host, port))
            except OSError as exc:
                raise ConfigError(listen_error(host, port, exc)) from exc


def listen_error(host: str, port: int, exc: OSError) -> str:
    """One line naming the address and why it cannot be listened on."""
    where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    reason = (exc.strerror or str(exc)).lower()
    hint = " (is bedside or another mail server already running there?)" if exc.errno == errno.EADDRINUSE else ""
    return f"cannot listen on {where}: {reason}{hint}"


@dataclass(frozen=True)
class EngineSpec:
    """What a worker needs to build the same engine as the parent: config paths and overrides."""

    config_paths: tuple[str, ...] = ()
    overrides: tuple[tuple[str, tuple[tuple[str, object], ...]], ...] = ()

    def build(self) -> Engine:
        overrides = {section: dict(values) for section, values in self.overrides}
        return Engine(load_config(*self.config_paths, overrides=overrides))


# [web]
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
    metrics_allow: tuple = ()           # networks that may read /metrics and /healthz; empty: anyone

    def proxy_trusted(self, ip: str) -> bool:
        return _in_networks(ip, self.trusted_proxies)

    def metrics_allowed(self, ip: str) -> bool:
        return not self.metrics_allow or _in_networks(ip, self.metrics_allow)


def load_web_settings(config: Config) -> WebSettings:
    web = config.section("web")
    try:
        proxies = tuple(ipaddress.ip_network(n, strict=False) for n in web.get("trusted_proxies", ()))
    except ValueError as exc:
        raise ConfigError(f"web.trusted_proxies: {exc}") from exc
    try:
        metrics_allow = tuple(ipaddress.ip_network(n, strict=False) for n in web.get("metrics_allow", ()))
    except ValueError as exc:
        raise ConfigError(f"web.metrics_allow: {exc}") from exc
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
        metrics_allow=metrics_allow,
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
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # data_dir: it holds the queue too
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(secrets.token_urlsafe(32).encode())
        secret = path.read_bytes().strip()
    except OSError as exc:
        raise ConfigError(f"web secret {path}: {exc.strerror}") from exc
    if len(secret) < 16:
        raise ConfigError(f"web secret {path}: too short (at least 16 characters)")
    return secret
