"""One attributed statement of a paragraph: its speaker, cue and the quoted or reported parts."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span

from dashboard.analysis.quotes.people import Speaker


@dataclass
class Quote:
    """One attributed statement of a paragraph, before it becomes a table row."""

    speaker: Speaker
    cue: str
    parts: list[tuple[int, int]]
    direct: bool
    sentences: list[Span] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    def text(self, paragraph: str) -> str:
        """What was said: the quoted parts joined, without the narration between them ("…," she said, "…")."""
        return " ".join(paragraph[s:e] for s, e in self.parts)
