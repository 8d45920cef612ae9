"""Reading an uploaded file into rows: CSV (UTF-8, with or without BOM; comma, semicolon or
tab) or XLSX (the first sheet, openpyxl read-only). The first row names the columns; the
names people use are mapped to ours. Row numbers are the ones a spreadsheet shows: the
header is row 1, so the first product is row 2."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

FORMATS = ("csv", "xlsx")
MAX_ROWS = 50_000
COLUMN_NAMES: dict[str, tuple[str, ...]] = {  # ours → what a header may say (normalised)
    "sku": ("sku", "sku_barcode", "barcode", "ean", "code", "item_code"),
    "name": ("name", "product_name", "product", "item", "item_name"),
    "brand": ("brand",),
    "category": ("category",),
    "size": ("size", "pack_size", "weight"),
    "price": ("price", "selling_price", "price_rs", "price_inr", "selling_price_rs", "rate"),
    "stock": ("stock", "current_stock", "qty", "quantity"),
    "min_stock": ("min_stock", "minimum_stock", "min_stock_level", "min_qty"),
}
REQUIRED_COLUMNS = ("name", "price")


class UnreadableFile(Exception):
    """The file as a whole cannot be imported (not CSV/XLSX, no header, missing columns)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RawRow:
    number: int  # as the spreadsheet shows it
    cells: dict[str, Any]  # our column name → the cell as read (str from CSV; str/int/float from XLSX)


@dataclass(frozen=True, slots=True, kw_only=True)
class ParsedFile:
    rows: list[RawRow]
    barcode_column: bool  # the identifying column was headed "barcode" (so it must hold one)
    ignored_columns: list[str]


def _normalise(header: object) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(header or "").strip().lower()).strip("_")


def _columns(headers: list[object]) -> tuple[dict[int, str], bool, list[str]]:
    lookup = {alias: ours for ours, aliases in COLUMN_NAMES.items() for alias in aliases}
    mapping: dict[int, str] = {}
    ignored: list[str] = []
    barcode_column = False
    for index, header in enumerate(headers):
        key = _normalise(header)
        ours = lookup.get(key)
        if ours is None or ours in mapping.values():
            if key:
                ignored.append(str(header))
            continue
        mapping[index] = ours
        barcode_column = barcode_column or (ours == "sku" and key in ("barcode", "ean"))
    missing = [c for c in REQUIRED_COLUMNS if c not in mapping.values()]
    if missing:
        raise UnreadableFile(f"the header row has no {' or '.join(missing)} column "
                             f"(expected columns: {', '.join(COLUMN_NAMES)})")
    return mapping, barcode_column, ignored


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _rows(lines: Iterator[list[Any] | tuple[Any, ...]]) -> ParsedFile:
    first = next(lines, None)
    if first is None:
        raise UnreadableFile("the file is empty")
    if all(_blank(c) for c in first):
        raise UnreadableFile("the first row must name the columns")
    mapping, barcode_column, ignored = _columns(list(first))
    rows: list[RawRow] = []
    for number, line in enumerate(lines, start=2):
        if all(_blank(c) for c in line):
            continue  # blank lines are skipped, not reported
        if len(rows) >= MAX_ROWS:
            raise UnreadableFile(f"at most {MAX_ROWS} rows in one file")
        cells = {ours: line[index] if index < len(line) else None for index, ours in mapping.items()}
        rows.append(RawRow(number=number, cells=cells))
    return ParsedFile(rows=rows, barcode_column=barcode_column, ignored_columns=ignored)


def _csv_lines(content: bytes) -> Iterator[list[str]]:
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableFile("the CSV file is not UTF-8 text (save it as “CSV UTF-8”)") from exc
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    yield from csv.reader(io.StringIO(text, newline=""), dialect)


def _xlsx_lines(content: bytes) -> Iterator[tuple[Any, ...]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UnreadableFile("the file is not an Excel workbook (.xlsx)") from exc
    try:
        sheet = book.worksheets[0]
        yield from sheet.iter_rows(values_only=True)
    finally:
        book.close()


def read_file(content: bytes, file_format: str) -> ParsedFile:
    """Every row of the file (blocking: run it in a thread for big files)."""
    if file_format == "csv":
        return _rows(_csv_lines(content))
    if file_format == "xlsx":
        return _rows(_xlsx_lines(content))
    raise UnreadableFile(f"file format must be one of {', '.join(FORMATS)}")


def guess_format(filename: str, content: bytes) -> str:
    """xlsx when the name says so or the bytes are a zip (every .xlsx is), else csv."""
    if filename.lower().endswith(".xlsx") or content[:4] == b"PK\x03\x04":
        return "xlsx"
    return "csv"
