"""Sample placeholder values for rendering every message."""

from __future__ import annotations

# One plausible value per placeholder; money arrives formatted, as it will from bot/.
SAMPLES: dict[str, str] = {
    "store": "Sharma Kirana Store",
    "total": "₹112",
    "amount": "₹98",
    "name": "Aashirvaad Atta 2 kg",
    "qty": "2",
    "item": "atta",
    "order_number": "A1042",
    "pincode": "560034",
    "distance": "0.8",
    "time": "9:00 am",
    "query": "biscuit",
    "max": "3",
    "available": "1",
    "requested": "3",
    "min_amount": "₹200",
    "shortfall": "₹88",
    "address": "12, Gulmohar Society, Andheri W 400058",
    "minutes": "15",
    "url": "https://rzp.io/l/abc123",
    "fee": "₹20",
    "status": "Out for delivery",
    "customer": "Ravi (98xxxxxx21)",
    "payment": "UPI",
    "new": "40",
    "old": "23",
    "delta": "+17",
    "stock": "3",
    "price": "₹52",
    "sales": "₹4,250",
    "text": "Is the atta fresh?",
    "code": "482913",
}
