"""The two outcomes of reading that are not an article: the error a reader raises and the failure it reports."""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.sources.article import Article


class ReadError(Exception):
    """A file that cannot be read, with a reason a user can act on."""


@dataclass(frozen=True)
class ReadFailure:
    """A file (or a record or archive member) that could not be read, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


ReadResult = Article | ReadFailure
