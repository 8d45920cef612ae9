"""What a payment provider told us, as plain values: the payments service never sees a
provider payload shape, only these."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentLookup:
    """Ways to find our payment row: the provider's payment id, the link, the order."""

    provider_payment_id: str | None = None
    link_id: str | None = None
    order_id: str | None = None  # our order id (link reference id / payment notes)
    provider_order_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PaidNotice:
    event_id: str
    event_type: str
    provider_payment_id: str
    amount_paise: int
    method: str  # upi, card, netbanking, wallet …
    lookup: PaymentLookup
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class FailedNotice:
    event_id: str
    event_type: str
    provider_payment_id: str
    amount_paise: int
    reason: str
    lookup: PaymentLookup
    payload: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class RefundNotice:
    event_id: str
    event_type: str
    refund_id: str
    provider_payment_id: str
    amount_paise: int
    payload: dict[str, Any] = field(default_factory=dict)
