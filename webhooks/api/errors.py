"""The API's own refusals, as domain errors so the one JSON-errors middleware renders them
in the spec's envelope (§8.9) with their HTTP status."""

from __future__ import annotations

from commerce.errors import DomainError


class NotAuthenticated(DomainError):
    """No bearer token, or one we cannot read: 401."""

    code = "UNAUTHORIZED"
    http_status = 401


class TokenRejected(DomainError):
    """A token that is malformed, expired or signed with another secret: 401."""

    code = "INVALID_TOKEN"
    http_status = 401


class WrongRole(DomainError):
    code = "FORBIDDEN"
    http_status = 403


class StoreSuspended(DomainError):
    """An owner's store is suspended: signing in and refreshing are refused, and so is every
    request made with an owner token for it (the token works again once the store is active)."""

    code = "STORE_SUSPENDED"
    http_status = 403


class BadJson(DomainError):
    code = "BAD_JSON"
    http_status = 400


class BadRequest(DomainError):
    code = "BAD_REQUEST"
    http_status = 400


class UnsupportedMediaType(DomainError):
    code = "UNSUPPORTED_MEDIA_TYPE"
    http_status = 415


class PayloadTooLarge(DomainError):
    code = "PAYLOAD_TOO_LARGE"
    http_status = 413


class ApiNotConfigured(DomainError):
    """The server runs without JWT_SECRET (only possible when built by hand, not by `serve`)."""

    code = "API_NOT_CONFIGURED"
    http_status = 503
