"""`summariser run --runner ray` (batch/ray_data.py): the local job's records, each input exactly once
across a kill and a re-run, bad inputs as error records. Skipped where Ray is not installed.

Each run is a `summariser` process of its own, which starts its own local Ray (4 logical CPUs, two
actors of half a CPU: network-bound work does not deadlock on 2 cores), as a user's would."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from .scripted_server import Reply, ScriptedServer, cooperative

pytest.importorskip("ray")

from click.testing import CliRunner  # noqa: E402

from summariser.batch.ray_data import summarise_batch  # noqa: E402
from summariser.cli.main import main  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = "1至9月，全区第{i}个园区完成工业产值{v}.5亿元，同比增长{g}.2%，新增规上工业企业{n}家。"


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARISER_", "OPENAI_", "RAY_ADDRESS"))}
    return env | {"SUMMARISER_CACHE_DIR": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT),
                  "SUMMARISER_EXTRACT": "free"}  # (the scripted model writes its figures)


def _summariser(*args: str, env: dict[str, str], **kw: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "summariser", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True, **kw)


def _stop_ray(env: dict[str, str]) -> None:
    """The local Ray a killed run leaves behind (its processes outlive their driver)."""
    subprocess.run([sys.executable, "-m", "ray.scripts.scripts", "stop", "--force"], env=env,
                   capture_output=True, timeout=120)


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _without_timing(rec: dict[str, Any]) -> str:
    rec = json.loads(json.dumps(rec))
    rec.get("provenance", {}).pop("seconds", None)  # the only field that differs between two runs
    return json.dumps(rec, ensure_ascii=False, sort_keys=True)


def test_the_offline_engine_on_ray_writes_the_local_jobs_records_bad_inputs_as_error_lines(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    inputs = [str(ROOT / "examples" / "articles"), str(ROOT / "examples" / "html"), str(tmp_path / "empty.txt"),
              str(tmp_path / "binary.txt"), str(tmp_path / "missing.txt")]
    env = _env(tmp_path)
    local = tmp_path / "local.jsonl"
    subprocess.run([sys.executable, "-m", "summariser", "run", *inputs, "-o", str(local)], env=env,
                   capture_output=True, timeout=300)
    # -o relative to the working folder: Ray's checkpoints refused it (InvalidCheckpointingConfig)
    job = _summariser("run", "--runner", "ray", *inputs, "-o", "ray/", env=env, cwd=tmp_path)
    _, err = job.communicate(timeout=600)
    assert job.returncode == 1, err.decode()[-2000:]  # some documents failed: their lines say why
    on_ray = _lines(tmp_path / "ray" / "records.jsonl")
    # the local job's records, in its order (the input order), not in the order Ray's blocks finished
    assert list(map(_without_timing, on_ray)) == list(map(_without_timing, _lines(local)))
    errors = {r["doc_id"]: r["error"]["type"] for r in on_ray if "error" in r}
    assert set(errors.values()) >= {"empty", "binary", "not_found"}, errors
    assert len(on_ray) == len(_lines(local)) == 4 + 3


def _numbered(tmp_path: Path, n: int) -> Path:
    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = ARTICLE.format(i=i, v=100 + i, g=i % 9 + 1, n=i % 40 + 1)
            f.write(json.dumps({"id": f"d{i:03d}", "text": text}, ensure_ascii=False) + "\n")
    return src


def test_a_killed_run_re_run_writes_every_input_exactly_once(tmp_path: Path) -> None:
    """Killed while one document's call hangs: the rest of its block were answered, cached and never
    written. The re-run writes every input once, and serves those answers from the shared cache."""
    hang = {"on": True}

    def script(body: dict[str, Any], n: int) -> Reply:
        reply = cooperative(body)
        reply.delay = 60.0 if hang["on"] and "第150个园区" in json.dumps(body, ensure_ascii=False) else 0.02
        return reply

    src = _numbered(tmp_path, 300)
    out = tmp_path / "out"
    env = _env(tmp_path)
    args = ["run", "--runner", "ray", str(src), "-o", str(out), "--mode", "json_object", "--model", "scripted",
            "--concurrency", "4"]
    with ScriptedServer(script) as server:
        args += ["--base-url", server.url]
        first = _summariser(*args, env=env)
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and first.poll() is None:
            written = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in (out / "parts").glob("*.json")) \
                if (out / "parts").is_dir() else 0
            hung = any("第150个园区" in json.dumps(b, ensure_ascii=False) for b in list(server.requests))
            if written >= 40 and hung:
                break
            time.sleep(0.2)
        time.sleep(2)  # the hung document's block-mates are answered (and cached) meanwhile
        assert first.poll() is None, "the first run ended before it could be killed"
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
        _stop_ray(env)
        hang["on"] = False
        before = len(server.requests)
        assert not (out / "records.jsonl").exists()
        again = _summariser(*args, env=env)
        _, err = again.communicate(timeout=900)
        assert again.returncode == 0, err.decode()[-2000:]
        asked_again = len(server.requests) - before
    records = _lines(out / "records.jsonl")
    ids = [r["doc_id"] for r in records]
    assert len(ids) == 300 and set(ids) == {f"d{i:03d}" for i in range(300)}  # each input exactly once
    assert all("error" not in r and r["figures"] for r in records)
    served = [r["doc_id"] for r in records if r["provenance"]["cache_hits"]]
    assert served, "no answer of the killed run was served from the cache"
    assert asked_again < 300 - 40  # the re-run did only what was left, not everything again


def test_export_reads_a_ray_runs_folder(tmp_path: Path) -> None:
    env = _env(tmp_path)
    job = _summariser("run", "--runner", "ray", str(ROOT / "examples" / "articles"), "-o", str(tmp_path / "r"),
                      env=env)
    job.communicate(timeout=600)
    subprocess.run([sys.executable, "-m", "summariser", "export", str(tmp_path / "r"), "--to", str(tmp_path / "t"),
                    "--format", "csv"], env=env, check=True, capture_output=True, timeout=120)
    figures = (tmp_path / "t" / "figures.csv").read_text(encoding="utf-8").splitlines()
    records = _lines(tmp_path / "r" / "records.jsonl")
    assert len(figures) - 1 == sum(len(r["figures"]) for r in records) > 0


def test_the_plain_batch_function_gives_the_local_jobs_lines_and_error_lines() -> None:
    text = ARTICLE.format(i=1, v=101, g=2, n=3)
    rows = [{"doc_id": "a", "source": "a.txt", "text": text, "raw": None, "problem": None},
            {"doc_id": "b", "source": "b.txt", "text": None, "raw": None, "problem": "empty: the input is empty"}]
    out = summarise_batch(rows)
    assert [r["doc_id"] for r in out] == ["a", "b"]
    first, second = (json.loads(r["line"]) for r in out)
    assert first["figures"] and all(f["check"]["status"] == "supported" for f in first["figures"])
    assert second["error"] == {"type": "empty", "message": "the input is empty"}


def test_ray_usage_errors_say_what_to_pass(tmp_path: Path) -> None:
    arts = str(ROOT / "examples" / "articles")
    r = CliRunner().invoke(main, ["run", "--runner", "ray", arts])
    assert r.exit_code == 2 and "-o OUT_DIR" in r.output
    r = CliRunner().invoke(main, ["run", "--runner", "ray", arts, "-o", str(tmp_path / "o"), "--resume",
                                  "--retry-errors"])
    assert r.exit_code == 2 and "resumes on its own" in r.output
    (tmp_path / "f").write_text("x", encoding="utf-8")
    r = CliRunner().invoke(main, ["run", "--runner", "ray", arts, "-o", str(tmp_path / "f")])
    assert r.exit_code == 2 and "is a file" in r.output


def test_an_unreachable_ray_address_stops_at_once_with_exit_2(tmp_path: Path) -> None:
    """ray.init waited on an unreachable address with no bound."""
    t0 = time.monotonic()
    r = CliRunner().invoke(main, ["run", "--runner", "ray", str(ROOT / "examples" / "articles"), "-o",
                                  str(tmp_path / "o"), "--ray-address", "127.0.0.1:9"])
    assert r.exit_code == 2 and "cannot reach the Ray cluster at 127.0.0.1:9" in r.stderr, r.output
    assert time.monotonic() - t0 < 30


def test_a_crash_of_the_ray_job_has_an_exit_code_of_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Ray crash exited 1, as 'some documents failed' does."""
    from summariser.batch import ray_data

    def crash(*args: Any, **kw: Any) -> Path:
        raise RuntimeError("the raylet died")

    monkeypatch.setattr(ray_data, "run_on_ray", crash)
    r = CliRunner().invoke(main, ["run", "--runner", "ray", str(ROOT / "examples" / "articles"), "-o",
                                  str(tmp_path / "o")])
    assert r.exit_code == 4 and "the Ray job failed (RuntimeError: the raylet died)" in r.stderr


def test_summariser_rows_carry_the_records_fields_as_columns(tmp_path: Path) -> None:
    """Its rows were doc_id and the record as a JSON string: write_parquet gave no table to query."""
    import asyncio

    import pyarrow as pa
    import pyarrow.parquet as pq

    from summariser import Settings
    from summariser.batch.ray_data import Summariser

    rows = [{"doc_id": "a", "source": "a.txt", "text": ARTICLE.format(i=1, v=101, g=2, n=3)},
            {"path": "pages/b.txt", "bytes": ARTICLE.format(i=2, v=102, g=3, n=4).encode("gb18030")},
            {"doc_id": "c", "source": "c.txt", "problem": "empty: the input is empty"}]
    job = Summariser(Settings.from_env(env={}))
    table = asyncio.run(job(rows))
    pq.write_table(table, tmp_path / "t.parquet")
    back = pq.read_table(tmp_path / "t.parquet")
    assert back.column("doc_id").to_pylist() == ["a", "pages/b.txt", "c"]
    assert pa.types.is_list(back.schema.field("figures").type)
    assert pa.types.is_struct(back.schema.field("figures").type.value_type)
    first = back.to_pylist()[0]
    assert first["figures"][0]["check"]["status"] == "supported" and first["region"] is not None
    assert back.column("error").to_pylist()[2] == {"type": "empty", "message": "the input is empty",
                                                    "tokens_in": None, "tokens_out": None}
    assert [json.loads(x)["doc_id"] for x in back.column("line").to_pylist()] == ["a", "pages/b.txt", "c"]
