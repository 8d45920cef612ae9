"""Bulk import of a store's inventory (spec §14.3 "Bulk upload: CSV/XLSX import"): upload a
file, get a job id at once (202), follow the job. The import runs in the background of the
server (webhooks/import_jobs.py); rows are checked one by one and the bad ones reported by
row number, field and message while the good ones are applied."""

from __future__ import annotations

from typing import Any

from aiohttp import BodyPartReader, web

from commerce.errors import InvalidInput
from commerce.imports import COLUMN_NAMES, create_import_job, get_import_job
from commerce.imports.jobs import MAX_FILE_BYTES, STATUSES
from commerce.tables import ImportJob
from commerce.unit_of_work import UnitOfWork
from webhooks.api.auth import accepts, acting_store, database, ok, require
from webhooks.api.errors import PayloadTooLarge
from webhooks.api.openapi import API_PREFIX, STORE_QUERY, nullable, obj, operation, path_param
from webhooks.import_jobs import IMPORT_RUNNER

routes = web.RouteTableDef()
_ROLES = ("admin", "store_owner")
_TAG = "inventory import"


def job_json(job: ImportJob) -> dict[str, Any]:
    done = job.processed_rows
    return {
        "job_id": job.id, "store_id": job.store_id, "filename": job.filename, "format": job.file_format,
        "status": job.status, "total_rows": job.total_rows, "processed_rows": done,
        "progress_percent": 100 if job.status == "done" else (done * 100 // job.total_rows if job.total_rows else 0),
        "created": job.created_count, "updated": job.updated_count, "error_count": job.error_count,
        "errors": list(job.errors or []), "message": job.message,
        "created_at": job.created_at.isoformat(),
        "started_at": job.started_at.isoformat() if job.started_at else None,
        "finished_at": job.finished_at.isoformat() if job.finished_at else None,
    }


async def _uploaded_file(request: web.Request) -> tuple[str, bytes]:
    reader = await request.multipart()
    while True:
        part = await reader.next()
        if part is None:
            raise InvalidInput("file", "Send the file in a multipart field named “file”")
        if isinstance(part, BodyPartReader) and part.name == "file":
            content = bytearray()
            while chunk := await part.read_chunk(64 * 1024):
                content.extend(chunk)
                if len(content) > MAX_FILE_BYTES:
                    raise PayloadTooLarge("The file is larger than 10 MB", max_bytes=MAX_FILE_BYTES)
            return part.filename or "upload", bytes(content)


@routes.post("/inventory/import")
@accepts("multipart/form-data")
async def start_import(request: web.Request) -> web.Response:
    claims = require(request, *_ROLES)
    store_id = acting_store(request, claims)
    filename, content = await _uploaded_file(request)
    async with UnitOfWork(database(request)) as uow:
        job = await create_import_job(uow, store_id, filename, content, actor=f"{claims.role}:{claims.subject}")
        await uow.commit()
        answer = job_json(job)
    request.config_dict[IMPORT_RUNNER].start(job.id)
    return ok(answer, status=202, headers={"Location": f"{API_PREFIX}/inventory/import/{job.id}"})


@routes.get("/inventory/import/{job_id}")
async def import_status(request: web.Request) -> web.Response:
    store_id = acting_store(request, require(request, *_ROLES))
    async with UnitOfWork(database(request), write=False) as uow:
        job = await get_import_job(uow, request.match_info["job_id"], store_id=store_id)
        return ok(job_json(job))


_INT = {"type": "integer", "minimum": 0}
_WHEN = nullable({"type": "string", "format": "date-time"})
JOB = obj({
    "job_id": {"type": "string"}, "store_id": {"type": "string"}, "filename": {"type": "string"},
    "format": {"type": "string", "enum": ["csv", "xlsx"]}, "status": {"type": "string", "enum": list(STATUSES)},
    "total_rows": _INT, "processed_rows": _INT, "progress_percent": {"type": "integer", "minimum": 0, "maximum": 100},
    "created": _INT, "updated": _INT, "error_count": {**_INT, "description": "rows refused"},
    "errors": {"type": "array", "description": "the first 1000 problems",
               "items": obj({"row": {"type": "integer", "minimum": 2}, "field": {"type": "string"},
                             "message": {"type": "string"}})},
    "message": {"type": "string", "description": "why the job failed, or columns the file had that are not used"},
    "created_at": {"type": "string", "format": "date-time"}, "started_at": _WHEN, "finished_at": _WHEN,
})
UPLOAD = {"type": "object", "required": ["file"], "properties": {
    "file": {"type": "string", "format": "binary",
             "description": "CSV (UTF-8) or XLSX; first row the column names: " + ", ".join(COLUMN_NAMES)}}}

PATHS: dict[str, dict[str, Any]] = {
    f"{API_PREFIX}/inventory/import": {"post": operation(
        "Upload a CSV or XLSX file of inventory rows; the import runs in the background", tag=_TAG, roles=_ROLES,
        params=[STORE_QUERY], body=UPLOAD, body_type="multipart/form-data", data=JOB, status=202,
        description="Columns: sku or barcode, name, brand, category, size (“500 g”), price (rupees, at most 2 "
                    "decimals), stock, min_stock. A row's product is found by barcode, else by name and size: "
                    "found, its price / stock / minimum are set; not found, it is added (from the global catalog "
                    "when the barcode is there). Bad rows are reported and skipped; good rows are applied. "
                    "Follow the job at the Location header. An owner imports into their own store; an admin "
                    "names it with ?store_id=.")},
    f"{API_PREFIX}/inventory/import/{{job_id}}": {"get": operation(
        "An import job: status, progress, counts and per-row errors", tag=_TAG, roles=_ROLES,
        params=[path_param("job_id", "JOB-…"), STORE_QUERY], data=JOB)},
}
