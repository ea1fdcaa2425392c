"""Whether the source ties a quantity to what a claim says it is: the claimed indicator, period and
kind against the source's reading of the value (numbers/attribution/).

The judgement is split by concern, one module each, in the order they import one another (none imports one
after it): `text` (what they share: the verdict's names, a claim's and a value's words as compared), `names`
(whether the claimed indicator names anything), `period`, `kind`, `subject` (whose the value is: the place),
`measure` (level, change, share, gap, average; the kind of amount), `distinctions` (stage, rank, class,
condition, base and tally told apart), `sets` (sets, counts and qualifiers), `parts` (parts and wholes,
classes, lists' members), `indicator` (the claimed indicator against the value's words and its rivals'),
`derivation` (what a value derived from another can be claimed as) and `heart` (`judge`: the order of the
checks, and the reasons given). This module holds the names the checker and the tests import."""

from __future__ import annotations

from .derivation import derives_for
from .heart import direction, judge
from .names import names_nothing
from .parts import _compared_the_other_way
from .period import _as_written
from .text import OK, UNSURE, WRONG, Judgement, claimed_head, claimed_text, claimed_words

__all__ = [
    "OK",
    "UNSURE",
    "WRONG",
    "Judgement",
    "claimed_head",
    "claimed_text",
    "claimed_words",
    "derives_for",
    "direction",
    "judge",
    "names_nothing",
    "_as_written",
    "_compared_the_other_way",
]
