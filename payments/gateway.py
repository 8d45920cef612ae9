"""Razorpay through its Python SDK. The SDK is synchronous (requests), so every call runs in
a worker thread (asyncio.to_thread), never on the event loop. `api_url` points it at the
real API or at the fake server (payments.fake_razorpay) with no other change."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import razorpay
import requests
from razorpay.errors import BadRequestError, GatewayError, ServerError

REAL_API_URL = "https://api.razorpay.com"
TIMEOUT_S = 15.0


class PaymentGatewayError(Exception):
    """The provider could not do it; `permanent` when retrying will not help (it refused)."""

    def __init__(self, message: str, *, permanent: bool) -> None:
        super().__init__(message)
        self.permanent = permanent


@dataclass(frozen=True, slots=True, kw_only=True)
class GatewayConfig:
    key_id: str
    key_secret: str
    webhook_secret: str
    api_url: str = REAL_API_URL
    expiry_minutes: int = 15
    callback_url: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class LinkRequest:
    amount_paise: int
    reference_id: str
    expire_by: datetime
    description: str
    customer_name: str
    customer_contact: str | None
    notes: dict[str, str]


@dataclass(frozen=True, slots=True, kw_only=True)
class ProviderLink:
    id: str
    short_url: str
    status: str
    amount_paise: int
    provider_order_id: str | None


@dataclass(frozen=True, slots=True, kw_only=True)
class ProviderRefund:
    id: str
    status: str
    amount_paise: int


def _link(entity: dict[str, Any]) -> ProviderLink:
    return ProviderLink(id=str(entity["id"]), short_url=str(entity.get("short_url") or ""),
                        status=str(entity.get("status") or ""), amount_paise=int(entity.get("amount") or 0),
                        provider_order_id=entity.get("order_id") or None)


class RazorpayGateway:
    __slots__ = ("config", "_client")

    def __init__(self, config: GatewayConfig) -> None:
        self.config = config
        self._client = razorpay.Client(auth=(config.key_id, config.key_secret), base_url=config.api_url.rstrip("/"))

    async def _call(self, fn: Any, *args: Any) -> dict[str, Any]:
        try:
            result: dict[str, Any] = await asyncio.to_thread(fn, *args, timeout=TIMEOUT_S)
            return result
        except BadRequestError as exc:
            raise PaymentGatewayError(f"Razorpay refused: {exc}", permanent=True) from exc
        except (GatewayError, ServerError, requests.RequestException, ValueError) as exc:
            raise PaymentGatewayError(f"Razorpay unavailable: {exc}", permanent=False) from exc

    async def create_link(self, request: LinkRequest) -> ProviderLink:
        customer: dict[str, str] = {"name": request.customer_name or "Customer"}
        if request.customer_contact:
            customer["contact"] = request.customer_contact
        body: dict[str, Any] = {
            "amount": request.amount_paise, "currency": "INR", "accept_partial": False,
            "reference_id": request.reference_id, "expire_by": int(request.expire_by.timestamp()),
            "description": request.description[:2048], "customer": customer,
            "notify": {"sms": False, "email": False}, "reminder_enable": False, "notes": request.notes,
        }
        if self.config.callback_url:
            body["callback_url"] = self.config.callback_url
            body["callback_method"] = "get"
        return _link(await self._call(self._client.payment_link.create, body))

    async def fetch_link(self, link_id: str) -> ProviderLink:
        return _link(await self._call(self._client.payment_link.fetch, link_id))

    async def cancel_link(self, link_id: str) -> ProviderLink:
        return _link(await self._call(self._client.payment_link.cancel, link_id))

    async def refund(self, provider_payment_id: str, amount_paise: int, *, receipt: str) -> ProviderRefund:
        body = {"amount": amount_paise, "speed": "normal", "receipt": receipt[:40], "notes": {"payment": receipt[:40]}}
        entity = await self._call(self._client.payment.refund, provider_payment_id, body)
        return ProviderRefund(id=str(entity["id"]), status=str(entity.get("status") or ""),
                              amount_paise=int(entity.get("amount") or amount_paise))

    def close(self) -> None:
        self._client.session.close()
