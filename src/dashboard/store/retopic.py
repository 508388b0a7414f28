"""Recomputing the themes of everything stored, after a user edits the themes file or points to another one."""

from __future__ import annotations

from collections.abc import Iterator

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from dashboard import schema
from dashboard.analysis.nlp import pipe
from dashboard.analysis.pipeline import terms_cell, topic_cell, topic_rows
from dashboard.analysis.themes import Themes, spanning_quote_labels
from dashboard.store.store import Store


def retopic(store: Store, nlp: Language, themes: Themes) -> int:
    """Re-score every stored paragraph with the given themes, article by article since a paragraph is read in its
    article's context, and store the result in one transaction; returns the paragraph count.

    Only the components that scoring reads are run (no parser), so this is several times faster than an ingest.
    """
    paragraphs = store.table(schema.PARAGRAPHS).sort_values(["article_id", "paragraph"], kind="stable")
    articles = store.table(schema.ARTICLES)
    titles = dict(zip(articles["article_id"], articles["title"], strict=True))
    quotes = store.table(schema.QUOTES)
    quotes_in: dict[str, list[int]] = {}
    for row, aid in enumerate(quotes["article_id"]):
        quotes_in.setdefault(aid, []).append(row)
    quote_topics = [""] * len(quotes)
    places = quotes[["paragraph", "start_char", "last_paragraph", "end_char"]]  # no offsets for a headline's quote
    new_paragraphs, new_topics = [], []
    enable = [name for name in themes.components if name in nlp.pipe_names]
    with nlp.select_pipes(enable=enable):
        for aid, indices, sections, docs in _articles(nlp, paragraphs):
            scores = themes.score_article(docs, sections, _text(titles.get(aid)))
            new_topics += topic_rows(aid, indices, scores)
            for index, paragraph in zip(indices, scores, strict=True):
                new_paragraphs.append(
                    {
                        "article_id": aid,
                        "paragraph": index,
                        "topics": topic_cell(paragraph),
                        "topic_terms": terms_cell(paragraph),
                    }
                )
            doc_of, scores_of = dict(zip(indices, docs, strict=True)), dict(zip(indices, scores, strict=True))
            for row in quotes_in.get(aid, []):
                place = tuple(None if pd.isna(at) else int(at) for at in places.iloc[row])
                labels = spanning_quote_labels(themes, doc_of, scores_of, place)
                quote_topics[row] = schema.TOPIC_SEPARATOR.join(labels)
    quotes["topics"] = quote_topics
    store.replace_topics(
        schema.frame(schema.PARAGRAPHS, new_paragraphs), schema.frame(schema.PARAGRAPH_TOPICS, new_topics), quotes
    )
    return len(new_paragraphs)


def _articles(nlp: Language, paragraphs: pd.DataFrame) -> Iterator[tuple[str, list[int], list[str], list[Doc]]]:
    """Each stored article's paragraph numbers, sections and parsed paragraphs, in one parsing stream."""
    rows = zip(paragraphs["article_id"], paragraphs["paragraph"], paragraphs["section"], strict=True)
    items = zip(paragraphs["text"].fillna(""), rows, strict=True)
    current: tuple[str, list[int], list[str], list[Doc]] | None = None
    for doc, (aid, index, section) in pipe(nlp, items):
        if current is None or current[0] != aid:
            if current is not None:
                yield current
            current = (aid, [], [], [])
        current[1].append(int(index))
        current[2].append(_text(section))
        current[3].append(doc)
    if current is not None:
        yield current


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""
