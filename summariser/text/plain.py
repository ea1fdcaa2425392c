"""Cleaning plain text: the article body of a scraped page or OCR'd newspaper, simplified, with an offset map.

The output is built only by deleting characters of the input and replacing characters one for one
(traditional to simplified, full-width digits), so every character of `.text` knows the offset of
the input character it came from and any span maps back with `.to_raw`.

Line rules decide what is not the article: site chrome (menus, breadcrumbs, 来源/浏览/编辑 lines,
QR-code notes, footers with ICP and 公网安备 numbers, addresses, phones), comment boxes, and
everything after 上一篇/下一篇/相关新闻 (other articles and their figures). Layout rules repair OCR:
a figure split across blank lines (125\\n\\n亿元), stray spaces inside Chinese text, indentation.
"""

from __future__ import annotations

import bisect
import re
from itertools import compress
from typing import Callable, Sequence

from ..core import textmap
from ..core.chars import CLOSERS, HAN, OTHER_ARTICLES, SENTENCE_END, no_space
from ..core.simplify import to_simplified
from ..core.wraps import layout_breaks
from .cleaned import CleanText, Removal, Section

# --------------------------------------------------------------------------- line rules

_CHROME: list[tuple[str, re.Pattern[str]]] = [
    ("site menu", re.compile(r"^(?:登录|注册|退出|首页|无障碍|长者模式|关怀模式|繁体|简体|English|"
                             r"网站地图|站点地图|设为首页|加入收藏|手机版|微信|微博|RSS|[|｜/·•>])+$", re.I)),
    ("breadcrumb", re.compile(r"^(?:当前位置|您的位置|你的位置|您现在的位置|现在位置)[:：]|^首页(?:>|＞|»|›|->|→)")),
    ("article meta line", re.compile(r"(?:来源|发布时间|发布日期|时间|浏览|浏览次数|点击|点击数|阅读|阅读数|字号|字体|"
                                     r"编辑|作者|责任编辑|审核|审校|校对|栏目|信息来源|分享到|打印|关闭窗口)[:：]|"
                                     r"【?字[号体][:：]?[大中小]|打印本页|关闭窗口")),
    ("QR code or original-link note", re.compile(r"二维码|扫一扫|微信扫|手机打开|原文链接|查看原文|阅读原文|"
                                                 r"收集整理|相关权利归属|^(?:https?://|www\.)\S+$")),
    ("footer: codes, address, contact", re.compile(
        r"网站标识码|ICP备|ICP证|公网安备|主办单位|^主办[:：]|承办单位|^承办[:：]|技术支持|版权所有|Copyright|©|"
        r"^地址[:：]|单位地址|邮编|邮政编码|联系电话|^电话[:：]|传真[:：]|E-?mail|电子邮箱|^联系人[:：]|单位名称|"
        r"信息查询地址|点击总量|访问量|网站纠错|^站点地图", re.I)),
    ("reader counts", re.compile(r"^(?:阅读|浏览|播放|阅读量|浏览量)\s*[\d.]+[万wW]?\+?"
                                 r"(?:\s*(?:赞|点赞|在看|转发|分享|收藏|留言)\s*[\d.]*[万wW]?\+?)*$")),
    ("paywall note", re.compile(r"订阅后可?查看全文|付费后可?(?:查看|阅读)全文|开通会员(?:后|即可)(?:查看|阅读)")),
    ("comment box", re.compile(r"网友评论|文明上网|理性发言|发表评论|我要评论|评论服务协议|^验证码|^提交$|^评论$")),
    ("newspaper page header", re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日星期.{1,2}(?:第\d+版)?|^第\d+版")),
    ("link list", re.compile(r"^[·•▪◆■□▶►※]|^.{4,40}\d{4}-\d{2}-\d{2}$")),
]
# All the rules in one pattern: most lines are body text, which one search clears (then the rules in order).
_ANY_CHROME = re.compile("|".join(f"(?i:{rx.pattern})" if rx.flags & re.I else f"(?:{rx.pattern})"
                                  for _, rx in _CHROME))
_TEASER_WINDOW = 5000  # characters after a line where the article's start may repeat it
_CHROME_MAX = 120  # chrome is short; a longer line is body text even when it names a phone number
_TITLE_MAX = 40
_LEAD = re.compile(r"^(?:本报讯|本报记者|本报通讯员|[（(]?记者|通讯员|新华社|据.{0,10}消息)")
_ENDS_SENTENCE = re.compile(rf"[{SENTENCE_END}…][{CLOSERS}]*$")  # a line that ends as a sentence does

_KEYS = r"(?!发布|时间|浏览|点击|编辑|作者|审核|字号)"
_META = [
    ("source", re.compile(rf"(?:信息来源|来源)[:：]\s*{_KEYS}([^\s:：|]{{2,40}})")),
    ("published", re.compile(r"(?:发布时间|发布日期|时间)[:：]\s*(\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2})")),
    ("column", re.compile(rf"栏目[:：]\s*{_KEYS}([^\s|]{{2,40}})")),
    ("editor", re.compile(rf"(?:责任编辑|编辑)[:：]\s*{_KEYS}([^\s|:：]{{2,10}})")),
]

# --------------------------------------------------------------------------- layout rules

_CJK_PUNCT = r"，。、；：？！“”‘’（）《》【】…—"
_SP = r"[ \t\u3000\xa0]"
# Spaces between Chinese characters, or between Chinese and a digit: layout, not content.
_STRAY_SPACE = re.compile(rf"(?<=[{HAN}{_CJK_PUNCT}]){_SP}+(?=[{HAN}{_CJK_PUNCT}A-Za-z0-9])|"
                          rf"(?<=[A-Za-z0-9%]){_SP}+(?=[{HAN}{_CJK_PUNCT}])")
# A figure broken across lines by OCR: 125\n\n亿元, and 突破\n90\n亿元
_UNIT_AHEAD = r"(?:万亿|[万亿千百])?(?:元|美元|%|个|家|条|项|吨|人|台|套|只|副|倍|亩)"
_BROKEN_FIGURE = re.compile(rf"(?<=[0-9]){_SP}*\n\s*(?={_UNIT_AHEAD})|"
                            rf"(?<=[{HAN}]){_SP}*\n\s*(?=[0-9][0-9.]*\s*{_UNIT_AHEAD})")
# The gaps between the cells of a table row written across (行业名称  用电量(万千瓦时)  同比(%); 金属制品业  38912
# 6.7): two or more spaces or a tab, on a line with two of them or ending in a number after one. They are
# the table's structure, which numbers/tables.py reads, not stray spaces.
_CELL_GAP = re.compile(r"[ \t\u3000]{2,}|\t")
_ROW = re.compile(r"(?m)^[ \t\u3000]*\S[^\n]*$")
_LAST_NUMBER = re.compile(r"[-−－+]?\d+(?:\.\d+)?[ \t\u3000]*$")


def _cell_gaps(t: str) -> set[int]:
    """Where the cell gaps of table rows written across start (a linear pass over the lines)."""
    out: set[int] = set()
    if "  " not in t and "\t" not in t and "\u3000\u3000" not in t:
        return out
    for line in _ROW.finditer(t):
        body = line.group(0).lstrip(" \t\u3000")
        at = line.end() - len(body)
        gaps = [at + m.start() for m in _CELL_GAP.finditer(body.rstrip(" \t\u3000"))]
        # (a tab is a cell's end wherever it stands: 地区\t增速, a table's heading row of two cells)
        if len(gaps) >= 2 or (gaps and _LAST_NUMBER.search(body[gaps[-1] - at:])) or "\t" in body.rstrip():
            out.update(gaps)
    return out


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_fold_digits = textmap.replacer(str.maketrans("０１２３４５６７８９％﹪", "0123456789%%"))  # (﹪: a small percent sign)


def clean_plain(raw: str, *, encoding: str | None = None, keep: Sequence[tuple[int, int]] | None = None,
               keep_reason: str = "") -> CleanText:
    """Clean plain text. `keep`, when given, lists the only raw spans that may be kept (the main content
    an HTML extractor found); everything else is removed with `keep_reason`."""
    ruby = textmap.ruby_spans(raw)
    kept = textmap.without(raw, ruby) if ruby else raw  # not the parser's view: the clean text keeps its punctuation
    kept = _LONE_SURROGATE.sub("\ufffd", kept)  # (a JSON line's "\ud800": U+FFFD, so that quotes can be written)
    simplified = to_simplified(kept)
    script = "zh-Hant" if simplified != kept else "zh-Hans"
    t = _fold_digits(simplified)
    origin = textmap.origin_without(len(raw), ruby)

    drop = bytearray(len(t))  # 1 = leave out of the clean text
    removed: list[Removal] = []
    meta: dict[str, str] = {}

    def remove(a: int, b: int, reason: str) -> None:
        if a >= b:
            return
        drop[a:b] = b"\x01" * (b - a)
        ra, rb = origin[a], origin[b - 1] + 1
        removed.append(Removal(ra, rb, reason, raw[ra:rb]))

    if keep is not None:
        allowed = bytearray(b"\x01") * len(t)
        for a, b in keep:
            i, j = bisect.bisect_left(origin, a), bisect.bisect_left(origin, b)
            allowed[i:j] = b"\x00" * (j - i)
        _remove_runs(t, allowed, remove, keep_reason)

    lines = _lines(t)
    body_seen = False
    flat = no_space(t)  # the text as the teaser rule compares it, built once
    flat_next = 0  # where the next line starts in `flat`
    for n, (a, b) in enumerate(lines):
        line = no_space(t[a:b])
        flat_next += len(line)
        if not line or all(drop[a:b]):
            continue
        if body_seen and OTHER_ARTICLES.match(line):
            remove(a, len(t), "after the article: navigation and other articles")
            break
        reason = _chrome(line)
        if reason:
            if reason == "article meta line":
                for key, rx in _META:
                    m = rx.search(t[a:b])
                    if m:
                        meta.setdefault(key, m.group(1))
            remove(a, b, reason)
            continue
        if not body_seen and len(line) >= 20 and n + 1 < len(lines):
            # a teaser repeats the start of the article, which follows it closely: searched for within a
            # window, so that a page whose body never starts costs time in proportion to its length
            if flat.find(line.rstrip("…．."), flat_next, flat_next + _TEASER_WINDOW) >= 0:
                remove(a, b, "teaser repeating the start of the article")
                continue
        if len(line) > _TITLE_MAX or _ENDS_SENTENCE.search(line):
            body_seen = True

    cells = _cell_gaps(t)
    for rx in (_BROKEN_FIGURE, _STRAY_SPACE):
        for m in rx.finditer(t):
            if m.start() not in cells:
                drop[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    _drop_wraps(t, drop)
    text, clean_origin = _collapse_whitespace(*_kept(t, origin, drop))
    removed.sort(key=lambda r: r.start)
    return CleanText(text=text, raw=raw, origin=clean_origin, removed=tuple(removed), sections=_sections(text),
                     encoding=encoding, script=script, meta=meta)


def _drop_wraps(t: str, drop: bytearray) -> None:
    """Leave out the line ends that wrap a clause on a page set at its width, as text copied from a PDF is: they end
    nothing, and a number broken over two lines, 4779⏎1元, is one (where the lines on either side are kept); and the
    spaces such a copy sets after a number's point (28. 1%) or beside a number (412 亿元: `_STRAY_SPACE` leaves most
    of those out already)."""
    for i in layout_breaks(t):
        if not drop[i - 1] and not drop[i + 1]:
            drop[i] = 1


def _remove_runs(t: str, mask: bytearray, remove: Callable[[int, int, str], None], reason: str) -> None:
    """Remove each run of masked characters that holds more than whitespace (layout is left to the
    whitespace rules, so paragraph breaks between kept spans survive)."""
    i, n = 0, len(mask)
    while i < n:
        if mask[i]:
            j = i
            while j < n and mask[j]:
                j += 1
            if t[i:j].strip():
                remove(i, j, reason)
            i = j
        else:
            i += 1


def _lines(t: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in re.finditer(r"\n", t):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(t)))
    return out


def _chrome(line: str) -> str | None:
    if len(line) > _CHROME_MAX or not _ANY_CHROME.search(line):
        return None
    for reason, rx in _CHROME:
        if rx.search(line):
            return reason
    return None


_SPACE = " \t\u3000\xa0\r"
# line breaks with the spaces around them; a match starts only where a run of spaces does (a start inside one would
# scan the rest of the run again for each of its spaces: quadratic on a long run with no break)
_BREAK = re.compile(f"(?<![{_SPACE}])[{_SPACE}]*(?:\n[{_SPACE}]*)+")
_FLIP = bytes.maketrans(b"\x00\x01", b"\x01\x00")


def _kept(t: str, origin: Sequence[int], drop: bytearray) -> tuple[str, list[int]]:
    """The characters not dropped, and their origins."""
    keep = drop.translate(_FLIP)
    return "".join(compress(t, keep)), list(compress(origin, keep))


def _collapse_whitespace(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Drop indentation, trailing spaces and blank lines; keep one newline between paragraphs (the
    first of a run, for its offset)."""
    drop = bytearray(len(text))
    lead = len(text) - len(text.lstrip(_SPACE + "\n"))  # by strip, not a regex: `[...]+$` would try every
    trail = len(text.rstrip(_SPACE + "\n"))  # position of a long run of spaces again (quadratic)
    drop[:lead] = b"\x01" * lead
    drop[trail:] = b"\x01" * (len(text) - trail)
    for m in _BREAK.finditer(text):
        a, b = m.span()
        drop[a:b] = b"\x01" * (b - a)
        if 0 < a and b < len(text):
            drop[text.index("\n", a)] = 0
    return _kept(text, origin, drop)


def _sections(text: str) -> tuple[Section, ...]:
    """Sections of the clean text: one per article of a newspaper page, else one with the title."""
    lines = _lines(text)
    titles: list[int] = []  # line numbers of title lines that open an article (title, then a news lead)
    for n, (a, b) in enumerate(lines):
        line = text[a:b].strip()
        if 0 < len(line) <= _TITLE_MAX and not _ENDS_SENTENCE.search(line) and n + 1 < len(lines):
            nxt = text[lines[n + 1][0]:lines[n + 1][1]].strip()
            if _LEAD.match(nxt):
                titles.append(n)
    if len(titles) >= 2:
        out = []
        for k, n in enumerate(titles):
            start = lines[n][0] if k else 0
            end = lines[titles[k + 1]][0] - 1 if k + 1 < len(titles) else len(text)
            title = text[lines[n][0]:lines[n][1]].strip()
            out.append(Section(title, start, max(start, end)))
        return tuple(out)
    first = text[:lines[0][1]].strip() if lines else ""
    heading = first if 0 < len(first) <= _TITLE_MAX and not _ENDS_SENTENCE.search(first) else None
    return (Section(heading, 0, len(text)),)
