"""The gateway drives the real razorpay SDK against the fake Razorpay: payment links create,
fetch and cancel, refunds; every SDK request runs in a worker thread, never on the event loop
(the SDK is synchronous, built on requests)."""

from __future__ import annotations

import threading
import time
from datetime import timedelta
from typing import Any

import pytest
from aiohttp.test_utils import TestServer

from commerce.tables import utcnow
from payments.fake_razorpay import FakeRazorpay
from payments.gateway import GatewayConfig, LinkRequest, PaymentGatewayError, RazorpayGateway

KEY_ID, KEY_SECRET = "rzp_test_gw", "gw_key_secret"


def _request(reference: str, amount: int = 5_200) -> LinkRequest:
    return LinkRequest(amount_paise=amount, reference_id=reference, expire_by=utcnow() + timedelta(minutes=16),
                       description="Order 7 at Sharma Kirana", customer_name="Asha",
                       customer_contact="+919812345678", notes={"order_id": reference})


@pytest.fixture
async def fake_and_gateway(aiohttp_server: Any) -> Any:
    fake = FakeRazorpay(key_id=KEY_ID, key_secret=KEY_SECRET, webhook_secret="whsec_gw")  # webhooks recorded only
    server: TestServer = await aiohttp_server(fake.app())
    gateway = RazorpayGateway(GatewayConfig(key_id=KEY_ID, key_secret=KEY_SECRET, webhook_secret="whsec_gw",
                                            api_url=str(server.make_url("")).rstrip("/")))
    yield fake, gateway
    gateway.close()


async def test_sdk_calls_never_run_on_the_event_loop(fake_and_gateway: Any) -> None:
    fake, gateway = fake_and_gateway
    loop_thread = threading.get_ident()
    seen: list[tuple[str, str, int]] = []
    session = gateway._client.session
    original = session.request

    def recording(method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        seen.append((method.upper(), url.split("/v1/", 1)[1], threading.get_ident()))
        return original(method, url, *args, **kwargs)

    session.request = recording  # every SDK call goes through the client's requests.Session
    made = await gateway.create_link(_request("ORD-GW-1"))
    fetched = await gateway.fetch_link(made.id)
    payment, _ = await fake.pay(made.id, method="upi")
    refund = await gateway.refund(payment["id"], 5_200, receipt="PAY-GW-1")
    second = await gateway.create_link(_request("ORD-GW-2"))
    cancelled = await gateway.cancel_link(second.id)

    assert [(m, path) for m, path, _ in seen] == [
        ("POST", "payment_links"), ("GET", f"payment_links/{made.id}"), ("POST", f"payments/{payment['id']}/refund"),
        ("POST", "payment_links"), ("POST", f"payment_links/{second.id}/cancel")]
    assert all(thread != loop_thread for _, _, thread in seen)
    assert (fetched.id, fetched.status, fetched.amount_paise) == (made.id, "created", 5_200)
    assert (refund.status, refund.amount_paise) == ("processed", 5_200) and refund.id in fake.refunds
    assert cancelled.status == "cancelled" and fake.links[second.id]["status"] == "cancelled"


async def test_the_fake_refuses_what_razorpay_refuses(fake_and_gateway: Any) -> None:
    fake, gateway = fake_and_gateway
    made = await gateway.create_link(_request("ORD-GW-3"))
    with pytest.raises(PaymentGatewayError) as duplicate:  # reference ids are unique per link
        await gateway.create_link(_request("ORD-GW-3"))
    assert duplicate.value.permanent
    payment, _ = await fake.pay(made.id)
    assert (await gateway.fetch_link(made.id)).status == "paid"
    with pytest.raises(PaymentGatewayError) as paid_link:  # a paid link cannot be cancelled
        await gateway.cancel_link(made.id)
    assert paid_link.value.permanent
    with pytest.raises(PaymentGatewayError) as too_much:  # never more than was captured
        await gateway.refund(payment["id"], 5_201, receipt="PAY-GW-3")
    assert too_much.value.permanent
    await gateway.refund(payment["id"], 5_200, receipt="PAY-GW-3")
    with pytest.raises(PaymentGatewayError):  # refunded in full already
        await gateway.refund(payment["id"], 1, receipt="PAY-GW-3")
    # a link past its expire_by reads as expired and cannot be cancelled
    late = await gateway.create_link(_request("ORD-GW-4"))
    fake.links[late.id]["expire_by"] = int(time.time()) - 1
    assert (await gateway.fetch_link(late.id)).status == "expired"
    with pytest.raises(PaymentGatewayError):
        await gateway.cancel_link(late.id)


async def test_wrong_keys_are_refused(fake_and_gateway: Any) -> None:
    _, gateway = fake_and_gateway
    wrong = RazorpayGateway(GatewayConfig(key_id=KEY_ID, key_secret="not-the-secret", webhook_secret="x",
                                          api_url=gateway.config.api_url))
    try:
        with pytest.raises(PaymentGatewayError):
            await wrong.create_link(_request("ORD-GW-5"))
    finally:
        wrong.close()
