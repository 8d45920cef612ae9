"""Who hears about what: domain events become chat messages for the shop owner and the
customer, written as outbox rows inside the same transaction as the change (registered as a
Database event handler at start)."""

from __future__ import annotations

from sqlalchemy import select

from bot.messages import ORDER_UPDATE_TEMPLATE, Button, Channel, OutgoingMessage
from commerce import events
from commerce.tables import ChatSession, Customer, Order, OrderLine, Payment, Store
from commerce.unit_of_work import UnitOfWork
from locales import format_money, translator

OWNER_DEFAULT_LOCALE = "hi_Latn"


async def owner_targets(uow: UnitOfWork, store_id: str) -> list[tuple[Channel, str, str]]:
    """(channel, chat id, locale) of every chat the owner uses; their WhatsApp number even if
    they never wrote to us. Not the web chat: a browser is not pushed to, and the updates it
    polls are open to any nickname — an owner in a browser watches /owner (the live feed)."""
    sessions = (await uow.session.scalars(
        select(ChatSession).where(ChatSession.role == "owner", ChatSession.store_id == store_id,
                                  ChatSession.channel != "web")
        .order_by(ChatSession.channel, ChatSession.sender_id)
    )).all()
    targets: list[tuple[Channel, str, str]] = [
        (s.channel, s.sender_id, s.locale or OWNER_DEFAULT_LOCALE) for s in sessions  # type: ignore[misc]
    ]
    store = await uow.session.get(Store, store_id)
    if store is not None:
        number = (store.whatsapp or store.phone).lstrip("+")
        if not any(c == "whatsapp" and chat == number for c, chat, _ in targets):
            targets.append(("whatsapp", number, OWNER_DEFAULT_LOCALE))
    return targets


async def customer_target(uow: UnitOfWork, customer_id: str) -> tuple[Channel, str, str] | None:
    customer = await uow.session.get(Customer, customer_id)
    if customer is None:
        return None
    session = await uow.session.get(ChatSession, (customer.channel, customer.sender_id))
    locale = (session.locale if session else None) or customer.language or "en"
    return customer.channel, customer.sender_id, locale  # type: ignore[return-value]


WEB_ALERT = "web_alert"  # a browser has no push: the chat page polls for these


def send_alert(uow: UnitOfWork, store_id: str, channel: Channel, chat_id: str, text: str,
          buttons: tuple[Button, ...] = (), *, order_number: str = "") -> None:
    """Queue an alert. `order_number` (when it is about one order) goes into the WhatsApp
    order_update template as its first parameter, should the chat be outside the 24-hour window."""
    message = OutgoingMessage(channel=channel, chat_id=chat_id, text=text, buttons=buttons, kind="alert",
                              template=ORDER_UPDATE_TEMPLATE if order_number else "",
                              template_params=(order_number,) if order_number else ())
    uow.add_outbox(WEB_ALERT if channel == "web" else "alert", message.to_json(), store_id=store_id)


async def _order_alert_text(uow: UnitOfWork, order: Order, locale: str) -> str:
    tr = translator(locale)
    payment = {"cod": "owner.payment.cod"}.get(order.payment_method) or (
        "owner.payment.paid" if order.payment_status == "completed" else "owner.payment.pending")
    lines = (await uow.session.scalars(select(OrderLine).where(OrderLine.order_id == order.id)
                                       .order_by(OrderLine.name))).all()
    customer = order.customer_name or ""
    if order.customer_phone:
        phone = order.customer_phone
        customer = f"{customer} ({phone[:5]}xxxx{phone[-2:]})".strip()
    head = tr.t("owner.order.alert", order_number=order.order_number, total=format_money(order.total_paise, locale),
                payment=tr.t(payment), customer=customer or "—", address=order.delivery_address)
    items = "\n".join(tr.t("owner.order.item", name=f"{l.name} {l.size_text}".strip(), qty=l.quantity) for l in lines)
    return f"{head}\n{items}"


async def on_event(uow: UnitOfWork, event: events.Event) -> None:
    if isinstance(event, events.OrderPlaced):
        await _order_placed(uow, event)
    elif isinstance(event, events.OrderStatusChanged):
        await _status_changed(uow, event)
    elif isinstance(event, events.PaymentFlagged):
        await _payment_flagged(uow, event)
    elif isinstance(event, events.PaymentLinkCreated) and event.announce:
        await _link_recovered(uow, event)
    elif isinstance(event, (events.PaymentCaptured, events.PaymentFailed, events.OrderExpired,
                            events.RefundProcessed)):
        await _payment_news(uow, event)


async def _payment_flagged(uow: UnitOfWork, event: events.PaymentFlagged) -> None:
    """Money came in that does not match the order: the owner is told what to check (the order
    waits for a review, see docs/payments.md), the customer that the payment is being checked."""
    for channel, chat_id, locale in await owner_targets(uow, event.store_id):
        send_alert(uow, event.store_id, channel, chat_id, translator(locale).t(
            "owner.payment.flagged", order_number=event.order_number,
            received=format_money(event.received_paise, locale), expected=format_money(event.expected_paise, locale),
        ), order_number=event.order_number)
    target = await customer_target(uow, event.customer_id)
    if target is not None:
        channel, chat_id, locale = target
        send_alert(uow, event.store_id, channel, chat_id,
                   translator(locale).t("payment.flagged", order_number=event.order_number),
                   order_number=event.order_number)


async def _link_recovered(uow: UnitOfWork, event: events.PaymentLinkCreated) -> None:
    """A link the conversation claimed but never sent (its process died before Razorpay
    answered), made by the payments job: the customer gets the text the chat would have sent —
    "placed, pay here" when it is the order's first link, else "here is a new link"."""
    target = await customer_target(uow, event.customer_id)
    order = await uow.session.get(Order, event.order_id)
    if target is None or order is None:
        return
    channel, chat_id, locale = target
    tr = translator(locale)
    total = format_money(event.amount_paise, locale)
    earlier = await uow.session.scalar(select(Payment.id).where(
        Payment.order_id == order.id, Payment.id != event.payment_id, Payment.link_id.is_not(None)).limit(1))
    if earlier is None:
        fee = tr.t("order.delivery_fee", fee=format_money(order.delivery_fee_paise, locale)) \
            if order.delivery_fee_paise else tr.t("order.delivery_free")
        text = tr.t("order.placed.online", order_number=event.order_number, total=total,
                    minutes=event.expiry_minutes, url=event.url) + "\n" + fee
    else:
        text = tr.t("payment.link", total=total, order_number=event.order_number, minutes=event.expiry_minutes,
                    url=event.url)
    send_alert(uow, event.store_id, channel, chat_id, text, order_number=event.order_number)


async def _payment_news(uow: UnitOfWork, event: events.Event) -> None:
    """Tell the customer what happened to their payment, in their language."""
    customer_id = getattr(event, "customer_id", "")
    target = await customer_target(uow, customer_id)
    if target is None:
        return
    channel, chat_id, locale = target
    tr = translator(locale)
    number = getattr(event, "order_number", "")
    buttons: tuple[Button, ...] = ()
    if isinstance(event, events.PaymentCaptured):
        text = tr.t("payment.received", amount=format_money(event.amount_paise, locale), order_number=number)
    elif isinstance(event, events.PaymentFailed):
        text = tr.t("payment.failed", order_number=number)
        buttons = tuple(
            ([Button(id=f"paylink:{event.order_id}", title=tr.t("button.new_link"))] if event.can_retry else [])
            + ([Button(id=f"paycod:{event.order_id}", title=tr.t("button.cod"))] if event.can_pay_cash else []))
    elif isinstance(event, events.OrderExpired):
        text = tr.t("payment.expired", order_number=number)
    else:
        assert isinstance(event, events.RefundProcessed)
        text = tr.t("payment.refunded", amount=format_money(event.amount_paise, locale), order_number=number)
    send_alert(uow, event.store_id, channel, chat_id, text, buttons, order_number=number)


async def _order_placed(uow: UnitOfWork, event: events.OrderPlaced) -> None:
    order = await uow.session.get(Order, event.order_id)
    if order is None or order.status != "confirmed":
        return  # online orders alert the owner once paid (the payment confirms them)
    await alert_owner_new_order(uow, order)


async def alert_owner_new_order(uow: UnitOfWork, order: Order) -> None:
    for channel, chat_id, locale in await owner_targets(uow, order.store_id):
        tr = translator(locale)
        send_alert(uow, order.store_id, channel, chat_id, await _order_alert_text(uow, order, locale), (
            Button(id=f"acc:{order.id}", title=tr.t("button.accept")),
            Button(id=f"rej:{order.id}", title=tr.t("button.reject")),
        ), order_number=order.order_number)


async def _status_changed(uow: UnitOfWork, event: events.OrderStatusChanged) -> None:
    order = await uow.session.get(Order, event.order_id)
    store = await uow.session.get(Store, event.store_id)
    if order is None or store is None:
        return
    if event.to_status == "confirmed" and event.from_status == "pending":
        await alert_owner_new_order(uow, order)  # an online order just got paid
    target = await customer_target(uow, order.customer_id)
    if target is None:
        return
    channel, chat_id, locale = target
    tr = translator(locale)
    money = format_money(order.total_paise, locale)
    if event.to_status == "cancelled":
        if event.actor == "customer":
            for o_channel, o_chat, o_locale in await owner_targets(uow, order.store_id):
                send_alert(uow, order.store_id, o_channel, o_chat,
                           translator(o_locale).t("owner.order.cancelled_by_customer", order_number=order.order_number),
                           order_number=order.order_number)
            return  # the customer was answered in their own conversation
        if event.actor not in ("owner", "admin"):
            return  # expiry and payment paths tell the customer themselves
        text = tr.t("order.update.rejected", store=store.name, order_number=order.order_number)
        if order.payment_status == "completed":
            text += "\n" + tr.t("order.refund_note", amount=money)
        send_alert(uow, order.store_id, channel, chat_id, text, order_number=order.order_number)
        return
    key = {"confirmed": "order.update.confirmed", "processing": "order.update.processing",
           "out_for_delivery": "order.update.out_for_delivery", "delivered": "order.update.delivered"}.get(event.to_status)
    if key is None or (event.to_status == "confirmed" and event.from_status == "pending"):
        # paid online: the payment message already says it is confirmed; switched to cash on
        # delivery: the chat's answer says so, and the shop has not accepted it yet
        return
    send_alert(uow, order.store_id, channel, chat_id, tr.t(key, store=store.name, order_number=order.order_number),
               order_number=order.order_number)


__all__ = ["WEB_ALERT", "alert_owner_new_order", "customer_target", "on_event", "owner_targets", "send_alert"]
