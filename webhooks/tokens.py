"""JWT tokens (HS256, PyJWT): role, subject, store; expiries as spec §9.2.

Two kinds, told apart by the "typ" claim:
- access tokens ("typ": "access"; tokens issued before the claim existed have none) open the
  API, the owner page, the live feed and the web chat — admin 24 h, owner 7 days, customer 30 days;
- refresh tokens ("typ": "refresh", 7 days) are good only at POST /api/v1/auth/refresh, which
  trades one, once, for a new access token and a new refresh token. `read_token` refuses them,
  so they never work as a bearer token; `read_refresh_token` refuses access tokens."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

import jwt

from commerce.tables import utcnow

Role = Literal["admin", "store_owner", "customer"]
LIFETIMES: dict[str, timedelta] = {  # spec §9.2
    "admin": timedelta(hours=24),
    "store_owner": timedelta(days=7),
    "customer": timedelta(days=30),
}
REFRESH_LIFETIME = timedelta(days=7)  # spec §9.2 "Refresh Token"
ACCESS, REFRESH = "access", "refresh"  # the "typ" claim
ALGORITHM = "HS256"


class InvalidToken(Exception):
    """The token is missing, malformed, expired, signed with another secret or of the other kind."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Claims:
    subject: str  # user id, customer id or owner phone
    role: Role
    store_id: str | None = None
    phone: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RefreshClaims:
    claims: Claims  # whom the next access token is for
    jti: str  # the token's id: each refresh token is exchanged once (commerce.tables.UsedRefreshToken)
    expires_at: datetime


def new_secret() -> str:
    return secrets.token_urlsafe(48)


def _encode(secret: str, claims: Claims, *, kind: str, lifetime: timedelta, jti: str) -> str:
    now = utcnow()
    payload: dict[str, object] = {
        "sub": claims.subject, "role": claims.role, "typ": kind, "iat": int(now.timestamp()),
        "exp": int((now + lifetime).timestamp()), "jti": jti,
    }
    if claims.store_id:
        payload["store_id"] = claims.store_id
    if claims.phone:
        payload["phone"] = claims.phone
    return jwt.encode(payload, secret, algorithm=ALGORITHM)


def issue_token(secret: str, claims: Claims, *, lifetime: timedelta | None = None) -> str:
    """An access token, for the role's lifetime (LIFETIMES) unless told otherwise."""
    return _encode(secret, claims, kind=ACCESS, lifetime=lifetime or LIFETIMES[claims.role],
                   jti=secrets.token_hex(8))


def issue_refresh_token(secret: str, claims: Claims, *, lifetime: timedelta | None = None) -> str:
    """A refresh token for the same role, subject and store (7 days unless told otherwise)."""
    return _encode(secret, claims, kind=REFRESH, lifetime=lifetime or REFRESH_LIFETIME,
                   jti=secrets.token_hex(16))


def _decode(secret: str, token: str, *, kind: str) -> tuple[Claims, dict[str, object]]:
    required = ["exp", "sub", "role"] + (["jti", "typ"] if kind == REFRESH else [])
    try:
        payload = jwt.decode(token, secret, algorithms=[ALGORITHM], options={"require": required})
    except jwt.PyJWTError as exc:
        raise InvalidToken(str(exc)) from exc
    if payload.get("typ", ACCESS) != kind:  # no "typ": an access token from before the claim
        raise InvalidToken(f"not an {kind} token" if kind == ACCESS else f"not a {kind} token")
    role = payload.get("role")
    if not isinstance(role, str) or role not in LIFETIMES:
        raise InvalidToken("unknown role")
    claims = Claims(subject=str(payload["sub"]), role=role, store_id=payload.get("store_id"),
                    phone=payload.get("phone"))
    return claims, payload


def read_token(secret: str, token: str) -> Claims:
    """An access token's claims; InvalidToken for anything else (refresh tokens included)."""
    return _decode(secret, token, kind=ACCESS)[0]


def read_refresh_token(secret: str, token: str) -> RefreshClaims:
    """A refresh token's claims, id and expiry; InvalidToken for anything else."""
    claims, payload = _decode(secret, token, kind=REFRESH)
    jti, exp = payload["jti"], payload["exp"]
    if not isinstance(jti, str) or not 1 <= len(jti) <= 64 or isinstance(exp, bool) or not isinstance(exp, int):
        raise InvalidToken("malformed refresh token")
    return RefreshClaims(claims=claims, jti=jti, expires_at=datetime.fromtimestamp(exp, UTC))
