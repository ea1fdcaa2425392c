"""What is done with records once a run has written them: the library behind `summariser eval`,
`report`, `export` and `check`, for a Python user as much as for the command.

- `results`: read a results file (an output of `run` or `check -o`, or a Ray run's folder), each
  record checked for the fields the tools read;
- `sources`: read the sources those records name, safely (only input files near the results file);
- `evaluate`: figure recall, precision and claim agreement against gold;
- `report`: one self-contained HTML page a person reads;
- `export`: the `articles` and `figures` tables (Parquet or CSV); `periods` reads a period's dates;
- `recheck`: every figure checked again against its source, the changed verdicts listed.

Each raises the library's errors (`InputError` for a file that cannot be read, `ConfigError` for a
missing extra or a folder that is not a run's); only the command turns them into messages and exit codes.

    from pathlib import Path
    from summariser.records import evaluate_files, export_file

    print(evaluate_files(Path("gold.jsonl"), Path("out.jsonl")).recall)
    export_file(Path("out.jsonl"), Path("tables"), "csv")
"""

from .evaluate import EvalResult, evaluate, evaluate_files, format_text
from .export import export, export_file
from .periods import period_bounds
from .recheck import RecheckResult, recheck_file
from .report import render, report_file
from .results import read_results, records_file
from .sources import Sources

__all__ = [
    "EvalResult",
    "RecheckResult",
    "Sources",
    "evaluate",
    "evaluate_files",
    "export",
    "export_file",
    "format_text",
    "period_bounds",
    "read_results",
    "recheck_file",
    "records_file",
    "render",
    "report_file",
]
