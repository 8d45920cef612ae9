"""schemathesis over /api/v1/openapi.json against the running app (real HTTP, in a server
thread): for every documented operation, generated requests as an admin, an owner, a
customer and anonymously must never get a 500, and every answer must match its documented
schema (mostly 401/403 envelopes for the last two, which is what they must get)."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from aiohttp import web
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error, response_schema_conformance

from tests.e2e.api.conftest import LOOSE, SECRET, Api, MovableClock, _seed
from webhooks.api.keys import CLOCK, LIMITS
from webhooks.app import create_app
from webhooks.settings import Settings

pytestmark = pytest.mark.slow


class ServerThread:
    """The whole app on a real port, on its own event loop, seeded like the other tests."""

    def __init__(self, url: str) -> None:
        self.app = create_app(Settings(database_url=url, jwt_secret=SECRET))
        self.app[CLOCK] = MovableClock()
        self.app[LIMITS] = LOOSE
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        self.loop = asyncio.new_event_loop()
        self.ready = threading.Event()
        self.api: Api | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.runner = web.AppRunner(self.app, access_log=None)
        self.loop.run_until_complete(self._start())
        self.ready.set()
        self.loop.run_forever()
        self.loop.run_until_complete(self.runner.cleanup())
        self.loop.close()

    async def _start(self) -> None:
        await self.runner.setup()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()
        self.api = Api(client=None, app=self.app, clock=self.app[CLOCK])  # type: ignore[arg-type]
        await _seed(self.api)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        assert self.ready.wait(30), "server did not start"
        return self

    def __exit__(self, *_: object) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(30)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerThread]:
    path: Path = tmp_path_factory.mktemp("fuzz") / "fuzz.db"
    with ServerThread(f"sqlite+aiosqlite:///{path}") as running:
        yield running


def _operations(server: ServerThread) -> list[Any]:
    import requests

    document = requests.get(f"http://127.0.0.1:{server.port}/api/v1/openapi.json", timeout=10).json()
    schema = schemathesis.openapi.from_dict(document)
    return [result.ok() for result in schema.get_all_operations()]


@pytest.mark.parametrize("who", ["admin", "owner_a", "customer", "anonymous"])
def test_no_generated_request_gets_a_500(server: ServerThread, who: str) -> None:
    assert server.api is not None
    base = f"http://127.0.0.1:{server.port}"
    headers = {} if who == "anonymous" else {"Authorization": f"Bearer {server.api.tokens[who]}"}
    operations = _operations(server)
    assert len(operations) >= 40
    failures: list[str] = []
    for operation in operations:
        if operation.path.endswith("/docs"):
            continue

        @settings(max_examples=12, deadline=None, database=None,
                  suppress_health_check=list(HealthCheck))
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            case.call_and_validate(base_url=base, headers=headers,
                                   checks=[not_a_server_error, response_schema_conformance])

        try:
            run()
        except Exception as exc:  # collect every operation's failure, then report them all
            failures.append(f"{operation.method.upper()} {operation.path}: {str(exc)[:600]}")
    assert not failures, "\n\n".join(failures)
