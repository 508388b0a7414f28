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

    def as_row(self, article_id: str, paragraph: int, text: str) -> dict:
        """The quote as a row of the quotes table, in paragraph `paragraph` whose text is `text`: its sentence runs
        from the first of its sentences (or its first part) to the last (or its last part)."""
        first, last = min(s.start_char for s in self.sentences), max(s.end_char for s in self.sentences)
        sentence = text[min(first, self.start) : max(last, self.end)].strip()
        return row(
            article_id, paragraph, self.speaker, cue=self.cue, quote=self.text(text), sentence=sentence,
            direct=self.direct, start=self.start, end=self.end,
        )  # fmt: skip


def row(
    article_id: str, paragraph: int, speaker: Speaker, *, cue: str, quote: str, sentence: str, direct: bool,
    start: int | None = None, end: int | None = None,
) -> dict:  # fmt: skip
    """A row of the quotes table (without quote_id and topics, which the pipeline adds); a quote with no offsets in
    its paragraph (a headline's) has no start and end."""
    return {
        "article_id": article_id,
        "paragraph": paragraph,
        "speaker": speaker.name,
        "speaker_kind": speaker.kind,
        "affiliation": speaker.affiliation,
        "role": speaker.role,
        "cue": cue,
        "quote": quote,
        "sentence": sentence,
        "direct": direct,
        "start_char": start,
        "end_char": end,
    }
