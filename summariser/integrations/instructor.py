"""Checked figures for instructor users: a response model whose validation runs summariser's cross-checker.

    import instructor, openai
    from summariser.integrations.instructor import checked

    client = instructor.from_openai(openai.OpenAI(base_url=..., api_key=...), mode=instructor.Mode.JSON)
    answer = client.chat.completions.create(
        model="...", messages=[{"role": "user", "content": "提取数字：" + article}],
        response_model=checked(Extraction, source=article), max_retries=2)

A figure the article does not support, or a headline or summary number it lacks, fails validation
with the checker's reasons ("source says 486.3亿元; claim is 4863亿元, 10× larger"), which instructor
sends back to the model in its re-ask. The source comes from `source=` or from instructor's
`context={"source": article}`; prefer `source=`: instructor renders the messages as Jinja templates
when a context is given, and an article holding `{{` or `{%` then breaks the call.

This module needs pydantic only (it loads the checker, no network code: a test holds it to that);
instructor itself comes with the `summariser[instructor]` extra.
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

from pydantic import BaseModel, ValidationInfo, model_validator

from ..feedback import problems

M = TypeVar("M", bound=BaseModel)


class FigureProblems(ValueError):
    """The checker's reasons why an answer's numbers are not supported by its source."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("these numbers are not supported by the article; correct or remove them:\n"
                         + "\n".join(f"- {p}" for p in problems))
        self.problems = problems


def checked(model: type[M], *, source: str | None = None) -> type[M]:
    """A subclass of `model` that validates its `figures` (objects with value, unit, quote and, where
    given, indicator, qualifier, measure, kind, period) and the numbers of its `headline` and
    `summary` against the source, raising FigureProblems with the checker's reasons."""

    def check_against_source(self: Any, info: ValidationInfo) -> Any:
        context = info.context if isinstance(info.context, dict) else {}
        text = source if source is not None else context.get("source")
        if not isinstance(text, str):
            raise ValueError("no source to check against: pass checked(model, source=article), or "
                             "context={'source': article} to instructor's create()")
        found = problems(text, self)
        if found:
            raise FigureProblems(found)
        return self

    namespace = {"__module__": model.__module__, "__doc__": model.__doc__,
                 "check_against_source": model_validator(mode="after")(check_against_source)}
    return cast("type[M]", type(f"Checked{model.__name__}", (model,), namespace))
