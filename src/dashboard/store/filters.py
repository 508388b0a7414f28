"""The Filters value the sidebar and the export command share, and what it keeps of every table.

Semantics, the same on every page and in every extract:
- an article is kept when its date and source match, it names one of the chosen entities, it has a
  paragraph of one of the chosen themes, and it quotes one of the chosen speakers / speaker kinds
  (each condition only when that filter is set);
- paragraphs, entities and quotes are those of kept articles; paragraphs and quotes must also carry a
  chosen theme; quotes must be of a chosen speaker and kind; the text filter keeps paragraphs and
  quotes whose text contains it (case-insensitive) and articles that have such a paragraph or quote.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the data to; empty fields mean "everything"."""

    themes: tuple[str, ...] = ()
    speakers: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    entities: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    text: str = ""

    def is_empty(self) -> bool:
        return all(not getattr(self, f.name) for f in fields(self))
