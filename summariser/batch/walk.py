"""Folders and globs expanded to files: every file once, symlink loops walked once, unreadable folders reported.

The standard library's recursive glob follows a symbolic link back to a parent folder again and
again (a loop of two links makes it exponential), and pathlib's walks raise on the first folder
they may not list. Here each folder is listed once (by device and inode), each file is yielded
once (by its real path), and a folder that cannot be listed, or a link that leads nowhere, comes
out as a problem for the caller to report instead of vanishing."""

from __future__ import annotations

import fnmatch
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

MAGIC = frozenset("*?[")


@dataclass(frozen=True)
class Found:
    """A file under the walk's root (`rel` its path from the root), or a `problem` met on the way."""

    path: Path
    rel: str
    problem: str | None = None


def is_glob(pattern: str) -> bool:
    """Whether a command-line input is a glob pattern rather than a path."""
    return any(ch in MAGIC for ch in pattern)


def glob_root(pattern: str) -> tuple[Path, list[str]]:
    """The leading folder of a pattern that holds no wildcard, and the pattern's parts after it."""
    parts = pattern.replace(os.sep, "/").split("/")
    n = 0
    while n < len(parts) - 1 and not is_glob(parts[n]):
        n += 1
    head = "/".join(parts[:n])
    root = Path(head if head else ("/" if pattern.startswith("/") else "."))
    return root, [p for p in parts[n:] if p not in ("", ".")]


# A walk's state is the set of pattern positions reached so far (an NFA over path components), so a
# pattern with several ** is matched in one pass and a folder no pattern part can enter is not listed.
State = frozenset[int]


def _component_matches(name: str, part: str) -> bool:
    if name.startswith(".") and not part.startswith("."):
        return False  # as glob: a wildcard does not match a hidden name
    return fnmatch.fnmatchcase(name, part)


def _closure(parts: list[str], state: set[int]) -> State:
    todo = list(state)
    while todo:
        i = todo.pop()
        if i < len(parts) and parts[i] == "**" and i + 1 not in state:
            state.add(i + 1)
            todo.append(i + 1)
    return frozenset(state)


def _step(parts: list[str], state: State, name: str) -> State:
    nxt: set[int] = set()
    for i in state:
        if i >= len(parts):
            continue
        if parts[i] == "**":
            if not name.startswith("."):
                nxt.add(i)
        elif _component_matches(name, parts[i]):
            nxt.add(i + 1)
    return _closure(parts, nxt)


def glob_files(pattern: str) -> Iterator[Found]:
    """The files a glob pattern matches (`**` for any depth), sorted, each once."""
    root, parts = glob_root(pattern)
    start = _closure(parts, {0})

    def enters(state: State) -> bool:
        return any(i < len(parts) for i in state)

    yield from walk(root, start, lambda s, name: _step(parts, s, name), enters,
                    lambda s, name: len(parts) in s)


def folder_files(root: Path, suffixes: tuple[str, ...]) -> Iterator[Found]:
    """The files under a folder, at any depth, whose suffix is one of `suffixes`, sorted, each once."""
    start: State = frozenset()
    yield from walk(root, start, lambda s, name: s, lambda s: True,
                    lambda s, name: Path(name).suffix.lower() in suffixes)


def _not_a_file(entry: os.DirEntry[str], path: Path) -> str:
    """Why a listed name that is neither a folder nor a regular file is not read (never skipped unsaid)."""
    try:
        mode = entry.stat().st_mode
    except OSError:
        return f"{path} is a symbolic link to nothing"
    what = "a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device file"
    return (f"{path} is {what}, not a file: a folder's pipes are not read (one could wait for ever); name it on "
            "the command line to read it")


def walk(root: Path, start: State, step: Callable[[State, str], State], enters: Callable[[State], bool],
         wanted: Callable[[State, str], bool]) -> Iterator[Found]:
    """Files under `root` that `wanted` accepts, and problems met, in sorted path order.

    `step` moves the state into a child by its name; a folder is listed only if `enters` its state."""
    seen_dirs: set[tuple[int, int, State]] = set()
    found: list[tuple[tuple[str, ...], tuple[int, int] | None, Found]] = []  # (parts, file identity, found)
    stack: list[tuple[Path, tuple[str, ...], State]] = [(root, (), start)]
    while stack:
        folder, rel, state = stack.pop()
        try:
            info = folder.stat()
            key = (info.st_dev, info.st_ino, state)
            if key in seen_dirs:
                continue  # reached again through a link: its files are already listed
            seen_dirs.add(key)
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as e:
            if not rel and isinstance(e, FileNotFoundError):
                continue  # a pattern's folder that does not exist matches nothing (the caller says so)
            found.append((rel, None, Found(folder, "/".join(rel) or str(folder),
                                         f"cannot list the folder {folder}: {e.strerror or e}")))
            continue
        folders: list[tuple[Path, tuple[str, ...], State]] = []
        for entry in sorted(entries, key=lambda e: e.name):
            child_rel = (*rel, entry.name)
            child_state = step(state, entry.name)
            path = Path(entry.path)
            try:
                is_dir = entry.is_dir()
                ident = None
                if not is_dir and entry.is_file():
                    info = entry.stat()
                    ident = (info.st_dev, info.st_ino)
            except OSError as e:
                if wanted(child_state, entry.name):
                    found.append((child_rel, None, Found(path, "/".join(child_rel),
                                                       f"cannot read {path}: {e.strerror}")))
                continue
            if is_dir:
                if enters(child_state):
                    folders.append((path, child_rel, child_state))
            elif wanted(child_state, entry.name):
                if ident is not None:
                    found.append((child_rel, ident, Found(path, "/".join(child_rel))))
                else:
                    found.append((child_rel, None, Found(path, "/".join(child_rel), _not_a_file(entry, path))))
        stack.extend(reversed(folders))  # depth first in sorted order: the first route to a folder names it
    found.sort(key=lambda row: row[0])
    seen_files: set[tuple[int, int]] = set()
    for _, real, f in found:
        if real is not None:
            if real in seen_files:
                continue  # the same file by another name (a link): one document
            seen_files.add(real)
        yield f
