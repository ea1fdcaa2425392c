"""Settings from arguments and environment, strict prompts, cache keys, merge, exported schemas."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from summariser import ConfigError, Settings
from summariser.core.wire import ChunkExtraction, ChunkFigure, SummaryText
from summariser.llm.prompts import Prompt, load
from summariser.llm.schemas import SCHEMAS, schema_digest, schema_json
from summariser.numbers.source import read_source
from summariser.pipeline.model.cache import AnswerCache, cache_key, code_digest, code_version, document_key, unseal
from summariser.pipeline.model.merge import conflicts, merge

from .conftest import ROOT


def test_settings_read_the_environment_and_arguments_win() -> None:
    env = {"OPENAI_BASE_URL": "http://127.0.0.1:8000/v1", "SUMMARISER_MODEL": "qwen",
           "OPENAI_API_KEY": "sk-secret", "SUMMARISER_TIMEOUT": "30", "SUMMARISER_LANGUAGE": "en"}
    s = Settings.from_env(env=env, model="other")
    assert (s.base_url, s.model, s.timeout, s.summary_language) == ("http://127.0.0.1:8000/v1", "other", 30.0, "en")
    assert s.uses_model and s.endpoint_host == "127.0.0.1:8000"
    assert "sk-secret" not in repr(s) and "***" in repr(s)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.model = "x"  # type: ignore[misc]


def test_no_endpoint_means_offline() -> None:
    assert not Settings.from_env(env={}).uses_model


@pytest.mark.parametrize("kw, words", [
    ({"engine": "llm"}, "pass --base-url or set SUMMARISER_BASE_URL"),
    ({"mode": "xml"}, "json_schema"),
    ({"unsupported": "ignore"}, "keep, drop or raise"),
    ({"base_url": "localhost:8000"}, "http(s) URL"),
    ({"summary_language": "fr"}, "zh or en"),
    ({"chunk_chars": 100}, "SUMMARISER_CHUNK_CHARS"),
    ({"colour": "red"}, "unknown setting"),
    ({"workers": 0}, "workers must be at least 1"),
])
def test_settings_errors_say_how_to_fix(kw: dict[str, str], words: str) -> None:
    with pytest.raises(ConfigError, match=words.replace("(", r"\(").replace(")", r"\)")):
        Settings.from_env(env={}, **kw)


def test_bad_number_in_environment() -> None:
    with pytest.raises(ConfigError, match="SUMMARISER_TIMEOUT"):
        Settings.from_env(env={"SUMMARISER_TIMEOUT": "soon"})


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", "-5", "0"])
def test_a_timeout_that_is_not_a_positive_finite_number_is_refused(value: str) -> None:
    """SUMMARISER_TIMEOUT=nan was accepted (nan <= 0 is false), and so was inf: every call then had no bound."""
    with pytest.raises(ConfigError, match="positive, finite number of seconds"):
        Settings.from_env(env={"SUMMARISER_TIMEOUT": value})
    with pytest.raises(ConfigError, match="SUMMARISER_TIMEOUT"):
        Settings.from_env(env={}, timeout=float(value))


def test_prompts_are_versioned_and_strict() -> None:
    for name, version in (("extract", "3"), ("reduce", "1"), ("reask", "1")):
        p = load(name)
        assert p.version == version and p.tag.startswith(f"{name}@{version}+")
    with pytest.raises(ConfigError, match=r"\$language"):
        load("extract").render(schema_note="")
    assert Prompt("x", "2", "a $b").render(b="c") == "a c"
    with pytest.raises(ConfigError, match="missing"):
        load("no_such_prompt")


def test_cache_key_covers_what_decides_an_answer() -> None:
    s = Settings.from_env(env={}, base_url="http://h/v1", model="m")
    msgs = [{"role": "user", "content": "全市增长8.5%"}]
    schema = schema_digest(ChunkExtraction)
    k = cache_key(s, "json_object", msgs, schema, "extract@1+abc")
    assert k == cache_key(s, "json_object", [dict(m) for m in msgs], schema, "extract@1+abc")
    variants = [
        cache_key(s.with_(model="m2"), "json_object", msgs, schema, "extract@1+abc"),
        cache_key(s, "json_schema", msgs, schema, "extract@1+abc"),
        cache_key(s, "json_object", [{"role": "user", "content": "全市增长8.6%"}], schema, "extract@1+abc"),
        cache_key(s, "json_object", msgs, schema_digest(SummaryText), "extract@1+abc"),
        cache_key(s, "json_object", msgs, schema, "extract@2+abc"),
        cache_key(s.with_(temperature=0.7), "json_object", msgs, schema, "extract@1+abc"),
        cache_key(s.with_(max_tokens=10), "json_object", msgs, schema, "extract@1+abc"),
        cache_key(s.with_(base_url="http://other/v1"), "json_object", msgs, schema, "extract@1+abc"),
    ]
    assert len(set(variants)) == len(variants) and k not in variants


def _fig(value: float, unit: str, quote: str, indicator: str = "产值") -> ChunkFigure:
    return ChunkFigure(indicator=indicator, value=value, unit=unit, quote=quote)


def test_merge_counts_a_figure_of_the_overlap_once_and_flags_conflicts() -> None:
    text = "全市工业产值完成486.3亿元。新增企业26家。另据统计，全市工业产值完成480亿元。"
    firms = _fig(26, "家", "新增企业26家", "新增企业")
    a = ChunkExtraction(figures=[_fig(486.3, "亿元", "全市工业产值完成486.3亿元"), firms],
                        organisations=["市经信局"], headline="", summary="甲。")
    b = ChunkExtraction(figures=[firms, _fig(480, "亿元", "全市工业产值完成480亿元")],
                        organisations=["市经信局", "市统计局"], headline="", summary="乙。")
    merged = merge([a, b], read_source(text))
    flags = conflicts(merged.figures)
    assert [(f.value, f.unit) for f in merged.figures] == [(486.3, "亿元"), (26, "家"), (480, "亿元")]
    assert set(flags) == {0, 2} and "conflict" in flags[0][0]
    assert merged.organisations == ["市经信局", "市统计局"] and merged.summary == "甲。乙。"


def test_merge_keeps_another_indicators_claim_on_the_same_number() -> None:
    # a wrong claim of 26家 under another indicator is not a copy of the right one: it stays to be checked
    text = "新增企业26家，新开工项目31个。"
    right, wrong = _fig(26, "家", "新增企业26家", "新增企业"), _fig(26, "家", "新增企业26家", "新开工项目")
    a = ChunkExtraction(figures=[right, wrong], headline="", summary="")
    merged = merge([a, ChunkExtraction(figures=[right], headline="", summary="")], read_source(text))
    assert [f.indicator for f in merged.figures] == ["新增企业", "新开工项目"]
    # two wrong claims of 31家 under one indicator, with different quotes, are two claims; the same
    # wrong claim twice is one
    text = "新增企业26家，新进规企业31家。"
    one, two = _fig(31, "家", "新增企业26家", "新增企业"), _fig(31, "家", "新进规企业31家", "新增企业")
    merged = merge([ChunkExtraction(figures=[one, two, one], headline="", summary="")], read_source(text))
    assert [f.quote for f in merged.figures] == ["新增企业26家", "新进规企业31家"]


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_exported_schemas_have_not_drifted(name: str) -> None:
    on_disk = (ROOT / "schemas" / name).read_text(encoding="utf-8")
    assert on_disk == schema_json(SCHEMAS[name]), f"schemas/{name} is stale: run python -m summariser.llm.schemas"
    assert json.loads(on_disk)["type"] == "object"


def test_compact_schema_drops_annotations_but_keeps_every_property() -> None:
    from summariser.core.wire import ChunkExtraction, MeasureItem
    from summariser.llm.schemas import compact_schema, skeleton

    schema = compact_schema(ChunkExtraction)
    measure = schema["$defs"]["MeasureItem"]
    assert set(measure["properties"]) == set(MeasureItem.model_fields) == {"name", "description", "quote"}
    assert "title" not in json.dumps(schema) and "Verbatim" not in json.dumps(schema)
    shape = json.loads(skeleton(ChunkExtraction))
    assert set(shape) == set(ChunkExtraction.model_fields)
    assert set(shape["measures"][0]) == set(MeasureItem.model_fields)
    assert shape["figures"][0]["qualifier"] == "=|~|>|>=|<|<="


def test_document_key_covers_what_can_change_a_summary_and_nothing_else() -> None:
    s = Settings.from_env(env={}, base_url="http://h/v1", model="m")
    key = document_key(s, "json_object", ["extract@1+abc"], "全市增长8.5%", {})
    same = [s.with_(api_key="sk-other", concurrency=64, workers=4, timeout=5.0, mode="json_object")]
    assert all(document_key(x, "json_object", ["extract@1+abc"], "全市增长8.5%", {}) == key for x in same)
    assert document_key(s, "json_object", ["extract@1+abc"], "全市增长8.5%".encode(), {}) == key
    other = [document_key(s.with_(unsupported="drop"), "json_object", ["extract@1+abc"], "全市增长8.5%", {}),
             document_key(s.with_(chunk_chars=900), "json_object", ["extract@1+abc"], "全市增长8.5%", {}),
             document_key(s, "tools", ["extract@1+abc"], "全市增长8.5%", {}),
             document_key(s, "json_object", ["extract@2+def"], "全市增长8.5%", {}),
             document_key(s, "json_object", ["extract@1+abc"], "全市增长8.6%", {}),
             document_key(s, "json_object", ["extract@1+abc"], "全市增长8.5%", {"title": "x"})]
    assert len({key, *other}) == 7


def test_cache_writes_are_held_then_stored_together_and_on_close(tmp_path: Path) -> None:
    import diskcache

    s = Settings.from_env(env={}, base_url="http://h/v1", model="m", cache_dir=str(tmp_path))
    cache = AnswerCache(s, batch=3)
    cache.put("a", "1")
    cache.put("b", SummaryText(headline="h", summary="s"))
    assert cache.get("a") == "1" and json.loads(cache.get("b") or "")["headline"] == "h"  # held, yet served
    with diskcache.Cache(str(tmp_path)) as other:
        assert "a" not in other  # not stored yet
        cache.put("c", "3")  # the third entry stores all three in one transaction
        assert [unseal(k, other.get(k)) for k in "ac"] == ["1", "3"]
        cache.put("d", "4")
        cache.close()  # closing stores what is held
        assert unseal("d", other.get("d")) == "4"


def test_a_cache_entry_changed_on_disk_is_a_miss(tmp_path: Path) -> None:
    import diskcache

    s = Settings.from_env(env={}, base_url="http://h/v1", model="m", cache_dir=str(tmp_path))
    cache = AnswerCache(s, batch=1)
    cache.put("a", '{"value": 1.5}')
    cache.put("b", '{"value": 2.5}')
    cache.close()
    with diskcache.Cache(str(tmp_path)) as disk:
        disk.set("a", str(disk.get("a")).replace("1.5", "999.0"))  # edited, the digest left as it was
        disk.set("b", disk.get("a"))  # another key's whole entry
        disk.set("c", '{"value": 3.5}')  # no digest at all (an entry from before digests)
    again = AnswerCache(s)
    assert [again.get(k) for k in "abc"] == [None, None, None]
    again.close()


def test_the_cache_keeps_its_size_limit_and_the_newest_entries(tmp_path: Path) -> None:
    import diskcache

    s = Settings.from_env(env={}, base_url="http://h/v1", model="m", cache_dir=str(tmp_path))
    cache = AnswerCache(s, batch=4, size_limit=400_000)
    for i in range(200):  # 200 entries of 10 kB: five times the limit
        cache.put(f"k{i}", f"{i:04d}" + "x" * 10_000)
    cache.close()
    with diskcache.Cache(str(tmp_path)) as disk:
        assert disk.volume() <= 400_000 + 100_000  # the limit, give or take the database's own pages
        assert len(disk) < 60
        assert unseal("k199", disk.get("k199")) == "0199" + "x" * 10_000  # the newest kept, the oldest gone
        assert "k0" not in disk


def test_a_cache_that_cannot_be_written_warns_and_turns_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    s = Settings.from_env(env={}, base_url="http://h/v1", model="m", cache_dir=str(tmp_path))
    cache = AnswerCache(s, batch=2)
    assert cache._disk is not None

    def broken() -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(cache._disk, "transact", broken)
    cache.put("a", "1")
    with pytest.warns(RuntimeWarning, match="cannot be used"):
        cache.put("b", "2")
    assert cache.get("a") is None
    cache.put("c", "3")  # no further attempt, no error
    cache.close()


def test_the_code_version_covers_every_module_of_every_subpackage(tmp_path: Path) -> None:
    import shutil

    copy = tmp_path / "summariser"
    shutil.copytree(ROOT / "summariser", copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert code_digest(copy) == code_version()
    before = code_digest(copy)
    deep = copy / "numbers" / "check.py"
    deep.write_text(deep.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert code_digest(copy) != before
