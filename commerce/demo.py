"""The demo shop a new user meets: Sharma Kirana Store, Andheri West, with the shipped
catalog (prices, stock, categories, pack sizes) in its inventory."""

from __future__ import annotations

from sqlalchemy import func, select

from commerce.catalog import SeedRow, ensure_global_catalog, read_seed_catalog
from commerce.ids import new_id
from commerce.tables import InventoryItem, Product, Store
from commerce.unit_of_work import UnitOfWork

DEMO_OWNER_PHONE = "+919820000001"
DEMO_STORE_CODE = "SHARMA"


async def seed_demo_store(uow: UnitOfWork, rows: list[SeedRow] | None = None) -> Store | None:
    """Seed into an empty database only. Returns the new store, or None if stores exist."""
    if await uow.session.scalar(select(func.count()).select_from(Store)):
        return None
    seed = rows if rows is not None else read_seed_catalog()
    mapping = await ensure_global_catalog(uow, seed)
    if not mapping:  # catalog existed already: match seed rows to it by barcode or name
        products = (await uow.session.scalars(select(Product))).all()
        by_key = {(p.barcode or p.name, p.size_value, p.size_unit): p.id for p in products}
        mapping = {
            row.sku: by_key[(row.product.barcode or row.product.name, row.product.size_value, row.product.size_unit)]
            for row in seed
            if (row.product.barcode or row.product.name, row.product.size_value, row.product.size_unit) in by_key
        }
    store = Store(
        id=new_id("STORE"), code=DEMO_STORE_CODE, name="Sharma Kirana Store", owner_name="Ramesh Sharma",
        phone=DEMO_OWNER_PHONE, whatsapp=DEMO_OWNER_PHONE, email="sharma.kirana@example.in",
        street="12, Gulmohar Road, near Juhu Circle", city="Mumbai", state="Maharashtra", pincode="400058",
        latitude=19.1197, longitude=72.8468, store_type="Kirana Store", delivery_radius_km=3.0,
        min_order_paise=10_000, delivery_fee_paise=2_000, free_delivery_above_paise=30_000,
        opens_at="00:00", closes_at="00:00", is_open=True, status="active", verified=True,
    )
    uow.session.add(store)
    await uow.session.flush()
    for row in seed:
        product_id = mapping.get(row.sku)
        p = row.product
        uow.session.add(InventoryItem(
            id=new_id("ITEM"), store_id=store.id, product_id=product_id, name=p.name, brand=p.brand,
            category=p.category, barcode=p.barcode, size_value=p.size_value, size_unit=p.size_unit,
            aliases=list(p.aliases), selling_price_paise=row.price_paise, cost_price_paise=row.cost_paise,
            mrp_paise=p.mrp_paise, current_stock=row.stock, min_stock=row.min_stock,
            max_stock=max(100, row.stock * 2), reorder_point=row.min_stock,
        ))
    await uow.session.flush()
    return store
