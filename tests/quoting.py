"""Quotes the real pipeline finds in an article made of a test's own paragraphs (fictional text)."""

from __future__ import annotations

import re
import unicodedata

from dashboard.analysis.entities import entity_rows
from dashboard.analysis.quotes import quote_rows
from dashboard.sources import Article, Paragraph

#: Curly opening and closing quotation marks, as news pages set them.
L, R = "\u201c", "\u201d"


def quote_rows_of(nlp, *paragraphs: str) -> list[dict]:
    """The quote rows of an article made of these paragraphs, parsed by `nlp`."""
    article = Article("test-article", "A test article", tuple(Paragraph(i, "", t) for i, t in enumerate(paragraphs)))
    docs = list(nlp.pipe(paragraphs))
    return quote_rows(article, docs, entity_rows(article.article_id, docs))


def said_by(nlp, *paragraphs: str) -> list[tuple[str, str]]:
    """(speaker, quote) of each quote of an article made of these paragraphs."""
    return [(row["speaker"], row["quote"]) for row in quote_rows_of(nlp, *paragraphs)]


def profiles_of(nlp, *paragraphs: str) -> list[tuple[str, str, str]]:
    """(speaker, kind, affiliation) of each quote of an article made of these paragraphs."""
    return [(r["speaker"], r["speaker_kind"], r["affiliation"]) for r in quote_rows_of(nlp, *paragraphs)]


def kind_of(nlp, name: str, *paragraphs: str) -> str:
    """The one speaker kind the quotes of `name` carry in an article made of these paragraphs."""
    kinds = {kind for speaker, kind, _ in profiles_of(nlp, *paragraphs) if speaker == name}
    assert len(kinds) == 1, profiles_of(nlp, *paragraphs)
    return kinds.pop()


def wrong_quotes(rows: list[dict], gold: list[tuple[str, str, bool]]) -> list[str]:
    """A probe article's gold quotes (speakers joined by "|", a piece of what was said, optional) that `rows` miss,
    and the quotes of `rows` with a speaker or unnamed source that match none of the gold."""
    used: set[int] = set()
    wrong = []
    for speakers, anchor, optional in gold:
        keys = {speaker_key(s) for s in speakers.split("|")}
        match = next(
            (
                i
                for i, r in enumerate(rows)
                if i not in used and folded(anchor) in folded(r["quote"]) and speaker_key(r["speaker"]) in keys
            ),
            None,
        )
        if match is not None:
            used.add(match)
        elif not optional:
            wrong.append(f"missed {speakers}: {anchor}")
    for i, r in enumerate(rows):
        if i not in used and (r["speaker"] or r["speaker_kind"] == "unnamed"):
            wrong.append(f"wrong {r['speaker']!r}: {r['quote'][:60]}")
    return wrong


def folded(text: str) -> str:
    """Accents, typographic quotes and apostrophes, case and runs of white space folded away."""
    text = unicodedata.normalize("NFKD", text).replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", "".join(c for c in text if not unicodedata.combining(c))).casefold().strip()


def speaker_key(name: str) -> str:
    """A speaker's name folded, its punctuation read as spaces, for matching against the gold's."""
    return " ".join(re.sub(r"[^\w\s]", " ", folded(name)).split())


def wrong_profiles(rows: list[dict], gold: list[tuple[str, str, str, str]]) -> list[str]:
    """What the quote rows of one story get wrong against its gold (anchor, speaker, kind, affiliation): each gold
    quote missed or with the wrong kind or affiliation, and each row that matches no gold quote."""
    wrong, used = [], set()
    for anchor, speaker, kind, affiliation in gold:
        found = [
            i
            for i, row in enumerate(rows)
            if i not in used and anchor in f"{row['quote']} {row['sentence']}" and row["speaker"] == speaker
        ]
        if not found:
            wrong.append(f"missed: {speaker} ({anchor})")
            continue
        used.add(found[0])
        row = rows[found[0]]
        got, wanted = row["affiliation"].casefold(), affiliation.casefold()
        if row["speaker_kind"] != kind or wanted and not (got and (got in wanted or wanted in got)):
            wrong.append(f"{speaker}: {row['speaker_kind']}, {row['affiliation']!r}")
    return wrong + [f"extra: {row['speaker']} ({row['quote'][:40]})" for i, row in enumerate(rows) if i not in used]


def wrong_in_stories(nlp, stories) -> list[str]:
    """What a blind batch of profile stories ((paragraphs, gold) pairs) gets wrong, story after story."""
    return [w for paragraphs, gold in stories for w in wrong_profiles(quote_rows_of(nlp, *paragraphs), gold)]


def wrong_in_articles(nlp, articles: dict, gold: dict) -> list[str]:
    """What a blind batch of long-form articles (name -> paragraphs, name -> gold quotes) gets wrong, article after
    article (see `wrong_quotes`)."""
    return [w for name, text in articles.items() for w in wrong_quotes(quote_rows_of(nlp, *text), gold[name])]
