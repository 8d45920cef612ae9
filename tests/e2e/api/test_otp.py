"""Phone sign-in with a one-time code: the code goes out through the chat outbox only; the
database keeps a keyed hash; 5 attempts, 5 minutes (on a clock the test moves), one use;
5 sends and 10 checks a minute per phone, then 429 with Retry-After."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from commerce.stores import register_store
from commerce.tables import AuditEntry, Customer, OtpCode, OutboxMessage
from commerce.unit_of_work import UnitOfWork
from tests.e2e.api.conftest import SECRET, Api, registration, start_api
from webhooks.api.audit import AUDIT
from bot.outbox_sender import Claimed, message_of
from webhooks.api.keys import Limits
from webhooks.tokens import read_token

OWNER = "+919876543210"  # owns store A in the seed


async def _outbox_codes(api: Api, phone: str) -> list[dict[str, Any]]:
    async with UnitOfWork(api.db, write=False) as uow:
        rows = (await uow.session.scalars(select(OutboxMessage).where(OutboxMessage.kind == "otp")
                                          .order_by(OutboxMessage.id))).all()
    return [r.payload for r in rows if r.payload["phone"] == phone]


async def _send(api: Api, phone: str, prefix: str = "") -> Any:
    return await api.call("POST", f"/api/v1{prefix}/auth/send-otp", json={"phone": phone})


async def test_owner_signs_in_with_the_code_from_the_outbox(api: Api) -> None:
    sent = await _send(api, "98765 43210")
    assert sent.status == 200 and sent.body["data"]["sent"] is True
    [message] = await _outbox_codes(api, OWNER)
    code = message["code"]
    assert len(code) == 6 and code.isdigit() and message["purpose"] == "store_owner"
    assert message["chat_id"] == OWNER.lstrip("+")  # WhatsApp's address for the owner's number
    out = message_of(Claimed(id=1, kind="otp", payload=message, attempts=0))
    assert (out.channel, out.chat_id, out.template, out.template_params) == ("whatsapp", "919876543210",
                                                                             "otp_code", (code,))
    assert code in out.text and "5" in out.text  # the lifetime it really has
    assert code not in sent.text
    async with UnitOfWork(api.db, write=False) as uow:
        [row] = (await uow.session.scalars(select(OtpCode))).all()
    assert row.code_hash != code and code not in row.code_hash and len(row.code_hash) == 64
    verified = await api.call("POST", "/api/v1/auth/verify-otp", json={"phone": OWNER, "otp": code})
    assert verified.status == 200, verified.body
    data = verified.body["data"]
    claims = read_token(SECRET, data["access_token"])
    assert (claims.role, claims.store_id) == ("store_owner", api.ids["store_a"]) == (data["role"], data["store_id"])
    assert data["expires_in"] == 7 * 24 * 3600
    mine = await api.client.get(f"/api/v1/stores/{api.ids['store_a']}",
                                headers={"Authorization": f"Bearer {data['access_token']}"})
    assert mine.status == 200
    again = await api.call("POST", "/api/v1/auth/verify-otp", json={"phone": OWNER, "otp": code})
    assert again.status == 401 and again.body["error_code"] == "OTP_EXPIRED"  # single use
    # nowhere in the audit trail either
    await api.app[AUDIT].flush()
    async with UnitOfWork(api.db, write=False) as uow:
        entries = (await uow.session.scalars(select(AuditEntry))).all()
    assert any(e.path == "/api/v1/auth/verify-otp" for e in entries)
    for entry in entries:
        assert code not in " ".join(str(getattr(entry, c)) for c in ("path", "actor", "ip", "method"))
        assert data["access_token"] not in str(entry.actor) + entry.path


async def test_a_phone_without_a_store_gets_the_same_answer_and_no_code(api: Api) -> None:
    stranger = await _send(api, "+919800000009")
    owner = await _send(api, OWNER)
    assert stranger.status == owner.status == 200 and stranger.body == owner.body
    assert await _outbox_codes(api, "+919800000009") == []
    refused = await api.call("POST", "/api/v1/auth/verify-otp", json={"phone": "+919800000009", "otp": "123456"})
    assert refused.status == 401


async def test_five_attempts_then_locked_even_for_the_right_code(api: Api) -> None:
    await _send(api, OWNER)
    [message] = await _outbox_codes(api, OWNER)
    wrong = "000000" if message["code"] != "000000" else "111111"
    for _ in range(5):
        answer = await api.call("POST", "/api/v1/auth/verify-otp", json={"phone": OWNER, "otp": wrong})
        assert answer.status == 401 and answer.body["error_code"] == "INVALID_OTP"
    locked = await api.call("POST", "/api/v1/auth/verify-otp", json={"phone": OWNER, "otp": message["code"]})
    assert locked.status == 401 and locked.body["error_code"] == "OTP_LOCKED"
    async with UnitOfWork(api.db, write=False) as uow:
        row = (await uow.session.scalars(select(OtpCode))).one()
    assert row.attempts == 5 and row.consumed_at is None


async def test_code_expires_after_five_minutes(api: Api) -> None:
    await _send(api, OWNER)
    [message] = await _outbox_codes(api, OWNER)
    api.clock.advance(minutes=5, seconds=1)
    late = await api.call("POST", "/api/v1/auth/verify-otp", json={"phone": OWNER, "otp": message["code"]})
    assert late.status == 401 and late.body["error_code"] == "OTP_EXPIRED"


async def test_code_still_works_just_before_expiry_and_a_new_code_replaces_the_old(api: Api) -> None:
    await _send(api, OWNER)
    await _send(api, OWNER)
    first, second = await _outbox_codes(api, OWNER)
    api.clock.advance(minutes=4, seconds=59)
    if first["code"] != second["code"]:
        old = await api.call("POST", "/api/v1/auth/verify-otp", json={"phone": OWNER, "otp": first["code"]})
        assert old.status == 401
    fresh = await api.call("POST", "/api/v1/auth/verify-otp", json={"phone": OWNER, "otp": second["code"]})
    assert fresh.status == 200


async def test_customer_sign_in_finds_the_whatsapp_customer_or_makes_one(api: Api) -> None:
    for phone, known in (("+919811112222", True), ("+919822223333", False)):
        await _send(api, phone, "/customer")
        [message] = await _outbox_codes(api, phone)
        assert message["purpose"] == "customer"
        answer = await api.call("POST", "/api/v1/customer/auth/verify-otp", json={"phone": phone, "otp": message["code"]})
        assert answer.status == 200, answer.body
        claims = read_token(SECRET, answer.body["data"]["access_token"])
        assert claims.role == "customer" and claims.store_id is None
        if known:
            assert claims.subject == api.ids["customer"]
        async with UnitOfWork(api.db, write=False) as uow:
            assert (await uow.session.get(Customer, claims.subject)).phone == phone  # type: ignore[union-attr]
        assert answer.body["data"]["expires_in"] == 30 * 24 * 3600
        # a customer token opens no store
        store = await api.client.get(f"/api/v1/stores/{api.ids['store_a']}",
                                     headers={"Authorization": f"Bearer {answer.body['data']['access_token']}"})
        assert store.status == 403


async def test_owner_code_does_not_sign_in_a_customer(api: Api) -> None:
    await _send(api, OWNER)
    [message] = await _outbox_codes(api, OWNER)
    crossed = await api.call("POST", "/api/v1/customer/auth/verify-otp", json={"phone": OWNER, "otp": message["code"]})
    assert crossed.status == 401


async def test_send_and_verify_are_rate_limited_per_phone(aiohttp_client: Any, tmp_path: Any) -> None:
    api = await start_api(aiohttp_client, f"sqlite+aiosqlite:///{tmp_path / 'rl.db'}",
                          limits=Limits(per_ip=10_000, otp_send=5, otp_verify=10))
    for _ in range(5):
        assert (await _send(api, OWNER)).status == 200
    limited = await _send(api, "098765 43210")  # the same phone, written differently
    assert limited.status == 429 and limited.body["error_code"] == "RATE_LIMITED"
    assert 1 <= int(limited.headers["Retry-After"]) <= 61
    assert len(await _outbox_codes(api, OWNER)) == 5
    assert (await _send(api, "+919812300000")).status == 200  # another phone is not held back
    for _ in range(10):
        answer = await api.call("POST", "/api/v1/auth/verify-otp", json={"phone": OWNER, "otp": "999999"})
        assert answer.status == 401
    limited = await api.call("POST", "/api/v1/auth/verify-otp", json={"phone": OWNER, "otp": "999999"})
    assert limited.status == 429 and "Retry-After" in limited.headers


async def test_bad_phone_is_a_field_error(api: Api) -> None:
    answer = await _send(api, "12345")
    assert answer.status == 422 and answer.body["details"]["field"] == "phone"


async def test_a_suspended_stores_owner_cannot_sign_in_with_a_code(api: Api) -> None:
    """As POST /auth/refresh refuses a suspended store, so does signing in afresh; an owner of
    two stores, one suspended, signs in to the other."""
    a = api.ids["store_a"]
    assert (await api.call("POST", f"/api/v1/stores/{a}/suspend", who="admin")).status == 200
    await _send(api, OWNER)
    [message] = await _outbox_codes(api, OWNER)
    refused = await api.call("POST", "/api/v1/auth/verify-otp", json={"phone": OWNER, "otp": message["code"]})
    assert refused.status == 403 and refused.body["error_code"] == "STORE_SUSPENDED", refused.body
    assert refused.body["details"]["store_id"] == a and "access_token" not in refused.text

    async with UnitOfWork(api.db) as uow:  # the same number opens a second shop
        second, _ = await register_store(uow, registration("Sharma Kirana 2", OWNER))
        await uow.commit()
    await _send(api, OWNER)
    code = (await _outbox_codes(api, OWNER))[-1]["code"]
    signed_in = await api.call("POST", "/api/v1/auth/verify-otp", json={"phone": OWNER, "otp": code})
    assert signed_in.status == 200, signed_in.body
    assert read_token(SECRET, signed_in.body["data"]["access_token"]).store_id == second.id
    await _send(api, OWNER)
    code = (await _outbox_codes(api, OWNER))[-1]["code"]
    named = await api.call("POST", "/api/v1/auth/verify-otp", json={"phone": OWNER, "otp": code, "store_id": a})
    assert named.status == 403 and named.body["error_code"] == "STORE_SUSPENDED"  # naming it does not help

    assert (await api.call("POST", f"/api/v1/stores/{a}/activate", who="admin")).status == 200
    await _send(api, OWNER)
    code = (await _outbox_codes(api, OWNER))[-1]["code"]
    back = await api.call("POST", "/api/v1/auth/verify-otp", json={"phone": OWNER, "otp": code, "store_id": a})
    assert back.status == 200 and back.body["data"]["store_id"] == a
