"""Find every quantity in the bundled example articles and cross-check a sample summary of each.

    python examples/check_demo.py [FILES or FOLDERS...]   # default: examples/articles

This is what the library does today without any model endpoint; `summarise(doc)` and
`summariser run` (issues 4 and 5) build on it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from summariser import check_text, extract_quantities

SUMMARIES = {  # what a model might write; some numbers are deliberately wrong
    "xiangcheng_q3_industry.txt": "1至9月襄城区规上工业总产值486.3亿元，增长7.8%；工业投资158亿元，技改投资62.4亿元，"
                                  "新增规上企业62家。Industrial investment reached 15.8 billion yuan.",
    "jingshan_trad_ruby.txt": "京山市1-8月规上工业产值312.8亿元，工业投资增长11.4%，新开工亿元以上项目32个。",
    "county_paper_ocr_page.txt": "The county's core digital economy revenue reached 8.64 billion yuan, up 21.3%, "
                                 "with 1,260 5G base stations and 158 firms connected.",
}


def main(args: list[str]) -> int:
    roots = [Path(a) for a in args] or [Path(__file__).parent / "articles"]
    files = [f for r in roots for f in (sorted(r.glob("*.txt")) if r.is_dir() else [r])]
    if not files:
        print("no .txt files found", file=sys.stderr)
        return 2
    for f in files:
        text = f.read_text(encoding="utf-8")
        qs = extract_quantities(text)
        print(f"== {f.name}: {len(qs)} quantities")
        for q in qs:
            high = f"–{q.value_high:g}" if q.value_high is not None else ""
            raw = q.raw.replace("\n", " ")
            print(f"  {raw:<16} {q.qualifier:>2} {q.value:g}{high} {q.unit}  [{q.start}:{q.end}]")
        summary = SUMMARIES.get(f.name)
        if summary:
            print(f"  summary: {summary}")
            for c in check_text(text, summary):
                print(f"    {c.status.value:<15} {c.raw:<22} {c.reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
