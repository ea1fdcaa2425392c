"""Character classes every stage shares: Han ideographs, sentence and clause ends, whitespace."""

from __future__ import annotations

import re

HAN = "\u3400-\u9fff\uf900-\ufaff"  # CJK ideographs (extension A, unified, compatibility), for a [character class]

# Where a sentence (or a semicolon clause, which Chinese bulletins use as one) ends.
SENTENCE_END = "。！？；!?;"
# Where a reader's sentence ends: the summary is built of these, so a semicolon list stays whole.
FULL_STOP = "。！？!?"
# Closing quotes and brackets that belong to the sentence they follow: 。” ends the sentence after ”.
CLOSERS = "”」’）)"
CLAUSE_END = "，,、：:"
# Where a sentence or a line ends: the checker's and the re-ask's unit of source text.
SENTENCE_BREAK = re.compile(f"[{SENTENCE_END}\n]")
# A line that opens what follows an article on its page: links to the next and to other articles, whose
# figures are theirs (相关信息：·…上半年招商引资到位资金415.6亿元), not the article's.
# The word stands alone on its line or before a colon or a list mark: 相关信息显示，… opens a sentence of the article.
OTHER_ARTICLES = re.compile(r"^(?:上一篇|下一篇|上一条|下一条|上篇|下篇|相关新闻|相关阅读|相关文章|相关链接|相关信息|"
                            r"推荐阅读|延伸阅读|热点新闻|热门文章|猜你喜欢|更多新闻|相关稿件|相关报道|往期回顾)"
                            r"(?=[ \t\u3000]*(?:$|[:：·•▪◆■]|\n))", re.M)

_SPACE_RUN = re.compile(r"\s+")


def is_han(ch: str) -> bool:
    """Whether `ch` is in HAN (without a regex call: it runs once per bracket of ruby text)."""
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def no_space(text: str) -> str:
    """`text` without whitespace (for comparing lines and quotes across OCR and layout breaks)."""
    return _SPACE_RUN.sub("", text)
