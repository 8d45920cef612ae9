"""Refresh tokens (spec §9.2: 7 days): every sign-in answer carries one; POST /api/v1/auth/refresh
trades it, once, for a new token of the same role, subject and store and a new refresh token.
A refresh token is never a bearer token; expired, altered, foreign, reused (also twice at the
same moment, on SQLite and PostgreSQL) or of a closed account, it is refused with 401 in the
spec's error envelope. Tokens run on the wall clock (webhooks.tokens.utcnow, PyJWT's exp
check), not the API's clock, so expiry is tested by issuing in the past."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import jwt
import pytest
from sqlalchemy import select, update

from commerce.accounts import issue_otp
from commerce.tables import AuditEntry, Customer, Store, UsedRefreshToken, User, utcnow
from commerce.unit_of_work import UnitOfWork
from tests.e2e.api.conftest import ADMIN_EMAIL, ADMIN_PASSWORD, SECRET, Api, fresh_postgres_database, start_api
from webhooks.api.audit import AUDIT
from webhooks.api.keys import Limits
from webhooks.tokens import (
    LIFETIMES,
    REFRESH_LIFETIME,
    Claims,
    issue_refresh_token,
    issue_token,
    read_refresh_token,
    read_token,
)

OWNER, CUSTOMER = "+919876543210", "+919811112222"  # owner of store A, the seeded customer
REFRESH = "/api/v1/auth/refresh"
ROLES = ("admin", "store_owner", "customer")


async def _code(api: Api, phone: str, purpose: str) -> str:
    async with UnitOfWork(api.db) as uow:
        issued = await issue_otp(uow, phone, purpose, key=f"otp:{SECRET}".encode(), now=api.clock())
        await uow.commit()
    return issued.code


async def sign_in(api: Api, role: str, phone: str | None = None) -> dict[str, Any]:
    """The data of a real sign-in answer for this role."""
    if role == "admin":
        answer = await api.call("POST", "/api/v1/admin/auth/login",
                                json={"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
    elif role == "store_owner":
        code = await _code(api, OWNER, "store_owner")
        answer = await api.call("POST", "/api/v1/auth/verify-otp", json={"phone": OWNER, "otp": code})
    else:
        phone = phone or CUSTOMER
        code = await _code(api, phone, "customer")
        answer = await api.call("POST", "/api/v1/customer/auth/verify-otp", json={"phone": phone, "otp": code})
    assert answer.status == 200, answer.body
    data: dict[str, Any] = answer.body["data"]
    return data


async def refresh(api: Api, token: str, **kwargs: Any) -> Any:
    return await api.call("POST", REFRESH, json={"refresh_token": token}, **kwargs)


def assert_refused(answer: Any, reason: str) -> None:
    assert answer.status == 401, answer.body
    assert answer.body["success"] is False and answer.body["error_code"] == "INVALID_TOKEN", answer.body
    assert answer.body["details"] == {"field": "refresh_token", "reason": reason}, answer.body


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


# -- the sign-in answers ----------------------------------------------------------------------

@pytest.mark.parametrize("role", ROLES)
async def test_every_sign_in_answers_with_a_refresh_token_too(api: Api, role: str) -> None:
    data = await sign_in(api, role)
    # the token and its lifetime are as they were
    assert data["token_type"] == "bearer" and data["role"] == role
    assert data["expires_in"] == int(LIFETIMES[role].total_seconds())
    access = read_token(SECRET, data["access_token"])
    # the refresh token: 7 days, the same claims, its own type
    assert data["refresh_expires_in"] == 7 * 24 * 3600 == int(REFRESH_LIFETIME.total_seconds())
    payload = jwt.decode(data["refresh_token"], SECRET, algorithms=["HS256"])
    assert payload["typ"] == "refresh" and payload["exp"] - payload["iat"] == 7 * 24 * 3600
    assert jwt.decode(data["access_token"], SECRET, algorithms=["HS256"])["typ"] == "access"
    assert read_refresh_token(SECRET, data["refresh_token"]).claims == access
    assert data["refresh_token"] != data["access_token"]


# -- refreshing ------------------------------------------------------------------------------

@pytest.mark.parametrize("role", ROLES)
async def test_refresh_gives_a_new_pair_for_the_same_role_subject_and_store(api: Api, role: str) -> None:
    signed_in = await sign_in(api, role)
    before = read_token(SECRET, signed_in["access_token"])
    answer = await refresh(api, signed_in["refresh_token"])
    assert answer.status == 200, answer.body
    data = answer.body["data"]
    after = read_token(SECRET, data["access_token"])
    assert after == before  # role, subject, store and phone
    assert data["expires_in"] == int(LIFETIMES[role].total_seconds()) and data["role"] == role
    assert data["refresh_expires_in"] == 7 * 24 * 3600
    assert data["refresh_token"] != signed_in["refresh_token"]
    assert read_refresh_token(SECRET, data["refresh_token"]).claims == before
    # the same extra fields as the sign-in answer
    for key in ("store_id", "customer_id", "stores"):
        assert data[key] == signed_in[key], key
    if role == "admin":
        assert (await api.call("GET", "/api/v1/stores", headers=_bearer(data["access_token"]))).status == 200
    elif role == "store_owner":
        assert after.store_id == api.ids["store_a"]
        mine = await api.call("GET", f"/api/v1/stores/{api.ids['store_a']}", headers=_bearer(data["access_token"]))
        assert mine.status == 200
    else:
        assert after.subject == api.ids["customer"] == data["customer_id"]
    # and the chain goes on: the new refresh token works in turn
    again = await refresh(api, data["refresh_token"])
    assert again.status == 200 and read_token(SECRET, again.body["data"]["access_token"]) == before


async def test_a_refresh_token_works_once(api: Api) -> None:
    first = await sign_in(api, "store_owner")
    rotated = await refresh(api, first["refresh_token"])
    assert rotated.status == 200
    assert_refused(await refresh(api, first["refresh_token"]), "Token already used")
    assert_refused(await refresh(api, first["refresh_token"]), "Token already used")
    # the refused replays spent nothing: the rotated token still works, once
    nxt = rotated.body["data"]["refresh_token"]
    assert (await refresh(api, nxt)).status == 200
    assert_refused(await refresh(api, nxt), "Token already used")
    async with UnitOfWork(api.db, write=False) as uow:
        rows = (await uow.session.scalars(select(UsedRefreshToken))).all()
    jtis = {read_refresh_token(SECRET, t).jti for t in (first["refresh_token"], nxt)}
    assert {r.jti for r in rows} == jtis
    assert {(r.role, r.subject) for r in rows} == {("store_owner", OWNER)}


async def test_a_refresh_token_is_not_a_bearer_token_anywhere(api: Api) -> None:
    owner = await sign_in(api, "store_owner")
    admin = await sign_in(api, "admin")
    for token in (owner["refresh_token"], admin["refresh_token"]):
        stores = await api.call("GET", "/api/v1/stores", headers=_bearer(token))
        assert stores.status == 401 and stores.body["error_code"] == "INVALID_TOKEN"
        assert stores.body["details"] == {"field": "token", "reason": "Token invalid"}
    store = await api.call("GET", f"/api/v1/stores/{api.ids['store_a']}", headers=_bearer(owner["refresh_token"]))
    assert store.status == 401
    items = await api.call("GET", "/api/v1/inventory/products", headers=_bearer(owner["refresh_token"]))
    assert items.status == 401
    # the owner's web chat and live feed refuse it too
    chat = await api.call("POST", "/api/v1/chat/web", headers=_bearer(owner["refresh_token"]),
                          json={"user_id": "refresh-as-bearer", "text": "hi"})
    assert chat.status == 401
    feed = await api.client.get(f"/ws/feed?token={owner['refresh_token']}")
    assert feed.status == 401
    # while the access token of the same sign-in opens all of them
    assert (await api.call("GET", "/api/v1/inventory/products", headers=_bearer(owner["access_token"]))).status == 200
    assert (await api.call("POST", "/api/v1/chat/web", headers=_bearer(owner["access_token"]),
                           json={"user_id": "refresh-as-bearer", "text": "hi"})).status == 200
    # and the other way round: an access token is no refresh token
    assert_refused(await refresh(api, owner["access_token"]), "Token invalid")
    assert_refused(await refresh(api, api.tokens["admin"]), "Token invalid")


async def test_an_expired_refresh_token_is_refused(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    real_now = utcnow()
    monkeypatch.setattr("webhooks.tokens.utcnow", lambda: real_now - timedelta(days=7, seconds=5))
    stale = await sign_in(api, "admin")
    monkeypatch.setattr("webhooks.tokens.utcnow", lambda: real_now - timedelta(days=7) + timedelta(minutes=1))
    nearly = await sign_in(api, "customer")
    monkeypatch.undo()
    assert_refused(await refresh(api, stale["refresh_token"]), "Token expired")
    assert (await refresh(api, nearly["refresh_token"])).status == 200  # a minute left: still good
    short = issue_refresh_token(SECRET, Claims(subject=api.ids["admin"], role="admin"), lifetime=timedelta(seconds=-1))
    assert_refused(await refresh(api, short), "Token expired")


def _b64(part: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(part).encode()).rstrip(b"=").decode()


async def test_altered_or_foreign_refresh_tokens_are_refused(api: Api) -> None:
    data = await sign_in(api, "customer")
    token = data["refresh_token"]
    header, payload, signature = token.split(".")
    claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    as_admin = ".".join([header, _b64({**claims, "role": "admin", "sub": api.ids["admin"]}), signature])
    other_store = ".".join([header, _b64({**claims, "role": "store_owner", "store_id": api.ids["store_b"]}), signature])
    flipped = ".".join([header, payload, signature[:-2] + ("AA" if signature[-2:] != "AA" else "BB")])
    foreign = issue_refresh_token("another-secret-" + "y" * 40, Claims(subject=api.ids["admin"], role="admin"))
    unsigned = jwt.encode({**claims, "role": "admin"}, key=None, algorithm="none")  # type: ignore[arg-type]
    no_jti = jwt.encode({k: v for k, v in claims.items() if k != "jti"}, SECRET, algorithm="HS256")
    bad_role = jwt.encode({**claims, "role": "super_admin"}, SECRET, algorithm="HS256")
    for bad in (as_admin, other_store, flipped, foreign, unsigned, no_jti, bad_role, "not.a.token", "x"):
        assert_refused(await refresh(api, bad), "Token invalid")
    # malformed bodies are the usual 422 naming the field
    for body in ({}, {"refresh_token": ""}, {"refresh_token": 7}, {"refresh_token": token, "extra": 1}):
        answer = await api.call("POST", REFRESH, json=body)
        assert answer.status == 422 and answer.body["details"]["field"] in ("refresh_token", "extra"), answer.body
    assert (await refresh(api, token)).status == 200  # none of that spent the real one


async def test_refresh_tokens_stay_out_of_the_audit_trail(api: Api) -> None:
    data = await sign_in(api, "customer")
    answer = await refresh(api, data["refresh_token"])
    assert answer.status == 200
    await api.app[AUDIT].flush()
    async with UnitOfWork(api.db, write=False) as uow:
        entries = (await uow.session.scalars(select(AuditEntry))).all()
    text = repr([(e.method, e.path, e.status, e.actor, e.ip) for e in entries])
    assert REFRESH in text
    for token in (data["refresh_token"], answer.body["data"]["refresh_token"], answer.body["data"]["access_token"]):
        assert token not in text


# -- accounts that can no longer sign in ----------------------------------------------------

async def test_a_suspended_stores_owner_cannot_refresh(api: Api) -> None:
    owner = await sign_in(api, "store_owner")
    path = f"/api/v1/stores/{api.ids['store_a']}"
    assert (await api.call("POST", f"{path}/suspend", who="admin")).status == 200
    refused = await refresh(api, owner["refresh_token"])  # as every owner request of a suspended store
    assert refused.status == 403 and refused.body["error_code"] == "STORE_SUSPENDED", refused.body
    assert refused.body["details"]["store_id"] == api.ids["store_a"], refused.body
    assert (await api.call("POST", f"{path}/activate", who="admin")).status == 200
    assert (await refresh(api, owner["refresh_token"])).status == 200  # the refusal did not spend it


async def test_an_owner_whose_number_no_longer_owns_the_store_cannot_refresh(api: Api) -> None:
    owner = await sign_in(api, "store_owner")
    async with UnitOfWork(api.db) as uow:
        await uow.session.execute(update(Store).where(Store.id == api.ids["store_a"])
                                  .values(phone="+919800000001", whatsapp=None))
        await uow.commit()
    assert_refused(await refresh(api, owner["refresh_token"]), "Store not owned")


async def test_a_deactivated_admin_cannot_refresh(api: Api) -> None:
    admin = await sign_in(api, "admin")
    async with UnitOfWork(api.db) as uow:
        await uow.session.execute(update(User).where(User.id == api.ids["admin"]).values(is_active=False))
        await uow.commit()
    assert_refused(await refresh(api, admin["refresh_token"]), "Account not active")
    login = await api.call("POST", "/api/v1/admin/auth/login", json={"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD})
    assert login.status == 401  # as signing in


async def test_a_removed_customer_cannot_refresh(api: Api) -> None:
    data = await sign_in(api, "customer", phone="+919822223333")  # a new customer, made by signing in
    async with UnitOfWork(api.db) as uow:
        customer = await uow.session.get(Customer, data["customer_id"])
        assert customer is not None
        await uow.session.delete(customer)
        await uow.commit()
    assert_refused(await refresh(api, data["refresh_token"]), "Account not found")


# -- limits, housekeeping, concurrency ------------------------------------------------------

async def test_refresh_is_rate_limited_per_ip(aiohttp_client: Any, tmp_path: Path) -> None:
    api = await start_api(aiohttp_client, f"sqlite+aiosqlite:///{tmp_path / 'rl.db'}",
                          limits=Limits(per_ip=10_000, per_user=10_000, refresh=3))
    good = issue_refresh_token(SECRET, Claims(subject=api.ids["admin"], role="admin"))
    for _ in range(3):
        assert_refused(await refresh(api, "not.a.token"), "Token invalid")  # failures count too
    limited = await refresh(api, good)
    assert limited.status == 429 and limited.body["error_code"] == "RATE_LIMITED"
    assert 1 <= int(limited.headers["Retry-After"]) <= 61
    assert Limits().refresh == 30  # the server's default


async def test_used_ids_are_forgotten_once_their_tokens_have_expired(api: Api) -> None:
    long_ago = utcnow() - timedelta(days=3)
    async with UnitOfWork(api.db) as uow:
        for jti, expires in (("old", long_ago), ("recent", utcnow() - timedelta(minutes=5)),
                             ("live", utcnow() + timedelta(days=1))):
            uow.session.add(UsedRefreshToken(jti=jti, role="admin", subject=api.ids["admin"], expires_at=expires,
                                             used_at=long_ago))
        await uow.commit()
    data = await sign_in(api, "admin")
    assert (await refresh(api, data["refresh_token"])).status == 200
    async with UnitOfWork(api.db, write=False) as uow:
        left = set((await uow.session.scalars(select(UsedRefreshToken.jti))).all())
    assert left == {"recent", "live", read_refresh_token(SECRET, data["refresh_token"]).jti}


@pytest.fixture(params=["sqlite", "postgresql"])
async def either_api(request: pytest.FixtureRequest, aiohttp_client: Any, tmp_path: Path) -> AsyncIterator[Api]:
    if request.param == "sqlite":
        yield await start_api(aiohttp_client, f"sqlite+aiosqlite:///{tmp_path / 'race.db'}")
        return
    async with fresh_postgres_database() as url:
        api = await start_api(aiohttp_client, url)
        yield api
        await api.client.close()


@pytest.mark.parametrize("role", ROLES)
async def test_one_refresh_token_sent_twice_at_once_succeeds_once(either_api: Api, role: str) -> None:
    api = either_api
    data = await sign_in(api, role)
    answers = await asyncio.gather(*(refresh(api, data["refresh_token"]) for _ in range(2)))
    assert sorted(a.status for a in answers) == [200, 401], [a.body for a in answers]
    [refused] = [a for a in answers if a.status == 401]
    assert_refused(refused, "Token already used")
    # a wider burst on the next token: still exactly one winner
    [won] = [a for a in answers if a.status == 200]
    burst = await asyncio.gather(*(refresh(api, won.body["data"]["refresh_token"]) for _ in range(5)))
    assert sorted(a.status for a in burst) == [200, 401, 401, 401, 401], [a.body for a in burst]
    async with UnitOfWork(api.db, write=False) as uow:
        used = (await uow.session.scalars(select(UsedRefreshToken.jti))).all()
    assert sorted(used) == sorted(read_refresh_token(SECRET, t).jti
                                  for t in (data["refresh_token"], won.body["data"]["refresh_token"]))


async def test_access_tokens_issued_before_the_type_claim_still_work(api: Api) -> None:
    """Tokens signed before refresh tokens existed carry no "typ": they stay access tokens."""
    now = int(utcnow().timestamp())
    legacy = jwt.encode({"sub": api.ids["admin"], "role": "admin", "iat": now, "exp": now + 3600, "jti": "0" * 16},
                        SECRET, algorithm="HS256")
    assert (await api.call("GET", "/api/v1/stores", headers=_bearer(legacy))).status == 200
    assert_refused(await refresh(api, legacy), "Token invalid")  # and no refresh token
    assert read_token(SECRET, issue_token(SECRET, Claims(subject="c", role="customer"))).role == "customer"
