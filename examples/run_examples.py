"""Summarise the bundled example articles: one JSON line per article on stdout, a digest on stderr.

    python examples/run_examples.py [FILES or FOLDERS...] > summaries.jsonl

With no endpoint configured this uses the offline rules engine; set SUMMARISER_BASE_URL (and
SUMMARISER_MODEL) to use a model. The batch command `summariser run` (issue 5) will replace this.
"""

from __future__ import annotations

import sys
from pathlib import Path

from summariser import Document, Settings, SummariserError, summarise


def main(args: list[str]) -> int:
    here = Path(__file__).parent
    roots = [Path(a) for a in args] or [here / "articles", here / "html"]
    files = [f for r in roots for f in (sorted(p for p in r.iterdir() if p.is_file()) if r.is_dir() else [r])]
    settings = Settings.from_env()
    if not settings.uses_model:
        print("no endpoint configured: using the offline rules engine (set SUMMARISER_BASE_URL to use a model)",
              file=sys.stderr)
    failed = 0
    for f in files:
        try:
            r = summarise(Document(id=f.stem, text=f.read_bytes(), source=str(f)), settings=settings)
        except SummariserError as e:
            failed += 1
            print(f"{f.name}: {type(e).__name__}: {e}", file=sys.stderr)
            continue
        print(r.model_dump_json())
        print(f"{f.name}: {r.headline} | {len(r.figures)} figures {r.checks.figures} | engine={r.provenance.engine}",
              file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
