"""The cross-checker's reasons, as the validator that decides what a re-ask sends back."""

from __future__ import annotations

from pydantic import BaseModel

from ..core.models import FAILING, FAILING_TEXT
from ..llm.reask import Validator
from ..numbers.check import check_figures, check_text
from ..numbers.units import number_text


def figure_problems(text: str) -> Validator:
    """The cross-checker as a validator: a reason for every figure or summary number the source lacks."""

    def check(answer: BaseModel) -> list[str]:
        problems: list[str] = []
        figures = getattr(answer, "figures", [])
        for i, (f, v) in enumerate(zip(figures, check_figures(text, figures), strict=True), start=1):
            if v.status in FAILING:
                what = f"{getattr(f, 'indicator', '')}: {number_text(f.value)}{getattr(f, 'unit', '')}"
                problems.append(f"figure {i} ({what}, quote “{(getattr(f, 'quote', '') or '')[:40]}”): {v.reason}")
        for field in ("headline", "summary"):
            for v in check_text(text, getattr(answer, field, "") or ""):
                if v.status in FAILING_TEXT:
                    problems.append(f"{field} number {v.raw}: {v.reason}")
        return problems

    return check
