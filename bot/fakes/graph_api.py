"""A fake WhatsApp Cloud (Graph) API: POST /{version}/{phone_id}/messages records the request
and answers like Meta, with a fresh wamid. Point pywa at it with WHATSAPP_API_URL."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass(slots=True)
class SentToGraph:
    phone_id: str
    version: str
    body: dict[str, Any]
    authorization: str
    wamid: str


@dataclass(slots=True)
class FakeGraphAPI:
    """Set `fail_next` to make the next n sends answer a Graph error (code 131000). Set
    `template_languages` to the languages templates are approved in: a template sent in any
    other language is refused as Meta does (132001, no translation in that language)."""

    sent: list[SentToGraph] = field(default_factory=list)
    fail_next: int = 0
    fail_status: int = 500
    template_languages: set[str] | None = None
    refused: list[dict[str, Any]] = field(default_factory=list)
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def application(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/{version}/{phone_id}/messages", self._messages)
        return app

    def texts_to(self, wa_id: str) -> list[str]:
        return [text_of(s.body) for s in self.sent if s.body.get("to") == wa_id]

    async def _messages(self, request: web.Request) -> web.Response:
        if not request.headers.get("Authorization", "").startswith("Bearer "):
            return _graph_error(401, 190, "Invalid OAuth access token.")
        try:
            body = await request.json()
        except json.JSONDecodeError:
            return _graph_error(400, 100, "Invalid parameter")
        if self.fail_next > 0:
            self.fail_next -= 1
            return _graph_error(self.fail_status, 131000, "Something went wrong")
        if body.get("messaging_product") != "whatsapp" or not (body.get("to") or body.get("recipient")):
            return _graph_error(400, 100, "Invalid parameter")
        if body.get("type") == "template" and self.template_languages is not None:
            language = ((body.get("template") or {}).get("language") or {}).get("code")
            if language not in self.template_languages:
                self.refused.append(body)
                return _graph_error(404, 132001, "Template name does not exist in the translation")
        wamid = f"wamid.FAKE{next(self._ids):012d}"
        self.sent.append(SentToGraph(phone_id=request.match_info["phone_id"], version=request.match_info["version"],
                                     body=body, authorization=request.headers["Authorization"], wamid=wamid))
        to = body.get("to") or body.get("recipient")
        return web.json_response({"messaging_product": "whatsapp",
                                  "contacts": [{"input": to, "wa_id": to}],
                                  "messages": [{"id": wamid}]})


def text_of(body: dict[str, Any]) -> str:
    """The visible text of a Graph API message body, whatever its type."""
    kind = body.get("type")
    if kind == "text":
        return str(body["text"]["body"])
    if kind == "interactive":
        return str(body["interactive"]["body"]["text"])
    if kind == "template":
        return f"template:{body['template']['name']}"
    return ""


def _graph_error(status: int, code: int, message: str) -> web.Response:
    return web.json_response({"error": {"message": message, "type": "OAuthException", "code": code,
                                        "fbtrace_id": "FAKE"}}, status=status)
