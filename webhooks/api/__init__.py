"""The admin REST API under /api/v1 (spec §8): a sub-application with its own guards.

Every module in this package that has a `routes` table is mounted, and its `PATHS` (an
OpenAPI fragment, see openapi.py) joins /api/v1/openapi.json, as do the fragments in
served_elsewhere.py for the /api/v1 routes of the main app (payments, web chat, info).
Handlers use the helpers in auth.py: `require`, `store_scope`, `acting_store`, `ok`, `read_json`.

Guards, outermost first: audit trail → JSON error envelope → body size / content type →
rate limits → suspended stores (an owner token of one: 403) → handler. Security headers
are added to every response of the whole app."""

from __future__ import annotations

import functools
import importlib
import logging
import pkgutil
from collections.abc import AsyncIterator
from types import ModuleType

from aiohttp import web
from aiohttp.typedefs import Handler, Middleware
from redis.asyncio import Redis

from commerce.tables import utcnow
from webhooks.api import audit, guards, openapi, served_elsewhere
from webhooks.api.keys import CLOCK, JWT_SECRET, LIMITS, RATE_LIMITER, Limits
from webhooks.errors import json_errors
from webhooks.keys import DATABASE, SETTINGS
from webhooks.ratelimit import MemoryRateLimiter, RedisRateLimiter
from webhooks.settings import Settings

log = logging.getLogger("vyapar.api")
API_PREFIX = openapi.API_PREFIX


class MissingJwtSecret(RuntimeError):
    pass


def api_modules() -> list[ModuleType]:
    """This package's modules that serve routes, in name order."""
    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if isinstance(getattr(module, "routes", None), web.RouteTableDef):
            found.append(module)
    return found


def check_jwt_secret(settings: Settings) -> None:
    """Refuse to run the API without JWT_SECRET, except in the demo (which makes its own)."""
    if not settings.jwt_secret and not settings.demo:
        raise MissingJwtSecret(
            "JWT_SECRET is not set. The admin API signs its tokens with it: set JWT_SECRET to a long "
            "random value (e.g. `python -c 'import secrets; print(secrets.token_urlsafe(48))'`), "
            "or run `vyapar serve --demo`, which generates one per database.")


async def _api_ctx(app: web.Application) -> AsyncIterator[None]:
    settings, db = app[SETTINGS], app[DATABASE]
    if JWT_SECRET not in app:
        log.error("JWT_SECRET is not set: the admin API answers 503 until it is")
    redis: Redis | None = None
    if settings.redis_url:
        redis = Redis.from_url(settings.redis_url)
        app[RATE_LIMITER] = RedisRateLimiter(redis)
    else:
        app[RATE_LIMITER] = MemoryRateLimiter()
    try:
        async with audit.audit_trail(app, db):
            yield
    finally:
        if redis is not None:
            await redis.aclose()


def setup_api(app: web.Application) -> web.Application:
    """Mount the API on `app` (called once by webhooks.app.create_app)."""
    api = web.Application(middlewares=[audit.audit_requests, json_errors, guards.body_checks, guards.rate_limits,
                                       guards.suspended_stores],
                          client_max_size=guards.MAX_BODY_BYTES)
    modules = api_modules()
    for module in modules:
        api.add_routes(module.routes)
    # /api/v1 routes the main app serves (payments, web chat, info) are documented here too
    app[openapi.DOCUMENT] = openapi.document([*modules, served_elsewhere])
    app[LIMITS] = Limits()
    app[CLOCK] = utcnow
    app.cleanup_ctx.append(_api_ctx)
    app.on_response_prepare.append(guards.security_headers)
    app.middlewares.append(_guards_for_main_app_routes(api))
    app.add_subapp(API_PREFIX, api)
    return api


def _guards_for_main_app_routes(api: web.Application) -> Middleware:
    """The /api/v1 routes the main app serves itself (payments, web chat, info) get the same
    guards as the sub-application's: audit trail, body size / content type, rate limits, and
    no owner token of a suspended store (so the owner web chat refuses it too)."""

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        if api in request.match_info.apps or not request.path.startswith(API_PREFIX + "/"):
            return await handler(request)  # the sub-application guards its own
        standing = functools.partial(guards.suspended_stores, handler=handler)
        limited = functools.partial(guards.rate_limits, handler=standing)
        checked = functools.partial(guards.body_checks, handler=limited)
        enveloped = functools.partial(json_errors, handler=checked)
        return await audit.audit_requests(request, enveloped)

    return guard
