"""Bulk import over HTTP: upload (multipart) answers 202 with a job at once, the job runs in
the server's background and is followed to the end; roles and tenants as everywhere."""

from __future__ import annotations

import asyncio
import io
from typing import Any

from aiohttp import FormData
from openpyxl import Workbook

from tests.e2e.api.conftest import Api


def form(content: bytes, filename: str) -> FormData:
    data = FormData()
    kind = "text/csv" if filename.endswith(".csv") else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    data.add_field("file", content, filename=filename, content_type=kind)
    return data


async def follow(api: Api, job_id: str, who: str = "owner_a", query: str = "") -> dict[str, Any]:
    for _ in range(400):
        answer = await api.call("GET", f"/api/v1/inventory/import/{job_id}{query}", who=who)
        assert answer.status == 200
        if answer.body["data"]["status"] in ("done", "failed"):
            return answer.body["data"]  # type: ignore[no-any-return]
        await asyncio.sleep(0.025)
    raise AssertionError("the import did not finish")


async def test_csv_upload_runs_in_the_background(api: Api) -> None:
    content = ("sku,name,brand,category,size,price,stock,min_stock\n"
               "8901063092105,Aashirvaad Atta,,,5 kg,279.50,40,8\n"  # store A's item, by barcode
               ",Loose Chana,,Pulses,1 kg,90,12,\n"
               ",Broken,,,,abc,1,\n").encode()
    started = await api.call("POST", "/api/v1/inventory/import", who="owner_a", data=form(content, "stock.csv"))
    assert started.status == 202 and started.body["data"]["status"] in ("queued", "running", "done")
    job_id = started.body["data"]["job_id"]
    assert started.headers["Location"] == f"/api/v1/inventory/import/{job_id}"
    job = await follow(api, job_id)
    assert {k: job[k] for k in ("status", "format", "total_rows", "processed_rows", "created", "updated",
                                "error_count", "progress_percent")} == {
        "status": "done", "format": "csv", "total_rows": 3, "processed_rows": 3, "created": 1, "updated": 1,
        "error_count": 1, "progress_percent": 100}
    assert job["errors"] == [{"row": 4, "field": "price", "message": "Price must be a number of rupees, like 52.50"}]
    item = await api.call("GET", f"/api/v1/inventory/stock/{api.ids['item_a']}", who="owner_a")
    assert item.body["data"]["current_stock"] == 40
    # others never see store A's job
    assert (await api.call("GET", f"/api/v1/inventory/import/{job_id}", who="owner_b")).status == 404
    assert (await api.call("GET", f"/api/v1/inventory/import/{job_id}?store_id={api.ids['store_a']}",
                           who="owner_b")).status == 404
    assert (await api.call("GET", f"/api/v1/inventory/import/{job_id}", who="customer")).status == 403
    assert (await api.call("GET", f"/api/v1/inventory/import/{job_id}")).status == 401
    assert (await api.call("GET", f"/api/v1/inventory/import/{job_id}", who="admin")).status == 422
    admin = await api.call("GET", f"/api/v1/inventory/import/{job_id}?store_id={api.ids['store_a']}", who="admin")
    assert admin.status == 200 and admin.body["data"]["job_id"] == job_id


async def test_admin_imports_xlsx_into_a_named_store(api: Api) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["barcode", "name", "price", "stock"])
    sheet.append([8901063092105, "Aashirvaad Atta", 289.99, 7])
    out = io.BytesIO()
    book.save(out)
    q = f"?store_id={api.ids['store_b']}"
    started = await api.call("POST", "/api/v1/inventory/import" + q, who="admin", data=form(out.getvalue(), "b.xlsx"))
    assert started.status == 202
    job = await follow(api, started.body["data"]["job_id"], who="admin", query=q)
    assert (job["status"], job["format"], job["updated"], job["errors"]) == ("done", "xlsx", 1, [])
    b_item = await api.call("GET", f"/api/v1/inventory/stock/{api.ids['item_b']}", who="owner_b")
    assert b_item.body["data"]["current_stock"] == 7
    a_item = await api.call("GET", f"/api/v1/inventory/stock/{api.ids['item_a']}", who="owner_a")
    assert a_item.body["data"]["current_stock"] == 20  # store A untouched


async def test_uploads_refused(api: Api) -> None:
    csv_file = b"name,price\nAtta,52\n"
    assert (await api.call("POST", "/api/v1/inventory/import", data=form(csv_file, "a.csv"))).status == 401
    assert (await api.call("POST", "/api/v1/inventory/import", who="customer",
                           data=form(csv_file, "a.csv"))).status == 403
    intruder = await api.call("POST", f"/api/v1/inventory/import?store_id={api.ids['store_a']}", who="owner_b",
                              data=form(csv_file, "a.csv"))
    assert intruder.status == 404
    as_json = await api.call("POST", "/api/v1/inventory/import", who="owner_a", json={"file": "name,price"})
    assert as_json.status == 415
    wrong_field = FormData()
    wrong_field.add_field("upload", csv_file, filename="a.csv", content_type="text/csv")
    missing = await api.call("POST", "/api/v1/inventory/import", who="owner_a", data=wrong_field)
    assert missing.status == 422 and missing.body["details"]["field"] == "file"
    unreadable = await api.call("POST", "/api/v1/inventory/import", who="owner_a",
                                data=form(b"sku,stock\n1,2\n", "a.csv"))
    job = await follow(api, unreadable.body["data"]["job_id"])
    assert job["status"] == "failed" and job["message"].startswith("the header row has no name or price column")
