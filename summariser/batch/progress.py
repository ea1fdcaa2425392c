"""Progress of a batch: counters, a progress line on stderr when it is a terminal, a final summary line."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import IO

from .records import OutputLine


@dataclass
class Stats:
    done: int = 0
    ok: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    cache_hits: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    skipped: int = 0

    def count(self, d: OutputLine) -> None:
        """Count one written line."""
        self.done += 1
        if d.error is not None:
            self.errors[d.error] = self.errors.get(d.error, 0) + 1
        else:
            self.ok += 1
            self.cache_hits += d.cache_hits
        self.tokens_in += d.tokens_in  # a failed document's tokens were spent too
        self.tokens_out += d.tokens_out


class Progress:
    """A progress line on stderr when it is a terminal; quiet otherwise. A final summary either way."""

    def __init__(self, total: int, stream: IO[str], enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.t0 = time.monotonic()
        self._last = 0.0

    def update(self, s: Stats, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < 0.2:
            return
        self._last = now
        rate = s.done / max(now - self.t0, 1e-9)
        left = (self.total - s.done - s.skipped) / rate if rate > 0 else 0
        width = 24
        filled = int(width * (s.done + s.skipped) / max(self.total, 1))
        errors = sum(s.errors.values())
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {s.done + s.skipped}/{self.total} docs, "
                          f"{errors} errors, {s.cache_hits} cache hits, {s.tokens_in + s.tokens_out:,} tokens, "
                          f"{rate:.1f} docs/s, ETA {int(left) // 60:02d}:{int(left) % 60:02d} ")
        self.stream.flush()

    def finish(self, s: Stats, out: str | None, label: str = "done") -> str:
        """The summary line: `done:`, or `interrupted:` for a run stopped before its end (`label`)."""
        if self.enabled:
            self.update(s, force=True)
            self.stream.write("\n")
        errors = sum(s.errors.values())
        kinds = ", ".join(f"{k}: {v}" for k, v in sorted(s.errors.items()))
        line = (f"{label}: {s.done} documents in {time.monotonic() - self.t0:.1f} s, {s.ok} ok, {errors} errors"
                f"{f' ({kinds})' if kinds else ''}, {s.skipped} already done, {s.cache_hits} cache hits, "
                f"{s.tokens_in:,} tokens in / {s.tokens_out:,} out -> {out or 'stdout'}")
        self.stream.write(line + "\n")
        self.stream.flush()
        return line
