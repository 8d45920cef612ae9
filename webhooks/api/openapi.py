"""The OpenAPI 3.1 document at /api/v1/openapi.json, merged from the `PATHS` dict each API
module exports (keys are full paths, "/api/v1/…"), and /api/v1/docs, a page that renders
it without any outside script.

Write a module's fragment with the helpers here, and read request bodies with
`read_json(request, SCHEMA)` using the very schema you document:

    PATHS = {"/api/v1/things/{thing_id}": {"get": operation(
        "Get a thing", tag="things", roles=("admin",), params=[path_param("thing_id")],
        data=THING)}}

Every operation documents its success answer and a `default` answer: the error envelope
of spec §8.9, which every failure (400, 401, 403, 404, 409, 413, 415, 422, 429, 503) uses.
Operations open to store owners also document their 403 (STORE_SUSPENDED among its codes).
"""

from __future__ import annotations

import html
import json
import secrets
from collections.abc import Iterable, Mapping, Sequence
from types import ModuleType
from typing import Any

from aiohttp import web

Schema = dict[str, Any]
API_PREFIX = "/api/v1"
routes = web.RouteTableDef()

ERROR: Schema = {
    "type": "object",
    "required": ["success", "error", "error_code", "details"],
    "properties": {
        "success": {"const": False},
        "error": {"type": "string"},
        "error_code": {"type": "string"},
        "details": {"type": "object"},
    },
}


def envelope(data: Schema) -> Schema:
    return {"type": "object", "required": ["success", "data"],
            "properties": {"success": {"const": True}, "data": data}}


def nullable(schema: Schema) -> Schema:
    kinds = schema.get("type")
    if isinstance(kinds, str):
        return {**schema, "type": [kinds, "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


def obj(properties: Mapping[str, Schema], *, required: Iterable[str] | None = None,
        closed: bool = True) -> Schema:
    """An object schema; `required` defaults to every property (answers), closed to extras."""
    schema: Schema = {"type": "object", "properties": dict(properties),
                      "required": list(properties) if required is None else list(required)}
    if closed:
        schema["additionalProperties"] = False
    return schema


def page_of(item: Schema) -> Schema:
    return obj({"items": {"type": "array", "items": item}, "total": {"type": "integer", "minimum": 0},
                "limit": {"type": "integer"}, "offset": {"type": "integer"}})


def path_param(name: str, description: str = "", pattern: str | None = None) -> Schema:
    schema: Schema = {"type": "string", "minLength": 1, "maxLength": 64}
    if pattern:
        schema["pattern"] = pattern
    return {"name": name, "in": "path", "required": True, "description": description, "schema": schema}


def query_param(name: str, schema: Schema, description: str = "", required: bool = False) -> Schema:
    return {"name": name, "in": "query", "required": required, "description": description, "schema": schema}


LIMIT = query_param("limit", {"type": "integer", "minimum": 1, "maximum": 200}, "page size")
OFFSET = query_param("offset", {"type": "integer", "minimum": 0, "maximum": 1_000_000}, "rows to skip")
STORE_QUERY = query_param("store_id", {"type": "string", "maxLength": 64},
                          "the store (admins must name it; owners may omit it)")


def error_answer(description: str) -> dict[str, Any]:
    """A documented error answer in the spec §8.9 envelope."""
    return {"description": description, "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


OWNER_FORBIDDEN = ("refused: FORBIDDEN when the role may not do this; STORE_SUSPENDED when a store owner's "
                   "store is suspended (every owner token of it, until an admin activates the store)")


def operation(summary: str, *, tag: str, roles: Sequence[str] | None, data: Schema | None = None,
              body: Schema | None = None, status: int = 200, params: Sequence[Schema] = (),
              description: str = "", response: Schema | None = None,
              content_type: str = "application/json", body_type: str = "application/json") -> dict[str, Any]:
    """One documented operation. roles=None means public (no token). `data` is what the
    success envelope carries; `response` replaces the whole success body when it differs."""
    who = "public" if roles is None else ", ".join(roles)
    op: dict[str, Any] = {
        "summary": summary, "tags": [tag],
        "description": (description + "\n\n" if description else "") + f"Roles: {who}.",
        "operationId": "",  # filled by document()
        "parameters": list(params),
        "responses": {
            str(status): {"description": "success", "content": {content_type: {
                "schema": response if response is not None else envelope(data or {})}}},
            "default": error_answer("error (spec §8.9 envelope)"),
        },
    }
    if roles is not None and "store_owner" in roles:
        op["responses"]["403"] = error_answer(OWNER_FORBIDDEN)
    if roles is not None:
        op["security"] = [{"bearer": []}]
    else:
        op["security"] = []
    if body is not None:
        op["requestBody"] = {"required": True, "content": {body_type: {"schema": body}}}
    return op


def _operation_id(method: str, path: str) -> str:
    words = [w.strip("{}") for w in path.removeprefix(API_PREFIX).split("/") if w]
    return method + "_" + "_".join(w.replace("-", "_") for w in words)


def document(modules: Iterable[ModuleType]) -> dict[str, Any]:
    paths: dict[str, dict[str, Any]] = {}
    for module in modules:
        for path, methods in getattr(module, "PATHS", {}).items():
            for method, op in methods.items():
                if method in paths.get(path, {}):
                    raise ValueError(f"{method.upper()} {path} is documented twice")
                paths.setdefault(path, {})[method] = {**op, "operationId": _operation_id(method, path)}
    return {
        "openapi": "3.1.0",
        "info": {"title": "VyaparAI Bot admin API", "version": "1.0.0",
                 "description": "Stores, catalog, inventory, orders and analytics for kirana shops. "
                                "Money is integer paise in fields named *_paise; fields the spec shows "
                                "in rupees (selling_price, min_order_amount) are JSON numbers of rupees."},
        "servers": [{"url": "/"}],
        "paths": dict(sorted(paths.items())),
        "components": {
            "schemas": {"Error": ERROR},
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}},
        },
    }


DOCUMENT = web.AppKey("api_openapi_document", dict)


@routes.get("/openapi.json")
async def openapi_json(request: web.Request) -> web.Response:
    return web.json_response(request.config_dict[DOCUMENT])


_METHOD_ORDER = {"get": 0, "post": 1, "put": 2, "patch": 3, "delete": 4}


def _render(doc: Mapping[str, Any], nonce: str) -> str:
    rows: list[str] = []
    for path, methods in doc["paths"].items():
        for method, op in sorted(methods.items(), key=lambda m: _METHOD_ORDER.get(m[0], 9)):
            body = op.get("requestBody", {}).get("content", {})
            example = ""
            for kind, content in body.items():
                example = f"<details><summary>body ({html.escape(kind)})</summary><pre>{html.escape(json.dumps(content['schema'], indent=1))}</pre></details>"
            params = ", ".join(html.escape(p["name"]) for p in op.get("parameters", []))
            rows.append(
                f"<tr><td><b>{method.upper()}</b></td><td><code>{html.escape(path)}</code></td>"
                f"<td>{html.escape(op.get('summary', ''))}<br><small>{html.escape(op.get('description', ''))}</small>"
                f"{example}</td><td>{params}</td>"
                f"<td><button type=button data-m='{method.upper()}' data-p='{html.escape(path)}'>try</button></td></tr>")
    return f"""<!doctype html><html lang=en><head><meta charset=utf-8><title>{html.escape(doc['info']['title'])}</title>
<style nonce="{nonce}">body{{font:14px system-ui,sans-serif;margin:1.5em}}table{{border-collapse:collapse;width:100%}}
td{{border-top:1px solid #ddd;padding:.4em;vertical-align:top}}pre{{background:#f6f6f6;padding:.5em;overflow:auto}}
#try input,#try select{{margin:.2em}}#try textarea{{width:100%;height:6em}}</style></head><body>
<h1>{html.escape(doc['info']['title'])} <small>{html.escape(doc['info']['version'])}</small></h1>
<p>{html.escape(doc['info']['description'])} Machine-readable: <a href="{API_PREFIX}/openapi.json">openapi.json</a>.</p>
<form id=try><fieldset><legend>Try a request</legend>
<select id=m><option>GET<option>POST<option>PUT<option>DELETE</select>
<input id=p size=60 placeholder="/api/v1/…"> <input id=t size=40 placeholder="bearer token (optional)">
<textarea id=b placeholder='JSON body'></textarea><button type=submit>send</button>
<pre id=out></pre></fieldset></form>
<table><tr><th>method</th><th>path</th><th>what</th><th>parameters</th><th></th></tr>{''.join(rows)}</table>
<script nonce="{nonce}">
const $=id=>document.getElementById(id);
document.querySelectorAll('button[data-m]').forEach(b=>b.onclick=()=>{{$('m').value=b.dataset.m;$('p').value=b.dataset.p;$('p').focus();}});
$('try').onsubmit=async e=>{{e.preventDefault();const h={{}};if($('t').value)h.Authorization='Bearer '+$('t').value;
let body;if($('m').value!=='GET'&&$('b').value){{h['Content-Type']='application/json';body=$('b').value;}}
const r=await fetch($('p').value,{{method:$('m').value,headers:h,body}});$('out').textContent=r.status+'\\n'+await r.text();}};
</script></body></html>"""


@routes.get("/docs")
async def docs_page(request: web.Request) -> web.Response:
    nonce = secrets.token_urlsafe(16)
    csp = (f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; connect-src 'self'; "
           "frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
    return web.Response(text=_render(request.config_dict[DOCUMENT], nonce), content_type="text/html",
                        headers={"Content-Security-Policy": csp})


PATHS: dict[str, dict[str, Any]] = {
    f"{API_PREFIX}/openapi.json": {"get": operation(
        "This document", tag="docs", roles=None, response={"type": "object", "required": ["openapi", "paths"]})},
    f"{API_PREFIX}/docs": {"get": operation(
        "This document as a page", tag="docs", roles=None, response={"type": "string"}, content_type="text/html")},
}
