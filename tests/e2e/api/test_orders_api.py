"""The orders API (spec §8.4) over HTTP, for admin, owner A, owner B, customer and anonymous:
owner B never reads or changes store A's orders; status changes follow the named
transitions (409 INVALID_TRANSITION otherwise); exports parse back (CSV) and carry the order
numbers (PDF). Every JSON answer is checked against the OpenAPI document."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, time, timedelta

from pypdf import PdfReader
from sqlalchemy import update

from commerce.stores import INDIA
from commerce.tables import Order
from commerce.unit_of_work import UnitOfWork
from tests.e2e.api.conftest import Api
from tests.e2e.api.orders_support import both_api, customer, flagged_order, place  # noqa: F401 — fixture

REFUSED = {"anonymous": 401, "customer": 403, "owner_b": 404}


def who(actor: str) -> str | None:
    return None if actor == "anonymous" else actor


async def test_owner_b_never_reads_or_changes_store_a_orders(both_api: Api) -> None:
    api = both_api
    a1 = await place(api, "store_a", "item_a", 2)
    b1 = await place(api, "store_b", "item_b", 1)
    q = f"?store_id={api.ids['store_a']}"
    reads = [f"/api/v1/orders/{a1.id}", f"/api/v1/orders/{a1.id}/status"]
    writes = [("PUT", f"/api/v1/orders/{a1.id}/status", {"status": "processing"}),
              ("POST", f"/api/v1/orders/{a1.id}/cancel", {"reason": "test"})]
    for actor, status in REFUSED.items():
        for path in reads:
            assert (await api.call("GET", path, who=who(actor))).status == status, (actor, path)
            if actor == "owner_b":  # naming store A does not help
                assert (await api.call("GET", path + q, who="owner_b")).status == 404
        for method, path, body in writes:
            answer = await api.call(method, path, who=who(actor), json=body)
            assert answer.status == status and answer.body["success"] is False, (actor, path, answer.body)
        for listing in ("/api/v1/orders", "/api/v1/orders/history", "/api/v1/orders/stats/daily"):
            expected = 200 if actor == "owner_b" else status
            assert (await api.call("GET", listing, who=who(actor))).status == expected
            if actor == "owner_b":
                assert (await api.call("GET", listing + q, who="owner_b")).status == 404
        export = await api.call("GET", "/api/v1/orders/export?format=csv" + ("&" + q[1:] if actor == "owner_b" else ""),
                                who=who(actor))
        assert export.status == status
    # B's own list holds only B's order
    b_list = await api.call("GET", "/api/v1/orders", who="owner_b")
    assert [o["id"] for o in b_list.body["data"]["items"]] == [b1.id]
    # nothing of A moved
    a_view = await api.call("GET", f"/api/v1/orders/{a1.id}", who="owner_a")
    assert a_view.body["data"]["status"] == "confirmed"
    assert [(e["from"], e["to"]) for e in a_view.body["data"]["events"]] == [(None, "confirmed")]
    # the admin names the store; without it the call is refused
    assert (await api.call("GET", "/api/v1/orders", who="admin")).status == 422
    admin_list = await api.call("GET", "/api/v1/orders" + q, who="admin")
    assert [o["id"] for o in admin_list.body["data"]["items"]] == [a1.id]


async def test_status_changes_follow_the_named_transitions(both_api: Api) -> None:
    api = both_api
    order = await place(api, "store_a", "item_a", 3)  # COD: confirmed at once; stock 20 → 17
    path = f"/api/v1/orders/{order.id}/status"
    skip = await api.call("PUT", path, who="owner_a", json={"status": "delivered"})
    assert skip.status == 409 and skip.body["error_code"] == "INVALID_TRANSITION"
    assert skip.body["details"] == {"current": "confirmed", "wanted": "delivered"}
    back = await api.call("PUT", path, who="owner_a", json={"status": "pending"})
    assert back.status == 409 and back.body["error_code"] == "INVALID_TRANSITION"
    unknown = await api.call("PUT", path, who="owner_a", json={"status": "shipped"})
    assert unknown.status == 422 and unknown.body["details"]["field"] == "status"
    for step in ("processing", "out_for_delivery"):
        moved = await api.call("PUT", path, who="owner_a", json={"status": step})
        assert moved.status == 200 and moved.body["data"]["status"] == step
    admin = await api.call("PUT", path + f"?store_id={api.ids['store_a']}", who="admin",
                           json={"status": "delivered"})
    assert admin.status == 200
    assert (admin.body["data"]["status"], admin.body["data"]["payment_status"]) == ("delivered", "completed")
    status = await api.call("GET", path, who="owner_a")
    assert [(h["from"], h["to"], h["actor"]) for h in status.body["data"]["history"]] == [
        (None, "confirmed", f"customer:{api.ids['customer']}"), ("confirmed", "processing", "owner"),
        ("processing", "out_for_delivery", "owner"), ("out_for_delivery", "delivered", "admin")]
    late = await api.call("POST", f"/api/v1/orders/{order.id}/cancel", who="owner_a")
    assert late.status == 409 and late.body["error_code"] == "INVALID_TRANSITION"


async def test_cancel_gives_the_stock_back_once(both_api: Api) -> None:
    api = both_api
    order = await place(api, "store_a", "item_a", 4)
    stock = f"/api/v1/inventory/stock/{api.ids['item_a']}"
    before = (await api.call("GET", stock, who="owner_a")).body["data"]
    cancelled = await api.call("POST", f"/api/v1/orders/{order.id}/cancel", who="owner_a",
                               json={"reason": "customer called"})
    assert cancelled.status == 200
    assert (cancelled.body["data"]["status"], cancelled.body["data"]["payment_status"]) == ("cancelled", "failed")
    assert cancelled.body["data"]["events"][1]["reason"] == "customer called"
    after = (await api.call("GET", stock, who="owner_a")).body["data"]
    assert after["current_stock"] == before["current_stock"] + 4
    again = await api.call("POST", f"/api/v1/orders/{order.id}/cancel", who="owner_a")  # no body at all
    assert again.status == 409
    assert (await api.call("GET", stock, who="owner_a")).body["data"]["current_stock"] == after["current_stock"]


async def _placed_at(api: Api, moments: dict[str, datetime]) -> None:
    """Date orders to fixed moments, so days and the newest-first order never depend on the clock."""
    async with UnitOfWork(api.db) as uow:
        for order_id, moment in moments.items():
            await uow.session.execute(update(Order).where(Order.id == order_id).values(created_at=moment))
        await uow.commit()


def _ist(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), tzinfo=INDIA)


DAY = date(2024, 11, 5)  # a past India day the orders below are dated to
NEXT = (DAY + timedelta(days=1)).isoformat()


async def test_list_filters_pages_and_history(api: Api) -> None:
    other = await customer(api, "919800001111", "Meena")
    first = await place(api, "store_a", "item_a", 1)
    second = await place(api, "store_a", "item_a", 1, customer=other)
    third = await place(api, "store_a", "item_a", 1, method="upi")  # pending until paid
    await _placed_at(api, {first.id: _ist(DAY, 0, 0), second.id: _ist(DAY, 12), third.id: _ist(DAY, 23, 59)})
    await api.call("POST", f"/api/v1/orders/{first.id}/cancel", who="owner_a")
    everything = await api.call("GET", "/api/v1/orders?limit=2", who="owner_a")
    data = everything.body["data"]
    assert (data["total"], data["pages"], data["page"], data["limit"]) == (3, 2, 1, 2)
    assert [o["id"] for o in data["items"]] == [third.id, second.id]  # newest first
    page_two = await api.call("GET", "/api/v1/orders?limit=2&page=2", who="owner_a")
    assert [o["id"] for o in page_two.body["data"]["items"]] == [first.id]
    pending = await api.call("GET", "/api/v1/orders?status=pending", who="owner_a")
    assert [o["id"] for o in pending.body["data"]["items"]] == [third.id]
    meena = await api.call("GET", f"/api/v1/orders?customer={other}", who="owner_a")
    assert [o["customer_name"] for o in meena.body["data"]["items"]] == ["Meena"]
    far = await api.call("GET", "/api/v1/orders?from=2020-01-01&to=2020-01-31", who="owner_a")
    assert far.body["data"]["total"] == 0
    day = DAY.isoformat()  # the API counts days in India time: 00:00 and 23:59 are both that day
    assert (await api.call("GET", f"/api/v1/orders?from=2020-01-01&to={day}", who="owner_a")).body["data"]["total"] == 3
    assert (await api.call("GET", f"/api/v1/orders?from={day}&to={day}", who="owner_a")).body["data"]["total"] == 3
    assert (await api.call("GET", f"/api/v1/orders?from={NEXT}", who="owner_a")).body["data"]["total"] == 0
    bad = await api.call("GET", "/api/v1/orders?from=yesterday", who="owner_a")
    assert bad.status == 422 and bad.body["details"]["field"] == "from"
    assert (await api.call("GET", "/api/v1/orders?status=lost", who="owner_a")).status == 422
    history = await api.call("GET", "/api/v1/orders/history", who="owner_a")
    assert [o["id"] for o in history.body["data"]["items"]] == [first.id]  # only finished orders
    daily = await api.call("GET", f"/api/v1/orders/stats/daily?date={day}", who="owner_a")
    assert daily.status == 200
    stats = daily.body["data"]
    assert (stats["date"], stats["orders"], stats["cancelled"]) == (day, 3, 1)
    assert stats["sales_paise"] == 2 * 28000  # the cancelled order is not a sale; the unpaid one is
    assert (stats["items_sold"], stats["average_order_paise"]) == (2, 28000)
    assert {k: v for k, v in stats["by_status"].items() if v} == {"pending": 1, "confirmed": 1, "cancelled": 1}
    next_day = (await api.call("GET", f"/api/v1/orders/stats/daily?date={NEXT}", who="owner_a")).body["data"]
    assert (next_day["orders"], next_day["sales_paise"], next_day["cancelled"]) == (0, 0, 0)
    b_day = (await api.call("GET", f"/api/v1/orders/stats/daily?date={day}", who="owner_b")).body["data"]
    assert b_day["orders"] == 0  # store A's day is not store B's


async def _history_ids(api: Api, query: str, who: str = "owner_a") -> tuple[list[str], dict[str, int]]:
    answer = await api.call("GET", f"/api/v1/orders/history{query}", who=who)
    assert answer.status == 200, answer.body
    data = answer.body["data"]
    return [o["id"] for o in data["items"]], {k: data[k] for k in ("total", "page", "limit", "pages")}


async def test_history_pages_through_finished_orders(api: Api) -> None:
    orders = [await place(api, "store_a", "item_a", 1) for _ in range(7)]
    # 0, 2 and 5 cancelled; 1 and 4 delivered; 3 still confirmed and 6 being packed: not history
    for n in (0, 2, 5):
        assert (await api.call("POST", f"/api/v1/orders/{orders[n].id}/cancel", who="owner_a")).status == 200
    for n in (1, 4, 6):
        steps = ("processing", "out_for_delivery", "delivered") if n != 6 else ("processing",)
        for step in steps:
            moved = await api.call("PUT", f"/api/v1/orders/{orders[n].id}/status", who="owner_a",
                                   json={"status": step})
            assert moved.status == 200, moved.body
    # one minute apart, oldest first, except 1 and 2 placed at the same moment
    minutes = [0, 1, 1, 2, 3, 4, 5]
    await _placed_at(api, {o.id: _ist(DAY, 10, m) for o, m in zip(orders, minutes, strict=True)})
    finished = [orders[n].id for n in (5, 4, 2, 1, 0)]  # newest first

    pages = [await _history_ids(api, f"?limit=2&page={page}") for page in (1, 2, 3, 4)]
    assert [meta for _, meta in pages] == [{"total": 5, "page": p, "limit": 2, "pages": 3} for p in (1, 2, 3, 4)]
    ids = [page for page, _ in pages]
    assert ids[0] == finished[:2]  # page size 2, newest first
    assert set(ids[1]) == set(finished[2:4])  # the two placed at the same moment, both on page 2
    assert ids[2] == finished[4:]  # the last page holds what is left
    assert ids[3] == []  # past the last page: nothing, the totals still right
    seen = [i for page in ids for i in page]
    assert len(seen) == len(set(seen)) == 5 and set(seen) == set(finished)  # no overlap, none missed
    assert (await _history_ids(api, "?limit=2&page=2"))[0] == ids[1]  # the tie is broken the same way every time

    whole, meta = await _history_ids(api, "")
    assert whole[:2] == finished[:2] and set(whole) == set(finished) and meta == {
        "total": 5, "page": 1, "limit": 20, "pages": 1}  # default page size 20
    assert (await _history_ids(api, "?limit=5"))[1]["pages"] == 1
    assert (await _history_ids(api, "?limit=4&page=2"))[0] == finished[4:]
    day = DAY.isoformat()
    assert (await _history_ids(api, f"?from={day}&to={day}&limit=3"))[1] == {"total": 5, "page": 1, "limit": 3,
                                                                              "pages": 2}
    assert (await _history_ids(api, f"?from={NEXT}"))[1]["total"] == 0
    assert (await _history_ids(api, "", who="owner_b"))[1]["total"] == 0  # store B has no history
    for bad in ("limit=0", "limit=101", "page=0", "page=two", "limit=-1"):
        refused = await api.call("GET", f"/api/v1/orders/history?{bad}", who="owner_a")
        assert refused.status == 422 and refused.body["details"]["field"] == bad.split("=")[0], bad


async def test_exports_parse_back(api: Api) -> None:
    tricky = await customer(api, "919800002222", 'Kumar, Ravi "RK"')
    formula = await customer(api, "919800003333", "=SUM(A1:A9)")
    one = await place(api, "store_a", "item_a", 2, customer=tricky)
    two = await place(api, "store_a", "item_a", 1, customer=formula)
    await place(api, "store_b", "item_b", 1)  # B's order is never in A's export
    answer = await api.client.get("/api/v1/orders/export?format=csv",
                                  headers={"Authorization": f"Bearer {api.tokens['owner_a']}"})
    assert answer.status == 200 and answer.content_type == "text/csv"
    assert answer.headers["Content-Disposition"].startswith('attachment; filename="orders-')
    rows = list(csv.DictReader(io.StringIO((await answer.read()).decode("utf-8-sig"))))
    assert [r["order_number"] for r in rows] == [one.order_number, two.order_number]
    assert rows[0]["customer_name"] == 'Kumar, Ravi "RK"'
    assert rows[1]["customer_name"] == "'=SUM(A1:A9)"  # a formula is never run by a spreadsheet
    assert rows[0]["items"] == "Aashirvaad Atta 5 kg × 2"
    assert (rows[0]["total"], rows[1]["total"], rows[0]["status"]) == ("560.00", "280.00", "confirmed")
    pdf = await api.client.get("/api/v1/orders/export?format=pdf",
                               headers={"Authorization": f"Bearer {api.tokens['owner_a']}"})
    assert pdf.status == 200 and pdf.content_type == "application/pdf"
    content = await pdf.read()
    assert content.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)
    assert one.order_number in text and two.order_number in text
    assert "₹560.00" in text and "Kumar, Ravi" in text
    assert (await api.call("GET", "/api/v1/orders/export?format=xls", who="owner_a")).status == 422


async def test_admin_reviews_a_flagged_payment(api: Api) -> None:
    kept = await flagged_order(api, provider_payment_id="pay_KEEP")
    refused = await flagged_order(api, provider_payment_id="pay_REFUSE")
    stock = f"/api/v1/inventory/stock/{api.ids['item_a']}"
    before = (await api.call("GET", stock, who="owner_a")).body["data"]["current_stock"]
    owner_try = await api.call("POST", f"/api/v1/admin/orders/{kept.id}/payment-review", who="owner_a",
                               json={"accept": True})
    assert owner_try.status == 403  # the owner is told; the platform decides
    accepted = await api.call("POST", f"/api/v1/admin/orders/{kept.id}/payment-review", who="admin",
                              json={"accept": True, "note": "customer paid ₹1 extra, keep it"})
    assert accepted.status == 200 and accepted.body["data"] == {"order_id": kept.id, "outcome": "confirmed"}
    assert (await api.call("GET", f"/api/v1/orders/{kept.id}", who="owner_a")).body["data"]["status"] == "confirmed"
    again = await api.call("POST", f"/api/v1/admin/orders/{kept.id}/payment-review", who="admin", json={"accept": True})
    assert again.status == 409  # decided once
    rejected = await api.call("POST", f"/api/v1/admin/orders/{refused.id}/payment-review", who="admin",
                              json={"accept": False})
    assert rejected.status == 200 and rejected.body["data"]["outcome"] == "refunded"
    details = (await api.call("GET", f"/api/v1/orders/{refused.id}", who="owner_a")).body["data"]
    assert details["status"] == "cancelled"
    after = (await api.call("GET", stock, who="owner_a")).body["data"]["current_stock"]
    assert after == before + 1  # the refused order's unit is back on the shelf, once
    missing = await api.call("POST", "/api/v1/admin/orders/ORD-NOPE/payment-review", who="admin",
                             json={"accept": True})
    assert missing.status == 404
    bad = await api.call("POST", f"/api/v1/admin/orders/{kept.id}/payment-review", who="admin", json={"accept": "yes"})
    assert bad.status == 422 and bad.body["details"]["field"] == "accept"
