"""`vyapar serve`: run the app until SIGINT/SIGTERM, then finish in-flight requests and close
resources (aiohttp's run_app handles the signals; cleanup_ctx closes the engine)."""

from __future__ import annotations

import logging

from aiohttp import web

from payments.setup import gateway_config
from webhooks.api import MissingJwtSecret, check_jwt_secret
from webhooks.app import create_app
from webhooks.settings import Settings


def run_server(*, host: str | None = None, port: int | None = None, demo: bool = False,
               workers: int | None = None) -> int:
    try:
        settings = Settings.from_env(host=host, port=port, demo=demo or None, workers=workers)
    except ValueError as exc:  # a setting that is not a number, a negative WORKERS, ...
        logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
        logging.getLogger("vyapar").error("refusing to start: %s", exc)
        return 2
    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        check_jwt_secret(settings)
        gateway_config(settings)  # Razorpay keys without the webhook secret
    except (MissingJwtSecret, ValueError) as exc:
        logging.getLogger("vyapar").error("refusing to start: %s", exc)
        return 2
    logging.getLogger("vyapar").info("starting on http://%s:%s (database %s)", settings.host, settings.port,
                                     settings.database_url.split("@")[-1])
    web.run_app(create_app(settings), host=settings.host, port=settings.port,
                shutdown_timeout=settings.shutdown_timeout_s, print=None, access_log=None)
    return 0
