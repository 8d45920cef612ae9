"""Domain errors. Each carries a stable code, a clear message and plain details; the edges
(chat, HTTP) turn them into localized replies or JSON, in one place each."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


class DomainError(Exception):
    code: str = "DOMAIN_ERROR"
    http_status: int = 400

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message = message
        self.details: dict[str, Any] = details

    def as_dict(self) -> dict[str, Any]:
        return {"error": self.message, "error_code": self.code, "details": self.details}


class InvalidInput(DomainError):
    code = "VALIDATION_ERROR"
    http_status = 422

    def __init__(self, field: str, message: str, **details: Any) -> None:
        super().__init__(message, field=field, **details)
        self.field = field


class NotFound(DomainError):
    code = "NOT_FOUND"
    http_status = 404


class Conflict(DomainError):
    code = "CONFLICT"
    http_status = 409


class AlreadyInInventory(Conflict):
    code = "ALREADY_IN_INVENTORY"


class StoreUnavailable(DomainError):
    code = "STORE_UNAVAILABLE"
    http_status = 409


class CartEmpty(DomainError):
    code = "CART_EMPTY"


class MinimumOrderNotMet(DomainError):
    code = "MINIMUM_ORDER_NOT_MET"

    def __init__(self, minimum_paise: int, subtotal_paise: int) -> None:
        super().__init__(
            f"minimum order is {minimum_paise} paise, cart has {subtotal_paise}",
            minimum_paise=minimum_paise,
            subtotal_paise=subtotal_paise,
        )
        self.minimum_paise = minimum_paise
        self.subtotal_paise = subtotal_paise


@dataclass(frozen=True, slots=True, kw_only=True)
class Shortage:
    item_id: str
    name: str
    requested: int
    available: int


class OutOfStock(DomainError):
    code = "INSUFFICIENT_STOCK"
    http_status = 409

    def __init__(self, shortages: list[Shortage]) -> None:
        names = ", ".join(f"{s.name} (asked {s.requested}, available {s.available})" for s in shortages)
        super().__init__(
            f"not enough stock: {names}",
            items=[
                {"item_id": s.item_id, "name": s.name, "requested": s.requested, "available": s.available}
                for s in shortages
            ],
        )
        self.shortages = shortages


class InvalidTransition(DomainError):
    code = "INVALID_TRANSITION"
    http_status = 409

    def __init__(self, what: str, current: str, wanted: str) -> None:
        super().__init__(f"{what} cannot go from {current} to {wanted}", current=current, wanted=wanted)
        self.current = current
        self.wanted = wanted


class Forbidden(DomainError):
    code = "FORBIDDEN"
    http_status = 403
