"""Run from outside the source tree with the built wheel installed: prompts and schemas ship in it."""

import importlib
import json
import sys
from importlib import resources

import summariser
from summariser.llm.prompts import load

# every subpackage is in the wheel (pyproject lists them one by one)
for module in ("core.settings", "text.clean", "numbers.check", "llm.reask", "pipeline.engines", "batch.runner",
               "cli.main", "integrations.instructor"):
    importlib.import_module(f"summariser.{module}")

assert "site-packages" in summariser.__file__, summariser.__file__
for name in ("extract", "reduce", "reask"):
    print(load(name).tag)
schemas = resources.files("summariser.schemas")
assert json.loads(schemas.joinpath("document_summary.schema.json").read_text(encoding="utf-8"))["type"] == "object"
r = summariser.summarise("1至9月，全区规模以上工业增加值同比增长7.8%，规上工业总产值完成486.3亿元。")
assert r.provenance.engine == "rules" and r.checks.figures == {"supported": 2}, r.checks
print("wheel check: ok", file=sys.stderr)
