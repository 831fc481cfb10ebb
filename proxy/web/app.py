"""The ASGI app behind `bedside web`: reviewers' pages, senders' self-service, the HTTP API."""

from __future__ import annotations

import asyncio
import contextlib
import email.policy
import logging
import re
import time
from email.message import EmailMessage
from pathlib import Path

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from bedside.checks import Engine
from bedside.checks.registry import all_rules

from bedside.proxy.reports import Outcome as CheckOutcome
from bedside.proxy.holds.explain import Explainer, template_dir_from
from bedside.proxy.holds.store import open_queue
from bedside.proxy.reports import as_json, safe_text
from bedside.proxy.holds.review import Review
from bedside.proxy.web import charts
from bedside.proxy.web.actions import Actions
from bedside.proxy.holds.links import link_for, read_token
from bedside.proxy.web.queue import STATUSES, Filters, queue_state, rule_categories, search
from bedside.proxy.web.render import attachments, body_segments, masked_subject, show_address, when
from bedside.proxy.web.security import BodyLimit, RateLimit, SecurityHeaders, Sessions, TrustedProxy, csrf_ok, csrf_token
from bedside.proxy.settings import WebSettings, server_secret
from bedside.proxy.web.store import REQUEST_KINDS, UserError, WebStore, token_digest

log = logging.getLogger("bedside.web")
HELD_ID = re.compile(r"^\d{8}-\d{6}-[0-9a-f]{8}$")
STATIC = Path(__file__).parent / "static"
MAX_FORM = 30 * 1024 * 1024
FORM_SLACK = 1024 * 1024  # any form but /check: a justification, a reason, a user; and multipart's headers


class WebApp:
    """Everything the handlers share: settings, the queue, the store, the engine, the templates."""

    def __init__(self, config, settings, web: WebSettings, engine: Engine | None = None):
        self.config = config
        self.settings = settings
        self.web = web
        self.secret = server_secret(web, settings.data_dir)
        self.explainer = Explainer(settings.organisation, settings.notice_from,
                                   template_dir_from(config.section("serve"), Path.cwd()))
        self.queue = open_queue(settings)  # [store] url
        review = Review.__new__(Review)  # Review's own __init__ opens a second queue; share ours
        review.settings, review.queue = settings, self.queue
        review.audit = self.queue.audit_log(settings.data_dir / "audit.log")
        review.explainer, review.reviewer = self.explainer, "web"
        self.audit = review.audit
        self.store = WebStore(self.queue, settings.data_dir)  # shared by every web node on this store
        self.actions = Actions(review, self.store)
        self.engine = engine or Engine(config)
        self.rules = {r.code: r for r in all_rules()}
        self.categories = rule_categories()
        self.internal = self.explainer.internal_domains
        from bedside.proxy.web.metrics import Metrics

        self.metrics = Metrics(self.queue, self.store)
        self.login_limit = RateLimit(web.login_rate)
        self.sender_limit = RateLimit(web.self_service_rate)
        self.env = jinja2.Environment(
            loader=jinja2.PackageLoader("bedside.templates", "web"),
            autoescape=True,  # every page: message content is hostile
            undefined=jinja2.StrictUndefined,
        )
        self.env.globals.update(when=when, statuses=STATUSES)

    # --- helpers -----------------------------------------------------------------------------
    def page(self, request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
        session = request.scope["session"]
        html = self.env.get_template(name).render(
            user=context.pop("user", None), csrf=csrf_token(session), flash=session.pop("flash", None),
            organisation=self.explainer.organisation, **context)
        return HTMLResponse(html, status_code=status)

    def user(self, request: Request):
        sso = request.scope.get("bedside.sso_user")
        if sso:
            return self.store.user(sso)
        session = request.scope["session"]
        name, sid = session.get("user"), session.get("sid")
        if not (name and isinstance(sid, str)):
            return None
        if self.store.session_user(sid, self.web.session_hours * 3600) != name:
            return None  # signed out, password changed or user removed: the cookie is dead
        return self.store.user(name)

    def retention(self, received: float) -> float:
        return received + self.settings.retention_days * 86400

    def address(self, a: str) -> str:
        return show_address(a, self.internal)

    def summary(self, h) -> dict:
        return {"id": h.id, "received": when(h.received), "status": h.status, "rules": list(h.rules),
                "categories": sorted({self.categories.get(r, "unchecked") for r in h.rules}),
                "subject": masked_subject(h.raw, h.findings), "sender": self.address(h.mail_from),
                "recipients": len(h.rcpts), "decided_by": h.decided_by, "reason": safe_text(h.reason),
                "purge_at": when(self.retention(h.received))}

    async def purge_forever(self) -> None:
        while True:
            try:
                removed = await run_in_threadpool(self.actions.purge, self.settings.retention_days * 86400)
                if removed:
                    log.info("retention: purged %d held messages", len(removed))
            except Exception:  # noqa: BLE001 - a failed sweep is retried next time, never kills the app
                log.exception("retention sweep failed")
            await asyncio.sleep(self.web.retention_interval)


def _client(request: Request) -> str:
    return (request.scope.get("client") or ("?", 0))[0]


def _page(text) -> int:
    # A page number from the query: 1..a million. A 4,000-digit number overflowed SQLite's OFFSET (a 500).
    try:
        return min(max(1, int(str(text or "1")[:8])), 1_000_000)
    except ValueError:
        return 1


def _redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def build(app_state: WebApp) -> Starlette:
    s = app_state

    def signed_in(roles=("reviewer", "admin", "auditor")):
        def wrap(handler):
            async def inner(request: Request):
                user = s.user(request)
                if user is None:
                    return _redirect("/login")
                if user.role not in roles:
                    return s.page(request, "error.html.j2", 403, user=user, error="Your role cannot do that.")
                if request.method == "POST":
                    form = await request.form(max_part_size=MAX_FORM)
                    if not csrf_ok(request.scope["session"], form.get("csrf")):
                        return s.page(request, "error.html.j2", 403, user=user,
                                      error="The form had expired. Go back, reload the page and try again.")
                    request.state.form = form
                return await handler(request, user)
            return inner
        return wrap

    # --- sign in ---------------------------------------------------------------------------------
    async def login_form(request: Request):
        if s.user(request):
            return _redirect("/held")
        return s.page(request, "login.html.j2")

    async def login(request: Request):
        form = await request.form()
        session = request.scope["session"]
        if not csrf_ok(session, form.get("csrf")):
            return s.page(request, "login.html.j2", 403, error="The form had expired; please try again.")
        if not s.login_limit.allow(_client(request)):
            return s.page(request, "login.html.j2", 429, error="Too many attempts; wait a minute.")
        name = str(form.get("name", ""))[:64]
        password = str(form.get("password", ""))[:1024]
        window = s.web.lockout_minutes * 60
        if s.store.failures("ip:" + _client(request), window) >= s.web.address_lockout_failures:
            # Password spraying: one guess per account never trips the per-account lockout.
            s.audit.record("login-locked", "-", "address")
            return s.page(request, "login.html.j2", 429,
                          error=f"Too many failed sign-ins from your address; try again in {s.web.lockout_minutes:g} minutes.")
        # The lockout key is a digest: people type passwords and addresses into the name box.
        account = "user:" + token_digest(name)[:32]
        if s.store.failures(account, window) >= s.web.lockout_failures:
            s.audit.record("login-locked", "-", name if s.store.user(name) else "(unknown name)")
            return s.page(request, "login.html.j2", 429,
                          error=f"Too many failed sign-ins for this account; try again in {s.web.lockout_minutes:g} minutes.")
        user = await run_in_threadpool(s.store.verify, name, password)
        if user is None:
            s.store.failed(account, "ip:" + _client(request))
            return s.page(request, "login.html.j2", 401, error="Wrong name or password.")
        s.store.clear_failures(account)
        session.clear()  # a fresh session (and CSRF token) at sign-in
        session["user"] = user.name
        session["sid"] = s.store.start_session(user.name, s.web.session_hours * 3600)
        s.audit.record("signed-in", "-", user.name)
        return _redirect("/held")

    async def logout(request: Request):
        form = await request.form()
        session = request.scope["session"]
        if csrf_ok(session, form.get("csrf")):
            if isinstance(session.get("sid"), str):
                s.store.end_session(session["sid"])
            session.clear()
        return _redirect("/login")

    async def home(request: Request):
        return _redirect("/held" if s.user(request) else "/login")

    # --- the held list ------------------------------------------------------------------------
    @signed_in()
    async def held_list(request: Request, user):
        key = request.scope["session"].get("filters")
        f = Filters.from_mapping(s.store.filters(key) if isinstance(key, str) else {})
        number = _page(request.query_params.get("page"))
        result = await run_in_threadpool(search, s.queue, f, number, s.web.page_size)
        rows = [s.summary(h) for h in result.items]
        marks = s.store.requested(r["id"] for r in rows)
        for r in rows:
            r["requests"] = sorted(marks.get(r["id"], ()))
        return s.page(request, "held_list.html.j2", user=user, rows=rows, result=result, filters=f,
                      categories=sorted(set(s.categories.values())), rule_codes=sorted(s.rules))

    @signed_in()
    async def set_filters(request: Request, user):
        form = request.state.form
        session = request.scope["session"]
        chosen = {} if form.get("clear") else Filters.from_mapping(form).as_dict()
        key = session.get("filters") if isinstance(session.get("filters"), str) else None
        session["filters"] = s.store.save_filters(key, chosen, s.web.session_hours * 3600)
        return _redirect("/held")

    @signed_in(("reviewer", "admin"))
    async def bulk(request: Request, user):
        form = request.state.form
        ids = [i for i in form.getlist("ids") if HELD_ID.match(str(i))][:500]
        action = form.get("action")
        if action not in ("release", "reject") or not ids:
            request.scope["session"]["flash"] = "Choose messages and an action."
            return _redirect("/held")
        reason = str(form.get("reason", ""))

        def run():
            done = 0
            for held_id in ids:
                outcome = (s.actions.release(held_id, user.name) if action == "release"
                           else s.actions.reject(held_id, user.name, reason))
                done += outcome.ok
            return done

        done = await run_in_threadpool(run)
        s.metrics.actions.labels(action).inc(done)
        verb = "released" if action == "release" else "rejected"
        request.scope["session"]["flash"] = f"{done} of {len(ids)} messages {verb}."
        return _redirect("/held")

    # --- one message --------------------------------------------------------------------------
    async def _message(request: Request, user, unmasked: bool = False):
        held_id = request.path_params["id"]
        held = s.queue.get(held_id, with_raw=True) if HELD_ID.match(held_id) else None
        if held is None:
            return s.page(request, "error.html.j2", 404, user=user, error="No such message (it may have been purged).")
        segments, was_html = await run_in_threadpool(body_segments, held.raw, held.findings, unmasked)
        findings = []
        for f in held.findings:
            loc = f.get("location") or {}
            findings.append({"rule": f.get("rule", ""), "category": f.get("category", ""),
                             "action": f.get("action", ""), "message": safe_text(f.get("message", "")),
                             "excerpt": safe_text(f.get("excerpt", "")), "part": safe_text(loc.get("part", "")),
                             "line": loc.get("line")})
        info = s.summary(held)
        if unmasked:
            from bedside.proxy.web.render import subject_of

            info["subject"] = subject_of(held.raw) or "(no subject)"
            info["sender"] = safe_text(held.mail_from)
        rcpts = [{"address": safe_text(r) if unmasked else s.address(r), "value": r} for r in held.rcpts]
        return s.page(request, "message.html.j2", user=user, m=info, held=held, segments=segments,
                      was_html=was_html, findings=findings, rcpts=rcpts, unmasked=unmasked,
                      files=attachments(held.raw), requests=s.store.requests_for(held.id))

    @signed_in()
    async def message(request: Request, user):
        return await _message(request, user)

    @signed_in(("reviewer", "admin"))
    async def unmask(request: Request, user):
        held_id = request.path_params["id"]
        if not (HELD_ID.match(held_id) and s.actions.viewed(held_id, user.name)):
            return s.page(request, "error.html.j2", 404, user=user, error="No such message.")
        return await _message(request, user, unmasked=True)

    @signed_in(("reviewer", "admin"))
    async def release(request: Request, user):
        held_id = request.path_params["id"]
        if not HELD_ID.match(held_id):  # never echoed into a Location header
            return s.page(request, "error.html.j2", 404, user=user, error="No such message.")
        form = request.state.form
        chosen = form.getlist("rcpt") if form.get("some") else None
        outcome = await run_in_threadpool(s.actions.release, held_id, user.name, chosen)
        if outcome.ok:
            s.metrics.actions.labels("release").inc()
        request.scope["session"]["flash"] = ("Released: " if outcome.ok else "Not released: ") + outcome.message
        return _redirect(f"/held/{held_id}")

    @signed_in(("reviewer", "admin"))
    async def reject(request: Request, user):
        held_id = request.path_params["id"]
        if not HELD_ID.match(held_id):
            return s.page(request, "error.html.j2", 404, user=user, error="No such message.")
        outcome = await run_in_threadpool(s.actions.reject, held_id, user.name, str(request.state.form.get("reason", "")))
        if outcome.ok:
            s.metrics.actions.labels("reject").inc()
        request.scope["session"]["flash"] = ("Rejected: " if outcome.ok else "Not rejected: ") + outcome.message
        return _redirect(f"/held/{held_id}")

    # --- audit, dashboard, check, users -------------------------------------------------------------
    @signed_in()
    async def audit(request: Request, user):
        entries = list(reversed(await run_in_threadpool(s.audit.entries)))
        number = _page(request.query_params.get("page"))
        size = 100
        shown = entries[(number - 1) * size: number * size]
        return s.page(request, "audit.html.j2", user=user, entries=shown, page=number,
                      pages=max(1, -(-len(entries) // size)), total=len(entries))

    @signed_in()
    async def dashboard(request: Request, user):
        weeks, table = await run_in_threadpool(charts.figures, s.queue, s.store)
        rows = []
        for rule, entry in table.items():
            rate = charts.release_rate(entry)
            rows.append({"rule": rule, "name": s.rules[rule].name if rule in s.rules else "",
                         "total": entry["total"], "rate": rate, "chart": charts.bar_chart(rule, entry, weeks),
                         "stands_out": rate is not None and rate > 0.5 and entry["total"]["released"] >= 3})
        rows.sort(key=lambda r: -(r["rate"] or 0))
        return s.page(request, "dashboard.html.j2", user=user, rows=rows, weeks=weeks, legend=charts.legend())

    @signed_in()
    async def check_form(request: Request, user):
        return s.page(request, "check.html.j2", user=user, result=None)

    @signed_in()
    async def check_page(request: Request, user):
        form = request.state.form
        upload = form.get("eml")
        raw = b""
        if upload is not None and hasattr(upload, "read"):
            raw = await upload.read()
            if len(raw) > s.settings.max_message_size:  # refused, not cut: a cut message checks as another
                return s.page(request, "check.html.j2", 413, user=user, result=None,
                              error=f"That file is larger than {s.settings.max_message_size} bytes.")
        if not raw.strip():
            text = str(form.get("text", ""))
            if not text.strip():
                return s.page(request, "check.html.j2", 400, user=user, result=None,
                              error="Paste the text of an email or choose an .eml file.")
            msg = EmailMessage(policy=email.policy.SMTP)
            msg["Subject"] = " ".join(str(form.get("subject", "")).split())[:300]
            to = " ".join(str(form.get("to", "")).split())[:1000]
            if to:
                msg["To"] = to
            msg.set_content(text)
            raw = msg.as_bytes()
        report = await run_in_threadpool(_timed_check, s, raw)
        groups = {}
        for f in report.findings:
            rule = s.rules.get(f.rule)
            g = groups.setdefault(f.rule, {"rule": f.rule, "title": rule.message if rule else f.rule,
                                           "how": rule.explanation.how if rule else "",
                                           "why": rule.explanation.why if rule else "", "entries": []})
            g["entries"].append({"action": str(f.action), "message": safe_text(f.message),
                               "excerpt": safe_text(f.excerpt)})
        return s.page(request, "check.html.j2", user=user, result={"verdict": str(report.verdict),
                      "groups": list(groups.values()), "errors": [safe_text(e) for e in report.errors]})

    @signed_in(("admin",))
    async def users(request: Request, user):
        return s.page(request, "users.html.j2", user=user, users=s.store.users(), tokens=s.store.tokens())

    @signed_in(("admin",))
    async def users_change(request: Request, user):
        form = request.state.form
        name = str(form.get("name", ""))
        session = request.scope["session"]
        try:
            if form.get("action") == "add":
                await run_in_threadpool(s.store.add_user, name, str(form.get("role", "")), str(form.get("password", "")))
                s.audit.record("user-added", "-", user.name, target=name, role=str(form.get("role", "")))
                session["flash"] = f"User {name} added."
            elif form.get("action") == "remove":
                if name == user.name:
                    raise UserError("you cannot remove yourself")
                if not s.store.remove_user(name):
                    raise UserError(f"no user {name!r}")
                s.audit.record("user-removed", "-", user.name, target=name)
                session["flash"] = f"User {name} removed."
        except UserError as exc:
            session["flash"] = f"Not done: {exc}"
        return _redirect("/users")

    # --- the sender's page --------------------------------------------------------------------------
    async def sender(request: Request):
        if not s.sender_limit.allow(_client(request)):
            return PlainTextResponse("Too many requests; wait a minute.", status_code=429)
        held_id = read_token(s.secret, request.path_params["token"], s.web.link_days)
        held = s.queue.get(held_id, with_raw=True) if held_id else None
        if held is None:
            return s.page(request, "error.html.j2", 404, error="This link has expired or the message has been "
                          "deleted. If you still need help, contact " + s.explainer.contact + ".")
        result = None
        if request.method == "POST":
            form = await request.form()
            if not csrf_ok(request.scope["session"], form.get("csrf")):
                return s.page(request, "error.html.j2", 403, error="The form had expired. Go back to the link "
                              "in your email, reload the page and try again.")
            action = form.get("action")
            if action == "withdraw":
                result = await run_in_threadpool(s.actions.withdraw, held.id)
            elif action == "release":
                result = await run_in_threadpool(s.actions.request_release, held.id, str(form.get("justification", "")))
            elif action == "false-positive":
                result = await run_in_threadpool(s.actions.report, held.id, str(form.get("rule", "")),
                                                 str(form.get("comment", "")))
            if result is not None and result.ok:
                s.metrics.actions.labels(f"sender-{action}").inc()
            held = s.queue.get(held.id, with_raw=True)
        groups = {}
        for f in held.findings:
            rule = s.rules.get(f.get("rule", ""))
            g = groups.setdefault(f.get("rule", ""), {
                "rule": f.get("rule", ""), "title": rule.message if rule else safe_text(f.get("message", "")),
                "what": rule.explanation.what if rule else "", "why": rule.explanation.why if rule else "",
                "how": rule.explanation.how if rule else "", "excerpts": []})
            if f.get("excerpt"):
                g["excerpts"].append(safe_text(f["excerpt"]))
        asked = {r["kind"] for r in s.store.requests_for(held.id)}
        return s.page(request, "sender.html.j2", m=s.summary(held), groups=list(groups.values()),
                      recipients=", ".join(s.address(r) for r in held.rcpts[:5]) + (
                          f" and {len(held.rcpts) - 5} more" if len(held.rcpts) > 5 else ""),
                      result=result, asked=asked, contact=s.explainer.contact, token=request.path_params["token"])

    # --- API ------------------------------------------------------------------------------------------
    def bearer(request: Request, roles):
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            return None, JSONResponse({"error": "Authorization: Bearer TOKEN required"}, status_code=401,
                                      headers={"WWW-Authenticate": "Bearer"})
        user = s.store.token_user(header[7:].strip())
        if user is None:
            return None, JSONResponse({"error": "unknown token"}, status_code=401, headers={"WWW-Authenticate": "Bearer"})
        if user.role not in roles:
            return None, JSONResponse({"error": f"a {user.role} token cannot do this"}, status_code=403)
        return user, None

    async def api_check(request: Request):
        user, error = bearer(request, ("check", "reviewer", "admin", "auditor"))
        if error:
            return error
        raw = bytearray()
        async for chunk in request.stream():
            raw += chunk
            if len(raw) > s.settings.max_message_size:
                return JSONResponse({"error": f"message larger than {s.settings.max_message_size} bytes"}, status_code=413)
        if not raw.strip():
            return JSONResponse({"error": "send the message (RFC 5322) as the request body"}, status_code=400)
        report = await run_in_threadpool(_timed_check, s, bytes(raw))
        # The very object `bedside check --format json -` prints for the same message.
        return Response(as_json(CheckOutcome("<stdin>", report=report)), media_type="application/json")

    async def api_list(request: Request):
        user, error = bearer(request, ("reviewer", "admin", "auditor"))
        if error:
            return error
        if request.method == "POST":  # filters as a JSON body
            try:
                q = await request.json()
            except ValueError:
                q = None
            if not isinstance(q, dict):
                return JSONResponse({"error": "body must be a JSON object of filters"}, status_code=400)
        else:
            q = request.query_params
            if q.get("sender"):
                return JSONResponse({"error": "a sender's address does not go in a URL (proxies log URLs): "
                                              "POST the filters as a JSON object to /api/v1/held"}, status_code=400)
        f = Filters.from_mapping(q)
        number = _page(q.get("page"))
        result = await run_in_threadpool(search, s.queue, f, number, s.web.page_size)
        return JSONResponse({"total": result.total, "page": result.page, "pages": result.pages,
                             "counts": result.counts, "items": [s.summary(h) for h in result.items]})

    async def api_one(request: Request):
        user, error = bearer(request, ("reviewer", "admin", "auditor"))
        if error:
            return error
        held_id = request.path_params["id"]
        held = s.queue.get(held_id, with_raw=True) if HELD_ID.match(held_id) else None
        if held is None:
            return JSONResponse({"error": "no such message"}, status_code=404)
        return JSONResponse({**s.summary(held), "findings": held.findings,
                             "requests": s.store.requests_for(held.id)})

    async def api_action(request: Request):
        user, error = bearer(request, ("reviewer", "admin"))
        if error:
            return error
        held_id, action = request.path_params["id"], request.path_params["action"]
        if not HELD_ID.match(held_id):
            return JSONResponse({"error": "no such message"}, status_code=404)
        try:
            body = await request.json() if (await request.body()).strip() else {}
        except ValueError:
            return JSONResponse({"error": "body must be JSON"}, status_code=400)
        if not isinstance(body, dict):
            return JSONResponse({"error": "body must be a JSON object"}, status_code=400)
        if action == "release":
            rcpts = body.get("recipients")
            if rcpts is not None and not (isinstance(rcpts, list) and all(isinstance(r, str) for r in rcpts)):
                return JSONResponse({"error": "recipients: a list of addresses"}, status_code=400)
            outcome = await run_in_threadpool(s.actions.release, held_id, user.name, rcpts)
        elif action == "reject":
            outcome = await run_in_threadpool(s.actions.reject, held_id, user.name, str(body.get("reason", "")))
        else:
            return JSONResponse({"error": "unknown action"}, status_code=404)
        if outcome.ok:
            s.metrics.actions.labels(action).inc()
        return JSONResponse({"ok": outcome.ok, "message": outcome.message}, status_code=200 if outcome.ok else 409)

    def monitor_only(request: Request):
        # [web] metrics_allow: the address after a trusted proxy's X-Forwarded-For (TrustedProxy).
        if s.web.metrics_allowed(_client(request)):
            return None
        return PlainTextResponse("Forbidden: this address is not in [web] metrics_allow", status_code=403)

    async def healthz(request: Request):
        if refused := monitor_only(request):
            return refused
        try:
            state = await run_in_threadpool(queue_state, s.queue)
        except Exception as exc:  # noqa: BLE001 - unhealthy, said plainly
            return JSONResponse({"status": "error", "error": type(exc).__name__}, status_code=503)
        return JSONResponse({"status": "ok", "queue": state})

    async def metrics(request: Request):
        if refused := monitor_only(request):
            return refused
        body = await run_in_threadpool(s.metrics.text)
        return Response(body, media_type="text/plain; version=0.0.4; charset=utf-8")

    routes = [
        Route("/", home),
        Route("/login", login_form, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/held", held_list, methods=["GET"]),
        Route("/held/filter", set_filters, methods=["POST"]),
        Route("/held/bulk", bulk, methods=["POST"]),
        Route("/held/{id}", message, methods=["GET"]),
        Route("/held/{id}/unmask", unmask, methods=["POST"]),
        Route("/held/{id}/release", release, methods=["POST"]),
        Route("/held/{id}/reject", reject, methods=["POST"]),
        Route("/audit", audit, methods=["GET"]),
        Route("/dashboard", dashboard, methods=["GET"]),
        Route("/check", check_form, methods=["GET"]),
        Route("/check", check_page, methods=["POST"]),
        Route("/users", users, methods=["GET"]),
        Route("/users", users_change, methods=["POST"]),
        Route("/s/{token}", sender, methods=["GET", "POST"]),
        Route("/api/v1/check", api_check, methods=["POST"]),
        Route("/api/v1/held", api_list, methods=["GET", "POST"]),
        Route("/api/v1/held/{id}", api_one, methods=["GET"]),
        Route("/api/v1/held/{id}/{action}", api_action, methods=["POST"]),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/metrics", metrics, methods=["GET"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]

    @contextlib.asynccontextmanager
    async def lifespan(app):
        task = asyncio.create_task(s.purge_forever())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def not_found(request: Request, exc):
        return PlainTextResponse("Not found", status_code=404)

    app = Starlette(routes=routes, lifespan=lifespan, exception_handlers={404: not_found})
    app.state.web = s
    # Outermost first: the proxy's headers are read, then the session, then the security headers.
    # Bodies: a message (and its multipart wrapping) where one is expected, a small form elsewhere.
    message_limit = s.settings.max_message_size + FORM_SLACK
    limited = BodyLimit(app, {"/api/v1/check": s.settings.max_message_size, "/check": message_limit}, FORM_SLACK)
    return TrustedProxy(Sessions(SecurityHeaders(limited), s.secret, s.web), s.web)


def _timed_check(s: WebApp, raw: bytes):
    start = time.perf_counter()
    report = s.engine.check(raw)
    s.metrics.latency.observe(time.perf_counter() - start)
    s.metrics.checked.labels(str(report.verdict)).inc()
    return report


def create_app(config, settings, web: WebSettings, engine: Engine | None = None):
    return build(WebApp(config, settings, web, engine))


__all__ = ["create_app", "WebApp", "link_for", "REQUEST_KINDS"]
