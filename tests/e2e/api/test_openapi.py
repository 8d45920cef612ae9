"""The OpenAPI document is valid OpenAPI 3.1, documents exactly the routes the server has
under /api/v1, and the request checker agrees with jsonschema on the documented bodies."""

from __future__ import annotations

import re
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate

from commerce.errors import InvalidInput
from tests.e2e.api.conftest import Api
from webhooks.api import stores
from webhooks.api.schema import check


async def test_document_is_valid_openapi(api: Api) -> None:
    validate(api.document)  # raises on any fault


async def test_every_api_route_is_documented_and_nothing_else(api: Api) -> None:
    served: set[tuple[str, str]] = set()
    for resource in api.app.router.resources():
        sub = getattr(resource, "_app", None)
        if sub is None:
            continue
        for route in sub.router.routes():
            if route.method in ("HEAD", "OPTIONS"):
                continue
            info = route.resource.get_info() if route.resource else {}
            path = info.get("path") or info.get("formatter")
            served.add((route.method.lower(), path))
    documented = {(m, p) for p, ops in api.document["paths"].items() for m in ops}
    assert served == documented


async def test_docs_page_lists_every_path(api: Api) -> None:
    page = await api.call("GET", "/api/v1/docs")
    for path in api.document["paths"]:
        assert path in page.text


def _check_agrees(body: Any, schema: dict[str, Any]) -> None:
    ours: bool
    try:
        check(body, schema)
        ours = True
    except InvalidInput:
        ours = False
    theirs = jsonschema.Draft202012Validator(schema).is_valid(body)
    assert ours == theirs, body


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30)
                           | st.floats(allow_nan=False, allow_infinity=False),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
                           max_leaves=12)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.fixed_dictionaries({}, optional={
    "name": json_values | st.text(max_size=250), "phone": json_values,
    "address": st.fixed_dictionaries({}, optional={"street": json_values, "pincode": st.text(max_size=8)}),
    "settings": json_values, "latitude": json_values | st.floats(-100, 100), "extra": json_values,
}))
def test_request_checker_agrees_with_jsonschema(body: dict[str, Any]) -> None:
    _check_agrees(body, stores.REGISTRATION)


@pytest.mark.parametrize("time", ["09:00", "9:00", "24:00", "23:59", "0900"])
def test_clock_pattern_agrees(time: str) -> None:
    _check_agrees({"open": time}, stores.HOURS)
    assert bool(re.match(stores.CLOCK["pattern"], time)) == (time in ("09:00", "23:59"))
