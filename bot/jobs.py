"""Jobs on a clock: idle carts expire after 30 minutes (the customer is told), and each owner
gets a low-stock digest once a day at opening time. Both are safe on several replicas."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import delete, select, update

from bot.alerts import customer_target, owner_targets, send_alert
from bot.turn import item_title
from commerce.carts import CART_TTL
from commerce.database import Database
from commerce.inventory import low_stock_items
from commerce.stores import INDIA
from commerce.tables import Cart, CartLine, Store, utcnow
from commerce.unit_of_work import UnitOfWork
from locales import translator

BATCH = 200


async def expire_carts(db: Database, now: datetime | None = None) -> int:
    """Empty carts idle past their expiry; tell customers whose cart had something in it."""
    moment = now or utcnow()
    expired = 0
    async with UnitOfWork(db) as uow:
        carts = (await uow.session.scalars(select(Cart).where(Cart.expires_at <= moment).limit(BATCH))).all()
        for cart in carts:
            lines = (await uow.session.scalars(select(CartLine.item_id).where(CartLine.cart_id == cart.id))).all()
            gone = await uow.session.execute(delete(Cart).where(Cart.id == cart.id, Cart.expires_at <= moment))
            if not gone.rowcount:  # type: ignore[attr-defined]  # touched meanwhile: still alive
                continue
            await uow.session.execute(delete(CartLine).where(CartLine.cart_id == cart.id))
            expired += 1
            target = await customer_target(uow, cart.customer_id) if lines else None
            if target is not None:
                channel, chat_id, locale = target
                minutes = int(CART_TTL.total_seconds() // 60)
                text = translator(locale).tn("cart.expired", "cart.expired.plural", minutes, count=minutes)
                send_alert(uow, cart.store_id, channel, chat_id, text)
        await uow.commit()
    return expired


ROUND_THE_CLOCK_DIGEST_HOUR = 8  # a shop open all day gets its digest at 08:00 India time


async def send_low_stock_digests(db: Database, now: datetime | None = None) -> int:
    """Once a day per store, in the hour it opens (India time; 08:00 for a shop open round the
    clock): the list of low items."""
    local = (now or utcnow()).astimezone(INDIA)
    today = local.date().isoformat()
    sent = 0
    async with UnitOfWork(db) as uow:
        stores = (await uow.session.scalars(
            select(Store).where(Store.status == "active",
                                (Store.last_digest_on.is_(None)) | (Store.last_digest_on != today))
        )).all()
        for store in stores:
            opens = time.fromisoformat(store.opens_at)
            digest_hour = opens.hour if store.opens_at != store.closes_at else ROUND_THE_CLOCK_DIGEST_HOUR
            if local.hour != digest_hour:
                continue
            claimed = await uow.session.execute(
                update(Store).where(Store.id == store.id,
                                    (Store.last_digest_on.is_(None)) | (Store.last_digest_on != today))
                .values(last_digest_on=today))
            if not claimed.rowcount:  # type: ignore[attr-defined]
                continue
            items = await low_stock_items(uow, store.id, limit=30)
            if not items:
                continue
            for channel, chat_id, locale in await owner_targets(uow, store.id):
                tr = translator(locale)
                lines = [tr.tn("owner.digest.low_stock", "owner.digest.low_stock.plural", len(items), count=len(items))]
                lines += [tr.t("owner.low_stock.line", name=item_title(i), stock=i.current_stock) for i in items]
                send_alert(uow, store.id, channel, chat_id, "\n".join(lines))
            sent += 1
        await uow.commit()
    return sent
