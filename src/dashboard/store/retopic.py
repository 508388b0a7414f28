"""Recomputing the themes of everything stored, after a user edits the themes file or points to another one."""

from __future__ import annotations

import pandas as pd
from spacy.language import Language

from dashboard import schema
from dashboard.analysis.nlp import pipe
from dashboard.analysis.pipeline import terms_cell, topic_cell
from dashboard.analysis.themes import Themes, quote_labels
from dashboard.store.store import Store


def retopic(store: Store, nlp: Language, themes: Themes) -> int:
    """Re-score every stored paragraph with the given themes and store the result; returns the paragraph count.

    Only the components that scoring reads are run (no parser), so this is several times faster than an ingest.
    """
    paragraphs = store.table(schema.PARAGRAPHS)
    quotes = store.table(schema.QUOTES)
    contexts = zip(paragraphs["article_id"], paragraphs["paragraph"], paragraphs["section"], strict=True)
    items = zip(paragraphs["text"].fillna(""), contexts, strict=True)
    quotes_in: dict[tuple[str, int], list[int]] = {}
    for row, key in enumerate(zip(quotes["article_id"], quotes["paragraph"], strict=True)):
        quotes_in.setdefault(key, []).append(row)
    quote_topics = [""] * len(quotes)
    new_paragraphs, topic_rows = [], []
    enable = [name for name in themes.components if name in nlp.pipe_names]
    with nlp.select_pipes(enable=enable):
        for doc, (aid, index, section) in pipe(nlp, items):
            scores = themes.score(doc, section=section if isinstance(section, str) else "")
            new_paragraphs.append(
                {"article_id": aid, "paragraph": index, "topics": topic_cell(scores), "topic_terms": terms_cell(scores)}
            )
            topic_rows += [
                {
                    "article_id": aid,
                    "paragraph": index,
                    "theme": s.theme,
                    "score": round(s.score, 4),
                    "label": s.label,
                    "terms": ", ".join(s.terms),
                }
                for s in scores
            ]
            for row in quotes_in.get((aid, index), []):
                start, end = quotes["start_char"].iat[row], quotes["end_char"].iat[row]
                span = (0, len(doc.text)) if pd.isna(start) or pd.isna(end) else (int(start), int(end))
                quote_topics[row] = schema.TOPIC_SEPARATOR.join(quote_labels(themes, doc, scores, *span))
    quotes["topics"] = quote_topics
    store.replace_topics(
        schema.frame(schema.PARAGRAPHS, new_paragraphs), schema.frame(schema.PARAGRAPH_TOPICS, topic_rows), quotes
    )
    return len(new_paragraphs)
