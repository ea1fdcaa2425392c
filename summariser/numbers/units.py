"""Units: the base units the parser knows, their classes, multipliers, and unit strings as written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MULTIPLIERS: dict[str, float] = {"百": 1e2, "千": 1e3, "万": 1e4, "亿": 1e8}

MONEY = ("元", "美元", "欧元", "港元", "日元", "英镑")
COUNTERS = (
    "个", "家次", "家", "条", "副", "只", "张", "台", "套", "项", "户", "人份", "人次", "人", "名", "位", "次",
    "座", "辆", "架", "艘", "所", "件", "间", "栋", "幢", "处", "场", "支", "株", "头", "枚", "箱",
    "袋", "瓶", "盒", "款", "类", "种", "笔", "份", "篇", "册", "颗", "根", "组", "宗", "趟", "片",
    "双", "粒", "块", "批", "席", "列", "股", "顶", "锭", "纱锭", "部",
)
MEASURES = (
    "吨标准煤", "吨", "千克", "公斤", "亩", "公顷", "平方公里", "平方米", "平米", "立方米", "公里",
    "千米", "米", "千瓦时", "千瓦", "兆瓦", "吉瓦", "标箱", "千伏安", "兆伏安", "千伏", "安时", "芯千米",
    "千升", "升", "克", "重量箱",  # (平板玻璃产量1200万重量箱: flat glass by the 50 kg case)
    "摄氏度",  # (钢坯温度1200摄氏度: a temperature, no 度 of power)
)
# 年 as a length of time (约2年, 用3年时间); the parser tells it from a date or a span of past years (近3年).
DURATIONS = ("个月", "个工作日", "工作日", "小时", "分钟", "天", "年")
PERCENT, POINTS, MULTIPLE = "%", "个百分点", "倍"
SCORE = "分"  # a rating's score (综合得分86.42分); the parser takes it after digits only (十分 is "very")
# Bases of rates: time (万吨/年; 天 and 时 are folded into 日 and 小时) and the things a price or a yield
# is per (万元/亩, 元/吨, 元/平方米, 亿元/平方公里).
PER = {"年": "年", "日": "日", "天": "日", "月": "月", "小时": "小时", "时": "小时", "周": "周",
       "亩": "亩", "平方米": "平方米", "平方公里": "平方公里", "公顷": "公顷",
       "吨": "吨", "人": "人", "千瓦时": "千瓦时", "度": "千瓦时",
       "克": "克", "g": "克", "千克": "千克", "公斤": "千克", "kg": "千克"}  # (金价580元/g: per gram)

CLASS_NAMES = {
    "money": "an amount of money",
    "percent": "a percentage",
    "points": "percentage points",
    "multiple": "a multiple",
    "count": "a count",
    "measure": "a physical measure",
    "duration": "a duration",
    "rate": "a rate",
    "score": "a score",
    "none": "a bare number",
}

_CLASS: dict[str, str] = {PERCENT: "percent", POINTS: "points", MULTIPLE: "multiple", SCORE: "score", "": "none",
                          "*": "count"}
_CLASS.update({u: "money" for u in MONEY})
_CLASS.update({u: "count" for u in COUNTERS})
_CLASS.update({u: "measure" for u in MEASURES})
_CLASS.update({u: "duration" for u in DURATIONS})

# Written unit words that fold into a base unit with a factor.
ALIASES: dict[str, tuple[float, str]] = {
    "人民币": (1, "元"), "百分点": (1, POINTS), "成": (10, PERCENT),
    "个点": (1, POINTS),  # (增速同比加快3.7个点: points, as 个百分点 are; not 个点位, whose 位 the parser refuses)
    "％": (1, PERCENT), "﹪": (1, PERCENT), "‰": (0.1, PERCENT), "千分点": (0.1, POINTS), "个千分点": (0.1, POINTS),
    "℃": (1, "摄氏度"),  # (a temperature: not 度, which is power)
    "公吨": (1, "吨"), "度": (1, "千瓦时"), "斤": (0.5, "千克"),  # (粮食产量24亿斤: a 斤 is half a 千克)
    "千瓦小时": (1, "千瓦时"), "立方": (1, "立方米"),  # (天然气75亿立方: cubic metres, as 亿立方米)
    "平方千米": (1, "平方公里"),  # (园区面积10平方千米: square kilometres, as 平方公里)
    # (area and volume in their symbols: 新建标准厂房12万㎡, 建筑面积3.5万m², 天然气产量32亿m³)
    "㎡": (1, "平方米"), "m²": (1, "平方米"), "㎢": (1, "平方公里"), "km²": (1, "平方公里"),
    "m³": (1, "立方米"), "㎥": (1, "立方米"),
    # (a container port's unit, the twenty-foot 标准箱 = 标箱 = TEU; energy in GWh and MWh = 10⁶ and 10³ 千瓦时)
    "标准箱": (1, "标箱"), "吉瓦时": (1e6, "千瓦时"), "兆瓦时": (1e3, "千瓦时"), "TEU": (1, "标箱"),
    "GWh": (1e6, "千瓦时"), "MWh": (1e3, "千瓦时"), "瓦时": (1e-3, "千瓦时"),  # (储能电池12亿瓦时)
    # energy and power in latin letters, as these pages write them after a Chinese multiplier (6.4亿KWH), each in
    # one spelling: they are read in any case (LATIN_UNITS)
    "kWh": (1, "千瓦时"), "kW": (1, "千瓦"), "MW": (1, "兆瓦"), "GW": (1, "吉瓦"),
    "kVA": (1, "千伏安"), "kV": (1, "千伏"),
}

# Units in latin letters, read in any case: pages and claims write 20gw, 45Gw, 3.2亿kwh as freely as 20GW (no two
# of these differ only in case; a milliwatt is no unit of these articles). Keyed by the casefolded word.
LATIN_UNITS: frozenset[str] = frozenset(w for w in ALIASES if w.isascii() and w.isalpha())
LATIN_ALIASES: dict[str, tuple[float, str]] = {w.casefold(): ALIASES[w] for w in LATIN_UNITS}

# Every unit word the Chinese parser accepts after a number, longest first.
UNIT_WORDS: tuple[str, ...] = tuple(
    sorted({*MONEY, *COUNTERS, *MEASURES, *DURATIONS, PERCENT, POINTS, MULTIPLE, SCORE, *ALIASES} - {"成"},
           key=len, reverse=True)
)


def unit_class(base: str) -> str:
    """The class of a base unit: money, percent, points, multiple, count, measure, duration, rate, none."""
    if "/" in base:
        return "rate"
    return _CLASS.get(base, "count")


def describe(base: str) -> str:
    """Words for a unit's class, for reasons a person reads."""
    cls = unit_class(base)
    if cls == "rate":
        head, _, per = base.partition("/")
        return f"a rate of {head} per {per}"
    if cls == "count" and base not in ("", "*"):
        return f"a count of {base}"
    return CLASS_NAMES[cls]


@dataclass(frozen=True, slots=True)
class UnitSpec:
    """A written unit resolved to a factor and a base unit (亿元 -> 1e8, 元)."""

    factor: float
    base: str
    accepts: frozenset[str] = frozenset()  # other base units a loose word stands for (projects: 个 or 项)

    @property
    def cls(self) -> str:
        return unit_class(self.base)


def multiplier(chain: str) -> float:
    """The product of a chain of multiplier characters (千万 -> 1e7, 万亿 -> 1e12)."""
    f = 1.0
    for ch in chain:
        f *= MULTIPLIERS[ch]
    return f


def format_value(value: float, base: str) -> str:
    """A canonical value written back the way Chinese sources write it (3.9e10, 元 -> 390亿元)."""
    if base in ("%", POINTS, MULTIPLE) or unit_class(base) in ("duration",):
        return f"{_num(value)}{base}"
    a = abs(value)
    for word, f in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if a >= f:
            return f"{_num(value / f)}{word}{'' if base == '*' else base}"
    return f"{_num(value)}{'' if base == '*' else base}"


def _num(v: float) -> str:
    if not abs(v) < 1e16:  # beyond any real figure (and inf, nan): the digits would say nothing
        return f"{v:.6g}"
    r = round(v, 6)
    return str(int(r)) if float(r).is_integer() else f"{r:.6f}".rstrip("0").rstrip(".")


def number_text(v: Any) -> str:
    """A number as a person writes it (26, 1.2345, -2.5); anything that is not a number as it is."""
    try:
        return _num(float(v))
    except (TypeError, ValueError):
        return "" if v is None else str(v)


def tidy(v: float) -> float:
    """Undo binary noise from scaling (1.2 * 1e12) so equal quantities compare equal."""
    return float(f"{v:.12g}")
