"""How many documents a process keeps in work, and how far ahead of the writer it reads."""

from __future__ import annotations

from ..core.settings import Settings


def in_work(settings: Settings) -> int:
    """Documents being summarised at once. With a model, twice the endpoint's concurrency: the client
    holds `concurrency` open requests, and the documents beyond them are cleaned, chunked and checked
    meanwhile, so that a free request slot finds a prompt ready. Offline, two: one cleaning while the
    loop writes the other's line."""
    return 2 * settings.concurrency if settings.uses_model else 2


def window(settings: Settings) -> int:
    """Documents started but not yet written: bounds memory, since lines go out in input order."""
    return 2 * in_work(settings) if settings.uses_model else 8
