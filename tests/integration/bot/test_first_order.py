from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from commerce.tables import Order, OutboxMessage, Store

from .conftest import OWNER_WA, Chat


def texts(replies: list) -> str:
    return "\n".join(r.text for r in replies)


async def test_hinglish_first_order_cod(demo: Store, chat: Callable[..., Chat]) -> None:
    ravi = chat()
    hello = await ravi.send("namaste")
    assert "Sharma Kirana Store" in texts(hello)
    replies = await ravi.send("2 kilo atta aur ek maggi bhej do")
    for _ in range(3):  # answer "which one?" questions with the first option
        if ravi.history[-1].rows:
            replies = await ravi.send("1")
    body = texts(replies)
    print(body)
    assert "₹" in body
    checkout = await ravi.send(button="checkout")
    print(texts(checkout))
    addr = await ravi.send("12, Gulmohar Society, Andheri W 400058")
    print(texts(addr))
    assert any("#" in r.text for r in addr), texts(addr)
    async with ravi.db.engine.connect() as conn:
        orders = (await conn.execute(select(Order.order_number, Order.total_paise, Order.status))).all()
        alerts = (await conn.execute(select(OutboxMessage.payload).where(OutboxMessage.kind == "alert"))).all()
    assert len(orders) == 1 and orders[0].status == "confirmed"
    owner_alerts = [a.payload for a in alerts if a.payload["chat_id"] == OWNER_WA]
    assert owner_alerts and orders[0].order_number in owner_alerts[0]["text"]
    print(owner_alerts[0]["text"])
