"""The sources a results file's records came from, read for `check` and `report`: safe against a
results file that names files it should not (only input files in the results file's folder or the
working directory are read), and reading each input file once per run.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable, NamedTuple

from ..batch.inputs import SUFFIXES, record_refs
from ..batch.jsonl import rows
from ..core.errors import InputError
from ..text.decode import decode


class Found(NamedTuple):
    """A record's source: its raw text, or None and why it was not read."""

    raw: str | bytes | None
    why: str = ""


_JSONL_SOURCE = re.compile(r"(?is)(.*?\.jsonl)#(.*)")
# A JSON string may hold a lone surrogate, which `run` replaced one for one before summarising.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def jsonl_texts(path: Path) -> dict[str, str]:
    """REF -> text of a JSONL input, read in one pass, REF as `run` names its records in their source
    (PATH.jsonl#REF: the line's id, NAME:LINE without one, made unique within the file; record_refs)."""
    try:
        text, _ = decode(path.read_bytes())
    except (OSError, InputError):
        return {}
    listed = list(rows(text))
    return {ref: _LONE_SURROGATE.sub("\ufffd", row.value["text"])
            for row, ref in zip(listed, record_refs(listed, path.name), strict=True)
            if row.value is not None and isinstance(row.value.get("text"), str)}


class Sources:
    """The raw texts the records of a results file came from, read safely and once per run.

    A record's `source` is a file path, or PATH.jsonl#ID for a record of a JSONL input. A relative
    path is looked for in the working directory, then in the results file's folder (records store the
    paths `run` was given, relative to where it ran). A file is read only when its real path (links
    followed) is a regular file inside the results file's folder, the working directory or a folder
    in `roots`, with no hidden name (.ssh, .env) on the way from that folder, and a suffix `run` reads
    (.txt, .html, .htm, .md, .jsonl). So a results file from elsewhere cannot make `report` put
    /etc/passwd or ~/.ssh/id_rsa into a page. A JSONL input is read once and indexed id -> text."""

    def __init__(self, results: Path | None = None, roots: Iterable[Path] = ()) -> None:
        self.base = results.resolve().parent if results is not None else Path.cwd().resolve()
        self.roots = [Path.cwd().resolve(), self.base, *(Path(r).resolve() for r in roots)]
        self._jsonl: dict[Path, dict[str, str]] = {}

    def read(self, source: Any) -> Found:
        """The raw text of a record's `source`, or None and why it was not read."""
        if not isinstance(source, str) or not source or source == "-":
            return Found(None, "not recorded (standard input, or no file)")
        m = _JSONL_SOURCE.fullmatch(source)
        path, why = self.locate(m.group(1) if m else source)
        if path is None:
            return Found(None, why)
        if m is None:
            return _read_file(path)
        if path not in self._jsonl:
            self._jsonl[path] = jsonl_texts(path)
        text = self._jsonl[path].get(m.group(2))
        return Found(text, "" if text is not None else f"has no record with id {m.group(2)!r}")

    def locate(self, name: str) -> tuple[Path | None, str]:
        """The real path of a source file that may be read, or None and why not."""
        given = Path(name)
        tries = [given] if given.is_absolute() else [Path.cwd() / given, self.base / given]
        why = "not found (relative paths are looked for in the working directory and the results file's folder)"
        for candidate in tries:
            try:
                real = candidate.resolve(strict=True)
            except (OSError, RuntimeError):
                continue
            refused = self.refusal(real)
            if refused is None:
                return real, ""
            why = f"not read: {refused}"
        return None, why

    def refusal(self, real: Path) -> str | None:
        """Why a real path is not read as a source, or None when it may be."""
        if real.suffix.lower() not in SUFFIXES:
            return f"not an input file (a source is a {', '.join(SUFFIXES)} file)"
        inside = [real.relative_to(r) for r in self.roots if real.is_relative_to(r)]
        if not inside:
            return "outside the results file's folder and the working directory"
        if all(any(part.startswith(".") for part in rel.parts) for rel in inside):
            return "a hidden file or folder"
        if not real.is_file():
            return "not a regular file"
        return None


def _read_file(path: Path) -> Found:
    try:
        return Found(path.read_bytes())
    except OSError as e:
        return Found(None, f"cannot be read: {e.strerror or e}")
