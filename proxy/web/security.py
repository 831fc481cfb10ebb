"""Plain ASGI middleware for the web app: security headers on every answer, the trusted reverse
proxy's headers (scheme, client address, single sign-on user) honoured only from configured
addresses, signed session cookies, and a sliding-window rate limiter."""

from __future__ import annotations

import hashlib
import json
import secrets
import threading
import time
from collections import deque

from starlette.exceptions import HTTPException
from itsdangerous import BadSignature, URLSafeTimedSerializer

from bedside.proxy.settings import WebSettings

# No script at all: the pages are server-rendered forms. Styles from our own file only.
CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),            # sender links never leak in a Referer
    (b"cache-control", b"no-store"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]
COOKIE = "bedside_session"
SECURE_COOKIE = "__Host-" + COOKIE  # over https: the browser lets only this exact host set it


class SecurityHeaders:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [h for h in HEADERS if h[0] not in have]
                if scope.get("scheme") == "https":
                    message["headers"].append((b"strict-transport-security", b"max-age=31536000"))
            await send(message)

        await self.app(scope, receive, send_with_headers)


class TrustedProxy:
    """Behind nginx/Apache: X-Forwarded-Proto and X-Forwarded-For (and the SSO header) are read only
    when the connection comes from web.trusted_proxies; from anyone else they are ignored."""

    def __init__(self, app, web: WebSettings):
        self.app = app
        self.web = web

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            peer = (scope.get("client") or ("", 0))[0]
            scope["bedside.via_proxy"] = False
            if self.web.trusted_proxies and self.web.proxy_trusted(peer):
                headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
                scope["bedside.via_proxy"] = True
                proto = headers.get("x-forwarded-proto", "").strip().lower()
                if proto in ("http", "https"):
                    scope["scheme"] = proto
                forwarded = headers.get("x-forwarded-for", "")
                if forwarded:
                    scope["client"] = (forwarded.split(",")[-1].strip(), 0)
                if self.web.sso_header:
                    user = headers.get(self.web.sso_header.lower(), "").strip()
                    scope["bedside.sso_user"] = user or None
        await self.app(scope, receive, send)


class Sessions:
    """A signed cookie holding a small JSON session: HttpOnly, SameSite=Strict, Secure over https
    (or always/never as web.secure_cookies says), expiring after web.session_hours."""

    def __init__(self, app, secret: bytes, web: WebSettings):
        self.app = app
        self.web = web
        self.signer = URLSafeTimedSerializer(secret, salt="bedside session",
                                             signer_kwargs={"digest_method": hashlib.sha256})
        self.max_age = int(web.session_hours * 3600)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        secure = self.web.secure_cookies == "always" or (
            self.web.secure_cookies == "auto" and scope.get("scheme") == "https")
        cookie = SECURE_COOKIE if secure else COOKIE
        session = {}
        for key, value in scope["headers"]:
            if key == b"cookie":
                for part in value.decode("latin-1").split(";"):
                    name, _, data = part.strip().partition("=")
                    if name == cookie and data:
                        try:
                            session = self.signer.loads(data, max_age=self.max_age)
                        except BadSignature:
                            session = {}
        if not isinstance(session, dict):
            session = {}
        before = json.dumps(session, sort_keys=True)
        scope["session"] = session

        async def send_with_cookie(message):
            if message["type"] == "http.response.start":
                current = scope["session"]
                if json.dumps(current, sort_keys=True) != before:
                    if current:
                        value = f"{cookie}={self.signer.dumps(current)}; Max-Age={self.max_age}"
                    else:
                        value = f"{cookie}=; Max-Age=0"
                    value += "; Path=/; HttpOnly; SameSite=Strict" + ("; Secure" if secure else "")
                    message["headers"] = list(message.get("headers", [])) + [(b"set-cookie", value.encode())]
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def csrf_token(session: dict) -> str:
    if "csrf" not in session:
        session["csrf"] = secrets.token_urlsafe(24)
    return session["csrf"]


def csrf_ok(session: dict, sent: str | None) -> bool:
    expected = session.get("csrf")
    return bool(expected and sent and secrets.compare_digest(str(expected), str(sent)))


class RateLimit:
    """At most `limit` events per `window` seconds for each key (a client address)."""

    def __init__(self, limit: int, window: float = 60):
        self.limit = limit
        self.window = window
        self._events: dict[str, deque] = {}
        self._lock = threading.Lock()
        self._swept = 0.0

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        with self._lock:
            events = self._events.setdefault(key, deque())
            while events and events[0] <= now - self.window:
                events.popleft()
            if len(events) >= self.limit:
                return False
            events.append(now)
            if len(self._events) > 10_000 and now - self._swept > self.window:
                self._swept = now  # at most one sweep a window: a scan per request would be its own DoS
                # Forget clients with nothing inside the window
                # (by their newest event: an idle client's deque is never pruned, so never empty)
                for k in [k for k, v in self._events.items() if not v or v[-1] <= now - self.window]:
                    del self._events[k]
            return True


class BodyLimit:
    """Request bodies have a ceiling: a 413 when Content-Length says more, or when the body streamed
    grows past it. Without it a form post (login, the sender page) was read whole into memory and an
    upload spooled to disk, however large. `limits` maps a path to its ceiling; others get `default`."""

    def __init__(self, app, limits: dict[str, int], default: int):
        self.app = app
        self.limits = limits
        self.default = default

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        limit = self.limits.get(scope.get("path", ""), self.default)
        for key, value in scope["headers"]:
            if key == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = limit + 1
                if declared > limit:
                    return await _too_large(send, limit)
        seen = 0

        async def counted():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    # Raised inside the handler's read: Starlette's exception middleware answers it.
                    raise HTTPException(413, f"Request body too large (the limit here is {limit} bytes).")
            return message

        await self.app(scope, counted, send)


async def _too_large(send, limit: int) -> None:
    body = f"Request body too large (the limit here is {limit} bytes).\n".encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
