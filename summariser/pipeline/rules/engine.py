"""The offline engine: the same DocumentSummary from rules alone, with no model endpoint."""

from __future__ import annotations

import time

from ...core.models import Document, DocumentSummary, Provenance
from ...core.settings import Settings
from ...numbers.source import read_source
from ...text.clean import clean
from ..assemble import assemble
from .extract import extract


class RulesEngine:
    """Figures from the quantity parser and the rules in extract.py, an extractive summary, every number checked."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def summarise_now(self, document: Document) -> DocumentSummary:
        """One document, on the calling thread."""
        t0 = time.perf_counter()
        cleaned = clean(document.text)
        src = read_source(cleaned.text)  # the document's reading: its figures, summary and checks all read it
        extraction = extract(cleaned, src)
        prov = Provenance(engine="rules", chunks=1, notes=["offline rules engine: no model endpoint configured"])
        if self.settings.summary_language == "en":
            prov.notes.append("summary_language=en needs a model; the offline summary is extractive Chinese")
        return assemble(document, cleaned, src, extraction, prov, self.settings, t0)

    async def preflight(self) -> Settings:
        """Nothing to try: no endpoint. The settings as they are."""
        return self.settings

    async def summarise(self, document: Document) -> DocumentSummary:
        """One document, on the event loop's thread: the work is CPU only, and the batch job does
        nothing else meanwhile that a thread would let run (it would only add the switching)."""
        return self.summarise_now(document)

    async def aclose(self) -> None:
        """Nothing to release: the rules engine holds no connection or cache."""
