"""Throughput of the quantity parser and cross-checker on whole articles.

Per article: find every quantity, check every figure as a claim, and check the numbers of a
two-sentence summary, as `summarise` does. Caches are cleared on every pass, so each pass is a cold
run. The slow path (every figure claimed 10x too large) is timed apart.

    python benchmarks/checker_throughput.py [FILES...]   # default: ../shared/seeds, else examples/

Prints MB of source per second, ms per article, ms per 5,000 characters and `ratio=` that time
against the 5 ms target (below 1 meets it). One run, one machine: compare runs, not machines.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import best  # noqa: E402

from summariser import check_figures, check_text, extract_quantities  # noqa: E402
from summariser.numbers.check import forget  # noqa: E402

TARGET_MS_PER_5000 = 5.0


def articles(args: list[str]) -> list[tuple[str, str]]:
    if args:
        paths = [Path(a) for a in args]
    else:
        seeds = ROOT.parent / "shared" / "seeds"
        folder = seeds if seeds.exists() else ROOT / "examples" / "articles"
        paths = sorted(folder.glob("*.txt"))
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


def _claims(text: str) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    qs = extract_quantities(text)
    right = [{"value": q.written_value, "unit": q.written_unit, "qualifier": q.qualifier} for q in qs]
    wrong = [{"value": q.written_value * 10, "unit": q.written_unit} for q in qs]
    return right, wrong


def _summary(text: str) -> str:
    """A summary as a model writes one: a few of the article's own figures in a sentence, and one wrong."""
    qs = [q for q in extract_quantities(text) if q.value_high is None][:4]
    parts = [q.raw.replace("\n", "") for q in qs]
    return "全年" + "，".join(parts) + f"，另有{len(text)}家企业参与。"


def _cold() -> None:
    forget()  # parses and verdicts are memoised per text and claim: a cold pass starts without them


def main() -> None:
    docs = articles(sys.argv[1:])
    chars = sum(len(t) for _, t in docs)
    nbytes = sum(len(t.encode("utf-8")) for _, t in docs)
    prepared = [(t, *_claims(t), _summary(t)) for _, t in docs]
    n_right = sum(len(r) for _, r, _, _ in prepared)
    n_wrong = sum(len(w) for _, _, w, _ in prepared)

    def parse_all() -> None:
        for text, _, _, _ in prepared:
            _cold()
            extract_quantities(text)

    def article_all() -> None:  # what a summary costs: parse, one claim per figure, the summary's numbers
        for text, right, _, summary in prepared:
            _cold()
            check_figures(text, right)
            check_text(text, summary)

    def wrong_all() -> None:  # the slow path: every figure claimed 10x too large
        for text, _, wrong, _ in prepared:
            _cold()
            check_figures(text, wrong)

    rounds = 20
    t_parse = best(parse_all, rounds)
    t_article = best(article_all, rounds)
    t_wrong = best(wrong_all, rounds)
    per5000 = t_article / chars * 5000 * 1000
    print(f"articles={len(docs)} chars={chars} figures={n_right}")
    print(f"parse_ms_per_5000_chars={t_parse / chars * 5000 * 1000:.2f}")
    print(f"supported_claim_us={(t_article - t_parse) / (n_right + 5 * len(docs)) * 1e6:.0f}  (approx., per number)")
    print(f"unsupported_claim_us={(t_wrong - t_parse) / n_wrong * 1e6:.0f}  (every figure 10x too large)")
    print(f"mb_per_s={nbytes / t_article / 1e6:.2f}  (parse + check every figure + a summary)")
    print(f"ms_per_article={t_article / len(docs) * 1000:.2f}")
    print(f"ms_per_5000_chars={per5000:.2f}")
    print(f"ratio={per5000 / TARGET_MS_PER_5000:.2f}  "
          f"(ms per 5,000 chars / {TARGET_MS_PER_5000} ms target; below 1 meets it)")


if __name__ == "__main__":
    main()
