"""The offset-mapped view the parser reads."""

from __future__ import annotations

import opencc
from hypothesis import given
from hypothesis import strategies as st

from summariser.core import textmap as _textmap
from summariser.numbers.english import NOUNS
from summariser.numbers.quantities import _MENTIONS, _QUAL_OF
from summariser.numbers.units import UNIT_WORDS


def test_ruby_is_dropped_and_real_parentheses_kept() -> None:
    text = "來(lái) 源：規(guī)模工業(yè)企業(yè)8家，项目112个(339亿元)，中化学(鄂州)，发光二极管(LED)"
    v = _textmap.for_numbers(text)
    assert "(lái)" not in v.text and "(guī)" not in v.text
    assert "(339亿元)" in v.text and "(鄂州)" in v.text and "(LED)" in v.text


def test_unmarked_syllables_only_on_a_ruby_page() -> None:
    assert _textmap.for_numbers("的(de)").text == "的(de)"  # one bracketed latin word: leave it
    assert "(de)" not in _textmap.for_numbers("來(lái)源(yuán)的(de)規(guī)").text


@given(st.text(alphabet="來源規模個萬億(lái)yèguī 0123456789１２％", max_size=60), st.data())
def test_every_view_span_maps_into_the_original(text: str, data: st.DataObject) -> None:
    v = _textmap.for_numbers(text)
    a = data.draw(st.integers(0, len(v.text)))
    b = data.draw(st.integers(a, len(v.text)))
    ra, rb = v.to_original(a, b)
    assert 0 <= ra <= rb <= len(text)
    # each kept character maps to a character that folds to it
    for i in range(a, b):
        o = v.origin[i]
        assert ra <= o < rb
        assert _textmap.build(text[o]).text == v.text[i]


def test_traditional_table_agrees_with_opencc() -> None:
    t2s = opencc.OpenCC("t2s")
    for trad, simp in zip(_textmap._TRAD, _textmap._SIMP, strict=True):
        assert t2s.convert(trad) == simp, trad


def test_traditional_table_covers_the_parser_vocabulary() -> None:
    """Every character the parser reads whose traditional form differs is folded back."""
    s2t = opencc.OpenCC("s2t")
    vocab = set("".join(UNIT_WORDS)) | set("".join(_QUAL_OF)) | set("增长下降减少占比重是为达到的第初季度年月日号")
    vocab |= set("".join(rx.pattern for _, rx in _MENTIONS if _ != "label"))
    missing = {}
    for ch in vocab:
        if "\u4e00" <= ch <= "\u9fff":
            trad = s2t.convert(ch)
            if trad != ch and _textmap.build(trad).text != ch:
                missing[trad] = ch
    assert not missing, missing
    assert NOUNS  # English nouns need no folding


_MAPPED = "".join(chr(k) for k in {**_textmap._FULLWIDTH, **_textmap._TRAD_MAP})


@given(st.text(alphabet=st.sampled_from(_MAPPED + "12，。万億元 abc\n\\]^-[😀")))
def test_the_replacer_is_str_translate(text: str) -> None:
    table = {**_textmap._FULLWIDTH, **_textmap._TRAD_MAP}
    assert _textmap.replacer(table)(text) == text.translate(table)
    assert _textmap.build(text).text == text.translate(table)


@given(st.text(alphabet=st.sampled_from(_MAPPED[:20] + "來源(lái)（yuán） 12億元ab")))
def test_folded_is_the_parsers_view_text(text: str) -> None:
    assert _textmap.folded(text) == _textmap.for_numbers(text).text


def test_an_original_offset_maps_to_the_first_view_character_at_or_after_it() -> None:
    from summariser.core.textmap import for_numbers

    text = "項(xiàng)目投资5.6亿元"
    view = for_numbers(text)
    at = text.index("5.6")
    assert view.text[view.to_derived(at):].startswith("5.6")
