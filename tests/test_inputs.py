"""Every input the user names is accounted for: symlink loops walked once, unreadable folders and
files reported as error lines, never a traceback (issue 16, item 6)."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from summariser.batch.inputs import iter_inputs, read_item
from summariser.batch.walk import folder_files, glob_files
from summariser.cli.main import main

TEXT = "2024年1—9月，全市规模以上工业增加值同比增长6.2%。\n"


def tree(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(TEXT, encoding="utf-8")
    (root / "sub" / "b.txt").write_text(TEXT, encoding="utf-8")
    return root


def ids(paths: list[str]) -> list[tuple[str, str | None]]:
    return [(it.id, it.problem[0] if it.problem else None) for it in iter_inputs(paths)]


def test_a_symlink_loop_is_walked_once_by_glob_and_folder(tmp_path: Path) -> None:
    root = tree(tmp_path)
    (root / "loop").symlink_to(root)  # in/loop -> in
    (root / "sub" / "up").symlink_to(root)  # in/sub/up -> in: two loops, exponential for glob.glob
    assert [f.rel for f in glob_files(f"{root}/**/*.txt")] == ["a.txt", "sub/b.txt"]
    assert [f.rel for f in folder_files(root, (".txt",))] == ["a.txt", "sub/b.txt"]
    assert ids([str(root)]) == [("a.txt", None), ("sub/b.txt", None)]


def test_a_file_linked_under_two_names_is_one_document(tmp_path: Path) -> None:
    root = tree(tmp_path)
    (root / "z.txt").symlink_to(root / "a.txt")
    assert ids([str(root)]) == [("a.txt", None), ("sub/b.txt", None)]


def test_a_link_to_nothing_is_an_error_line(tmp_path: Path) -> None:
    root = tree(tmp_path)
    (root / "gone.txt").symlink_to(root / "missing.txt")
    assert ids([str(root)]) == [("a.txt", None), ("gone.txt", "unreadable"), ("sub/b.txt", None)]


def _deny(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make `folder` unlistable and everything under it unreachable, as chmod 000 does for a user
    who is not root (the tests run as root too, where chmod does not bite)."""
    real_scandir, real_stat = os.scandir, os.stat
    denied = str(folder)

    def scandir(path: Any = ".") -> Any:
        if os.fspath(path) == denied:
            raise PermissionError(errno.EACCES, "Permission denied", denied)
        return real_scandir(path)

    def stat(path: Any, *args: Any, **kwargs: Any) -> Any:
        if os.fspath(path).startswith(denied + os.sep):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "stat", stat)


def test_an_unreadable_subfolder_is_an_error_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tree(tmp_path)
    _deny(monkeypatch, root / "sub")
    items = list(iter_inputs([str(root)]))
    assert [(it.id, it.problem[0] if it.problem else None) for it in items] == [("a.txt", None),
                                                                               ("sub", "unreadable")]
    problem = items[1].problem or ("", "")
    assert "cannot list the folder" in problem[1] and "Permission denied" in problem[1]
    globbed = ids([f"{root}/**/*.txt"])
    assert globbed == [("a.txt", None), ("sub", "unreadable")]


def test_an_explicit_path_inside_an_unreadable_folder_is_an_error_line(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    root = tree(tmp_path)
    _deny(monkeypatch, root / "sub")
    assert ids([str(root / "sub" / "b.txt"), str(root / "a.txt")]) == [(str(root / "sub" / "b.txt"), "unreadable"),
                                                                      ("a.txt", None)]


def test_a_file_that_cannot_be_read_is_an_error_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tree(tmp_path)
    (item,) = [it for it in iter_inputs([str(root / "a.txt")])]

    def refuse() -> bytes:
        raise PermissionError(errno.EACCES, "Permission denied")

    item.read = refuse
    assert read_item(item) == (None, ("unreadable", f"cannot read {item.source}: Permission denied"))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any folder: chmod cannot make one unreadable")
def test_a_chmod_000_folder_for_a_user(tmp_path: Path) -> None:
    root = tree(tmp_path)
    (root / "sub").chmod(0)
    try:
        assert ids([str(root)]) == [("a.txt", None), ("sub", "unreadable")]
    finally:
        (root / "sub").chmod(0o755)


def test_the_cli_writes_a_line_for_every_input_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tree(tmp_path)
    (root / "loop").symlink_to(root)
    out = tmp_path / "out.jsonl"
    _deny(monkeypatch, root / "sub")
    r = CliRunner().invoke(main, ["run", str(root), str(root / "sub" / "b.txt"), "-o", str(out)])
    assert r.exception is None or isinstance(r.exception, SystemExit), r.output
    got = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(g["doc_id"], (g.get("error") or {}).get("type")) for g in got] == [
        ("a.txt", None), ("sub", "unreadable"), (str(root / "sub" / "b.txt"), "unreadable")]


def test_a_repeated_jsonl_id_names_its_own_line(tmp_path: Path) -> None:
    """Both records of a repeated id had `source` PATH#a, which `check` and `report` read as the first
    record's text: the second document was re-checked against the wrong article."""
    from summariser.batch.inputs import read_source

    data = tmp_path / "in.jsonl"
    first, second = "今年1至9月，全市规上工业增加值同比增长6.2%。", "全年完成工业投资390亿元，新增企业26家。"
    data.write_text(json.dumps({"id": "a", "text": first}, ensure_ascii=False) + "\n\n"
                    + json.dumps({"id": "a", "text": second}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert CliRunner().invoke(main, ["run", str(data), "-o", str(out)]).exit_code == 0
    recs = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in recs] == ["a", "a#2"]
    assert [r["source"] for r in recs] == [f"{data}#a", f"{data}#a#2"]  # the first as before, the second its own
    assert [read_source(r["source"]) for r in recs] == [first, second]
    r = CliRunner().invoke(main, ["check", str(out), "--strict"])
    assert r.exit_code == 0 and "0 documents whose source" in r.stderr, r.output


def test_a_jsonl_input_read_while_it_is_appended(tmp_path: Path) -> None:
    """Its partial last line was an error line, left beside the document's own line after a resume."""
    data = tmp_path / "in.jsonl"
    whole = json.dumps({"id": "b", "text": "全年完成工业投资390亿元。"}, ensure_ascii=False) + "\n"
    data.write_text(json.dumps({"id": "a", "text": TEXT}, ensure_ascii=False) + "\n" + whole[:20], encoding="utf-8")
    with pytest.warns(RuntimeWarning, match="still being written"):
        assert ids([str(data)]) == [("a", None)]
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["run", str(data), "-o", str(out)])
    assert r.exit_code == 0 and "still being written" in r.stderr, r.output
    with data.open("a", encoding="utf-8") as f:
        f.write(whole[20:])
    assert CliRunner().invoke(main, ["run", str(data), "-o", str(out), "--resume"]).exit_code == 0
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [(g["doc_id"], "error" in g) for g in got] == [("a", False), ("b", False)]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "c", "te\n{"id": "d", "text": "x"}\n', encoding="utf-8")  # a bad line inside stays a line
    assert ids([str(bad)]) == [("bad.jsonl:1", "bad_jsonl"), ("d", None)]


@pytest.mark.parametrize("text, expected", [
    ('{"id": "a", "text": "全市工业增加值增长6.2%。"}\n\n{"id": "b", "text": "工业投资390亿元。"}\n', ["a", "b"]),
    ('{注：以下为全文}\n2024年1—9月，全市规模以上工业增加值同比增长6.2%。\n', ["stdin"]),
    ('{"id": "a", "text": "x"}\n今年以来，全市工业投资完成390亿元。\n', ["stdin"]),
])
def test_standard_input_is_jsonl_only_when_every_line_is_a_json_object(text: str, expected: list[str]) -> None:
    """An article starting with a brace was read as JSONL: a bad_jsonl error line per line of it."""
    import io

    got = list(iter_inputs(["-"], stdin=io.BytesIO(text.encode("utf-8"))))
    assert [(it.id, it.problem) for it in got] == [(i, None) for i in expected]
    if expected == ["stdin"]:
        assert read_item(got[0])[0] == text.encode("utf-8")


def test_a_named_pipe_is_read_when_named_and_reported_in_a_folder(tmp_path: Path) -> None:
    """A FIFO in a folder was skipped with no line; one named on the command line was 'no such file'."""
    import threading

    root = tree(tmp_path)
    os.mkfifo(root / "pipe.txt")
    named = tmp_path / "named.txt"
    os.mkfifo(named)
    assert ids([str(root)]) == [("a.txt", None), ("pipe.txt", "unreadable"), ("sub/b.txt", None)]
    pipe_problem = [it for it in iter_inputs([str(root)]) if it.id == "pipe.txt"][0].problem
    assert pipe_problem is not None and "named pipe" in pipe_problem[1]

    def writer() -> None:
        with named.open("w", encoding="utf-8") as f:
            f.write(TEXT)

    t = threading.Thread(target=writer)
    t.start()
    (item,) = list(iter_inputs([str(named)]))
    assert item.problem is None and read_item(item) == (TEXT.encode("utf-8"), None)
    t.join(timeout=10)
