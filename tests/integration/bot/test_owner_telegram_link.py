"""An owner proven on WhatsApp links a Telegram chat to the shop with a one-time code: kept
hashed, 15 minutes, once. After that the Telegram chat is an owner chat and gets the alerts."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select, update

from bot.turn import BotContext
from commerce.database import Database
from commerce.tables import ChatSession, OtpCode, OutboxMessage, Store, utcnow
from commerce.unit_of_work import UnitOfWork
from locales import translator

from .conftest import OWNER_WA, Chat

HINGLISH = translator("hi_Latn")
CODE = re.compile(r"own_[A-Za-z0-9-]+_[0-9a-f]{20}")


def texts(replies: list) -> str:
    return "\n".join(r.text for r in replies)


def _owner(db: Database, username: str = "VyaparKiranaBot") -> Chat:
    ctx = BotContext(enforce_hours=False, telegram_bot_username=username)
    return Chat(db=db, ctx=ctx, channel="whatsapp", sender=OWNER_WA, phone=f"+{OWNER_WA}")


def _telegram(db: Database, user: str) -> Chat:
    return Chat(db=db, ctx=BotContext(enforce_hours=False), channel="telegram", sender=user, phone=None)


async def _code(owner: Chat) -> str:
    body = texts(await owner.send("telegram"))
    found = CODE.search(body)
    assert found is not None, body
    return found.group(0)


async def _session(db: Database, channel: str, sender: str) -> ChatSession:
    async with UnitOfWork(db, write=False) as uow:
        session = await uow.session.get(ChatSession, (channel, sender))
    assert session is not None
    return session


async def test_owner_links_telegram_and_gets_alerts_there(demo: Store, db: Database,
                                                          chat: Callable[..., Chat]) -> None:
    owner = _owner(db)
    body = texts(await owner.send("telegram"))
    code = CODE.search(body).group(0)  # type: ignore[union-attr]
    assert f"https://t.me/VyaparKiranaBot?start={code}" in body and code.startswith("own_SHARMA_")
    async with UnitOfWork(db, write=False) as uow:
        (row,) = (await uow.session.scalars(select(OtpCode).where(OtpCode.purpose == "telegram_link"))).all()
    secret = code.rsplit("_", 1)[1]
    assert secret not in row.code_hash and len(row.code_hash) == 64  # only a hash is kept
    assert timedelta(minutes=14) < row.expires_at - utcnow() <= timedelta(minutes=15)

    ramesh_tg = _telegram(db, "8800001")
    linked = await ramesh_tg.send(f"/start {code}")
    assert texts(linked) == HINGLISH.t("owner.telegram.linked", store=demo.name)
    session = await _session(db, "telegram", "8800001")
    assert (session.role, session.store_id) == ("owner", demo.id)
    assert texts(await ramesh_tg.send("help")) == HINGLISH.t("owner.help")  # owner commands work there

    ravi = chat()
    await ravi.send("4 tata salt")
    if ravi.history[-1].rows:
        await ravi.send("1")
    await ravi.send(button="checkout")
    placed = await ravi.send("Flat 7, Shanti Niwas, SV Road, Andheri W")
    assert "#A" in texts(placed), texts(placed)
    async with UnitOfWork(db, write=False) as uow:
        alerts = [m.payload for m in (await uow.session.scalars(
            select(OutboxMessage).where(OutboxMessage.kind == "alert"))).all()]
    telegram_alert = [a for a in alerts if a["channel"] == "telegram" and a["chat_id"] == "8800001"]
    assert len(telegram_alert) == 1 and telegram_alert[0]["buttons"][0]["id"].startswith("acc:")
    assert any(a["channel"] == "whatsapp" and a["chat_id"] == OWNER_WA for a in alerts)  # still on WhatsApp


async def test_a_code_works_once(demo: Store, db: Database) -> None:
    code = await _code(_owner(db))
    assert texts(await _telegram(db, "8800002").send(f"/start {code}")) == \
        HINGLISH.t("owner.telegram.linked", store=demo.name)
    thief = _telegram(db, "8800003")
    assert texts(await thief.send(f"/start {code}")) == HINGLISH.t("owner.telegram.link_invalid")
    session = await _session(db, "telegram", "8800003")
    assert session.role == "customer" and session.store_id is None
    assert texts(await thief.send("help")) != HINGLISH.t("owner.help")


async def test_wrong_and_expired_codes_link_nothing(demo: Store, db: Database) -> None:
    code = await _code(_owner(db))
    forged = code.rsplit("_", 1)[0] + "_" + "0" * 20
    stranger = _telegram(db, "8800004")
    for attempt in (forged, "own_NOSUCH_" + code.rsplit("_", 1)[1], "own_SHARMA_xyz"):
        assert texts(await stranger.send(f"/start {attempt}")) == HINGLISH.t("owner.telegram.link_invalid")
    async with UnitOfWork(db) as uow:  # sixteen minutes later
        await uow.session.execute(update(OtpCode).values(expires_at=utcnow() - timedelta(minutes=1)))
        await uow.commit()
    assert texts(await stranger.send(f"/start {code}")) == HINGLISH.t("owner.telegram.link_invalid")
    session = await _session(db, "telegram", "8800004")
    assert session.role == "customer" and session.store_id is None


async def test_code_without_bot_username_and_only_for_owners(demo: Store, db: Database,
                                                              chat: Callable[..., Chat]) -> None:
    body = texts(await _owner(db, username="").send("telegram"))
    code = CODE.search(body).group(0)  # type: ignore[union-attr]
    assert f"/start {code}" in body and "t.me" not in body
    customer = chat()
    assert CODE.search(texts(await customer.send("telegram"))) is None  # customers get no codes
    async with UnitOfWork(db, write=False) as uow:
        assert len((await uow.session.scalars(select(OtpCode))).all()) == 1
