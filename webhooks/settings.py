"""Configuration, from environment variables only. Every setting, its default and meaning is
listed in README.md's settings table; keep the two in step."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields

from commerce.database import DEFAULT_URL


_ENV_NAMES = {"demo": "VYAPAR_DEMO", "shutdown_timeout_s": "SHUTDOWN_TIMEOUT", "role": "VYAPAR_ROLE"}


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    database_url: str = DEFAULT_URL
    host: str = "127.0.0.1"
    port: int = 8080
    demo: bool = False
    redis_url: str | None = None
    log_level: str = "INFO"
    shutdown_timeout_s: float = 10.0
    workers: int = 0  # conversation worker processes beside the web process (0: the web process converses)
    role: str = "web"  # internal: "worker" in a process started by `vyapar serve --workers N`
    public_base_url: str = ""  # how browsers reach us: the fake Razorpay's pay pages, the demo owner link
    jwt_secret: str | None = None  # required outside --demo
    # WhatsApp Cloud API (pywa). Off unless token, phone id and app secret are all set.
    whatsapp_token: str | None = None
    whatsapp_phone_id: str | None = None
    whatsapp_app_secret: str | None = None
    whatsapp_verify_token: str | None = None
    whatsapp_api_url: str = "https://graph.facebook.com"
    whatsapp_number: str = ""  # the business number customers write to (for wa.me share links)
    # Telegram Bot API (python-telegram-bot). Off unless the token is set.
    telegram_token: str | None = None
    telegram_secret_token: str | None = None
    telegram_api_url: str = "https://api.telegram.org"
    telegram_bot_username: str = ""  # the bot's @username, for t.me/<username>?start=<code> links
    # Razorpay. Without keys the demo uses the built-in fake Razorpay server.
    razorpay_key_id: str | None = None
    razorpay_key_secret: str | None = None
    razorpay_webhook_secret: str | None = None
    razorpay_api_url: str | None = None
    payment_expiry_minutes: int = 15

    @property
    def local_url(self) -> str:
        """This server as seen from this machine (a wildcard bind address becomes 127.0.0.1)."""
        host = "127.0.0.1" if self.host in ("0.0.0.0", "::", "") else self.host
        return f"http://{host}:{self.port}"

    def __post_init__(self) -> None:
        if self.workers < 0:
            raise ValueError(f"WORKERS must be 0 or more, not {self.workers}")
        if self.role not in ("web", "worker"):
            raise ValueError(f"VYAPAR_ROLE must be web or worker, not {self.role!r}")
        if self.payment_expiry_minutes < 1:
            raise ValueError(f"PAYMENT_EXPIRY_MINUTES must be 1 or more, not {self.payment_expiry_minutes}")

    @property
    def public_url(self) -> str:
        return (self.public_base_url or self.local_url).rstrip("/")

    @property
    def whatsapp_enabled(self) -> bool:
        return bool(self.whatsapp_token and self.whatsapp_phone_id and self.whatsapp_app_secret)

    @property
    def telegram_enabled(self) -> bool:
        return bool(self.telegram_token)

    @property
    def is_worker(self) -> bool:
        return self.role == "worker"

    def to_env(self) -> dict[str, str]:
        """These settings as the environment variables from_env reads (for a child process)."""
        out: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or value == "":
                continue
            env_name = _ENV_NAMES.get(f.name, f.name.upper())
            out[env_name] = ("1" if value else "0") if isinstance(value, bool) else str(value)
        return out

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        source = os.environ if env is None else env

        def get(name: str) -> str | None:
            value = source.get(name)
            return value if value not in (None, "") else None

        values: dict[str, object] = {}
        for f in fields(cls):
            env_name = _ENV_NAMES.get(f.name, f.name.upper())
            raw = get(env_name)
            if raw is None:
                continue
            if f.type in ("int", "float"):
                try:
                    values[f.name] = int(raw) if f.type == "int" else float(raw)
                except ValueError:
                    raise ValueError(f"{env_name} must be a number, not {raw!r}") from None
            elif f.type in ("bool",):
                values[f.name] = raw.lower() in ("1", "true", "yes", "on")
            elif f.name == "log_level":
                values[f.name] = raw.upper()
            else:
                values[f.name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
