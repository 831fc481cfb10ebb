"""The sender's link: signed (HMAC-SHA256 with the server secret), expiring, scoped to one held
message. No login: whoever holds the link acts for the sender of that one message, so it goes
only to the envelope sender, in the explanation email.

    from bedside.proxy.holds.links import sender_link
    url = sender_link(config, held_id)   # for the explanation email's template ({{ sender_link }})
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from bedside.proxy.settings import WebSettings, load_web_settings, server_secret

SALT = "bedside sender link"


def _serializer(secret: bytes) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret, salt=SALT, signer_kwargs={"digest_method": hashlib.sha256})


def make_token(secret: bytes, held_id: str) -> str:
    return _serializer(secret).dumps({"m": held_id})


def read_token(secret: bytes, token: str, max_age_days: float) -> str | None:
    """The held id the token is for, or None when it is forged, damaged or expired."""
    try:
        data = _serializer(secret).loads(token, max_age=max_age_days * 86400)
    except (SignatureExpired, BadSignature):
        return None
    return data.get("m") if isinstance(data, dict) and isinstance(data.get("m"), str) else None


def link_for(web: WebSettings, secret: bytes, held_id: str) -> str:
    base = web.public_url or f"http://{web.listen[0]}:{web.listen[1]}"
    return f"{base}/s/{make_token(secret, held_id)}"


def sender_link(config, held_id: str, data_dir: Path | None = None) -> str:
    """The full self-service URL for one held message, from the layered config ([web] public_url,
    secret_file; data_dir from [serve] when not given)."""
    from bedside.proxy.settings import load_serve_settings

    web = load_web_settings(config)
    data_dir = data_dir or load_serve_settings(config).data_dir
    return link_for(web, server_secret(web, data_dir), held_id)
