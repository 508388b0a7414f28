"""The entities of the Doc the pipeline's entity steps are mending, read once and shared by the steps.

spaCy builds every entity's Span anew at each read of `doc.ents` (about 3 µs a paragraph), and some forty steps read
them in turn, most of them to change nothing. While `shared_by_steps` runs the steps over a Doc, `current_entities`
gives each step the tuple read once, and `set_entities`, through which every step writes its entities, drops that
tuple, so that the next read sees the change. For any other Doc (a step run alone, as tests do, or the analysis
after the pipeline) both are plain reads and writes of `doc.ents`: nothing is kept on the Doc itself. What is shared
is kept per thread, as the dashboard's sessions may parse articles side by side.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc, Span

#: In each thread, the Doc whose entities the steps share (`doc`) and its entities as last read (`ents`: None until
#: read, or once written).
_shared = threading.local()


def current_entities(doc: Doc) -> tuple[Span, ...]:
    """The named entities of the Doc as `doc.ents` gives them now."""
    if doc is not getattr(_shared, "doc", None):
        return doc.ents
    if _shared.ents is None:
        _shared.ents = doc.ents
    return _shared.ents


def set_entities(doc: Doc, spans: list[Span]) -> None:
    """Set the Doc's named entities to `spans`, as `doc.ents = spans` does."""
    doc.ents = spans
    if doc is getattr(_shared, "doc", None):
        _shared.ents = None  # read again at the next call: spaCy orders and labels them as it keeps them


@contextmanager
def shared_by_steps(doc: Doc) -> Iterator[None]:
    """Share the Doc's entities between the steps run inside the block (see the module's docstring)."""
    _shared.doc, _shared.ents = doc, None
    try:
        yield
    finally:
        _shared.doc = _shared.ents = None
