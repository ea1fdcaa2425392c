"""JSONL: the one reader of JSON lines (inputs, outputs, gold), the appender of output lines, resume."""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

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
        if path and self._fd is not None:
            try:  # the file may be new: this run's OutputLock holds its identity from now on
                _adopt_if_held(path, self._fd)
            except BaseException:
                os.close(self._fd)
                raise

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
    """An exclusive lock on an output file for one run, held two ways:

    - by name: a lock file beside the output's real path (symbolic links resolved), holding the owner's
      process id; this covers an output that does not exist yet (its folder's real path and its name are
      all that names it);
    - by identity: a lock (flock) on the output file itself, which the system keys on the file, not on
      a name (device and inode on POSIX), so that a hard link, another name of the same file in any
      folder, is the same lock. It is taken when the lock is made if the output exists, else when the
      run creates it (Output), and moved to the new file when a repair replaces it (rewrite).

    A second run on the same output is refused at once (two runs would write every document twice).
    The locks go with the process, however it ends; a run that ends removes the lock file (one killed
    leaves it, and the next run takes it over). Where the file system cannot flock a file (or has no
    inodes to key one on), the name lock alone holds, as before."""

    def __init__(self, output: str) -> None:
        self.output = output
        self.path = lock_path(output)
        self.real = str(real_path(output))
        self._fd = self._lock_name()
        self._file_fd: int | None = None
        try:
            fd = _open_existing(self.real)
            if fd is not None:
                try:
                    self.adopt(fd)
                finally:
                    os.close(fd)
        except BaseException:
            self._drop_name()
            raise
        _HELD[self.real] = self

    def _lock_name(self) -> int:
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
                os.close(fd)
                raise OutputBusy(f"{self.output} is being written by another summariser run (process {holder}): "
                                 "wait for it to end, or write to another file") from None
            if _same_file(fd, self.path):
                break
            os.close(fd)  # the run before removed this lock file as we took it: take the new one
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode("ascii"))
        return fd

    def adopt(self, fd: int) -> None:
        """Hold the identity lock on the file `fd` is open on: the output, once created or replaced
        (a regular file only: a pipe or a device is no file two runs could fill). OutputBusy when
        another run holds it through another name."""
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return
        if self._file_fd is not None and _same_stat(os.fstat(self._file_fd), st):
            return
        held = os.dup(fd)  # a descriptor of our own, which outlives the caller's
        try:
            fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(held)
            raise OutputBusy(f"{self.output} is being written by another summariser run (process "
                             f"{_flock_holder(st)}) under another name of the same file (a hard link): wait for "
                             "it to end, or write to another file") from None
        except OSError:  # this file system has no flock: the name lock alone, as before
            os.close(held)
            return
        if self._file_fd is not None:
            os.close(self._file_fd)
        self._file_fd = held

    def release(self) -> None:
        """Remove the lock file, then let the locks go (in that order: a run waiting on this file finds
        it gone and takes a new one)."""
        _HELD.pop(self.real, None)
        if self._file_fd is not None:
            os.close(self._file_fd)
            self._file_fd = None
        self._drop_name()

    def _drop_name(self) -> None:
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        os.close(self._fd)  # closing the descriptor releases the lock


# The outputs this process holds a lock on, by real path: Output and rewrite hand the lock the file they
# create, so that it holds the file's identity from then on.
_HELD: dict[str, OutputLock] = {}


def _adopt_if_held(path: str | Path, fd: int) -> None:
    lock = _HELD.get(str(real_path(str(path))))
    if lock is not None:
        lock.adopt(fd)


def _open_existing(path: str) -> int | None:
    """A descriptor of the file at `path`, or None when there is none (or it cannot be opened: the run
    says why when it writes); never waits (a named pipe with no writer)."""
    try:
        return os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None


def _flock_holder(st: os.stat_result) -> str:
    """The process holding a flock on this file, from /proc/locks (Linux), else "unknown"."""
    key = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    try:
        table = Path("/proc/locks").read_text(encoding="ascii", errors="replace")
    except OSError:
        return "unknown"
    for line in table.splitlines():  # "1: FLOCK  ADVISORY  WRITE 4242 fd:01:1234 0 EOF" ("->" marks a waiter)
        fields = line.split()
        if "FLOCK" in fields and "->" not in fields and key in fields:
            return fields[fields.index(key) - 1]
    return "unknown"


def real_path(path: str) -> Path:
    """The real path of an output (symbolic links in it resolved), whether it exists yet or not."""
    return Path(os.path.realpath(path))


def lock_path(output: str) -> str:
    """The lock file of an output: beside its real path, a hidden name (.OUT.jsonl.lock)."""
    real = real_path(output)
    return str(real.with_name(f".{real.name}.lock"))


def _same_file(fd: int, path: str) -> bool:
    try:
        a, b = os.fstat(fd), os.stat(path)
    except OSError:
        return False
    return _same_stat(a, b)


def _same_stat(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


# Error types worth another try (the endpoint, a crash); an empty or binary input fails the same way again.
TRANSIENT = ("endpoint_", "internal")
RUN_RECORDS = "records.jsonl"  # the records file of a run that writes a folder (run --engine ray)


@dataclass
class Resume:
    """What a previous run left in an output: the ids it finished, and what the repair did."""

    done: set[str]
    dropped: int = 0  # damaged lines removed (torn, not JSON, not UTF-8): their documents are done again
    retried: int = 0  # transient error lines removed, under --retry-errors


def _record(line: bytes) -> dict[str, Any] | None:
    """An output line's record (a JSON object with a doc_id), or None for a line that is not one (torn,
    not JSON, not UTF-8): read from bytes, since a damaged line may not even decode."""
    try:
        value = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    return value if isinstance(value, dict) and "doc_id" in value else None


def _is_transient_error(record: dict[str, Any]) -> bool:
    error = record.get("error")
    kind = str(error.get("type", "")) if isinstance(error, dict) else ""
    return bool(kind) and kind.startswith(TRANSIENT)


def prepare_resume(path: str, *, retry_errors: bool = False) -> Resume:
    """Read what a previous run wrote to `path` and repair it for resuming: damaged lines (a line a
    killed run tore, a corrupted or undecodable one) and, with `retry_errors`, transient error lines
    are removed by an atomic rewrite, so that their documents are done again.

    Raises InputError, touching nothing, when the file is not an output of `summariser run`.
    """
    p = Path(path)
    data = p.read_bytes() if p.exists() else b""
    lines = [x for x in data.split(b"\n") if x.strip()]
    if not lines:
        return Resume(set())
    torn_only = len(lines) == 1 and not data.endswith(b"\n") and lines[0].lstrip().startswith(b"{")
    if _record(lines[0]) is None and not torn_only:
        raise InputError(f"{path} is not an output of `summariser run` (its first line is not a JSON record with a "
                         "doc_id); it was left as it is: choose another -o file")
    kept: list[bytes] = []
    done: set[str] = set()
    dropped = retried = 0
    for line in lines:
        record = _record(line)
        if record is None:
            dropped += 1
        elif retry_errors and _is_transient_error(record):
            retried += 1
        else:
            kept.append(line)
            done.add(str(record["doc_id"]))
    if dropped or retried:
        rewrite(p, kept)
    return Resume(done, dropped, retried)


def rewrite(path: Path, lines: Iterable[bytes]) -> None:
    """Replace `path` by these lines, atomically: a crash leaves the old file or the new one, whole.
    Through a symbolic link the file it names is replaced (the link stays), and a run's OutputLock
    holds the new file before it takes the old one's name."""
    path = real_path(str(path))
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            for line in lines:
                f.write(line + b"\n")
            f.flush()
            os.fsync(f.fileno())
            _adopt_if_held(path, f.fileno())
        os.replace(tmp, path)
    except BaseException:  # a full disk, say: the old file stays whole, and no half-written copy beside it
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def in_input_order(path: str, ids: list[str]) -> None:
    """Rewrite `path` (atomically) so that its lines follow `ids`, when a resume left them out of order
    (documents done again after a repair or a retry go at the end as they finish)."""
    p = Path(path)
    lines = [x for x in p.read_bytes().split(b"\n") if x.strip()]
    by_id: dict[str, bytes] = {}
    others: list[bytes] = []
    for line in lines:
        record = _record(line)
        if record is None:
            others.append(line)
        else:
            by_id[str(record["doc_id"])] = line  # the last line of an id is its newest
    ordered = [by_id.pop(i) for i in ids if i in by_id] + list(by_id.values()) + others
    if ordered != lines:
        rewrite(p, ordered)
