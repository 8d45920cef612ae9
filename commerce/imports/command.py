"""`vyapar import FILE --store STORE_ID`: the same import job the API runs, run here in the
foreground with a progress bar and a summary of the refused rows.
Exit status: 0 every row went in, 1 some rows were refused, 2 the import could not run."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import TextIO

from commerce.database import Database
from commerce.errors import DomainError
from commerce.imports.jobs import ImportProgress, create_import_job, get_import_job, run_import_job
from commerce.unit_of_work import UnitOfWork

BAR_WIDTH = 30
SHOWN_ERRORS = 50


class ProgressBar:
    """One line, redrawn: [##########··········]  120/300 rows  3 refused."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    def __call__(self, progress: ImportProgress) -> None:
        total = max(progress.total_rows, 1)
        filled = BAR_WIDTH * progress.processed_rows // total if progress.total_rows else 0
        bar = "#" * filled + "·" * (BAR_WIDTH - filled)
        self.out.write(f"\r[{bar}] {progress.processed_rows:>6}/{progress.total_rows} rows"
                       f"  {progress.errors} refused")
        self.out.flush()


async def import_file(database_url: str, path: Path, store_id: str, *, out: TextIO) -> int:
    try:
        content = path.read_bytes()
    except OSError as exc:
        out.write(f"cannot read {path}: {exc.strerror}\n")
        return 2
    db = Database.from_url(database_url)
    try:
        await db.migrate()
        async with UnitOfWork(db) as uow:
            try:
                job = await create_import_job(uow, store_id, path.name, content, actor="cli")
            except DomainError as exc:
                out.write(f"cannot import: {exc.message}\n")
                return 2
            await uow.commit()
        out.write(f"import job {job.id}: {path.name} into {store_id}\n")
        final = await run_import_job(db, job.id, on_progress=ProgressBar(out))
        out.write("\n")
        async with UnitOfWork(db, write=False) as uow:
            record = await get_import_job(uow, job.id)
        if final.status == "failed":
            out.write(f"import failed: {record.message}\n")
            return 2
        out.write(f"done: {final.created} added, {final.updated} updated, {final.errors} rows refused\n")
        if record.message:
            out.write(f"note: {record.message}\n")
        for error in (record.errors or [])[:SHOWN_ERRORS]:
            out.write(f"  row {error['row']}, {error['field']}: {error['message']}\n")
        hidden = len(record.errors or []) - SHOWN_ERRORS
        if hidden > 0:
            out.write(f"  … and {hidden} more (see the job {job.id})\n")
        return 1 if final.errors else 0
    finally:
        await db.dispose()


def import_file_command(database_url: str, file: str, store_id: str, out: TextIO | None = None) -> int:
    return asyncio.run(import_file(database_url, Path(file), store_id, out=out or sys.stderr))
