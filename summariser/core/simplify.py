"""Traditional to simplified Chinese, one character for one (so offsets survive)."""

from __future__ import annotations

import re
from functools import lru_cache

import opencc


@lru_cache(maxsize=1)
def _t2s() -> object:
    return opencc.OpenCC("t2s")


# Lone surrogates (a JSON string's "\ud800"), which OpenCC cannot take: a text is converted around them.
_SURROGATES = re.compile("([\ud800-\udfff]+)")


def to_simplified(text: str) -> str:
    """OpenCC t2s, one character for one: where a phrase changes length, convert character by character;
    lone surrogates are left as they are."""
    if _SURROGATES.search(text):
        return "".join(part if i % 2 else _converted(part) for i, part in enumerate(_SURROGATES.split(text)))
    return _converted(text)


def _converted(text: str) -> str:
    conv = _t2s()
    out = conv.convert(text)  # type: ignore[attr-defined]
    if len(out) == len(text):
        return _regional_words(text, _variants_simplified(str(out)))
    chars = []
    for ch in text:
        c = conv.convert(ch)  # type: ignore[attr-defined]
        chars.append(c if len(c) == 1 else ch)
    return _regional_words(text, _variants_simplified("".join(chars)))


# Words only a text in Taiwan's usage writes (軟體 for 软件, 積體電路 for 集成电路): a page converted to that usage
# (a site's zh-TW version of a mainland article) holds several; a mainland page in traditional characters none.
_TAIWAN_MARKS = re.compile("軟體|硬體|積體電路|人工智慧|列印|晶片|資訊科技|伺服器|網際網路")
# On such a page, the mainland words its converter replaced, as many characters for as many (offsets hold);
# 裝置 only where it is 设备's (…设备制造业, 打印设备), since 装置 is a mainland word too.
_TAIWAN_WORDS = {"资讯科技": "信息技术", "资讯": "信息", "软体": "软件", "硬体": "硬件", "积体电路": "集成电路",
                 "人工智慧": "人工智能", "列印": "打印", "晶片": "芯片", "网路": "网络"}
_TAIWAN_WORD = re.compile("|".join(_TAIWAN_WORDS))
_DEVICE = re.compile("装置(?=制造)|(?<=打印)装置")


def _regional_words(original: str, text: str) -> str:
    """`text` (the simplified form of `original`) with Taiwan's words put as the mainland writes them, where
    `original` holds two kinds of words only Taiwan's usage writes; else `text` as it is."""
    if len(set(_TAIWAN_MARKS.findall(original))) < 2:
        return text
    text = _TAIWAN_WORD.sub(lambda m: _TAIWAN_WORDS[m.group()], text)
    return _DEVICE.sub("设备", text)


# Variant characters t2s leaves as they are (純堿 stays 纯堿): their simplified forms.
_VARIANT_FORMS = {"堿": "碱"}
_VARIANTS = str.maketrans(_VARIANT_FORMS)
_VARIANT = re.compile(f"[{''.join(_VARIANT_FORMS)}]")


def _variants_simplified(text: str) -> str:
    """`text` with its variant characters simplified: a text with none (nearly every one) as it is, found by one
    search, not a character-by-character translation."""
    return text.translate(_VARIANTS) if _VARIANT.search(text) else text


# Frequent characters that only traditional text writes (這 們 個 國 …): an article in traditional
# script holds some of them on every line, so one search tells whether converting can change anything.
_TRADITIONAL_CHARS = ("這們個國會來時業與為發經產區進實動規億萬對說現開關見過還點長後從環應電車辦務積總項資稅達際"
                      "濟術與營銷結間節確劃預計爭質線場標廠優單據測數園鎮縣鄉將額導")
_TRADITIONAL = re.compile(f"[{_TRADITIONAL_CHARS}]")
# (either kind: a text with neither, nearly every phrase the checker reads, is its own simplified form)
_TO_SIMPLIFY = re.compile(f"[{_TRADITIONAL_CHARS}{''.join(_VARIANT_FORMS)}]")


def traditional(text: str) -> bool:
    """Whether `text` is written in traditional characters (holds one of the frequent ones)."""
    return _TRADITIONAL.search(text) is not None


def simplified(text: str) -> str:
    """`text` in simplified characters, one for one; a text with no traditional character as it is."""
    if _TO_SIMPLIFY.search(text) is None:
        return text
    return to_simplified(text) if traditional(text) else _variants_simplified(text)
