"""Structured-output modes, and the one memory of which mode each endpoint and model takes.

`json_schema` (vLLM, OpenAI: response_format json_schema), `json_object` (llama.cpp server:
response_format json_object with a `schema`, plus the object's shape in the prompt), and `tools`
(a forced function call). `auto` probes the endpoint once with a tiny schema, in that order.
"""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

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


class Store(Protocol):
    """Where a probed mode outlives the process (the answer cache)."""

    def get(self, key: str) -> str | None: ...

    def put(self, key: str, value: str) -> None: ...


_PROBED: dict[tuple[str, str], str] = {}  # (base_url, model) -> mode, for this process


def forget_modes() -> None:
    """Forget the modes probed in this process (as a new process would)."""
    _PROBED.clear()


class ModeMemory:
    """The mode of one endpoint and model: the setting, else the one remembered in this process or
    in the store, else the first that works, probed once however many documents ask at once."""

    def __init__(self, settings: Settings, store: Store | None = None) -> None:
        self.settings = settings
        self._store = store
        self._lock = asyncio.Lock()

    async def resolve(self, client: Client) -> str:
        s = self.settings
        if s.mode != "auto":
            return s.mode
        key = (s.base_url or "", s.model or "")
        async with self._lock:  # the documents starting together wait for one probe
            if key not in _PROBED:
                disk_key = f"mode:{s.endpoint}|{s.model}"  # stored as it is: no credentials in it
                remembered = self._store.get(disk_key) if self._store is not None else None
                if remembered in MODE_ORDER:
                    _PROBED[key] = str(remembered)
                else:
                    _PROBED[key] = await probe(client)
                    if self._store is not None:
                        self._store.put(disk_key, _PROBED[key])
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
