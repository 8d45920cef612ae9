"""`vyapar settlement --store … --from … --to … [--json]` through its real entry points: the
`python -m vyapar` process on DATABASE_URL, and `vyapar.cli.main(argv)`. The figures are checked
against a seeded set worked out by hand (prices: atta ₹52, maggi ₹14, salt ₹28; the test shop
charges no tax and no delivery fee, so totals are subtotals). Commission rows are dated to fixed
India-time moments, so the periods below hold whatever day the test runs on."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from commerce.database import Database
from commerce.orders import accept_order, mark_delivered, send_out_for_delivery
from commerce.payments import apply_paid, cancel_paid_order
from commerce.stores import INDIA
from commerce.tables import OrderCommission
from commerce.unit_of_work import UnitOfWork
from tests.integration.commerce._support import order
from tests.integration.commerce.conftest import Shop, make_shop
from tests.integration.payments.conftest import online_order, paid
from vyapar.cli import main

# Imported before any test redirects sys.stdout, as in a process that runs main(argv) later: the
# statement must still go to sys.stdout as it is when printed (it once went to the stale one).
import payments.statement_cli  # noqa: E402,F401  isort: skip

REPO = Path(__file__).resolve().parents[3]
DAY = date(2026, 3, 10)  # the settlement day
OLD = DAY - timedelta(days=40)  # 2026-01-29


def at(day: date, hh: int, mm: int = 0, ss: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm, ss), tzinfo=INDIA)


@dataclass
class Seeded:
    url: str
    store_id: str


async def _pay(shop: Shop, lines: list[tuple[str, int]], method: str, pid: str) -> str:
    placed, payment = await online_order(shop, lines, method=method)
    async with UnitOfWork(shop.db) as uow:
        assert await apply_paid(uow, paid(payment, method=method, provider_payment_id=pid)) == "confirmed"
        await uow.commit()
    return placed.id


async def _seed(url: str) -> str:
    db = Database.from_url(url)
    await db.migrate()
    try:
        shop = await make_shop(db)
        upi = await _pay(shop, [("atta", 2)], "upi", "pay_UPI")  # 10400: platform 208, gateway 0
        card = await _pay(shop, [("maggi", 3)], "card", "pay_CARD")  # 4200: platform 84, gateway 84
        cancelled = await _pay(shop, [("maggi", 1)], "upi", "pay_CANCELLED")  # paid, then cancelled: left out
        old = await _pay(shop, [("salt", 1)], "upi", "pay_OLD")  # 2800 on OLD: platform 56
        next_day = await _pay(shop, [("maggi", 2)], "upi", "pay_NEXT")  # 2800 on DAY + 1 at 00:00: platform 56
        await online_order(shop, [("atta", 1)])  # never paid: left out
        await order(db, shop.customer_id, shop.store_id, [(shop.items["atta"], 1)])  # cash, not delivered: left out
        cod = await order(db, shop.customer_id, shop.store_id,
                          [(shop.items["salt"], 1), (shop.items["atta"], 1)])  # 8000 cash: platform 160 + ₹20
        async with UnitOfWork(db) as uow:
            await accept_order(uow, cod.id, store_id=shop.store_id)
            await send_out_for_delivery(uow, cod.id, store_id=shop.store_id)
            await mark_delivered(uow, cod.id, store_id=shop.store_id)
            await cancel_paid_order(uow, cancelled, by="owner", reason="shop closed")
            paid_at = {upi: at(DAY, 0, 0, 0),  # the first moment of the day: in
                       card: at(DAY, 23, 59, 59),  # the last: in
                       cod.id: at(DAY, 12), cancelled: at(DAY, 13), old: at(OLD, 12),
                       next_day: at(DAY + timedelta(days=1), 0, 0, 0)}  # the next day's first moment: out
            for order_id, moment in paid_at.items():
                await uow.session.execute(update(OrderCommission).where(OrderCommission.order_id == order_id)
                                          .values(paid_at=moment))
            await uow.commit()
        return shop.store_id
    finally:
        await db.dispose()


@pytest.fixture
def seeded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Seeded:
    url = f"sqlite+aiosqlite:///{tmp_path / 'settle.db'}"
    monkeypatch.setenv("DATABASE_URL", url)  # for main(argv) in this process
    return Seeded(url=url, store_id=asyncio.run(_seed(url)))


def _vyapar(seeded: Seeded, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": seeded.url, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "vyapar", *args], text=True, capture_output=True, env=env,
                          cwd=REPO, timeout=120)


def test_python_m_vyapar_settlement_prints_the_seeded_figures(seeded: Seeded) -> None:
    day = DAY.isoformat()
    as_json = _vyapar(seeded, "settlement", "--store", seeded.store_id, "--from", day, "--to", day, "--json")
    assert as_json.returncode == 0, as_json.stderr
    assert json.loads(as_json.stdout) == {
        "store_id": seeded.store_id, "from": day, "to": day, "orders": 3,
        "gross_paise": 10_400 + 4_200 + 8_000,
        "fees": {"platform_paise": 208 + 84 + 160, "gateway_paise": 84, "cod_handling_paise": 2_000,
                 "total_paise": 2_536},
        "net_paise": 22_600 - 2_536,
        "by_method": {"card": {"orders": 1, "gross_paise": 4_200, "fees_paise": 168, "net_paise": 4_032},
                      "cod": {"orders": 1, "gross_paise": 8_000, "fees_paise": 2_160, "net_paise": 5_840},
                      "upi": {"orders": 1, "gross_paise": 10_400, "fees_paise": 208, "net_paise": 10_192}}}

    table = _vyapar(seeded, "settlement", "--store", seeded.store_id, "--from", day, "--to", day)
    assert table.returncode == 0, table.stderr
    lines = [" ".join(line.split()) for line in table.stdout.splitlines()]
    assert lines[0] == f"Settlement — Sharma Kirana Store ({seeded.store_id})"
    assert lines[1] == f"Period: {day} to {day} (India time)"
    assert lines[2:9] == ["Orders paid: 3", "Gross sales ₹226", "Platform commission 2% -₹4.52",
                          "Card gateway fees -₹0.84", "Cash handling ₹20/order -₹20", "Net payable ₹200.64",
                          "By payment method:"]
    assert lines[9:] == ["card 1 orders gross ₹42 fees ₹1.68 net ₹40.32",
                         "cod 1 orders gross ₹80 fees ₹21.60 net ₹58.40",
                         "upi 1 orders gross ₹104 fees ₹2.08 net ₹101.92"]


def _json(capsys: pytest.CaptureFixture[str], store: str, start: date, end: date) -> dict[str, object]:
    assert main(["settlement", "--store", store, "--from", start.isoformat(), "--to", end.isoformat(), "--json"]) == 0
    data: dict[str, object] = json.loads(capsys.readouterr().out)
    return data


def test_cli_main_periods_include_both_ends_and_nothing_else(seeded: Seeded,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    old = _json(capsys, seeded.store_id, OLD, OLD)
    assert (old["orders"], old["gross_paise"], old["net_paise"]) == (1, 2_800, 2_744)
    next_day = _json(capsys, seeded.store_id, DAY + timedelta(days=1), DAY + timedelta(days=30))
    assert (next_day["orders"], next_day["gross_paise"], next_day["net_paise"]) == (1, 2_800, 2_744)
    between = _json(capsys, seeded.store_id, OLD + timedelta(days=1), DAY - timedelta(days=1))
    assert (between["orders"], between["gross_paise"], between["by_method"]) == (0, 0, {})
    everything = _json(capsys, seeded.store_id, OLD, DAY + timedelta(days=1))
    assert (everything["orders"], everything["gross_paise"]) == (5, 22_600 + 2_800 + 2_800)
    assert everything["net_paise"] == 20_064 + 2_744 + 2_744


@pytest.mark.parametrize(("start", "end", "message"), [
    ("2026-13-01", "2026-03-10", "dates must be YYYY-MM-DD"),
    ("yesterday", "2026-03-10", "dates must be YYYY-MM-DD"),
    ("2026-03-10", "10/03/2026", "dates must be YYYY-MM-DD"),
    ("2026-03-10", "2026-03-09", "--to is before --from"),
])
def test_bad_dates_are_refused_with_a_clear_error(seeded: Seeded, capsys: pytest.CaptureFixture[str], start: str,
                                                  end: str, message: str) -> None:
    assert main(["settlement", "--store", seeded.store_id, "--from", start, "--to", end]) == 2
    out, err = capsys.readouterr()
    assert out == "" and message in err


def test_bad_arguments_exit_non_zero(seeded: Seeded, capsys: pytest.CaptureFixture[str]) -> None:
    refused = _vyapar(seeded, "settlement", "--store", seeded.store_id, "--from", "2026-02-30", "--to", "2026-03-10")
    assert refused.returncode == 2 and refused.stdout == ""
    assert "dates must be YYYY-MM-DD" in refused.stderr and "Traceback" not in refused.stderr
    assert main(["settlement", "--store", "STORE-NOPE", "--from", "2026-03-01", "--to", "2026-03-10"]) == 1
    assert "no store STORE-NOPE" in capsys.readouterr().err
    with pytest.raises(SystemExit) as missing:
        main(["settlement", "--store", seeded.store_id, "--from", "2026-03-01"])
    assert missing.value.code == 2 and "--to" in capsys.readouterr().err
