"""The owner's commands in chat beyond stock and price (test_dialogues.py): stock by a delta,
a product added from the global catalog, the low-stock list, today's orders and sales,
rejecting and moving orders from the alert's buttons (the customer is told each time), and
an owner who can touch only their own shop."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from commerce.database import Database
from commerce.ids import new_id
from commerce.stores import StoreRegistration, register_store
from commerce.tables import InventoryItem, Order, OutboxMessage, Product, Store
from commerce.unit_of_work import UnitOfWork
from locales import translator

from .conftest import OWNER_WA, Chat
from .test_dialogues import _order_with, option, texts

HINGLISH = translator("hi_Latn")  # the owner writes Hinglish; the bot answers in it
EN = translator("en")
OTHER_OWNER = "919830000002"


def _owner(chat: Callable[..., Chat]) -> Chat:
    return chat(sender=OWNER_WA, phone=f"+{OWNER_WA}")


async def _item(db: Database, store_id: str, name: str, size: float) -> InventoryItem:
    async with UnitOfWork(db, write=False) as uow:
        item = (await uow.session.scalars(select(InventoryItem).where(
            InventoryItem.store_id == store_id, InventoryItem.name == name,
            InventoryItem.size_value == size))).one()
    return item


async def _order(db: Database, number: str) -> Order:
    async with UnitOfWork(db, write=False) as uow:
        return (await uow.session.scalars(select(Order).where(Order.order_number == number))).one()


async def _alerts_to(db: Database, chat_id: str) -> list[str]:
    async with UnitOfWork(db, write=False) as uow:
        payloads = (await uow.session.scalars(select(OutboxMessage.payload).where(OutboxMessage.kind == "alert")
                                              .order_by(OutboxMessage.id))).all()
    return [p["text"] for p in payloads if p["chat_id"] == chat_id]


async def test_stock_by_a_delta(demo: Store, chat: Callable[..., Chat]) -> None:
    owner = _owner(chat)
    before = await _item(owner.db, demo.id, "Aashirvaad Shudh Chakki Atta", 1)
    replies = await owner.send("atta +20")
    if owner.history[-1].rows:  # which atta? the 1 kg Aashirvaad
        replies = await owner.send(option(owner.history[-1], "Aashirvaad Shudh Chakki Atta 1 kg"))
    after = await _item(owner.db, demo.id, "Aashirvaad Shudh Chakki Atta", 1)
    assert after.current_stock == before.current_stock + 20
    assert texts(replies) == HINGLISH.t("owner.stock.adjusted", name="Aashirvaad Shudh Chakki Atta 1 kg",
                                        new=after.current_stock, delta="+20")


async def test_add_from_the_catalog_by_barcode(demo: Store, chat: Callable[..., Chat]) -> None:
    owner = _owner(chat)
    async with UnitOfWork(owner.db) as uow:
        uow.session.add(Product(id=new_id("PROD"), name="Bambino Vermicelli", brand="Bambino", category="Staples",
                                barcode="8901725121235", size_value=400, size_unit="g", mrp_paise=4500))
        await uow.commit()
    replies = await owner.send("add 8901725121235")
    item = await _item(owner.db, demo.id, "Bambino Vermicelli", 400)
    assert item.selling_price_paise == 4500 and item.is_active
    assert "Bambino Vermicelli" in texts(replies) and "₹45" in texts(replies)
    again = await owner.send("add 8901725121235")  # already in the shop: said so, nothing added twice
    assert texts(again) == HINGLISH.t("owner.product.already", name="Bambino Vermicelli 400 g", price="₹45",
                                      stock=item.current_stock)


async def test_low_stock_list_and_today(demo: Store, chat: Callable[..., Chat]) -> None:
    owner = _owner(chat)
    assert texts(await owner.send("aaj")) == HINGLISH.t("owner.today.none")
    async with UnitOfWork(owner.db, write=False) as uow:
        low = (await uow.session.scalars(select(InventoryItem).where(
            InventoryItem.store_id == demo.id, InventoryItem.current_stock <= InventoryItem.min_stock))).all()
    assert low, "the demo shop has items below their minimum"
    listed = texts(await owner.send("low stock"))
    assert listed.splitlines()[0] == HINGLISH.tn("owner.low_stock.header", "owner.low_stock.header.plural", len(low), count=len(low))
    assert all(f"{i.name}" in listed for i in low)

    ravi = chat()
    await ravi.send("namaste")
    number = await _order_with(ravi, "4 tata salt")
    order = await _order(ravi.db, number)
    today = texts(await owner.send(button="today"))
    assert today == "\n".join([HINGLISH.tn("owner.today.summary", "owner.today.summary.plural", 1, count=1, sales=f"₹{order.total_paise // 100}"),
                               HINGLISH.tn("owner.today.pending", "owner.today.pending.plural", 1, count=1)])


async def test_reject_by_button_gives_stock_back_and_tells_the_customer(demo: Store,
                                                                         chat: Callable[..., Chat]) -> None:
    ravi, owner = chat(), _owner(chat)
    await ravi.send("namaste")
    salt_before = (await _item(ravi.db, demo.id, "Tata Salt", 1)).current_stock
    number = await _order_with(ravi, "4 tata salt")
    order = await _order(ravi.db, number)
    replies = await owner.send(button=f"rej:{order.id}")
    assert number in texts(replies)
    assert (await _order(ravi.db, number)).status == "cancelled"
    assert (await _item(ravi.db, demo.id, "Tata Salt", 1)).current_stock == salt_before
    told = await _alerts_to(ravi.db, ravi.sender)
    assert told and number in told[-1], told


async def test_accept_then_out_for_delivery_then_delivered_by_buttons(demo: Store,
                                                                      chat: Callable[..., Chat]) -> None:
    ravi, owner = chat(), _owner(chat)
    await ravi.send("namaste")
    number = await _order_with(ravi, "4 tata salt")
    order = await _order(ravi.db, number)
    accepted = await owner.send(button=f"acc:{order.id}")
    assert [b.id for b in accepted[-1].buttons] == [f"out:{order.id}"]
    out = await owner.send(button=f"out:{order.id}")
    assert texts(out) == HINGLISH.t("owner.order.out", order_number=number)
    assert [b.id for b in out[-1].buttons] == [f"dlv:{order.id}"]
    assert (await _order(ravi.db, number)).status == "out_for_delivery"
    done = await owner.send(button=f"dlv:{order.id}")
    assert texts(done) == HINGLISH.t("owner.order.delivered", order_number=number)
    assert (await _order(ravi.db, number)).status == "delivered"
    told = await _alerts_to(ravi.db, ravi.sender)
    assert sum(number in text for text in told) >= 3, told  # accepted, on its way, delivered
    late = await owner.send(button=f"out:{order.id}")  # a stale button: said so, nothing moves back
    assert texts(late) == HINGLISH.t("owner.order.cannot_change", order_number=number,
                                     status=HINGLISH.t("status.delivered"))
    assert (await _order(ravi.db, number)).status == "delivered"


async def test_an_owner_touches_only_their_own_shop(demo: Store, chat: Callable[..., Chat], db: Database) -> None:
    async with UnitOfWork(db) as uow:
        other, _ = await register_store(uow, StoreRegistration(
            name="Gupta General Store", owner_name="Sunil Gupta", phone=f"+{OTHER_OWNER}", street="4, Link Road",
            city="Mumbai", state="Maharashtra", pincode="400058", latitude=19.13, longitude=72.84,
            opens_at="00:00", closes_at="00:00", delivery_radius_km=3.0))
        await uow.commit()
    ravi = chat()
    await ravi.send(f"/start {demo.code}")
    number = await _order_with(ravi, "4 tata salt")
    order = await _order(db, number)
    salt = await _item(db, demo.id, "Tata Salt", 1)
    gupta = chat(sender=OTHER_OWNER, phone=f"+{OTHER_OWNER}")
    for button in (f"acc:{order.id}", f"rej:{order.id}", f"out:{order.id}", f"dlv:{order.id}"):
        replies = await gupta.send(button=button)
        assert texts(replies) == HINGLISH.t("owner.order.not_found", order_number=order.id), button
    by_number = await gupta.send(f"accept {number}")
    assert texts(by_number) == HINGLISH.t("owner.order.not_found", order_number=number)
    await gupta.send("tata salt 500")
    if gupta.history[-1].rows:
        await gupta.send("1")
    assert (await _order(db, number)).status == "confirmed"
    assert (await _item(db, demo.id, "Tata Salt", 1)).current_stock == salt.current_stock
    assert other.id != demo.id


async def test_a_new_price_lists_the_packs_selling_near_it_first(demo: Store, chat: Callable[..., Chat]) -> None:
    """'atta price 70': of the shop's several attas, the ones now near ₹70 (the 1 kg packs)
    head the question, not the 5 and 10 kg bags (DIALOGUES §2)."""
    owner = _owner(chat)
    await owner.send("atta price 70")
    asked = owner.history[-1]
    assert asked.rows, texts([asked])
    async with UnitOfWork(owner.db, write=False) as uow:
        prices = [(await uow.session.scalars(select(InventoryItem.selling_price_paise).where(
            InventoryItem.store_id == demo.id, InventoryItem.id == item_id))).one()
            for item_id in (await _session_options(owner))]
    gaps = [abs(p - 7000) for p in prices]
    assert gaps[0] == min(gaps) and prices[0] < 15000, prices  # a 1 kg pack first
    replies = await owner.send(button="pick:1")
    assert "₹70" in texts(replies), texts(replies)


async def _session_options(owner: Chat) -> list[str]:
    from commerce.tables import ChatSession

    async with UnitOfWork(owner.db, write=False) as uow:
        session = await uow.session.get(ChatSession, (owner.channel, owner.sender))
    assert session is not None
    return list((session.data or {}).get("options") or [])
