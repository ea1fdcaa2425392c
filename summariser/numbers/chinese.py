"""Chinese numerals: 二十三, 两, 一百零五, 三千五百万, 二〇二三, and the financial forms 壹贰叁."""

from __future__ import annotations

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8,
             "玖": 9, "俩": 2}
CN_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG = {"万": 1e4, "亿": 1e8}
CN_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "".join(CN_BIG)


def parse_chinese_numeral(s: str) -> float | None:
    """二十三 -> 23, 两 -> 2, 一百零五 -> 105, 三千五百万 -> 3.5e7, 二〇二三 -> 2023; None if malformed."""
    if not s:
        return None
    if all(c in CN_DIGITS for c in s) and len(s) > 2:  # digit-by-digit: 二〇二三
        return float("".join(str(CN_DIGITS[c]) for c in s))
    total = 0.0  # completed 亿/万 groups
    section = 0.0  # current group below 万
    digit: float | None = None
    for c in s:
        if c in CN_DIGITS:
            if digit is not None and CN_DIGITS[c] != 0 and digit != 0:
                return None  # two digits in a row: 二三
            digit = CN_DIGITS[c]
        elif c in CN_UNITS:
            section += (1 if digit is None else digit) * CN_UNITS[c]
            digit = None
        elif c in CN_BIG:
            section += digit or 0
            digit = None
            if section == 0 and total == 0:
                section = 1
            big = CN_BIG[c]
            if big == 1e8:
                total = (total + section) * big
            else:
                total += section * big
            section = 0
        else:
            return None
    return total + section + (digit or 0)
