"""Orders as files an owner downloads: CSV (the csv module does the quoting; cells that a
spreadsheet would run as a formula are prefixed with ') and PDF (fpdf2, DejaVu Sans embedded
so ₹ and accented Latin print; the DejaVu font has no Indic scripts, so a name written in
Devanagari, Tamil … shows in the CSV but not in the PDF)."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from pathlib import Path

from commerce.order_history import ExportedOrder
from commerce.stores import INDIA

COLUMNS = ("order_number", "order_id", "placed_at", "customer_name", "customer_phone", "status",
           "payment_status", "payment_method", "items", "subtotal", "tax", "delivery_fee", "total")
FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
             Path("/usr/local/share/fonts"))
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def rupees(paise: int) -> str:
    return f"{Decimal(paise) / 100:.2f}"


def _safe(cell: str) -> str:
    """OWASP CSV injection: a cell starting like a formula is made plain text."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def _items(entry: ExportedOrder) -> str:
    return "; ".join(f"{line.name}{' ' + line.size_text if line.size_text else ''} × {line.quantity}"
                     for line in entry.lines)


def _row(entry: ExportedOrder) -> list[str]:
    order = entry.order
    return [order.order_number, order.id, order.created_at.astimezone(INDIA).strftime("%Y-%m-%d %H:%M"),
            _safe(order.customer_name), order.customer_phone or "", order.status, order.payment_status,
            order.payment_method, _safe(_items(entry)), rupees(order.subtotal_paise), rupees(order.tax_paise),
            rupees(order.delivery_fee_paise), rupees(order.total_paise)]


def orders_csv(orders: list[ExportedOrder]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for entry in orders:
        writer.writerow(_row(entry))
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # BOM: Excel then reads UTF-8


def unicode_font() -> Path | None:
    for folder in FONT_DIRS:
        candidate = folder / "DejaVuSans.ttf"
        if candidate.is_file():
            return candidate
    return None


def orders_pdf(orders: list[ExportedOrder], *, title: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(orientation="landscape", format="A4")
    pdf.set_auto_page_break(auto=True, margin=12)
    font = unicode_font()
    if font is not None:
        pdf.add_font("DejaVu", fname=str(font))
        family, currency = "DejaVu", "₹"
    else:  # no Unicode font on this machine: Latin-1 only, anything else becomes "?"
        family, currency = "Helvetica", "Rs "
    pdf.add_page()
    pdf.set_font(family, size=13)
    pdf.cell(text=_printable(title, font is not None), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, size=8)
    widths = (18, 30, 45, 28, 28, 18, 80, 30)
    headings = ("Order", "Placed (IST)", "Customer", "Status", "Payment", "Method", "Items", "Total")
    for width, heading in zip(widths, headings, strict=True):
        pdf.cell(w=width, h=6, text=heading, border=1)
    pdf.ln()
    grand = 0
    for entry in orders:
        order = entry.order
        grand += order.total_paise if order.status != "cancelled" else 0
        cells = (order.order_number, order.created_at.astimezone(INDIA).strftime("%d %b %Y %H:%M"),
                 order.customer_name[:28], order.status, order.payment_status, order.payment_method,
                 _items(entry)[:60], f"{currency}{rupees(order.total_paise)}")
        for width, text in zip(widths, cells, strict=True):
            pdf.cell(w=width, h=6, text=_printable(text, font is not None), border=1)
        pdf.ln()
    pdf.ln(2)
    pdf.set_font(family, size=10)
    pdf.cell(text=_printable(f"{len(orders)} orders; sales (not cancelled) {currency}{rupees(grand)}",
                             font is not None))
    return bytes(pdf.output())


def _printable(text: str, unicode: bool) -> str:
    return text if unicode else text.encode("latin-1", "replace").decode("latin-1")
