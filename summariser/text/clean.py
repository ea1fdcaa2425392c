"""clean(raw): decode bytes, then clean plain text or an HTML page."""

from __future__ import annotations

import re

from ..core.errors import require
from .cleaned import CleanText
from .decode import decode
from .html import clean_html
from .plain import clean_plain


def clean(raw: str | bytes) -> CleanText:
    """The article body of `raw` (text, HTML, or bytes in UTF-8/GB18030/Big5), simplified, with an offset map."""
    require(raw, (str, bytes), "clean() takes the raw article as a str or bytes")
    encoding = None
    if isinstance(raw, bytes):
        raw, encoding = decode(raw)
    if _looks_like_html(raw):
        return clean_html(raw, encoding)
    return clean_plain(raw, encoding=encoding)


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return head.lstrip().startswith(("<!doctype html", "<html")) or len(re.findall(r"<(?:p|div|br|span|body|table)\b",
                                                                                  head)) >= 3
