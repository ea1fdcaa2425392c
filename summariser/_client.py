"""The only module that talks HTTP: structured calls to an OpenAI-compatible endpoint.

Two retry layers, named apart:
- transport retries (tenacity): 429 (honouring Retry-After), 5xx, timeouts, dropped connections;
  never 400, 401, 403 or 404, which become an EndpointError that says what to change;
- validation re-asks: a reply that is not JSON of the schema, or that the caller's validator rejects
  (the cross-checker's reasons), is sent back with the problems; when they run out the error carries
  the attempts, the last raw reply and the token usage.

Structured output modes: `json_schema` (vLLM, OpenAI: response_format json_schema), `json_object`
(llama.cpp server: response_format json_object with a `schema`, plus the schema in the prompt), and
`tools` (a forced function call). `auto` probes the endpoint once with a tiny schema, falls back in
that order, and remembers the answer per endpoint and model.
"""

from __future__ import annotations

import asyncio
import json
import random
import re
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Callable, TypeVar
from urllib.parse import urlsplit

import openai
from pydantic import BaseModel, ValidationError
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from ._errors import EndpointError, RetriesExhausted
from ._lane import Lane
from ._prompts import load
from ._schemas import compact_schema, skeleton
from ._settings import Settings

M = TypeVar("M", bound=BaseModel)
Validator = Callable[[Any], list[str]]

_MODE_ORDER = ("json_schema", "json_object", "tools")
_PROBED: dict[tuple[str, str], str] = {}  # (base_url, model) -> mode, for this process


class _Probe(BaseModel):
    ok: bool


@dataclass
class Usage:
    """Counters of one or more calls."""

    calls: int = 0
    retries: int = 0  # transport retries
    reasks: int = 0  # validation re-asks
    tokens_in: int = 0
    tokens_out: int = 0

    def add(self, other: Usage) -> None:
        for k in ("calls", "retries", "reasks", "tokens_in", "tokens_out"):
            setattr(self, k, getattr(self, k) + getattr(other, k))


@dataclass
class Answer:
    """A validated reply: the object, its raw JSON, what it cost, and the problems left at the end."""

    value: Any
    raw: str
    usage: Usage
    problems: list[str] = field(default_factory=list)


_REJECTED = re.compile(r"validation error|response_format|literal_error|not supported|unsupported|Input should be",
                       re.I)


def _rejects_request(e: BaseException) -> bool:
    """A 5xx whose body is a validation error of our request (llama-cpp-python answers an unsupported
    response_format with 500): retrying cannot help, and it means "this mode is not supported"."""
    return isinstance(e, openai.InternalServerError) and bool(_REJECTED.search(str(getattr(e, "body", "") or e)))


def _retryable(e: BaseException) -> bool:
    if _rejects_request(e):
        return False
    return isinstance(e, (openai.RateLimitError, openai.InternalServerError, openai.APITimeoutError,
                          openai.APIConnectionError))


def _wait(state: RetryCallState) -> float:
    """Retry-After when the server sends it (capped at 60 s), else exponential backoff with jitter."""
    e = state.outcome.exception() if state.outcome else None
    if isinstance(e, openai.APIStatusError):
        after = e.response.headers.get("retry-after")
        if after:
            try:
                return min(60.0, max(0.0, float(after)))
            except ValueError:
                pass
    backoff = min(8.0, 0.5 * 2.0 ** (int(state.attempt_number) - 1))
    return backoff + random.uniform(0, backoff / 2)


def _endpoint_error(e: openai.APIError, settings: Settings) -> EndpointError:
    status = getattr(e, "status_code", None)
    body = str(getattr(e, "body", "") or e)
    where = settings.base_url
    if isinstance(e, (openai.APIConnectionError, openai.APITimeoutError)):
        return EndpointError(f"cannot reach the endpoint {where} ({type(e).__name__}): is the server running, "
                             "and is SUMMARISER_BASE_URL right (it usually ends in /v1)?", kind="unreachable")
    if status in (401, 403):
        return EndpointError(f"the endpoint {where} refused the key ({status}): set OPENAI_API_KEY or "
                             "SUMMARISER_API_KEY to a valid key", kind="auth", status=status, body=body)
    if status == 404:
        return EndpointError(f"the endpoint {where} has no model {settings.model!r} or no such path (404): check "
                             "SUMMARISER_MODEL and that the base URL ends in /v1", kind="model", status=status,
                             body=body)
    if status in (400, 413, 422) and re.search(r"context|too long|maximum.*tokens|n_ctx|exceeds", body, re.I):
        return EndpointError(f"the request does not fit the model's context ({status}): lower SUMMARISER_CHUNK_CHARS "
                             "(now %d) or start the server with a larger context (llama.cpp: --n_ctx, vLLM: "
                             "--max-model-len)" % settings.chunk_chars, kind="context", status=status, body=body)
    if status is not None and status >= 500 and not _rejects_request(e):
        return EndpointError(f"the endpoint {where} kept failing ({status}) after "
                             f"{settings.transport_retries} retries", kind="server", status=status, body=body)
    return EndpointError(f"the endpoint {where} rejected the request ({status}): {body[:300]}", kind="bad_request",
                         status=status, body=body)


def _json_text(raw: str) -> str:
    """The JSON object in a reply: without ```json fences or text around it."""
    s = raw.strip()
    fence = re.match(r"^```(?:json)?\s*(.*?)\s*```$", s, re.S)
    if fence:
        s = fence.group(1)
    if not s.startswith("{"):
        a, b = s.find("{"), s.rfind("}")
        if a >= 0 and b > a:
            s = s[a:b + 1]
    return s


_ESCAPED = re.compile(r"\\u([0-9a-fA-F]{4})")
_BACKSLASH = re.compile(r"\\\\|\\u005[cC]")  # how JSON writes a literal backslash


def _unescape(node: Any) -> Any:
    """Strings a model wrote as literal \\uXXXX escapes, turned back into the characters."""
    if isinstance(node, str):
        return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), node) if "\\u" in node else node
    if isinstance(node, list):
        return [_unescape(v) for v in node]
    if isinstance(node, dict):
        return {k: _unescape(v) for k, v in node.items()}
    return node


def _schema_problems(e: Exception) -> list[str]:
    if isinstance(e, ValidationError):
        return [f"{'.'.join(map(str, err['loc'])) or 'answer'}: {err['msg']}" for err in e.errors()[:12]]
    return [f"the answer is not valid JSON ({e})"]


def _http_client(base_url: str | None) -> Any:
    """The SDK's aiohttp transport when it is installed (openai[aiohttp]): about a third of the CPU per
    request of its default httpx transport, which matters at high concurrency (benchmarks/README.md).
    For a plain-HTTP server on this machine, without a TLS context: it takes 25 ms to load and is never
    used (the transport does not follow redirects). None (the SDK's default) when aiohttp is missing."""
    url = urlsplit(base_url or "")
    local = url.scheme == "http" and url.hostname in ("127.0.0.1", "localhost", "::1")
    try:
        return openai.DefaultAioHttpClient(verify=False) if local else openai.DefaultAioHttpClient()
    except (RuntimeError, AttributeError):
        return None


class Client:
    """Structured calls to one endpoint and model."""

    def __init__(self, settings: Settings, http: openai.AsyncOpenAI | None = None, lane: Lane | None = None) -> None:
        self.settings = settings
        self.lane = lane or Lane()  # where replies are parsed and validated: see _lane
        self._oa = http or openai.AsyncOpenAI(base_url=settings.base_url, api_key=settings.api_key or "not-needed",
                                              timeout=settings.timeout, max_retries=0,
                                              http_client=_http_client(settings.base_url))
        # At most `concurrency` requests open at the endpoint. Held only while a request is open: not
        # while its answer is checked, nor while a retry waits out its back-off.
        self._open = asyncio.Semaphore(settings.concurrency)

    # ------------------------------------------------------------------ transport

    async def _create(self, usage: Usage, body: dict[str, Any]) -> dict[str, Any]:
        """One chat completion as the server's JSON, with transport retries.

        The SDK's low-level `post` with `cast_to=object`: its client, auth, errors and timeouts, without
        building typed request and response objects (which cost more CPU per call than the rest of
        the pipeline, see benchmarks/README.md). The reply is read defensively by `_reply`.
        """
        s = self.settings
        payload = {"model": s.model or "default", "temperature": s.temperature, "max_tokens": s.max_tokens, **body}

        def count_retry(state: RetryCallState) -> None:
            usage.retries += 1

        retrying = AsyncRetrying(retry=retry_if_exception(_retryable), wait=_wait,
                                 stop=stop_after_attempt(s.transport_retries + 1), reraise=True,
                                 before_sleep=count_retry)
        try:
            async for attempt in retrying:
                with attempt:
                    usage.calls += 1
                    async with self._open:
                        data = await self._oa.post("/chat/completions", body=payload, cast_to=object)
                    return data if isinstance(data, dict) else {"unexpected": data}
        except openai.APIError as e:
            raise _endpoint_error(e, s) from e
        raise AssertionError("unreachable")  # pragma: no cover

    def _request(self, model: type[BaseModel], mode: str, messages: list[dict[str, str]]) -> dict[str, Any]:
        schema = compact_schema(model)
        name = model.__name__
        if mode == "json_schema":
            return {"messages": messages,
                    "response_format": {"type": "json_schema", "json_schema": {"name": name, "schema": schema}}}
        if mode == "json_object":
            return {"messages": messages, "response_format": {"type": "json_object", "schema": schema}}
        return {"messages": messages, "tools": [{"type": "function", "function": {"name": name, "parameters": schema}}],
                "tool_choice": {"type": "function", "function": {"name": name}}}

    @staticmethod
    def _reply(data: dict[str, Any], mode: str) -> tuple[str, str | None]:
        """The answer text (content, or the forced tool call's arguments) and the finish reason.

        Raises ValueError for a reply without a choice, which the caller treats as a schema problem."""
        choices = data.get("choices")
        if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
            raise ValueError(f"the reply has no choices: {json.dumps(data, ensure_ascii=False)[:200]}")
        choice: dict[str, Any] = choices[0]
        message: dict[str, Any] = choice["message"] if isinstance(choice.get("message"), dict) else {}
        finish = choice.get("finish_reason")
        finish = finish if isinstance(finish, str) else None
        calls = message.get("tool_calls")
        if mode == "tools" and isinstance(calls, list) and calls and isinstance(calls[0], dict):
            function = calls[0].get("function")
            return str(function.get("arguments") or "") if isinstance(function, dict) else "", finish
        content = message.get("content")
        return (content if isinstance(content, str) else ""), finish

    # ------------------------------------------------------------------ modes

    async def mode(self, remembered: str | None = None) -> str:
        """The structured-output mode to use: the setting, else one remembered for this endpoint and
        model, else the first that works (probed once)."""
        s = self.settings
        if s.mode != "auto":
            return s.mode
        key = (s.base_url or "", s.model or "")
        if remembered in _MODE_ORDER:
            _PROBED.setdefault(key, remembered)
        if key not in _PROBED:
            _PROBED[key] = await self._probe()
        return _PROBED[key]

    async def _probe(self) -> str:
        messages = [{"role": "user", "content": 'Answer with JSON {"ok": true}.'}]
        for mode in _MODE_ORDER:
            if mode == "json_object":
                messages = [{"role": "system", "content": "Answer with JSON only."}, *messages]
            try:
                raw, _ = self._reply(await self._create(Usage(), self._request(_Probe, mode, messages)), mode)
                _Probe.model_validate_json(_json_text(raw))
                return mode
            except EndpointError as e:
                if e.kind not in ("bad_request",):
                    raise
            except (ValidationError, ValueError):
                continue
        raise EndpointError(f"the endpoint {s_url(self.settings)} answered none of json_schema, json_object or "
                            "tools with valid JSON: set SUMMARISER_MODE to one it supports", kind="bad_request")

    # ------------------------------------------------------------------ structured calls

    @staticmethod
    def schema_note(model: type[BaseModel], mode: str) -> str:
        """What the prompt says of the schema. json_object servers may ignore response_format's schema
        (llama.cpp enforces it), so the prompt shows the object's shape: a compact skeleton, not the
        whole schema, which would cost more tokens than a short article."""
        if mode != "json_object":
            return ""
        return ", shaped like this:\n" + skeleton(model)

    async def structured(self, model: type[M], mode: str, messages: list[dict[str, str]],
                         validate: Validator | None = None) -> Answer:
        """A reply parsed into `model`; re-asks with the problems found (schema errors, then the validator's).

        Schema failures beyond `schema_retries` raise RetriesExhausted; validator problems beyond
        `reasks` are returned in `Answer.problems` for the caller's policy.
        """
        s = self.settings
        usage = Usage()
        msgs = list(messages)
        schema_left, reasks_left = s.schema_retries, s.reasks
        errors: list[str] = []
        while True:
            data = await self._create(usage, self._request(model, mode, msgs))
            tokens = data.get("usage")
            if isinstance(tokens, dict):
                usage.tokens_in += int(tokens.get("prompt_tokens") or 0)
                usage.tokens_out += int(tokens.get("completion_tokens") or 0)
            raw, parsed, problems, schema_ok = await self.lane.run(partial(self._read, model, mode, data, validate))
            if not problems:
                return Answer(parsed, raw, usage)
            errors.append("; ".join(problems))
            if schema_ok and reasks_left <= 0:
                return Answer(parsed, raw, usage, problems)
            if not schema_ok and schema_left <= 0:
                raise RetriesExhausted(
                    f"no valid {model.__name__} after {usage.calls} calls: {errors[-1][:300]}",
                    attempts=len(errors), last_raw=raw, errors=errors,
                    usage={"calls": usage.calls, "tokens_in": usage.tokens_in, "tokens_out": usage.tokens_out})
            if schema_ok:
                reasks_left -= 1
            else:
                schema_left -= 1
            usage.reasks += 1
            feedback = load("reask").render(problems="\n".join(f"- {p}" for p in problems))
            msgs = [*msgs, {"role": "assistant", "content": raw[:6000]}, {"role": "user", "content": feedback}]

    def _read(self, model: type[M], mode: str, data: dict[str, Any],
              validate: Validator | None) -> tuple[str, M | None, list[str], bool]:
        """A reply's text, the object parsed from it, the problems found, and whether it fitted the schema."""
        raw = ""
        try:
            raw, finish = self._reply(data, mode)
            if finish == "length":
                raise ValueError(f"the reply was cut off at max_tokens={self.settings.max_tokens} "
                                 "(finish_reason=length); raise SUMMARISER_MAX_TOKENS or lower SUMMARISER_CHUNK_CHARS")
            tree = json.loads(_json_text(raw))
            parsed = model.model_validate(_unescape(tree) if _BACKSLASH.search(raw) else tree)
        except (ValidationError, ValueError) as e:
            return raw, None, _schema_problems(e), False
        return raw, parsed, validate(parsed) if validate else [], True

    async def close(self) -> None:
        await self._oa.close()


def s_url(settings: Settings) -> str:
    return settings.base_url or "(no base URL)"
