"""Rows tapped in "which one?" lists answer only their own question: the second tap of a double
tap, or a row of a list scrolled back to, is said to be from an earlier question and picks
nothing — never the same-numbered option of the question open now."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from bot.pick_lists import list_tag, pick_row_id, picked_number
from commerce.database import Database
from commerce.tables import CartLine, ChatSession, InventoryItem, Store
from commerce.unit_of_work import UnitOfWork
from locales import translator

from .conftest import OWNER_WA, Chat
from .test_dialogues import texts

HINGLISH = translator("hi_Latn")  # "chawal aur atta" is answered in Hinglish; the demo owner writes it


def test_a_row_names_its_list() -> None:
    rice, atta = ["01A", "01B", "01C"], ["02A", "02B"]
    assert pick_row_id(2, rice) != pick_row_id(2, atta)
    assert picked_number(pick_row_id(2, rice).removeprefix("pick:"), rice) == 2
    assert picked_number(pick_row_id(0, rice).removeprefix("pick:"), rice) == 0
    assert picked_number(pick_row_id(2, rice).removeprefix("pick:"), atta) is None
    assert picked_number(pick_row_id(2, rice).removeprefix("pick:"), []) is None  # no list open
    assert picked_number("2", atta) == 2  # rows sent before lists were named
    assert list_tag(rice) == list_tag(list(rice)) and list_tag(rice) != list_tag(rice[::-1])
    assert len(pick_row_id(16, rice).encode()) <= 64  # Telegram's callback_data limit


async def _session(chat: Chat) -> ChatSession:
    async with UnitOfWork(chat.db, write=False) as uow:
        session = await uow.session.get(ChatSession, (chat.channel, chat.sender))
    assert session is not None
    return session


async def _cart(db: Database) -> dict[str, int]:
    async with UnitOfWork(db, write=False) as uow:
        rows = (await uow.session.execute(select(CartLine.item_id, CartLine.quantity))).all()
    return {item_id: quantity for item_id, quantity in rows}


async def test_a_double_tap_does_not_answer_the_next_question(demo: Store, chat: Callable[..., Chat],
                                                              db: Database) -> None:
    ravi = chat()
    await ravi.send("hello")
    await ravi.send("chawal aur atta bhejo")
    first = ravi.history[-1]
    assert first.rows and (await _session(ravi)).state == "choosing", texts([first])
    queue = (await _session(ravi)).data.get("queue")
    assert queue, "two questions expected: which rice, then which atta"
    tapped = first.rows[0].id
    await ravi.send(button=tapped)
    second = ravi.history[-1]
    assert second.rows and second.rows[1].id != tapped  # the atta question, its own list
    cart_after_one_tap = await _cart(db)
    assert len(cart_after_one_tap) == 1
    again = await ravi.send(button=tapped)  # the rice row once more
    assert texts(again).startswith(HINGLISH.t("choice.stale")), texts(again)
    assert again[-1].rows and [r.id for r in again[-1].rows] == [r.id for r in second.rows]  # atta asked again
    assert await _cart(db) == cart_after_one_tap  # nothing picked for atta
    await ravi.send(button=second.rows[0].id)
    assert len(await _cart(db)) == 2
    late = await ravi.send(button=second.rows[0].id)  # no question open any more
    assert texts(late) == HINGLISH.t("choice.stale")
    assert len(await _cart(db)) == 2


async def test_the_owner_s_double_tap_sets_one_price(demo: Store, chat: Callable[..., Chat], db: Database) -> None:
    owner = chat(sender=OWNER_WA, phone=f"+{OWNER_WA}")
    await owner.send("atta price 70")
    atta = owner.history[-1]
    assert atta.rows, texts([atta])
    await owner.send("maggi price 15")
    maggi = owner.history[-1]
    if not maggi.rows:  # one Maggi in the shop: set at once, so ask about rice instead
        await owner.send("chawal price 90")
        maggi = owner.history[-1]
    assert maggi.rows, texts([maggi])
    options = list((await _session(owner)).data["options"])
    async with UnitOfWork(db, write=False) as uow:
        before = {i.id: i.selling_price_paise for i in (await uow.session.scalars(select(InventoryItem))).all()}
    stale = await owner.send(button=atta.rows[1].id)  # the atta list, after another question was asked
    assert texts(stale) == HINGLISH.t("choice.stale")
    async with UnitOfWork(db, write=False) as uow:
        after = {i.id: i.selling_price_paise for i in (await uow.session.scalars(select(InventoryItem))).all()}
    assert after == before
    assert list((await _session(owner)).data["options"]) == options  # the open question stays open
    done = await owner.send(button=maggi.rows[0].id)
    assert HINGLISH.t("choice.stale") not in texts(done)
    twice = await owner.send(button=maggi.rows[0].id)
    assert texts(twice) == HINGLISH.t("choice.stale")


async def test_a_sold_out_pack_is_not_offered(demo: Store, chat: Callable[..., Chat], db: Database) -> None:
    """"Which rice?" lists what is on the shelf: the demo shop's sold-out Ambemohar is left out
    while other rices are in stock."""
    async with UnitOfWork(db, write=False) as uow:
        sold_out = (await uow.session.scalars(select(InventoryItem).where(
            InventoryItem.store_id == demo.id, InventoryItem.current_stock == 0,
            InventoryItem.name.like("%Rice%")))).all()
    assert sold_out, "the demo shop has a sold-out rice"
    ravi = chat()
    await ravi.send("hello")
    asked = await ravi.send("chawal bhejo")
    offered = list((await _session(ravi)).data["choose"]["options"])
    assert asked[-1].rows and len(asked[-1].rows) == len(offered) + 1  # and "none of these"
    assert not {item.id for item in sold_out} & set(offered)
    assert all(item.name not in asked[-1].text for item in sold_out), asked[-1].text
    picked = await ravi.send(button=asked[-1].rows[0].id)
    assert (await _cart(db)) == {offered[0]: 1}, texts(picked)
