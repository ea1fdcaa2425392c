"""Prompt templates: files in prompts/ with a version, loaded strictly (a missing variable is an error)."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from string import Template

from ..core.errors import ConfigError

_FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)


@dataclass(frozen=True)
class Prompt:
    """A prompt template, its version, and a hash of its text (both go into provenance and cache keys)."""

    name: str
    version: str
    text: str

    @cached_property
    def sha(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:12]

    @cached_property
    def tag(self) -> str:
        return f"{self.name}@{self.version}+{self.sha}"

    def render(self, **values: str) -> str:
        """The text with $variables filled; a variable left without a value is an error."""
        try:
            return Template(self.text).substitute(values)
        except KeyError as e:
            raise ConfigError(f"prompt {self.name!r} needs a value for ${e.args[0]}") from None


def _read(name: str) -> tuple[str, str] | None:
    """Text of prompts/NAME.md: inside an installed wheel (summariser/prompts), else the source tree."""
    try:
        f = resources.files("summariser.prompts").joinpath(f"{name}.md")
        if f.is_file():
            return f.read_text(encoding="utf-8"), str(f)
    except ModuleNotFoundError:
        pass
    path = Path(__file__).resolve().parents[2] / "prompts" / f"{name}.md"
    return (path.read_text(encoding="utf-8"), str(path)) if path.is_file() else None


@lru_cache(maxsize=None)
def load(name: str) -> Prompt:
    """The prompt `name` (prompts/NAME.md)."""
    got = _read(name)
    if got is None:
        raise ConfigError(f"prompt {name!r} is missing: reinstall summariser or restore prompts/{name}.md")
    raw, path = got
    m = _FRONT.match(raw)
    version = re.search(r"^version:\s*(\S+)", m.group(1), re.M) if m else None
    if not m or not version:
        raise ConfigError(f"prompt file {path} has no 'version:' header between --- lines")
    return Prompt(name, version.group(1), raw[m.end():].strip() + "\n")
