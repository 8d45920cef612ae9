"""The payment link a customer chose UPI/card for, made after the turn has committed.

The turn places the order (stock reserved, payment pending), claims a link attempt
(commerce.payments.claim_link_attempt) and commits; then this step asks Razorpay — no
transaction open, so webhook acks and other writers never wait on the network — and in a short
unit of work of its own records the link and answers the customer in their language:
"order placed, pay here" (order.placed.online) or a new link after a failed payment
(payment.link). If Razorpay fails, a just-placed order goes ahead as cash on delivery
(payment.switched_cod), as before. If the process dies before the link is recorded, the
attempt stays `requested` and the payments job makes the link and tells the customer
(payments/jobs.py recover_missing_links)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.handling import queue_replies
from bot.messages import Button, Channel, OutgoingMessage
from bot.turn import LinkMaker
from commerce import orders
from commerce.database import Database
from commerce.errors import DomainError, InvalidTransition
from commerce.payments import LinkAttempt, NewLink, choose_cash_on_delivery, link_not_created, record_payment_link
from commerce.tables import Order
from commerce.unit_of_work import UnitOfWork
from locales import format_money, translator

log = logging.getLogger("vyapar.bot")


def status_reply(channel: Channel, chat_id: str, locale: str, order: Order) -> OutgoingMessage:
    """Where an order stands, with what the customer can do about it."""
    tr = translator(locale)
    pay_key = "payment.status.cod" if order.payment_method == "cod" and order.payment_status == "pending" \
        else f"payment.status.{order.payment_status}"
    text = "\n".join([
        tr.t("order.status.header", order_number=order.order_number, total=format_money(order.total_paise, locale)),
        tr.t(f"order.status.{order.status}"), tr.t(pay_key),
    ])
    buttons = [Button(id="cancel", title=tr.t("button.cancel_order"))] \
        if order.status in orders.CUSTOMER_CANCELLABLE else []
    buttons.append(Button(id="reorder", title=tr.t("button.reorder")))
    return OutgoingMessage(channel=channel, chat_id=chat_id, text=text, buttons=tuple(buttons))


@dataclass(frozen=True, slots=True, kw_only=True)
class PaymentLinkWanted:
    """An AfterCommit step (bot.handling): make, record and send the claimed attempt's link."""

    attempt: LinkAttempt
    make_link: LinkMaker
    channel: Channel
    chat_id: str
    locale: str
    placed: bool  # the order was placed in this turn (else: a new link after a failed payment)
    fee_line: str = ""  # placed: the delivery fee line under the order's text

    def _reply(self, text: str) -> OutgoingMessage:
        return OutgoingMessage(channel=self.channel, chat_id=self.chat_id, text=text)

    async def run(self, db: Database, *, queue: bool) -> list[OutgoingMessage]:
        link: NewLink | None = None
        failure = ""
        try:
            link = await self.make_link(self.attempt)  # the provider call: no transaction is open
        except DomainError as exc:
            failure = str(exc.details.get("reason") or exc.message)
            log.warning("payment link for order %s not made: %s", self.attempt.order_id, failure)
        async with UnitOfWork(db) as uow:
            if link is not None:
                replies = await self._offer(uow, link)
            else:
                replies = await self._no_link(uow, failure)
            if queue:
                queue_replies(uow, replies)
            await uow.commit()
        return replies

    async def _offer(self, uow: UnitOfWork, link: NewLink) -> list[OutgoingMessage]:
        if await record_payment_link(uow, self.attempt, link) is None:
            return []  # a newer attempt, or the order moved on: this link is cancelled, not offered
        tr = translator(self.locale)
        total = format_money(self.attempt.amount_paise, self.locale)
        if self.placed:
            text = tr.t("order.placed.online", order_number=self.attempt.order_number, total=total,
                        minutes=link.expiry_minutes, url=link.short_url)
            return [self._reply(text + ("\n" + self.fee_line if self.fee_line else ""))]
        return [self._reply(tr.t("payment.link", total=total, order_number=self.attempt.order_number,
                                 minutes=link.expiry_minutes, url=link.short_url))]

    async def _no_link(self, uow: UnitOfWork, failure: str) -> list[OutgoingMessage]:
        if not await link_not_created(uow, self.attempt, failure):
            return []  # a newer attempt took over: it answers
        if self.placed:  # the payment service is down: the order goes ahead as cash on delivery
            try:
                order = await choose_cash_on_delivery(uow, self.attempt.order_id, actor="system")
            except InvalidTransition:  # the order moved on meanwhile (cancelled, …)
                order = await orders.get_order(uow, self.attempt.order_id)
                return [status_reply(self.channel, self.chat_id, self.locale, order)]
            return [self._reply(translator(self.locale).t(
                "payment.switched_cod", order_number=order.order_number,
                total=format_money(order.total_paise, self.locale)))]
        order = await orders.get_order(uow, self.attempt.order_id)
        return [status_reply(self.channel, self.chat_id, self.locale, order)]
