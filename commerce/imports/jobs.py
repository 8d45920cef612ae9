"""Import jobs: a file is stored as a queued job, then run batch by batch.

Not all-or-nothing: each row goes in under its own savepoint, so a bad row (refused by the
checks, or by the database) is rolled back alone and reported with its row number, field
and message, while every good row is applied. Rows are committed in batches of
BATCH_SIZE together with the job's progress, so a job interrupted by a restart resumes
after the last committed batch and no row is applied twice. A file that cannot be read at
all (not CSV/XLSX, no header, no name or price column) fails the job with a message."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, update

from commerce.database import Database
from commerce.errors import DomainError, InvalidInput, NotFound
from commerce.ids import new_id
from commerce.imports.applying import apply_row
from commerce.imports.reading import FORMATS, ParsedFile, UnreadableFile, guess_format, read_file
from commerce.imports.rows import ImportRow, RowError, check_row
from commerce.stores import get_store
from commerce.tables import ImportJob, utcnow
from commerce.unit_of_work import UnitOfWork

log = logging.getLogger("vyapar.imports")
BATCH_SIZE = 200
MAX_STORED_ERRORS = 1000
MAX_FILE_BYTES = 10 * 1024 * 1024
STALE_AFTER = timedelta(minutes=2)  # a running job without a heartbeat this long is resumed
STATUSES = ("queued", "running", "done", "failed")


@dataclass(frozen=True, slots=True, kw_only=True)
class ImportProgress:
    job_id: str
    status: str
    total_rows: int
    processed_rows: int
    created: int
    updated: int
    errors: int


async def create_import_job(uow: UnitOfWork, store_id: str, filename: str, content: bytes, *,
                            file_format: str | None = None, actor: str = "owner") -> ImportJob:
    await get_store(uow, store_id)
    if not content:
        raise InvalidInput("file", "The file is empty")
    if len(content) > MAX_FILE_BYTES:
        raise InvalidInput("file", "The file is larger than 10 MB")
    fmt = file_format or guess_format(filename, content)
    if fmt not in FORMATS:
        raise InvalidInput("format", f"format must be one of {', '.join(FORMATS)}")
    job = ImportJob(id=new_id("JOB"), store_id=store_id, filename=(filename or "upload")[-200:], file_format=fmt,
                    content=content, status="queued", actor=actor[:80], errors=[])
    uow.session.add(job)
    await uow.session.flush()
    return job


async def get_import_job(uow: UnitOfWork, job_id: str, *, store_id: str | None = None) -> ImportJob:
    job = await uow.session.get(ImportJob, job_id)
    if job is None or (store_id is not None and job.store_id != store_id):
        raise NotFound(f"import job {job_id} not found", job_id=job_id)
    return job


async def jobs_to_resume(db: Database, *, now: datetime | None = None) -> list[str]:
    """Queued jobs, and running ones whose runner stopped beating (a restart)."""
    stale = (now or utcnow()) - STALE_AFTER
    async with UnitOfWork(db, write=False) as uow:
        rows = await uow.session.scalars(
            select(ImportJob.id).where(or_(ImportJob.status == "queued",
                                           (ImportJob.status == "running") & (ImportJob.updated_at < stale)))
            .order_by(ImportJob.created_at))
        return list(rows.all())


async def _claim(db: Database, job_id: str) -> bool:
    """Take the job (compare-and-set), so two runners never work on one job."""
    now = utcnow()
    async with UnitOfWork(db) as uow:
        result = await uow.session.execute(
            update(ImportJob).where(ImportJob.id == job_id, or_(
                ImportJob.status == "queued",
                (ImportJob.status == "running") & (ImportJob.updated_at < now - STALE_AFTER)))
            .values(status="running", updated_at=now))
        await uow.commit()
        return bool(result.rowcount)  # type: ignore[attr-defined]


async def _finish(db: Database, job_id: str, status: str, message: str = "") -> None:
    async with UnitOfWork(db) as uow:
        await uow.session.execute(update(ImportJob).where(ImportJob.id == job_id).values(
            status=status, message=message[:500], finished_at=utcnow(), updated_at=utcnow(), content=None))
        await uow.commit()


def _check_all(parsed: ParsedFile) -> list[ImportRow | list[RowError]]:
    """Every row checked, and rows naming a product an earlier row named refused."""
    seen: dict[tuple[str, ...], int] = {}
    checked: list[ImportRow | list[RowError]] = []
    for raw in parsed.rows:
        row = check_row(raw, barcode_column=parsed.barcode_column)
        if isinstance(row, ImportRow):
            first = seen.setdefault(row.key, row.number)
            if first != row.number:
                field = "sku" if row.barcode else "name"
                row = [RowError(row=row.number, field=field, message=f"Same product as row {first}")]
        checked.append(row)
    return checked


async def _run_batch(db: Database, job_id: str, store_id: str, batch: list[ImportRow | list[RowError]],
                     actor: str) -> ImportProgress:
    async with UnitOfWork(db) as uow:
        job = await uow.session.scalar(select(ImportJob).where(ImportJob.id == job_id).with_for_update()
                                       .execution_options(populate_existing=True))
        assert job is not None
        created = updated = 0
        errors: list[RowError] = []
        for row in batch:
            if not isinstance(row, ImportRow):
                errors.extend(row)
                continue
            mark = len(uow.events)
            try:
                async with uow.session.begin_nested():
                    outcome = await apply_row(uow, store_id, row, actor=actor)
            except DomainError as exc:
                del uow.events[mark:]  # events of a rolled-back row never happened
                field = str(exc.details.get("field", "row"))
                errors.append(RowError(row=row.number, field=field, message=exc.message))
                continue
            created += outcome == "created"
            updated += outcome == "updated"
        refused_rows = len({e.row for e in errors})
        room = MAX_STORED_ERRORS - len(job.errors or [])
        job.errors = list(job.errors or []) + [e.as_dict() for e in errors[:max(0, room)]]
        job.processed_rows += len(batch)
        job.created_count += created
        job.updated_count += updated
        job.error_count += refused_rows
        job.updated_at = utcnow()
        progress = _progress(job)
        await uow.commit()
    return progress


def _progress(job: ImportJob) -> ImportProgress:
    return ImportProgress(job_id=job.id, status=job.status, total_rows=job.total_rows,
                          processed_rows=job.processed_rows, created=job.created_count,
                          updated=job.updated_count, errors=job.error_count)


async def run_import_job(db: Database, job_id: str, *,
                         on_progress: Callable[[ImportProgress], None] | None = None,
                         stop: asyncio.Event | None = None) -> ImportProgress:
    """Run (or resume) one job to the end. Returns the final progress; a job another runner
    holds is left alone (its current progress is returned). When `stop` is set the job halts
    at the next batch boundary, still "running", for the runner to put back in the queue."""
    if await _claim(db, job_id):
        try:
            await _run_claimed(db, job_id, on_progress, stop)
        except UnreadableFile as exc:
            await _finish(db, job_id, "failed", str(exc))
        except asyncio.CancelledError:
            raise  # shutting down: the job stays "running" and is resumed after the restart
        except Exception:
            log.exception("import job %s failed", job_id)
            await _finish(db, job_id, "failed", "the import stopped on an internal error; try again")
    async with UnitOfWork(db, write=False) as uow:
        return _progress(await get_import_job(uow, job_id))


async def _run_claimed(db: Database, job_id: str, on_progress: Callable[[ImportProgress], None] | None,
                       stop: asyncio.Event | None = None) -> None:
    async with UnitOfWork(db, write=False) as uow:
        job = await get_import_job(uow, job_id)
        content, fmt, store_id, actor = job.content or b"", job.file_format, job.store_id, job.actor
        done = job.processed_rows
    parsed = await asyncio.to_thread(read_file, content, fmt)  # no transaction held while parsing
    async with UnitOfWork(db) as uow:
        job = await get_import_job(uow, job_id)
        job.total_rows = len(parsed.rows)
        job.started_at = job.started_at or utcnow()
        job.updated_at = utcnow()
        if parsed.ignored_columns and not job.message:
            job.message = ("columns not used: " + ", ".join(parsed.ignored_columns))[:500]
        progress = _progress(job)
        await uow.commit()
    if on_progress is not None:
        on_progress(progress)
    checked = await asyncio.to_thread(_check_all, parsed)
    for start in range(done, len(checked), BATCH_SIZE):
        if stop is not None and stop.is_set():
            return  # shutting down between batches: every committed row stays committed
        progress = await _run_batch(db, job_id, store_id, checked[start:start + BATCH_SIZE], actor)
        if on_progress is not None:
            on_progress(progress)
        await asyncio.sleep(0)  # let the server answer requests between batches
    async with UnitOfWork(db) as uow:
        await uow.session.execute(update(ImportJob).where(ImportJob.id == job_id).values(
            status="done", finished_at=utcnow(), updated_at=utcnow(), content=None))
        await uow.commit()
