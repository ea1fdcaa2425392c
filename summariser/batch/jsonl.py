"""JSONL: the one reader of JSON lines (inputs, outputs, gold), the appender of output lines, resume."""

from __future__ import annotations

import fcntl
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator

from ..core.errors import InputError, SummariserError


@dataclass(frozen=True, slots=True)
class Row:
    """One non-blank line of a JSONL text: its JSON object, or why it is not one."""

    n: int  # line number, from 1
    value: dict[str, Any] | None
    problem: str | None = None  # "is not JSON (...)" or "is not a JSON object"


def rows(text: str) -> Iterator[Row]:
    """The non-blank lines of `text`, each read as a JSON object."""
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as e:
            yield Row(n, None, f"is not JSON ({e})")
            continue
        if not isinstance(value, dict):
            yield Row(n, None, "is not a JSON object")
            continue
        yield Row(n, value)


def read_records(path: Path) -> list[dict[str, Any]]:
    """The JSON objects of a JSONL file (an output of run, or gold data); InputError names a bad line."""
    out: list[dict[str, Any]] = []
    for row in rows(path.read_text(encoding="utf-8")):
        if row.value is None:
            raise InputError(f"{path}:{row.n} {row.problem}; a line a killed run tore is dropped by "
                             "`summariser run --resume -o` on the same file")
        out.append(row.value)
    return out


class Output:
    """Appends whole lines: one write() per line on an O_APPEND descriptor, then flush."""

    def __init__(self, path: str | None, stream: IO[str] | None = None) -> None:
        self.path = path
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644) if path and path != "-" else None
        self._stream = stream if self._fd is None else None

    def write_line(self, line: str) -> None:
        """One whole line (ending in a newline)."""
        if self._fd is not None:
            data = line.encode("utf-8")
            written = os.write(self._fd, data)
            while written < len(data):  # a short write: finish the same line
                written += os.write(self._fd, data[written:])
        else:
            out = self._stream or sys.stdout
            out.write(line)
            out.flush()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)


class OutputBusy(SummariserError):
    """Another run is writing the same output file."""


class OutputLock:
    """An exclusive lock on an output file for one run: OUT.lock beside it, holding the owner's process
    id. A second run on the same output is refused at once (two runs would write every document twice).
    The lock goes with the process, however it ends; the file stays, empty, for the next run to take."""

    def __init__(self, output: str) -> None:
        self.path = output + ".lock"
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(self._fd, 32).decode("ascii", "replace").strip() or "unknown"
            os.close(self._fd)
            raise OutputBusy(f"{output} is being written by another summariser run (process {holder}): wait for it "
                             "to end, or write to another file") from None
        os.ftruncate(self._fd, 0)
        os.write(self._fd, str(os.getpid()).encode("ascii"))

    def release(self) -> None:
        os.ftruncate(self._fd, 0)
        os.close(self._fd)  # closing the descriptor releases the lock


def prepare_resume(path: str) -> set[str]:
    """Drop a torn last line left by a killed run; the ids already written."""
    p = Path(path)
    if not p.exists():
        return set()
    data = p.read_bytes()
    if data and not data.endswith(b"\n"):
        cut = data.rfind(b"\n") + 1
        with open(p, "r+b") as f:
            f.truncate(cut)
        data = data[:cut]
    return {str(row.value["doc_id"]) for row in rows(data.decode("utf-8"))
            if row.value is not None and "doc_id" in row.value}
