"""The shop's business: stores, catalog, inventory, carts, checkout, orders, events.

Plain values in, plain values out, domain errors raised. Nothing here knows about chat,
HTTP or payment providers."""
