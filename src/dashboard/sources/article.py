"""The Article record that readers produce and analysis consumes; it knows nothing of spaCy or storage."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Paragraph:
    """One body paragraph: its position among body paragraphs, the section heading over it, its text."""

    index: int
    section: str
    text: str


@dataclass(frozen=True)
class Article:
    """A news article as read from a file or record, before any analysis."""

    article_id: str
    title: str
    paragraphs: tuple[Paragraph, ...]
    published: datetime | None = None
    source: str = ""
    source_file: str = ""

    @property
    def headings(self) -> list[str]:
        """Section headings in reading order, each once."""
        seen: list[str] = []
        for p in self.paragraphs:
            if p.section and p.section not in seen:
                seen.append(p.section)
        return seen

    @property
    def n_words(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)

    @property
    def content_hash(self) -> str:
        """A fingerprint of title and body, to tell a re-ingest of the same text from a different text."""
        body = "\n\n".join([self.title, *(p.text for p in self.paragraphs)])
        return text_hash(body)


def text_hash(text: str) -> str:
    """A stable short hash of text with white space folded."""
    folded = " ".join(text.split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:16]
