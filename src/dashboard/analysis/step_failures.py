"""A pipeline step this product adds to spaCy's must not end a whole extraction when it fails on one paragraph.

spaCy runs the steps inside `nlp.pipe`, so an error raised by one of them on one paragraph would stop the stream and
with it every article after that paragraph. A step run through `undone_on_failure` that raises gets the paragraph back
as it found it (the words' sentence starts, or their heads, labels, tags and entities), says so on standard error
with the step's name, the error and the paragraph's first words, and the pipeline goes on: that paragraph is read as
if the step had not run, and every other paragraph as usual.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import wraps

from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, POS, SENT_START, TAG
from spacy.tokens import Doc

Step = Callable[[Doc], Doc]

#: What a step before the parser may change: where sentences start.
SENTENCE_STARTS = (SENT_START,)
#: What a step after the parser may change: the parse, the tags and the entities.
PARSE_AND_ENTITIES = (HEAD, DEP, TAG, POS, ENT_IOB, ENT_TYPE)
#: How much of the paragraph the message quotes, so that the reader can find it.
_SHOWN = 60

_log = logging.getLogger(__name__)


def undone_on_failure(kept: tuple[int, ...]) -> Callable[[Step], Step]:
    """A decorator: the step, undone on a paragraph it fails on (the attributes `kept` put back as they were)."""

    def guard(step: Step) -> Step:
        @wraps(step)
        def guarded(doc: Doc) -> Doc:
            before = doc.to_array(list(kept))
            try:
                return step(doc)
            except Exception as err:  # noqa: BLE001 - any slip of a step on one paragraph; the stream goes on
                doc.from_array(list(kept), before)
                _log.warning(
                    "pipeline step %s skipped on a paragraph it failed on (%s: %s): %r",
                    step.__name__,
                    type(err).__name__,
                    err,
                    doc.text[:_SHOWN],
                )
                return doc

        return guarded

    return guard
