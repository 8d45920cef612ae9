"""Picking a shop without a pincode: a shared location, the shop's code or its links (with two
shops in the database, so nothing is picked for free), WhatsApp catalog orders, the owner's
share links, and a language the customer chose staying chosen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from bot.customer import store_code_in
from bot.messages import CatalogLine, Location
from bot.turn import BotContext
from commerce import carts
from commerce.database import Database
from commerce.stores import StoreRegistration, register_store
from commerce.tables import ChatSession, Customer, InventoryItem, OutboxMessage, Store
from commerce.unit_of_work import UnitOfWork
from locales import translator

from .conftest import OWNER_WA, Chat

# Sharma (the demo shop) is at 19.1197, 72.8468 and delivers 3 km around.
GUPTA_AT = (19.1300, 72.8400)  # about 1.3 km north-west of Sharma, also 3 km
BOTH = Location(latitude=19.1250, longitude=72.8430)  # inside both circles, nearer Gupta
ONLY_SHARMA = Location(latitude=19.1000, longitude=72.8468)  # 2.2 km from Sharma, 3.4 km from Gupta
NOWHERE = Location(latitude=28.6139, longitude=77.2090)  # New Delhi


def texts(replies: list) -> str:
    return "\n".join(r.text for r in replies)


@pytest.fixture
async def gupta(demo: Store, db: Database) -> Store:
    async with UnitOfWork(db) as uow:
        store, _ = await register_store(uow, StoreRegistration(
            name="Gupta General Store", owner_name="Sunil Gupta", phone="+919830000002", street="4, Link Road",
            city="Mumbai", state="Maharashtra", pincode="400058", latitude=GUPTA_AT[0], longitude=GUPTA_AT[1],
            opens_at="00:00", closes_at="00:00", delivery_radius_km=3.0))
        store.code = "GUPTA"
        await uow.commit()
    return store


async def _session(chat: Chat) -> ChatSession:
    async with UnitOfWork(chat.db, write=False) as uow:
        session = await uow.session.get(ChatSession, (chat.channel, chat.sender))
    assert session is not None
    return session


async def _cart_lines(chat: Chat, store_id: str) -> dict[str, int]:
    async with UnitOfWork(chat.db) as uow:
        customer = (await uow.session.scalars(select(Customer).where(
            Customer.channel == chat.channel, Customer.sender_id == chat.sender))).one()
        cart = await carts.view_cart(uow, customer.id, store_id)
    return {line.item_id: line.quantity for line in cart.lines}


# ---------------------------------------------------------------- location


async def test_location_in_two_circles_offers_both_nearest_first(
        demo: Store, gupta: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat()
    replies = await ravi.send_kind("location", location=BOTH)
    (reply,) = replies
    assert [row.id for row in reply.rows] == [f"store:{gupta.id}", f"store:{demo.id}"]
    assert reply.text == translator("en").tn("store.found_nearby", "store.found_nearby.plural", 2)
    assert reply.rows[0].description == "0.6 km away" and reply.rows[1].description == "0.7 km away"
    assert (await _session(ravi)).store_id is None
    chosen = await ravi.send("2")  # the pincode flow's numbered choice works here too
    assert demo.name in texts(chosen)
    assert (await _session(ravi)).store_id == demo.id


async def test_location_in_one_circle_selects_it(demo: Store, gupta: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat()
    replies = await ravi.send_kind("location", location=ONLY_SHARMA)
    assert texts(replies) == translator("en").t("store.chosen", store=demo.name)
    assert (await _session(ravi)).store_id == demo.id
    added = await ravi.send("2 tata salt")
    assert "Tata Salt" in texts(added)


async def test_location_nobody_delivers_to(demo: Store, gupta: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat(channel="telegram", sender="4401", phone=None)
    replies = await ravi.send_kind("location", location=NOWHERE)
    assert texts(replies) == translator("en").t("store.none_nearby")
    assert (await _session(ravi)).store_id is None


async def test_location_ignores_closed_down_shops(demo: Store, gupta: Store, chat: Callable[..., Chat]) -> None:
    async with UnitOfWork(chat().db) as uow:
        (await uow.session.get(Store, gupta.id)).status = "inactive"  # type: ignore[union-attr]
        await uow.commit()
    replies = await chat().send_kind("location", location=BOTH)
    assert texts(replies) == translator("en").t("store.chosen", store=demo.name)


# ---------------------------------------------------------------- code and links


@pytest.mark.parametrize(("text", "code"), [
    ("SHARMA", "SHARMA"), ("sharma", "SHARMA"), ("/start SHARMA", "SHARMA"), ("/start gupta", "GUPTA"),
    ("Hi SHARMA", "SHARMA"), ("Hello, sharma!", "SHARMA"), ("namaste GUPTA-2", "GUPTA-2"),
    ("2 kilo atta", None), ("hi", None), ("hey", "HEY"), ("12", None), ("/start", None), ("atta and dal", None),
    ("please SHARMA", None), ("", None),
])
def test_store_code_in(text: str, code: str | None) -> None:
    assert store_code_in(text) == code


@pytest.mark.parametrize("text", ["SHARMA", "sharma", "/start SHARMA", "Hi SHARMA"])
async def test_code_or_link_selects_that_shop(demo: Store, gupta: Store, chat: Callable[..., Chat],
                                             text: str) -> None:
    ravi = chat()
    replies = await ravi.send(text)
    assert texts(replies) == translator("en").t("store.chosen", store=demo.name)
    assert (await _session(ravi)).store_id == demo.id


async def test_code_switches_shop_in_any_state(demo: Store, gupta: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat(channel="telegram", sender="4402", phone=None)
    await ravi.send("/start GUPTA")
    assert (await _session(ravi)).store_id == gupta.id
    await ravi.send("SHARMA")
    await ravi.send("4 tata salt")
    await ravi.send(button="checkout")
    assert (await _session(ravi)).state == "address"
    replies = await ravi.send("gupta")  # mid-checkout: not an address, not a product — the other shop
    assert texts(replies) == translator("en").t("store.chosen", store=gupta.name)
    session = await _session(ravi)
    assert session.store_id == gupta.id and session.state == "shopping"
    assert await _cart_lines(ravi, gupta.id) == {}  # nothing was added anywhere
    assert len(await _cart_lines(ravi, demo.id)) == 1  # Sharma's cart is still there


async def test_unknown_code_is_an_ordinary_message(demo: Store, gupta: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat()
    replies = await ravi.send("/start NOSUCHSHOP")
    assert (await _session(ravi)).store_id is None
    assert translator("en").t("store.chosen", store=demo.name) not in texts(replies)


async def test_owner_share_links(demo: Store, db: Database) -> None:
    ctx = BotContext(enforce_hours=False, telegram_bot_username="VyaparKiranaBot", whatsapp_number="+91 22 4000 1234")
    owner = Chat(db=db, ctx=ctx, channel="whatsapp", sender=OWNER_WA, phone=f"+{OWNER_WA}")
    replies = await owner.send("share link")
    body = texts(replies)
    assert "https://wa.me/912240001234?text=SHARMA" in body  # the bot's number, not the owner's
    assert "https://t.me/VyaparKiranaBot?start=SHARMA" in body
    plain = Chat(db=db, ctx=BotContext(enforce_hours=False), channel="whatsapp", sender=OWNER_WA,
                 phone=f"+{OWNER_WA}")
    body = texts(await plain.send("Link"))
    assert "SHARMA" in body and "wa.me" not in body and "t.me" not in body  # no numbers configured: the code
    # a customer saying "link" gets no shop's links
    customer = texts(await Chat(db=db, ctx=ctx, channel="whatsapp", sender="919812345678",
                                phone="+919812345678").send("link"))
    assert "wa.me" not in customer


# ---------------------------------------------------------------- WhatsApp catalog orders


async def _items(db: Database, store_id: str) -> list[InventoryItem]:
    async with UnitOfWork(db, write=False) as uow:
        return list((await uow.session.scalars(select(InventoryItem).where(
            InventoryItem.store_id == store_id, InventoryItem.current_stock > 5,
            InventoryItem.barcode.is_not(None)).order_by(InventoryItem.name).limit(2))).all())


async def test_catalog_order_fills_the_cart(demo: Store, gupta: Store, chat: Callable[..., Chat]) -> None:
    by_id, by_barcode = await _items(chat().db, demo.id)
    ravi = chat()
    await ravi.send("SHARMA")
    replies = await ravi.send_kind("order", order_lines=(
        CatalogLine(product_retailer_id=by_id.id, quantity=2, item_price=1.0),
        CatalogLine(product_retailer_id=str(by_barcode.barcode), quantity=1),
        CatalogLine(product_retailer_id="SKU-NOT-HERE", quantity=3),
    ))
    body = texts(replies)
    assert await _cart_lines(ravi, demo.id) == {by_id.id: 2, by_barcode.id: 1}
    assert translator("en").t("cart.catalog_unknown", item="SKU-NOT-HERE") in body
    assert translator("en").t("cart.added.header") in body and by_id.name in body and by_barcode.name in body
    assert [b.id for b in replies[-1].buttons] == ["checkout", "edit"]
    async with UnitOfWork(ravi.db, write=False) as uow:  # the unknown line troubled nobody
        assert (await uow.session.scalars(select(OutboxMessage))).all() == []


async def test_catalog_order_names_the_shop_by_its_items(demo: Store, gupta: Store,
                                                         chat: Callable[..., Chat]) -> None:
    (item, _) = await _items(chat().db, demo.id)
    ravi = chat()
    await ravi.send_kind("order", order_lines=(CatalogLine(product_retailer_id=item.id, quantity=1),))
    assert (await _session(ravi)).store_id == demo.id
    assert await _cart_lines(ravi, demo.id) == {item.id: 1}


async def test_catalog_order_of_another_shops_item_is_unknown(demo: Store, gupta: Store,
                                                              chat: Callable[..., Chat]) -> None:
    (item, _) = await _items(chat().db, demo.id)
    ravi = chat()
    await ravi.send("gupta")
    replies = await ravi.send_kind("order", order_lines=(CatalogLine(product_retailer_id=item.id, quantity=1),))
    assert translator("en").t("cart.catalog_unknown", item=item.id) in texts(replies)
    assert await _cart_lines(ravi, gupta.id) == {} and await _cart_lines(ravi, demo.id) == {}


# ---------------------------------------------------------------- language


async def test_picked_language_wins_over_detection(demo: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat(channel="telegram", sender="4403", phone=None)
    await ravi.send("language")
    changed = await ravi.send(button="lang:ta")
    assert texts(changed) == translator("ta").t("language.changed")
    hindi = await ravi.send("दो किलो चावल")
    assert texts(hindi).startswith(translator("ta").t("cart.choose", item="चावल")), texts(hindi)  # Tamil, their word
    cart = await ravi.send("cart")
    assert any("\u0b80" <= ch <= "\u0bff" for ch in texts(cart)), texts(cart)
    assert (await _session(ravi)).locale == "ta"
    await ravi.send("language")
    await ravi.send(button="lang:hi")  # picking again moves the pin
    hindi_cart = await ravi.send("cart")
    assert any("\u0900" <= ch <= "\u097f" for ch in texts(hindi_cart)), texts(hindi_cart)


async def test_without_a_pick_the_message_language_still_leads(demo: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat(channel="telegram", sender="4404", phone=None)
    tamil = await ravi.send("ஒரு கிலோ அரிசி")
    assert any("\u0b80" <= ch <= "\u0bff" for ch in texts(tamil))
    hindi = await ravi.send("दो किलो चावल")
    assert any("\u0900" <= ch <= "\u097f" for ch in texts(hindi)), texts(hindi)
