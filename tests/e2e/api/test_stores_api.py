"""Store registration (spec §14.5) and money at the edge: rupees in, exact paise stored."""

from __future__ import annotations

from typing import Any

from commerce.ids import new_id
from commerce.tables import InventoryItem, Store
from commerce.unit_of_work import UnitOfWork
from tests.e2e.api.conftest import Api


def registration(**changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "name": "Sharma Kirana Store", "owner_name": "Ramesh Sharma", "phone": "+919876500000",
        "email": "ramesh@example.in", "whatsapp": "9876500000",
        "address": {"street": "123 Main Road, Near Temple", "city": "Mumbai", "state": "Maharashtra",
                    "pincode": "400001"},
        "settings": {"store_type": "Kirana Store", "delivery_radius": 3, "min_order_amount": 100.1,
                     "business_hours": {"open": "09:00", "close": "21:00"}},
        "gst_number": "22AAAAA0000A1Z5",
    }
    body.update(changes)
    return body


async def test_registration_answers_the_spec_shape(api: Api) -> None:
    store_id = new_id("STORE")
    answer = await api.call("POST", "/api/v1/stores/register", json=registration(store_id=store_id))
    assert answer.status == 201, answer.body
    assert answer.body["success"] is True and answer.body["store_id"] == store_id
    assert answer.body["message"].startswith("Store registered successfully")
    assert answer.body["data"]["store_name"] == "Sharma Kirana Store" and answer.body["data"]["city"] == "Mumbai"
    assert isinstance(answer.body["data"]["products_added"], int)
    async with UnitOfWork(api.db, write=False) as uow:
        store = await uow.session.get(Store, store_id)
    assert store is not None and store.min_order_paise == 10010 and store.whatsapp == "+919876500000"


async def test_registration_errors_are_422_naming_the_field(api: Api) -> None:
    address = registration()["address"]
    settings = registration()["settings"]
    cases = [
        (registration(phone="12345"), "phone"),
        (registration(gst_number="22AAAAA0000A1Z"), "gst_number"),
        (registration(email="not-an-email"), "email"),
        (registration(store_id="STORE-123"), "store_id"),
        ({k: v for k, v in registration().items() if k != "owner_name"}, "owner_name"),
        (registration(address={**address, "pincode": "040001"}), "pincode"),
        (registration(address={k: v for k, v in address.items() if k != "city"}), "address.city"),
        (registration(settings={**settings, "min_order_amount": 100.123}), "settings.min_order_amount"),
        (registration(settings={**settings, "delivery_radius": 0}), "settings.delivery_radius"),
        (registration(settings={**settings, "business_hours": {"open": "9am", "close": "21:00"}}),
         "settings.business_hours.open"),
        (registration(name="<script>alert(1)</script>"), "name"),
    ]
    for body, field in cases:
        answer = await api.call("POST", "/api/v1/stores/register", json=body)
        assert answer.status == 422, (field, answer.body)
        assert answer.body["error_code"] == "VALIDATION_ERROR" and answer.body["details"]["field"] == field
    invalid_phone = await api.call("POST", "/api/v1/stores/register", json=registration(phone="12345"))
    assert invalid_phone.body["error"] == "Invalid phone number format"  # §14.5.6


async def test_rupees_become_exact_paise(api: Api) -> None:
    """0.1 + 0.2 style float errors must not reach the till: 52.35 rupees is 5235 paise."""
    for rupees, paise in ((52.35, 5235), (0.29, 29), (1234567.89, 123456789), (19.99, 1999), (100, 10000)):
        answer = await api.call("PUT", f"/api/v1/inventory/products/{api.ids['item_a']}", who="owner_a",
                                json={"selling_price": rupees})
        assert answer.status == 200, answer.body
        assert answer.body["data"]["selling_price_paise"] == paise
        async with UnitOfWork(api.db, write=False) as uow:
            item = await uow.session.get(InventoryItem, api.ids["item_a"])
        assert item is not None and item.selling_price_paise == paise
    three_places = await api.call("PUT", f"/api/v1/inventory/products/{api.ids['item_a']}", who="owner_a",
                                  json={"selling_price": 52.355})
    assert three_places.status == 422 and three_places.body["details"]["field"] == "selling_price"
    both = await api.call("PUT", f"/api/v1/inventory/products/{api.ids['item_a']}", who="owner_a",
                          json={"selling_price": 52, "selling_price_paise": 5200})
    assert both.status == 422


async def test_store_update_and_stock_flow(api: Api) -> None:
    a = api.ids["store_a"]
    changed = await api.call("PUT", f"/api/v1/stores/{a}", who="owner_a", json={
        "settings": {"min_order_amount": 99.99, "business_hours": {"close": "22:30"}, "delivery_fee_paise": 1500},
        "is_open": False})
    data = changed.body["data"]
    assert data["settings"]["min_order_paise"] == 9999 and data["settings"]["min_order_amount"] == 99.99
    assert data["settings"]["business_hours"] == {"open": "09:00", "close": "22:30"} and data["is_open"] is False
    item = api.ids["item_a"]
    below_zero = await api.call("POST", "/api/v1/inventory/stock/update", who="owner_a",
                                json={"item_id": item, "delta": -21})
    assert below_zero.status == 422 and below_zero.body["details"]["available"] == 20
    moved = await api.call("POST", "/api/v1/inventory/stock/update", who="owner_a", json={"item_id": item, "delta": -16})
    assert moved.body["data"] == {"item_id": item, "name": "Aashirvaad Atta", "old_stock": 20, "new_stock": 4}
    low = await api.call("GET", "/api/v1/inventory/low-stock", who="owner_a")
    assert item in {i["item_id"] for i in low.body["data"]["items"]}
    bad_bulk = await api.call("POST", "/api/v1/inventory/stock/bulk-update", who="owner_a", json={"items": [
        {"item_id": item, "stock": 50}, {"item_id": api.ids["item_b"], "stock": 1}]})
    assert bad_bulk.status == 404  # B's item: the whole batch is refused …
    level = await api.call("GET", f"/api/v1/inventory/stock/{item}", who="owner_a")
    assert level.body["data"]["current_stock"] == 4  # … and nothing of it was applied
    summary = await api.call("GET", "/api/v1/inventory/summary", who="owner_a")
    assert summary.body["data"]["low_stock_count"] >= 1
