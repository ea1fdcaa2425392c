"""The batch job's inputs: files, folders, globs, JSONL files and standard input, as documents read lazily."""

from __future__ import annotations

import os
import re
import stat
import sys
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from ..core.errors import InputError
from ..text.decode import decode
from .jsonl import Row, rows
from .walk import Found, folder_files, glob_files, is_glob

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".md")
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass
class Item:
    """One input document, read lazily; `problem` is an input error found while listing it.

    Its id and source are made writable as UTF-8: a file name with bytes that are not UTF-8, or a
    JSONL id holding a lone surrogate, is kept with those characters escaped (\\udcff), so it stays
    unique, readable and reversible, and the line can be written."""

    id: str
    source: str
    read: Callable[[], str | bytes] | None = None
    problem: tuple[str, str] | None = None  # (type, message)

    def __post_init__(self) -> None:
        self.id, self.source = writable(self.id), writable(self.source)


def writable(text: str) -> str:
    """`text` with what UTF-8 cannot encode (lone surrogates, undecodable file-name bytes) escaped."""
    return text if text.isascii() else text.encode("utf-8", "backslashreplace").decode("utf-8")


def iter_inputs(paths: list[str], stdin: IO[bytes] | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                exclude: Path | None = None) -> Iterator[Item]:
    """Documents of files, folders (recursively), globs, JSONL files (id/text per line) and `-` (stdin).

    Every input named gives at least one item: a folder that cannot be listed, a file that cannot be
    read and a link to nothing are items with a problem, which the batch writes as error lines.
    `exclude` is the run's own output (a file, or a folder and all under it, by real path): a folder or
    glob never lists it, so an output inside an input folder is not read back as input on a resume."""
    for p in paths:
        if p == "-":
            yield from _stdin_items(stdin if stdin is not None else sys.stdin.buffer, max_bytes)
            continue
        if is_glob(p):
            none = Item(p, p, problem=("not_found", f"no file matches {p!r}"))
            yield from _found_items(_outside(glob_files(p), exclude), max_bytes, none)
            continue
        path = Path(p)
        try:
            is_dir, is_file = path.is_dir(), path.is_file()
        except OSError as e:  # a path inside a folder we may not enter
            yield Item(p, p, problem=("unreadable", f"cannot read {p}: {e.strerror or e}"))
            continue
        if is_dir:
            none = Item(p, p, problem=("not_found", f"the folder {p} holds no {', '.join(SUFFIXES)} file"))
            yield from _found_items(_outside(folder_files(path, SUFFIXES), exclude), max_bytes, none)
        elif is_file:
            yield from _file_items(path, path.name, max_bytes)
        elif _is_stream(path):
            yield _stream_item(p, path, max_bytes)
        else:
            yield Item(p, p, problem=("not_found", f"no such file or folder: {p}"))


class _TooLarge(InputError):
    """A stream longer than the limit (its size is known only once read)."""


def _is_stream(path: Path) -> bool:
    """A named pipe or a character device (`<(cmd)`, /dev/stdin): read as standard input is, once."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def _stream_item(name: str, path: Path, max_bytes: int) -> Item:
    """An item for a named pipe: read when its turn comes, at most `max_bytes` (more is an error)."""

    def read() -> str | bytes:
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise _TooLarge(f"more than {max_bytes / 1e6:.1f} MB came from {name}: raise --max-bytes to process it")
        return data

    return Item(name, name, read=read)


def _outside(found: Iterable[Found], exclude: Path | None) -> Iterator[Found]:
    """The files found that are not `exclude` nor under it (by real path)."""
    for f in found:
        if exclude is None or f.problem:
            yield f
            continue
        real = Path(os.path.realpath(f.path))
        if real != exclude and exclude not in real.parents:
            yield f


def _found_items(found: Iterable[Found], max_bytes: int, none: Item) -> Iterator[Item]:
    """The items of a folder's or a glob's files; `none` when it holds none at all."""
    empty = True
    for f in found:
        empty = False
        if f.problem:
            yield Item(f.rel, str(f.path), problem=("unreadable", f.problem))
        else:
            yield from _file_items(f.path, f.rel, max_bytes)
    if empty:
        yield none


def _file_items(path: Path, doc_id: str, max_bytes: int) -> Iterator[Item]:
    try:
        size = path.stat().st_size
        if path.suffix.lower() == ".jsonl":
            data = path.read_bytes()
    except OSError as e:
        yield Item(doc_id, str(path), problem=("unreadable", f"cannot read {path}: {e.strerror or e}"))
        return
    if path.suffix.lower() == ".jsonl":
        yield from _jsonl_file(data, str(path), doc_id, max_bytes)
        return
    if size > max_bytes:
        yield Item(doc_id, str(path), problem=_too_large(size, max_bytes))
        return
    yield Item(doc_id, str(path), read=path.read_bytes)


def _too_large(size: int, max_bytes: int) -> tuple[str, str]:
    return "too_large", (f"{size / 1e6:.1f} MB is over the {max_bytes / 1e6:.1f} MB limit: raise --max-bytes "
                         "to process it")


def _jsonl_items(text: str, source: str, max_bytes: int) -> Iterator[Item]:
    """One item per record (or bad line) of a JSONL text. A last line with no newline that is not JSON
    is a record still being written (the file read while it is appended): no item, and a warning, so
    that no stale error line is left for a document a later run (or --resume) does once it is whole."""
    name = Path(source).name
    listed = list(rows(text))
    if listed and _still_written(listed[-1], text):
        warnings.warn(f"{source}: line {listed[-1].n}, the last, is incomplete (no newline, not JSON): is the file "
                      "still being written? It was left out; run again with --resume once it is complete",
                      RuntimeWarning, stacklevel=2)
        listed.pop()
    for row, ref in zip(listed, record_refs(listed, name), strict=True):
        yield _jsonl_item(row, source, name, ref, max_bytes)


def _still_written(last: Row, text: str) -> bool:
    return last.value is None and not text.endswith(("\n", "\r")) and str(last.problem).startswith("is not JSON")


def record_refs(listed: list[Row], name: str) -> list[str]:
    """What names each line of a JSONL file (NAME the file's name) in a record's `source`,
    PATH.jsonl#REF: the line's id (NAME:LINE without one) made unique within the file as doc ids are
    (a repeated id is ID#2, ID#3, ...: unique_ids), so that a repeated id's records are told apart."""
    ids = [str(r.value.get("id") or f"{name}:{r.n}") if r.value is not None else f"{name}:{r.n}" for r in listed]
    return [it.id for it in unique_ids(Item(i, "") for i in ids)]


def _jsonl_item(row: Row, source: str, name: str, ref: str, max_bytes: int) -> Item:
    """The item of one JSONL line; its source is PATH.jsonl#REF (record_refs)."""
    where = f"{source}:{row.n}"
    if row.value is None and row.problem and row.problem.startswith("is not JSON"):
        return Item(f"{name}:{row.n}", where, problem=("bad_jsonl", f"line {row.n} {row.problem}"))
    rec: dict[str, Any] = row.value or {}
    doc_id = str(rec.get("id") or f"{name}:{row.n}") if row.value is not None else ""
    text_value = rec.get("text")
    if not isinstance(text_value, str):
        return Item(doc_id or f"{name}:{row.n}", where,
                    problem=("bad_jsonl", f"line {row.n} has no \"text\" string (a JSONL input needs id and text)"))
    size = len(text_value.encode("utf-8", "surrogatepass"))
    if size > max_bytes:  # a record is a document: the same limit as a file's
        return Item(doc_id, f"{source}#{ref}", problem=_too_large(size, max_bytes))
    return Item(doc_id, f"{source}#{ref}", read=_const(_LONE_SURROGATE.sub("\ufffd", text_value)))


# A JSON string may hold a lone surrogate (\\ud800), which no UTF-8 output can carry: replaced one for
# one, so that offsets into the text stay as they are.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _const(value: str | bytes) -> Callable[[], str | bytes]:
    return lambda: value


def _jsonl_file(data: bytes, source: str, doc_id: str, max_bytes: int) -> Iterator[Item]:
    """The records of JSONL bytes, in whatever encoding they are (GB18030 too), or one error line."""
    try:
        text, _ = decode(data)
    except InputError as e:
        kind = "binary" if "binary" in str(e) else "undecodable"
        yield Item(doc_id, source, problem=(kind, f"{e} (a JSONL input)"))
        return
    yield from _jsonl_items(text, source, max_bytes)


def _stdin_items(stream: IO[bytes], max_bytes: int) -> Iterator[Item]:
    """Standard input: JSONL when every line is a JSON object, else one plain document (an article
    that starts with a brace is still an article)."""
    data = stream.read()
    if _is_jsonl(data):
        yield from _jsonl_file(data, "-", "stdin", max_bytes)
    elif len(data) > max_bytes:
        yield Item("stdin", "-", problem=_too_large(len(data), max_bytes))
    else:
        yield Item("stdin", "-", read=_const(data))


def _is_jsonl(data: bytes) -> bool:
    if data.lstrip()[:1] != b"{":
        return False
    try:
        text, _ = decode(data)
    except InputError:
        return False
    listed = list(rows(text))
    return bool(listed) and all(r.value is not None for r in listed)


def unique_ids(items: Iterable[Item]) -> list[Item]:
    """Ids made unique within a batch: a repeated id gets the first suffix (#2, #3, ...) that no input
    uses as its own id, so a real 'a#2' keeps its id and the same inputs always get the same ids (what
    --resume relies on)."""
    listed = list(items)
    given = {it.id for it in listed}
    seen: set[str] = set()
    last: dict[str, int] = {}
    for it in listed:
        if it.id in seen:
            n = last.get(it.id, 1) + 1
            while f"{it.id}#{n}" in given or f"{it.id}#{n}" in seen:
                n += 1
            last[it.id] = n
            it.id = f"{it.id}#{n}"
        seen.add(it.id)
    return listed


def read_item(it: Item) -> tuple[str | bytes | None, tuple[str, str] | None]:
    """An item's content, or the (type, message) of the error that replaces it (a listing problem,
    unreadable, empty)."""
    if it.problem:
        return None, it.problem
    assert it.read is not None
    try:
        text = it.read()
    except OSError as e:
        return None, ("unreadable", f"cannot read {it.source}: {e.strerror or e}")
    except _TooLarge as e:
        return None, ("too_large", str(e))
    if not text.strip():
        return None, ("empty", "the input is empty (no text after decoding)")
    return text, None


def read_source(source: str | None) -> str | bytes | None:
    """The raw text an output record came from (its `source`: a file path, or PATH.jsonl#REF for a
    JSONL record, REF as record_refs gives it); None when it cannot be read.

    A JSONL file is read once and indexed while it is unchanged (size and modification time), not once
    per record."""
    if not source or source == "-":
        return None
    if "#" in source and source.split("#", 1)[0].endswith(".jsonl"):
        path, ref = source.split("#", 1)
        return _jsonl_index(path).get(ref)
    p = Path(source)
    return p.read_bytes() if p.is_file() else None


def _jsonl_index(path: str) -> dict[str, str]:
    try:
        info = os.stat(path)
    except OSError:
        return {}
    return _indexed(path, info.st_size, info.st_mtime_ns) if stat.S_ISREG(info.st_mode) else {}


@lru_cache(maxsize=4)
def _indexed(path: str, size: int, mtime_ns: int) -> dict[str, str]:
    """REF -> text of a JSONL input (see record_refs)."""
    try:
        text, _ = decode(Path(path).read_bytes())
    except (OSError, InputError):
        return {}
    listed = list(rows(text))
    return {ref: _LONE_SURROGATE.sub("\ufffd", str(row.value["text"]))
            for row, ref in zip(listed, record_refs(listed, Path(path).name), strict=True)
            if row.value is not None and isinstance(row.value.get("text"), str)}
