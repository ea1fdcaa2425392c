"""The `summariser` command: run, check, eval, report, export. Only the CLI turns errors into messages and exit codes.

Exit codes: 0 every document succeeded; 1 some documents failed (their lines hold an `error`);
2 a usage or configuration error (nothing was run; also an unreachable --ray-address); 3 the output could
not be written; 4 the runner itself failed (a Ray job crashed; --runner ray); 130 interrupted (Ctrl-C),
after an `interrupted:` summary line.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import warnings
from pathlib import Path
from typing import Any, Iterator, NoReturn

import click

from ..batch.inputs import DEFAULT_MAX_BYTES, Item, iter_inputs, unique_ids
from ..batch.jsonl import (
    Output,
    OutputBusy,
    OutputLock,
    Resume,
    in_input_order,
    prepare_resume,
    real_path,
)
from ..batch.progress import Progress, Stats
from ..batch.runner import run_batch
from ..core.errors import ConfigError, EndpointError, InputError, SummariserError
from ..core.settings import MODES, POLICIES, Settings
from ..pipeline.engines import preflight
from ..records.evaluate import evaluate_files, format_text
from ..records.export import export_file
from ..records.recheck import recheck_file
from ..records.report import report_file

RUNNERS = ("local", "ray")
EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_OUTPUT, EXIT_ENGINE, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130


def _stop(code: int, message: str) -> NoReturn:
    """End the command: the message on stderr, then the exit code."""
    click.echo(f"summariser: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="summariser", prog_name="summariser", message="%(prog)s %(version)s")
def main() -> None:
    """Structured, number-checked summaries of Chinese industrial-economy articles.

    \b
    Examples:
      summariser run examples/articles -o summaries.jsonl
      summariser run 'scraped/**/*.html' -o out.jsonl --resume
      cat articles.jsonl | summariser run - > out.jsonl
      summariser check out.jsonl
      summariser eval --gold gold.jsonl out.jsonl
      summariser report out.jsonl -o report.html
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", "out", default=None, help="JSONL file to append to (default: stdout).")
@click.option("--resume", is_flag=True,
              help="Skip documents already in the output; repair lines a killed run tore or that are damaged.")
@click.option("--retry-errors", is_flag=True,
              help="With --resume: also redo documents whose line is a transient error (endpoint_*, internal).")
@click.option("--base-url", default=None, help="OpenAI-compatible endpoint (else SUMMARISER_BASE_URL; none: offline).")
@click.option("--model", default=None, help="Model name (else SUMMARISER_MODEL).")
@click.option("--mode", type=click.Choice(MODES), default=None, help="Structured-output mode (default auto).")
@click.option("--concurrency", type=int, default=None, help="Requests in flight (default 8).")
@click.option("--workers", type=int, default=None,
              help="Processes sharing the CPU work of a batch (default 1; for big batches, the number of cores).")
@click.option("--language", "summary_language", type=click.Choice(["zh", "en"]), default=None,
              help="Language of headline and summary (default zh).")
@click.option("--unsupported", type=click.Choice(POLICIES), default=None,
              help="Figures still unsupported after re-asks: keep and flag (default), drop, or raise (error line).")
@click.option("--no-cache", is_flag=True, help="Do not read or write the answer cache.")
@click.option("--refresh-cache", is_flag=True, help="Ask the model again and overwrite cached answers.")
@click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
              help="Refuse files larger than this (larger ones are chunked up to it).")
@click.option("--progress/--no-progress", default=None, help="Progress bar on stderr (default: when a terminal).")
@click.option("--runner", type=click.Choice(RUNNERS), default=None,
              help="Where the batch runs: local, this machine's processes (default); ray, Ray Data (the "
                   "summariser[ray] extra), -o OUT_DIR.")
@click.option("--engine", "engine_alias", type=click.Choice(RUNNERS), default=None,
              help="Deprecated: the old name of --runner (kept for one release, with a warning).")
@click.option("--ray-address", default=None,
              help="With --runner ray: a Ray cluster to join (default: start a local one).")
@click.option("--ray-actors", type=int, default=2, show_default=True,
              help="With --runner ray: actors, each with --concurrency documents in work.")
def run(paths: tuple[str, ...], out: str | None, resume: bool, retry_errors: bool, max_bytes: int,
        progress: bool | None, runner: str | None, engine_alias: str | None, ray_address: str | None, ray_actors: int,
        no_cache: bool, refresh_cache: bool, **options: Any) -> None:
    """Summarise documents into JSONL: one line per document, a summary or an error.

    PATHS are files (.txt, .html, .jsonl with id and text per line), folders (read recursively),
    quoted globs, or - for standard input. Ids come from the JSONL id, else the path relative to the
    folder or glob root.

    \b
    Examples:
      summariser run examples/articles -o summaries.jsonl
      summariser run 'pages/**/*.html' -o out.jsonl --resume --concurrency 32 --workers 2
      summariser run - < articles.jsonl > out.jsonl
      summariser run --runner ray pages/ -o out_dir/   (a re-run after a kill does only what is left)
    """
    runner = _runner(runner, engine_alias)
    cache = "off" if no_cache else "refresh" if refresh_cache else None
    try:
        settings = Settings.from_env(cache=cache, **options)
    except ConfigError as e:
        _stop(EXIT_USAGE, str(e))
    if not settings.uses_model:
        click.echo("summariser: no endpoint set, using the offline rules engine "
                   "(pass --base-url or set SUMMARISER_BASE_URL to use a model)", err=True)
    if retry_errors and not resume:
        _stop(EXIT_USAGE, "--retry-errors goes with --resume -o OUT.jsonl")
    if resume and not out:
        _stop(EXIT_USAGE, "--resume needs -o OUT.jsonl (it reads what a previous run wrote)")
    if runner == "local" and out and out != "-" and Path(out).is_dir():
        _stop(EXIT_USAGE, f"{out} is a folder: -o takes a file for a local run (such as "
                          f"{Path(out) / 'summaries.jsonl'}); a folder is what --runner ray writes")
    exclude = _own_output(paths, out)
    with _warnings_as_messages():  # a JSONL input's last line still being written, say
        items = list(unique_ids(iter_inputs(list(paths), max_bytes=max_bytes, exclude=exclude)))
    if runner == "ray":
        if not out or out == "-":
            _stop(EXIT_USAGE, "--runner ray writes a folder: pass -o OUT_DIR")
        if retry_errors:  # an error record is checkpointed like any other
            _stop(EXIT_USAGE, "--retry-errors is for the local job; with --runner ray a re-run resumes on its own")
        _run_on_ray(items, settings, Path(out), ray_address, ray_actors)
    try:
        lock = OutputLock(out) if out and out != "-" else None
    except OutputBusy as e:
        _stop(EXIT_USAGE, str(e))
    except OSError as e:
        _stop(EXIT_OUTPUT, f"cannot write {out}: {e.strerror}")
    try:
        with _warnings_as_messages():
            _run(items, settings, out, resume, retry_errors, progress)
    finally:
        if lock is not None:
            lock.release()


def _runner(runner: str | None, engine_alias: str | None) -> str:
    """The runner --runner names, or the deprecated --engine (with a warning on stderr); local by default.
    (--engine once named the runner, while `Settings.engine` names the summarising engine: auto, rules, llm.)"""
    if engine_alias is not None:
        click.echo(f"summariser: warning: --engine {engine_alias} is deprecated and will be removed in the next "
                   f"release; use --runner {engine_alias}", err=True)
        if runner is not None and runner != engine_alias:
            _stop(EXIT_USAGE, f"--runner {runner} and --engine {engine_alias} disagree: pass --runner only")
    return runner or engine_alias or "local"


def _own_output(paths: tuple[str, ...], out: str | None) -> Path | None:
    """The real path of the run's output, which no folder or glob of the inputs lists; a usage error
    when an input named is the output itself (or inside an output folder)."""
    if not out or out == "-":
        return None
    own = real_path(out)
    for p in paths:
        real = real_path(p) if p != "-" else None
        if real is not None and (real == own or own in real.parents):
            _stop(EXIT_USAGE, f"{p} is the output of this run (-o {out}): choose another -o file")
    return own


def _run_on_ray(items: list[Item], settings: Settings, out_dir: Path, address: str | None, actors: int) -> None:
    """--runner ray: the batch on Ray Data, exactly once across a kill and a re-run; exits with the run's code."""
    try:
        from ..batch import ray_data  # here, not at the top: Ray is an extra, loaded only for --runner ray
    except ImportError:
        _stop(EXIT_USAGE, "--runner ray needs the ray extra: pip install 'summariser[ray]'")
    out_dir = out_dir.resolve()  # Ray's checkpoints need an absolute path
    if out_dir.exists() and not out_dir.is_dir():
        _stop(EXIT_USAGE, f"{out_dir} is a file: --runner ray writes a folder")
    try:  # the endpoint tried once, its mode resolved, before any document goes to the actors
        settings = asyncio.run(preflight(settings))
    except EndpointError as e:
        _stop(EXIT_USAGE, str(e))
    try:
        records = ray_data.run_on_ray(items, out_dir, settings, address=address, actors=actors,
                                      concurrency=settings.concurrency)
    except KeyboardInterrupt:
        _stop(EXIT_INTERRUPTED, f"interrupted; run the same command again to finish {out_dir}")
    except SummariserError as e:  # an unreachable --ray-address, say
        _stop(EXIT_USAGE, str(e))
    except OSError as e:
        _stop(EXIT_OUTPUT, f"writing {out_dir} failed: {e}")
    except Exception as e:  # noqa: BLE001 - Ray itself failed: not "some documents failed"
        _stop(EXIT_ENGINE, f"the Ray job failed ({type(e).__name__}: {str(e)[:500]}); what was written is "
                           "checkpointed: run the same command again to go on")
    lines = records.read_text(encoding="utf-8").splitlines()
    errors = sum(1 for x in lines if '"error":{' in x[:400])
    click.echo(f"done: {len(lines)} documents on Ray, {len(lines) - errors} ok, {errors} errors -> {records}",
               err=True)
    sys.exit(EXIT_SOME_FAILED if errors else EXIT_OK)


@contextlib.contextmanager
def _warnings_as_messages() -> Iterator[None]:
    """The library's warnings (a cache turned off, say) as one line each on stderr, like the CLI's messages."""

    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int, file: Any = None,
             line: str | None = None) -> None:
        click.echo(f"summariser: warning: {message}", err=True)

    with warnings.catch_warnings():
        warnings.simplefilter("default")
        warnings.showwarning = show
        yield


def _run(items: list[Item], settings: Settings, out: str | None, resume: bool, retry_errors: bool,
         progress: bool | None) -> None:
    """The run itself, once the output is ours: exits with the run's code."""
    try:
        previous = prepare_resume(out, retry_errors=retry_errors) if resume and out else Resume(set())
        done = previous.done
        if previous.dropped:
            click.echo(f"summariser: removed {previous.dropped} damaged line(s) of {out}; their documents are done "
                       "again", err=True)
        if previous.retried:
            click.echo(f"summariser: retrying {previous.retried} document(s) whose line was a transient error",
                       err=True)
        if out and not resume and Path(out).exists() and Path(out).stat().st_size:
            _stop(EXIT_USAGE, f"{out} already has lines; pass --resume to continue it, or choose a new file")
        output = Output(out)
    except (InputError, OutputBusy) as e:  # (another run through a hard link locked the file it made)
        _stop(EXIT_USAGE, str(e))
    except OSError as e:
        _stop(EXIT_OUTPUT, f"cannot write {out}: {e.strerror}")
    show = sys.stderr.isatty() if progress is None else progress
    bar = Progress(len(items), sys.stderr, show)
    stats = Stats()
    try:
        asyncio.run(run_batch(items, settings, output, done_ids=done, progress=bar, stats=stats))
    except OSError as e:
        _stop(EXIT_OUTPUT, f"writing {out or 'stdout'} failed: {e}")
    except EndpointError as e:  # before any document: the endpoint cannot serve this run
        _stop(EXIT_USAGE, str(e))
    except KeyboardInterrupt:  # Ctrl-C: every line written so far is whole; --resume goes on from there
        bar.finish(stats, out, "interrupted")
        _stop(EXIT_INTERRUPTED, "interrupted; run again with --resume to finish")
    finally:
        output.close()
    if out and (previous.dropped or previous.retried):  # documents done again went at the end
        try:
            in_input_order(out, [it.id for it in items])
        except OSError as e:
            _stop(EXIT_OUTPUT, f"cannot put the lines of {out} back in input order: {e.strerror or e} (every line is "
                               "whole; run again with --resume once there is room)")
    bar.finish(stats, out)
    sys.exit(EXIT_SOME_FAILED if stats.errors else EXIT_OK)


@main.command()
@click.argument("results", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", "out", default=None, help="Write the records with fresh checks here.")
@click.option("--strict", is_flag=True, help="Exit 1 when any verdict changed.")
def check(results: str, out: str | None, strict: bool) -> None:
    """Re-verify the figures of an output file against their sources; report what changed.

    Useful after upgrading the checker. Sources are read from each record's `source` (a file path,
    or PATH.jsonl#ID for a record of a JSONL input, ID made unique within that file).

    \b
    Examples:
      summariser check out.jsonl
      summariser check out.jsonl -o rechecked.jsonl --strict
    """
    try:
        report = recheck_file(Path(results), Path(out) if out else None)
    except SummariserError as e:
        _stop(EXIT_USAGE, str(e))
    for line in report.lines:
        click.echo(line)
    click.echo(report.summary, err=True)
    sys.exit(EXIT_SOME_FAILED if strict and report.changed else EXIT_OK)


@main.command(name="eval")
@click.option("--gold", "gold_path", type=click.Path(exists=True, dir_okay=False), required=True,
              help="Gold JSONL: doc_id, source_file, figures [{quote, value, unit, qualifier, kind, optional, "
                   "indicator, period, measure}], traps.")
@click.argument("predictions", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def eval_(gold_path: str, predictions: str, as_json: bool) -> None:
    """Figure recall and precision of an output file against gold, per document and overall.

    A predicted figure matches a gold one on canonical value and unit class; each gold figure is
    matched once; optional gold figures count neither way. On the matched figures, the claims are
    scored too: indicator agreement (where the gold names one; paraphrase tolerated), period
    agreement (one period however written) and kind agreement. Also reports the share of figures
    the checker supports, unsupported numbers in headline and summary, traps reported (codes,
    labels, other articles' figures), and a table of misses and claim disagreements.

    \b
    Examples:
      summariser eval --gold ../shared/gold/figures.jsonl out.jsonl
      summariser eval --gold examples/gold.jsonl out.jsonl --json
    """
    try:  # a results or gold file that is not UTF-8, or has a field of the wrong type, is a message
        result = evaluate_files(Path(gold_path), Path(predictions))
    except SummariserError as e:
        _stop(EXIT_USAGE, str(e))
    click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2) if as_json else format_text(result))


@main.command()
@click.argument("results", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", "out", default="report.html", show_default=True, help="The HTML file to write.")
def report(results: str, out: str) -> None:
    """A self-contained HTML page to read: per document its metadata, headline and summary, the figures
    with their verdicts, and the cleaned source with each figure highlighted (click a row to jump to it).

    \b
    Examples:
      summariser report out.jsonl -o report.html
    """
    try:
        n = report_file(Path(results), Path(out))
    except SummariserError as e:
        _stop(EXIT_USAGE, str(e))
    click.echo(f"wrote {out} ({n} documents)", err=True)



@main.command(name="export")
@click.argument("results", type=click.Path(exists=True))
@click.option("--to", "to", required=True, type=click.Path(file_okay=False), help="Folder for the two tables.")
@click.option("--format", "fmt", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True,
              help="parquet (pyarrow: the summariser[parquet] extra) or csv (UTF-8).")
@click.option("--bom", is_flag=True, help="With --format csv: a UTF-8 BOM, so that Excel reads the Chinese text.")
def export_(results: str, to: str, fmt: str, bom: bool) -> None:
    """Tables of an output file (or a Ray run's folder): articles (one row per document) and figures
    (one row per figure: indicator, value, unit, value in base units, qualifier, measure, kind,
    period, quote, verdict, reason, span in the raw source).

    \b
    Examples:
      summariser export out.jsonl --to tables/
      summariser export out_dir/ --to tables/ --format csv --bom
      python -c "import duckdb; print(duckdb.sql(\\"select indicator, value, unit from 'tables/figures.parquet'\\"))"
    """
    try:
        counts = export_file(Path(results), Path(to), fmt, bom)
    except SummariserError as e:
        _stop(EXIT_USAGE, str(e))
    except OSError as e:
        _stop(EXIT_OUTPUT, f"cannot write {to}: {e.strerror or e}")
    click.echo(f"wrote {counts['articles']} article rows and {counts['figures']} figure rows to {to} ({fmt})",
               err=True)
