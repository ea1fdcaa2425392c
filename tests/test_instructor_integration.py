"""summariser.integrations.instructor: instructor re-asks fed by the cross-checker's reasons, against a
scripted server on 127.0.0.1 (not a model)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from summariser.core.wire import ChunkExtraction
from summariser.integrations.instructor import FigureProblems, checked

from .scripted_server import Reply, ScriptedServer, completion, last_user

instructor = pytest.importorskip("instructor")
openai = pytest.importorskip("openai")

SHORT = "1至9月，全区规模以上工业增加值同比增长7.8%，规上工业总产值完成486.3亿元。新增规上工业企业26家。"


def answer(value: float, summary: str = "工业总产值完成486.3亿元。") -> str:
    return json.dumps({"figures": [{"indicator": "规上工业总产值", "value": value, "unit": "亿元",
                                    "quote": "规上工业总产值完成486.3亿元"}],
                       "headline": "襄城区工业经济稳中有进", "summary": summary}, ensure_ascii=False)


def wrong_then_right(body: dict[str, Any], n: int) -> Reply:
    return Reply(body=completion(answer(4863 if n == 1 else 486.3)))


def client(server: ScriptedServer) -> Any:
    return instructor.from_openai(openai.OpenAI(base_url=server.url, api_key="test", max_retries=0),
                                  mode=instructor.Mode.JSON)


def ask(server: ScriptedServer, article: str, **kw: Any) -> Any:
    return client(server).chat.completions.create(
        model="scripted", messages=[{"role": "user", "content": "提取数字：" + article}], max_retries=2, **kw)


def test_a_wrong_figure_is_re_asked_with_the_checker_reason_then_accepted() -> None:
    with ScriptedServer(wrong_then_right) as server:
        got = ask(server, SHORT, response_model=checked(ChunkExtraction, source=SHORT))
    assert [f.value for f in got.figures] == [486.3] and isinstance(got, ChunkExtraction)
    assert len(server.requests) == 2
    reask = json.dumps(server.requests[1]["messages"], ensure_ascii=False)
    assert "source says 486.3亿元" in reask and "4863亿元" in reask and "10×" in reask


def test_the_source_can_come_from_instructor_context() -> None:
    with ScriptedServer(wrong_then_right) as server:
        got = ask(server, SHORT, response_model=checked(ChunkExtraction), context={"source": SHORT})
    assert [f.value for f in got.figures] == [486.3] and len(server.requests) == 2


def test_an_article_holding_template_braces_works_with_a_bound_source() -> None:
    article = SHORT + "模板{{name}}与{% raw %}照原样保留。"
    with ScriptedServer(wrong_then_right) as server:
        got = ask(server, article, response_model=checked(ChunkExtraction, source=article))
    assert got.figures[0].value == 486.3 and "{{name}}" in last_user(server.requests[0])


def test_a_summary_number_the_source_lacks_fails_validation() -> None:
    model = checked(ChunkExtraction, source=SHORT)
    with pytest.raises(ValidationError) as e:
        model.model_validate_json(answer(486.3, summary="工业总产值完成9999亿元。"))
    assert "summary number 9999亿元" in str(e.value)
    assert model.model_validate_json(answer(486.3)).figures[0].value == 486.3


def test_no_source_is_a_clear_error_and_the_original_model_is_untouched() -> None:
    with pytest.raises(ValidationError, match="no source to check against"):
        checked(ChunkExtraction).model_validate_json(answer(486.3))
    ChunkExtraction.model_validate_json(answer(4863))  # the plain model does not check
    assert issubclass(FigureProblems, ValueError)


def test_any_model_with_figures_can_be_checked() -> None:
    class Fig(BaseModel):
        value: float
        unit: str

    class Mine(BaseModel):
        figures: list[Fig]

    model = checked(Mine, source=SHORT)
    assert model.model_validate({"figures": [{"value": 26, "unit": "家"}]}).figures[0].value == 26
    with pytest.raises(ValidationError, match="claim is 62家"):
        model.model_validate({"figures": [{"value": 62, "unit": "家"}]})
