"""Ingest progress on a terminal: documents, megabytes, documents per second and time left."""

from __future__ import annotations

import sys

from tqdm import tqdm

from geo.store.ingest import IngestProgress


class TerminalProgress:
    """A progress bar on standard error, sized in megabytes of the source files to read."""

    def __init__(self, *, enabled: bool = True):
        self.enabled = enabled and sys.stderr.isatty() or enabled == "always"
        self._bar: tqdm | None = None

    def __enter__(self) -> TerminalProgress:
        return self

    def __exit__(self, *exc_info) -> None:
        if self._bar is not None:
            self._bar.close()

    def __call__(self, progress: IngestProgress) -> None:
        if not self.enabled:
            return
        if self._bar is None:
            self._bar = tqdm(total=round(progress.total_megabytes, 2) or None, unit="MB", desc="ingest",
                             file=sys.stderr, dynamic_ncols=True, bar_format=(
                                 "{desc}: {percentage:3.0f}%|{bar}| {n:.1f}/{total:.1f} MB "
                                 "[{elapsed}<{remaining}] {postfix}"))
        self._bar.n = round(progress.megabytes, 2)
        self._bar.set_postfix_str(f"{progress.documents:,} documents, {progress.documents_per_second:,.0f}/s",
                                  refresh=False)
        self._bar.refresh()
