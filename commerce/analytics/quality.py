"""Inventory data quality (spec §8.11): every item of a store scored 0–100 for how complete
its data is, with the spec's weights, in one SQL expression.

| attribute (spec)        | counts when (our columns)                                   | weight |
|-------------------------|-------------------------------------------------------------|--------|
| mrp                     | mrp_paise > 0                                               | 10 |
| selling_price           | selling_price_paise > 0                                     | 10 |
| cost_price              | cost_price_paise > 0                                        | 10 |
| current_stock           | current_stock > 0                                           | 10 |
| min_stock_level         | min_stock > 0                                               | 10 |
| reorder_point           | reorder_point > 0                                           | 10 |
| product_name            | name not blank                                              | 10 |
| location                | location not blank                                          |  5 |
| category (from global)  | the catalog product's category, else the item's, not blank  |  5 |
| description/image       | notes not blank (we keep no images)                         | 10 |
| max_stock_level         | max_stock > 0                                               |  5 |
| discount_percentage     | mrp set and selling price below it (a discount exists)      |  5 |

Categories (spec §8.11.2): excellent 85–100, good 70–84, average 50–69, needs improvement
0–49. `products_needing_review` counts items in "needs improvement"; `verification_rate` is
the share of items linked to a global catalog product; there is no review workflow, so
`pending_review` is always 0."""

from __future__ import annotations

import operator
from functools import reduce
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.sql.elements import ColumnElement

from commerce.analytics.period import percent
from commerce.tables import InventoryItem, Product
from commerce.unit_of_work import UnitOfWork

WEIGHTS: dict[str, int] = {
    "mrp": 10, "selling_price": 10, "cost_price": 10,
    "current_stock": 10, "min_stock_level": 10, "reorder_point": 10,
    "product_name": 10, "location": 5, "category": 5, "description": 10,
    "max_stock_level": 5, "discount_percentage": 5,
}
CATEGORIES = (("excellent", 85), ("good", 70), ("average", 50), ("needs_improvement", 0))
REVIEW_LIST = 20


def quality_category(score: int) -> str:
    for name, floor in CATEGORIES:
        if score >= floor:
            return name
    return "needs_improvement"


def _filled(column: Any) -> ColumnElement[bool]:
    return func.length(func.trim(func.coalesce(column, ""))) > 0


def _conditions() -> dict[str, ColumnElement[bool]]:
    item = InventoryItem
    mrp = func.coalesce(item.mrp_paise, 0)
    return {
        "mrp": mrp > 0, "selling_price": item.selling_price_paise > 0, "cost_price": item.cost_price_paise > 0,
        "current_stock": item.current_stock > 0, "min_stock_level": item.min_stock > 0,
        "reorder_point": item.reorder_point > 0, "product_name": _filled(item.name),
        "location": _filled(item.location),
        "category": _filled(func.coalesce(func.nullif(Product.category, ""), item.category)),
        "description": _filled(item.notes), "max_stock_level": item.max_stock > 0,
        "discount_percentage": (mrp > 0) & (item.selling_price_paise < mrp),
    }


async def product_quality(uow: UnitOfWork, store_id: str) -> dict[str, Any]:
    conditions = _conditions()
    score = reduce(operator.add, (case((cond, WEIGHTS[name]), else_=0) for name, cond in conditions.items()))
    scored = (
        select(InventoryItem.id, InventoryItem.name, InventoryItem.is_active, InventoryItem.product_id,
               score.label("score"), *(case((cond, 1), else_=0).label(name) for name, cond in conditions.items()))
        .outerjoin(Product, Product.id == InventoryItem.product_id)
        .where(InventoryItem.store_id == store_id)
        .subquery()
    )
    s = scored.c
    totals = (await uow.session.execute(select(
        func.count(),
        func.coalesce(func.sum(case((s.is_active.is_(True), 1), else_=0)), 0),
        func.coalesce(func.sum(s.score), 0),
        func.coalesce(func.sum(case((s.product_id.is_not(None), 1), else_=0)), 0),
        *(func.coalesce(func.sum(case((s.score >= low, 1), else_=0)), 0) for _, low in CATEGORIES[:-1]),
    ))).one()
    items, active, score_sum, linked, *at_least = (int(x) for x in totals)
    excellent, good_or_better, average_or_better = at_least
    worst = (await uow.session.execute(
        select(s.id, s.name, s.score, *(s[name] for name in conditions))
        .where(s.score < 50).order_by(s.score, s.name, s.id).limit(REVIEW_LIST)
    )).all()
    return {
        "status_distribution": {"active": active, "inactive": items - active, "pending_review": 0},
        "quality_score_distribution": {
            "excellent": excellent, "good": good_or_better - excellent,
            "average": average_or_better - good_or_better, "needs_improvement": items - average_or_better,
        },
        "products_needing_review": items - average_or_better,
        "average_quality_score": (2 * score_sum + items) // (2 * items) if items else 0,
        "verification_rate": percent(linked, items),
        "total_products": items,
        "weights": dict(WEIGHTS),
        "needing_review": [
            {"item_id": row[0], "name": row[1], "quality_score": int(row[2]),
             "missing": [name for name, present in zip(conditions, row[3:], strict=True) if not present]}
            for row in worst
        ],
    }
