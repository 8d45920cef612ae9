"""Signing in (spec §8.2, §9): a one-time code by phone for store owners and customers, sent
through the chat outbox (never in the HTTP answer), and email + password for admins. Every
success returns an HS256 JWT with the role, and the store for owners, plus a refresh token
(7 days, spec §9.2). POST /auth/refresh trades a refresh token, once, for a new pair; the
account must still be able to sign in (an active admin, an owner of a store not suspended,
a customer that still exists)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from aiohttp import web
from sqlalchemy import delete, select

from commerce import validation as v
from commerce.accounts import OTP_LIFETIME, OtpCheck, check_password, issue_otp, verify_otp
from commerce.customers import get_or_create_customer
from commerce.errors import DomainError
from commerce.stores import stores_owned_by
from commerce.tables import ChatSession, Customer, UsedRefreshToken, User, utcnow
from commerce.unit_of_work import UnitOfWork
from commerce.upsert import insert_if_absent
from webhooks.api.auth import client_ip, database, hit_limit, limits, now, ok, read_json, signing_secret
from webhooks.api.errors import StoreSuspended, TokenRejected
from webhooks.api.openapi import API_PREFIX, obj, operation
from webhooks.tokens import (
    LIFETIMES,
    REFRESH_LIFETIME,
    Claims,
    InvalidToken,
    issue_refresh_token,
    issue_token,
    read_refresh_token,
)

routes = web.RouteTableDef()

PHONE = {"type": "string", "minLength": 1, "maxLength": 20, "description": "Indian mobile, e.g. +919876543210"}
SEND_OTP = obj({"phone": PHONE})
VERIFY_OTP = obj({"phone": PHONE, "otp": {"type": "string", "minLength": 1, "maxLength": 10}}, required=["phone", "otp"])
VERIFY_OWNER_OTP = obj({**VERIFY_OTP["properties"], "store_id": {"type": "string", "maxLength": 64}},
                       required=["phone", "otp"])
ADMIN_LOGIN = obj({"email": {"type": "string", "minLength": 1, "maxLength": 254},
                   "password": {"type": "string", "minLength": 1, "maxLength": 200}})
OTP_SENT = obj({"sent": {"const": True}, "expires_in": {"type": "integer"}, "message": {"type": "string"}})
REFRESH = obj({"refresh_token": {"type": "string", "minLength": 1, "maxLength": 4096}})
TOKEN = obj({
    "access_token": {"type": "string"}, "token_type": {"const": "bearer"}, "expires_in": {"type": "integer"},
    "refresh_token": {"type": "string", "description": "for POST /api/v1/auth/refresh only; works once"},
    "refresh_expires_in": {"type": "integer"},
    "role": {"enum": ["admin", "store_owner", "customer"]},
    "store_id": {"type": ["string", "null"]}, "customer_id": {"type": ["string", "null"]},
    "stores": {"type": "array", "items": obj({"store_id": {"type": "string"}, "name": {"type": "string"}})},
})


class OtpRefused(DomainError):
    code = "INVALID_OTP"
    http_status = 401


class LoginRefused(DomainError):
    code = "INVALID_CREDENTIALS"
    http_status = 401


_REFUSALS = {
    OtpCheck.WRONG: ("INVALID_OTP", "The code is not right"),
    OtpCheck.EXPIRED: ("OTP_EXPIRED", "The code has expired or was already used; ask for a new one"),
    OtpCheck.TOO_MANY_ATTEMPTS: ("OTP_LOCKED", "Too many wrong tries; ask for a new code"),
}


def _otp_key(request: web.Request) -> bytes:
    return f"otp:{signing_secret(request)}".encode()


def _token_answer(request: web.Request, claims: Claims, **extra: Any) -> web.Response:
    """An access token for the role's lifetime and a refresh token (7 days) for the same claims."""
    secret = signing_secret(request)
    data = {"access_token": issue_token(secret, claims), "token_type": "bearer",
            "expires_in": int(LIFETIMES[claims.role].total_seconds()),
            "refresh_token": issue_refresh_token(secret, claims),
            "refresh_expires_in": int(REFRESH_LIFETIME.total_seconds()), "role": claims.role,
            "store_id": claims.store_id, "customer_id": None, "stores": []}
    data.update(extra)
    return ok(data)


async def _send_code(request: web.Request, purpose: str, phone: str, *, deliver: bool) -> web.Response:
    """Issue a code and queue it on the outbox in one transaction. When `deliver` is false
    (a phone that owns no store) nothing is sent, and the answer is the same."""
    key = _otp_key(request)
    if deliver:
        async with UnitOfWork(database(request)) as uow:
            issued = await issue_otp(uow, phone, purpose, key=key, now=now(request))
            chat_id = issued.phone.lstrip("+")  # WhatsApp addresses a number by its digits
            locale = await uow.session.scalar(select(ChatSession.locale).where(
                ChatSession.channel == "whatsapp", ChatSession.sender_id == chat_id))
            uow.add_outbox("otp", {"phone": issued.phone, "chat_id": chat_id, "code": issued.code,
                                   "purpose": purpose, "locale": locale or "en",
                                   "minutes": int(OTP_LIFETIME.total_seconds() // 60),
                                   "expires_at": issued.expires_at.isoformat(), "channel": "whatsapp"})
            await uow.commit()
    return ok({"sent": True, "expires_in": int(OTP_LIFETIME.total_seconds()),
               "message": "If this number can sign in, a code is on its way by chat"})


async def _check_code(request: web.Request, uow: UnitOfWork, purpose: str, phone: str, code: str) -> None:
    """Verify and commit the attempt count; raise the refusal after committing."""
    verdict = await verify_otp(uow, phone, purpose, code, key=_otp_key(request), now=now(request))
    await uow.commit()
    if verdict is not OtpCheck.ACCEPTED:
        error_code, message = _REFUSALS[verdict]
        refusal = OtpRefused(message, field="otp")
        refusal.code = error_code
        raise refusal


@routes.post("/auth/send-otp")
async def owner_send_otp(request: web.Request) -> web.Response:
    body = await read_json(request, SEND_OTP)
    phone = v.indian_phone(body["phone"])
    signing_secret(request)
    await hit_limit(request, "otp-send", phone, limits(request).otp_send)
    async with UnitOfWork(database(request), write=False) as uow:
        owns = bool(await stores_owned_by(uow, phone))
    return await _send_code(request, "store_owner", phone, deliver=owns)


@routes.post("/auth/verify-otp")
async def owner_verify_otp(request: web.Request) -> web.Response:
    body = await read_json(request, VERIFY_OWNER_OTP)
    phone = v.indian_phone(body["phone"])
    signing_secret(request)
    await hit_limit(request, "otp-verify", phone, limits(request).otp_verify)
    async with UnitOfWork(database(request)) as uow:
        await _check_code(request, uow, "store_owner", phone, body["otp"])
    async with UnitOfWork(database(request), write=False) as uow:
        stores = await stores_owned_by(uow, phone)
    if not stores:
        raise OtpRefused("This number does not own a store", field="phone")
    usable = [s for s in stores if s.status != "suspended"]
    chosen = usable[0] if usable else stores[0]
    if body.get("store_id"):
        matching = [s for s in stores if s.id == body["store_id"]]
        if not matching:
            raise OtpRefused("This number does not own that store", field="store_id")
        chosen = matching[0]
    if chosen.status == "suspended":
        raise StoreSuspended("This store is suspended", field="store_id", store_id=chosen.id)
    claims = Claims(subject=phone, role="store_owner", store_id=chosen.id, phone=phone)
    return _token_answer(request, claims, stores=[{"store_id": s.id, "name": s.name} for s in stores])


@routes.post("/customer/auth/send-otp")
async def customer_send_otp(request: web.Request) -> web.Response:
    body = await read_json(request, SEND_OTP)
    phone = v.indian_phone(body["phone"])
    signing_secret(request)
    await hit_limit(request, "otp-send", phone, limits(request).otp_send)
    return await _send_code(request, "customer", phone, deliver=True)


@routes.post("/customer/auth/verify-otp")
async def customer_verify_otp(request: web.Request) -> web.Response:
    """A new customer gets a profile (spec §9.1); a known one, by phone, keeps theirs."""
    body = await read_json(request, VERIFY_OTP)
    phone = v.indian_phone(body["phone"])
    signing_secret(request)
    await hit_limit(request, "otp-verify", phone, limits(request).otp_verify)
    async with UnitOfWork(database(request)) as uow:
        await _check_code(request, uow, "customer", phone, body["otp"])
    async with UnitOfWork(database(request)) as uow:
        customer = await uow.session.scalar(
            select(Customer).where(Customer.phone == phone).order_by(Customer.created_at).limit(1))
        if customer is None:
            customer = await get_or_create_customer(uow, "web", phone, phone=phone)
        await uow.commit()
    claims = Claims(subject=customer.id, role="customer", phone=phone)
    return _token_answer(request, claims, customer_id=customer.id)


@routes.post("/admin/auth/login")
async def admin_login(request: web.Request) -> web.Response:
    signing_secret(request)
    body = await read_json(request, ADMIN_LOGIN)
    email = body["email"].strip().lower()
    await hit_limit(request, "login-ip", client_ip(request), limits(request).login)
    await hit_limit(request, "login", email, limits(request).login)
    async with UnitOfWork(database(request)) as uow:
        user = await check_password(uow, email, body["password"], now=now(request))
        await uow.commit()
    if user is None:
        raise LoginRefused("Email or password is not right")
    return _token_answer(request, Claims(subject=user.id, role="admin"))


# -- refresh -------------------------------------------------------------------------------

PRUNE_AFTER = timedelta(hours=1)  # used-token rows are kept this long past their token's expiry


def _refused(reason: str, message: str = "The refresh token is not valid; sign in again") -> TokenRejected:
    return TokenRejected(message, field="refresh_token", reason=reason)


async def _still_signed_in(uow: UnitOfWork, claims: Claims) -> dict[str, Any]:
    """What signing in checks, checked again: an active admin account; a phone that still owns
    the token's store, and a store that is not suspended; a customer that still exists. The
    answer's extra fields (the owner's stores, the customer id), or a 401 — a suspended store a
    403 STORE_SUSPENDED, as every other owner request gets (the token is kept for later)."""
    if claims.role == "admin":
        user = await uow.session.get(User, claims.subject)
        if user is None or not user.is_active:  # as find_admin: only active accounts sign in
            raise _refused("Account not active", "This account can no longer sign in")
        return {}
    if claims.role == "store_owner":
        stores = await stores_owned_by(uow, claims.subject)
        mine = [s for s in stores if s.id == claims.store_id]
        if not mine:
            raise _refused("Store not owned", "This number no longer owns that store; sign in again")
        if mine[0].status == "suspended":
            raise StoreSuspended("This store is suspended; the refresh token works again once an admin activates it",
                                 field="refresh_token", store_id=mine[0].id)
        return {"stores": [{"store_id": s.id, "name": s.name} for s in stores]}
    customer = await uow.session.get(Customer, claims.subject)
    if customer is None:
        raise _refused("Account not found", "This account can no longer sign in")
    return {"customer_id": customer.id}


@routes.post("/auth/refresh")
async def refresh(request: web.Request) -> web.Response:
    """A refresh token → a new access token (same role, subject and store; the role's lifetime)
    and a new refresh token. The old one is spent: its id is inserted once (the claim), so a
    replay — even two requests at the same moment — gets 401."""
    secret = signing_secret(request)
    await hit_limit(request, "refresh-ip", client_ip(request), limits(request).refresh)
    body = await read_json(request, REFRESH)
    try:
        presented = read_refresh_token(secret, body["refresh_token"])
    except InvalidToken as exc:
        raise _refused("Token expired" if "expired" in str(exc).lower() else "Token invalid") from exc
    claims = presented.claims
    async with UnitOfWork(database(request)) as uow:
        extra = await _still_signed_in(uow, claims)
        first_use = await insert_if_absent(uow, UsedRefreshToken, {
            "jti": presented.jti, "role": claims.role, "subject": claims.subject[:64],
            "expires_at": presented.expires_at, "used_at": now(request)})
        if not first_use:
            raise _refused("Token already used", "This refresh token was already used; sign in again")
        # tokens' own clock (the exp check), not the API's: a row goes only once its token cannot pass
        await uow.session.execute(
            delete(UsedRefreshToken).where(UsedRefreshToken.expires_at < utcnow() - PRUNE_AFTER))
        await uow.commit()
    return _token_answer(request, claims, **extra)


_OTP_NOTE = ("The code goes out by chat (WhatsApp) through the outbox; it is never in this answer. "
             "5 requests a minute per phone; the code lives 5 minutes.")
_VERIFY_NOTE = "10 tries a minute per phone; a code allows 5 attempts and works once."
PATHS: dict[str, dict[str, Any]] = {
    f"{API_PREFIX}/auth/send-otp": {"post": operation(
        "Send a sign-in code to a store owner's phone", tag="auth", roles=None, body=SEND_OTP, data=OTP_SENT,
        description=_OTP_NOTE + " The answer is the same whether or not the phone owns a store.")},
    f"{API_PREFIX}/auth/verify-otp": {"post": operation(
        "Exchange an owner's code for a token (role store_owner, 7 days)", tag="auth", roles=None,
        body=VERIFY_OWNER_OTP, data=TOKEN,
        description=_VERIFY_NOTE + " The token opens store_id if given, else the number's first store that is "
                                   "not suspended; a suspended store answers 403 STORE_SUSPENDED.")},
    f"{API_PREFIX}/customer/auth/send-otp": {"post": operation(
        "Send a sign-in code to a customer's phone", tag="auth", roles=None, body=SEND_OTP, data=OTP_SENT,
        description=_OTP_NOTE)},
    f"{API_PREFIX}/customer/auth/verify-otp": {"post": operation(
        "Exchange a customer's code for a token (role customer, 30 days)", tag="auth", roles=None,
        body=VERIFY_OTP, data=TOKEN, description=_VERIFY_NOTE)},
    f"{API_PREFIX}/admin/auth/login": {"post": operation(
        "Admin sign-in with email and password (role admin, 24 hours)", tag="auth", roles=None,
        body=ADMIN_LOGIN, data=TOKEN, description="10 tries a minute per email and per IP address.")},
    f"{API_PREFIX}/auth/refresh": {"post": operation(
        "Trade a refresh token for a new token and a new refresh token (same role, store)", tag="auth",
        roles=None, body=REFRESH, data=TOKEN,
        description="Every sign-in answer carries a refresh_token (7 days); it is good only here, never as "
                    "a bearer token, and works once: the answer has the next one. Refused (401) when expired, "
                    "altered, already used, or when the account can no longer sign in (an inactive admin, a "
                    "removed customer); 403 STORE_SUSPENDED for a suspended store's owner, as on every owner "
                    "request (the refresh token is not spent). 30 requests a minute per IP address.")},
}
