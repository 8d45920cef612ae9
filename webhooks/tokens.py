"""JWT access tokens (HS256, PyJWT): role, subject, store; expiries as spec §9.2."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

import jwt

from commerce.tables import utcnow

Role = Literal["admin", "store_owner", "customer"]
LIFETIMES: dict[str, timedelta] = {  # spec §9.2
    "admin": timedelta(hours=24),
    "store_owner": timedelta(days=7),
    "customer": timedelta(days=30),
}
ALGORITHM = "HS256"


class InvalidToken(Exception):
    """The token is missing, malformed, expired or signed with another secret."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Claims:
    subject: str  # user id, customer id or owner phone
    role: Role
    store_id: str | None = None
    phone: str | None = None


def new_secret() -> str:
    return secrets.token_urlsafe(48)


def issue_token(secret: str, claims: Claims, *, lifetime: timedelta | None = None) -> str:
    now = utcnow()
    payload: dict[str, object] = {
        "sub": claims.subject, "role": claims.role, "iat": int(now.timestamp()),
        "exp": int((now + (lifetime or LIFETIMES[claims.role])).timestamp()),
        "jti": secrets.token_hex(8),
    }
    if claims.store_id:
        payload["store_id"] = claims.store_id
    if claims.phone:
        payload["phone"] = claims.phone
    return jwt.encode(payload, secret, algorithm=ALGORITHM)


def read_token(secret: str, token: str) -> Claims:
    try:
        payload = jwt.decode(token, secret, algorithms=[ALGORITHM], options={"require": ["exp", "sub", "role"]})
    except jwt.PyJWTError as exc:
        raise InvalidToken(str(exc)) from exc
    role = payload.get("role")
    if role not in LIFETIMES:
        raise InvalidToken("unknown role")
    return Claims(subject=str(payload["sub"]), role=role, store_id=payload.get("store_id"),
                  phone=payload.get("phone"))
