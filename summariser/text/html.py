"""HTML input: text with offsets into the HTML, the main content found by trafilatura, then the text rules."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from ..core.chars import no_space
from .cleaned import CleanText, Removal
from .plain import clean_text

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
          "article", "header", "footer", "nav", "aside", "blockquote", "pre", "dd", "dt", "hr", "form", "td", "th"}
_SKIP = {"script", "style", "noscript", "head", "template", "svg", "iframe", "select", "button"}


class _Text(HTMLParser):
    """Visible text of an HTML page, each character with its offset in the HTML."""

    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", raw)]
        self.chars: list[str] = []
        self.origin: list[int] = []
        self.ends: list[int] = []  # end offset of each character's source (an entity is several)
        self.skip = 0

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _newline(self) -> None:
        if self.chars and self.chars[-1] != "\n":
            self.chars.append("\n")
            self.origin.append(self._pos())
            self.ends.append(self.origin[-1] + 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK and not self.skip:
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK and not self.skip:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK and not self.skip:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        pos = self._pos()
        for i, ch in enumerate(data):
            if ch in "\r\n\t":
                ch = " "  # HTML layout whitespace; blocks make the line breaks
            self.chars.append(ch)
            self.origin.append(pos + i)
            self.ends.append(pos + i + 1)

    def _ref(self, text: str) -> None:
        if self.skip:
            return
        ch = html.unescape(text)
        pos = self._pos()
        for c in ch:
            self.chars.append("\u3000" if c == "\xa0" else c)
            self.origin.append(pos)
            self.ends.append(pos + len(text))

    def handle_entityref(self, name: str) -> None:
        self._ref(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._ref(f"&#{name};")


def html_text(raw: str) -> tuple[str, list[int], list[int]]:
    """Visible text of `raw` HTML and, per character, the start and end of its source in `raw`."""
    p = _Text(raw)
    p.feed(raw)
    p.close()
    return "".join(p.chars), p.origin, p.ends


def _main_content(raw: str, text: str) -> list[tuple[int, int]] | None:
    """Spans of `text` that trafilatura takes for the page's main content; None when it finds none."""
    import trafilatura  # here, not at the top: it loads lxml and its extractors, which plain text never needs

    doc = trafilatura.bare_extraction(raw, include_comments=False, include_tables=True, favor_recall=True,
                                      with_metadata=True)
    if doc is None:
        return None
    if isinstance(doc, dict):  # trafilatura before 2.0 returned a dict
        main, title = doc.get("text") or "", doc.get("title") or ""
    else:
        main, title = getattr(doc, "text", "") or "", getattr(doc, "title", "") or ""
    if not main:
        return None
    squeezed, where = [], []
    for i, ch in enumerate(text):
        if not ch.isspace():
            squeezed.append(ch)
            where.append(i)
    flat = "".join(squeezed)
    spans: list[tuple[int, int]] = []
    pos = 0
    lines = main.splitlines()
    t = no_space(title)
    if t and flat.find(t) >= 0:  # the headline, which trafilatura keeps apart from the text
        at = flat.find(t)
        spans.append((where[at], where[at + len(t) - 1] + 1))
        pos = at + len(t)
    for line in lines:
        needle = no_space(line)
        if not needle:
            continue
        at = flat.find(needle, pos)
        if at < 0:
            at = flat.find(needle)
            if at < 0:
                continue
        spans.append((where[at], where[at + len(needle) - 1] + 1))
        pos = at + len(needle)
    return spans or None


def clean_html(raw: str, encoding: str | None = None) -> CleanText:
    """Clean an HTML page: offsets of the result point into the HTML itself."""
    text, origin, ends = html_text(raw)
    keep = _main_content(raw, text)
    # keep spans must be in the raw of clean_text, which is `text` here
    c = clean_text(text, encoding=encoding, keep=keep, keep_reason="outside the page's main content")

    def to_html(a: int, b: int) -> tuple[int, int]:
        return (origin[a], ends[b - 1]) if b > a else (origin[a], origin[a])

    removed = []
    for r in c.removed:
        a, b = to_html(r.start, r.end)
        removed.append(Removal(a, b, r.reason, r.text))
    return CleanText(text=c.text, raw=raw, origin=[origin[i] for i in c.origin],
                     origin_end=[ends[i] for i in c.origin], removed=tuple(removed),
                     sections=c.sections, encoding=encoding, script=c.script, meta=c.meta)
