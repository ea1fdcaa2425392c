"""Traditional to simplified Chinese, one character for one (so offsets survive)."""

from __future__ import annotations

import re
from functools import lru_cache

import opencc


@lru_cache(maxsize=1)
def _t2s() -> object:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """OpenCC t2s, one character for one: where a phrase changes length, convert character by character."""
    conv = _t2s()
    out = conv.convert(text)  # type: ignore[attr-defined]
    if len(out) == len(text):
        return _variants_simplified(str(out))
    chars = []
    for ch in text:
        c = conv.convert(ch)  # type: ignore[attr-defined]
        chars.append(c if len(c) == 1 else ch)
    return _variants_simplified("".join(chars))


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
