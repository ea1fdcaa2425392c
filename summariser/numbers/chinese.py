"""Chinese numerals: 二十三, 两, 一百零五, 三千五百万, 二〇二三, 三点五, 一万二, 一万二千万, and the financial
forms 壹贰叁."""

from __future__ import annotations

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8,
             "玖": 9, "俩": 2, "○": 0}  # ○ (a circle) stands for 〇 in years typed by hand: 二○二三
CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 1e4, "亿": 1e8}
CN_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "".join(CN_BIG)
DECIMAL_POINT = "点"  # 三点五 = 3.5


def parse_chinese_numeral(s: str) -> float | None:
    """二十三 -> 23, 两 -> 2, 一百零五 -> 105, 三千五百万 -> 3.5e7, 二〇二三 -> 2023, 三点五亿 -> 3.5e8,
    一万二 -> 12000, 一万二千万 -> 1.2e8; None if malformed."""
    if not s:
        return None
    if DECIMAL_POINT in s:
        return _with_decimals(s)
    if len(s) > 2 and all(c in CN_DIGITS for c in s):  # digit-by-digit: 二〇二三
        return float("".join(str(CN_DIGITS[c]) for c in s))
    return _integer(s)


def _with_decimals(s: str) -> float | None:
    """三点五 -> 3.5, 十一点二亿 -> 1.12e9, 零点八 -> 0.8: digits after 点 are read one by one, and a 万/亿
    after them scales the whole number."""
    head, _, tail = s.partition(DECIMAL_POINT)
    scale = 1.0
    while tail and tail[-1] in CN_BIG:
        scale *= CN_BIG[tail[-1]]
        tail = tail[:-1]
    if not tail or not all(c in CN_DIGITS for c in tail):
        return None
    whole = _integer(head) if head else None
    if whole is None:
        return None
    return float(f"{int(whole)}.{''.join(str(CN_DIGITS[c]) for c in tail)}") * scale


def _integer(s: str) -> float | None:
    """A whole number written with 十百千 inside groups and 万/亿 between them.

    Groups are kept with the scale of their last multiplier, so a 万 that follows a number already holding
    a 万 scales all of it (一万二千万 = 12000万 = 1.2e8), while one after a 亿 group does not
    (一亿三千万 = 1.3e8). A last digit right after 百/千/万/亿 (not after 零 or 十) counts in the next
    lower place, as people say numbers: 一万二 = 12000, 两千三 = 2300, 三百五 = 350, and so before a larger
    place (一万二亿 = 1.2e12)."""
    parts: list[tuple[float, float]] = []  # (value, scale) of completed 万/亿 groups, larger scales first
    section = 0.0  # current group below 万
    digit: float | None = None
    last_place = 0.0  # the place (百, 千, 万, 亿) just written, for a colloquial last digit
    zero = False  # a 零 was written since the last place
    for c in s:
        if c in CN_DIGITS:
            if digit is not None and CN_DIGITS[c] != 0 and digit != 0:
                return None  # two digits in a row: 二三
            digit = CN_DIGITS[c]
            zero = zero or digit == 0
        elif c in CN_UNITS:
            section += (1 if digit is None else digit) * CN_UNITS[c]
            digit, last_place, zero = None, (0.0 if CN_UNITS[c] == 10 else CN_UNITS[c]), False
        elif c in CN_BIG:
            if digit and last_place and not zero and not section:
                digit *= last_place / 10  # 一万二亿 = 1.2万亿: the digit after 万 counts in 千, as said
            parts, section = _close_group(parts, section + (digit or 0), CN_BIG[c]), 0.0
            digit, last_place, zero = None, CN_BIG[c], False
        else:
            return None
    if digit and last_place and not zero:
        return sum(v for v, _ in parts) + section + digit * last_place / 10  # 一万二, 两千三
    return sum(v for v, _ in parts) + section + (digit or 0)


def _close_group(parts: list[tuple[float, float]], section: float, big: float) -> list[tuple[float, float]]:
    """Close the group before a 万 or 亿: it takes in the groups of no larger scale written before it."""
    below = 0.0
    scale = 1.0
    while parts and parts[-1][1] <= big:
        value, s = parts.pop()
        below += value
        scale = max(scale, s)
    if section == 0 and below == 0:
        section = 1  # a bare 万 or 亿: one of it
    return [*parts, ((below + section) * big, scale * big)]
