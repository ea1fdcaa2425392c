"""The batch job on Ray Data (the `summariser[ray]` extra): the same records as the local job, past
one machine, each input exactly once across a kill and a re-run.

Three ways in:
- `Summariser`: a callable class for `ray.data.Dataset.map_batches` (an actor pool): its async
  `__call__` runs the same engine as `summarise`, at most `concurrency` documents in work per actor.
- `summarise_batch(rows)`: a plain function over a batch (a pyarrow table or a list of records), for
  Spark, Dask or any other engine.
- `run_on_ray(...)`: what `summariser run --engine ray` does: inputs read as the local job reads them,
  staged as JSONL in the output folder, summarised by an actor pool, written as JSONL under
  Ray's checkpoints keyed on `doc_id`, then gathered into OUT_DIR/records.jsonl.

An input row is `doc_id`, `source`, and the article as `text` (str) or `raw` (base64 bytes), or a
`problem` ("type: message") found when it was listed; an output row is `doc_id` and `line`, the
local job's output line. A document that fails is an error line, never an exception.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
from pathlib import Path
from typing import Any, Iterable, Mapping

import ray
import ray.data
from ray.data.checkpoint import CheckpointConfig

from ..core.errors import ConfigError
from ..core.settings import Settings
from ..pipeline.engines import Engine, open_engine
from .inputs import Item, read_item, unique_ids
from .jsonl import RUN_RECORDS
from .records import Done, document_done, error_done

PARTS = "parts"  # Ray's output files, under its checkpoints
CHECKPOINT = "_checkpoint"
INPUTS = "_inputs"


def input_row(item: Item) -> dict[str, str | None]:
    """An input item as a row Ray can stage and ship: its content read now, bytes as base64."""
    content, problem = read_item(item)
    row: dict[str, str | None] = {"doc_id": item.id, "source": item.source, "text": None, "raw": None,
                                  "problem": None}
    if problem is not None:
        row["problem"] = f"{problem[0]}: {problem[1]}"
    elif isinstance(content, bytes):
        row["raw"] = base64.b64encode(content).decode("ascii")
    else:
        row["text"] = content
    return row


async def _line(engine: Engine, gate: asyncio.Semaphore, row: Mapping[str, Any]) -> str:
    doc_id, source = str(row["doc_id"]), str(row.get("source") or "")
    if row.get("problem"):
        kind, _, message = str(row["problem"]).partition(": ")
        return error_done(doc_id, source, kind, message).line
    content: str | bytes = base64.b64decode(row["raw"]) if row.get("raw") else str(row.get("text") or "")
    async with gate:
        done: Done = await document_done(engine, doc_id, source, content)
    return done.line


def _rows(batch: Any) -> list[dict[str, Any]]:
    """A batch as records: a pyarrow table, a dict of columns, or a list of records."""
    if hasattr(batch, "to_pylist"):
        return list(batch.to_pylist())
    if isinstance(batch, Mapping):
        keys = list(batch)
        n = len(batch[keys[0]]) if keys else 0
        return [{k: _plain(batch[k][i]) for k in keys} for i in range(n)]
    return [dict(r) for r in batch]


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


class Summariser:
    """For `map_batches`: each batch's rows summarised by one engine per actor, opened on first use
    on the actor's event loop, at most `concurrency` documents in work at once."""

    def __init__(self, settings: Settings | Mapping[str, Any] | None = None, concurrency: int = 8) -> None:
        self.settings = settings if isinstance(settings, Settings) else Settings.from_env(**dict(settings or {}))
        self.concurrency = concurrency
        self.engine: Engine | None = None
        self.gate: asyncio.Semaphore | None = None

    async def __call__(self, batch: Any) -> dict[str, list[str]]:
        if self.engine is None or self.gate is None:
            self.engine, self.gate = open_engine(self.settings), asyncio.Semaphore(self.concurrency)
        rows = _rows(batch)
        lines = await asyncio.gather(*(_line(self.engine, self.gate, r) for r in rows))
        return {"doc_id": [str(r["doc_id"]) for r in rows], "line": list(lines)}


def summarise_batch(batch: Any, settings: Settings | None = None, concurrency: int = 8) -> list[dict[str, str]]:
    """A batch of input rows (a pyarrow table or a list of records) to output rows `{doc_id, line}`,
    on this process: for Spark, Dask or a plain loop."""
    s = settings or Settings.from_env()

    async def run() -> dict[str, list[str]]:
        job = Summariser(s, concurrency)
        try:
            return await job(batch)
        finally:
            if job.engine is not None:
                await job.engine.aclose()

    out = asyncio.run(run())
    return [{"doc_id": d, "line": x} for d, x in zip(out["doc_id"], out["line"], strict=True)]


def run_on_ray(items: Iterable[Item], out_dir: Path, settings: Settings, address: str | None = None,
               actors: int = 2, concurrency: int = 8, batch_size: int = 16) -> Path:
    """Summarise `items` on Ray into `out_dir` (records.jsonl when done); re-run after a kill, only
    the documents without a record are summarised. Returns the records file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    staged = out_dir / INPUTS / "inputs.jsonl"
    staged.parent.mkdir(exist_ok=True)
    tmp = staged.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for item in unique_ids(items):
            f.write(json.dumps(input_row(item), ensure_ascii=False) + "\n")
    tmp.replace(staged)
    if address is None and not ray.is_initialized():
        # logical CPUs above the machine's: the actors wait on the network, not on a core
        ray.init(num_cpus=max(4, actors + 2), include_dashboard=False, log_to_driver=False)
    elif not ray.is_initialized():
        ray.init(address=address, log_to_driver=False)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # the CLI prints its own summary line
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    context.checkpoint_config = CheckpointConfig(id_column="doc_id", checkpoint_path=str(out_dir / CHECKPOINT),
                                                 delete_checkpoint_on_success=False)
    ds = ray.data.read_json(str(staged)).map_batches(
        Summariser, fn_constructor_args=(settings, concurrency), batch_size=batch_size, concurrency=actors,
        num_cpus=0.5, batch_format="pyarrow")
    ds.write_json(str(out_dir / PARTS))
    return gather(out_dir)


def gather(out_dir: Path) -> Path:
    """OUT_DIR/records.jsonl from Ray's output files: each document's line once."""
    parts = sorted((out_dir / PARTS).glob("*.json"))
    if not parts and not (out_dir / PARTS).is_dir():
        raise ConfigError(f"{out_dir} holds no Ray output ({PARTS}/): is it the folder of a run --engine ray?")
    seen: set[str] = set()
    tmp = out_dir / (RUN_RECORDS + ".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for part in parts:
            for raw in part.read_text(encoding="utf-8").splitlines():
                if not raw.strip():
                    continue
                row = json.loads(raw)
                if row["doc_id"] not in seen:
                    seen.add(row["doc_id"])
                    f.write(row["line"] if row["line"].endswith("\n") else row["line"] + "\n")
    tmp.replace(out_dir / RUN_RECORDS)
    return out_dir / RUN_RECORDS
