"""A disk cache of validated model answers.

The key covers what decides an answer: endpoint, model, mode, messages, output schema, prompt
version and sampling settings. A cached answer is validated again on read (schema and the caller's
checks), so a stale or corrupted entry is a miss, never a wrong result.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import diskcache

from ._settings import Settings


def cache_key(settings: Settings, mode: str, messages: list[dict[str, str]], schema: dict[str, Any],
              prompt_tag: str) -> str:
    """A stable key for one structured call."""
    material = {
        "endpoint": settings.base_url, "model": settings.model, "mode": mode, "messages": messages,
        "schema": schema, "prompt": prompt_tag, "temperature": settings.temperature,
        "max_tokens": settings.max_tokens,
    }
    blob = json.dumps(material, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "answer:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()


class AnswerCache:
    """Raw JSON answers on disk, per settings.cache: use (read and write), refresh (write only), off."""

    def __init__(self, settings: Settings) -> None:
        self.policy = settings.cache
        self._disk = diskcache.Cache(settings.cache_dir) if self.policy != "off" else None

    def get(self, key: str) -> str | None:
        if self._disk is None or self.policy != "use":
            return None
        got = self._disk.get(key)
        return got if isinstance(got, str) else None

    def put(self, key: str, raw: str) -> None:
        if self._disk is not None:
            self._disk.set(key, raw)

    def close(self) -> None:
        if self._disk is not None:
            self._disk.close()
