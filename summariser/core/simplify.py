"""Traditional to simplified Chinese, one character for one (so offsets survive)."""

from __future__ import annotations

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
        return str(out)
    chars = []
    for ch in text:
        c = conv.convert(ch)  # type: ignore[attr-defined]
        chars.append(c if len(c) == 1 else ch)
    return "".join(chars)
