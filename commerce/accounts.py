"""Accounts: admins who sign in with email and password (bcrypt, cost 12), and one-time
codes for phone sign-in (owners, customers). Only a keyed hash of a code is stored; a code
lives 5 minutes, allows 5 attempts and works once. No HTTP here: plain values in and out."""

from __future__ import annotations

import asyncio
import enum
import hashlib
import hmac
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

import bcrypt
from sqlalchemy import select, update

from commerce import validation as v
from commerce.errors import Conflict, InvalidInput
from commerce.ids import new_id
from commerce.tables import OtpCode, PlatformSetting, User, utcnow
from commerce.unit_of_work import UnitOfWork
from commerce.upsert import insert_if_absent

BCRYPT_COST = 12  # spec §9.4
OTP_LIFETIME = timedelta(minutes=5)
OTP_ATTEMPTS = 5
OTP_PURPOSES = ("store_owner", "customer")
MIN_PASSWORD = 10
_dummy_lock = threading.Lock()
_dummy_hash: bytes | None = None


# -- admins -------------------------------------------------------------------------------

def hash_password(password: str, *, cost: int = BCRYPT_COST) -> str:
    return bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(cost)).decode("ascii")


def _password(password: str) -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise InvalidInput("password", f"Password must be at least {MIN_PASSWORD} characters")
    if len(password.encode("utf-8")) > 72:  # bcrypt reads at most 72 bytes
        raise InvalidInput("password", "Password must be at most 72 bytes")
    return password


async def create_admin(uow: UnitOfWork, email: str, password: str, *, cost: int = BCRYPT_COST) -> User:
    clean = v.email(email)
    if clean is None:
        raise InvalidInput("email", "Email is required")
    if await uow.session.scalar(select(User.id).where(User.email == clean)) is not None:
        raise Conflict(f"an account for {clean} already exists", email=clean)
    user = User(id=new_id("USER"), email=clean, password_hash=hash_password(_password(password), cost=cost),
                role="admin", is_active=True)
    uow.session.add(user)
    await uow.session.flush()
    return user


def no_user_hash() -> bytes:
    """The hash compared against when the email is unknown: the same cost as real passwords
    (BCRYPT_COST), so an unknown email takes as long to refuse as a wrong password. Made on
    first use (about a quarter second), then kept; the lock makes it once per process."""
    global _dummy_hash
    if _dummy_hash is None:
        with _dummy_lock:
            if _dummy_hash is None:
                _dummy_hash = bcrypt.hashpw(b"no such user", bcrypt.gensalt(BCRYPT_COST))
    return _dummy_hash


def password_matches(password: str, password_hash: str | None) -> bool:
    """Constant work whether or not there is a hash to compare with."""
    candidate = password.encode("utf-8")[:72] if isinstance(password, str) else b""
    if password_hash is None:
        bcrypt.checkpw(candidate, no_user_hash())
        return False
    return bcrypt.checkpw(candidate, password_hash.encode("ascii"))


async def find_admin(uow: UnitOfWork, email: str) -> User | None:
    clean = (email or "").strip().lower()
    return await uow.session.scalar(select(User).where(User.email == clean, User.is_active.is_(True)))


async def check_password(uow: UnitOfWork, email: str, password: str, *, now: datetime | None = None) -> User | None:
    """The active account when email and password match, else None (same work either way;
    bcrypt is slow on purpose, so it runs in a thread, off the event loop)."""
    user = await find_admin(uow, email)
    matched = await asyncio.to_thread(password_matches, password, user.password_hash if user else None)
    if not matched or user is None:
        return None
    user.last_login_at = now or utcnow()
    return user


# -- one-time codes -----------------------------------------------------------------------

class OtpCheck(enum.Enum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    EXPIRED = "expired"  # or never sent, or already used
    TOO_MANY_ATTEMPTS = "too_many_attempts"


@dataclass(frozen=True, slots=True, kw_only=True)
class IssuedOtp:
    phone: str
    code: str  # the plain code: hand it to the sender once, never store or log it
    expires_at: datetime


def code_hash(key: bytes, phone: str, purpose: str, code: str) -> str:
    """HMAC-SHA256 keyed with a server secret: a leaked table does not give the codes away."""
    return hmac.new(key, f"{purpose}:{phone}:{code}".encode(), hashlib.sha256).hexdigest()


def _purpose(purpose: str) -> str:
    if purpose not in OTP_PURPOSES:
        raise InvalidInput("purpose", f"purpose must be one of {', '.join(OTP_PURPOSES)}")
    return purpose


async def issue_otp(uow: UnitOfWork, phone: str, purpose: str, *, key: bytes, now: datetime | None = None) -> IssuedOtp:
    """A fresh 6-digit code for this phone; earlier unused codes for it stop working."""
    clean = v.indian_phone(phone)
    _purpose(purpose)
    moment = now or utcnow()
    await uow.session.execute(
        update(OtpCode).where(OtpCode.phone == clean, OtpCode.purpose == purpose, OtpCode.consumed_at.is_(None))
        .values(consumed_at=moment)
    )
    code = f"{secrets.randbelow(1_000_000):06d}"
    expires = moment + OTP_LIFETIME
    uow.session.add(OtpCode(phone=clean, purpose=purpose, code_hash=code_hash(key, clean, purpose, code),
                            attempts=0, expires_at=expires, consumed_at=None, created_at=moment))
    await uow.session.flush()
    return IssuedOtp(phone=clean, code=code, expires_at=expires)


async def verify_otp(uow: UnitOfWork, phone: str, purpose: str, code: str, *, key: bytes,
                     now: datetime | None = None) -> OtpCheck:
    """Count the attempt, then compare. Counting and consuming are conditional updates, so
    two requests at once can neither exceed 5 attempts nor both use one code. The caller
    commits whatever the answer (a wrong try must stay counted)."""
    clean = v.indian_phone(phone)
    _purpose(purpose)
    moment = now or utcnow()
    row = await uow.session.scalar(
        select(OtpCode).where(OtpCode.phone == clean, OtpCode.purpose == purpose, OtpCode.consumed_at.is_(None))
        .order_by(OtpCode.created_at.desc(), OtpCode.id.desc()).limit(1)
    )
    if row is None or row.expires_at <= moment:
        return OtpCheck.EXPIRED
    counted = await uow.session.execute(
        update(OtpCode).where(OtpCode.id == row.id, OtpCode.attempts < OTP_ATTEMPTS, OtpCode.consumed_at.is_(None))
        .values(attempts=OtpCode.attempts + 1)
    )
    if counted.rowcount != 1:  # type: ignore[attr-defined]
        return OtpCheck.TOO_MANY_ATTEMPTS
    expected = row.code_hash
    given = code_hash(key, clean, purpose, code.strip() if isinstance(code, str) else "")
    if not hmac.compare_digest(expected, given):
        return OtpCheck.WRONG
    used = await uow.session.execute(
        update(OtpCode).where(OtpCode.id == row.id, OtpCode.consumed_at.is_(None)).values(consumed_at=moment)
    )
    return OtpCheck.ACCEPTED if used.rowcount == 1 else OtpCheck.EXPIRED  # type: ignore[attr-defined]


# -- platform settings --------------------------------------------------------------------

async def platform_setting(uow: UnitOfWork, key: str) -> str | None:
    row = await uow.session.get(PlatformSetting, key)
    return row.value if row else None


async def setting_or_create(uow: UnitOfWork, key: str, make: str) -> tuple[str, bool]:
    """The stored value, or `make` stored now. Returns (value, created). Safe when two
    processes start together: the insert is conditional and the winner's value is read."""
    created = await insert_if_absent(uow, PlatformSetting, {"key": key, "value": make, "updated_at": utcnow()})
    value = await uow.session.scalar(select(PlatformSetting.value).where(PlatformSetting.key == key))
    assert value is not None
    return value, created
