"""Articles -> table rows, one spaCy pass over all paragraphs of a batch; no I/O of its own."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import TypeVar

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from dashboard import schema
from dashboard.analysis.doc_text import release
from dashboard.analysis.entities import entity_rows
from dashboard.analysis.nlp import pipe_texts
from dashboard.analysis.quotes import quote_rows
from dashboard.analysis.sentence_table import read_sentences_afresh, read_sentences_once
from dashboard.analysis.single_marks import entities_as_written
from dashboard.analysis.speaker_file import NO_SPEAKERS, SpeakerFile
from dashboard.analysis.themes import Themes, ThemeScore, spanning_quote_labels
from dashboard.sources import Article

_log = logging.getLogger(__name__)

#: About how many paragraphs a news article has (the dev corpus median is 17), for sizing batches.
PARAGRAPHS_PER_ARTICLE = 16

T = TypeVar("T")


@dataclass
class Analysed:
    """One article's rows for every table, ready to be stored together or not at all."""

    article: Article
    rows: dict[str, list[dict]] = field(default_factory=dict)

    def with_id(self, article_id: str) -> Analysed:
        """The same rows under another article id (for a different text that claims a stored id)."""
        old = self.article.article_id
        rows = {
            table: [
                {
                    **row,
                    "article_id": article_id,
                    **({"quote_id": row["quote_id"].replace(old, article_id, 1)} if "quote_id" in row else {}),
                }
                for row in table_rows
            ]
            for table, table_rows in self.rows.items()
        }
        return Analysed(replace(self.article, article_id=article_id), rows)


def analyse(
    articles: Iterable[Article],
    nlp: Language,
    themes: Themes,
    *,
    batch_articles: int = 32,
    on_article: Callable[[Analysed], None] | None = None,
    speakers: SpeakerFile = NO_SPEAKERS,
) -> Iterator[Analysed]:
    """Each article analysed (entities, paragraph themes, quotes) in input order, as soon as it is parsed.

    All paragraphs flow through one `nlp.pipe` stream, so a spaCy batch spans articles and only about one
    batch of Docs is alive at a time. A batch holds the model's configured batch size of paragraphs, or
    `batch_articles` typical articles' worth if that is smaller.
    """
    waiting: deque[Article] = deque()
    docs: list[Doc] = []

    def texts() -> Iterator[str]:
        for article in articles:
            waiting.append(article)
            yield from (p.text for p in article.paragraphs)

    def finished() -> Iterator[Analysed]:
        nonlocal docs
        while waiting and len(docs) == len(waiting[0].paragraphs):
            result = analyse_article(waiting.popleft(), docs, themes, speakers)
            docs = []
            if on_article:
                on_article(result)
            yield result

    batch_size = max(1, min(nlp.batch_size, batch_articles * PARAGRAPHS_PER_ARTICLE))
    for doc in pipe_texts(nlp, texts(), batch_size=batch_size):
        yield from finished()
        docs.append(doc)
        yield from finished()
    yield from finished()


def _or_nothing(article: Article, part: str, rows: Callable[[], T], nothing: T) -> T:
    """`rows()`, or `nothing`, said on standard error with the article's id, when a rule fails on the article, so that
    one odd article costs that part of its rows (its themes, entities or quotes) and not the whole run."""
    try:
        return rows()
    except Exception as err:  # noqa: BLE001 - any rule's slip on one article; the run and its other rows go on
        _log.warning(
            "%s: %s left out, a rule failed on this article (%s: %s)", article.article_id, part, type(err).__name__, err
        )
        return nothing


def analyse_article(article: Article, docs: list[Doc], themes: Themes, speakers: SpeakerFile = NO_SPEAKERS) -> Analysed:
    """The rows of every table for one article whose paragraphs are already parsed; the speakers file pins the
    speakers it names."""
    aid = article.article_id
    for doc in docs:
        read_sentences_once(doc)  # every step asks for sentences: each Doc reads its own once
    sections = [p.section for p in article.paragraphs]
    scores = _or_nothing(
        article, "themes", lambda: themes.score_article(docs, sections, article.title), [[] for _ in docs]
    )
    paragraphs = [
        {
            "article_id": aid,
            "paragraph": p.index,
            "section": p.section,
            "text": p.text,
            "topics": topic_cell(s),
            "topic_terms": terms_cell(s),
        }
        for p, s in zip(article.paragraphs, scores, strict=True)
    ]
    paragraph_topics = topic_rows(aid, [p.index for p in article.paragraphs], scores)
    entities = _or_nothing(article, "entities", lambda: entity_rows(aid, docs), [])
    quotes = _or_nothing(article, "quotes", lambda: _quote_rows(article, docs, entities, themes, scores, speakers), [])
    entities = entities_as_written(entities, {p.index: p.text for p in article.paragraphs})  # ‘single marks’ kept
    for doc in docs:
        release(doc)  # the article is analysed: what its Docs kept is no longer asked for
        read_sentences_afresh(doc)
    row = {
        "article_id": aid,
        "title": article.title,
        "published": article.published,
        "source": article.source,
        "source_file": article.source_file,
        "n_words": article.n_words,
        "ingested_at": None,
        "content_hash": article.content_hash,
    }
    return Analysed(
        article,
        {
            schema.ARTICLES: [row],
            schema.PARAGRAPHS: paragraphs,
            schema.PARAGRAPH_TOPICS: paragraph_topics,
            schema.ENTITIES: entities,
            schema.QUOTES: quotes,
        },
    )


def _quote_rows(
    article: Article,
    docs: list[Doc],
    entities: list[dict],
    themes: Themes,
    scores: list[list[ThemeScore]],
    speakers: SpeakerFile,
) -> list[dict]:
    """The article's quote rows, numbered, with the speakers file's pins and the themes of the paragraphs they span."""
    aid = article.article_id
    doc_of = {p.index: doc for p, doc in zip(article.paragraphs, docs, strict=True)}
    scores_of = {p.index: s for p, s in zip(article.paragraphs, scores, strict=True)}
    return [
        {
            **q,
            **speakers.pin(q),
            "quote_id": f"{aid}:q{n}",
            "topics": schema.TOPIC_SEPARATOR.join(
                spanning_quote_labels(
                    themes, doc_of, scores_of, (q["paragraph"], q["start_char"], q["last_paragraph"], q["end_char"])
                )
            ),
        }
        for n, q in enumerate(quote_rows(article, docs, entities), start=1)
    ]


def topic_rows(article_id: str, indices: list[int], scores: list[list[ThemeScore]]) -> list[dict]:
    """The `paragraph_topics` rows of one article: every theme's score, label and explanation per paragraph."""
    return [
        {
            "article_id": article_id,
            "paragraph": index,
            "theme": t.theme,
            "score": round(t.score, 4),
            "label": t.label,
            "terms": t.explained(),
        }
        for index, paragraph in zip(indices, scores, strict=True)
        for t in paragraph
    ]


def topic_cell(scores: list[ThemeScore]) -> str:
    """The labelled themes of a paragraph, joined for a table cell."""
    return schema.TOPIC_SEPARATOR.join(s.theme for s in scores if s.label)


def terms_cell(scores: list[ThemeScore]) -> str:
    """What decided each labelled theme, readable in a table cell: "trade: export, sanction | military: attack;
    context: article 0.80"."""
    return " | ".join(f"{s.theme}: {s.explained()}" for s in scores if s.label and (s.terms or s.context))


def to_frames(analysed: Iterable[Analysed]) -> dict[str, pd.DataFrame]:
    """All rows of the analysed articles as one frame per table."""
    rows: dict[str, list[dict]] = {table: [] for table in schema.COLUMNS}
    for item in analysed:
        for table, table_rows in item.rows.items():
            rows[table].extend(table_rows)
    return {table: schema.frame(table, table_rows) for table, table_rows in rows.items()}
