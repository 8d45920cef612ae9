"""Typed keys for what the app shares (aiohttp's "no singletons": state lives on the app)."""

from __future__ import annotations

from aiohttp import web

from commerce.database import Database
from webhooks.settings import Settings

SETTINGS = web.AppKey("settings", Settings)
DATABASE = web.AppKey("database", Database)
JWT_SECRET = web.AppKey("jwt_secret", str)  # signs API tokens and owner feed / web chat tokens
