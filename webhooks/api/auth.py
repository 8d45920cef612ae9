"""What every admin-API handler uses (names are stable; other API modules build on them):

- `require(request, *roles)`: who is asking — the bearer token's Claims; 401 without a valid
  token, 403 when the role is not one of `roles`;
- `store_scope(claims, store_id)`: the tenant check — an admin reaches any store, an owner
  only their own (another store answers 404, exactly like a store that does not exist);
- `acting_store(request, claims)`: the store an inventory-style call works on — the owner's
  from the token, an admin's from `?store_id=`;
- `refuse_suspended_store(db, claims)`: an owner token of a suspended store opens nothing
  (403 STORE_SUSPENDED); the guards run it on every /api/v1 request, the live feed on its own;
- `ok(data, status=200)`: the success envelope {"success": true, "data": …};
- `read_json(request, schema)`: the body as a dict, checked against the JSON Schema the
  OpenAPI document shows (415 not JSON, 400 malformed, 422 naming the field). Numbers with
  a fraction come back as Decimal — convert rupees with `rupees_to_paise`, never via float;
- `accepts(*content_types)`: mark a handler that takes other bodies (CSV, multipart);
- `hit_limit(request, name, key, per_minute)`: an endpoint's own rate limit (429 + Retry-After);
- `database(request)`, `now(request)`, `page(request)`: the database, the clock, paging.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from aiohttp import web

from commerce.database import Database
from commerce.errors import InvalidInput, NotFound
from commerce.stores import store_status
from commerce.unit_of_work import UnitOfWork
from webhooks.api.errors import (
    ApiNotConfigured,
    BadJson,
    NotAuthenticated,
    StoreSuspended,
    TokenRejected,
    UnsupportedMediaType,
    WrongRole,
)
from webhooks.api.keys import CLOCK, JWT_SECRET, LIMITS, RATE_LIMITER, Limits
from webhooks.api.schema import Schema, check
from webhooks.keys import DATABASE
from webhooks.tokens import Claims, InvalidToken, Role, read_token

CLAIMS_KEY = web.RequestKey("api_claims", object)  # the parsed token (Claims or None), once per request
ACCEPTS_ATTR = "__vyapar_accepts__"
JSON_TYPES = ("application/json",)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
H = TypeVar("H", bound=Handler)


# -- who is asking ------------------------------------------------------------------------

def bearer_token(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def claims_of(request: web.Request) -> Claims | None:
    """The valid token's claims, or None (no token, or a bad one). Parsed once per request."""
    if CLAIMS_KEY in request:
        cached = request[CLAIMS_KEY]
        return cached if isinstance(cached, Claims) else None
    token = bearer_token(request)
    secret = request.config_dict.get(JWT_SECRET)
    claims: Claims | None = None
    if token is not None and secret is not None:
        try:
            claims = read_token(secret, token)
        except InvalidToken:
            claims = None
    request[CLAIMS_KEY] = claims
    return claims


def signing_secret(request: web.Request) -> str:
    """The JWT secret; 503 when the server runs without one."""
    secret = request.config_dict.get(JWT_SECRET)
    if secret is None:
        raise ApiNotConfigured("The API is not configured: set JWT_SECRET")
    return secret


def require(request: web.Request, *roles: Role) -> Claims:
    """The caller's claims; 401 without a valid token, 403 if the role is not allowed.
    With no roles given, any signed-in caller passes."""
    secret = signing_secret(request)
    token = bearer_token(request)
    if token is None:
        raise NotAuthenticated("Sign in first: send Authorization: Bearer <token>",
                               field="Authorization", reason="Missing bearer token")
    try:
        claims = read_token(secret, token)
    except InvalidToken as exc:
        reason = "Token expired" if "expired" in str(exc).lower() else "Token invalid"
        raise TokenRejected("The token is not valid; sign in again", field="token", reason=reason) from exc
    request[CLAIMS_KEY] = claims
    if roles and claims.role not in roles:
        raise WrongRole("This account may not do that", role=claims.role)
    return claims


def store_scope(claims: Claims, store_id: str) -> str:
    """The store this caller may touch: an admin any, an owner only their own. Another
    store's id answers 404 like a missing store, so ids of other shops are never confirmed."""
    if claims.role == "admin":
        return store_id
    if claims.role == "store_owner":
        if claims.store_id is not None and claims.store_id == store_id:
            return store_id
        raise NotFound(f"store {store_id} not found", store_id=store_id)
    raise WrongRole("This account may not do that", role=claims.role)


def acting_store(request: web.Request, claims: Claims) -> str:
    """The store an inventory-style call acts on: an owner's from the token; an admin names
    it with ?store_id=. Anyone else is refused."""
    if claims.role == "store_owner" and claims.store_id:
        asked = request.query.get("store_id")
        return store_scope(claims, asked) if asked else claims.store_id
    if claims.role == "admin":
        store_id = request.query.get("store_id", "").strip()
        if not store_id:
            raise InvalidInput("store_id", "Admins name the store: ?store_id=STORE-…")
        return store_id
    raise WrongRole("This account may not do that", role=claims.role)


async def store_suspended(db: Database, store_id: str) -> bool:
    """Whether the store is suspended now: one primary-key read, never cached, so suspending
    and activating take effect on the very next request."""
    async with UnitOfWork(db, write=False) as uow:
        return await store_status(uow, store_id) == "suspended"


async def refuse_suspended_store(db: Database, claims: Claims | None) -> None:
    """403 STORE_SUSPENDED for an owner token whose store is suspended (a token issued before
    the suspension included); it works again once the store is activated. Other tokens pass."""
    if claims is None or claims.role != "store_owner" or not claims.store_id:
        return
    if await store_suspended(db, claims.store_id):
        raise StoreSuspended("This store is suspended; its owner's token works again once an admin "
                             "activates it", store_id=claims.store_id)


# -- answers ------------------------------------------------------------------------------

def _plain(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=_plain)


def ok(data: object, status: int = 200, *, headers: dict[str, str] | None = None) -> web.Response:
    """The success envelope of spec §8.9: {"success": true, "data": …}."""
    return web.Response(status=status, text=dumps({"success": True, "data": data}),
                        content_type="application/json", headers=headers)


# -- bodies -------------------------------------------------------------------------------

def accepts(*content_types: str) -> Callable[[H], H]:
    """Let a handler take bodies other than JSON (the content-type check reads this)."""

    def mark(handler: H) -> H:
        setattr(handler, ACCEPTS_ATTR, tuple(content_types))
        return handler

    return mark


def accepted_types(handler: object) -> tuple[str, ...]:
    found: tuple[str, ...] = getattr(handler, ACCEPTS_ATTR, JSON_TYPES)
    return found


def _no_constants(name: str) -> object:
    raise ValueError(f"{name} is not allowed in JSON")


async def read_json(request: web.Request, schema: Schema | None = None) -> dict[str, Any]:
    """The body as a JSON object, checked against `schema` (JSON Schema, as documented).
    415 when it is not JSON, 400 when it does not parse, 422 (naming the field) when it
    breaks the schema. Fractional numbers are Decimal."""
    if request.content_type not in JSON_TYPES:
        raise UnsupportedMediaType("Send the body as application/json", content_type=request.content_type)
    raw = await request.read()
    try:
        body = json.loads(raw.decode("utf-8"), parse_float=Decimal, parse_constant=_no_constants)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise BadJson("Request body is not valid JSON", reason=type(exc).__name__) from exc
    if not isinstance(body, dict):
        raise InvalidInput("body", "The body must be a JSON object")
    check(body, schema or {"type": "object"})
    return body


def rupees_to_paise(value: object, field: str) -> int:
    """A JSON number of rupees (at most 2 decimals) → integer paise, exactly (Decimal)."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise InvalidInput(field, f"{field} must be a number of rupees")
    try:
        amount = Decimal(value)
        if not amount.is_finite():
            raise InvalidInput(field, f"{field} must be a number of rupees")
        paise = amount * 100
        if paise != paise.to_integral_value():
            raise InvalidInput(field, f"{field} takes at most 2 decimal places")
    except InvalidOperation as exc:
        raise InvalidInput(field, f"{field} must be a number of rupees") from exc
    return int(paise)


def paise_to_rupees(paise: int) -> float:
    """For fields the spec shows in rupees. Exact for any paise amount below 2**53."""
    return float(Decimal(paise) / 100)


def number(value: object, field: str) -> float:
    """A plain measurement (km, grams, degrees) from a JSON number."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise InvalidInput(field, f"{field} must be a number")
    return float(value)


# -- context ------------------------------------------------------------------------------

def database(request: web.Request) -> Database:
    return request.config_dict[DATABASE]


def now(request: web.Request) -> datetime:
    return request.config_dict[CLOCK]()


def limits(request: web.Request) -> Limits:
    return request.config_dict[LIMITS]


def client_ip(request: web.Request) -> str:
    return request.remote or "unknown"


async def hit_limit(request: web.Request, name: str, key: str, per_minute: int) -> None:
    """Count one request against `name:key`; over the limit answers 429 with Retry-After."""
    verdict = await request.config_dict[RATE_LIMITER].hit(f"{name}:{key}", per_minute, 60)
    if not verdict.allowed:
        raise web.HTTPTooManyRequests(headers={"Retry-After": str(verdict.retry_after_s)})


def page(request: web.Request, *, default_limit: int = 50, max_limit: int = 200) -> tuple[int, int]:
    """?limit=&offset= as (limit, offset), checked."""
    def whole(name: str, default: int, low: int, high: int) -> int:
        raw = request.query.get(name)
        if raw is None or raw == "":
            return default
        if not raw.isdigit() or not low <= int(raw) <= high:
            raise InvalidInput(name, f"{name} must be a whole number from {low} to {high}")
        return int(raw)

    return whole("limit", default_limit, 1, max_limit), whole("offset", 0, 0, 1_000_000)
