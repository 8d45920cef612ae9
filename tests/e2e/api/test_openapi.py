"""The OpenAPI document is valid OpenAPI 3.1, documents exactly the routes the whole app
serves under /api/v1 (the API sub-app's and the main app's own), and the request checker agrees with jsonschema on the documented bodies."""

from __future__ import annotations

import re
from typing import Any

import jsonschema
import pytest
from aiohttp import web
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_spec_validator import validate

from commerce.errors import InvalidInput
from tests.e2e.api.conftest import Api
from webhooks.api import stores
from webhooks.api.openapi import API_PREFIX
from webhooks.api.schema import check


async def test_document_is_valid_openapi(api: Api) -> None:
    validate(api.document)  # raises on any fault


def served_routes(app: web.Application) -> set[tuple[str, str]]:
    """(method, path template) of every route of `app` and, recursively, of its sub-apps,
    whose path is under /api/v1. A sub-app's resources carry its prefix already."""
    served: set[tuple[str, str]] = set()
    for resource in app.router.resources():
        sub = getattr(resource, "_app", None)
        if isinstance(sub, web.Application):
            served |= served_routes(sub)
            continue
        for route in resource:
            if route.method in ("HEAD", "OPTIONS"):
                continue
            info = resource.get_info()
            path = info.get("path") or info.get("formatter") or ""
            if path == API_PREFIX or path.startswith(API_PREFIX + "/"):
                served.add((route.method.lower(), path))
    return served


async def test_every_api_route_is_documented_and_nothing_else(api: Api) -> None:
    served = served_routes(api.app)
    # the walk really reaches both the sub-app and the main app's own /api/v1 routes
    assert ("get", "/api/v1/stores") in served and ("get", "/api/v1/payments/methods") in served
    documented = {(m, p) for p, ops in api.document["paths"].items() for m in ops}
    assert served - documented == set(), "served but not documented"
    assert documented - served == set(), "documented but not served"


async def test_routes_of_the_main_app_answer_as_documented(api: Api) -> None:
    """The /api/v1 routes served outside the API sub-app, called for real; Api.call checks
    every answer against the document (an undocumented 2xx fails there)."""
    checked = api.checked
    methods = await api.call("GET", "/api/v1/payments/methods")
    assert methods.status == 200 and {m["id"] for m in methods.body["data"]["methods"]} == {"upi", "card", "cod"}
    basket = {"store_id": api.ids["store_a"], "items": [{"item_id": api.ids["item_a"], "quantity": 2}],
              "payment_method": "cod"}
    total = await api.call("POST", "/api/v1/payments/calculate-total", json=basket)
    assert total.status == 200 and total.body["data"]["subtotal_paise"] == 2 * 28000
    without_method = await api.call("POST", "/api/v1/payments/calculate-total",
                                    json={**basket, "payment_method": None})
    assert without_method.status == 200 and without_method.body["data"]["payment_method"] is None
    missing = await api.call("POST", "/api/v1/payments/calculate-total",
                             json={**basket, "items": [{"item_id": api.ids["item_b"]}]})
    assert missing.status == 404  # B's item is not sold at A
    empty = await api.call("POST", "/api/v1/payments/calculate-total", json={**basket, "items": []})
    assert empty.status == 422
    info = await api.call("GET", "/api/v1/info")
    assert info.status == 200 and {s["name"] for s in info.body["stores"]} == {"Sharma Kirana", "Gupta General"}
    chat = await api.call("POST", "/api/v1/chat/web", json={"user_id": "browser-1", "text": "hi"})
    assert chat.status == 200 and chat.body["replies"], chat.body
    as_owner = await api.call("POST", "/api/v1/chat/web", who="owner_a", json={"user_id": "browser-2", "text": "hi"})
    assert as_owner.status == 200 and as_owner.body["replies"]
    as_admin = await api.call("POST", "/api/v1/chat/web", who="admin", json={"user_id": "browser-3", "text": "hi"})
    assert as_admin.status == 403
    bad = await api.call("POST", "/api/v1/chat/web", json={"user_id": "browser-1", "text": "a", "button": "b"})
    assert bad.status == 422
    start = await api.call("GET", "/api/v1/chat/web/updates?user_id=browser-1")
    assert start.status == 200 and start.body["replies"] == [] and start.body["after"] >= 0
    since = await api.call("GET", f"/api/v1/chat/web/updates?user_id=browser-1&after={start.body['after']}")
    assert since.status == 200 and since.body["after"] == start.body["after"]
    assert (await api.call("GET", "/api/v1/chat/web/updates")).status == 422
    assert api.checked - checked == 13


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
