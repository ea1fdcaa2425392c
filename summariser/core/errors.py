"""The library's exceptions: one root, so callers can catch everything summariser raises.

The tree (tests/test_errors.py holds it to the classes):

    SummariserError             anything summariser raises
    ├── InputError              the input is not an article it can read, or an argument of the wrong type
    ├── ConfigError             a setting is missing or wrong
    ├── EndpointError           the model endpoint failed in a way retrying will not fix (`kind` says how)
    ├── RetriesExhausted        the model's answers still failed validation after every re-ask
    ├── UnsupportedFigures      figures still unsupported after re-asks, under the `raise` policy
    └── OutputBusy              another run is writing the same output file (batch/jsonl.py)

Only the command line turns them into messages and exit codes. Apart from the tree:
`integrations.instructor.FigureProblems` is a ValueError, as a pydantic validator's error must be.
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Iterator


class SummariserError(Exception):
    """Root of every error summariser raises."""


class InputError(SummariserError):
    """The input cannot be read as an article (binary data, undecodable bytes, unsupported format), or
    an argument is not of a type the function takes; the message says what to pass."""


def require(value: object, types: type | tuple[type, ...], what: str) -> None:
    """Raise InputError saying what to pass (`what`) when `value` is not one of `types`."""
    if not isinstance(value, types):
        raise InputError(f"{what}, not {type(value).__name__}")


class ConfigError(SummariserError):
    """A setting is missing or wrong; the message says how to fix it."""


class EndpointError(SummariserError):
    """The model endpoint failed in a way retrying will not fix.

    `kind` is one of: unreachable, timeout, auth, model, context, truncated, rate_limited, bad_request,
    server, reply_too_large, bad_reply (a 200 answer whose body is not JSON).
    """

    def __init__(self, message: str, *, kind: str, status: int | None = None, body: str | None = None,
                 attempts: int = 0, last_raw: str | None = None, usage: dict[str, int] | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status
        self.body = body
        self.attempts = attempts  # for `truncated`: the calls of this answer, the cut one included
        self.last_raw = last_raw  # for `truncated`: the reply as far as it got
        self.usage = usage or {}


class RetriesExhausted(SummariserError):
    """The model's answers still failed validation after every re-ask.

    Carries what a person needs to see why: attempts made, the last raw reply, each failed attempt's
    reply and validation errors, and the token usage of all of them.
    """

    def __init__(self, message: str, *, attempts: int, last_raw: str | None, errors: list[str],
                 usage: dict[str, int], replies: list[str] | None = None) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.last_raw = last_raw
        self.errors = errors
        self.replies = replies or []
        self.usage = usage


class UnsupportedFigures(SummariserError):
    """Raised under the `raise` policy when figures stay unsupported after re-asks; `usage` holds the
    calls and tokens the document spent, when the raiser knows them."""

    def __init__(self, message: str, *, figures: list[Any], usage: dict[str, int] | None = None) -> None:
        super().__init__(message)
        self.figures = figures
        self.usage = usage or {}


# What the model calls of one piece of work (a document) spent, whatever becomes of it: the HTTP client
# adds each answered call here, so that a document that fails in any way still reports its tokens.
_SPENT: ContextVar[dict[str, int] | None] = ContextVar("summariser_spent", default=None)


@contextmanager
def spending() -> Iterator[dict[str, int]]:
    """Count the calls made inside this block (in its tasks too) into the dict it yields:
    `calls`, `tokens_in`, `tokens_out`."""
    spent = {"calls": 0, "tokens_in": 0, "tokens_out": 0}
    token = _SPENT.set(spent)
    try:
        yield spent
    finally:
        _SPENT.reset(token)


def spend(tokens_in: int, tokens_out: int) -> None:
    """One answered call, counted where `spending` counts (nowhere outside one)."""
    spent = _SPENT.get()
    if spent is not None:
        spent["calls"] += 1
        spent["tokens_in"] += tokens_in
        spent["tokens_out"] += tokens_out
