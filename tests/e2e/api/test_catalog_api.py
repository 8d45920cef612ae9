"""The global catalog, a store's own inventory rows and the admin's store actions, over HTTP
and followed by what they did: the role matrix (test_tenancy.py) proves who may call each
operation; these prove that the calls do what the document says."""

from __future__ import annotations

from typing import Any

from tests.e2e.api.conftest import Api

OIL_BARCODE = "8901725181222"
OIL = {"name": "Dhara Kachi Ghani Mustard Oil", "brand": "Dhara", "category": "Oils", "barcode": OIL_BARCODE,
       "size_value": 1, "size_unit": "l", "mrp_paise": 18500, "aliases": ["refined oil"]}


async def _search(api: Api, query: str, who: str = "owner_a") -> list[str]:
    answer = await api.call("GET", f"/api/v1/products/search?{query}", who=who)
    assert answer.status == 200, answer.body
    return [p["product_id"] for p in answer.body["data"]["items"]]


async def test_catalog_create_read_update_lookup_search_delete(api: Api) -> None:
    made = await api.call("POST", "/api/v1/admin/products", who="admin", json=OIL)
    assert made.status == 201, made.body
    oil = made.body["data"]
    oil_id = oil["product_id"]
    assert {k: oil[k] for k in OIL} == {**OIL, "size_value": 1.0}
    assert oil_id.startswith("PROD-") and oil["starter"] is False

    again = await api.call("POST", "/api/v1/admin/products", who="admin", json={**OIL, "name": "Dhara Oil"})
    assert again.status == 409 and again.body["error_code"] == "CONFLICT"  # one barcode, one product
    assert again.body["details"]["product_id"] == oil_id

    read = await api.call("GET", f"/api/v1/admin/products/{oil_id}", who="owner_b")
    assert read.status == 200 and read.body["data"] == oil
    by_code = await api.call("GET", f"/api/v1/products/barcode/{OIL_BARCODE}", who="owner_a")
    assert by_code.status == 200 and by_code.body["data"]["product_id"] == oil_id
    seed_atta = await api.call("GET", "/api/v1/products/barcode/8901063092105", who="admin")
    assert seed_atta.body["data"]["product_id"] == api.ids["product"]
    unknown = await api.call("GET", "/api/v1/products/barcode/8901000000999", who="owner_a")
    assert unknown.status == 404 and unknown.body["error_code"] == "NOT_FOUND"
    malformed = await api.call("GET", "/api/v1/products/barcode/89010A", who="owner_a")
    assert malformed.status == 422 and malformed.body["details"]["field"] == "barcode"

    assert await _search(api, "q=mustard") == [oil_id]
    assert await _search(api, "q=DHARA+mustard") == [oil_id]  # every word, any case, brand too
    assert await _search(api, "q=mustard&category=Staples") == []
    assert oil_id in await _search(api, "category=Oils")
    listed = await api.call("GET", "/api/v1/admin/products?q=atta&limit=1", who="admin")
    assert listed.body["data"]["limit"] == 1 and len(listed.body["data"]["items"]) == 1
    assert listed.body["data"]["total"] >= 1

    changed = await api.call("PUT", f"/api/v1/admin/products/{oil_id}", who="admin",
                             json={**OIL, "name": "Dhara Kachi Ghani Pure Mustard Oil", "mrp_paise": 19900})
    assert changed.status == 200, changed.body
    assert (changed.body["data"]["name"], changed.body["data"]["mrp_paise"]) == (
        "Dhara Kachi Ghani Pure Mustard Oil", 19900)
    assert (await api.call("GET", f"/api/v1/admin/products/{oil_id}", who="admin")).body["data"]["mrp_paise"] == 19900
    assert await _search(api, "q=pure+mustard") == [oil_id]
    taken = await api.call("PUT", f"/api/v1/admin/products/{oil_id}", who="admin",
                           json={**OIL, "barcode": "8901063092105"})  # the seed atta's barcode
    assert taken.status == 409

    # a store sells it before it is withdrawn: the store's row outlives the catalog entry
    stocked = await api.call("POST", "/api/v1/inventory/products/from-catalog", who="owner_a",
                             json={"product_id": oil_id, "selling_price": 189.5, "current_stock": 6})
    assert stocked.status == 201, stocked.body
    item = stocked.body["data"]
    assert (item["product_id"], item["store_id"], item["name"], item["mrp_paise"], item["selling_price_paise"],
            item["current_stock"]) == (oil_id, api.ids["store_a"], "Dhara Kachi Ghani Pure Mustard Oil",
                                       19900, 18950, 6)
    twice = await api.call("POST", "/api/v1/inventory/products/from-catalog", who="owner_a",
                           json={"product_id": oil_id, "selling_price": 189.5})
    assert twice.status == 409 and twice.body["error_code"] == "ALREADY_IN_INVENTORY"

    gone = await api.call("DELETE", f"/api/v1/admin/products/{oil_id}", who="admin")
    assert gone.status == 200 and gone.body["data"] == {"deleted": True, "product_id": oil_id}
    assert (await api.call("GET", f"/api/v1/admin/products/{oil_id}", who="admin")).status == 404
    assert (await api.call("GET", f"/api/v1/products/barcode/{OIL_BARCODE}", who="admin")).status == 404
    assert await _search(api, "q=mustard") == []
    assert (await api.call("DELETE", f"/api/v1/admin/products/{oil_id}", who="admin")).status == 404
    kept = await api.call("GET", f"/api/v1/inventory/products/{item['item_id']}", who="owner_a")
    assert kept.status == 200 and kept.body["data"]["selling_price_paise"] == 18950
    # the withdrawn product's barcode is free for a corrected entry
    corrected = await api.call("POST", "/api/v1/admin/products", who="admin", json=OIL)
    assert corrected.status == 201 and corrected.body["data"]["product_id"] != oil_id


async def test_a_stores_own_product_is_added_found_and_switched_off(api: Api) -> None:
    made = await api.call("POST", "/api/v1/inventory/products", who="owner_b",
                          json={"name": "Loose Kala Chana", "category": "Pulses", "size_value": 1, "size_unit": "kg",
                                "selling_price": 142.75, "current_stock": 9, "min_stock": 2})
    assert made.status == 201, made.body
    item: dict[str, Any] = made.body["data"]
    item_id = item["item_id"]
    assert (item["store_id"], item["product_id"], item["selling_price_paise"], item["current_stock"],
            item["min_stock"], item["is_active"]) == (api.ids["store_b"], None, 14275, 9, 2, True)
    assert await _search(api, "q=kala", who="owner_b") == []  # a store's own product stays out of the catalog
    found = await api.call("POST", "/api/v1/inventory/search", who="owner_b", json={"query": "kala chana"})
    assert [i["item_id"] for i in found.body["data"]["items"]] == [item_id]
    not_a = await api.call("POST", "/api/v1/inventory/search", who="owner_a", json={"query": "kala chana"})
    assert not_a.body["data"]["items"] == []
    assert (await api.call("GET", f"/api/v1/inventory/products/{item_id}", who="owner_b")).body["data"] == item

    removed = await api.call("DELETE", f"/api/v1/inventory/products/{item_id}", who="owner_b")
    assert removed.status == 200 and removed.body["data"] == {"deleted": True, "item_id": item_id}
    after = await api.call("GET", f"/api/v1/inventory/products/{item_id}", who="owner_b")
    assert after.status == 200 and after.body["data"]["is_active"] is False  # past orders still point at it
    active = await api.call("GET", "/api/v1/inventory/products?active=true&limit=200", who="owner_b")
    assert item_id not in {i["item_id"] for i in active.body["data"]["items"]}
    inactive = await api.call("GET", "/api/v1/inventory/products?active=false", who="owner_b")
    assert [i["item_id"] for i in inactive.body["data"]["items"]] == [item_id]


async def test_admin_verifies_suspends_and_reactivates_a_store(api: Api) -> None:
    a = api.ids["store_a"]

    async def statuses(query: str, who: str = "admin") -> list[str]:
        answer = await api.call("GET", f"/api/v1/stores{query}", who=who)
        assert answer.status == 200, answer.body
        return [s["store_id"] for s in answer.body["data"]["items"]]

    before = (await api.call("GET", f"/api/v1/stores/{a}", who="admin")).body["data"]
    assert (before["status"], before["verified"]) == ("active", False)
    verified = await api.call("POST", f"/api/v1/stores/{a}/verify", who="admin")
    assert verified.status == 200 and verified.body["data"]["verified"] is True
    assert (await api.call("GET", f"/api/v1/stores/{a}", who="owner_a")).body["data"]["verified"] is True

    suspended = await api.call("POST", f"/api/v1/stores/{a}/suspend", who="admin")
    assert suspended.status == 200 and suspended.body["data"]["status"] == "suspended"
    assert await statuses("?status=suspended") == [a]
    assert await statuses("?status=active") == [api.ids["store_b"]]
    assert await statuses("?status=suspended", who="owner_b") == []  # B's list is B's, whatever the filter
    assert (await api.call("GET", "/api/v1/stores?status=closed", who="admin")).status == 422

    active = await api.call("POST", f"/api/v1/stores/{a}/activate", who="admin")
    assert active.status == 200 and active.body["data"]["status"] == "active"
    assert await statuses("?status=suspended") == []
    assert active.body["data"]["verified"] is True  # suspension did not undo verification
    missing = await api.call("POST", "/api/v1/stores/STORE-01KAAAAAAAAAAAAAAAAAAAAAAA/suspend", who="admin")
    assert missing.status == 404
