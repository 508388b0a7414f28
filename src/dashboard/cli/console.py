"""What the commands print: one console on standard error, progress bars, and the report of unreadable inputs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dashboard.sources import Article, ReadFailure, ReadResult

console = Console(stderr=True, soft_wrap=True, highlight=False)


def readable(results: Iterable[ReadResult], failures: list[ReadFailure]) -> Iterator[Article]:
    """The articles among read results; failures are printed at once and collected."""
    for result in results:
        if isinstance(result, ReadFailure):
            failures.append(result)
            console.print(f"[red]cannot read[/red] {escape(str(result))}")
        else:
            yield result


def report_failures(failures: list[ReadFailure]) -> int:
    if failures:
        console.print(f"[red]{len(failures)} file(s) could not be read[/red]")
        return 1
    return 0


def progress_bar() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )
