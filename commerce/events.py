"""Domain events: facts the rest of the system reacts to (alerts, live feed, payments).
They are written to the outbox in the same transaction as the change they report."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, ClassVar


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    kind: ClassVar[str] = "Event"
    store_id: str

    def payload(self) -> dict[str, Any]:
        return {"type": self.kind, **asdict(self)}


@dataclass(frozen=True, slots=True, kw_only=True)
class OrderPlaced(Event):
    kind: ClassVar[str] = "OrderPlaced"
    order_id: str
    order_number: str
    customer_id: str
    total_paise: int
    payment_method: str
    status: str
    payment_status: str


@dataclass(frozen=True, slots=True, kw_only=True)
class OrderStatusChanged(Event):
    kind: ClassVar[str] = "OrderStatusChanged"
    order_id: str
    order_number: str
    customer_id: str
    from_status: str
    to_status: str
    actor: str
    reason: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentStatusChanged(Event):
    kind: ClassVar[str] = "PaymentStatusChanged"
    order_id: str
    order_number: str
    customer_id: str
    from_status: str
    to_status: str
    actor: str


@dataclass(frozen=True, slots=True, kw_only=True)
class StockLow(Event):
    kind: ClassVar[str] = "StockLow"
    item_id: str
    name: str
    current_stock: int
    min_stock: int


@dataclass(frozen=True, slots=True, kw_only=True)
class StockReleased(Event):
    kind: ClassVar[str] = "StockReleased"
    order_id: str
    items: tuple[tuple[str, int], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ShopOpened(Event):
    kind: ClassVar[str] = "ShopOpened"
    is_open: bool


# Payments. Each carries what a chat message needs: order number, amounts in paise, the
# customer and the store; timestamps as ISO-8601 strings (the outbox payload is JSON).


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentLinkCreated(Event):
    kind: ClassVar[str] = "PaymentLinkCreated"
    order_id: str
    order_number: str
    customer_id: str
    payment_id: str
    method: str
    amount_paise: int
    url: str
    expires_at: str
    expiry_minutes: int
    language: str = "en"
    announce: bool = False  # nobody answered the customer with this link (recovered): tell them


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentCaptured(Event):
    kind: ClassVar[str] = "PaymentCaptured"
    order_id: str
    order_number: str
    customer_id: str
    payment_id: str
    provider_payment_id: str
    amount_paise: int
    method: str
    late: bool = False  # paid after the order had expired, and the stock could be reserved again
    language: str = "en"


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentFailed(Event):
    kind: ClassVar[str] = "PaymentFailed"
    order_id: str
    order_number: str
    customer_id: str
    payment_id: str
    amount_paise: int
    reason: str
    can_retry: bool  # the customer may ask for a new link …
    can_pay_cash: bool  # … or switch to cash on delivery
    language: str = "en"


@dataclass(frozen=True, slots=True, kw_only=True)
class OrderExpired(Event):
    kind: ClassVar[str] = "OrderExpired"
    order_id: str
    order_number: str
    customer_id: str
    total_paise: int
    expiry_minutes: int
    language: str = "en"


@dataclass(frozen=True, slots=True, kw_only=True)
class RefundRequested(Event):
    kind: ClassVar[str] = "RefundRequested"
    order_id: str
    order_number: str
    customer_id: str
    payment_id: str
    amount_paise: int
    reason: str
    language: str = "en"


@dataclass(frozen=True, slots=True, kw_only=True)
class RefundProcessed(Event):
    kind: ClassVar[str] = "RefundProcessed"
    order_id: str
    order_number: str
    customer_id: str
    payment_id: str
    refund_id: str
    amount_paise: int
    language: str = "en"


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentFlagged(Event):
    kind: ClassVar[str] = "PaymentFlagged"
    order_id: str
    order_number: str
    customer_id: str
    payment_id: str
    provider_payment_id: str
    expected_paise: int
    received_paise: int
    reason: str
    language: str = "en"
