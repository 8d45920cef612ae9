"""`vyapar import FILE --store STORE_ID`, for real, in a subprocess against an SQLite file:
a progress bar, the refused rows listed, the good rows in the store, and the exit status."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import select

from commerce.database import Database
from commerce.tables import InventoryItem
from commerce.unit_of_work import UnitOfWork
from tests.integration.commerce.conftest import make_shop

ROOT = Path(__file__).resolve().parents[2]


def run(tmp_path: Path, url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": url, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "vyapar", "import", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120)


async def test_import_command(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'shop.db'}"
    db = Database.from_url(url)
    await db.migrate()
    shop = await make_shop(db)
    await db.dispose()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["sku", "name", "size", "price", "stock"])
    sheet.append(["", "Atta", "1 kg", "55", 80])  # the shop's Atta: new price and stock
    sheet.append(["", "Rajma", "1 kg", "-4", 3])  # refused: price
    for n in range(1, 251):  # more than one batch
        sheet.append([f"SKU{n}", f"Namkeen {n}", "200 g", 10 + n / 100, n])
    sheet.append(["", "Moong", "one kg", "120", 3])  # refused: size (row 254)
    path = tmp_path / "stock.xlsx"
    book.save(path)

    done = run(tmp_path, url, str(path), "--store", shop.store_id)
    assert done.returncode == 1, done.stderr  # some rows refused
    out = done.stderr
    assert "[" + "#" * 30 + "]    253/253 rows  2 refused" in out
    assert "done: 250 added, 1 updated, 2 rows refused" in out
    assert "  row 3, price: Price must be more than zero" in out
    assert "  row 254, size: Size must be a number and a unit" in out

    db = Database.from_url(url)
    async with UnitOfWork(db, write=False) as uow:
        items = {i.name: i for i in (await uow.session.scalars(
            select(InventoryItem).where(InventoryItem.store_id == shop.store_id))).all()}
    await db.dispose()
    assert (items["Atta"].selling_price_paise, items["Atta"].current_stock) == (5500, 80)
    assert (items["Namkeen 7"].selling_price_paise, items["Namkeen 7"].current_stock) == (1007, 7)
    assert len([name for name in items if name.startswith("Namkeen")]) == 250

    missing_store = run(tmp_path, url, str(path), "--store", "STORE-01KAAAAAAAAAAAAAAAAAAAAAAA")
    assert missing_store.returncode == 2 and "cannot import: store" in missing_store.stderr
    no_file = run(tmp_path, url, str(tmp_path / "nope.csv"), "--store", shop.store_id)
    assert no_file.returncode == 2 and "cannot read" in no_file.stderr
