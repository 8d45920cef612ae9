"""After a commit, tell Razorpay what the database decided: cancel links, send refunds.
One background worker per server, woken by webhooks and the payments job; rows are claimed
by compare-and-set (commerce.payment_followups), so overlapping runs never double a request.
Transient failures go back to the queue; refusals are recorded (cancel_failed / failed)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass

from commerce.database import Database
from commerce.payment_followups import claim_link_cancellations, claim_refunds, link_cancel_done, refund_sent
from commerce.unit_of_work import UnitOfWork
from payments.gateway import PaymentGatewayError, RazorpayGateway

log = logging.getLogger("vyapar.payments")


@dataclass(frozen=True, slots=True, kw_only=True)
class FollowUpReport:
    links_cancelled: int = 0
    refunds_sent: int = 0


class FollowUps:
    __slots__ = ("db", "gateway", "every_s", "_wake", "_task")

    def __init__(self, db: Database, gateway: RazorpayGateway, *, every_s: float = 30.0) -> None:
        self.db = db
        self.gateway = gateway
        self.every_s = every_s
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def kick(self) -> None:
        self._wake.set()

    async def run_once(self) -> FollowUpReport:
        async with UnitOfWork(self.db) as uow:
            links = await claim_link_cancellations(uow)
            refunds = await claim_refunds(uow)
            await uow.commit()
        cancelled = sent = 0
        for link in links:
            try:
                await self.gateway.cancel_link(link.link_id)
                outcome, cancelled = "cancelled", cancelled + 1
            except PaymentGatewayError as exc:
                log.warning("cancelling link %s: %s", link.link_id, exc)
                outcome = "cancel_failed" if exc.permanent else "cancel_requested"
            async with UnitOfWork(self.db) as uow:
                await link_cancel_done(uow, link.payment_id, outcome=outcome)
                await uow.commit()
        for refund in refunds:
            refund_id: str | None = None
            try:
                made = await self.gateway.refund(refund.provider_payment_id, refund.amount_paise,
                                                 receipt=refund.payment_id)
                refund_id, outcome, sent = made.id, "pending", sent + 1
            except PaymentGatewayError as exc:
                log.error("refund of %s (%s): %s", refund.provider_payment_id, refund.order_id, exc)
                outcome = "failed" if exc.permanent else "requested"
            async with UnitOfWork(self.db) as uow:
                await refund_sent(uow, refund.payment_id, refund_id=refund_id, outcome=outcome)
                await uow.commit()
        return FollowUpReport(links_cancelled=cancelled, refunds_sent=sent)

    async def _loop(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self.every_s)
            self._wake.clear()
            try:
                await self.run_once()
            except Exception:  # a failed round is logged; the next one tries again
                log.exception("payment follow-ups failed")

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._loop())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
