"""The global catalog: create, read, update, soft delete, barcodes, search, seeding."""

from __future__ import annotations

import pytest

from commerce.catalog import (
    ProductInput,
    categories,
    create_product,
    delete_product,
    ensure_global_catalog,
    find_by_barcode,
    get_product,
    read_seed_catalog,
    search_products,
    update_product,
)
from commerce.database import Database
from commerce.errors import Conflict, InvalidInput, NotFound
from commerce.ids import new_id
from commerce.tables import Product
from commerce.unit_of_work import UnitOfWork

from ._support import count, fetch

ATTA = ProductInput(name="Aashirvaad Atta", brand="Aashirvaad", category="Atta & Flours", barcode="8901000000132",
                    size_value=5, size_unit="kg", mrp_paise=29500, aliases=("atta", "आटा"))


async def create(db: Database, data: ProductInput) -> Product:
    async with UnitOfWork(db) as uow:
        product = await create_product(uow, data)
        await uow.commit()
    return product


async def seed_small_catalog(db: Database) -> dict[str, Product]:
    items = {
        "atta": ATTA,
        "maggi": ProductInput(name="Maggi 2-Minute Noodles", brand="Nestle", category="Noodles",
                              barcode="8901058000016",
                              size_value=70, size_unit="g", mrp_paise=1400),
        "yippee": ProductInput(name="Yippee Noodles Magic Masala", brand="Sunfeast", category="Noodles",
                               size_value=60, size_unit="g", mrp_paise=1500),
        "rice": ProductInput(name="India Gate Basmati Rice", brand="India Gate", category="Rice",
                             size_value=1, size_unit="kg", mrp_paise=15000),
        "salt": ProductInput(name="Tata Salt", brand="Tata", category="Salt & Sugar", size_value=1, size_unit="kg",
                             mrp_paise=2800),
    }
    out: dict[str, Product] = {}
    async with UnitOfWork(db) as uow:
        for key, data in items.items():
            out[key] = await create_product(uow, data)
        await uow.commit()
    return out


async def test_create_and_get_product(db: Database) -> None:
    product = await create(db, ATTA)
    assert product.id.startswith("PROD-")
    async with UnitOfWork(db, write=False) as uow:
        got = await get_product(uow, product.id)
        assert (got.name, got.brand, got.category, got.barcode, got.size_value, got.size_unit, got.mrp_paise) == (
            "Aashirvaad Atta", "Aashirvaad", "Atta & Flours", "8901000000132", 5.0, "kg", 29500)
        assert got.aliases == ["atta", "आटा"]
        assert got.is_active is True and got.starter is False


async def test_unknown_product_is_not_found(db: Database) -> None:
    async with UnitOfWork(db) as uow:
        with pytest.raises(NotFound):
            await get_product(uow, new_id("PROD"))
        with pytest.raises(NotFound):
            await update_product(uow, new_id("PROD"), ATTA)
        with pytest.raises(NotFound):
            await delete_product(uow, new_id("PROD"))


async def test_update_product_replaces_fields(db: Database) -> None:
    product = await create(db, ATTA)
    async with UnitOfWork(db) as uow:
        await update_product(uow, product.id, ProductInput(
            name="Aashirvaad Shudh Chakki Atta", brand="Aashirvaad", category="Atta & Flours",
            barcode="8901000000132", size_value=10, size_unit="kg", mrp_paise=57500))
        await uow.commit()
    saved = await fetch(db, Product, product.id)
    assert (saved.name, saved.size_value, saved.mrp_paise, saved.barcode) == (
        "Aashirvaad Shudh Chakki Atta", 10.0, 57500, "8901000000132")


async def test_soft_delete_hides_the_product_but_keeps_the_row(db: Database) -> None:
    product = await create(db, ATTA)
    async with UnitOfWork(db) as uow:
        await delete_product(uow, product.id)
        await uow.commit()
    async with UnitOfWork(db, write=False) as uow:
        with pytest.raises(NotFound):
            await get_product(uow, product.id)
        with pytest.raises(NotFound):
            await find_by_barcode(uow, "8901000000132")
        found, total = await search_products(uow, "aashirvaad")
        assert (found, total) == ([], 0)
    assert await count(db, Product) == 1
    saved = await fetch(db, Product, product.id)
    assert saved.is_active is False and saved.barcode is None
    # the freed barcode may go to a corrected entry
    again = await create(db, ATTA)
    assert again.id != product.id and again.barcode == "8901000000132"


async def test_duplicate_barcode_is_a_conflict(db: Database) -> None:
    first = await create(db, ATTA)
    other = await create(db, ProductInput(name="Pillsbury Atta", barcode="8901000000149", mrp_paise=28000))
    async with UnitOfWork(db) as uow:
        with pytest.raises(Conflict) as caught:
            await create_product(uow, ProductInput(name="Copy of atta", barcode=" 8901000000132 "))
        assert caught.value.details == {"barcode": "8901000000132", "product_id": first.id}
        with pytest.raises(Conflict):
            await update_product(uow, other.id, ProductInput(name="Pillsbury Atta", barcode="8901000000132"))
        # keeping one's own barcode on update is no conflict
        await update_product(uow, first.id, ATTA)
        await uow.commit()
    assert await count(db, Product) == 2
    assert (await fetch(db, Product, other.id)).barcode == "8901000000149"


async def test_find_by_barcode(db: Database) -> None:
    products = await seed_small_catalog(db)
    async with UnitOfWork(db, write=False) as uow:
        assert (await find_by_barcode(uow, "8901058000016")).id == products["maggi"].id
        assert (await find_by_barcode(uow, " 8901000000132 ")).id == products["atta"].id
        with pytest.raises(NotFound):
            await find_by_barcode(uow, "8901000000999")
        with pytest.raises(InvalidInput) as caught:
            await find_by_barcode(uow, "89010A")
        assert caught.value.field == "barcode"


async def test_search_by_words_and_category(db: Database) -> None:
    products = await seed_small_catalog(db)
    async with UnitOfWork(db, write=False) as uow:
        found, total = await search_products(uow, "noodles")
        assert [p.id for p in found] == [products["maggi"].id, products["yippee"].id]  # ordered by name
        assert total == 2
        found, total = await search_products(uow, "MASALA noodles")  # every word must match
        assert [p.id for p in found] == [products["yippee"].id] and total == 1
        found, _ = await search_products(uow, "nestle")  # brand matches too
        assert [p.id for p in found] == [products["maggi"].id]
        found, total = await search_products(uow, "", category="Noodles", limit=1)
        assert len(found) == 1 and total == 2
        found, total = await search_products(uow, "", category="Noodles", limit=1, offset=1)
        assert [p.id for p in found] == [products["yippee"].id] and total == 2
        found, total = await search_products(uow, "tata", category="Noodles")
        assert (found, total) == ([], 0)
        found, total = await search_products(uow, "")
        assert total == 5
        assert await categories(uow) == ["Atta & Flours", "Noodles", "Rice", "Salt & Sugar"]


BAD_PRODUCTS = [
    ("mrp_paise", ProductInput(name="Atta", mrp_paise=52.5)),  # type: ignore[arg-type]
    ("mrp_paise", ProductInput(name="Atta", mrp_paise=0)),
    ("mrp_paise", ProductInput(name="Atta", mrp_paise=-100)),
    ("mrp_paise", ProductInput(name="Atta", mrp_paise=True)),  # type: ignore[arg-type]
    ("name", ProductInput(name="")),
    ("name", ProductInput(name="A" * 201)),
    ("name", ProductInput(name="<img src=x onerror=alert(1)>")),
    ("barcode", ProductInput(name="Atta", barcode="1234")),
    ("barcode", ProductInput(name="Atta", barcode="12345678901234567")),
    ("barcode", ProductInput(name="Atta", barcode="ABCDEFGH")),
    ("size_unit", ProductInput(name="Atta", size_value=5, size_unit="kilo")),
    ("size_unit", ProductInput(name="Atta", size_value=5)),
    ("size_value", ProductInput(name="Atta", size_value=0, size_unit="kg")),
    ("size_value", ProductInput(name="Atta", size_value=-1, size_unit="kg")),
]


async def test_bad_product_input_is_refused(db: Database) -> None:
    wrong: list[str] = []
    for field, data in BAD_PRODUCTS:
        async with UnitOfWork(db) as uow:
            try:
                await create_product(uow, data)
            except InvalidInput as error:
                if error.field != field:
                    wrong.append(f"{data}: blamed {error.field}, not {field}")
            else:
                wrong.append(f"{data}: accepted")
            await uow.commit()
    assert wrong == []
    assert await count(db, Product) == 0


async def test_ensure_global_catalog_loads_once(db: Database) -> None:
    seed = read_seed_catalog()
    async with UnitOfWork(db) as uow:
        mapping = await ensure_global_catalog(uow)
        await uow.commit()
    assert len(mapping) == len(seed)
    assert await count(db, Product) == len(seed)
    assert await count(db, Product, Product.starter.is_(True)) == 12
    async with UnitOfWork(db) as uow:
        assert await ensure_global_catalog(uow) == {}
        await uow.commit()
    assert await count(db, Product) == len(seed)
