"""Typed app keys for payments (aiohttp: state lives on the app, not in globals)."""

from __future__ import annotations

from aiohttp import web

from payments.fake_razorpay import FakeRazorpay
from payments.followups import FollowUps
from payments.gateway import GatewayConfig, RazorpayGateway

GATEWAY_CONFIG = web.AppKey("razorpay_config", GatewayConfig)
GATEWAY = web.AppKey("razorpay_gateway", RazorpayGateway)
FOLLOWUPS = web.AppKey("payment_followups", FollowUps)
FAKE_RAZORPAY = web.AppKey("fake_razorpay", FakeRazorpay)
