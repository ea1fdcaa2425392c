"""HTML input: text with offsets into the HTML, the main content found by trafilatura, then the text rules."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from ..core.chars import no_space
from .cleaned import CleanText, Removal
from .plain import clean_plain

_BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
          "article", "header", "footer", "nav", "aside", "blockquote", "pre", "dd", "dt", "hr", "form", "td", "th"}
_SKIP = {"script", "style", "noscript", "head", "template", "svg", "iframe", "select", "button"}
# Elements with no end tag: a hidden one hides nothing after it.
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_HIDDEN_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?"
                           r"(?:;|$)", re.I)

_P_ENDERS = ("p", "div", "ul", "ol", "dl", "table", "section", "article", "header", "footer", "nav", "aside",
             "blockquote", "pre", "form", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "main", "figure", "details")
# Elements a start tag ends when they are the innermost open one (HTML's optional end tags).
_ENDED_BY: dict[str, tuple[str, ...]] = {
    **{t: ("p",) for t in _P_ENDERS}, "li": ("li", "p"), "dt": ("dt", "dd", "p"), "dd": ("dt", "dd", "p"),
    "tr": ("td", "th", "tr"), "td": ("td", "th"), "th": ("td", "th"), "option": ("option",)}


def hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element's attributes hide it from a reader: `hidden`, `aria-hidden="true"`, or an
    inline style of display:none or visibility:hidden (text a page carries but never shows, such as
    keywords stuffed for search engines or figures planted for a scraper, is not the article's)."""
    for name, value in attrs:
        v = (value or "").strip().lower()
        if name == "hidden" or (name == "aria-hidden" and v == "true"):
            return True
        if name == "style" and _HIDDEN_STYLE.search(v.replace("\n", " ")):
            return True
    return False


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
        self.open: list[tuple[str, bool]] = []  # elements open, and whether each hides its content
        self.hidden = 0  # hidden elements open
        self.hidden_from = 0  # where the outermost hidden element open starts
        self.cuts: list[tuple[int, int]] = []  # spans of the HTML that hidden elements take

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _newline(self) -> None:
        if self.chars and self.chars[-1] != "\n":
            self.chars.append("\n")
            self.origin.append(self._pos())
            self.ends.append(self.origin[-1] + 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._open(tag, tag not in _VOID and hidden(attrs))
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK and not self._hidden_text():
            self._newline()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._end_implied(tag)
        if tag in _BLOCK and not self._hidden_text():
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        self._close(tag)
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK and not self._hidden_text():
            self._newline()

    def _hidden_text(self) -> bool:
        return bool(self.skip or self.hidden)

    def _open(self, tag: str, is_hidden: bool) -> None:
        """An element opened: elements a browser would end by this start tag first (a <p> by a block,
        an <li> by the next <li>), so that a hidden one's end is found where a browser finds it."""
        self._end_implied(tag)
        if tag in _VOID:
            return
        if is_hidden and not self.hidden:
            self.hidden_from = self._pos()
        self.open.append((tag, is_hidden))
        self.hidden += is_hidden

    def _end_implied(self, tag: str) -> None:
        ends = _ENDED_BY.get(tag, ())
        while self.open and self.open[-1][0] in ends:
            self._pop()

    def _close(self, tag: str) -> None:
        """An end tag: the elements open since its element end with it; a stray one ends nothing."""
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i][0] == tag:
                while len(self.open) > i:
                    self._pop()
                return

    def _pop(self) -> None:
        was = self.hidden
        self.hidden -= self.open.pop()[1]
        if was and not self.hidden:
            self.cuts.append((self.hidden_from, self._pos()))

    def close(self) -> None:
        super().close()
        if self.hidden:  # a hidden element never ended hides the rest of the page, as in a browser
            self.cuts.append((self.hidden_from, len(self.raw)))

    def handle_data(self, data: str) -> None:
        if self._hidden_text():
            return
        pos = self._pos()
        for i, ch in enumerate(data):
            if ch in "\r\n\t":
                ch = " "  # HTML layout whitespace; blocks make the line breaks
            self.chars.append(ch)
            self.origin.append(pos + i)
            self.ends.append(pos + i + 1)

    def _ref(self, text: str) -> None:
        if self._hidden_text():
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
    text, origin, ends, _ = _parsed(raw)
    return text, origin, ends


def _parsed(raw: str) -> tuple[str, list[int], list[int], list[tuple[int, int]]]:
    """html_text, and the spans of `raw` that hidden elements take."""
    p = _Text(raw)
    p.feed(raw)
    p.close()
    return "".join(p.chars), p.origin, p.ends, p.cuts


def without(raw: str, cuts: list[tuple[int, int]]) -> str:
    """`raw` with the spans `cuts` left out (a hidden element's start tag and content; its end tag stays,
    a stray end tag any HTML parser ignores)."""
    if not cuts:
        return raw
    kept, at = [], 0
    for a, b in cuts:
        kept.append(raw[at:a])
        at = max(at, b)
    kept.append(raw[at:])
    return "".join(kept)


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
    text, origin, ends, cuts = _parsed(raw)
    keep = _main_content(without(raw, cuts), text)  # the main-content finder never sees hidden text either
    # keep spans must be in the raw of clean_plain, which is `text` here
    plain = clean_plain(text, encoding=encoding, keep=keep, keep_reason="outside the page's main content")

    def to_html(a: int, b: int) -> tuple[int, int]:
        return (origin[a], ends[b - 1]) if b > a else (origin[a], origin[a])

    removed = []
    for r in plain.removed:
        a, b = to_html(r.start, r.end)
        removed.append(Removal(a, b, r.reason, r.text))
    return CleanText(text=plain.text, raw=raw, origin=[origin[i] for i in plain.origin],
                     origin_end=[ends[i] for i in plain.origin], removed=tuple(removed),
                     sections=plain.sections, encoding=encoding, script=plain.script, meta=plain.meta)
