"""What does Ray cost? Documents per second of `summariser run --runner ray` against the local job,
on the same scripted server (tests/scripted_server.py, a fixed latency per call) at the same total
concurrency, and the seconds Ray takes to start.

    python benchmarks/ray_overhead.py [--docs 300] [--latency 0.1] [--actors 2] [--concurrency 4]

Prints `local_docs_per_s=`, `ray_docs_per_s=`, `ratio=` (Ray over local; Ray's overhead is 1 − ratio)
and `ray_start_s=` (a local `ray.init` with logical CPUs, as the CLI starts it). Needs the ray extra.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.scripted_server import Reply, ScriptedServer, cooperative  # noqa: E402


def run(args: list[str], env: dict[str, str]) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "summariser", *args], env=env, check=True, capture_output=True)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--latency", type=float, default=0.1)
    ap.add_argument("--actors", type=int, default=2)
    ap.add_argument("--concurrency", type=int, default=4, help="per actor; the local job gets actors × this")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp())
    src = tmp / "in.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for i in range(a.docs):
            text = f"1至9月，全区第{i}个园区完成工业产值{100 + i}.5亿元，同比增长{i % 9 + 1}.2%。"
            f.write(json.dumps({"id": f"d{i:04d}", "text": text}, ensure_ascii=False) + "\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARISER_", "OPENAI_"))}
    env |= {"SUMMARISER_CACHE": "off", "PYTHONPATH": str(ROOT), "SUMMARISER_EXTRACT": "free"}  # (scripted: free)

    def slow(body: dict[str, Any], n: int) -> Reply:
        reply = cooperative(body)
        reply.delay = a.latency
        return reply

    with ScriptedServer(slow) as server:
        common = ["--base-url", server.url, "--model", "scripted", "--mode", "json_object", "--no-cache"]
        local = run(["run", str(src), "-o", str(tmp / "local.jsonl"), "--concurrency",
                     str(a.actors * a.concurrency), *common], env)
        on_ray = run(["run", "--runner", "ray", str(src), "-o", str(tmp / "ray"), "--ray-actors", str(a.actors),
                      "--concurrency", str(a.concurrency), *common], env)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import ray; ray.init(num_cpus=4, include_dashboard=False); ray.shutdown()"],
                   env=env, check=True, capture_output=True)
    start = time.perf_counter() - t0
    print(f"docs={a.docs} latency={a.latency}s total_concurrency={a.actors * a.concurrency}")
    print(f"local_docs_per_s={a.docs / local:.1f}  (process start included)")
    print(f"ray_docs_per_s={a.docs / on_ray:.1f}  (Ray start, staging and gathering included)")
    print(f"ratio={local / on_ray:.2f}")
    print(f"ray_start_s={start:.1f}")


if __name__ == "__main__":
    main()
