"""The customer's steps not played elsewhere: a shop picked by pincode among two, the cart
shown and edited (a quantity changed, an item removed), the order's status, and help from
the middle of checkout without losing the step."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from commerce.database import Database
from commerce.stores import StoreRegistration, register_store
from commerce.tables import ChatSession, Order, Store
from commerce.unit_of_work import UnitOfWork
from locales import translator

from .conftest import Chat
from .test_dialogues import _order_with, texts

EN = translator("en")
ADDRESS = "Flat 7, Shanti Niwas, SV Road, Andheri W"


async def _two_shops(db: Database) -> Store:
    async with UnitOfWork(db) as uow:
        gupta, _ = await register_store(uow, StoreRegistration(
            name="Gupta General Store", owner_name="Sunil Gupta", phone="+919830000002", street="4, Link Road",
            city="Mumbai", state="Maharashtra", pincode="400058", latitude=19.13, longitude=72.84,
            opens_at="00:00", closes_at="00:00", delivery_radius_km=3.0))
        await uow.commit()
    return gupta


async def _session(chat: Chat) -> ChatSession:
    async with UnitOfWork(chat.db, write=False) as uow:
        session = await uow.session.get(ChatSession, (chat.channel, chat.sender))
    assert session is not None
    return session


async def test_pick_a_shop_by_pincode(demo: Store, chat: Callable[..., Chat], db: Database) -> None:
    gupta = await _two_shops(db)
    ravi = chat()
    assert texts(await ravi.send("hi")) == EN.t("welcome.no_store")  # two shops: none picked for free
    found = await ravi.send("400058")
    assert found[-1].text == EN.tn("store.found", "store.found.plural", 2, count=2, pincode="400058")
    assert sorted(r.id for r in found[-1].rows) == sorted([f"store:{demo.id}", f"store:{gupta.id}"])
    number = next(n for n, r in enumerate(found[-1].rows, start=1) if r.id == f"store:{gupta.id}")
    chosen = await ravi.send(str(number))
    assert texts(chosen) == EN.t("store.chosen", store=gupta.name)
    assert (await _session(ravi)).store_id == gupta.id
    again = await ravi.send("400058")
    pressed = await ravi.send(button=f"store:{demo.id}")  # the list row itself
    assert again[-1].rows and texts(pressed) == EN.t("store.chosen", store=demo.name)
    assert texts(await ravi.send("110001")) == EN.t("store.none_found", pincode="110001")


async def test_cart_shown_and_edited(demo: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat()
    await ravi.send("hello")  # an English opener: "namaste" alone is Hindi
    await ravi.send("4 tata salt")
    changed = texts(await ravi.send("make salt 2"))
    assert "Tata Salt 1 kg × 2" in changed and "× 4" not in changed
    shown = texts(await ravi.send("cart"))
    assert "Tata Salt 1 kg × 2 — ₹56" in shown and "₹56" in shown
    edit = await ravi.send(button="edit")
    assert texts(edit) and not edit[-1].buttons
    removed = await ravi.send("remove salt")
    assert texts(removed[:1]) == EN.t("cart.item_removed", name="Tata Salt 1 kg")
    assert "Tata Salt" not in texts(await ravi.send("cart"))


async def test_help_in_the_middle_of_checkout_keeps_the_step(demo: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat()
    await ravi.send("hello")
    await ravi.send("4 tata salt")
    assert texts(await ravi.send(button="checkout")) == EN.t("checkout.ask_address")
    helped = await ravi.send("help")
    assert texts(helped) == EN.t("help") and [b.id for b in helped[-1].buttons] == ["cart", "status", "shop"]
    placed = texts(await ravi.send(ADDRESS))  # still asked for the address: this is it
    assert "#A" in placed, placed


async def test_order_status(demo: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat()
    await ravi.send("hello")
    assert texts(await ravi.send("order status")) == EN.t("order.none")
    number = await _order_with(ravi, "4 tata salt")
    async with UnitOfWork(ravi.db, write=False) as uow:
        order = (await uow.session.scalars(select(Order).where(Order.order_number == number))).one()
    status = await ravi.send(button="status")
    assert texts(status).splitlines() == [
        EN.t("order.status.header", order_number=number, total=f"₹{order.total_paise // 100}"),
        EN.t("order.status.confirmed"), EN.t("payment.status.cod")]
    assert [b.id for b in status[-1].buttons] == ["cancel", "reorder"]


async def test_a_smaller_amount_than_the_pack_is_rounded_up_and_said(demo: Store, chat: Callable[..., Chat]) -> None:
    """Onions are sold by the 1 kg in the demo shop: half a kilo puts in one pack and says so,
    in the customer's language; an amount the packs make exactly says nothing extra."""
    ravi = chat()
    half = texts(await ravi.send("aadha kilo pyaaz"))
    hinglish = translator("hi_Latn")
    assert hinglish.t("cart.rounded_up", name="Onion", pack="1 kg", given="1 kg", asked="500 g") in half, half
    assert "Onion 1 kg × 1" in half, half
    exact = texts(await ravi.send("2 kilo atta"))
    assert "pack mein aata hai" not in exact, exact
    more = texts(await ravi.send("pyaaz dedh kilo kar do"))
    assert hinglish.t("cart.rounded_up", name="Onion", pack="1 kg", given="2 kg", asked="1.5 kg") in more, more
    assert "Onion 1 kg × 2" in more, more
    tamil = texts(await chat(sender="919800000777").send("அரை கிலோ வெங்காயம்"))
    assert translator("ta").t("cart.rounded_up", name="Onion", pack="1 kg", given="1 kg", asked="500 g") in tamil
