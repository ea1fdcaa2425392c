"""The pipeline should add almost nothing to the model's own time.

Starts a local OpenAI-compatible server on 127.0.0.1 that answers after a fixed latency with valid
extraction JSON (precomputed before the clock starts, so the server spends no CPU the pipeline
needs), runs the batch job over a few hundred articles at a given concurrency, and prints:

  docs_per_s=   achieved, model path, cold cache
  ideal=        concurrency / latency
  ratio=        achieved / ideal            (aim: >= 0.9 at concurrency 32)
  bound=        the best ratio any client could reach on this many documents: the first answers take one
                latency to come and the last requests one latency to end (docs / (docs/ideal + latency))
  cached_docs_per_s=  the same batch again, every answer from the cache   (aim: >= 500)
  cpu time per stage, prompt overhead (prompt characters per article character), peak RSS

    python benchmarks/throughput.py [--docs 300] [--concurrency 32] [--latency 0.2] [--workers 1]
    python benchmarks/throughput.py --memory 10000     # peak RSS of an offline batch of N documents
    python benchmarks/throughput.py --offline 3000 --workers 2   # offline engine, documents per second

One run on one machine: compare runs, not machines. No assertions: this prints.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import hashlib
import json
import os
import pstats
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summariser import Settings, clean  # noqa: E402
from summariser.batch.inputs import Item  # noqa: E402
from summariser.batch.jsonl import Output  # noqa: E402
from summariser.batch.runner import run_batch  # noqa: E402
from summariser.numbers.check import forget  # noqa: E402
from summariser.pipeline.rules.extract import extract  # noqa: E402
from summariser.text.chunk import chunk_text  # noqa: E402

# One-article pages, so that one document is one model call and concurrency / latency is the ideal
# rate (the newspaper page holds three articles: three calls and a reduce).
TEMPLATES = [ROOT / "examples" / "articles" / n for n in ("xiangcheng_q3_industry.txt", "jingshan_trad_ruby.txt")]


def articles(n: int) -> list[str]:
    """n distinct articles: the examples with their numbers changed (so every request is new)."""
    rnd = random.Random(7)
    bases = [p.read_text(encoding="utf-8") for p in TEMPLATES]
    out = []
    for i in range(n):
        text = bases[i % len(bases)]
        def bump(m: re.Match[str]) -> str:
            return str(round(float(m.group(0)) * (1 + rnd.randint(1, 9) / 100), 1))

        text = re.sub(r"\d+(?:\.\d+)?(?=亿|万|%|家|个)", bump, text, count=6)
        out.append(text.replace("。", f"（编号{i}）。", 1))  # in the body: a page's footer is cleaned away
    return out


def _user_key(body: dict[str, Any]) -> str:
    user = [m["content"] for m in body["messages"] if m["role"] == "user"][0]
    return hashlib.sha1(user.encode("utf-8")).hexdigest()


class ServerProcess:
    """The fixed-latency server in a process of its own, as a real model server would be: its CPU is
    not the pipeline's (one Python process would share one interpreter lock)."""

    def __init__(self, latency: float, answers: dict[str, str]) -> None:
        self._dir = Path(tempfile.mkdtemp())
        (self._dir / "answers.json").write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
        port_file = self._dir / "port"
        self.proc = subprocess.Popen([sys.executable, __file__, "--serve", str(latency), str(self._dir)])
        for _ in range(200):
            if port_file.exists() and port_file.read_text():
                break
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{port_file.read_text()}/v1"

    def _get(self, path: str) -> str:
        import urllib.request

        with urllib.request.urlopen(self.url.removesuffix("/v1") + path, timeout=10) as r:
            return str(r.read().decode())

    @property
    def requests(self) -> int:
        return int(self._get("/count"))

    @property
    def cpu_seconds(self) -> float:
        """CPU time the server process has used."""
        return float(self._get("/cpu"))

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=10)


def _reply(body: dict[str, Any], answers: dict[str, str]) -> bytes:
    props = json.dumps(body.get("response_format"))
    if '"ok"' in props:
        content = '{"ok": true}'
    elif '"figures"' not in props:
        content = '{"headline": "概要", "summary": ""}'
    else:
        content = answers.get(_user_key(body), '{"figures": [], "headline": "", "summary": ""}')
    return json.dumps({"id": "x", "object": "chat.completion", "created": 0, "model": "fixed",
                       "choices": [{"index": 0, "finish_reason": "stop",
                                    "message": {"role": "assistant", "content": content}}],
                       "usage": {"prompt_tokens": 0, "completion_tokens": 0}}).encode()


async def _serve_async(latency: float, answers: dict[str, str], folder: Path) -> None:
    """A minimal HTTP/1.1 keep-alive server on asyncio: one event loop, no thread per connection,
    so the test server costs as little CPU as it can on a machine it shares with the client."""
    count = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal count
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                first, *lines = head.decode("latin-1").split("\r\n")
                headers = {k.lower(): v.strip() for k, _, v in (x.partition(":") for x in lines if x)}
                body = await reader.readexactly(int(headers.get("content-length", 0)))
                if first.startswith("GET /cpu"):
                    data = str(time.process_time()).encode()
                elif first.startswith("GET /v1/models"):  # as a model server lists what it serves
                    data = b'{"object": "list", "data": [{"id": "fixed", "object": "model"}]}'
                elif first.startswith("GET"):
                    data = str(count).encode()
                else:
                    count += 1
                    await asyncio.sleep(latency)
                    data = _reply(json.loads(body), answers)
                writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: "
                             + str(len(data)).encode() + b"\r\n\r\n" + data)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=512)
    (folder / "port").write_text(str(server.sockets[0].getsockname()[1]))
    async with server:
        await server.serve_forever()


def serve(latency: float, folder: Path) -> None:
    answers = json.loads((folder / "answers.json").read_text(encoding="utf-8"))
    asyncio.run(_serve_async(latency, answers, folder))


def prepare(texts: list[str], settings: Settings) -> tuple[dict[str, str], int, int]:
    """The answers the server will give (the rules engine's reading of each chunk), and the sizes of
    prompts and articles, by building the same messages the engine sends."""
    # Imported here: it loads the HTTP stack, which the offline and memory runs must not count.
    from summariser.pipeline.model.messages import extraction_messages

    answers, prompt_chars, article_chars = {}, 0, 0
    for t in texts:
        c = clean(t)
        chunks = chunk_text(c, max_chars=settings.chunk_chars, overlap=settings.chunk_overlap)
        for ch in chunks:
            system, user = (m["content"] for m in extraction_messages(c, ch, len(chunks), settings.mode,
                                                                        settings.summary_language))
            answers[hashlib.sha1(user.encode("utf-8")).hexdigest()] = extract(c, ch.text).model_dump_json()
            prompt_chars += len(system) + len(user)
        article_chars += len(c.text)
    forget()  # the batch starts cold: no parse of this preparation may serve it
    return answers, prompt_chars, article_chars


STAGES = {
    "clean": ("text/clean.py", "clean"),
    "chunk": ("text/chunk.py", "chunk_text"),
    "request build": ("llm/modes.py", "request_body"),
    "HTTP client (openai SDK, aiohttp)": ("llm/client.py", "create"),
    "reply parsing (schema)": ("llm/reask.py", "_read"),
    "merge (the figures' first check)": ("pipeline/model/merge.py", "merge"),
    # (the headline's and summary's numbers are checked on the CPU queue before amend decides on a re-ask, outside
    # _amend's own time: their first and only check, not a repeat of the merge's)
    "re-ask's check (what fails)": ("summariser/feedback.py", "failing"),
    "amend (problems, re-asks)": ("pipeline/model/engine.py", "_amend"),
    "check + assemble": ("pipeline/assemble.py", "assemble"),
    "write": ("batch/jsonl.py", "write_line"),
    # across the stages above: each claim's verdict, found once per document (the Source carries it to the re-ask
    # and assembly), and the parts of it that read the source and judge the claim's words
    "every claim's verdict (found once)": ("numbers/check.py", "_verdict"),
    "  of which the judge": ("numbers/judge/heart.py", "judge"),
    "  of which the ties read": ("numbers/attribution/heart.py", "_read"),
}


class JudgeCalls:
    """Every call of the judge (numbers/judge/heart.judge) while it is installed, with its CPU: how often one value of
    one document is judged again (for another claim on it), what those repeats cost, and how many calls share the
    fields a judgement reads of a claim (all but its number as written, quote, raw words and unit as written): the
    ceilings of sharing per-value work on the document's reading and of sharing verdicts between claims."""

    def __init__(self) -> None:
        import summariser.numbers.check as check
        import summariser.numbers.judge.heart as heart

        self._modules, self._judge = (check, heart), heart.judge
        self.values: set[tuple[int, int, int]] = set()
        self.judged: set[tuple[int, object, int, int]] = set()
        self.calls, self.cpu, self.repeat_calls, self.repeat_cpu = 0, 0.0, 0, 0.0

    def _call(self, src: Any, c: Any, q: Any) -> Any:
        t0 = time.process_time()
        j = self._judge(src, c, q)
        spent = time.process_time() - t0
        value = (id(src), q.start, q.end)
        self.calls, self.cpu = self.calls + 1, self.cpu + spent
        if value in self.values:
            self.repeat_calls, self.repeat_cpu = self.repeat_calls + 1, self.repeat_cpu + spent
        self.values.add(value)
        self.judged.add((id(src), c._replace(number=0, quote="", raw="", unit_written=""), q.start, q.end))
        return j

    def __enter__(self) -> JudgeCalls:
        for m in self._modules:
            m.judge = self._call  # type: ignore[attr-defined]
        return self

    def __exit__(self, *exc: object) -> None:
        for m in self._modules:
            m.judge = self._judge  # type: ignore[attr-defined]

    def report(self, docs: int) -> str:
        return (f"  judge calls {self.calls} on {len(self.values)} values of the documents' readings "
                f"({self.calls / max(len(self.values), 1):.2f} a value), {len(self.judged)} distinct in what they "
                f"read of the claim; the calls on a value judged before: {self.repeat_calls}, "
                f"{100 * self.repeat_cpu / max(self.cpu, 1e-9):.0f}% of the judge's CPU "
                f"({1000 * self.repeat_cpu / docs:.2f} ms a document, under cProfile)")


def stage_report(prof: cProfile.Profile) -> list[str]:
    stats = pstats.Stats(prof)
    total = sum(v[2] for v in stats.stats.values())  # type: ignore[attr-defined]
    out = []
    for name, (file, func) in STAGES.items():
        cum = sum(v[3] for k, v in stats.stats.items() if k[0].endswith(file) and k[2] == func)  # type: ignore[attr-defined]
        out.append(f"  {name:<34} {cum:7.2f} s cumulative  ({100 * cum / max(total, 1e-9):4.1f}% of profiled CPU)")
    return out


async def _run(texts: list[str], settings: Settings, out: Path) -> float:
    items = [Item(f"doc{i}", f"doc{i}", read=(lambda t=t: t)) for i, t in enumerate(texts)]
    output = Output(str(out))
    t0 = time.perf_counter()
    await run_batch(items, settings, output)
    output.close()
    return time.perf_counter() - t0


def throughput(docs: int, concurrency: int, latency: float, workers: int) -> None:
    texts = articles(docs)
    tmp = Path(tempfile.mkdtemp())
    # (the fixed server answers free extractions: the client's cost per call, not the extraction's kind)
    base = Settings.from_env(env={}, base_url="http://127.0.0.1:9/v1", model="fixed", mode="json_object",
                             concurrency=concurrency, workers=workers, cache_dir=str(tmp / "cache"), extract="free")
    answers, prompt_chars, article_chars = prepare(texts, base)
    server = ServerProcess(latency, answers)
    settings = base.with_(base_url=server.url)
    try:
        server_cpu = server.cpu_seconds
        client_cpu = time.process_time()
        cold = asyncio.run(_run(texts, settings, tmp / "cold.jsonl"))
        client_cpu = time.process_time() - client_cpu
        server_cpu = server.cpu_seconds - server_cpu
        calls = server.requests
        warm = asyncio.run(_run(texts, settings, tmp / "warm.jsonl"))  # not under the profiler
        # CPU per stage on a cold run, under the profiler (which slows everything: read the shares)
        settings_cold = settings.with_(cache="off", workers=1)  # the profiler sees this process only
        prof2 = cProfile.Profile()
        with JudgeCalls() as judged:
            prof2.enable()
            asyncio.run(_run(texts, settings_cold, tmp / "profiled.jsonl"))
            prof2.disable()
    finally:
        server.stop()
    ideal = concurrency / latency
    achieved = docs / cold
    records = (tmp / "cold.jsonl").read_text(encoding="utf-8").splitlines()
    errors = sum(1 for r in records if '"error"' in r[:200])
    print(f"docs={docs} concurrency={concurrency} latency={latency}s workers={workers} requests={calls} "
          f"errors={errors}")
    print(f"docs_per_s={achieved:.1f}")
    print(f"ideal={ideal:.1f}")
    print(f"ratio={achieved / ideal:.2f}")
    print(f"bound={docs / (docs / ideal + latency) / ideal:.2f}")
    print(f"cpu_ms_per_doc client={1000 * client_cpu / docs:.2f} server={1000 * server_cpu / docs:.2f} "
          f"(cold run; the two share {os.cpu_count()} cores)")
    print(f"cached_docs_per_s={docs / warm:.1f}")
    print(f"prompt_overhead={prompt_chars / max(article_chars, 1):.2f} prompt characters per article character "
          f"({prompt_chars // docs} per document, articles {article_chars // docs})")
    print("cpu time by stage, cold run under cProfile:")
    print("\n".join(stage_report(prof2)))
    print(judged.report(docs))
    print(f"peak_rss_mb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}")


def memory(n: int) -> None:
    """Peak RSS of an offline batch, each size in a fresh process: 1,000 documents, then n."""
    for count in sorted({1000, n}):
        subprocess.run([sys.executable, __file__, "--memory-child", str(count)], check=True)


def offline(n: int, workers: int) -> None:
    """Documents per second of an offline batch (the rules engine) of n documents."""
    texts = articles(50)
    items = [Item(f"d{i}", "x", read=(lambda s=texts[i % 50]: s)) for i in range(n)]
    out = Output(str(Path(tempfile.mkdtemp()) / "o.jsonl"))
    t0 = time.perf_counter()
    asyncio.run(run_batch(items, Settings.from_env(env={}, workers=workers), out))
    out.close()
    print(f"offline documents={n} workers={workers} docs_per_s={n / (time.perf_counter() - t0):.0f} "
          "(worker start-up included)")


def memory_child(count: int) -> None:
    texts = articles(50)
    items = [Item(f"d{i}", "x", read=(lambda s=texts[i % 50]: s)) for i in range(count)]
    out = Output(str(Path(tempfile.mkdtemp()) / "o.jsonl"))
    t0 = time.perf_counter()
    asyncio.run(run_batch(items, Settings.from_env(env={}), out))
    out.close()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents={count} seconds={time.perf_counter() - t0:.1f} peak_rss_mb={rss:.0f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=1000,
                    help="documents in the batch (1,000: on 300 no client can pass a ratio of 0.90, see bound=)")
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--latency", type=float, default=0.2)
    ap.add_argument("--workers", type=int, default=1, help="processes sharing the batch (run --workers)")
    ap.add_argument("--memory", type=int, default=0, help="instead: peak RSS of an offline batch of N documents")
    ap.add_argument("--offline", type=int, default=0, help="instead: documents per second of an offline batch")
    ap.add_argument("--serve", nargs=2, metavar=("LATENCY", "FOLDER"), help=argparse.SUPPRESS)
    ap.add_argument("--memory-child", type=int, default=0, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.memory_child:
        memory_child(a.memory_child)
    elif a.serve:
        serve(float(a.serve[0]), Path(a.serve[1]))
    elif a.memory:
        memory(a.memory)
    elif a.offline:
        offline(a.offline, a.workers)
    else:
        throughput(a.docs, a.concurrency, a.latency, a.workers)


if __name__ == "__main__":
    main()
