"""Dead letters keep the provider's last error: Telegram refusing through python-telegram-bot,
and a message for a channel that is off (dead at once, not retried)."""

from __future__ import annotations

from bot.messages import OutgoingMessage
from commerce.unit_of_work import UnitOfWork
from tests.e2e.channels.conftest import RigFactory, eventually, telegram_text
from webhooks.keys import DATABASE


async def test_telegram_refusals_are_retried_then_dead_with_the_error(make_rig: RigFactory) -> None:
    rig = await make_rig()
    rig.bot_api.fail_next = 1
    await rig.post_telegram(telegram_text("once", update_id=501))

    async def settled() -> bool:
        rows = await rig.outbox()
        return bool(rows) and all(r.status in ("sent", "dead") for r in rows)

    await eventually(settled)
    (row,) = await rig.outbox()
    assert row.status == "sent" and row.attempts == 2
    rig.bot_api.fail_next = 100
    await rig.post_telegram(telegram_text("never", update_id=502))

    async def dead() -> bool:
        return any(r.status == "dead" for r in await rig.outbox())

    await eventually(dead)
    dead_row = next(r for r in await rig.outbox() if r.status == "dead")
    assert dead_row.attempts == 5 and "Internal Server Error" in (dead_row.last_error or "")


async def test_a_message_for_a_channel_that_is_off_is_dead_at_once(make_rig: RigFactory) -> None:
    rig = await make_rig(whatsapp_token=None)
    async with UnitOfWork(rig.app[DATABASE]) as uow:
        uow.add_outbox("alert", OutgoingMessage(channel="whatsapp", chat_id="919820000001", text="New order",
                                                kind="alert").to_json())
        await uow.commit()

    async def dead() -> bool:
        return any(r.status == "dead" for r in await rig.outbox())

    await eventually(dead)
    (row,) = await rig.outbox()
    assert row.attempts == 1 and row.last_error == "channel whatsapp is off"
