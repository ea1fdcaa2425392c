"""A disk cache of validated model answers.

The key covers what decides an answer: endpoint, model, mode, messages, output schema, prompt
version and sampling settings. Each entry is stored with a digest of its key and value, checked on
read: an entry changed on disk (a figure's value edited, a torn write, an entry copied under another
key) is a miss. A cached answer is then validated again (schema and the caller's checks), so a stale
or corrupted entry is a miss, never a wrong result.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import warnings
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from typing import Any

import diskcache
from pydantic import BaseModel

from ...core.settings import Settings

# Settings that cannot change a summary, left out of the document key (the api key, above all, stays out
# of anything written to disk); and `mode`, which enters as the mode resolved for the endpoint.
_NOT_IN_DOCUMENT_KEY = {"api_key", "cache", "cache_dir", "concurrency", "workers", "timeout", "transport_retries",
                        "engine", "mode"}


def cache_key(settings: Settings, mode: str, messages: list[dict[str, str]], schema: str,
              prompt_tag: str) -> str:
    """A stable key for one structured call; `schema` is the output schema's digest (schema_digest)."""
    material = {
        "endpoint": settings.endpoint, "model": settings.model, "mode": mode, "messages": messages,
        "schema": schema, "prompt": prompt_tag, "temperature": settings.temperature,
        "max_tokens": settings.max_tokens,
    }
    blob = json.dumps(material, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return "answer:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of every module of the package (parser, checker, models and all): a summary assembled
    by other code is never served from the document cache. Prompts enter the key by their tags."""
    return code_digest(Path(__file__).resolve().parents[2])  # summariser/


def code_digest(package: Path) -> str:
    """A digest of the names and contents of every .py file under `package`, subpackages included."""
    h = hashlib.sha256()
    for f in sorted(package.rglob("*.py")):
        h.update(f.relative_to(package).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:16]


@lru_cache(maxsize=16)
def _key_settings(settings: Settings) -> dict[str, Any]:
    """The settings that enter a document key (one batch has one Settings: built once, not per document)."""
    return {**{k: v for k, v in asdict(settings).items() if k not in _NOT_IN_DOCUMENT_KEY},
            "base_url": settings.endpoint}


def document_key(settings: Settings, mode: str, prompt_tags: list[str], text: str | bytes,
                 meta: dict[str, Any]) -> str:
    """A stable key for a whole document's summary: its text and metadata, every setting that can
    change the summary, the structured-output mode, the prompts' tags and the code version."""
    data = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    material = {
        "settings": _key_settings(settings),
        "mode": mode, "prompts": prompt_tags, "code": code_version(), "text": hashlib.sha256(data).hexdigest(),
        "meta": meta,
    }
    blob = json.dumps(material, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return "document:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()


_SEAL = "sha256:"  # an entry on disk: "sha256:<digest of key and value>\n<value>"


def _digest(key: str, value: str) -> str:
    blob = key.encode("utf-8", "surrogatepass") + b"\0" + value.encode("utf-8", "surrogatepass")
    return hashlib.sha256(blob).hexdigest()


def seal(key: str, value: str) -> str:
    """`value` as it is stored under `key`: behind a digest of both, so that a changed entry is seen."""
    return f"{_SEAL}{_digest(key, value)}\n{value}"


def unseal(key: str, stored: object) -> str | None:
    """The value of an entry stored under `key`, or None when it is not what `seal` wrote for that key
    (edited, truncated, written by an older version, or moved from another key)."""
    if not isinstance(stored, str) or not stored.startswith(_SEAL):
        return None
    digest, sep, value = stored[len(_SEAL):].partition("\n")
    return value if sep and digest == _digest(key, value) else None


# What a broken cache raises: a garbage or locked database, a file where the folder should be, a
# folder that cannot be created or written.
_BROKEN = (OSError, sqlite3.Error, diskcache.Timeout)


def _warn_off(where: str, e: BaseException) -> None:
    warnings.warn(f"the cache at {where} cannot be used ({e}); going on without it (fix or delete the folder, "
                  "or set SUMMARISER_CACHE_DIR)", RuntimeWarning, stacklevel=3)


class AnswerCache:
    """Raw JSON answers on disk, per settings.cache: use (read and write), refresh (write only), off.

    Writes are held and stored `batch` at a time in one transaction (a commit per entry costs more CPU
    than checking the answer), and on close. A run killed before a flush loses those entries from the
    cache only: its output lines are already written. A failing disk turns the cache off with one warning.
    The cache keeps diskcache's size limit (1 GB, oldest stored out first), enforced after each
    held batch is stored rather than checked on every write (a large share of a write's CPU).
    """

    def __init__(self, settings: Settings, batch: int = 32, size_limit: int = 2**30) -> None:
        self.policy = settings.cache
        self._disk: diskcache.Cache | None = None
        if self.policy != "off":
            try:
                self._disk = diskcache.Cache(settings.cache_dir, cull_limit=0, size_limit=size_limit)
            except _BROKEN as e:
                _warn_off(settings.cache_dir, e)
        self._held: dict[str, str] = {}
        self._batch = batch

    def get(self, key: str) -> str | None:
        if self._disk is None or self.policy != "use":
            return None
        held = self._held.get(key)
        if held is not None:
            return held
        try:
            got = self._disk.get(key)
        except _BROKEN as e:
            self._off(e)
            return None
        return unseal(key, got)

    def _off(self, e: BaseException) -> None:
        """Go on without the cache: a cache that cannot be read or written never stops a run."""
        if self._disk is not None:
            _warn_off(self._disk.directory, e)
            try:
                self._disk.close()
            except _BROKEN:
                pass
            self._disk = None

    def put(self, key: str, value: str | BaseModel) -> None:
        """Store a string, or a model as its JSON (serialised now: the caller may change the model later;
        not at all when the cache is off)."""
        if self._disk is not None:
            self._held[key] = value if isinstance(value, str) else value.model_dump_json()
            if len(self._held) >= self._batch:
                self.flush()

    def flush(self) -> None:
        """Store the entries held so far."""
        if self._disk is None or not self._held:
            return
        held, self._held = self._held, {}
        try:
            with self._disk.transact():
                for key, value in held.items():
                    self._disk.set(key, seal(key, value))
            self._disk.cull()
        except _BROKEN as e:
            self._off(e)

    def close(self) -> None:
        self.flush()
        if self._disk is not None:
            try:
                self._disk.close()
            except _BROKEN:
                pass

