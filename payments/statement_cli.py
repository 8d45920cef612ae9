"""`vyapar settlement --store STORE_ID --from YYYY-MM-DD --to YYYY-MM-DD [--json]`: a shop's
settlement statement, from DATABASE_URL. Commission still missing for cash orders paid at the
door is stored first (as the payments job would), so the figures are complete."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import date
from typing import TextIO

from commerce.commission import record_missing_commissions
from commerce.database import Database
from commerce.errors import NotFound
from commerce.settlement import SettlementStatement, settlement_statement
from commerce.stores import get_store
from commerce.unit_of_work import UnitOfWork
from locales.formatting import format_money
from webhooks.settings import Settings


def rupees(paise: int) -> str:
    return format_money(paise, "en")


def render(statement: SettlementStatement, store_name: str) -> str:
    s = statement
    lines = [
        f"Settlement — {store_name} ({s.store_id})",
        f"Period: {s.start.isoformat()} to {s.end.isoformat()} (India time)",
        f"Orders paid: {s.orders}",
        f"  Gross sales            {rupees(s.gross_paise):>16}",
        f"  Platform commission 2% {rupees(-s.platform_fee_paise):>16}",
        f"  Card gateway fees      {rupees(-s.gateway_fee_paise):>16}",
        f"  Cash handling ₹20/order{rupees(-s.cod_fee_paise):>16}",
        f"  Net payable            {rupees(s.net_paise):>16}",
        "By payment method:",
    ]
    for method, m in sorted(s.by_method.items()):
        lines.append(f"  {method:<10} {m.orders:>4} orders  gross {rupees(m.gross_paise):>14}"
                     f"  fees {rupees(m.fees_paise):>12}  net {rupees(m.net_paise):>14}")
    return "\n".join(lines)


async def _statement(store_id: str, start: date, end: date) -> tuple[SettlementStatement, str]:
    db = Database.from_url(Settings.from_env().database_url)
    try:
        await db.migrate()
        async with UnitOfWork(db) as uow:
            store = await get_store(uow, store_id)
            await record_missing_commissions(uow, store_id=store_id)
            statement = await settlement_statement(uow, store_id, start, end)
            await uow.commit()
        return statement, store.name
    finally:
        await db.dispose()


def print_settlement(store_id: str, start: str, end: str, *, as_json: bool = False, out: TextIO | None = None) -> int:
    """Print the statement to `out` (default: sys.stdout as it is at the call, not at import)."""
    try:
        first, last = date.fromisoformat(start), date.fromisoformat(end)
    except ValueError:
        print("dates must be YYYY-MM-DD", file=sys.stderr)
        return 2
    if last < first:
        print("--to is before --from", file=sys.stderr)
        return 2
    try:
        statement, name = asyncio.run(_statement(store_id, first, last))
    except NotFound:
        print(f"no store {store_id}", file=sys.stderr)
        return 1
    text = json.dumps(statement.as_dict(), indent=2) if as_json else render(statement, name)
    print(text, file=sys.stdout if out is None else out)
    return 0
