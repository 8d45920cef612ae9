"""The dialogues of shared/DIALOGUES.md, played against the real conversation on both
databases: what the customer and the owner see, and what the shop's data says afterwards."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from commerce.inventory import set_stock
from commerce.tables import InventoryItem, Order, OutboxMessage, Store
from commerce.unit_of_work import UnitOfWork
from locales import translator

from .conftest import OWNER_WA, Chat

EN = translator("en")


def texts(replies: list) -> str:
    return "\n".join(r.text for r in replies)


def option(message: object, starts: str) -> str:
    """The number of the offered option whose full line starts with this name."""
    for line in message.text.splitlines():  # type: ignore[attr-defined]
        number, _, rest = line.partition(". ")
        if number.isdigit() and rest.startswith(starts):
            return number
    raise AssertionError(f"no option {starts!r} in {message.text!r}")  # type: ignore[attr-defined]


async def _item(chat: Chat, name: str, size: float | None = None) -> InventoryItem:
    async with UnitOfWork(chat.db, write=False) as uow:
        query = select(InventoryItem).where(InventoryItem.name == name)
        if size is not None:
            query = query.where(InventoryItem.size_value == size)
        item = (await uow.session.scalars(query)).first()
    assert item is not None, name
    return item


async def _order_with(chat: Chat, text: str) -> str:
    """Put text into the cart (answering questions with 1), check out COD, return the number."""
    await chat.send(text)
    for _ in range(4):
        if chat.history[-1].rows:
            await chat.send("1")
    await chat.send(button="checkout")
    if chat.history[-1].buttons and chat.history[-1].buttons[0].id == "addr:same":
        replies = await chat.send(button="addr:same")
    else:
        replies = await chat.send("Flat 7, Shanti Niwas, SV Road, Andheri W")
    body = texts(replies)
    assert "#A" in body, body
    return body.split("#", 1)[1].split()[0].strip("—,.")


async def test_owner_sets_stock_and_price_in_chat(demo: Store, chat: Callable[..., Chat]) -> None:
    owner = chat(sender=OWNER_WA, phone=f"+{OWNER_WA}")
    maggi = await _item(owner, "Maggi 2-Minute Masala Noodles", 70)
    replies = await owner.send("maggi 40")
    if owner.history[-1].rows:  # which maggi? pick ours
        replies = await owner.send(option(owner.history[-1], "Maggi 2-Minute Masala Noodles 70 g"))
    after = await _item(owner, "Maggi 2-Minute Masala Noodles", 70)
    assert after.current_stock == 40
    assert f"40 (pehle {maggi.current_stock})" in texts(replies)  # the owner writes Hinglish: Hinglish back

    tata = await _item(owner, "Tata Salt", 1)
    replies = await owner.send("tata salt price 29")
    if owner.history[-1].rows:
        replies = await owner.send(option(owner.history[-1], "Tata Salt 1 kg"))
    assert (await _item(owner, "Tata Salt", 1)).selling_price_paise == 2900
    assert "₹29" in texts(replies) and tata.selling_price_paise != 2900


async def test_owner_accepts_by_button_and_customer_is_told(demo: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat()
    await ravi.send("namaste")
    number = await _order_with(ravi, "4 tata salt")
    async with ravi.db.engine.connect() as conn:
        order = (await conn.execute(select(Order).where(Order.order_number == number))).one()
        alert = (await conn.execute(select(OutboxMessage.payload).where(OutboxMessage.kind == "alert"))).all()
    owner_alert = next(a.payload for a in alert if a.payload["chat_id"] == OWNER_WA)
    assert [b["id"] for b in owner_alert["buttons"]] == [f"acc:{order.id}", f"rej:{order.id}"]

    owner = chat(sender=OWNER_WA, phone=f"+{OWNER_WA}")
    accepted = await owner.send(button=f"acc:{order.id}")
    assert number in texts(accepted)
    async with ravi.db.engine.connect() as conn:
        status = (await conn.execute(select(Order.status).where(Order.id == order.id))).scalar_one()
        told = (await conn.execute(select(OutboxMessage.payload).where(OutboxMessage.kind == "alert")
                                   .order_by(OutboxMessage.id.desc()))).first()
    assert status == "processing"
    assert told is not None and told.payload["chat_id"] == ravi.sender and number in told.payload["text"]
    # the owner presses Accept again: nothing moves twice
    again = await owner.send(button=f"acc:{order.id}")
    assert number in texts(again)
    async with ravi.db.engine.connect() as conn:
        status = (await conn.execute(select(Order.status).where(Order.id == order.id))).scalar_one()
    assert status == "processing"


async def test_devanagari_customer_gets_devanagari(demo: Store, chat: Callable[..., Chat]) -> None:
    asha = chat(channel="telegram", sender="5551234", phone=None)
    replies = await asha.send("दो किलो चावल और एक लीटर तेल")
    body = texts(replies)
    assert any("\u0900" <= ch <= "\u097f" for ch in body), body  # answered in Devanagari
    assert "Which" not in body and "cart" not in body.lower()


async def test_tamil_missing_product_is_reported_to_owner(demo: Store, chat: Callable[..., Chat]) -> None:
    meena = chat(channel="telegram", sender="777001", phone=None)
    replies = await meena.send("ஒரு பாக்கெட் ஜிலேபி")
    body = texts(replies)
    assert any("\u0b80" <= ch <= "\u0bff" for ch in body), body  # Tamil reply
    async with meena.db.engine.connect() as conn:
        alerts = (await conn.execute(select(OutboxMessage.payload).where(OutboxMessage.kind == "alert"))).all()
    assert any(a.payload["chat_id"] == OWNER_WA for a in alerts)


async def _five_salt_in_cart(ravi: Chat) -> InventoryItem:
    """A customer with 5 × Tata Salt 1 kg in the cart; the salt's inventory row."""
    await ravi.send("hello")  # an English opener: "namaste" alone is Hindi
    salt = await _item(ravi, "Tata Salt", 1)
    await ravi.send("5 tata salt")
    if ravi.history[-1].rows:
        await ravi.send(option(ravi.history[-1], "Tata Salt 1 kg"))
    return salt


async def test_out_of_stock_at_checkout_offers_what_is_left(demo: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat()
    butter = await _five_salt_in_cart(ravi)
    async with UnitOfWork(ravi.db) as uow:  # someone else bought most of it meanwhile
        await set_stock(uow, butter.store_id, butter.id, 4)
        await uow.commit()
    replies = await ravi.send(button="checkout")  # said at once (DIALOGUES §5), before the address
    assert texts(replies) == EN.t("checkout.out_of_stock", available=4, name="Tata Salt", requested=5)
    assert [b.id for b in replies[-1].buttons] == ["short:take", "short:remove"], texts(replies)
    asked = await ravi.send(button="short:take")
    assert texts(asked) == EN.t("checkout.ask_address"), texts(asked)
    placed = await ravi.send("Flat 7, Shanti Niwas, SV Road, Andheri W")
    assert "#A" in texts(placed)
    assert (await _item(ravi, "Tata Salt", 1)).current_stock == 0


async def test_stock_gone_while_checking_out_is_caught_when_the_order_is_placed(
        demo: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat()
    salt = await _five_salt_in_cart(ravi)
    await ravi.send(button="checkout")  # enough at this point: the address is asked
    async with UnitOfWork(ravi.db) as uow:  # then someone else buys most of it
        await set_stock(uow, salt.store_id, salt.id, 4)
        await uow.commit()
    replies = await ravi.send("Flat 7, Shanti Niwas, SV Road, Andheri W")
    assert [b.id for b in replies[-1].buttons] == ["short:take", "short:remove"], texts(replies)
    placed = await ravi.send(button="short:take")
    assert "#A" in texts(placed)
    assert (await _item(ravi, "Tata Salt", 1)).current_stock == 0


async def test_sold_out_at_checkout_is_dropped_and_said(demo: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat()
    salt = await _five_salt_in_cart(ravi)
    await ravi.send("2 kilo atta")
    async with UnitOfWork(ravi.db) as uow:
        await set_stock(uow, salt.store_id, salt.id, 0)
        await uow.commit()
    replies = texts(await ravi.send(button="checkout"))
    assert EN.t("checkout.sold_out", name="Tata Salt") in replies and "Tata Salt 1 kg ×" not in replies, replies


async def test_cancel_gives_stock_back_and_tells_owner(demo: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat()
    await ravi.send("hello")
    before = (await _item(ravi, "Tata Salt", 1)).current_stock
    number = await _order_with(ravi, "4 tata salt")
    assert (await _item(ravi, "Tata Salt", 1)).current_stock == before - 4
    ask = await ravi.send("order cancel karo")
    assert [b.id for b in ask[-1].buttons] == ["cancel:yes", "cancel:no"], texts(ask)
    done = await ravi.send(button="cancel:yes")
    assert number in texts(done)
    assert (await _item(ravi, "Tata Salt", 1)).current_stock == before
    async with ravi.db.engine.connect() as conn:
        alerts = (await conn.execute(select(OutboxMessage.payload).where(OutboxMessage.kind == "alert")
                                     .order_by(OutboxMessage.id.desc()))).first()
    assert alerts is not None and alerts.payload["chat_id"] == OWNER_WA and number in alerts.payload["text"]


async def test_language_is_remembered(demo: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat(channel="web", sender="ravi", phone=None)
    menu = await ravi.send("language")
    assert len(menu[-1].rows) == 12
    changed = await ravi.send(button="lang:ta")
    assert any("\u0b80" <= ch <= "\u0bff" for ch in texts(changed))
    cart = await ravi.send("cart")
    assert any("\u0b80" <= ch <= "\u0bff" for ch in texts(cart)), texts(cart)


async def test_reorder_puts_last_order_back(demo: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat()
    await ravi.send("hi")
    await _order_with(ravi, "4 tata salt")
    again = await ravi.send(button="reorder")
    assert "Tata Salt" in texts(again) and "× 4" in texts(again)
