"""The output lock (batch/jsonl.py OutputLock): one run per output file, whatever name reaches it.

It was keyed on the real path (symbolic links resolved): two hard-linked names of one file were two
locks, so two runs could write one file."""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from summariser.batch import jsonl
from summariser.batch.jsonl import Output, OutputBusy, OutputLock, in_input_order, prepare_resume
from summariser.cli.main import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"


def _line(doc_id: str) -> bytes:
    return json.dumps({"doc_id": doc_id, "headline": "全市规上工业增加值增长6.1%"}, ensure_ascii=False).encode()


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    """Two folders, so that the two names have two lock files beside them."""
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    return a, b


def test_a_hard_link_to_a_locked_output_is_refused(tmp_path: Path) -> None:
    a, b = _folders(tmp_path)
    out = a / "out.jsonl"
    out.write_bytes(_line("x1") + b"\n")
    os.link(out, b / "link.jsonl")
    held = OutputLock(str(out))
    try:
        with pytest.raises(OutputBusy, match="hard link"):
            OutputLock(str(b / "link.jsonl"))
        assert not (b / ".link.jsonl.lock").exists()  # the refused run leaves no lock file
    finally:
        held.release()
    OutputLock(str(b / "link.jsonl")).release()  # once the first run ends, the other name is free


def test_a_second_run_through_a_hard_link_exits_2_and_leaves_the_file_alone(tmp_path: Path) -> None:
    a, b = _folders(tmp_path)
    out = a / "out.jsonl"
    out.write_bytes(_line("x1") + b"\n")
    os.link(out, b / "link.jsonl")
    held = OutputLock(str(out))  # another run is writing out.jsonl
    try:
        r = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(b / "link.jsonl"), "--resume"])
        assert r.exit_code == 2 and "another summariser run" in r.stderr, r.output
        if Path("/proc/locks").exists():
            assert f"process {os.getpid()}" in r.stderr
    finally:
        held.release()
    assert out.read_bytes() == _line("x1") + b"\n"


def test_an_output_created_by_the_run_is_held_through_a_hard_link_made_later(tmp_path: Path) -> None:
    a, b = _folders(tmp_path)
    out = a / "out.jsonl"
    held = OutputLock(str(out))  # no file yet: the name is all there is to lock
    try:
        assert not out.exists()
        writer = Output(str(out))  # the run creates it
        writer.write_line(_line("x1").decode() + "\n")
        os.link(out, b / "link.jsonl")
        with pytest.raises(OutputBusy):
            OutputLock(str(b / "link.jsonl"))
        writer.close()
        with pytest.raises(OutputBusy):  # closing the writer does not let the lock go
            OutputLock(str(b / "link.jsonl"))
    finally:
        held.release()


def test_the_lock_follows_the_output_when_a_repair_replaces_it(tmp_path: Path) -> None:
    a, b = _folders(tmp_path)
    out = a / "out.jsonl"
    out.write_bytes(_line("x2") + b"\n" + _line("x1") + b"\n" + b'{"doc_id": "x3", "head')  # a torn last line
    held = OutputLock(str(out))
    first = os.open(out, os.O_RDONLY)  # kept open, so that no new file can be given its inode
    try:
        assert prepare_resume(str(out)).dropped == 1
        in_input_order(str(out), ["x1", "x2"])
        assert os.fstat(first).st_ino != out.stat().st_ino  # a new file took the name (atomic rewrites)
        os.link(out, b / "link.jsonl")
        with pytest.raises(OutputBusy):
            OutputLock(str(b / "link.jsonl"))
    finally:
        os.close(first)
        held.release()


def test_a_repair_through_a_symbolic_link_replaces_the_file_it_names(tmp_path: Path) -> None:
    """The repair replaced the link itself by a file: the link's target kept the torn line."""
    out = tmp_path / "out.jsonl"
    out.write_bytes(_line("x1") + b"\n" + b'{"doc_id": "x2", "he')
    link = tmp_path / "link.jsonl"
    link.symlink_to(out)
    assert prepare_resume(str(link)).dropped == 1
    assert link.is_symlink() and out.read_bytes() == _line("x1") + b"\n"


def test_a_run_ends_with_no_lock_file_and_the_output_free(tmp_path: Path) -> None:
    a, b = _folders(tmp_path)
    out = a / "out.jsonl"
    assert CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(out)]).exit_code == 0
    os.link(out, b / "link.jsonl")
    r = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(b / "link.jsonl"), "--resume"])
    assert r.exit_code == 0, r.output
    assert sorted(p.name for p in a.iterdir()) == ["out.jsonl"] and sorted(p.name for p in b.iterdir()) == [
        "link.jsonl"]
    assert not {str(jsonl.real_path(str(p))) for p in (out, b / "link.jsonl")} & set(jsonl._HELD)  # both let go


def test_where_the_file_system_has_no_flock_the_name_lock_still_holds(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that cannot be locked by identity (no flock there) still has its name lock, as before."""
    out = tmp_path / "out.jsonl"
    out.write_bytes(_line("x1") + b"\n")
    real_flock = fcntl.flock
    name_lock_fds: set[int] = set()

    def flock(fd: int, op: int) -> None:
        if os.fstat(fd).st_ino != out.stat().st_ino:
            name_lock_fds.add(fd)
            return real_flock(fd, op)
        raise OSError(95, "Operation not supported")

    monkeypatch.setattr(fcntl, "flock", flock)
    held = OutputLock(str(out))
    try:
        assert name_lock_fds
        with pytest.raises(OutputBusy, match=r"process \d+"):
            OutputLock(str(out))
    finally:
        held.release()
    assert not (tmp_path / ".out.jsonl.lock").exists()


def test_a_named_pipe_output_takes_no_identity_lock_and_never_waits(tmp_path: Path) -> None:
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    held = OutputLock(str(fifo))  # opening a pipe to read would wait for a writer; this returns at once
    try:
        assert held._file_fd is None
    finally:
        held.release()
