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

An input row is `doc_id` (or `id`, or `path`), `source`, and the article as `text` (str), `raw`
(base64 bytes) or `bytes` (what `ray.data.read_binary_files(..., include_paths=True)` gives), or a
`problem` ("type: message") found when it was listed. An output row of `Summariser` is the record's
fields as columns of one fixed Arrow schema (RECORD_SCHEMA: `figures` a list of structs, `error` a
struct for a failed document, and so on), so that `write_parquet` gives a real table, plus `line`,
the local job's output line byte for byte. A document that fails is an error record, never an exception.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import socket
import subprocess
import sys
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Iterable, Mapping

import pyarrow as pa
import ray
import ray.data
from ray.data.checkpoint import CheckpointConfig

from ..core.errors import ConfigError
from ..core.models import DocumentSummary
from ..core.settings import Settings
from ..pipeline.engines import Engine, open_engine
from .inputs import Item, read_item, unique_ids
from .jsonl import RUN_RECORDS
from .records import OutputLine, document_line, error_line

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
    doc_id, source = row_id(row), str(row.get("source") or row.get("path") or "")
    if row.get("problem"):
        kind, _, message = str(row["problem"]).partition(": ")
        return error_line(doc_id, source, kind, message).line
    content: str | bytes
    if row.get("text") is not None:
        content = str(row["text"])
    elif row.get("raw"):
        content = base64.b64decode(row["raw"])
    elif row.get("bytes") is not None:
        content = bytes(row["bytes"])
    else:
        return error_line(doc_id, source, "empty", "the row has no text, raw or bytes").line
    async with gate:
        done: OutputLine = await document_line(engine, doc_id, source, content)
    return done.line


def row_id(row: Mapping[str, Any]) -> str:
    """A row's document id: `doc_id`, else `id`, else `path`."""
    for key in ("doc_id", "id", "path"):
        if row.get(key) is not None:
            return str(row[key])
    return ""


# ---- the output rows' Arrow schema, from the record's JSON Schema (DocumentSummary, an error record)


def _arrow(node: dict[str, Any], defs: dict[str, Any]) -> pa.DataType:
    """The Arrow type of a JSON Schema node of the record."""
    if "$ref" in node:
        return _arrow(defs[node["$ref"].split("/")[-1]], defs)
    if "anyOf" in node:
        kinds = [n for n in node["anyOf"] if n.get("type") != "null"]
        return _arrow(kinds[0], defs) if kinds else pa.string()
    kind = node.get("type")
    if kind == "object" and "properties" in node:
        return pa.struct([pa.field(k, _arrow(v, defs)) for k, v in node["properties"].items()])
    if kind == "object":  # counts by name (checks.figures)
        return pa.map_(pa.string(), _arrow(node.get("additionalProperties") or {}, defs))
    if kind == "array":
        items = node.get("prefixItems")
        return pa.list_(_arrow(items[0] if items else node.get("items") or {}, defs))
    return {"integer": pa.int64(), "number": pa.float64(), "boolean": pa.bool_()}.get(str(kind), pa.string())


@lru_cache(maxsize=1)
def record_schema() -> pa.Schema:
    """The columns of `Summariser`'s output rows: every field of DocumentSummary, `warning` (a summary
    with no article text), `error` (type, message, tokens_in, tokens_out) and `line`."""
    schema = DocumentSummary.model_json_schema()
    summary = _arrow(schema, schema.get("$defs", {}))
    error = pa.struct([pa.field("type", pa.string()), pa.field("message", pa.string()),
                       pa.field("tokens_in", pa.int64()), pa.field("tokens_out", pa.int64())])
    return pa.schema([*(summary.field(i) for i in range(summary.num_fields)), pa.field("warning", pa.string()),
                      pa.field("error", error), pa.field("line", pa.string())])


def record_table(lines: list[str]) -> pa.Table:
    """Output lines as a table of RECORD_SCHEMA (a field a record does not have is null)."""
    return pa.Table.from_pylist([{**json.loads(x), "line": x} for x in lines], schema=record_schema())


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

    async def __call__(self, batch: Any) -> pa.Table:
        """The batch's output rows: the record's fields as columns (record_schema), and `line`."""
        return record_table(await self.lines(batch))

    async def lines(self, batch: Any) -> list[str]:
        """The local job's output line of each row of the batch, in its order."""
        if self.engine is None or self.gate is None:
            self.engine, self.gate = open_engine(self.settings), asyncio.Semaphore(self.concurrency)
        rows = _rows(batch)
        return list(await asyncio.gather(*(_line(self.engine, self.gate, r) for r in rows)))


def summarise_batch(batch: Any, settings: Settings | None = None, concurrency: int = 8) -> list[dict[str, str]]:
    """A batch of input rows (a pyarrow table or a list of records) to output rows `{doc_id, line}`,
    on this process: for Spark, Dask or a plain loop."""
    s = settings or Settings.from_env()
    rows = _rows(batch)

    async def run() -> list[str]:
        job = Summariser(s, concurrency)
        try:
            return await job.lines(rows)
        finally:
            if job.engine is not None:
                await job.engine.aclose()

    return [{"doc_id": row_id(r), "line": x} for r, x in zip(rows, asyncio.run(run()), strict=True)]


CONNECT_TIMEOUT = 15.0  # seconds for a TCP connection to a --ray-address
# seconds for Ray's own GCS client, in a process of its own, to get the cluster's id from it (the
# process starts and imports Ray in about 2 s; a GCS answers at once; anything else is never a GCS)
HANDSHAKE_TIMEOUT = 30.0


def run_on_ray(items: Iterable[Item], out_dir: Path, settings: Settings, address: str | None = None,
               actors: int = 2, concurrency: int = 8, batch_size: int = 16) -> Path:
    """Summarise `items` on Ray into `out_dir` (records.jsonl when done, in input order); re-run after a
    kill, only the documents without a record are summarised. Returns the records file.

    ConfigError when `address` cannot be reached within CONNECT_TIMEOUT or is not a Ray cluster (no
    GCS answers within HANDSHAKE_TIMEOUT; see `reach`); whatever Ray raises otherwise (an engine
    crash) goes to the caller."""
    out_dir = out_dir.resolve()  # Ray's checkpoints want an absolute path (a relative one is refused)
    out_dir.mkdir(parents=True, exist_ok=True)
    staged = out_dir / INPUTS / "inputs.jsonl"
    staged.parent.mkdir(exist_ok=True)
    tmp = staged.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for item in unique_ids(items):
            f.write(json.dumps(input_row(item), ensure_ascii=False) + "\n")
    tmp.replace(staged)
    _start_ray(address, actors)
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # the CLI prints its own summary line
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    context.checkpoint_config = CheckpointConfig(id_column="doc_id", checkpoint_path=str(out_dir / CHECKPOINT),
                                                 delete_checkpoint_on_success=False)
    ds = ray.data.read_json(str(staged)).map_batches(
        Summariser, fn_constructor_args=(settings, concurrency), batch_size=batch_size,
        compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=0.5, batch_format="pyarrow")
    ds.select_columns(["doc_id", "line"]).write_json(str(out_dir / PARTS))
    return gather(out_dir)


def _start_ray(address: str | None, actors: int) -> None:
    if ray.is_initialized():
        return
    if address is None:
        # logical CPUs above the machine's: the actors wait on the network, not on a core
        ray.init(num_cpus=max(4, actors + 2), include_dashboard=False, log_to_driver=False)
        return
    reach(address)
    try:
        ray.init(address=address, log_to_driver=False)
    except ConnectionError as e:  # Ray Client (ray://) gave up after its own tries (about a minute), say
        raise ConfigError(f"cannot join the Ray cluster at {address}: {e}") from None


def reach(address: str, timeout: float | None = None, handshake_timeout: float | None = None) -> None:
    """ConfigError unless `address` is a Ray cluster that answers: ray.init would otherwise wait on an
    unreachable address, or on a server that is not Ray's, for many minutes (about 40 s a try).

    First a TCP connection to host:port (ray://host:port) within `timeout` (CONNECT_TIMEOUT), then,
    for a GCS address (host:port, or `auto`), Ray's own GCS client gets the cluster's id within
    `handshake_timeout` (HANDSHAKE_TIMEOUT), run as `ray health-check` in a child process that is
    killed at the bound (Ray's wait cannot be cut short in this process). A Ray Client address is
    left to ray.init, whose tries are bounded. `local` starts a cluster: nothing to reach."""
    if address == "local":
        return
    if address != "auto":
        _tcp_connect(address, CONNECT_TIMEOUT if timeout is None else timeout)
        if address.startswith("ray://"):
            return
    _gcs_handshake(address, HANDSHAKE_TIMEOUT if handshake_timeout is None else handshake_timeout)


def _tcp_connect(address: str, timeout: float) -> None:
    client = address.startswith("ray://")
    hostport = address.split("://", 1)[-1].rstrip("/")
    host, sep, port = hostport.rpartition(":")
    if not sep or not port.isdigit():
        host, port = hostport, "10001" if client else "6379"
    host = host.strip("[]")
    try:
        socket.create_connection((host, int(port)), timeout=timeout).close()
    except OSError as e:
        raise ConfigError(f"cannot reach the Ray cluster at {address} within {timeout:g} s ({e.strerror or e}): "
                          "is the head node up, and is --ray-address host:port (6379 for the GCS, or "
                          "ray://host:10001 for Ray Client)?") from None


def _gcs_handshake(address: str, timeout: float) -> None:
    """ConfigError unless a Ray GCS at `address` gives its cluster id within `timeout` seconds."""
    command = [sys.executable, "-m", "ray.scripts.scripts", "health-check", "--address", address,
               "--skip-version-check"]  # a version mismatch is ray.init's to report, in Ray's words
    hint = ("is --ray-address the head node's GCS port (6379 unless `ray start --head --port` said "
            "otherwise), or ray://host:10001 for Ray Client?")
    try:
        done = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              errors="replace", timeout=timeout, check=False)
    except subprocess.TimeoutExpired:  # run() has killed the child
        raise ConfigError(f"{address} is not a Ray cluster: something listens there, but no Ray GCS answered "
                          f"within {timeout:g} s; {hint}") from None
    if done.returncode != 0:
        said = ([x.strip() for x in (done.stderr + done.stdout).splitlines() if x.strip()] or ["nothing"])[-1]
        if "AuthenticationError" in said:  # a Ray cluster, whose token this machine lacks (ray.init fails the same)
            raise ConfigError(f"the Ray cluster at {address} refused this machine's token: {said[:600]}")
        raise ConfigError(f"{address} is not a Ray cluster that answers: Ray's GCS client said {said[:400]!r}; "
                          f"{hint}")


def gather(out_dir: Path) -> Path:
    """OUT_DIR/records.jsonl from Ray's output files: each document's line once, in the order of the
    staged inputs (Ray writes blocks as they finish); lines of documents no longer among the inputs last."""
    parts = sorted((out_dir / PARTS).glob("*.json"))
    if not parts and not (out_dir / PARTS).is_dir():
        raise ConfigError(f"{out_dir} holds no Ray output ({PARTS}/): is it the folder of a run --engine ray?")
    where = _line_index(parts)
    tmp = out_dir / (RUN_RECORDS + ".tmp")
    reader = _Lines(parts)
    try:
        with tmp.open("w", encoding="utf-8") as f:
            for doc_id in [*_staged_ids(out_dir / INPUTS / "inputs.jsonl"), *list(where)]:
                at = where.pop(doc_id, None)
                if at is not None:
                    line = reader.line(*at)
                    f.write(line if line.endswith("\n") else line + "\n")
    finally:
        reader.close()
    tmp.replace(out_dir / RUN_RECORDS)
    return out_dir / RUN_RECORDS


def _line_index(parts: list[Path]) -> dict[str, tuple[int, int]]:
    """doc_id -> (part, byte offset of its row), the first row of each id: no line held in memory."""
    where: dict[str, tuple[int, int]] = {}
    for i, part in enumerate(parts):
        with part.open("rb") as f:
            offset = 0
            for raw in f:
                if raw.strip():
                    doc_id = str(json.loads(raw)["doc_id"])
                    where.setdefault(doc_id, (i, offset))
                offset += len(raw)
    return where


class _Lines:
    """Reads output rows by (part, offset), one part file open at a time (neighbours in input order are
    mostly in one part)."""

    def __init__(self, parts: list[Path]) -> None:
        self.parts = parts
        self.open: tuple[int, IO[bytes]] | None = None

    def line(self, part: int, offset: int) -> str:
        if self.open is None or self.open[0] != part:
            self.close()
            self.open = (part, self.parts[part].open("rb"))
        f = self.open[1]
        f.seek(offset)
        return str(json.loads(f.readline())["line"])

    def close(self) -> None:
        if self.open is not None:
            self.open[1].close()
            self.open = None


def _staged_ids(staged: Path) -> list[str]:
    if not staged.is_file():
        return []
    with staged.open("rb") as f:
        return [str(json.loads(raw)["doc_id"]) for raw in f if raw.strip()]
