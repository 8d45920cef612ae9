"""Bulk import of inventory rows from CSV and XLSX, on both databases: good rows go in,
bad rows are reported by row, field and message, and an interrupted job resumes without
applying a row twice."""

from __future__ import annotations

import asyncio
import io
from datetime import timedelta

import pytest
from openpyxl import Workbook
from sqlalchemy import select, update

from commerce.catalog import ProductInput, create_product
from commerce.database import Database
from commerce.errors import NotFound
from commerce.imports import ImportProgress, create_import_job, get_import_job, jobs_to_resume, run_import_job
from commerce.imports import jobs as import_jobs
from commerce.tables import ImportJob, InventoryItem, StockMovement, utcnow
from commerce.unit_of_work import UnitOfWork
from tests.integration.commerce.conftest import Shop, make_shop

HEADER = ["sku", "name", "brand", "category", "size", "price", "stock", "min_stock"]


def csv_bytes(lines: list[str]) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def xlsx_bytes(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


async def start(db: Database, store_id: str, filename: str, content: bytes) -> str:
    async with UnitOfWork(db) as uow:
        job = await create_import_job(uow, store_id, filename, content, actor="owner:test")
        await uow.commit()
        return job.id


async def job_row(db: Database, job_id: str) -> ImportJob:
    async with UnitOfWork(db, write=False) as uow:
        job = await get_import_job(uow, job_id)
        uow.session.expunge(job)
        return job


async def items_by_name(db: Database, store_id: str) -> dict[str, InventoryItem]:
    async with UnitOfWork(db, write=False) as uow:
        rows = (await uow.session.scalars(select(InventoryItem).where(InventoryItem.store_id == store_id))).all()
        uow.session.expunge_all()
        return {item.name: item for item in rows}


@pytest.fixture
async def shop(db: Database) -> Shop:
    return await make_shop(db)  # Atta ₹52 ×50, Maggi ₹14 ×30, Salt ₹28 ×10 (no barcodes)


async def test_csv_good_rows_go_in_and_bad_rows_are_reported(db: Database, shop: Shop) -> None:
    content = csv_bytes([
        ",".join(HEADER),
        '8901030865278,Surf Excel Easy Wash,HUL,Detergent,1 kg,"₹1,250.50",12,3',  # row 2: new, exact paise
        "MAGGI-70,maggi,,,1 kg,15.00,40,",  # row 3: the shop's Maggi (name + size), new price and stock
        ",Poha,Local,Staples,500 g,38,,",  # row 4: new, no stock given → 0
        "X1,Bad Price,,,,12.345,5,",  # row 5: three decimals
        "X2,,,,,10,5,",  # row 6: no name
        "X3,Odd Size,,,half kg,10,-2,",  # row 7: size and stock both wrong
        "X4,Poha,Other,,500 g,40,1,",  # row 8: same product as row 4
        "",  # a blank line is skipped
        '8906002420017,"Amul Butter, salted",Amul,Dairy,100 g,56.00,7,2',  # row 10: comma inside quotes
    ])
    job_id = await start(db, shop.store_id, "stock.csv", content)
    final = await run_import_job(db, job_id)
    assert final == ImportProgress(job_id=job_id, status="done", total_rows=8, processed_rows=8,
                                   created=3, updated=1, errors=4)
    job = await job_row(db, job_id)
    assert job.status == "done" and job.file_format == "csv" and job.content is None
    assert job.errors == [
        {"row": 5, "field": "price", "message": "Price takes at most 2 decimal places"},
        {"row": 6, "field": "name", "message": "name is required"},
        {"row": 7, "field": "size", "message": "Size must be a number and a unit (g, kg, ml, l, piece, packet, "
                                              "dozen), like “500 g”"},
        {"row": 7, "field": "stock", "message": "stock cannot be negative"},
        {"row": 8, "field": "name", "message": "Same product as row 4"},
    ]
    items = await items_by_name(db, shop.store_id)
    surf = items["Surf Excel Easy Wash"]
    assert (surf.selling_price_paise, surf.current_stock, surf.min_stock, surf.barcode) == (125050, 12, 3,
                                                                                          "8901030865278")
    assert (surf.size_value, surf.size_unit, surf.brand, surf.category) == (1.0, "kg", "HUL", "Detergent")
    assert (items["Maggi"].selling_price_paise, items["Maggi"].current_stock) == (1500, 40)
    assert items["Maggi"].min_stock == 5  # blank min_stock leaves it alone
    assert (items["Poha"].current_stock, items["Poha"].selling_price_paise, items["Poha"].brand) == (0, 3800, "Local")
    assert items["Amul Butter, salted"].selling_price_paise == 5600
    assert "Bad Price" not in items and "Odd Size" not in items


async def test_xlsx_rows_link_catalog_products_and_update_by_barcode(db: Database, shop: Shop) -> None:
    async with UnitOfWork(db) as uow:
        tea = await create_product(uow, ProductInput(name="Tata Tea Premium", brand="Tata", category="Beverages",
                                                     barcode="8901058000283", size_value=250, size_unit="g",
                                                     mrp_paise=14500))
        await uow.commit()
    first = xlsx_bytes([
        ["Barcode", "Product Name", "Brand", "Category", "Size", "Price (Rs)", "Qty", "Min Stock", "Supplier"],
        [8901058000283, "Tata Tea Premium", "Tata", "Beverages", "250 g", 140.5, 24, 6, "Metro"],  # catalog
        [8901063010475, "Parle-G", "Parle", "Biscuits", "800 g", 90, 10.0, None, None],  # store-only
        ["12345", "Short Code", None, None, None, 10, 1, None, None],  # not a barcode, in a barcode column
        [8901725133979, "Aashirvaad Atta", "ITC", "Staples", "5 kg", "free", 5, None, None],  # price words
        [8901725133980, "Half Packet", None, None, None, 20, 2.5, None, None],  # stock with a fraction
    ])
    job_id = await start(db, shop.store_id, "stock.xlsx", first)
    final = await run_import_job(db, job_id)
    assert (final.status, final.total_rows, final.created, final.updated, final.errors) == ("done", 5, 2, 0, 3)
    job = await job_row(db, job_id)
    assert job.file_format == "xlsx"
    assert job.message == "columns not used: Supplier"
    assert [(e["row"], e["field"]) for e in job.errors] == [(4, "barcode"), (5, "price"), (6, "stock")]
    items = await items_by_name(db, shop.store_id)
    assert items["Tata Tea Premium"].product_id == tea.id  # linked to the global catalog
    assert (items["Tata Tea Premium"].selling_price_paise, items["Tata Tea Premium"].mrp_paise) == (14050, 14500)
    assert items["Parle-G"].product_id is None and items["Parle-G"].barcode == "8901063010475"
    assert items["Parle-G"].current_stock == 10

    again = xlsx_bytes([  # the next week's file: same barcodes, new prices and stock
        HEADER,
        ["8901058000283", "Tata Tea Premium", "", "", "", "142", 30, ""],
        ["8901063010475", "Parle-G", "", "", "", 92.25, None, 4],
    ])
    second = await run_import_job(db, await start(db, shop.store_id, "week2.xlsx", again))
    assert (second.created, second.updated, second.errors) == (0, 2, 0)
    items = await items_by_name(db, shop.store_id)
    assert (items["Tata Tea Premium"].selling_price_paise, items["Tata Tea Premium"].current_stock) == (14200, 30)
    assert (items["Parle-G"].selling_price_paise, items["Parle-G"].current_stock, items["Parle-G"].min_stock) == (
        9225, 10, 4)


@pytest.mark.parametrize(("filename", "content", "message"), [
    ("stock.csv", b"sku,name,stock\n1,Atta,5\n", "the header row has no price column"),
    ("stock.xlsx", b"PK\x03\x04 not really a workbook", "the file is not an Excel workbook (.xlsx)"),
    ("stock.csv", "name,price\nआटा,52\n".encode("utf-16"), "the CSV file is not UTF-8 text"),
])
async def test_an_unreadable_file_fails_the_job_with_a_reason(db: Database, shop: Shop, filename: str,
                                                              content: bytes, message: str) -> None:
    job_id = await start(db, shop.store_id, filename, content)
    final = await run_import_job(db, job_id)
    job = await job_row(db, job_id)
    assert final.status == "failed" and job.status == "failed"
    assert job.message.startswith(message)
    assert job.finished_at is not None and job.processed_rows == 0


async def test_an_interrupted_job_resumes_without_applying_a_row_twice(db: Database, shop: Shop,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(import_jobs, "BATCH_SIZE", 2)
    content = csv_bytes(["name,price,stock"] + [f"Item {n},{10 + n},{n}" for n in range(1, 6)])
    job_id = await start(db, shop.store_id, "five.csv", content)
    seen: list[int] = []

    def stop_after_first_batch(progress: ImportProgress) -> None:
        seen.append(progress.processed_rows)
        if progress.processed_rows == 2:
            raise asyncio.CancelledError  # the server stops here

    with pytest.raises(asyncio.CancelledError):
        await run_import_job(db, job_id, on_progress=stop_after_first_batch)
    job = await job_row(db, job_id)
    assert (job.status, job.processed_rows, job.created_count) == ("running", 2, 2)
    assert await jobs_to_resume(db) == []  # still beating: another runner may hold it
    async with UnitOfWork(db) as uow:  # two minutes and more without a heartbeat
        await uow.session.execute(update(ImportJob).where(ImportJob.id == job_id)
                                  .values(updated_at=utcnow() - timedelta(minutes=3)))
        await uow.commit()
    assert await jobs_to_resume(db) == [job_id]
    final = await run_import_job(db, job_id, on_progress=lambda p: seen.append(p.processed_rows))
    assert (final.status, final.processed_rows, final.created, final.errors) == ("done", 5, 5, 0)
    assert seen == [0, 2, 2, 4, 5]
    async with UnitOfWork(db, write=False) as uow:
        moves = (await uow.session.execute(
            select(InventoryItem.name, StockMovement.delta).join(StockMovement, StockMovement.item_id == InventoryItem.id)
            .where(InventoryItem.store_id == shop.store_id, InventoryItem.name.like("Item %"))
            .order_by(InventoryItem.name))).all()
    assert [tuple(m) for m in moves] == [(f"Item {n}", n) for n in range(1, 6)]  # each row once
    assert await run_import_job(db, job_id) == final  # a finished job is not run again


async def test_a_job_belongs_to_its_store(db: Database, shop: Shop) -> None:
    other = await make_shop(db, {"ghee": (60000, 5)})
    job_id = await start(db, shop.store_id, "x.csv", csv_bytes(["name,price", "Atta,52"]))
    async with UnitOfWork(db, write=False) as uow:
        assert (await get_import_job(uow, job_id, store_id=shop.store_id)).id == job_id
        with pytest.raises(NotFound):
            await get_import_job(uow, job_id, store_id=other.store_id)
    async with UnitOfWork(db) as uow:
        with pytest.raises(NotFound):
            await create_import_job(uow, "STORE-01JUNKJUNKJUNKJUNKJUNKJUNK", "x.csv", b"name,price\nA,1\n")


async def test_the_server_runner_requeues_on_shutdown_and_resumes(db: Database, shop: Shop,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from webhooks.import_jobs import ImportRunner

    monkeypatch.setattr(import_jobs, "BATCH_SIZE", 1)
    content = csv_bytes(["name,price,stock"] + [f"Item {n},{10 + n},{n}" for n in range(1, 41)])
    before = len(await items_by_name(db, shop.store_id))  # the shop's three and the starter staples
    job_id = await start(db, shop.store_id, "forty.csv", content)
    first = ImportRunner(db)
    first.start(job_id)
    for _ in range(200):  # let it get going, then shut the server down mid-job
        await asyncio.sleep(0.005)
        if (await job_row(db, job_id)).processed_rows >= 2:
            break
    await first.close()
    stopped = await job_row(db, job_id)
    assert stopped.status == "queued" and 2 <= stopped.processed_rows < 40
    second = ImportRunner(db)  # the next start
    await second.sweep()
    await second.wait(job_id)
    finished = await job_row(db, job_id)
    assert (finished.status, finished.processed_rows, finished.created_count) == ("done", 40, 40)
    assert len(await items_by_name(db, shop.store_id)) == before + 40
