"""Bulk import of a store's inventory from CSV or XLSX, as a job with per-row errors.
Columns: sku/barcode, name, brand, category, size, price (rupees), stock, min_stock."""

from commerce.imports.jobs import (
    BATCH_SIZE, ImportProgress, create_import_job, get_import_job, jobs_to_resume, run_import_job,
)
from commerce.imports.reading import COLUMN_NAMES, UnreadableFile, read_file
from commerce.imports.rows import ImportRow, RowError, check_row, rupees

__all__ = [
    "BATCH_SIZE", "COLUMN_NAMES", "ImportProgress", "ImportRow", "RowError", "UnreadableFile", "check_row",
    "create_import_job", "get_import_job", "jobs_to_resume", "read_file", "rupees", "run_import_job",
]
