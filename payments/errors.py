from __future__ import annotations

from commerce.errors import DomainError


class PaymentsUnavailable(DomainError):
    """Online payment cannot be started now: not configured, or the provider did not answer.
    The conversation offers cash on delivery instead."""

    code = "PAYMENTS_UNAVAILABLE"
    http_status = 503
