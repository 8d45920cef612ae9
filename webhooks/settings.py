"""Configuration, from environment variables only. Every setting, its default and meaning is
listed in README.md's settings table; keep the two in step."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from commerce.database import DEFAULT_URL


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    database_url: str = DEFAULT_URL
    host: str = "127.0.0.1"
    port: int = 8080
    demo: bool = False
    redis_url: str | None = None
    log_level: str = "INFO"
    shutdown_timeout_s: float = 10.0

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: object) -> Settings:
        source = os.environ if env is None else env
        values: dict[str, object] = {
            "database_url": source.get("DATABASE_URL") or DEFAULT_URL,
            "host": source.get("HOST") or "127.0.0.1",
            "port": int(source.get("PORT") or 8080),
            "demo": (source.get("VYAPAR_DEMO") or "").lower() in ("1", "true", "yes"),
            "redis_url": source.get("REDIS_URL") or None,
            "log_level": (source.get("LOG_LEVEL") or "INFO").upper(),
            "shutdown_timeout_s": float(source.get("SHUTDOWN_TIMEOUT") or 10.0),
        }
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)  # type: ignore[arg-type]
