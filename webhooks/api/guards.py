"""Request guards of spec §6.3–6.4: security headers on every response, a 10 MB body limit,
a content-type check on bodies, rate limits (per IP; per store for owners, per user
otherwise) answered 429 with Retry-After, and no owner token of a suspended store (403)."""

from __future__ import annotations

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError

from webhooks.api.auth import Handler, accepted_types, claims_of, client_ip, database, refuse_suspended_store
from webhooks.api.keys import LIMITS, RATE_LIMITER
from webhooks.errors import error_response

MAX_BODY_BYTES = 10 * 1024 * 1024
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
PAGE_CSP = "frame-ancestors 'none'; base-uri 'self'; object-src 'none'"  # pages may tighten it
HSTS = "max-age=31536000; includeSubDomains"
BODY_METHODS = ("POST", "PUT", "PATCH")


async def security_headers(request: web.Request, response: web.StreamResponse) -> None:
    """on_response_prepare for the whole app: OWASP headers; a handler's own value wins."""
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("X-Frame-Options", "DENY")
    headers.setdefault("X-XSS-Protection", "1; mode=block")
    headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
    if request.path.startswith("/api/"):
        headers.setdefault("Content-Security-Policy", API_CSP)
        headers.setdefault("Cache-Control", "no-store")
    else:
        headers.setdefault("Content-Security-Policy", PAGE_CSP)
    if request.secure or request.headers.get("X-Forwarded-Proto", "").lower() == "https":
        headers.setdefault("Strict-Transport-Security", HSTS)


def _unmatched(request: web.Request) -> bool:
    return getattr(request.match_info, "http_exception", None) is not None


@web.middleware
async def body_checks(request: web.Request, handler: Handler) -> web.StreamResponse:
    """413 over 10 MB (by Content-Length; a chunked body is cut by client_max_size), 415 when
    a POST/PUT body is not a type the handler takes (JSON unless it says otherwise)."""
    length = request.content_length
    if length is not None and length > MAX_BODY_BYTES:
        return error_response(413, "Request body is larger than 10 MB", "PAYLOAD_TOO_LARGE",
                              {"max_bytes": MAX_BODY_BYTES})
    if request.method in BODY_METHODS and request.body_exists and not _unmatched(request):
        allowed = accepted_types(request.match_info.handler)
        if request.content_type not in allowed:
            return error_response(415, f"Send the body as {' or '.join(allowed)}", "UNSUPPORTED_MEDIA_TYPE",
                                  {"content_type": request.content_type, "accepted": list(allowed)})
    try:
        return await handler(request)
    except HttpProcessingError as exc:  # a body that breaks its own framing (bad multipart headers …)
        if exc.code == 413:
            raise
        return error_response(400, "The request body is malformed", "BAD_REQUEST", {"reason": type(exc).__name__})


@web.middleware
async def rate_limits(request: web.Request, handler: Handler) -> web.StreamResponse:
    limiter, limits = request.config_dict[RATE_LIMITER], request.config_dict[LIMITS]
    checks = [(f"ip:{client_ip(request)}", limits.per_ip)]
    claims = claims_of(request)
    if claims is not None and claims.role == "store_owner" and claims.store_id:
        checks.append((f"store:{claims.store_id}", limits.per_store))
    elif claims is not None:
        checks.append((f"user:{claims.role}:{claims.subject}", limits.per_user))
    for key, limit in checks:
        verdict = await limiter.hit(f"api:{key}", limit, 60)
        if not verdict.allowed:
            return error_response(429, "Too many requests; slow down", "RATE_LIMITED",
                                  {"limit_per_minute": limit}, headers={"Retry-After": str(verdict.retry_after_s)})
    return await handler(request)


@web.middleware
async def suspended_stores(request: web.Request, handler: Handler) -> web.StreamResponse:
    """An owner token stops working while its store is suspended, whatever it was issued
    before: 403 STORE_SUSPENDED (one primary-key read per owner request, no cache)."""
    await refuse_suspended_store(database(request), claims_of(request))
    return await handler(request)
