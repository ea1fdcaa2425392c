"""Crash hunt: development pages mutated the way scraped pages go wrong, through the offline engine and the checker.

    python benchmarks/crash_hunt.py [--seed 1] [--per-shape 8] [--sets 222-260] [--shape NAME ...] [--slow 2.0]

Every page of /work/shared/corpus/pages and /tmp/heldout<N>/pages (the sets named, 222 to 260) is a seed.
Each text shape (an OCR or typing slip in a number, markup debris, a control character, a page-level
oddity) is applied to `--per-shape` seeded pages at up to three places each; the page goes through
`summarise` (the offline rules engine) and its output line is written as the batch job writes it
(`summary_line`), then its figures are re-checked with `check_figures` as `summariser check` does. Each claim
shape (a value NaN, inf, huge or -0.0, an odd unit, indicator, period or quote) is checked against seeded
pages. Growth shapes run one input at 1x, 4x and 16x its size and report time ratios (16x the size in
more than ~40x the time is super-linear). No network.

Prints per shape: runs, crashes (an exception or an error record), the slowest run in seconds; then each
distinct crash (shape, exception, where) once with the smallest input that showed it. Exit status 1 when
anything crashed.
"""

from __future__ import annotations

import argparse
import glob
import json
import random
import re
import signal
import sys
import time
import traceback
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from summariser.batch.inputs import iter_inputs  # noqa: E402
from summariser.batch.records import summary_line  # noqa: E402
from summariser.core.models import Document  # noqa: E402
from summariser.core.settings import Settings  # noqa: E402
from summariser.numbers.check import check_figures, check_text  # noqa: E402
from summariser.numbers.figure_names import shipped  # noqa: E402
from summariser.pipeline.rules.engine import RulesEngine  # noqa: E402
from summariser.text.clean import clean  # noqa: E402

NUMBER = re.compile(r"\d+(?:[.,]\d+)*%?")

Mutate = Callable[[str, random.Random], str]


def _at_number(fn: Callable[[str, random.Random], str]) -> Mutate:
    """A shape that rewrites a number of the page (up to three of them), `fn(number, rng)` -> replacement."""

    def mutate(text: str, rng: random.Random) -> str:
        found = list(NUMBER.finditer(text))
        if not found:
            return text + fn("12.5%", rng)
        for m in sorted(rng.sample(found, min(3, len(found))), key=lambda m: -m.start()):
            text = text[:m.start()] + fn(m.group(), rng) + text[m.end():]
        return text

    return mutate


def _insert(pieces: list[str]) -> Mutate:
    """A shape that inserts one of `pieces` at three random places of the page."""

    def mutate(text: str, rng: random.Random) -> str:
        for _ in range(3):
            i = rng.randrange(len(text) + 1)
            text = text[:i] + rng.choice(pieces) + text[i:]
        return text

    return mutate


def _inside(pieces: list[str]) -> Mutate:
    """A shape that puts one of `pieces` inside a number (between two of its characters)."""

    def put(num: str, rng: random.Random) -> str:
        i = rng.randrange(1, len(num)) if len(num) > 1 else 1
        return num[:i] + rng.choice(pieces) + num[i:]

    return _at_number(put)


_FW = str.maketrans("0123456789.%,", "０１２３４５６７８９．％，")


def _fullwidth_mix(num: str, rng: random.Random) -> str:
    return "".join(c.translate(_FW) if rng.random() < 0.5 else c for c in num)


def _doubled(num: str, rng: random.Random) -> str:
    return num.replace(".", "..") if "." in num else num[:1] + ",," + num[1:]


def _multi_point(num: str, rng: random.Random) -> str:
    return num.rstrip("%") + ".3.4" + ("%" if num.endswith("%") else "")


def _signs(num: str, rng: random.Random) -> str:
    return rng.choice(["--", "+-", "-+", "±±", "−−", "++", "－－", "-", "+"]) + num


def _long_digits(num: str, rng: random.Random) -> str:
    return "".join(rng.choice("0123456789") for _ in range(400)) + rng.choice(["", ".5", "%", "亿元"])


def _around(pieces: list[str]) -> Mutate:
    """A shape that puts one of `pieces` right before or after a number."""
    return _at_number(lambda n, r: r.choice(pieces) + n if r.random() < 0.5 else n + r.choice(pieces))


def _drop_number(num: str, rng: random.Random) -> str:
    return ""


def _replace(pieces: list[str]) -> Mutate:
    return _at_number(lambda n, r: r.choice(pieces))


def _cr_alone(text: str, rng: random.Random) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r")


def _no_stops(text: str, rng: random.Random) -> str:
    return re.sub(r"[。；！？\n\r]", "，", text)


def _lost_pieces(text: str, rng: random.Random) -> str:
    """A scrape that lost bits: eight short spans deleted (a list's item, a cell, half a number)."""
    for _ in range(8):
        i = rng.randrange(len(text) + 1)
        text = text[:i] + text[i + rng.randrange(1, 9):]
    return text


def _cut(text: str, rng: random.Random) -> str:
    return text[:rng.randrange(len(text) + 1)]


def _megabyte(text: str, rng: random.Random) -> str:
    return (text + "\n") * max(1, 1_000_000 // max(1, len(text)))


def _only_numbers(text: str, rng: random.Random) -> str:
    return "\n".join(" ".join(m.group() for m in NUMBER.finditer(line)) for line in text.splitlines())


def _random_numbers(text: str, rng: random.Random) -> str:
    return " ".join(f"{rng.uniform(-1e6, 1e6):.{rng.randrange(4)}f}{rng.choice(['', '%', '亿元', '万吨'])}"
                    for _ in range(2000))


TEXT_SHAPES: dict[str, Mutate] = {
    "double_point": _at_number(_doubled),
    "multi_point": _at_number(_multi_point),
    "stop_in_number": _inside(["。", "，", "、", "；", "：", " ", "\u3000"]),
    "fullwidth_mix": _at_number(_fullwidth_mix),
    "doubled_signs": _at_number(_signs),
    "long_digits": _at_number(_long_digits),
    "superscripts": _inside(["²", "³", "⁵", "₂", "¹⁰"]),
    "fractions": _around(["½", "¼", "⅓", "⅞", "⁄"]),
    "roman": _replace(["Ⅻ", "ⅲ", "Ⅳ", "ⅿ", "Ⅹ%", "Ⅱ亿元"]),
    "circled": _replace(["①", "⑳", "㊿", "⓪", "⑴", "⒈", "①②③%"]),
    "zero_runs": _replace(["〇〇〇〇", "零零零零", "一〇〇〇万", "零点零零零", "〇" * 50 + "亿元", "零" * 60]),
    "baifenzhi_empty": _replace(["百分之", "百分之。", "百分之点", "百分之百分之", "增长百分之", "千分之", "百分之负"]),
    "yiyi": _around(["亿亿", "万万", "亿万亿", "万亿亿元", "千千", "百百"]),
    "unit_no_number": _at_number(_drop_number),
    "range_no_ends": _replace(["至%", "—%", "~亿元", "-", "至", "到亿元", "—～—", "%-%", "1-", "-2%", "1至",
                                "至2万吨"]),
    "dash_runs": _around(["-—~", "——————", "~~~", "－－－", "…………", "-" * 80]),
    "sci_notation": _replace(["1e5", "1E+308", "1.2e", "9e999", "1e-400", "0x1F", "inf", "NaN", "1_000"]),
    "negative_zero": _replace(["-0", "−0.0%", "-0.00亿元", "0.0", "-0%", "+0"]),
    "digit_spaces": _at_number(lambda n, r: " ".join(n)),
    "br_in_number": _inside(["<br>", "<br/>", "</p><p>", "<span>", "&nbsp;", "<!-- -->", "\n"]),
    "entities": _insert(["&#x4E00;", "&#12345;", "&#0;", "&#x110000;", "&#xD800;", "&nbsp;", "&amp;#;", "&#;",
                         "&#x;", "&#99999999999;", "&lt;script&gt;", "&bogus;", "&#x3002;", "&#65285;"]),
    "unclosed_html": _insert(["<div><p>正文", "<a href='", "<!--", "<script>", "<style>", "<table><tr><td>12",
                              "</td></tr>", "<", "<p", "<br", "<<<>>>", "<?xml ", "<!DOCTYPE"]),
    "cdata": _insert(["<![CDATA[增长12%]]>", "<![CDATA[", "]]>", "<![CDATA[<p>12</p>"]),
    "cr_alone": _cr_alone,
    "control_chars": _insert(["\f", "\v", "\x00", "\x01", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u2029", "\x08"]),
    "lone_surrogate": _insert(["\ud800", "\udfff", "\udcff", "\ud83d"]),
    "bom_middle": _insert(["\ufeff", "\ufeff\ufeff", "\ufffe", "\ufffd"]),
    "rtl_marks": _insert(["\u200f", "\u202e", "\u200e", "\u200b", "\u200d", "\u2066", "\u061c", "\u00ad"]),
    "combining": _inside(["\u0301", "\u0332", "\u20e3", "\ufe0f", "\u3099"]),
    "emoji": _around(["📈", "👍🏽", "👨‍👩‍👧", "🇨🇳", "🔟", "1️⃣", "💯", "🈶"]),
    "brackets": _insert(["（" * 200, "“" * 100, "【" * 50, "《" * 300, "(" * 300, "）" * 200]),
    "repeated_words": _insert(["增长" * 300, "同比" * 300, "亿元" * 300, "其中" * 300, "完成" * 200, "%" * 300,
                               "第一" * 200, "年" * 400, "分别" * 200, "、" * 500, "，" * 500]),
    "tables": _insert(["\n" + "|".join(["12.3"] * 400) + "\n", "\n" + "\t".join(["5%"] * 300) + "\n",
                       "\n|---|---|\n|1|\n|||||\n", "\n" + "\n".join("指标\t" + str(i) for i in range(300)) + "\n"]),
    "no_stops": _no_stops,
    "lost_pieces": _lost_pieces,
    "cut_short": _cut,
    "megabyte": _megabyte,
    "only_numbers": _only_numbers,
    "random_numbers": _random_numbers,
    "empty": lambda t, r: "",
    "whitespace_only": lambda t, r: r.choice([" ", "\n\n\n", "\t \u3000\r\n", "\u3000" * 100, "&nbsp;" * 10]),
    "html_only_tags": lambda t, r: "<html><body>" + "<div></div>" * 500 + "</body></html>",
}

# Growth shapes: the piece repeated to 1x, 4x, 16x its base count, inside one sentence of a page.
GROWTH: dict[str, Callable[[int], str]] = {
    "grow_digits": lambda n: "工业产值增长" + "1" * (500 * n) + "%。",
    "grow_points": lambda n: "增长" + "1." * (300 * n) + "%。",
    "grow_commas": lambda n: "完成" + "1," * (300 * n) + "亿元。",
    "grow_numbers": lambda n: "，".join(f"产值{i}亿元增长{i % 30}.5%" for i in range(200 * n)) + "。",
    "grow_list": lambda n: "、".join(f"企业{i}" for i in range(300 * n)) + "分别增长" + "、".join(
        f"{i % 50}%" for i in range(300 * n)) + "。",
    "grow_no_stop": lambda n: "工业投资完成12亿元增长5%" * (150 * n),
    "grow_brackets": lambda n: "（" * (200 * n) + "增长12%" + "）" * (200 * n),
    "grow_words": lambda n: "增长同比" * (400 * n) + "12%。",
    "grow_dashes": lambda n: "增长1" + "-—~" * (300 * n) + "%。",
    "grow_table": lambda n: "\n".join("\t".join(f"{i * j}.5" for j in range(20)) for i in range(40 * n)),
    "grow_spaces": lambda n: "增长1" + " " * (1000 * n) + "2%。",
    "grow_zeros": lambda n: "增长" + "〇" * (300 * n) + "亿元。",
    "grow_quotes": lambda n: "“" * (300 * n) + "工业增加值增长8%" + "”" * (300 * n),
    "grow_html": lambda n: "<div>" * (500 * n) + "<p>工业增加值增长8%</p>" + "</div>" * (500 * n),
}

BASE_CLAIM: dict[str, Any] = {"indicator": "规上工业增加值增速", "value": 8.0, "unit": "%", "period": "2024年",
                              "kind": "actual", "measure": "growth", "quote": ""}
CLAIM_SHAPES: dict[str, list[dict[str, Any]]] = {
    "claim_value": [{"value": v} for v in (float("nan"), float("inf"), float("-inf"), 1e308, -1e308, -0.0, 5e-324,
                                           10 ** 400, -(10 ** 30), 1e15, 123456789012345678901234567890, True, "8",
                                           "8.0", "１２", "abc", "1.2.3", "", None)],
    "claim_high": [{"value_high": v} for v in (float("nan"), float("inf"), -0.0, 1e308, 10 ** 400, "x", 3.0)],
    "claim_unit": [{"unit": u} for u in ("", None, "xyz", "亿亿元", "%%", "％", "‰", "个百分点百分点", "万" * 50,
                                         "亿" * 5000, "元/吨/年/月", "倍倍", "番", "\x00", "\ud800", "亿元\n", " ", 5,
                                         "㎡", "m²", "kWh/kWh", "万千瓦时每小时")],
    "claim_indicator": [{"indicator": i} for i in ("", None, "增" * 10000, "工业增加值" * 2000, "\ud800", "%%%",
                                                   "分别" * 100, "拉动" * 50, "12.5%", "\x00\x01", "（" * 500, 7)],
    "claim_period": [{"period": p} for p in ("2024年13月", "2024年2月30日", "9999年", "0年", "第五季度", "1-13月",
                                             "2024年1-0月", "上半年下半年", "2024年" * 500, "", None, "\ud800",
                                             "2024年1月至2023年12月", "99999999999年", "二〇二四年十三月", 2024)],
    "claim_quote": [{"quote": q} for q in ("not in the source", "", None, "增长" * 5000, "\ud800", "。", "8%",
                                           "增长8%" * 100, 12)],
    "claim_kind": [{"kind": k, "measure": m, "qualifier": q} for k, m, q in (
        ("", "", ""), (None, None, None), ("bogus", "bogus", ">>"), ("target", "share", "<="),
        ("actual", "rank", "~"))],
    "claim_text": [{"text": t, "value": None} for t in ("增长1..2%", "百分之", "亿亿元", "1e400亿元", "9" * 400 + "%",
                                                        "", "\ud800", "①②%", "-0%", "增长" * 3000 + "8%")],
    "claim_subject": [{"subject": s} for s in ("", "\ud800", "县" * 5000, None, 3)],
}

TEXT_CHECKS = ["增长1..2%", "完成3,,000亿元", "百分之", "增长" + "9" * 400 + "%", "亿亿元", "①增长5%", "\ud800增长8%",
               "-0%", "增长12.3.4%", "1e999", "增长８．５%", "至%", "—%", "增长" * 2000 + "8%", "", "\x00"]


def pages(sets: list[int]) -> list[tuple[str, str]]:
    paths = sorted(glob.glob("/work/shared/corpus/pages/*"))
    for s in sets:
        paths += sorted(glob.glob(f"/tmp/heldout{s}/pages/*"))
    return [(p, Path(p).read_text(encoding="utf-8", errors="replace")) for p in paths]


class TooSlow(Exception):
    """A run cut off after `--limit` seconds (super-linear time, or a hang)."""


def _too_slow(signum: int, frame: object) -> None:
    raise TooSlow("cut off")


class Hunt:
    limit = 60.0
    save: Path | None = None  # where each crashing input is written, when given

    def __init__(self) -> None:
        self.engine = RulesEngine(Settings.from_env({}))
        self.runs: Counter[str] = Counter()
        self.crashes: Counter[str] = Counter()
        self.slowest: dict[str, tuple[float, str]] = {}
        self.seen: dict[tuple[str, str], tuple[str, str]] = {}  # (shape, where) -> (exception, smallest input)
        self.fail_inputs: dict[str, list[str]] = defaultdict(list)

    def _where(self, e: BaseException) -> str:
        frames = [f for f in traceback.extract_tb(e.__traceback__) if "/summariser/" in f.filename]
        f = frames[-1] if frames else traceback.extract_tb(e.__traceback__)[-1]
        return f"{Path(f.filename).name}:{f.lineno} {f.name}"

    def _record(self, shape: str, seconds: float, what: str | bytes, e: BaseException | None) -> None:
        what = what if isinstance(what, str) else what.decode("utf-8", "replace")
        self.runs[shape] += 1
        if seconds > self.slowest.get(shape, (-1.0, ""))[0]:
            self.slowest[shape] = (seconds, what[:80])
        if e is None:
            return
        self.crashes[shape] += 1
        if self.save is not None:
            path = self.save / f"{shape}_{self.crashes[shape]}.txt"
            path.write_text(what, encoding="utf-8", errors="surrogatepass")
        key = (shape, self._where(e))
        old = self.seen.get(key)
        if old is None or len(what) < len(old[1]):
            self.seen[key] = (f"{type(e).__name__}: {str(e)[:160]}", what)

    def progress(self, shape: str) -> None:
        print(f"  {shape}: {self.runs[shape]} runs, {self.crashes[shape]} crashes, slowest "
              f"{self.slowest.get(shape, (0.0, ''))[0]:.2f}s", file=sys.stderr, flush=True)

    def document(self, shape: str, text: str | bytes) -> float:
        """Summarise `text`, write its line, re-check its figures; the seconds it took."""
        t0 = time.perf_counter()
        err: BaseException | None = None
        signal.setitimer(signal.ITIMER_REAL, self.limit)
        try:
            s = self.engine.summarise_now(Document(id="x", text=text))
            line = summary_line(s)
            line.line.encode("utf-8")
            _recheck(text if isinstance(text, str) else clean(text).text, json.loads(line.line).get("figures") or [])
        except Exception as e:  # noqa: BLE001 - what the hunt is for
            err = e
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
        dt = time.perf_counter() - t0
        self._record(shape, dt, text, err)
        return dt

    def claims(self, shape: str, source: str, claim: dict[str, Any]) -> None:
        t0 = time.perf_counter()
        err: BaseException | None = None
        try:
            check_figures(source, [{**BASE_CLAIM, **claim}])
        except Exception as e:  # noqa: BLE001
            err = e
        self._record(shape, time.perf_counter() - t0, repr(claim)[:300], err)

    def text_check(self, source: str, text: str) -> None:
        t0 = time.perf_counter()
        err: BaseException | None = None
        try:
            check_text(source, text)
        except Exception as e:  # noqa: BLE001
            err = e
        self._record("check_text", time.perf_counter() - t0, text[:300], err)

    def jsonl_input(self, tmp: Path, text: str) -> None:
        """A JSONL line holding `text` (lone surrogates escaped as JSON allows), read as the batch job reads it."""
        path = tmp / "crash_hunt_input.jsonl"
        path.write_text(json.dumps({"id": "a\ud800", "text": text}) + "\n", encoding="utf-8")
        t0 = time.perf_counter()
        err: BaseException | None = None
        try:
            for it in iter_inputs([str(path)]):
                if it.problem:
                    raise RuntimeError(f"input problem {it.problem}")
                assert it.read is not None
                got = it.read()
                s = self.engine.summarise_now(Document(id=it.id, text=got))
                summary_line(s).line.encode("utf-8")
        except Exception as e:  # noqa: BLE001
            err = e
        self._record("jsonl_surrogate", time.perf_counter() - t0, text[:300], err)


def _recheck(raw: str, figures: list[dict[str, Any]]) -> None:
    """What `summariser check` does with a record's figures: checked again against the cleaned source."""
    c = clean(raw)
    for v in shipped(figures, check_figures(c.text, figures), c.text):
        if v.span:
            c.to_raw(*v.span)


def _sets(spec: str) -> list[int]:
    lo, _, hi = spec.partition("-")
    out = list(range(int(lo), int(hi or lo) + 1))
    assert all(222 <= s <= 260 for s in out), "sets 222 to 260 only"
    return out


def _text_shapes(hunt: Hunt, docs: list[tuple[str, str]], rng: random.Random, per: int, only: set[str]) -> None:
    for name, mutate in TEXT_SHAPES.items():
        if only and name not in only:
            continue
        n = 1 if name in ("megabyte",) else per
        for _, text in rng.sample(docs, min(n, len(docs))):
            hunt.document(name, mutate(text, rng))
        hunt.progress(name)


def _nul_bytes(text: str, rng: random.Random) -> bytes:
    """A page's UTF-8 bytes, as a file holds them, with a NUL or control byte slipped in between two characters."""
    i = rng.randrange(len(text) + 1)
    return text[:i].encode("utf-8") + rng.choice([b"\x00", b"\x00\x00", b"\x01", b"\x1a"]) + text[i:].encode("utf-8")


def _bytes_shapes(hunt: Hunt, docs: list[tuple[str, str]], rng: random.Random, per: int, only: set[str]) -> None:
    if only and "nul_bytes" not in only:
        return
    for _, text in rng.sample(docs, min(per, len(docs))):
        hunt.document("nul_bytes", _nul_bytes(text, rng))
    hunt.progress("nul_bytes")


def _growth(hunt: Hunt, docs: list[tuple[str, str]], rng: random.Random, only: set[str]) -> list[str]:
    lines = []
    for name, make in GROWTH.items():
        if only and name not in only:
            continue
        _, host = rng.choice(docs)
        cut = host.find("。") + 1
        times = [hunt.document(name, host[:cut] + make(k) + host[cut:]) for k in (1, 4, 16)]
        hunt.progress(name)
        lines.append(f"{name}: 1x {times[0]:.2f}s 4x {times[1]:.2f}s 16x {times[2]:.2f}s "
                     f"ratio16={times[2] / max(times[0], 1e-3):.1f}")
    return lines


def _claim_shapes(hunt: Hunt, docs: list[tuple[str, str]], rng: random.Random, only: set[str]) -> None:
    for name, claims in CLAIM_SHAPES.items():
        if only and name not in only:
            continue
        for claim in claims:
            _, source = rng.choice(docs)
            hunt.claims(name, source, claim)
    if not only or "check_text" in only:
        for t in TEXT_CHECKS:
            hunt.text_check(rng.choice(docs)[1], t)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-shape", type=int, default=8)
    ap.add_argument("--sets", default="222-260")
    ap.add_argument("--shape", action="append", default=[])
    ap.add_argument("--limit", type=float, default=60.0, help="seconds after which a run is cut off (a crash)")
    ap.add_argument("--save", type=Path, help="a folder to write each crashing input to")
    ap.add_argument("--slow", type=float, default=5.0, help="seconds over which a run is listed as slow")
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    docs = pages(_sets(a.sets))
    hunt, only = Hunt(), set(a.shape)
    Hunt.limit, Hunt.save = a.limit, a.save
    signal.signal(signal.SIGALRM, _too_slow)
    t0 = time.perf_counter()
    _text_shapes(hunt, docs, rng, a.per_shape, only)
    _bytes_shapes(hunt, docs, rng, a.per_shape, only)
    growth = _growth(hunt, docs, rng, only)
    _claim_shapes(hunt, docs, rng, only)
    if not only or "jsonl_surrogate" in only:
        for _, text in rng.sample(docs, 3):
            hunt.jsonl_input(Path("/tmp"), TEXT_SHAPES["lone_surrogate"](text, rng))
    print(f"{len(docs)} pages, seed {a.seed}, {sum(hunt.runs.values())} runs in {time.perf_counter() - t0:.0f} s")
    for name in hunt.runs:
        sec, what = hunt.slowest[name]
        print(f"{name:18} runs={hunt.runs[name]:4} crashes={hunt.crashes[name]:3} slowest={sec:6.2f}s")
    print("\n".join(growth))
    for (shape, where), (exc, what) in sorted(hunt.seen.items()):
        print(f"CRASH {shape} at {where}: {exc}\n    smallest input ({len(what)} chars): {what[:200]!r}")
    slow = [(s, n) for n, (s, _) in hunt.slowest.items() if s > a.slow]
    for s, n in sorted(slow, reverse=True):
        print(f"SLOW {n}: {s:.1f}s")
    print(f"total crashes={sum(hunt.crashes.values())}")
    return 1 if hunt.crashes else 0


if __name__ == "__main__":
    raise SystemExit(main())
