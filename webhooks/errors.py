"""One middleware turns every error into the spec's JSON envelope (§8.9):
{"success": false, "error": …, "error_code": …, "details": …}. No stack trace leaves."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

from commerce.errors import DomainError

log = logging.getLogger("vyapar.http")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

_HTTP_CODES = {400: "BAD_REQUEST", 401: "UNAUTHORIZED", 403: "FORBIDDEN", 404: "NOT_FOUND",
               405: "METHOD_NOT_ALLOWED", 409: "CONFLICT", 413: "PAYLOAD_TOO_LARGE",
               415: "UNSUPPORTED_MEDIA_TYPE", 422: "VALIDATION_ERROR", 429: "RATE_LIMITED"}


def error_response(status: int, message: str, code: str, details: dict[str, object] | None = None,
                   headers: dict[str, str] | None = None) -> web.Response:
    body = {"success": False, "error": message, "error_code": code, "details": details or {}}
    return web.Response(status=status, text=json.dumps(body, ensure_ascii=False, default=str),
                        content_type="application/json", headers=headers)


@web.middleware
async def json_errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except DomainError as exc:
        return error_response(exc.http_status, exc.message, exc.code, exc.details)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        headers = {k: v for k, v in exc.headers.items() if k.lower() in ("retry-after", "allow", "www-authenticate")}
        return error_response(exc.status, exc.reason, _HTTP_CODES.get(exc.status, "HTTP_ERROR"), headers=headers)
    except json.JSONDecodeError:
        return error_response(400, "Request body is not valid JSON", "BAD_JSON")
    except Exception:  # the one place that catches everything: log it, answer 500 without internals
        log.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, "Internal server error", "INTERNAL_ERROR")
