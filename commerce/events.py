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
