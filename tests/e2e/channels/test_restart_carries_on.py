"""Conversation state lives in the database: a server stopped in the middle of a checkout, or
another replica on the same database, carries on where the customer was."""

from __future__ import annotations

from typing import Any

from locales import translator
from tests.e2e.channels.conftest import Rig, RigFactory

EN = translator("en")


async def _say(rig: Rig, **body: str) -> dict[str, Any]:
    response = await rig.client.post("/api/v1/chat/web", json={"user_id": "ravi", **body})
    assert response.status == 200, await response.text()
    return dict((await response.json())["replies"][-1])


async def test_a_restart_in_the_middle_of_checkout(make_rig: RigFactory) -> None:
    first = await make_rig(handler=None, demo=True)
    await _say(first, text="hello")  # English from here on (namaste would answer in Hinglish)
    cart = await _say(first, text="5 tata salt")
    if "Tata Salt Lite" in cart["text"]:
        line = next(l for l in cart["text"].splitlines() if l[:1].isdigit() and "Tata Salt 1 kg" in l)
        await _say(first, text=line.split(".")[0])
    assert (await _say(first, button="checkout"))["text"] == EN.t("checkout.ask_address")
    await first.client.close()  # the server goes away between two messages

    second = await make_rig(handler=None, demo=True)  # a new process on the same database
    pay = await _say(second, text="Flat 7, Shanti Niwas, SV Road, Andheri W")
    assert [b["id"] for b in pay["buttons"]] == ["pay:online", "pay:cod"], pay
    placed = await _say(second, button="pay:cod")
    assert "#A1001" in placed["text"] and "Tata Salt" not in (await _say(second, text="cart"))["text"]


async def test_two_replicas_share_one_conversation(make_rig: RigFactory) -> None:
    one = await make_rig(handler=None, demo=True)
    two = await make_rig(handler=None, demo=True)
    await _say(one, text="namaste")
    await _say(two, text="language")
    changed = await _say(one, button="lang:hi")
    assert changed["text"] == translator("hi").t("language.changed")
    cart = await _say(two, text="cart")  # the other replica answers in the language picked on the first
    assert any("\u0900" <= ch <= "\u097f" for ch in cart["text"]), cart
