"""A fake Razorpay for development and tests: the parts of the API we use, with HTTP basic
auth checked, and a page to "pay" a link that sends correctly signed webhooks back.

    POST /v1/payment_links                 create (amount paise, INR, unique reference_id)
    GET  /v1/payment_links/{id}            fetch
    POST /v1/payment_links/{id}/cancel     cancel (refused once paid)
    POST /v1/payments/{id}/refund          refund; `refund.processed` webhook follows
    GET  /pay/{id}                         a page with buttons: pay by UPI, by card, fail
    POST /pay/{id}                         the buttons (form field `outcome`)
    POST /_test/pay/{id}                   JSON {"method", "amount", "fail", "force"} → deliveries
    GET  /_test/deliveries                 every webhook sent, with its raw body and signature

Paying sends `payment.captured` then `payment_link.paid` (failing sends `payment.failed`),
shaped like Razorpay's documented payloads, signed with HMAC-SHA256 of the raw body under the
webhook secret in `X-Razorpay-Signature`, with a fresh `x-razorpay-event-id` each.

Run it standalone: `python -m payments.fake_razorpay --port 9100 --webhook-url
http://127.0.0.1:8080/webhooks/razorpay` (keys from the options or RAZORPAY_* variables);
`vyapar serve --demo` without keys mounts it in-process under /fake-razorpay instead."""

from __future__ import annotations

import argparse
import asyncio
import base64
import binascii
import hashlib
import hmac
import html
import json
import os
import secrets
import string
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from aiohttp import ClientSession, ClientTimeout, web

DEMO_KEY_ID = "rzp_test_fakevyapar"
DEMO_KEY_SECRET = "fake_key_secret"
DEMO_WEBHOOK_SECRET = "fake_webhook_secret"
_ALNUM = string.ascii_letters + string.digits


def _rid(prefix: str) -> str:
    return prefix + "".join(secrets.choice(_ALNUM) for _ in range(14))


def sign(body: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _error(status: int, description: str, code: str = "BAD_REQUEST_ERROR") -> web.Response:
    return web.json_response({"error": {"code": code, "description": description}}, status=status)


@dataclass(slots=True)
class Delivery:
    event: str
    event_id: str
    body: bytes
    signature: str
    status: int | None = None


@dataclass(slots=True)
class FakeRazorpay:
    key_id: str = DEMO_KEY_ID
    key_secret: str = DEMO_KEY_SECRET
    webhook_secret: str = DEMO_WEBHOOK_SECRET
    webhook_url: str | None = None  # where webhooks go; None records them only
    public_url: str | None = None  # how customers reach the pay page; default: the request's origin
    links: dict[str, dict[str, Any]] = field(default_factory=dict)
    payments: dict[str, dict[str, Any]] = field(default_factory=dict)
    refunds: dict[str, dict[str, Any]] = field(default_factory=dict)
    deliveries: list[Delivery] = field(default_factory=list)
    _session: ClientSession | None = None
    _tasks: set[asyncio.Task[None]] = field(default_factory=set)

    # ---- the app -------------------------------------------------------------------
    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/v1/payment_links", self._create_link)
        app.router.add_get("/v1/payment_links/{id}", self._fetch_link)
        app.router.add_post("/v1/payment_links/{id}/cancel", self._cancel_link)
        app.router.add_post("/v1/payments/{id}/refund", self._refund)
        app.router.add_get("/pay/{id}", self._pay_page)
        app.router.add_post("/pay/{id}", self._pay_form)
        app.router.add_post("/_test/pay/{id}", self._test_pay)
        app.router.add_get("/_test/deliveries", self._list_deliveries)
        app.cleanup_ctx.append(self._http)
        return app

    async def _http(self, _app: web.Application) -> AsyncIterator[None]:
        self._session = ClientSession(timeout=ClientTimeout(total=15))
        yield
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._session.close()

    def _authorised(self, request: web.Request) -> bool:
        header = request.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError):
            return False
        return hmac.compare_digest(user, self.key_id) and hmac.compare_digest(password, self.key_secret)

    def _base(self, request: web.Request) -> str:
        if self.public_url:
            return self.public_url.rstrip("/")
        prefix = request.path[: request.path.index("/v1/")] if "/v1/" in request.path else ""
        return f"{request.scheme}://{request.host}{prefix}"

    # ---- API -------------------------------------------------------------------------
    async def _create_link(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return _error(401, "Authentication failed")
        body = await request.json()
        amount = body.get("amount")
        if not isinstance(amount, int) or amount < 100:
            return _error(400, "The amount must be atleast INR 1.00")
        if body.get("currency", "INR") != "INR":
            return _error(400, "Currency is not supported")
        reference = body.get("reference_id") or ""
        if reference and any(l["reference_id"] == reference for l in self.links.values()):
            return _error(400, f"Payment Link with reference {reference} already exists")
        now = int(time.time())
        link_id = _rid("plink_")
        link = {
            "id": link_id, "entity": "payment_link", "amount": amount, "amount_paid": 0, "currency": "INR",
            "accept_partial": False, "first_min_partial_amount": 0, "reference_id": reference,
            "description": body.get("description", ""), "customer": body.get("customer", {}),
            "notify": body.get("notify", {"sms": True, "email": True}), "reminder_enable": False,
            "notes": body.get("notes") or {}, "callback_url": body.get("callback_url", ""),
            "callback_method": body.get("callback_method", ""), "expire_by": int(body.get("expire_by") or 0),
            "expired_at": 0, "cancelled_at": 0, "created_at": now, "updated_at": now, "status": "created",
            "order_id": _rid("order_"), "payments": None, "upi_link": False, "user_id": "",
            "short_url": f"{self._base(request)}/pay/{link_id}",
        }
        self.links[link_id] = link
        return web.json_response(link)

    def _find_link(self, request: web.Request) -> dict[str, Any] | None:
        link = self.links.get(request.match_info["id"])
        if link is not None and link["status"] == "created" and link["expire_by"] and link["expire_by"] < time.time():
            link.update(status="expired", expired_at=int(time.time()))
        return link

    async def _fetch_link(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return _error(401, "Authentication failed")
        link = self._find_link(request)
        return web.json_response(link) if link else _error(400, "The id provided does not exist")

    async def _cancel_link(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return _error(401, "Authentication failed")
        link = self._find_link(request)
        if link is None:
            return _error(400, "The id provided does not exist")
        if link["status"] != "created":
            return _error(400, f"Payment Link cannot be cancelled in {link['status']} state")
        now = int(time.time())
        link.update(status="cancelled", cancelled_at=now, updated_at=now)
        return web.json_response(link)

    async def _refund(self, request: web.Request) -> web.Response:
        if not self._authorised(request):
            return _error(401, "Authentication failed")
        payment = self.payments.get(request.match_info["id"])
        if payment is None or payment["status"] != "captured":
            return _error(400, "The payment id provided is invalid or not captured")
        body = await request.json() if request.can_read_body else {}
        amount = int(body.get("amount") or payment["amount"] - payment["amount_refunded"])
        if amount <= 0 or amount > payment["amount"] - payment["amount_refunded"]:
            return _error(400, "The refund amount provided is greater than amount captured")
        refund = {
            "id": _rid("rfnd_"), "entity": "refund", "amount": amount, "currency": "INR",
            "payment_id": payment["id"], "notes": body.get("notes") or {}, "receipt": body.get("receipt"),
            "acquirer_data": {"arn": None}, "created_at": int(time.time()), "batch_id": None,
            "status": "processed", "speed_processed": "normal", "speed_requested": body.get("speed", "normal"),
        }
        self.refunds[refund["id"]] = refund
        payment["amount_refunded"] += amount
        payment["refund_status"] = "full" if payment["amount_refunded"] == payment["amount"] else "partial"
        task = asyncio.get_running_loop().create_task(
            self._later(self._send("refund.processed", {"refund": {"entity": refund}, "payment": {"entity": payment}}))
        )
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return web.json_response(refund)

    async def _later(self, delivery: Any) -> None:
        await asyncio.sleep(0.05)  # after the refund's own response, as Razorpay does
        await delivery

    # ---- paying ----------------------------------------------------------------------
    async def pay(self, link_id: str, *, method: str = "upi", amount: int | None = None, fail: bool = False,
                  force: bool = False) -> tuple[dict[str, Any], list[Delivery]]:
        """Pay (or fail to pay) a link and send the webhooks. `force` pays a link that is no
        longer payable: a payment already in flight when the link expired or was cancelled."""
        link = self.links.get(link_id)
        if link is None:
            raise web.HTTPNotFound(text="no such payment link")
        if link["status"] != "created" and not force:
            raise web.HTTPConflict(text=f"this payment link is {link['status']}")
        now = int(time.time())
        payment: dict[str, Any] = {
            "id": _rid("pay_"), "entity": "payment", "amount": amount if amount is not None else link["amount"],
            "currency": "INR", "base_amount": link["amount"], "status": "failed" if fail else "captured",
            "order_id": link["order_id"], "invoice_id": None, "international": False, "method": method,
            "amount_refunded": 0, "amount_transferred": 0, "refund_status": None, "captured": not fail,
            "description": "#" + link_id.removeprefix("plink_"), "card_id": None, "card": None, "bank": None,
            "wallet": None, "vpa": "customer@okfake" if method == "upi" else None,
            "email": link["customer"].get("email"), "contact": link["customer"].get("contact"),
            "notes": link["notes"], "fee": 0, "tax": 0, "error_code": "BAD_REQUEST_ERROR" if fail else None,
            "error_description": "Payment was unsuccessful as the UPI PIN was incorrect." if fail else None,
            "error_reason": "incorrect_pin" if fail else None, "error_source": "customer" if fail else None,
            "error_step": "payment_authorization" if fail else None, "acquirer_data": {"rrn": str(now)},
            "created_at": now,
        }
        if method == "card":
            payment["card"] = {"entity": "card", "id": _rid("card_"), "last4": "1111", "network": "Visa",
                               "type": "debit", "international": False, "emi": False}
            payment["card_id"] = payment["card"]["id"]
        self.payments[payment["id"]] = payment
        sent: list[Delivery] = []
        if fail:
            sent.append(await self._send("payment.failed", {"payment": {"entity": payment}}))
            return payment, sent
        link.update(status="paid", amount_paid=payment["amount"], updated_at=now)
        order = {"id": link["order_id"], "entity": "order", "amount": link["amount"], "amount_paid": payment["amount"],
                 "amount_due": 0, "currency": "INR", "receipt": link["reference_id"], "status": "paid",
                 "notes": link["notes"], "product_type": "payment_link_v2", "product_id": link_id.removeprefix("plink_")}
        sent.append(await self._send("payment.captured", {"payment": {"entity": payment}}))
        sent.append(await self._send("payment_link.paid", {
            "payment_link": {"entity": link}, "order": {"entity": order}, "payment": {"entity": payment}}))
        return payment, sent

    async def _send(self, event: str, payload: dict[str, Any]) -> Delivery:
        envelope = {"entity": "event", "account_id": "acc_FakeVyapar0001", "event": event,
                    "contains": list(payload), "payload": payload, "created_at": int(time.time())}
        body = json.dumps(envelope).encode()
        delivery = Delivery(event=event, event_id=_rid("evt_"), body=body, signature=sign(body, self.webhook_secret))
        self.deliveries.append(delivery)
        if self.webhook_url and self._session is not None:
            async with self._session.post(self.webhook_url, data=body, headers={
                "Content-Type": "application/json", "X-Razorpay-Signature": delivery.signature,
                "X-Razorpay-Event-Id": delivery.event_id, "User-Agent": "Razorpay-Webhook/v1 (fake)",
            }) as response:
                delivery.status = response.status
        return delivery

    async def _test_pay(self, request: web.Request) -> web.Response:
        body = await request.json() if request.can_read_body else {}
        payment, sent = await self.pay(request.match_info["id"], method=str(body.get("method", "upi")),
                                       amount=body.get("amount"), fail=bool(body.get("fail")),
                                       force=bool(body.get("force")))
        return web.json_response({"payment_id": payment["id"], "status": payment["status"],
                                  "deliveries": [{"event": d.event, "event_id": d.event_id, "status": d.status}
                                                 for d in sent]})

    async def _list_deliveries(self, _request: web.Request) -> web.Response:
        return web.json_response([{"event": d.event, "event_id": d.event_id, "status": d.status,
                                   "signature": d.signature, "body": d.body.decode()} for d in self.deliveries])

    async def _pay_page(self, request: web.Request) -> web.Response:
        link = self._find_link(request)
        if link is None:
            raise web.HTTPNotFound(text="no such payment link")
        rupees = f"₹{link['amount'] // 100}.{link['amount'] % 100:02d}"
        buttons = "" if link["status"] != "created" else (
            '<form method="post"><button name="outcome" value="upi">Pay by UPI</button> '
            '<button name="outcome" value="card">Pay by card</button> '
            '<button name="outcome" value="fail">Fail this payment</button></form>')
        page = (f"<!doctype html><meta charset=utf-8><title>Fake Razorpay</title>"
                f"<h1>Fake Razorpay — test mode</h1><p>{html.escape(str(link['description']))}</p>"
                f"<p>Amount: <b>{rupees}</b> · Link {html.escape(link['id'])} · status <b>{link['status']}</b></p>"
                f"{buttons}<p><small>No money moves: this page only sends signed webhooks.</small></p>")
        return web.Response(text=page, content_type="text/html")

    async def _pay_form(self, request: web.Request) -> web.Response:
        outcome = (await request.post()).get("outcome", "upi")
        _, sent = await self.pay(request.match_info["id"], method="card" if outcome == "card" else "upi",
                                 fail=outcome == "fail")
        lines = "".join(f"<li>{d.event}: webhook answered {d.status}</li>" for d in sent)
        return web.Response(text=f"<!doctype html><meta charset=utf-8><h1>Done</h1><ul>{lines}</ul>",
                            content_type="text/html")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m payments.fake_razorpay", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9100)
    parser.add_argument("--webhook-url", default="http://127.0.0.1:8080/webhooks/razorpay")
    parser.add_argument("--key-id", default=os.environ.get("RAZORPAY_KEY_ID", DEMO_KEY_ID))
    parser.add_argument("--key-secret", default=os.environ.get("RAZORPAY_KEY_SECRET", DEMO_KEY_SECRET))
    parser.add_argument("--webhook-secret", default=os.environ.get("RAZORPAY_WEBHOOK_SECRET", DEMO_WEBHOOK_SECRET))
    args = parser.parse_args(argv)
    fake = FakeRazorpay(key_id=args.key_id, key_secret=args.key_secret, webhook_secret=args.webhook_secret,
                        webhook_url=args.webhook_url)
    web.run_app(fake.app(), host=args.host, port=args.port)


if __name__ == "__main__":
    main()
