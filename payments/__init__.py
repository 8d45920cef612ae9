"""Online payments through Razorpay: the SDK wrapped off the event loop (gateway), the
signed webhook (webhook), the payment endpoints (routes), the clock jobs (jobs), a fake
Razorpay server for offline runs (fake_razorpay) and `setup_payments(app)` (setup)."""
