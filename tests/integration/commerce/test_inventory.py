"""A store's inventory: adding from the catalog, stock and price changes, bulk updates,
low stock, the summary, and one store never seeing another's items."""

from __future__ import annotations

import pytest

from commerce.catalog import ProductInput, create_product, delete_product
from commerce.database import Database
from commerce.errors import AlreadyInInventory, InvalidInput, NotFound
from commerce.ids import new_id
from commerce.inventory import (
    BULK_LIMIT,
    StockChange,
    StockLevels,
    active_items,
    add_from_catalog,
    add_store_product,
    adjust_stock,
    bulk_update,
    get_item,
    inventory_summary,
    list_items,
    low_stock_items,
    set_active,
    set_price,
    set_stock,
    update_item,
)
from commerce.stores import STARTER_COUNT
from commerce.tables import InventoryItem, StockMovement
from commerce.unit_of_work import UnitOfWork

from ._support import count, fetch, outbox, rows, stock_of
from .conftest import Shop, make_shop


async def new_product(db: Database, name: str = "Toor Dal", **extra: object) -> str:
    async with UnitOfWork(db) as uow:
        data = ProductInput(name=name, brand="Tata Sampann", category="Dal", size_value=1, size_unit="kg",
                            mrp_paise=16500, aliases=("arhar", "तूर दाल"), **extra)  # type: ignore[arg-type]
        product = await create_product(uow, data)
        await uow.commit()
    return product.id


async def movements(db: Database, item_id: str) -> list[StockMovement]:
    return await rows(db, StockMovement, StockMovement.item_id == item_id, order_by=StockMovement.id)


# --- adding products ----------------------------------------------------------------------


async def test_add_from_catalog_copies_product_and_takes_store_price(shop: Shop) -> None:
    product_id = await new_product(shop.db, barcode="8906017290125")
    async with UnitOfWork(shop.db) as uow:
        item = await add_from_catalog(uow, shop.store_id, product_id, selling_price_paise=15900, cost_price_paise=14000,
                                      levels=StockLevels(current_stock=40, min_stock=8, max_stock=80, reorder_point=12),
                                      location="Rack 3", actor="owner:+919876543210")
        await uow.commit()
    saved = await fetch(shop.db, InventoryItem, item.id)
    assert saved.store_id == shop.store_id and saved.product_id == product_id
    assert (saved.name, saved.brand, saved.category, saved.barcode, saved.size_value, saved.size_unit) == (
        "Toor Dal", "Tata Sampann", "Dal", "8906017290125", 1.0, "kg")
    assert saved.aliases == ["arhar", "तूर दाल"]
    assert (saved.selling_price_paise, saved.cost_price_paise, saved.mrp_paise) == (15900, 14000, 16500)
    assert (saved.current_stock, saved.min_stock, saved.max_stock, saved.reorder_point) == (40, 8, 80, 12)
    assert saved.location == "Rack 3"
    [movement] = await movements(shop.db, item.id)
    assert (movement.delta, movement.stock_after, movement.reason, movement.actor) == (
        40, 40, "set", "owner:+919876543210")


async def test_add_from_catalog_refuses_duplicates(shop: Shop) -> None:
    product_id = await new_product(shop.db)
    async with UnitOfWork(shop.db) as uow:
        first = await add_from_catalog(uow, shop.store_id, product_id, selling_price_paise=15900)
        await uow.commit()
    async with UnitOfWork(shop.db) as uow:
        with pytest.raises(AlreadyInInventory) as caught:
            await add_from_catalog(uow, shop.store_id, product_id, selling_price_paise=9900)
    assert caught.value.details["item_id"] == first.id
    assert caught.value.code == "ALREADY_IN_INVENTORY"
    assert await count(shop.db, InventoryItem, InventoryItem.product_id == product_id) == 1
    assert (await fetch(shop.db, InventoryItem, first.id)).selling_price_paise == 15900


async def test_same_product_may_be_in_two_stores(db: Database) -> None:
    a = await make_shop(db)
    b = await make_shop(db)
    product_id = await new_product(db)
    async with UnitOfWork(db) as uow:
        one = await add_from_catalog(uow, a.store_id, product_id, selling_price_paise=15900)
        two = await add_from_catalog(uow, b.store_id, product_id, selling_price_paise=16500)
        await uow.commit()
    assert one.id != two.id
    assert await count(db, InventoryItem, InventoryItem.product_id == product_id) == 2


async def test_add_unknown_or_deleted_product_is_not_found(shop: Shop) -> None:
    deleted = await new_product(shop.db, name="Old Dal")
    async with UnitOfWork(shop.db) as uow:
        await delete_product(uow, deleted)
        await uow.commit()
    before = await count(shop.db, InventoryItem)
    for product_id in (new_id("PROD"), deleted):
        async with UnitOfWork(shop.db) as uow:
            with pytest.raises(NotFound):
                await add_from_catalog(uow, shop.store_id, product_id, selling_price_paise=100)
    assert await count(shop.db, InventoryItem) == before


async def test_add_from_catalog_validates_money_and_levels(shop: Shop) -> None:
    product_id = await new_product(shop.db)
    cases: list[tuple[str, dict[str, object]]] = [
        ("selling_price_paise", {"selling_price_paise": 159.0}),
        ("selling_price_paise", {"selling_price_paise": 0}),
        ("cost_price_paise", {"selling_price_paise": 100, "cost_price_paise": -1}),
        ("current_stock", {"selling_price_paise": 100, "levels": StockLevels(current_stock=-1)}),
        ("current_stock", {"selling_price_paise": 100,
                           "levels": StockLevels(current_stock=2.5)}),  # type: ignore[arg-type]
        ("min_stock", {"selling_price_paise": 100, "levels": StockLevels(min_stock=50, max_stock=20)}),
        ("location", {"selling_price_paise": 100, "location": "<b>rack</b>"}),
    ]
    for field, kwargs in cases:
        async with UnitOfWork(shop.db) as uow:
            with pytest.raises(InvalidInput) as caught:
                await add_from_catalog(uow, shop.store_id, product_id, **kwargs)  # type: ignore[arg-type]
            assert caught.value.field == field, kwargs
    assert await count(shop.db, InventoryItem, InventoryItem.product_id == product_id) == 0


async def test_add_store_product_without_catalog(shop: Shop) -> None:
    async with UnitOfWork(shop.db) as uow:
        item = await add_store_product(uow, shop.store_id, ProductInput(name="Homemade Pickle", size_value=250,
                                                                        size_unit="g"),
                                       selling_price_paise=12000, levels=StockLevels(current_stock=6, min_stock=2))
        await uow.commit()
    saved = await fetch(shop.db, InventoryItem, item.id)
    assert saved.product_id is None and saved.name == "Homemade Pickle" and saved.current_stock == 6
    assert len(await movements(shop.db, item.id)) == 1


# --- stock --------------------------------------------------------------------------------


async def test_set_stock_returns_old_and_new_and_records_a_movement(shop: Shop) -> None:
    atta = shop.items["atta"]
    async with UnitOfWork(shop.db) as uow:
        change = await set_stock(uow, shop.store_id, atta, 72, actor="owner:+919876543210")
        await uow.commit()
    assert (change.item_id, change.name, change.old_stock, change.new_stock) == (atta, "Atta", 50, 72)
    assert await stock_of(shop.db, atta) == {atta: 72}
    history = await movements(shop.db, atta)
    assert [(m.delta, m.stock_after, m.reason, m.actor, m.store_id) for m in history] == [
        (50, 50, "set", "owner", shop.store_id),  # from make_shop
        (22, 72, "set", "owner:+919876543210", shop.store_id),
    ]


async def test_set_stock_to_the_same_value_records_nothing_and_zero_is_fine(shop: Shop) -> None:
    atta = shop.items["atta"]
    async with UnitOfWork(shop.db) as uow:
        change = await set_stock(uow, shop.store_id, atta, 50)
        await uow.commit()
    assert (change.old_stock, change.new_stock) == (50, 50)
    assert len(await movements(shop.db, atta)) == 1
    salt = shop.items["salt"]  # and zero is a stock like any other
    async with UnitOfWork(shop.db) as uow:
        change = await set_stock(uow, shop.store_id, salt, 0)
        await uow.commit()
    assert (change.old_stock, change.new_stock) == (10, 0)
    assert await stock_of(shop.db, salt) == {salt: 0}


async def test_set_stock_refuses_bad_quantities(shop: Shop) -> None:
    for bad in (-1, 2.5, True, "5", None):
        async with UnitOfWork(shop.db) as uow:
            with pytest.raises(InvalidInput) as caught:
                await set_stock(uow, shop.store_id, shop.items["atta"], bad)  # type: ignore[arg-type]
            await uow.commit()
        assert caught.value.field == "stock", bad
    assert await stock_of(shop.db, shop.items["atta"]) == {shop.items["atta"]: 50}


async def test_adjust_stock_moves_by_delta(shop: Shop) -> None:
    maggi = shop.items["maggi"]
    async with UnitOfWork(shop.db) as uow:
        up = await adjust_stock(uow, shop.store_id, maggi, 12)
        down = await adjust_stock(uow, shop.store_id, maggi, -40, reason="damaged")
        await uow.commit()
    assert (up.old_stock, up.new_stock) == (30, 42)
    assert (down.old_stock, down.new_stock) == (42, 2)
    assert await stock_of(shop.db, maggi) == {maggi: 2}
    assert [(m.delta, m.stock_after, m.reason) for m in await movements(shop.db, maggi)][1:] == [
        (12, 42, "adjust"), (-40, 2, "damaged")]
    async with UnitOfWork(shop.db) as uow:  # down to exactly zero is fine
        change = await adjust_stock(uow, shop.store_id, maggi, -2)
        await uow.commit()
    assert change.new_stock == 0
    assert await stock_of(shop.db, maggi) == {maggi: 0}


async def test_adjust_stock_never_goes_below_zero(shop: Shop) -> None:
    salt = shop.items["salt"]
    async with UnitOfWork(shop.db) as uow:
        with pytest.raises(InvalidInput) as caught:
            await adjust_stock(uow, shop.store_id, salt, -11)
        await uow.commit()  # the refused change wrote nothing, even when the caller commits
    assert caught.value.field == "delta"
    assert caught.value.details["available"] == 10
    assert await stock_of(shop.db, salt) == {salt: 10}
    assert len(await movements(shop.db, salt)) == 1


async def test_adjust_stock_refuses_bad_deltas(shop: Shop) -> None:
    for bad in (0, 1.5, -0.5, True, False, "3", 1_000_001):
        async with UnitOfWork(shop.db) as uow:
            with pytest.raises(InvalidInput) as caught:
                await adjust_stock(uow, shop.store_id, shop.items["atta"], bad)  # type: ignore[arg-type]
            await uow.commit()
        assert caught.value.field == "delta", bad
    assert await stock_of(shop.db, shop.items["atta"]) == {shop.items["atta"]: 50}


async def test_stock_low_is_emitted_only_when_crossing_down_to_the_minimum(shop: Shop) -> None:
    salt = shop.items["salt"]  # stock 10, minimum 5

    async def step(delta: int | None = None, stock: int | None = None) -> None:
        async with UnitOfWork(shop.db) as uow:
            if stock is not None:
                await set_stock(uow, shop.store_id, salt, stock)
            else:
                assert delta is not None
                await adjust_stock(uow, shop.store_id, salt, delta)
            await uow.commit()

    await step(stock=6)  # 10 → 6: still above
    assert await outbox(shop.db, "StockLow") == []
    await step(delta=-1)  # 6 → 5: crosses down to the minimum
    await step(delta=-2)  # 5 → 3: already low, no second alert
    await step(stock=2)  # 3 → 2: already low
    await step(stock=20)  # back up: nothing
    await step(stock=5)  # 20 → 5: crosses again
    await step(delta=10)  # up: nothing
    messages = await outbox(shop.db, "StockLow")
    assert [(m.payload["current_stock"], m.payload["min_stock"]) for m in messages] == [(5, 5), (5, 5)]
    assert all(m.store_id == shop.store_id and m.payload["item_id"] == salt and m.payload["name"] == "Salt"
               for m in messages)


async def test_stock_low_needs_a_commit(shop: Shop) -> None:
    async with UnitOfWork(shop.db) as uow:
        await set_stock(uow, shop.store_id, shop.items["salt"], 1)
        assert [e.kind for e in uow.events] == ["StockLow"]
    assert await outbox(shop.db) == []
    assert await stock_of(shop.db, shop.items["salt"]) == {shop.items["salt"]: 10}


async def test_inactive_item_raises_no_stock_low(shop: Shop) -> None:
    async with UnitOfWork(shop.db) as uow:
        await set_active(uow, shop.store_id, shop.items["salt"], False)
        await set_stock(uow, shop.store_id, shop.items["salt"], 1)
        await uow.commit()
    assert await outbox(shop.db, "StockLow") == []


# --- prices and details -------------------------------------------------------------------


async def test_set_price_returns_old_and_new(shop: Shop) -> None:
    atta = shop.items["atta"]
    async with UnitOfWork(shop.db) as uow:
        assert await set_price(uow, shop.store_id, atta, 5450) == (5200, 5450)
        await uow.commit()
    saved = await fetch(shop.db, InventoryItem, atta)
    assert saved.selling_price_paise == 5450
    assert saved.catalog_version == 2


async def test_set_price_refuses_non_paise(shop: Shop) -> None:
    for bad in (54.5, 0, -5200, True, "5200"):
        async with UnitOfWork(shop.db) as uow:
            with pytest.raises(InvalidInput) as caught:
                await set_price(uow, shop.store_id, shop.items["atta"], bad)  # type: ignore[arg-type]
            await uow.commit()
        assert caught.value.field == "price_paise", bad
    assert (await fetch(shop.db, InventoryItem, shop.items["atta"])).selling_price_paise == 5200


async def test_update_item_details(shop: Shop) -> None:
    atta = shop.items["atta"]
    async with UnitOfWork(shop.db) as uow:
        await update_item(uow, shop.store_id, atta, cost_price_paise=4000, min_stock=12, max_stock=90,
                          reorder_point=15, location="Shelf A", notes="ask for 10 kg packs")
        await uow.commit()
    saved = await fetch(shop.db, InventoryItem, atta)
    assert (saved.cost_price_paise, saved.min_stock, saved.max_stock, saved.reorder_point, saved.location,
            saved.notes) == (4000, 12, 90, 15, "Shelf A", "ask for 10 kg packs")
    async with UnitOfWork(shop.db) as uow:
        with pytest.raises(InvalidInput) as caught:
            await update_item(uow, shop.store_id, atta, min_stock=95)
    assert caught.value.field == "min_stock"


# --- bulk ---------------------------------------------------------------------------------

FIVE = {"atta": (5200, 50), "maggi": (1400, 30), "salt": (2800, 10), "sugar": (4800, 20), "dal": (16500, 15)}


async def five_item_shop(db: Database) -> tuple[Shop, list[str]]:
    shop = await make_shop(db, FIVE)
    return shop, sorted(shop.items.values())  # bulk updates apply in item-id order


async def test_bulk_update_applies_every_line(db: Database) -> None:
    shop, ids = await five_item_shop(db)
    before = await stock_of(db, *ids)
    async with UnitOfWork(db) as uow:
        results = await bulk_update(uow, shop.store_id, [
            StockChange(item_id=ids[4], stock=99),
            StockChange(item_id=ids[0], delta=5),
            StockChange(item_id=ids[1], delta=-1, price_paise=1999),
            StockChange(item_id=ids[2], price_paise=777),
            StockChange(item_id=ids[3], stock=0),
        ], actor="owner:bulk")
        await uow.commit()
    after = await stock_of(db, *ids)
    assert after == {ids[0]: before[ids[0]] + 5, ids[1]: before[ids[1]] - 1, ids[2]: before[ids[2]],
                     ids[3]: 0, ids[4]: 99}
    assert [(r.item_id, r.old_stock, r.new_stock) for r in results] == [
        (ids[0], before[ids[0]], before[ids[0]] + 5), (ids[1], before[ids[1]], before[ids[1]] - 1),
        (ids[3], before[ids[3]], 0), (ids[4], before[ids[4]], 99)]
    assert (await fetch(db, InventoryItem, ids[1])).selling_price_paise == 1999
    assert (await fetch(db, InventoryItem, ids[2])).selling_price_paise == 777
    assert await count(db, StockMovement, StockMovement.reason == "bulk", StockMovement.actor == "owner:bulk") == 4


BAD_LAST_LINES = {
    "below zero": lambda item_id: StockChange(item_id=item_id, delta=-1000),
    "negative stock": lambda item_id: StockChange(item_id=item_id, stock=-3),
    "float price": lambda item_id: StockChange(item_id=item_id, stock=3, price_paise=99.5),
    "unknown item": lambda item_id: StockChange(item_id=new_id("ITEM").replace("ITEM-0", "ITEM-7"), stock=3),
}


async def test_bulk_update_is_all_or_nothing(db: Database) -> None:
    shop, ids = await five_item_shop(db)
    before = await stock_of(db, *ids)
    movements_before = await count(db, StockMovement)
    for bad, make_bad_line in BAD_LAST_LINES.items():
        async with UnitOfWork(db) as uow:
            # four good lines, then (in application order) the bad one
            changes = [StockChange(item_id=item_id, stock=1, price_paise=1) for item_id in ids[:4]]
            changes.append(make_bad_line(ids[4]))
            with pytest.raises((InvalidInput, NotFound)):
                await bulk_update(uow, shop.store_id, changes)
        assert await stock_of(db, *ids) == before, bad
        prices = {i: (await fetch(db, InventoryItem, i)).selling_price_paise for i in ids}
        assert 1 not in prices.values(), bad
        assert await count(db, StockMovement) == movements_before, bad
        assert await outbox(db) == [], bad


async def test_bulk_update_refuses_bad_batches(shop: Shop) -> None:
    atta = shop.items["atta"]
    batches = [
        [],
        [StockChange(item_id=atta, stock=1) for _ in range(BULK_LIMIT + 1)],
        [StockChange(item_id=new_id("ITEM"), stock=1) for _ in range(BULK_LIMIT + 1)],  # too many, even if distinct
        [StockChange(item_id=atta, stock=1), StockChange(item_id=shop.items["salt"], stock=2),
         StockChange(item_id=atta, delta=3)],
        [StockChange(item_id=atta)],
        [StockChange(item_id=atta, stock=4, delta=1)],
    ]
    for batch in batches:
        async with UnitOfWork(shop.db) as uow:
            with pytest.raises(InvalidInput) as caught:
                await bulk_update(uow, shop.store_id, batch)
            await uow.commit()  # refused before touching anything
        assert caught.value.field == "items"
    assert await stock_of(shop.db, atta, shop.items["salt"]) == {atta: 50, shop.items["salt"]: 10}


async def test_bulk_update_accepts_exactly_the_limit(db: Database) -> None:
    shop = await make_shop(db, {f"p{n:03}": (100 + n, n) for n in range(BULK_LIMIT)})
    async with UnitOfWork(db) as uow:
        results = await bulk_update(uow, shop.store_id,
                                    [StockChange(item_id=i, delta=1) for i in shop.items.values()])
        await uow.commit()
    assert len(results) == BULK_LIMIT
    after = await stock_of(db, *shop.items.values())
    assert all(after[item_id] == int(name[1:]) + 1 for name, item_id in shop.items.items())


# --- reports ------------------------------------------------------------------------------


async def test_low_stock_items_lists_active_items_at_or_below_minimum(db: Database) -> None:
    shop = await make_shop(db, {"atta": (5200, 50), "maggi": (1400, 5), "salt": (2800, 0), "dal": (16500, 3),
                                "sugar": (4800, 6)}, starters=False)
    other = await make_shop(db, {"tea": (9000, 0)}, starters=False)
    async with UnitOfWork(db) as uow:
        await set_active(uow, shop.store_id, shop.items["dal"], False)
        await uow.commit()
    async with UnitOfWork(db, write=False) as uow:
        low = await low_stock_items(uow, shop.store_id)
        assert [(i.name, i.current_stock) for i in low] == [("Salt", 0), ("Maggi", 5)]
        assert [i.id for i in await low_stock_items(uow, other.store_id)] == [other.items["tea"]]


async def test_inventory_summary_matches_hand_computed_figures(db: Database) -> None:
    # make_shop prices cost at 90 % (floor) and sets min_stock 5
    # beside these four, the shop holds the 12 starter staples registration gives it
    shop = await make_shop(db, {"atta": (5200, 50), "maggi": (1400, 5), "salt": (2800, 0), "dal": (15000, 3)})
    await make_shop(db, {"ghee": (60000, 100)})  # another store's stock (and staples) never counts
    async with UnitOfWork(db) as uow:
        await set_active(uow, shop.store_id, shop.items["dal"], False)
        await uow.commit()
    async with UnitOfWork(db, write=False) as uow:
        summary = await inventory_summary(uow, shop.store_id)
        empty = await inventory_summary(uow, new_id("STORE"))
    staples = [i for i in await rows(shop.db, InventoryItem, InventoryItem.store_id == shop.store_id)
               if i.id not in shop.items.values()]
    assert len(staples) == STARTER_COUNT
    assert all((i.is_active, i.current_stock, i.min_stock) == (True, 0, 10) for i in staples)  # active, none in
    assert summary.total_products == 4 + STARTER_COUNT
    assert summary.active_products == 3 + STARTER_COUNT
    # the staples hold no stock, so they add nothing to either value
    assert summary.stock_value_paise == 50 * 4680 + 5 * 1260 + 0 * 2520 + 3 * 13500  # 2,80,800
    assert summary.retail_value_paise == 50 * 5200 + 5 * 1400 + 0 * 2800 + 3 * 15000  # 3,12,000
    assert summary.low_stock_count == 2 + STARTER_COUNT  # maggi (5 ≤ 5), salt, each staple (0 ≤ 10); dal inactive
    assert summary.out_of_stock_count == 1 + STARTER_COUNT  # salt and the staples
    assert (empty.total_products, empty.stock_value_paise, empty.low_stock_count) == (0, 0, 0)


async def test_list_and_active_items(db: Database) -> None:
    shop = await make_shop(db, {"atta": (5200, 50), "maggi": (1400, 30), "basmati rice": (15000, 10)},
                           starters=False)
    async with UnitOfWork(db) as uow:
        await set_active(uow, shop.store_id, shop.items["maggi"], False)
        await uow.commit()
    async with UnitOfWork(db, write=False) as uow:
        found, total = await list_items(uow, shop.store_id, query="RICE brand")
        assert [i.id for i in found] == [shop.items["basmati rice"]] and total == 1
        found, total = await list_items(uow, shop.store_id, active=False)
        assert [i.id for i in found] == [shop.items["maggi"]] and total == 1
        found, total = await list_items(uow, shop.store_id, limit=2)
        assert [i.name for i in found] == ["Atta", "Basmati Rice"] and total == 3
        assert {i.id for i in await active_items(uow, shop.store_id)} == {shop.items["atta"],
                                                                          shop.items["basmati rice"]}


# --- tenants ------------------------------------------------------------------------------


async def test_another_stores_item_is_not_found(db: Database) -> None:
    mine = await make_shop(db)
    theirs = await make_shop(db, {"ghee": (60000, 10)})
    ghee = theirs.items["ghee"]
    attempts = [
        lambda uow: get_item(uow, mine.store_id, ghee),
        lambda uow: set_stock(uow, mine.store_id, ghee, 0),
        lambda uow: adjust_stock(uow, mine.store_id, ghee, -5),
        lambda uow: adjust_stock(uow, mine.store_id, ghee, 5),
        lambda uow: set_price(uow, mine.store_id, ghee, 1),
        lambda uow: set_active(uow, mine.store_id, ghee, False),
        lambda uow: update_item(uow, mine.store_id, ghee, min_stock=1),
        lambda uow: bulk_update(uow, mine.store_id, [StockChange(item_id=ghee, stock=0)]),
    ]
    for attempt in attempts:
        async with UnitOfWork(db) as uow:
            with pytest.raises(NotFound):
                await attempt(uow)
            await uow.commit()
    saved = await fetch(db, InventoryItem, ghee)
    assert (saved.current_stock, saved.selling_price_paise, saved.is_active, saved.min_stock) == (10, 60000, True, 5)
    assert await count(db, StockMovement, StockMovement.item_id == ghee) == 1
    async with UnitOfWork(db, write=False) as uow:
        found, total = await list_items(uow, mine.store_id)
        # my three and my own copies of the starter staples (both stores have them), never theirs
        assert ghee not in {i.id for i in found} and total == 3 + STARTER_COUNT == len(found)
        assert {i.store_id for i in found} == {mine.store_id}
