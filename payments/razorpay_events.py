"""Razorpay webhook payloads → the plain notices commerce understands."""

from __future__ import annotations

from typing import Any

from commerce.payment_notices import FailedNotice, PaidNotice, PaymentLookup, RefundNotice
from commerce.payments import order_id_from_reference

PAID_EVENTS = ("payment_link.paid", "payment.captured")


class UnreadableEvent(ValueError):
    """A known event type whose payload lacks what we need."""


def _entity(payload: dict[str, Any], name: str) -> dict[str, Any]:
    entity = (payload.get("payload") or {}).get(name, {}).get("entity")
    if not isinstance(entity, dict):
        raise UnreadableEvent(f"no {name} entity")
    return entity


def _notes_order(entity: dict[str, Any]) -> str | None:
    notes = entity.get("notes")
    return str(notes["order_id"]) if isinstance(notes, dict) and notes.get("order_id") else None


def _lookup(payment: dict[str, Any], link: dict[str, Any] | None) -> PaymentLookup:
    order_ref = _notes_order(link or {}) or _notes_order(payment)
    if order_ref is None and link is not None:
        order_ref = order_id_from_reference(link.get("reference_id"))
    return PaymentLookup(provider_payment_id=str(payment["id"]), link_id=(link or {}).get("id"),
                         order_id=order_ref, provider_order_id=payment.get("order_id") or None)


def paid_notice(event_id: str, body: dict[str, Any]) -> PaidNotice:
    try:
        payment = _entity(body, "payment")
        link = _entity(body, "payment_link") if body["event"] == "payment_link.paid" else None
        return PaidNotice(event_id=event_id, event_type=body["event"], provider_payment_id=str(payment["id"]),
                          amount_paise=int(payment["amount"]), method=str(payment.get("method") or "unknown"),
                          lookup=_lookup(payment, link), payload=body)
    except (KeyError, TypeError, ValueError) as exc:
        raise UnreadableEvent(str(exc)) from exc


def failed_notice(event_id: str, body: dict[str, Any]) -> FailedNotice:
    try:
        payment = _entity(body, "payment")
        reason = str(payment.get("error_description") or payment.get("error_reason") or "payment failed")
        return FailedNotice(event_id=event_id, event_type=body["event"], provider_payment_id=str(payment["id"]),
                            amount_paise=int(payment["amount"]), reason=reason, lookup=_lookup(payment, None),
                            payload=body)
    except (KeyError, TypeError, ValueError) as exc:
        raise UnreadableEvent(str(exc)) from exc


def refund_notice(event_id: str, body: dict[str, Any]) -> RefundNotice:
    try:
        refund = _entity(body, "refund")
        return RefundNotice(event_id=event_id, event_type=body["event"], refund_id=str(refund["id"]),
                            provider_payment_id=str(refund["payment_id"]), amount_paise=int(refund["amount"]),
                            payload=body)
    except (KeyError, TypeError, ValueError) as exc:
        raise UnreadableEvent(str(exc)) from exc
