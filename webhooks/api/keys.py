"""Typed keys for what the admin API keeps on the application (aiohttp's "no singletons")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from aiohttp import web

from webhooks.keys import JWT_SECRET
from webhooks.ratelimit import RateLimiter

__all__ = ["CLOCK", "JWT_SECRET", "LIMITS", "RATE_LIMITER", "Clock", "Limits"]

Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True, kw_only=True)
class Limits:
    """Requests per minute (spec §6.3). Tests may loosen them; the server uses these."""

    per_ip: int = 200
    per_user: int = 100  # per phone / user: customers, admins
    per_store: int = 1000  # store owners, per store
    otp_send: int = 5  # per phone
    otp_verify: int = 10  # per phone
    login: int = 10  # per email and per IP
    refresh: int = 30  # per IP: POST /auth/refresh (every device of a shop behind one address refreshes)
    register: int = 5  # per IP


RATE_LIMITER = web.AppKey("api_rate_limiter", RateLimiter)
LIMITS = web.AppKey("api_limits", Limits)
CLOCK = web.AppKey("api_clock", Clock)  # type: ignore[arg-type]
