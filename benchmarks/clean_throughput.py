"""Speed of clean(raw) and chunk_text on whole articles.

    python benchmarks/clean_throughput.py [FILES...]   # default: ../shared/seeds, else examples/articles

Prints ms per 5,000 characters of raw input for cleaning and for chunking the result, and `ratio=`
of cleaning against the 5 ms target (below 1 meets it). One run, one machine.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import best  # noqa: E402

from summariser import chunk_text, clean  # noqa: E402
from summariser.numbers.quantities import forget_scans  # noqa: E402

TARGET_MS_PER_5000 = 5.0


def main() -> None:
    if sys.argv[1:]:
        paths = [Path(a) for a in sys.argv[1:]]
    else:
        seeds = ROOT.parent / "shared" / "seeds"
        paths = sorted((seeds if seeds.exists() else ROOT / "examples" / "articles").glob("*.txt"))
    docs = [p.read_text(encoding="utf-8") for p in paths]
    chars = sum(map(len, docs))
    cleaned = [clean(d) for d in docs]

    def clean_all() -> None:
        for d in docs:
            clean(d)

    def chunk_all() -> None:
        for c in cleaned:
            forget_scans()
            chunk_text(c, max_chars=800, overlap=100)

    t_clean, t_chunk = best(clean_all), best(chunk_all)
    per5000 = t_clean / chars * 5000 * 1000
    print(f"articles={len(docs)} chars={chars}")
    print(f"clean_ms_per_5000_chars={per5000:.2f}")
    print(f"chunk_ms_per_5000_chars={t_chunk / chars * 5000 * 1000:.2f}  (800-character chunks)")
    print(f"ratio={per5000 / TARGET_MS_PER_5000:.2f}  (clean ms per 5,000 chars / {TARGET_MS_PER_5000} ms target)")


if __name__ == "__main__":
    main()
