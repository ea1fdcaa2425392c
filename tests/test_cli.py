"""The command line: run and check, with the offline engine and a scripted server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from summariser import EndpointError, Settings, summarise
from summariser.cli.main import main
from summariser.llm.modes import forget_modes

from .conftest import ROOT
from .scripted_server import Reply, ScriptedServer, completion, cooperative, first_user

EXAMPLES = ROOT / "examples" / "articles"


def article(i: int) -> str:
    rnd = random.Random(i)
    return (f"某县第{i}号工业简报\n今年1至9月，全县规上工业增加值同比增长{rnd.randint(1, 200) / 10}%，"
            f"完成工业投资{rnd.randint(10, 900)}亿元，新增规上企业{rnd.randint(1, 90)}家。")


def articles_folder(tmp_path: Path, n: int, digits: int) -> Path:
    """A folder `in` of n generated articles named a000.txt (or a00.txt, by `digits`), ..."""
    src = tmp_path / "in"
    src.mkdir()
    for i in range(n):
        (src / f"a{i:0{digits}d}.txt").write_text(article(i), encoding="utf-8")
    return src


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("cmd", [[], ["run"], ["check"]])
def test_every_command_has_help_with_examples(cmd: list[str]) -> None:
    r = CliRunner().invoke(main, [*cmd, "--help"])
    assert r.exit_code == 0 and "Examples:" in r.output
    assert CliRunner().invoke(main, [*cmd, "-h"]).output == r.output


def test_run_on_a_folder(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(out)])
    assert r.exit_code == 0, r.output
    recs = lines(out)
    assert [x["doc_id"] for x in recs] == sorted(p.name for p in EXAMPLES.glob("*.txt"))
    assert all(x["provenance"]["engine"] == "rules" for x in recs)
    assert "no endpoint set" in r.stderr and "done: 3 documents" in r.stderr


@pytest.mark.parametrize("workers", ["1", "2"])
def test_hundreds_of_documents_with_bad_inputs_mixed_in(tmp_path: Path, workers: str) -> None:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    names = []
    for i in range(240):
        name = f"sub/a{i:03d}.txt" if i % 3 == 0 else f"a{i:03d}.txt"
        (src / name).write_text(article(i), encoding="utf-8")
        names.append(name)
    (src / "b_empty.txt").write_text("  \n")
    (src / "b_binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR" * 10)
    (src / "b_undecodable.txt").write_bytes("全县工业".encode() + b"\xff\xfe\xfa\xfb\x80\x80\x80\x80")
    (src / "b_big.txt").write_text(article(1) * 2000, encoding="utf-8")
    (src / "b_gbk.txt").write_bytes(article(7).encode("gb18030"))
    (src / "c.jsonl").write_text('{"id": "j1", "text": "新增企业12家。"}\nnot json\n{"id": "j3"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "--max-bytes", "100000", "--workers", workers])
    assert r.exit_code == 1, r.output  # some documents failed
    recs = lines(out)
    assert len(recs) == 240 + 5 + 3  # one line per input document, never a missing one
    assert [x["doc_id"] for x in recs][:3] == ["a001.txt", "a002.txt", "a004.txt"]  # input order
    errors = {x["doc_id"]: x["error"]["type"] for x in recs if "error" in x}
    assert errors == {"b_empty.txt": "empty", "b_binary.txt": "binary", "b_undecodable.txt": "undecodable",
                      "b_big.txt": "too_large", "c.jsonl:2": "bad_jsonl", "j3": "bad_jsonl"}
    gbk = next(x for x in recs if x["doc_id"] == "b_gbk.txt")
    assert "error" not in gbk and gbk["figures"]
    assert "undecodable" in r.stderr and "done: 248 documents" in r.stderr


def test_stdin_to_stdout() -> None:
    data = "\n".join(json.dumps({"id": f"d{i}", "text": article(i)}, ensure_ascii=False) for i in range(5))
    r = CliRunner().invoke(main, ["run", "-"], input=data)
    assert r.exit_code == 0
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["doc_id"] for x in recs] == [f"d{i}" for i in range(5)]
    plain = CliRunner().invoke(main, ["run", "-"], input=article(3))
    assert json.loads(plain.stdout)["doc_id"] == "stdin"


@pytest.mark.parametrize("args, words", [
    (["run", "x.txt", "--resume"], "--resume needs -o"),
    (["run", "x.txt", "--mode", "xml"], "Invalid value"),
    (["run"], "Missing argument"),
])
def test_usage_errors_exit_2(args: list[str], words: str) -> None:
    r = CliRunner().invoke(main, args)
    assert r.exit_code == 2 and words in r.output


def test_an_existing_output_needs_resume(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"doc_id": "x"}\n')
    r = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(out)])
    assert r.exit_code == 2 and "--resume" in r.stderr
    assert out.read_text() == '{"doc_id": "x"}\n'  # nothing lost


def test_missing_input_is_an_error_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["run", str(tmp_path / "nope.txt"), str(EXAMPLES / "jingshan_trad_ruby.txt"),
                                  "-o", str(out)])
    assert r.exit_code == 1
    assert [x.get("error", {}).get("type") for x in lines(out)] == ["not_found", None]


def test_kill_and_resume_completes_without_duplicates(tmp_path: Path) -> None:
    src = articles_folder(tmp_path, 300, digits=3)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "summariser", "run", str(src), "-o", str(out)]
    env = {**os.environ, "SUMMARISER_CACHE_DIR": str(tmp_path / "cache")}
    proc = subprocess.Popen(cmd, env=env, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    written = out.read_bytes()
    assert 0 < written.count(b"\n") < 300, "the kill should land mid-run"
    out.write_bytes(written + b'{"doc_id": "a2', )  # and a torn line, as a kill inside write() would leave
    r = subprocess.run([*cmd, "--resume"], env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    ids = [x["doc_id"] for x in lines(out)]
    assert len(ids) == 300 and len(set(ids)) == 300
    assert "already done" in r.stderr


def test_check_reports_changed_verdicts(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    CliRunner().invoke(main, ["run", str(EXAMPLES / "xiangcheng_q3_industry.txt"), "-o", str(out)])
    rec = lines(out)[0]
    r = CliRunner().invoke(main, ["check", str(out), "--strict"])
    assert r.exit_code == 0 and "0 verdicts changed" in r.stderr
    rec["figures"][0]["value"] = 78  # as if an older checker had accepted a wrong number
    out.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(out), "--strict", "-o", str(tmp_path / "new.jsonl")])
    assert r.exit_code == 1 and "supported -> unsupported" in r.stdout and "1 verdicts changed" in r.stderr
    assert lines(tmp_path / "new.jsonl")[0]["figures"][0]["check"]["status"] == "unsupported"


def test_model_batch_keeps_input_order_and_isolates_a_failing_document(tmp_path: Path) -> None:
    rnd = random.Random(0)

    def script(body: dict[str, Any], n: int) -> Reply:
        text = first_user(body) if body.get("messages") else ""
        if "第13号" in text:
            return Reply(500, {"error": {"message": "boom"}})
        reply = cooperative(body)
        reply.delay = rnd.random() * 0.05  # answers come back out of order
        return reply

    src = articles_folder(tmp_path, 40, digits=3)
    out = tmp_path / "out.jsonl"
    with ScriptedServer(script) as server:
        r = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "--base-url", server.url, "--model", "m",
                                      "--mode", "json_object", "--concurrency", "8", "--no-cache"],
                               env={"SUMMARISER_TIMEOUT": "5"})
    recs = lines(out)
    assert [x["doc_id"] for x in recs] == [f"a{i:03d}.txt" for i in range(40)]
    failed = [x for x in recs if "error" in x]
    assert [x["doc_id"] for x in failed] == ["a013.txt"] and failed[0]["error"]["type"] == "endpoint_server"
    assert r.exit_code == 1 and all(x["provenance"]["engine"] == "llm" for x in recs if "error" not in x)


def test_a_batch_in_auto_mode_probes_the_endpoint_once(tmp_path: Path) -> None:
    src = articles_folder(tmp_path, 12, digits=2)
    with ScriptedServer(modes=("json_object",)) as server:
        r = CliRunner().invoke(main, ["run", str(src), "-o", str(tmp_path / "out.jsonl"), "--base-url", server.url,
                                      "--model", "m", "--concurrency", "8", "--no-cache"])
        probes = [b for b in server.requests if "ok" in json.dumps(b.get("response_format"))]
    assert r.exit_code == 0, r.output
    # json_schema refused, json_object accepted: two probe calls for the whole batch, then one call a document
    assert len(probes) == 2 and len(server.requests) == 2 + 12


def test_workers_write_what_one_process_writes(tmp_path: Path) -> None:
    src = articles_folder(tmp_path, 30, digits=2)
    outs = []
    with ScriptedServer() as server:
        for workers in ("1", "3"):
            forget_modes()  # each run a new process
            out, before = tmp_path / f"out{workers}.jsonl", len(server.requests)
            r = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "--base-url", server.url, "--model", "m",
                                          "--concurrency", "6", "--workers", workers, "--no-cache"])
            sent = server.requests[before:]
            probes = [b for b in sent if "ok" in json.dumps(b.get("response_format"))]
            assert r.exit_code == 0, r.output
            assert len(probes) == 1 and len(sent) == 1 + 30  # the mode is resolved once, not per worker
            recs = lines(out)
            for x in recs:
                x["provenance"].pop("seconds")
            outs.append(recs)
    assert [x["doc_id"] for x in outs[1]] == [f"a{i:02d}.txt" for i in range(30)]
    for a, b in zip(*outs, strict=True):
        assert {k: v for k, v in a.items() if v != b.get(k)} == {}


def test_a_worker_that_dies_leaves_an_error_line_for_each_document_it_held(tmp_path: Path) -> None:
    import multiprocessing
    import threading

    def slow(body: dict[str, Any], n: int) -> Reply:
        reply = cooperative(body)
        reply.delay = 0.3
        return reply

    def kill_one_worker() -> None:
        for _ in range(200):
            workers = multiprocessing.active_children()
            if len(workers) == 2 and len(server.requests) >= 4:
                os.kill(workers[0].pid or 0, signal.SIGKILL)
                return
            time.sleep(0.05)

    src = articles_folder(tmp_path, 40, digits=2)
    out = tmp_path / "out.jsonl"
    with ScriptedServer(slow) as server:
        killer = threading.Thread(target=kill_one_worker)
        killer.start()
        r = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "--base-url", server.url, "--model", "m",
                                      "--mode", "json_object", "--concurrency", "4", "--workers", "2", "--no-cache"])
        killer.join()
    recs = lines(out)
    assert [x["doc_id"] for x in recs] == [f"a{i:02d}.txt" for i in range(40)]  # nothing dropped
    died = [x for x in recs if "error" in x]
    assert died and all("worker process died" in x["error"]["message"] for x in died)
    assert len(died) < 40 and r.exit_code == 1  # the other worker finished the rest


@pytest.mark.parametrize("cmd", [["check"], ["report", "-o", "r.html"], ["eval", "--gold", "GOLD"]])
def test_a_torn_output_file_is_a_usage_error_naming_the_line(tmp_path: Path, cmd: list[str]) -> None:
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["run", str(ROOT / "examples" / "articles"), "-o", str(out)])
    assert r.exit_code == 0
    good = out.read_text(encoding="utf-8")
    with open(out, "a", encoding="utf-8") as f:
        f.write(good.splitlines()[0][:50])  # a run killed mid-line
    args = [str(out) if a == "GOLD" else str(tmp_path / a) if a == "r.html" else a for a in cmd]
    r = CliRunner().invoke(main, [*args, str(out)])
    assert r.exit_code == 2 and f"{out}:4 is not JSON" in r.stderr and "--resume" in r.stderr
    assert r.exception is None or isinstance(r.exception, SystemExit)


def test_an_output_line_is_the_summary_json_and_an_empty_article_is_flagged() -> None:
    from summariser import Settings, summarise
    from summariser.batch.records import summary_line

    text = (ROOT / "examples" / "articles" / "xiangcheng_q3_industry.txt").read_text(encoding="utf-8")
    offline = Settings.from_env(env={})
    r = summarise(text, settings=offline)
    d = summary_line(r)
    assert d.line.endswith("\n") and d.line.count("\n") == 1 and "\\u" not in d.line  # one line, UTF-8 kept
    assert json.loads(d.line) == r.model_dump(mode="json") and d.error is None
    empty = summary_line(summarise("首页 | 登录 | 无障碍\n版权所有：某某市人民政府", settings=offline))
    assert json.loads(empty.line)["warning"] == "no article text found after cleaning"


def test_the_batch_job_collects_garbage_less_often_and_restores_the_setting(tmp_path: Path) -> None:
    import asyncio
    import gc

    from summariser import Settings
    from summariser.batch.inputs import Item
    from summariser.batch.jsonl import Output
    from summariser.batch.runner import run_batch

    before = gc.get_threshold()
    seen: list[int] = []

    def read() -> str:
        seen.append(gc.get_threshold()[0])
        return "全市规上工业增加值增长8.5%，新增企业26家。"

    out = tmp_path / "out.jsonl"
    output = Output(str(out))
    asyncio.run(run_batch([Item("a", "a", read=read)], Settings.from_env(env={}), output))
    output.close()
    assert seen and seen[0] >= 20_000 > before[0]  # raised while the batch runs
    assert gc.get_threshold() == before  # and put back
    assert json.loads(out.read_text(encoding="utf-8"))["figures"]


def test_unsupported_raise_fails_a_document_for_an_invented_summary_number(tmp_path: Path) -> None:
    def invents(body: dict[str, Any], n: int) -> Any:
        reply = cooperative(body)
        answer = json.loads(reply.body["choices"][0]["message"]["content"])
        answer["summary"] = "全县工业投资达999亿元。"
        return Reply(body={**reply.body, "choices": [{"index": 0, "finish_reason": "stop", "message": {
            "role": "assistant", "content": json.dumps(answer, ensure_ascii=False)}}]})

    src = articles_folder(tmp_path, 2, 1)
    out = tmp_path / "out.jsonl"
    with ScriptedServer(invents) as server:
        r = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "--base-url", server.url, "--model", "m",
                                      "--mode", "json_object", "--unsupported", "raise", "--no-cache"])
    recs = lines(out)
    assert r.exit_code == 1 and [x["error"]["type"] for x in recs] == ["unsupported_figures"] * 2
    assert all("999亿元" in x["error"]["message"] for x in recs)


def test_a_name_or_id_that_is_not_utf8_gets_its_line_and_nothing_after_it_is_lost(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(article(1), encoding="utf-8")
    with open(os.fsdecode(bytes(src) + b"/b\xff\xfe.txt"), "w", encoding="utf-8") as f:  # a Latin-1 file name
        f.write(article(2))
    (src / "c.jsonl").write_text('{"id": "\\ud800x", "text": "增长9%，新增企业2家。\\ud800"}\n'
                                 '{"id": "after", "text": "增长7%"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["run", str(src), "-o", str(out)])
    recs = lines(out)
    assert r.exit_code == 0, r.output
    assert [x["doc_id"] for x in recs] == ["a.txt", "b\\udcff\\udcfe.txt", "\\ud800x", "after"]
    assert all("error" not in x and x["figures"] for x in recs)
    assert {(f["value"], f["unit"]) for f in recs[2]["figures"]} == {(9, "%"), (2, "家")}  # the text was read


def test_repeated_ids_never_collide_with_real_ones_and_resume_is_exact(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": article(n)}, ensure_ascii=False) + "\n"
                           for n, i in enumerate(["a", "a", "a#2", "a"])), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert CliRunner().invoke(main, ["run", str(src), "-o", str(out)]).exit_code == 0
    ids = [x["doc_id"] for x in lines(out)]
    assert ids == ["a", "a#3", "a#2", "a#4"]
    whole = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(whole[:2]), encoding="utf-8")  # interrupted after two lines
    assert CliRunner().invoke(main, ["run", str(src), "-o", str(out), "--resume"]).exit_code == 0
    assert [x["doc_id"] for x in lines(out)] == ids  # each exactly once
    assert [x["figures"] for x in lines(out)] == [json.loads(w)["figures"] for w in whole]


def test_tokens_spent_on_a_failed_document_are_counted(tmp_path: Path) -> None:
    """Every reply costs 100 tokens in and 50 out (the scripted server's usage)."""

    def script(body: dict[str, Any], n: int) -> Reply:
        if "第1号" in first_user(body) and "（第2部分）" in first_user(body):
            return Reply(body=completion("not json"))  # the second chunk of a1 never validates
        return cooperative(body)

    src = tmp_path / "in"
    src.mkdir()
    (src / "a0.txt").write_text(article(0), encoding="utf-8")
    (src / "a1.txt").write_text("某县第1号工业简报\n" + "\n".join(article(i).split("\n", 1)[1] for i in range(20)),
                                encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with ScriptedServer(script) as server:
        r = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "--base-url", server.url, "--model", "m",
                                      "--mode", "json_object", "--no-cache"], env={"SUMMARISER_CHUNK_CHARS": "500"})
        calls = len(server.extraction_requests())  # the preflight's tiny request aside
    ok, failed = lines(out)
    assert failed["error"]["type"] == "validation" and r.exit_code == 1
    # a1: its first chunk's call, and the second chunk's first answer and two schema re-asks
    assert failed["error"]["tokens_in"] == 100 * (calls - 1) and failed["error"]["tokens_out"] == 50 * (calls - 1)
    assert f"{100 * calls:,} tokens in / {50 * calls:,} out" in r.stderr


def _slow(body: dict[str, Any], n: int) -> Reply:
    return Reply(body=cooperative(body).body, delay=0.2)


def _spawn_run(src: Path, out: Path, server: ScriptedServer, *extra: str, stderr: int) -> subprocess.Popen[str]:
    """`summariser run` in a process of its own, against the scripted server."""
    return subprocess.Popen([sys.executable, "-m", "summariser", "run", str(src), "-o", str(out), "--base-url",
                             server.url, "--model", "m", "--mode", "json_object", "--no-cache", *extra],
                            stderr=stderr, text=True)


def test_workers_exit_when_their_parent_is_killed(tmp_path: Path) -> None:
    src = articles_folder(tmp_path, 400, digits=3)
    out = tmp_path / "out.jsonl"
    with ScriptedServer(_slow) as server:
        parent = _spawn_run(src, out, server, "--workers", "2", stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and len(server.requests) < 10:  # the workers are at work
                time.sleep(0.1)
            children = _children(parent.pid)
            assert len(children) >= 2
        finally:
            parent.kill()
            parent.wait()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and any(_alive(c) for c in children):
            time.sleep(0.2)
    assert not any(_alive(c) for c in children)


def _children(pid: int) -> list[int]:
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            if f"\nPPid:\t{pid}\n" in status.read_text():
                found.append(int(status.parent.name))
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def test_a_second_run_on_the_same_output_is_refused_while_the_first_runs(tmp_path: Path) -> None:
    from summariser.batch.jsonl import OutputLock

    out = tmp_path / "out.jsonl"
    held = OutputLock(str(out))  # another run holds the output
    try:
        r = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(out), "--resume"])
        assert r.exit_code == 2 and f"process {os.getpid()}" in r.stderr and not out.exists()
    finally:
        held.release()
    assert CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(out)]).exit_code == 0
    assert len(lines(out)) == 3


def test_two_names_of_one_output_are_one_lock(tmp_path: Path) -> None:
    """The lock was keyed on the path string: through a symbolic link a second run wrote the same file."""
    from summariser.batch.jsonl import OutputLock

    out = tmp_path / "out.jsonl"
    (tmp_path / "link.jsonl").symlink_to(out)
    (tmp_path / "dir").symlink_to(tmp_path)
    held = OutputLock(str(out))
    try:
        for other in (tmp_path / "link.jsonl", tmp_path / "dir" / "out.jsonl"):
            r = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(other)])
            assert r.exit_code == 2 and "another summariser run" in r.stderr, r.output
        assert not out.exists()
    finally:
        held.release()


def test_a_finished_run_leaves_no_lock_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(out)]).exit_code == 0
    assert CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(out), "--resume"]).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_an_output_inside_an_input_folder_is_not_read_back_as_input(tmp_path: Path) -> None:
    """Each --resume read the output (a .jsonl in the input folder) as a JSONL input: an error line per record."""
    src = articles_folder(tmp_path, 3, digits=1)
    out = src / "out.jsonl"
    assert CliRunner().invoke(main, ["run", str(src), "-o", str(out)]).exit_code == 0
    for _ in range(2):
        r = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "--resume"])
        assert r.exit_code == 0, r.output
    assert [x["doc_id"] for x in lines(out)] == ["a0.txt", "a1.txt", "a2.txt"]
    r = CliRunner().invoke(main, ["run", str(out), "-o", str(out), "--resume"])
    assert r.exit_code == 2 and "is the output of this run" in r.stderr


def test_ctrl_c_exits_130_after_the_summary_line(tmp_path: Path) -> None:
    src = articles_folder(tmp_path, 300, digits=3)
    out = tmp_path / "out.jsonl"
    with ScriptedServer(_slow) as server:
        run = _spawn_run(src, out, server, "--concurrency", "2", stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(server.requests) < 4:
            time.sleep(0.1)
        run.send_signal(signal.SIGINT)
        _, err = run.communicate(timeout=60)
    assert run.returncode == 130 and "interrupted: " in err and "--resume" in err
    assert "done: " not in err  # a run stopped half-way is not "done"
    assert all(json.loads(x) for x in out.read_text(encoding="utf-8").splitlines())  # whole lines only


@pytest.mark.parametrize("broken", ["garbage database", "a file for the folder", "a folder under a file"])
def test_a_broken_cache_turns_itself_off_with_one_warning(tmp_path: Path, broken: str) -> None:
    cache = tmp_path / "cache"
    if broken == "garbage database":
        cache.mkdir()
        (cache / "cache.db").write_bytes(random.Random(0).randbytes(5000))
    else:
        cache.write_text("not a folder", encoding="utf-8")
        cache = cache / "sub" if broken == "a folder under a file" else cache
    src = articles_folder(tmp_path, 3, digits=1)
    out = tmp_path / "out.jsonl"
    with ScriptedServer() as server:
        r = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "--base-url", server.url, "--model", "m",
                                      "--mode", "json_object"], env={"SUMMARISER_CACHE_DIR": str(cache)})
    assert r.exit_code == 0, r.output
    assert len(lines(out)) == 3 and all("error" not in x for x in lines(out))
    assert r.stderr.count("cannot be used") == 1 and "going on without it" in r.stderr


@pytest.mark.parametrize("content", [b"my notes on the articles\nsecond line", "我的笔记\n第二行".encode("gb18030"),
                                     b'{"not": "ours"}\n'], ids=["text", "gb18030", "json-not-ours"])
def test_resume_refuses_an_output_that_is_not_ours_and_leaves_it_untouched(tmp_path: Path, content: bytes) -> None:
    out = tmp_path / "art.txt"
    out.write_bytes(content)
    r = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(out), "--resume"])
    assert r.exit_code == 2 and "not an output of `summariser run`" in r.stderr
    assert out.read_bytes() == content


def test_resume_repairs_damaged_middle_lines_and_keeps_input_order(tmp_path: Path) -> None:
    src = articles_folder(tmp_path, 6, digits=1)
    out = tmp_path / "out.jsonl"
    assert CliRunner().invoke(main, ["run", str(src), "-o", str(out)]).exit_code == 0
    good = out.read_bytes().split(b"\n")[:-1]
    damaged = [good[0], b'{"doc_id": "a1.txt", "figu', good[2], b"\xff\xfe not utf-8", good[4], b"garbage", good[5]]
    out.write_bytes(b"\n".join(damaged) + b"\n")
    r = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "--resume"])
    assert r.exit_code == 0 and "removed 3 damaged line(s)" in r.stderr
    assert [x["doc_id"] for x in lines(out)] == [f"a{i}.txt" for i in range(6)]
    assert CliRunner().invoke(main, ["check", str(out)]).exit_code == 0  # the file reads again


def test_a_torn_single_line_is_resumed(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"doc_id": "county_pa', encoding="utf-8")
    r = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(out), "--resume"])
    assert r.exit_code == 0 and len(lines(out)) == 3


def test_retry_errors_redoes_transient_error_lines_in_input_order(tmp_path: Path) -> None:
    src = articles_folder(tmp_path, 8, digits=1)
    (src / "a9.txt").write_text("", encoding="utf-8")  # empty: an error that another try cannot mend
    out = tmp_path / "out.jsonl"
    args = ["run", str(src), "-o", str(out), "--mode", "json_object", "--model", "m", "--no-cache"]

    def fails_on_3_and_5(body: dict[str, Any], n: int) -> Reply:
        return Reply(500, {"error": {"message": "down"}}) if re.search("第[35]号", first_user(body)) else \
            cooperative(body)

    with ScriptedServer(fails_on_3_and_5) as server:
        first = CliRunner().invoke(main, [*args, "--base-url", server.url], env={"SUMMARISER_TIMEOUT": "5"})
        assert first.exit_code == 1
    assert [x.get("error", {}).get("type") for x in lines(out)] == [None] * 3 + ["endpoint_server", None,
                                                                    "endpoint_server", None, None, "empty"]
    with ScriptedServer() as server:
        resumed = CliRunner().invoke(main, [*args, "--base-url", server.url, "--resume"])
        assert resumed.exit_code == 0 and len(server.requests) == 0  # --resume alone retries nothing
        r = CliRunner().invoke(main, [*args, "--base-url", server.url, "--resume", "--retry-errors"])
        assert len(server.extraction_requests()) == 2
    recs = lines(out)
    assert r.exit_code == 0 and "retrying 2 document(s)" in r.stderr  # both redone, and they passed
    assert [x["doc_id"] for x in recs] == sorted(p.name for p in src.iterdir())  # one line each, in input order
    assert [x.get("error", {}).get("type") for x in recs] == [None] * 8 + ["empty"]


SECRETS = ("sk-urlsecret", "sk-querysecret", "sk-thekey")


class _Echo:
    """A server on 127.0.0.1 that answers 401 with the request line and headers in its body (as some do)."""

    def __init__(self) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("content-length", 0)))
                body = json.dumps({"error": {"message": f"bad key: {self.path} {dict(self.headers)}"}}).encode()
                self.send_response(401)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        import threading

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.port = self.server.server_address[1]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _secret_url(port: int) -> str:
    return f"http://127.0.0.1:{port}/v1?api-key={SECRETS[1]}&token={SECRETS[0]}"


def _written(tmp_path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file() and p.suffix != ".txt")


def test_secrets_of_the_url_and_the_key_reach_no_line_message_or_cache_entry(tmp_path: Path) -> None:
    src = articles_folder(tmp_path, 2, digits=1)
    out = tmp_path / "out.jsonl"
    echo = _Echo()
    try:
        r = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "--base-url", _secret_url(echo.port), "--model",
                                      "m", "--mode", "json_object"],
                               env={"OPENAI_API_KEY": SECRETS[2], "SUMMARISER_CACHE_DIR": str(tmp_path / "cache")})
    finally:
        echo.close()
    # the key is refused before any document: the run stops at once, saying what to fix
    assert r.exit_code == 2 and "refused the key" in r.stderr and "api-key=***" in r.stderr
    assert not out.exists() or lines(out) == []
    for secret in SECRETS:
        assert secret not in r.output and secret.encode() not in _written(tmp_path), secret


def test_a_summary_names_the_endpoint_host_only_and_the_cache_holds_no_secret(tmp_path: Path) -> None:
    with ScriptedServer() as server:
        port = server.url.split(":")[2].split("/")[0]
        s = Settings.from_env(env={}, base_url=_secret_url(int(port)), model="m", api_key=SECRETS[2],
                              cache_dir=str(tmp_path / "cache"), extract="free")  # auto mode: the probe's
        # answer is cached too
        r = summarise(article(1), settings=s)
    assert r.provenance.endpoint_host == f"127.0.0.1:{port}" and r.figures
    assert not any(secret in r.model_dump_json() for secret in SECRETS)
    assert not any(secret.encode() in _written(tmp_path) for secret in SECRETS)
    assert not any(secret in repr(s) for secret in SECRETS)


def test_a_redirect_to_another_host_is_not_followed(tmp_path: Path) -> None:
    with ScriptedServer() as target:
        moved = Reply(302, {"error": {"message": "moved"}}, headers={"location": target.url + "/chat/completions"})
        with ScriptedServer(lambda body, n: moved) as server:
            with pytest.raises(EndpointError) as e:
                summarise(article(1), settings=Settings.from_env(env={}, base_url=server.url, model="m",
                                                                 mode="json_object", cache="off"))
        assert target.requests == [] and len(server.requests) == 1 and "302" in str(e.value)


def test_credentials_in_the_base_url_are_refused_without_being_shown() -> None:
    r = CliRunner().invoke(main, ["run", str(EXAMPLES), "--base-url", f"http://bob:{SECRETS[0]}@127.0.0.1:9/v1",
                                  "--model", "m"])
    assert r.exit_code == 2 and "holds credentials" in r.stderr and "bob:***@" in r.stderr
    assert SECRETS[0] not in r.output


@pytest.mark.parametrize("fault, kind, words", [
    (None, "unreachable", "is the server running"),
    (Reply(401, {"error": {"message": "bad key"}}), "auth", "OPENAI_API_KEY"),
    (Reply(404, {"error": {"message": "no such model"}}), "model", "SUMMARISER_MODEL"),
], ids=["unreachable", "auth", "model"])
@pytest.mark.parametrize("mode", ["auto", "json_object"])
def test_an_endpoint_that_cannot_serve_stops_the_run_at_once(tmp_path: Path, fault: Reply | None, kind: str,
                                                              words: str, mode: str) -> None:
    src = articles_folder(tmp_path, 6, digits=1)
    out = tmp_path / "out.jsonl"
    args = ["run", str(src), "-o", str(out), "--model", "m", "--mode", mode, "--concurrency", "8"]
    t0 = time.monotonic()
    if fault is None:
        r = CliRunner().invoke(main, [*args, "--base-url", "http://127.0.0.1:9/v1"], env={"SUMMARISER_TIMEOUT": "2"})
        asked = 1
    else:
        with ScriptedServer(lambda body, n: fault) as server:
            r = CliRunner().invoke(main, [*args, "--base-url", server.url])
            asked = len(server.requests)
    assert r.exit_code == 2 and words in r.stderr, r.stderr
    assert asked == 1 and (not out.exists() or lines(out) == [])  # one try for the run, not one per document
    assert time.monotonic() - t0 < 30


def test_a_long_retry_after_is_a_rate_limit_error_at_once(tmp_path: Path) -> None:
    limited = Reply(429, {"error": {"message": "slow down"}}, headers={"retry-after": "3600"})
    with ScriptedServer(lambda body, n: limited) as server:
        with pytest.raises(EndpointError) as e:
            summarise(article(1), settings=Settings.from_env(env={}, base_url=server.url, model="m",
                                                             mode="json_object", cache="off"))
        assert len(server.requests) == 1  # an hour's wait is not a retry
    assert e.value.kind == "rate_limited" and "3600" in str(e.value) and "--concurrency" in str(e.value)


def test_a_gb18030_jsonl_is_read_in_its_encoding_and_undecodable_bytes_are_an_error_line(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    records = "".join(json.dumps({"id": f"g{i}", "text": article(i)}, ensure_ascii=False) + "\n" for i in range(3))
    (src / "a.jsonl").write_bytes(records.encode("gb18030"))
    (src / "b.jsonl").write_bytes(bytes(range(0x80, 0x100)) * 20)  # neither UTF-8 nor GB18030 nor Big5
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["run", str(src), "-o", str(out)])
    recs = lines(out)
    assert r.exit_code == 1 and [x["doc_id"] for x in recs] == ["g0", "g1", "g2", "b.jsonl"]
    assert all("\ufffd" not in json.dumps(x, ensure_ascii=False) for x in recs[:3])
    assert [x["title"] for x in recs[:3]] == [article(i).split("\n")[0] for i in range(3)]
    assert recs[3]["error"]["type"] == "undecodable"


def test_max_bytes_applies_to_jsonl_records_and_standard_input(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "big", "text": article(1) * 40}, ensure_ascii=False) + "\n"
                   + json.dumps({"id": "small", "text": article(2)}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    CliRunner().invoke(main, ["run", str(src), "-o", str(out), "--max-bytes", "2000"])
    got = [(x["doc_id"], x.get("error", {}).get("type")) for x in lines(out)]
    assert got == [("big", "too_large"), ("small", None)]
    r = CliRunner().invoke(main, ["run", "-", "--max-bytes", "2000"], input=(article(1) * 40).encode("utf-8"))
    assert json.loads(r.stdout.splitlines()[0])["error"]["type"] == "too_large" and r.exit_code == 1


def test_a_429_at_the_probe_does_not_stop_an_auto_mode_run(tmp_path: Path) -> None:
    """The endpoint rate-limiting the mode probe past the transport's retries stopped the run (exit 2)."""
    src = articles_folder(tmp_path, 3, digits=1)
    out = tmp_path / "out.jsonl"
    busy = Reply(429, {"error": {"message": "slow down"}}, headers={"retry-after": "0"})
    with ScriptedServer(lambda body, n: busy if n <= 5 else cooperative(body)) as server:
        r = CliRunner().invoke(main, ["run", str(src), "-o", str(out), "--base-url", server.url, "--model", "m",
                                      "--no-cache"], env={"SUMMARISER_TIMEOUT": "5"})
    assert r.exit_code == 0, r.stderr
    assert "rate-limiting" in r.stderr and "going on" in r.stderr
    assert [x["doc_id"] for x in lines(out)] == ["a0.txt", "a1.txt", "a2.txt"]


def test_o_a_folder_for_a_local_run_says_so(tmp_path: Path) -> None:
    """-o DIR said "DIR already has lines; pass --resume", which --resume then could not do either."""
    folder = tmp_path / "results"
    folder.mkdir()
    r = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(folder)])
    assert r.exit_code == 2 and "is a folder" in r.stderr and "already has lines" not in r.stderr
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("value", ["nan", "inf", "-3"])
def test_a_timeout_that_is_not_a_positive_number_stops_the_run(tmp_path: Path, value: str) -> None:
    r = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(tmp_path / "out.jsonl"), "--base-url",
                                  "http://127.0.0.1:9/v1"], env={"SUMMARISER_TIMEOUT": value})
    assert r.exit_code == 2 and "SUMMARISER_TIMEOUT" in r.stderr and "Traceback" not in r.output


def test_a_repair_on_a_full_disk_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A resume's repair that failed on a full disk left .out.jsonl.PID.tmp beside the output (and a traceback)."""
    import errno

    out = tmp_path / "out.jsonl"
    assert CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(out)]).exit_code == 0
    torn = out.read_bytes()[:-40]
    out.write_bytes(torn)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("summariser.batch.jsonl.os.fsync", full)
    r = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(out), "--resume"])
    assert r.exit_code == 3 and "No space left" in r.stderr, r.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"] and out.read_bytes() == torn


def test_the_version(tmp_path: Path) -> None:
    from importlib.metadata import version

    r = CliRunner().invoke(main, ["--version"])
    assert r.exit_code == 0 and r.output.strip() == f"summariser {version('summariser')}"


def test_an_output_locked_between_its_making_and_its_lock_is_a_message(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    # another run, through a hard link, may lock the file this run has just made before this run does
    import summariser.cli.main as cli
    from summariser.batch.jsonl import OutputBusy

    def busy(out: str) -> None:
        raise OutputBusy(f"{out} is being written by another summariser run (process 4242)")

    monkeypatch.setattr(cli, "Output", busy)
    out = tmp_path / "out.jsonl"
    r = CliRunner().invoke(main, ["run", str(EXAMPLES), "-o", str(out)])
    assert r.exit_code == 2, r.output
    assert "another summariser run" in r.output and "Traceback" not in r.output
