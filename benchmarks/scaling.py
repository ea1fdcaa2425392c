"""Does cleaning and parsing grow linearly with the input, on the shapes that once made them quadratic?

    python benchmarks/scaling.py [--sizes 131072 524288 2097152]

For each shape, the seconds of `clean`, of `extract_quantities` and of the whole offline `summarise`
(rules engine: names, summary, entities, region, every figure checked) at each size, and `ratio=`: the
time per character at the largest size over that at the smallest (about 1 for linear growth; a
quadratic stage shows the size ratio, 16 for 128 kB against 2 MB).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from summariser import clean, extract_quantities, summarise  # noqa: E402

LINE = "某某工业园区一期项目推进情况简报第二部分进展顺利\n"  # no sentence end: the body never starts
ARTICLE = "1至9月，全区规模以上工业增加值同比增长7.8%，规上工业总产值完成486.3亿元。新增规上工业企业26家。\n"

SHAPES: dict[str, Callable[[int], str]] = {
    "30-character lines, no sentence end": lambda n: (LINE * (n // len(LINE) + 1))[:n],
    "blank lines": lambda n: "正文开始。\n" + "\n" * n + "结束。",
    "a digit, spaces, newlines": lambda n: "1" + " " * (n // 2) + "\n" * (n // 2) + "x",
    "e-mail-like runs": lambda n: "a" * (n // 2) + "@" + "a" * (n // 2),
    "an ordinary article, repeated": lambda n: (ARTICLE * (n // len(ARTICLE) + 1))[:n],
    "a list of projects with no sentence end": lambda n: "重点推动" + ("甲乙化工5万吨/年项目、" * (n // 13 + 1))[:n],
    "names and 等 with no sentence end": lambda n: ("、丙丁光电等3家企业" * (n // 10 + 1))[:n],
}


def seconds(run: Callable[[str], object], text: str) -> float:
    t0 = time.perf_counter()
    run(text)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[128 * 1024, 512 * 1024, 2 * 1024 * 1024])
    sizes = sorted(ap.parse_args().sizes)
    worst = 0.0
    for name, make in SHAPES.items():
        for stage, run in (("clean", clean), ("parse", extract_quantities), ("all", summarise)):
            times = []
            for n in sizes:
                text = make(n)
                times.append(seconds(run, text) / len(text))
            ratio = times[-1] / max(times[0], 1e-12)
            worst = max(worst, ratio)
            cells = "  ".join(f"{n // 1024} kB {t * n:6.2f}s" for n, t in zip(sizes, times, strict=True))
            print(f"{name:<36} {stage:<5} {cells}  per-character ratio {ratio:.2f}")
    print(f"ratio={worst:.2f}  (the worst stage: time per character at {sizes[-1] // 1024} kB over "
          f"{sizes[0] // 1024} kB; about 1 is linear)")


if __name__ == "__main__":
    main()
