"""Bytes to text: BOMs, UTF-8, GB18030 (covers GBK) or Big5; binary input is refused."""

from __future__ import annotations

import re

from ..core.errors import InputError

_BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]
_COMMON = set("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说"
              "产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本"
              "去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质"
              "气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及"
              "管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处"
              "理世车市县企亿万元億萬為個業產經發區縣與們這來說實會長")


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding of bytes: BOMs, UTF-8, GB18030 (covers GBK) or Big5; binary input is refused."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc), enc
    head = data[:8192]
    # (a NUL or two in a scraped page, a database's or a CMS's slip, leave it text: binary files hold them in
    # their headers and throughout, and UTF-16 without a BOM at every other byte of its ASCII)
    if head.count(0) > len(head) // 100 or sum(b < 9 or 13 < b < 32 for b in head) > len(head) // 20:
        raise InputError("binary input: the bytes hold NUL or control characters, so this is not a text or HTML "
                         "file (is it a PDF, image or archive?)")
    try:  # bytes that are valid UTF-8 are UTF-8, whatever a page declares (a CMS's stale iso-8859-1, say)
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        where = f"byte 0x{data[e.start]:02x} at offset {e.start}"
    declared = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", head, re.I)
    named = declared.group(1).decode("ascii").lower() if declared else None
    if named in _CHINESE:
        try:
            return data.decode(named), named
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong declaration: the scores below decide
    best: tuple[int, str, str] | None = None
    for enc in ("gb18030", "big5"):
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        score = sum(ch in _COMMON for ch in text[:4000])
        if best is None or score > best[0]:
            best = (score, text, enc)
    if best is None or best[0] == 0:  # nothing reads as Chinese: not an article this tool can read
        raise InputError(f"undecodable bytes: not UTF-8, GB18030/GBK or Big5 ({where}); convert the file to UTF-8")
    return best[1], best[2]


# Declared charsets taken at their word when the bytes decode under them (single-byte ones such as
# iso-8859-1 decode anything, so they are only a hint the scores overrule).
_CHINESE = {"gb2312", "gbk", "gb18030", "big5", "big5-hkscs", "cp936", "cp950", "euc-cn", "hz-gb-2312"}
