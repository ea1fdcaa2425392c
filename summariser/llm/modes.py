"""Structured-output modes, and the one memory of which mode each endpoint and model takes.

`json_schema` (vLLM, OpenAI: response_format json_schema), `json_object` (llama.cpp server:
response_format json_object with a `schema`, plus the object's shape in the prompt), and `tools`
(a forced function call). `auto` probes the endpoint once with a tiny schema, in that order.
"""

from __future__ import annotations

import asyncio
from typing import Any

from pydantic import BaseModel, ValidationError

from ..core.errors import EndpointError
from ..core.settings import Settings
from .client import Client, Usage
from .replies import json_text, reply_text
from .schemas import compact_schema, skeleton

MODE_ORDER = ("json_schema", "json_object", "tools")


class _Probe(BaseModel):
    ok: bool


def request_body(model: type[BaseModel], mode: str, messages: list[dict[str, str]]) -> dict[str, Any]:
    """The chat-completion body that asks for JSON of `model` in `mode`."""
    schema = compact_schema(model)
    name = model.__name__
    if mode == "json_schema":
        return {"messages": messages,
                "response_format": {"type": "json_schema", "json_schema": {"name": name, "schema": schema}}}
    if mode == "json_object":
        return {"messages": messages, "response_format": {"type": "json_object", "schema": schema}}
    return {"messages": messages, "tools": [{"type": "function", "function": {"name": name, "parameters": schema}}],
            "tool_choice": {"type": "function", "function": {"name": name}}}


def schema_note(model: type[BaseModel], mode: str) -> str:
    """What the prompt says of the schema. json_object servers may ignore response_format's schema
    (llama.cpp enforces it), so the prompt shows the object's shape: a compact skeleton, not the
    whole schema, which would cost more tokens than a short article."""
    if mode != "json_object":
        return ""
    return ", shaped like this:\n" + skeleton(model)


_PROBED: dict[tuple[str, str], str] = {}  # (base_url, model) -> mode, for this process


def forget_modes() -> None:
    """Forget the modes probed in this process (as a new process would)."""
    _PROBED.clear()


def stored_mode_key(settings: Settings) -> str:
    """The key under which the caller keeps a probed mode beyond the process (in the answer cache):
    the endpoint and the model, as they are (no credentials in it)."""
    return f"mode:{settings.endpoint}|{settings.model}"


class ModeMemory:
    """The mode of one endpoint and model: the setting, else the one remembered in this process, else
    `remembered` (what the caller kept from an earlier process: a value, read by the caller, who also
    keeps the mode this resolves), else the first that works, probed once however many documents ask at once."""

    def __init__(self, settings: Settings, remembered: str | None = None) -> None:
        self.settings = settings
        self.remembered = remembered
        self._lock = asyncio.Lock()

    async def resolve(self, client: Client) -> str:
        s = self.settings
        if s.mode != "auto":
            return s.mode
        key = (s.base_url or "", s.model or "")
        async with self._lock:  # the documents starting together wait for one probe
            if key not in _PROBED:
                remembered = self.remembered
                _PROBED[key] = remembered if remembered in MODE_ORDER else await probe(client)
            return _PROBED[key]


async def probe(client: Client, modes: tuple[str, ...] = MODE_ORDER) -> str:
    """The first of `modes` the endpoint answers with valid JSON. An endpoint that cannot be reached,
    refuses the key or has no such model raises EndpointError at once, whatever the mode."""
    messages = [{"role": "user", "content": 'Answer with JSON {"ok": true}.'}]
    for mode in modes:
        if mode == "json_object":
            messages = [{"role": "system", "content": "Answer with JSON only."}, *messages]
        try:
            raw, _ = reply_text(await client.create(Usage(), request_body(_Probe, mode, messages)), mode)
            _Probe.model_validate_json(json_text(raw))
            return mode
        except EndpointError as e:
            if e.kind != "bad_request":
                raise
        except (ValidationError, ValueError):
            continue
    if len(modes) == 1:  # the mode was set: the endpoint answered, if not as asked; the documents will tell
        return modes[0]
    raise EndpointError(f"the endpoint {client.settings.endpoint} answered none of json_schema, json_object or "
                        "tools with valid JSON: set SUMMARISER_MODE to one it supports", kind="bad_request")
