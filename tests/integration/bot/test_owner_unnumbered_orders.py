"""The owner acts on an order without its number: "accept the last one", "கடைசி ஆர்டரை reject
பண்ணு", "last order nikal gaya" act on the shop's newest order that can take that action (an
older one stays as it was); "order accept karo" acts on the one order waiting, and with two
waiting the bot asks which (owner.order.which) and changes nothing."""

from __future__ import annotations

from collections.abc import Callable

from commerce.tables import Store

from .conftest import Chat
from .test_dialogues import _order_with, texts
from .test_owner_commands import HINGLISH, _order, _owner

async def _two_orders(demo: Store, chat: Callable[..., Chat]) -> tuple[str, str]:
    """An older order, then a newer one, from Ravi; both wait for the shop."""
    ravi = chat()
    await ravi.send(f"/start {demo.code}")
    older = await _order_with(ravi, "4 tata salt")
    newer = await _order_with(ravi, "5 tata salt")
    assert older != newer
    return older, newer


async def test_accept_the_last_one_accepts_the_newest_order(demo: Store, chat: Callable[..., Chat]) -> None:
    older, newer = await _two_orders(demo, chat)
    owner = _owner(chat)
    replies = await owner.send("accept the last one")
    assert newer in texts(replies)
    assert (await _order(owner.db, newer)).status == "processing"
    assert (await _order(owner.db, older)).status == "confirmed"


async def test_reject_the_last_order_in_tamil_rejects_only_the_newest(demo: Store, chat: Callable[..., Chat]) -> None:
    older, newer = await _two_orders(demo, chat)
    owner = _owner(chat)
    replies = await owner.send("கடைசி ஆர்டரை reject பண்ணு, டெலிவரி பையன் இல்ல")
    assert newer in texts(replies)
    assert (await _order(owner.db, newer)).status == "cancelled"
    assert (await _order(owner.db, older)).status == "confirmed"


async def test_the_last_waiting_order_is_the_newest_one_still_waiting(demo: Store, chat: Callable[..., Chat]) -> None:
    older, newer = await _two_orders(demo, chat)
    owner = _owner(chat)
    await owner.send(f"{newer} accept")
    await owner.send("शेवटची ऑर्डर नाकारा")  # the newest one WAITING is the older order now
    assert (await _order(owner.db, older)).status == "cancelled"
    assert (await _order(owner.db, newer)).status == "processing"


async def test_last_order_out_moves_the_newest_order_that_can_go(demo: Store, chat: Callable[..., Chat]) -> None:
    older, newer = await _two_orders(demo, chat)
    owner = _owner(chat)
    await owner.send(f"{older} accept")
    replies = await owner.send("last order nikal gaya")
    assert texts(replies) == HINGLISH.t("owner.order.out", order_number=newer)
    assert (await _order(owner.db, newer)).status == "out_for_delivery"
    assert (await _order(owner.db, older)).status == "processing"


async def test_no_number_and_one_order_waiting_acts_on_it(demo: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat()
    await ravi.send("namaste")
    number = await _order_with(ravi, "4 tata salt")
    owner = _owner(chat)
    replies = await owner.send("order accept karo")
    assert number in texts(replies)
    assert (await _order(owner.db, number)).status == "processing"


async def test_no_number_and_two_orders_waiting_asks_which(demo: Store, chat: Callable[..., Chat]) -> None:
    older, newer = await _two_orders(demo, chat)
    owner = _owner(chat)
    replies = await owner.send("order accept karo")
    assert texts(replies) == HINGLISH.t("owner.order.which")
    assert (await _order(owner.db, older)).status == "confirmed"
    assert (await _order(owner.db, newer)).status == "confirmed"
