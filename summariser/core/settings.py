"""Settings: one frozen object, read from arguments or the environment in one place."""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import parse_qsl, urlparse, urlsplit, urlunsplit

from .errors import ConfigError

MODES = ("auto", "json_schema", "json_object", "tools")
POLICIES = ("keep", "drop", "raise")
CACHE = ("use", "refresh", "off")
EXTRACTS = ("free", "marked")


@dataclass(frozen=True)
class Settings:
    """Everything summarise() needs. Build with Settings.from_env(...); fields are read-only."""

    base_url: str | None = None
    api_key: str | None = None
    model: str | None = None
    mode: str = "auto"
    timeout: float = 120.0
    max_tokens: int = 2048
    temperature: float = 0.0
    summary_language: str = "zh"
    concurrency: int = 8
    workers: int = 1  # processes sharing a batch (CPU work: cleaning, checking); requests are split among them
    chunk_chars: int = 3000
    chunk_overlap: int = 200
    reasks: int = 2  # re-asks fed with the checker's reasons
    schema_retries: int = 2  # re-asks for replies that are not valid JSON of the schema
    transport_retries: int = 4  # 429, 5xx, timeouts, dropped connections
    unsupported: str = "keep"  # what to do with figures still unsupported after re-asks: keep, drop, raise
    cache: str = "use"
    cache_dir: str = str(Path.home() / ".cache" / "summariser")
    engine: str = "auto"  # auto: the model when an endpoint is set, else the offline rules
    # marked: the parser's quantities are marked in the chunk and the model says which matter and what each
    # is, value, unit and quote taken from the source (the default: docs/real_model.md measures it against
    # free on a small model); free: the model writes each figure (value, unit, quote)
    extract: str = "marked"

    _ENV = {
        "base_url": ("SUMMARISER_BASE_URL", "OPENAI_BASE_URL"),
        "api_key": ("SUMMARISER_API_KEY", "OPENAI_API_KEY"),
        "model": ("SUMMARISER_MODEL",),
        "mode": ("SUMMARISER_MODE",),
        "timeout": ("SUMMARISER_TIMEOUT",),
        "max_tokens": ("SUMMARISER_MAX_TOKENS",),
        "summary_language": ("SUMMARISER_LANGUAGE",),
        "concurrency": ("SUMMARISER_CONCURRENCY",),
        "workers": ("SUMMARISER_WORKERS",),
        "chunk_chars": ("SUMMARISER_CHUNK_CHARS",),
        "unsupported": ("SUMMARISER_UNSUPPORTED",),
        "cache": ("SUMMARISER_CACHE",),
        "cache_dir": ("SUMMARISER_CACHE_DIR",),
        "engine": ("SUMMARISER_ENGINE",),
        "extract": ("SUMMARISER_EXTRACT",),
    }

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Settings from keyword arguments, else environment variables, else defaults; validated."""
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name.startswith("_"):
                continue
            if overrides.get(f.name) is not None:
                values[f.name] = overrides.pop(f.name)
                continue
            overrides.pop(f.name, None)
            for var in cls._ENV.get(f.name, ()):
                if env.get(var):
                    values[f.name] = _convert(f.name, env[var], var, type(getattr(cls, f.name, "")))
                    break
        if overrides:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(overrides))}")
        return cls(**values)._validated()

    def with_(self, **changes: Any) -> Settings:
        """A copy with some fields changed, validated again."""
        return replace(self, **changes)._validated()

    def _validated(self) -> Settings:
        if self.mode not in MODES:
            raise ConfigError(f"mode {self.mode!r}: use one of {', '.join(MODES)} (--mode or SUMMARISER_MODE)")
        if self.unsupported not in POLICIES:
            raise ConfigError(f"unsupported-figure policy {self.unsupported!r}: use keep, drop or raise "
                              "(SUMMARISER_UNSUPPORTED)")
        if self.cache not in CACHE:
            raise ConfigError(f"cache {self.cache!r}: use use, refresh or off (SUMMARISER_CACHE)")
        if self.summary_language not in ("zh", "en"):
            raise ConfigError(f"summary language {self.summary_language!r}: use zh or en (SUMMARISER_LANGUAGE)")
        if self.engine not in ("auto", "rules", "llm"):
            raise ConfigError(f"engine {self.engine!r}: use auto, rules or llm (SUMMARISER_ENGINE)")
        if self.extract not in EXTRACTS:
            raise ConfigError(f"extraction {self.extract!r}: use free or marked (SUMMARISER_EXTRACT)")
        if self.engine == "llm" and not self.base_url:
            raise ConfigError("no endpoint: pass --base-url or set SUMMARISER_BASE_URL "
                              "(for example http://127.0.0.1:8000/v1)")
        if self.base_url:
            u = urlparse(self.base_url)
            if u.scheme not in ("http", "https") or not u.netloc:
                raise ConfigError(f"base URL {redact_url(self.base_url)!r} is not an http(s) URL: use e.g. "
                                  "http://127.0.0.1:8000/v1")
            if "@" in u.netloc:
                raise ConfigError(f"base URL {redact_url(self.base_url)!r} holds credentials (user:password@): "
                                  "give the key with SUMMARISER_API_KEY or OPENAI_API_KEY instead")
        if self.chunk_chars < 500:
            raise ConfigError("chunk_chars must be at least 500 (SUMMARISER_CHUNK_CHARS)")
        for name in ("concurrency", "max_tokens", "workers"):
            if getattr(self, name) < 1:
                raise ConfigError(f"{name} must be at least 1")
        if not (0 < self.timeout < math.inf):  # NaN fails every comparison, so it fails this one
            raise ConfigError(f"timeout {self.timeout!r}: it must be a positive, finite number of seconds, such as "
                              "120 (SUMMARISER_TIMEOUT)")
        if not (0 <= self.temperature <= 2):
            raise ConfigError(f"temperature {self.temperature!r}: it must be between 0 and 2")
        return self

    @property
    def uses_model(self) -> bool:
        """Whether summarise() calls a model (else the offline rules engine)."""
        return self.engine == "llm" or (self.engine == "auto" and bool(self.base_url))

    @property
    def endpoint_host(self) -> str | None:
        """host:port of the endpoint, without any credentials the URL holds."""
        if not self.base_url:
            return None
        u = urlsplit(self.base_url)
        host = f"[{u.hostname}]" if u.hostname and ":" in u.hostname else u.hostname or ""
        return f"{host}:{u.port}" if u.port else host

    @property
    def endpoint(self) -> str | None:
        """The base URL with its credentials masked (user:***@host, ?api-key=***): what errors, cache
        keys and anything else written down may show."""
        return redact_url(self.base_url) if self.base_url else None

    def scrub(self, text: str) -> str:
        """`text` without the key, the URL's credentials or a bearer token (a server may echo them)."""
        for secret in self._secrets():
            text = text.replace(secret, "***")
        return _BEARER.sub(r"\1***", text)

    def _secrets(self) -> list[str]:
        found = [self.api_key] if self.api_key else []
        if self.base_url:
            u = urlsplit(self.base_url)
            found += [x for x in (u.password, u.username if u.password is None else None) if x]
            found += [v for k, v in parse_qsl(u.query, keep_blank_values=True) if _SECRET_PARAM.search(k) and v]
        return sorted({x for x in found if len(x) >= 4}, key=len, reverse=True)

    def __repr__(self) -> str:  # never print the key, nor the URL's credentials
        shown = {f.name: getattr(self, f.name) for f in fields(self) if not f.name.startswith("_")}
        shown["base_url"] = self.endpoint
        if shown.get("api_key"):
            shown["api_key"] = "***"
        return "Settings(" + ", ".join(f"{k}={v!r}" for k, v in shown.items()) + ")"


_SECRET_PARAM = re.compile(r"key|token|secret|password|passwd|auth|sig|credential", re.I)
_BEARER = re.compile(r"((?:bearer|basic)\s+)[A-Za-z0-9._~+/=-]{4,}", re.I)


def redact_url(url: str) -> str:
    """`url` with a password (or a user name standing alone) and secret-looking query values masked."""
    u = urlsplit(url)
    netloc = u.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        user, sep, _ = userinfo.partition(":")
        netloc = f"{user}:***@{hostport}" if sep else f"***@{hostport}"
    query = "&".join(f"{k}={'***' if _SECRET_PARAM.search(k) and v else v}"
                     for k, v in parse_qsl(u.query, keep_blank_values=True))
    return urlunsplit((u.scheme, netloc, u.path, query, u.fragment))


def _convert(name: str, raw: str, var: str, kind: type) -> Any:
    try:
        if kind is int:
            return int(raw)
        if kind is float:
            return float(raw)
    except ValueError:
        raise ConfigError(f"{var}={raw!r}: {name} must be a number") from None
    return raw
