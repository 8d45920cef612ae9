"""Accounts on SQLite and PostgreSQL: one-time codes under concurrency (never more than 5
attempts, one use even when two checks race), admins, platform settings."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select

from commerce.accounts import (
    OtpCheck, check_password, create_admin, issue_otp, setting_or_create, verify_otp,
)
from commerce.database import Database
from commerce.errors import Conflict, InvalidInput
from commerce.tables import OtpCode, utcnow
from commerce.unit_of_work import UnitOfWork

KEY = b"test-key"
PHONE = "+919876543210"


async def _issue(db: Database) -> str:
    async with UnitOfWork(db) as uow:
        issued = await issue_otp(uow, PHONE, "customer", key=KEY)
        await uow.commit()
    return issued.code


async def _verify(db: Database, code: str) -> OtpCheck:
    async with UnitOfWork(db) as uow:
        verdict = await verify_otp(uow, PHONE, "customer", code, key=KEY)
        await uow.commit()
    return verdict


async def test_racing_right_codes_sign_in_once(db: Database) -> None:
    code = await _issue(db)
    verdicts = await asyncio.gather(*(_verify(db, code) for _ in range(6)))
    assert verdicts.count(OtpCheck.ACCEPTED) == 1


async def test_racing_wrong_codes_never_pass_five_attempts(db: Database) -> None:
    code = await _issue(db)
    wrong = "000000" if code != "000000" else "111111"
    verdicts = await asyncio.gather(*(_verify(db, wrong) for _ in range(12)))
    assert verdicts.count(OtpCheck.WRONG) == 5 and verdicts.count(OtpCheck.TOO_MANY_ATTEMPTS) == 7
    async with UnitOfWork(db, write=False) as uow:
        assert (await uow.session.scalars(select(OtpCode))).one().attempts == 5
    assert await _verify(db, code) is OtpCheck.TOO_MANY_ATTEMPTS


async def test_expiry_uses_the_given_clock(db: Database) -> None:
    start = utcnow()
    async with UnitOfWork(db) as uow:
        issued = await issue_otp(uow, PHONE, "store_owner", key=KEY, now=start)
        await uow.commit()
    async with UnitOfWork(db) as uow:
        late = await verify_otp(uow, PHONE, "store_owner", issued.code, key=KEY, now=start + timedelta(minutes=5))
    assert late is OtpCheck.EXPIRED and issued.expires_at == start + timedelta(minutes=5)


async def test_admins_and_settings(db: Database) -> None:
    async with UnitOfWork(db) as uow:
        await create_admin(uow, "Boss@Example.in", "a long password", cost=4)
        with pytest.raises(InvalidInput):
            await create_admin(uow, "short@example.in", "short", cost=4)
        await uow.commit()
    async with UnitOfWork(db) as uow:
        with pytest.raises(Conflict):
            await create_admin(uow, "boss@example.in", "another long one", cost=4)
    async with UnitOfWork(db) as uow:
        assert await check_password(uow, "boss@example.in", "a long password") is not None
        assert await check_password(uow, "boss@example.in", "a wrong password") is None
        assert await check_password(uow, "nobody@example.in", "a long password") is None
    async with UnitOfWork(db) as uow:
        first = await setting_or_create(uow, "jwt_secret", "one")
        second = await setting_or_create(uow, "jwt_secret", "two")
        await uow.commit()
    assert first == ("one", True) and second == ("one", False)
