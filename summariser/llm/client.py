"""The only module that talks HTTP: chat completions at an OpenAI-compatible endpoint, with transport retries.

Transport retries (tenacity): 429 (honouring Retry-After, in seconds or as an HTTP date), 5xx,
timeouts, dropped connections; never 400, 401, 403 or 404, nor a refused connection or an unknown
host, which become an EndpointError that says what to change. Validation re-asks are the other
retry layer, in reask.py.
"""

from __future__ import annotations

import asyncio
import errno
import json
import random
import re
import socket
import sys
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from typing import Any, Awaitable, TypeVar
from urllib.parse import urlsplit

import httpx2
import openai
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception, stop_after_attempt

from ..core.errors import EndpointError, spend
from ..core.settings import Settings


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


_REJECTED = re.compile(r"validation error|response_format|literal_error|not supported|unsupported|Input should be",
                       re.I)


def _rejects_request(e: BaseException) -> bool:
    """A 5xx whose body is a validation error of our request (llama-cpp-python answers an unsupported
    response_format with 500): retrying cannot help, and it means "this mode is not supported"."""
    return isinstance(e, openai.InternalServerError) and bool(_REJECTED.search(str(getattr(e, "body", "") or e)))


_LONGEST_WAIT = 60.0  # seconds of Retry-After worth waiting for; a longer one fails the call at once


def _retry_after(e: BaseException) -> float | None:
    """The Retry-After of an error answer, in seconds, when it has one (seconds, or an HTTP date)."""
    header = e.response.headers.get("retry-after") if isinstance(e, openai.APIStatusError) else None
    return retry_after_seconds(header) if header else None


def retry_after_seconds(header: str, now: float | None = None) -> float | None:
    """A Retry-After value in seconds from now: a number of seconds, or an HTTP date
    (`Wed, 21 Oct 2026 07:28:00 GMT`); None when it is neither."""
    try:
        after = float(header)
    except ValueError:
        try:
            when = parsedate_to_datetime(header.strip())
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:  # an HTTP date is GMT
            return None
        after = when.timestamp() - (time.time() if now is None else now)
    return max(0.0, after) if after == after and after != float("inf") else None


_NO_SERVER = (errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.ENETUNREACH, errno.EADDRNOTAVAIL)


def _no_server(e: BaseException) -> str | None:
    """Why no server can answer at all (a refused connection, an unknown host, no route), or None:
    retrying in a second would meet the same, so it is not retried. The SDK's aiohttp transport
    reports a refused connection as a connect timeout; the cause underneath says what it was."""
    seen: BaseException | None = e
    for _ in range(8):
        if seen is None:
            break
        if isinstance(seen, socket.gaierror):
            return "unknown host"
        if isinstance(seen, OSError) and seen.errno in _NO_SERVER:
            return "connection refused" if seen.errno == errno.ECONNREFUSED else "no route to the host"
        seen = seen.__cause__ or seen.__context__
    return None


def _retryable(e: BaseException) -> bool:
    if _rejects_request(e) or _no_server(e):
        return False
    after = _retry_after(e)
    if after is not None and after > _LONGEST_WAIT:
        return False
    return isinstance(e, (openai.RateLimitError, openai.InternalServerError, openai.APITimeoutError,
                          openai.APIConnectionError))


def _wait(state: RetryCallState) -> float:
    """Retry-After when the server sends it, else exponential backoff with jitter."""
    e = state.outcome.exception() if state.outcome else None
    after = _retry_after(e) if e is not None else None
    if after is not None:
        return after
    backoff = min(8.0, 0.5 * 2.0 ** (int(state.attempt_number) - 1))
    return backoff + random.uniform(0, backoff / 2)


def reply_limit(max_tokens: int) -> int:
    """The most bytes a reply may have: far more than `max_tokens` tokens of escaped JSON can take,
    far less than a runaway or hostile server could send (which the SDK would hold in memory whole)."""
    return 1024 * 1024 + 64 * max_tokens


class ReplyTooLarge(openai.OpenAIError):
    """A reply body over `reply_limit` bytes: stopped while it is read."""


class _Capped(httpx2.AsyncByteStream):
    """A response body that raises ReplyTooLarge once more than `limit` bytes have come."""

    def __init__(self, inner: httpx2.AsyncByteStream, limit: int) -> None:
        self.inner, self.limit = inner, limit

    async def __aiter__(self) -> Any:
        seen = 0
        async for piece in self.inner:
            seen += len(piece)
            if seen > self.limit:
                raise ReplyTooLarge(f"the reply is over {self.limit} bytes")
            yield piece

    async def aclose(self) -> None:
        await self.inner.aclose()


def _cap_replies(limit: int) -> Any:
    """A response hook that puts every body behind `_Capped` (and refuses a declared length over it)."""

    async def hook(response: httpx2.Response) -> None:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise ReplyTooLarge(f"the reply declares {declared} bytes, over {limit}")
        assert isinstance(response.stream, httpx2.AsyncByteStream)
        response.stream = _Capped(response.stream, limit)

    return hook


def _endpoint_error(e: openai.OpenAIError, settings: Settings) -> EndpointError:
    status = getattr(e, "status_code", None)
    body = settings.scrub(str(getattr(e, "body", "") or e))  # a server may echo the Authorization header
    where = settings.endpoint
    if isinstance(e, ReplyTooLarge):
        return EndpointError(f"the endpoint {where} sent a reply too large to be an answer ({e}): is "
                             "SUMMARISER_BASE_URL a chat-completions server?", kind="reply_too_large")
    why = _no_server(e)
    if why is not None:
        return EndpointError(f"cannot reach the endpoint {where} ({why}): is the server running, and is "
                             "SUMMARISER_BASE_URL right (it usually ends in /v1)?", kind="unreachable")
    if isinstance(e, openai.APITimeoutError) and not isinstance(e.__cause__, httpx2.ConnectTimeout):
        return EndpointError(f"the endpoint {where} did not finish answering within SUMMARISER_TIMEOUT "
                             f"({settings.timeout:g} s), {settings.transport_retries + 1} times: raise "
                             "SUMMARISER_TIMEOUT, or lower SUMMARISER_CHUNK_CHARS or SUMMARISER_MAX_TOKENS",
                             kind="timeout")
    if isinstance(e, openai.APIConnectionError):  # a connect timeout too: a refused port can come as one
        return EndpointError(f"cannot reach the endpoint {where} ({type(e).__name__}): is the server running, "
                             "and is SUMMARISER_BASE_URL right (it usually ends in /v1)?", kind="unreachable")
    if status == 429:
        after = _retry_after(e)
        wait = f" (Retry-After: {after:g} s)" if after is not None else ""
        return EndpointError(f"the endpoint {where} is rate-limiting us{wait}: lower --concurrency "
                             "(SUMMARISER_CONCURRENCY), or run again later with --resume --retry-errors",
                             kind="rate_limited", status=status, body=body)
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


def _not_json(e: ValueError, settings: Settings) -> EndpointError:
    doc = e.doc if isinstance(e, json.JSONDecodeError) else ""
    head = settings.scrub(" ".join(doc.split())[:80]) if isinstance(doc, str) else ""
    return EndpointError(f"the endpoint {settings.endpoint} answered with a body that is not JSON"
                         f"{f' ({head!r})' if head else ''}: is SUMMARISER_BASE_URL a chat-completions server "
                         "(it usually ends in /v1), and not a proxy's or login page?", kind="bad_reply", status=200,
                         body=head)


def _count(data: dict[str, Any]) -> None:
    """An answered call's tokens, for what the document spent (core.errors.spending)."""
    tokens = data.get("usage")
    if isinstance(tokens, dict):
        try:
            spend(int(tokens.get("prompt_tokens") or 0), int(tokens.get("completion_tokens") or 0))
            return
        except (TypeError, ValueError):
            pass
    spend(0, 0)


def verifies_tls(base_url: str | None) -> bool:
    """Whether the transport needs a TLS context: always, but for a plain-HTTP server on this machine,
    where loading one is slow and it would never be used (the transport does not follow redirects)."""
    url = urlsplit(base_url or "")
    return not (url.scheme == "http" and url.hostname in ("127.0.0.1", "localhost", "::1"))


def _http_client(base_url: str | None, max_reply: int) -> Any:
    """The SDK's aiohttp transport (openai[aiohttp]): less CPU per request than its default httpx
    transport, which matters at high concurrency; httpx when aiohttp is missing. Neither follows a
    redirect (the SDK's default would): it would carry the key to whatever host the answer names.
    Replies are capped at `max_reply` bytes."""
    options: dict[str, Any] = {"follow_redirects": False, "event_hooks": {"response": [_cap_replies(max_reply)]}}
    if not verifies_tls(base_url):
        options["verify"] = False
    try:
        return openai.DefaultAioHttpClient(**options)
    except (RuntimeError, AttributeError):
        return openai.DefaultAsyncHttpxClient(**options)


T = TypeVar("T")
_LIST_TIMEOUT = 10.0  # seconds for the model list, which a server answers without generating


async def _within(call: Awaitable[T], seconds: float) -> T:
    """`call`'s result, or asyncio.TimeoutError after `seconds`. On 3.11 and later in the caller's own
    task (asyncio.timeout): wait_for runs the call as a task of its own, and every request then waits
    on more turns of a loop that is busy checking other documents' answers."""
    if sys.version_info >= (3, 11):
        async with asyncio.timeout(seconds):
            return await call
    return await asyncio.wait_for(call, seconds)


class Client:
    """Structured calls to one endpoint and model."""

    def __init__(self, settings: Settings, http: openai.AsyncOpenAI | None = None) -> None:
        self.settings = settings
        self._oa = http or openai.AsyncOpenAI(base_url=settings.base_url, api_key=settings.api_key or "not-needed",
                                              timeout=settings.timeout, max_retries=0,
                                              http_client=_http_client(settings.base_url,
                                                                       reply_limit(settings.max_tokens)))
        # At most `concurrency` requests open at the endpoint. Held only while a request is open: not
        # while its answer is checked, nor while a retry waits out its back-off.
        self._open = asyncio.Semaphore(settings.concurrency)

    async def create(self, usage: Usage, body: dict[str, Any]) -> dict[str, Any]:
        """One chat completion as the server's JSON, with transport retries.

        The SDK's low-level `post` with `cast_to=object`: its client, auth, errors and timeouts, without
        building typed request and response objects (which cost more CPU per call than the rest of
        the pipeline). The reply is read defensively (replies.reply_text).
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
                        data = await self._whole(payload)
                    if not isinstance(data, dict):
                        return {"unexpected": data}
                    _count(data)
                    return data
        except openai.OpenAIError as e:
            raise _endpoint_error(e, s) from e
        except (json.JSONDecodeError, UnicodeDecodeError) as e:  # a 200 whose body is not JSON
            raise _not_json(e, s) from e
        raise AssertionError("unreachable")  # pragma: no cover

    async def lists_model(self) -> bool:
        """Whether the endpoint's model list (GET /models) names the settings' model: one request that
        generates nothing, so it answers at once. False when it cannot tell (no such route, a failure,
        a model not listed: llama.cpp's server takes any name), and the caller then asks a completion."""
        model = self.settings.model
        if not model:
            return False
        try:
            data = await _within(self._oa.get("/models", cast_to=object), min(self.settings.timeout, _LIST_TIMEOUT))
        except (openai.OpenAIError, asyncio.TimeoutError, ValueError):  # ValueError: a body that is not JSON
            return False
        listed = data.get("data") if isinstance(data, dict) else None
        return isinstance(listed, list) and any(isinstance(m, dict) and m.get("id") == model for m in listed)

    async def _whole(self, payload: dict[str, Any]) -> object:
        """One POST, bounded as a whole by the timeout: the SDK's timeout bounds each read, so a body
        dripping one byte at a time would never end without this."""
        try:
            return await _within(self._oa.post("/chat/completions", body=payload, cast_to=object),
                                 self.settings.timeout)
        except asyncio.TimeoutError:
            url = f"{self._oa.base_url}chat/completions"
            raise openai.APITimeoutError(request=httpx2.Request("POST", url)) from None

    async def close(self) -> None:
        await self._oa.close()

