"""Shop analytics (spec §8.10, §8.11): SQL aggregates over orders, order lines and inventory.
No HTTP here; money is integer paise, percentages are floats rounded to 2 places.

Every revenue figure (sales, best sellers, commission, order analytics, customers) is over
one set of orders, commerce.analytics.revenue.earned: paid (UPI/card captured, or cash
collected at delivery) and not cancelled — so the reports reconcile. docs/analytics.md."""

from commerce.analytics.best_sellers import best_sellers
from commerce.analytics.commission import commission_report
from commerce.analytics.customers import customer_insights
from commerce.analytics.order_patterns import order_analytics
from commerce.analytics.period import PERIODS, Period, analysis_period
from commerce.analytics.quality import product_quality, quality_category
from commerce.analytics.sales import sales_summary

__all__ = [
    "PERIODS", "Period", "analysis_period", "best_sellers", "commission_report", "customer_insights",
    "order_analytics", "product_quality", "quality_category", "sales_summary",
]
