"""Progress bar and stats table on stderr (rich)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

stderr = Console(stderr=True)


@contextmanager
def progress_bar(total: int, label: str, quiet: bool = False) -> Iterator[Callable[[], None]]:
    """Yield an ``advance()`` callable that moves a progress bar on stderr (a no-op when quiet)."""
    if quiet or total < 2:
        yield lambda: None
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=stderr, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


def print_stats(stats: list[dict[str, Any]]) -> None:
    """Print the per-step table: items, produced, seconds, items/s, errors."""
    table = Table(title="silang steps")
    for col in ("step", "items", "produced", "seconds", "per_second", "errors"):
        table.add_column(col, justify="left" if col == "step" else "right")
    for row in stats:
        table.add_row(*(str(row.get(c, "")) for c in ("step", "items", "produced", "seconds", "per_second", "errors")))
    stderr.print(table)
