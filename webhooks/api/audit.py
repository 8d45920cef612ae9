"""The audit trail of API requests: method, path (never the query), status, who, from
where, how long. No header, body, token, code or password is ever recorded. Entries are
buffered and written in batches by one background task; shutdown writes what is left."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

from aiohttp import web
from sqlalchemy import insert

from commerce.database import Database
from commerce.tables import AuditEntry, utcnow
from commerce.unit_of_work import UnitOfWork
from webhooks.api.auth import Handler, claims_of, client_ip

log = logging.getLogger("vyapar.audit")
MAX_PENDING = 10_000  # beyond this (database down for long) the oldest entries are dropped


class AuditTrail:
    __slots__ = ("_db", "_pending", "_wake", "_batch", "_every_s", "_lock")

    def __init__(self, db: Database, *, batch: int = 100, every_s: float = 1.0) -> None:
        self._db = db
        self._pending: list[dict[str, Any]] = []
        self._wake = asyncio.Event()
        self._batch = batch
        self._every_s = every_s
        self._lock = asyncio.Lock()

    def record(self, *, method: str, path: str, status: int, actor: str | None, ip: str | None,
               duration_ms: int, at: datetime) -> None:
        self._pending.append({"method": method[:10], "path": path[:300], "status": status,
                              "actor": actor[:80] if actor else None, "ip": (ip or "")[:45] or None,
                              "duration_ms": duration_ms, "at": at})
        if len(self._pending) > MAX_PENDING:
            del self._pending[: len(self._pending) - MAX_PENDING]
        if len(self._pending) >= self._batch:
            self._wake.set()

    async def flush(self) -> int:
        """Write what is buffered; returns how many rows were written."""
        async with self._lock:
            rows, self._pending = self._pending, []
            if not rows:
                return 0
            try:
                async with UnitOfWork(self._db) as uow:
                    await uow.session.execute(insert(AuditEntry), rows)
                    await uow.commit()
            except Exception:  # the trail must never take the API down; keep the rows for later
                log.exception("could not write %d audit rows", len(rows))
                self._pending[:0] = rows
                return 0
            return len(rows)

    async def run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._every_s)
            self._wake.clear()
            await self.flush()


AUDIT = web.AppKey("api_audit", AuditTrail)


@contextlib.asynccontextmanager
async def audit_trail(app: web.Application, db: Database) -> AsyncIterator[AuditTrail]:
    """The trail and its writer task for the server's life; what is left is written at exit."""
    trail = AuditTrail(db)
    app[AUDIT] = trail
    task = asyncio.create_task(trail.run(), name="audit-trail")
    try:
        yield trail
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        await trail.flush()


@web.middleware
async def audit_requests(request: web.Request, handler: Handler) -> web.StreamResponse:
    started = time.perf_counter()
    status = 500
    try:
        response = await handler(request)
        status = response.status
        return response
    except web.HTTPException as exc:
        status = exc.status
        raise
    finally:
        claims = claims_of(request)
        request.config_dict[AUDIT].record(
            method=request.method, path=request.path, status=status,
            actor=f"{claims.role}:{claims.subject}" if claims else None, ip=client_ip(request),
            duration_ms=int((time.perf_counter() - started) * 1000), at=utcnow(),
        )
