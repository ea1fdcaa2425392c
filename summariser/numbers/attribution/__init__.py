"""What a source ties each of its quantities to: the indicator words around it, the period in force
and whether it is a target or forecast rather than an achieved result.

The checker uses this to tell a real number of the article put under the wrong indicator, period or
kind from a correctly reported one. Everything here reads the parser's view of the text (ruby
dropped, traditional forms folded) and is linear in it.

The reading is split by concern, one module each, in the order they import one another (none imports one
after it): `text` (what they share: character pairs, blanking spans, the last match), `words` (a value's
indicator words as compared, what they measure, the place's level, size class, rank and tally), `tie` (Tie,
what a quantity is tied to), `layout` (where a text's clauses, sentences, list items and headlines are),
`period` (the period in force for a value), `measure` (what a value measures where its words leave it out),
`subject` (whose a value is: the clause subjects it is read under), `items` (a list's items, values in
brackets, sums and places listed), `lists` (分别 lists: each value its item) and `heart` (Reading and
ties: a value's tie, read a sentence at a time, and the memos). This module holds the names the checker,
the judgement and the tests import.
"""

from __future__ import annotations

from .heart import Reading, forget_attribution, ties
from .items import (
    COUNTS,
    INDUSTRY_NAMES_WITH_COMMAS,
    LIST_SUMMING,
    PAIR_POINTER,
    _items,
    _shared_head,
    list_scope,
    next_item,
)
from .layout import _CLAUSE_AT, NOT_COUNTING, TAKING_OUT, WORDS_AFTER, WORDS_BEFORE
from .lists import _group_listed, _listed_before
from .measure import (
    NOT_PRODUCT,
    PER_ONE,
    PER_WORD,
    PRODUCT_ALONE,
    RUNNING_TOTAL,
    SUPPLY_NAMED,
    line_label,
    list_heading,
)
from .period import EVENT_POINTERS, periods_of_values
from .subject import project_built
from .text import COORDINATED, ONE_CHARACTER_PRODUCTS, bigrams, blank, last_match
from .tie import Tie
from .words import (
    CLASS_MEASURED,
    GOAL_SETTER,
    SUM_WORDS,
    TALLY,
    grade,
    has_subject,
    head_kind,
    indicator_words,
    level,
    levels_named,
    measured,
    measured_part,
    measures_in,
    place_level,
    size_band,
    tally,
    tally_of,
    written_as_compared,
)

__all__ = [
    "CLASS_MEASURED",
    "COORDINATED",
    "COUNTS",
    "EVENT_POINTERS",
    "GOAL_SETTER",
    "INDUSTRY_NAMES_WITH_COMMAS",
    "LIST_SUMMING",
    "NOT_COUNTING",
    "NOT_PRODUCT",
    "ONE_CHARACTER_PRODUCTS",
    "PAIR_POINTER",
    "PER_ONE",
    "PER_WORD",
    "PRODUCT_ALONE",
    "RUNNING_TOTAL",
    "Reading",
    "SUM_WORDS",
    "SUPPLY_NAMED",
    "TAKING_OUT",
    "TALLY",
    "Tie",
    "WORDS_AFTER",
    "WORDS_BEFORE",
    "_CLAUSE_AT",
    "_group_listed",
    "_items",
    "_listed_before",
    "_shared_head",
    "bigrams",
    "blank",
    "forget_attribution",
    "grade",
    "has_subject",
    "head_kind",
    "indicator_words",
    "last_match",
    "level",
    "levels_named",
    "line_label",
    "list_heading",
    "list_scope",
    "measured",
    "measured_part",
    "measures_in",
    "next_item",
    "periods_of_values",
    "place_level",
    "project_built",
    "size_band",
    "tally",
    "tally_of",
    "ties",
    "written_as_compared",
]
