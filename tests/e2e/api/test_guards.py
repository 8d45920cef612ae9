"""Spec §6.3–6.4 on the wire: security headers, 413 / 415 / 400, rate limits with
Retry-After, and an audit trail that holds no secret."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import select

from commerce.tables import AuditEntry
from commerce.unit_of_work import UnitOfWork
from tests.e2e.api.conftest import Api, start_api
from webhooks.api.audit import AUDIT
from webhooks.api.keys import Limits

HEADERS = {"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "X-XSS-Protection": "1; mode=block",
           "Referrer-Policy": "strict-origin-when-cross-origin"}


async def test_security_headers_on_answers_and_errors(api: Api) -> None:
    for path, who in (("/api/v1/stores", "admin"), ("/api/v1/stores", None), ("/api/v1/nothing/here", None),
                      ("/healthz", None), ("/api/v1/docs", None)):
        answer = await api.call("GET", path, who=who, check=False)
        for name, value in HEADERS.items():
            assert answer.headers.get(name) == value, (path, name)
        assert answer.headers.get("Content-Security-Policy")
        assert "Strict-Transport-Security" not in answer.headers  # plain http here
    api_answer = await api.call("GET", "/api/v1/stores", who="admin")
    assert api_answer.headers["Content-Security-Policy"].startswith("default-src 'none'")
    assert api_answer.headers["Cache-Control"] == "no-store"
    behind_https = await api.call("GET", "/healthz", headers={"X-Forwarded-Proto": "https"})
    assert behind_https.headers["Strict-Transport-Security"].startswith("max-age=")


async def test_docs_page_renders_the_document_without_outside_scripts(api: Api) -> None:
    page = await api.call("GET", "/api/v1/docs")
    assert page.status == 200 and page.text.startswith("<!doctype html>")
    assert "/api/v1/inventory/stock/bulk-update" in page.text and "/api/v1/stores/register" in page.text
    assert "http://" not in page.text and "https://" not in page.text  # nothing from a CDN
    csp = page.headers["Content-Security-Policy"]
    nonce = csp.split("'nonce-")[1].split("'")[0]
    assert f'<script nonce="{nonce}">' in page.text


async def test_body_over_10_mb_is_413(api: Api) -> None:
    big = b'{"name": "' + b"a" * (10 * 1024 * 1024) + b'"}'
    answer = await api.call("POST", "/api/v1/admin/products", who="admin", data=big,
                            headers={"Content-Type": "application/json"})
    assert answer.status == 413 and answer.body["error_code"] == "PAYLOAD_TOO_LARGE"


async def _chunks_of(total: int) -> AsyncIterator[bytes]:
    """A JSON body sent chunked: no Content-Length for the guard to read ahead."""
    yield b'{"name": "'
    for _ in range(total // 65536 + 1):
        yield b"a" * 65536
    yield b'"}'


async def test_chunked_body_over_10_mb_is_413_too(api: Api) -> None:
    for path in ("/api/v1/admin/products", "/api/v1/payments/calculate-total"):  # the sub-app's and the main app's
        answer = await api.client.post(path, data=_chunks_of(10 * 1024 * 1024),
                                       headers={"Authorization": f"Bearer {api.tokens['admin']}",
                                                "Content-Type": "application/json"})
        assert answer.status == 413, path
        assert (await answer.json())["error_code"] == "PAYLOAD_TOO_LARGE"


async def test_wrong_content_type_is_415_and_bad_json_400(api: Api) -> None:
    form = await api.call("POST", "/api/v1/admin/products", who="admin", data="name=atta",
                          headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert form.status == 415 and form.body["error_code"] == "UNSUPPORTED_MEDIA_TYPE"
    text = await api.call("PUT", f"/api/v1/stores/{api.ids['store_a']}", who="owner_a", data="{}",
                          headers={"Content-Type": "text/plain"})
    assert text.status == 415
    for broken in (b'{"name": ', b"\xff\xfe", b'{"name": NaN}', b"[" * 100_000):
        answer = await api.call("POST", "/api/v1/admin/products", who="admin", data=broken,
                                headers={"Content-Type": "application/json"})
        assert answer.status == 400 and answer.body["error_code"] == "BAD_JSON", broken[:10]
    not_object = await api.call("POST", "/api/v1/admin/products", who="admin", json=["atta"])
    assert not_object.status == 422
    empty_post = await api.call("POST", f"/api/v1/stores/{api.ids['store_a']}/verify", who="admin")
    assert empty_post.status == 200  # no body, no content type needed


async def test_unknown_fields_and_wrong_types_name_the_field(api: Api) -> None:
    cases = [({"name": "Atta", "colour": "red"}, "colour"), ({"name": 5}, "name"),
             ({"name": "Atta", "mrp_paise": 10.5}, "mrp_paise"), ({"brand": "x"}, "name"),
             ({"name": "Atta", "aliases": ["ok", 3]}, "aliases.1")]
    for body, field in cases:
        answer = await api.call("POST", "/api/v1/admin/products", who="admin", json=body)
        assert answer.status == 422 and answer.body["details"]["field"] == field, (body, answer.body)


async def test_ip_and_store_rate_limits(aiohttp_client: Any, tmp_path: Any) -> None:
    api = await start_api(aiohttp_client, f"sqlite+aiosqlite:///{tmp_path / 'rl.db'}",
                          limits=Limits(per_ip=1000, per_store=6, per_user=4))
    for _ in range(6):
        assert (await api.call("GET", "/api/v1/inventory/summary", who="owner_a")).status == 200
    limited = await api.call("GET", "/api/v1/inventory/summary", who="owner_a")
    assert limited.status == 429 and int(limited.headers["Retry-After"]) >= 1
    assert (await api.call("GET", "/api/v1/inventory/summary", who="owner_b")).status == 200  # B has its own
    for _ in range(4):
        assert (await api.call("GET", "/api/v1/stores", who="admin")).status == 200
    assert (await api.call("GET", "/api/v1/stores", who="admin")).status == 429
    api_ip = await start_api(aiohttp_client, f"sqlite+aiosqlite:///{tmp_path / 'ip.db'}", limits=Limits(per_ip=4),
                             seed=False)  # the OpenAPI fetch at start is the first of the 4
    statuses = [(await api_ip.call("GET", "/api/v1/stores")).status for _ in range(4)]
    assert statuses == [401, 401, 401, 429]


async def test_registration_is_limited_per_ip(aiohttp_client: Any, tmp_path: Any) -> None:
    api = await start_api(aiohttp_client, f"sqlite+aiosqlite:///{tmp_path / 'reg.db'}", limits=Limits(register=5),
                          seed=False)
    statuses = [(await api.call("POST", "/api/v1/stores/register", json={})).status for _ in range(6)]
    assert statuses == [422] * 5 + [429]


async def test_audit_trail_records_requests_without_secrets(api: Api) -> None:
    await api.call("GET", "/api/v1/stores?token=leaky-query-secret", who="admin")
    await api.call("GET", "/api/v1/stores", headers={"Authorization": "Bearer garbage-token-value"})
    await api.call("POST", "/api/v1/admin/auth/login", json={"email": "a@b.example", "password": "pass-word-123"})
    await api.app[AUDIT].flush()
    async with UnitOfWork(api.db, write=False) as uow:
        entries = (await uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id))).all()
    assert [(e.method, e.path, e.status) for e in entries[-3:]] == [
        ("GET", "/api/v1/stores", 200), ("GET", "/api/v1/stores", 401), ("POST", "/api/v1/admin/auth/login", 401)]
    assert entries[-3].actor == f"admin:{api.ids['admin']}" and entries[-2].actor is None
    assert all(e.ip and e.duration_ms >= 0 and e.at for e in entries)
    dump = repr([[getattr(e, c.name) for c in AuditEntry.__table__.columns] for e in entries])
    for secret in ("leaky-query-secret", "garbage-token-value", "pass-word-123", api.tokens["admin"], "Bearer"):
        assert secret not in dump


async def test_main_app_api_routes_have_the_same_guards(aiohttp_client: Any, tmp_path: Any) -> None:
    """/api/v1 routes served by the main app (payments, web chat, info), not the API sub-app."""
    api = await start_api(aiohttp_client, f"sqlite+aiosqlite:///{tmp_path / 'main.db'}", limits=Limits(per_ip=5),
                          seed=False)  # the OpenAPI fetch at start is the first of the 5
    wrong_type = await api.call("POST", "/api/v1/payments/calculate-total", data=b'{"items": []}',
                                headers={"Content-Type": "text/plain"})
    assert wrong_type.status == 415 and wrong_type.body["error_code"] == "UNSUPPORTED_MEDIA_TYPE"
    chat_type = await api.call("POST", "/api/v1/chat/web", data=b'{"user_id": "u", "text": "hi"}',
                               headers={"Content-Type": "text/plain"})
    assert chat_type.status == 415
    statuses = [(await api.call("GET", "/api/v1/payments/methods")).status for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]  # refused bodies (415) are not counted
    limited = await api.call("GET", "/api/v1/info")
    assert limited.status == 429 and int(limited.headers["Retry-After"]) >= 1
    await api.app[AUDIT].flush()
    async with UnitOfWork(api.db, write=False) as uow:
        entries = (await uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id))).all()
    assert [(e.method, e.path, e.status) for e in entries][-8:] == [
        ("POST", "/api/v1/payments/calculate-total", 415), ("POST", "/api/v1/chat/web", 415),
        *[("GET", "/api/v1/payments/methods", 200)] * 4,
        ("GET", "/api/v1/payments/methods", 429), ("GET", "/api/v1/info", 429)]


async def test_web_chat_updates_refuse_ids_out_of_range(api: Api) -> None:
    for after in ("594617120317268951040", "²", "-1", "1e3"):
        answer = await api.call("GET", f"/api/v1/chat/web/updates?user_id=u1&after={after}", check=False)
        assert answer.status == 422, (after, answer.status)
    ok = await api.call("GET", f"/api/v1/chat/web/updates?user_id=u1&after={2**63 - 1}")
    assert ok.status == 200 and ok.body["replies"] == []


async def test_limits_are_counted_in_redis_when_configured(aiohttp_client: Any, tmp_path: Any) -> None:
    """With REDIS_URL every replica counts together: a second app on the same Redis sees the
    first one's requests against the same store."""
    from redis.asyncio import Redis

    from tests.conftest import REDIS_URL, require_service
    from webhooks.api.keys import RATE_LIMITER
    from webhooks.ratelimit import RedisRateLimiter

    require_service("Redis", "127.0.0.1", 6379)
    limits = Limits(per_ip=10_000, per_store=3)
    api = await start_api(aiohttp_client, f"sqlite+aiosqlite:///{tmp_path / 'r.db'}", limits=limits,
                          redis_url=REDIS_URL)
    assert isinstance(api.app[RATE_LIMITER], RedisRateLimiter)
    twin = await start_api(aiohttp_client, f"sqlite+aiosqlite:///{tmp_path / 'r.db'}", limits=limits,
                           redis_url=REDIS_URL, seed=False)
    twin.tokens, twin.ids = api.tokens, api.ids
    statuses = [(await app.call("GET", "/api/v1/inventory/summary", who="owner_a")).status
                for app in (api, twin, api, twin)]
    assert statuses == [200, 200, 200, 429]
    redis = Redis.from_url(REDIS_URL)
    try:
        assert await redis.keys(f"vyapar:rl:api:store:{api.ids['store_a']}:*")
    finally:
        await redis.aclose()
