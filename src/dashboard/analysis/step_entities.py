"""The entities of the Doc the pipeline's entity steps are mending, read once and shared by the steps.

spaCy builds every entity's Span anew at each read of `doc.ents` (about 3 µs a paragraph), and some forty steps read
them in turn, most of them to change nothing. While `shared_by_steps` runs the steps over a Doc, `current_entities`
gives each step the tuple read once, and `set_entities`, through which every step writes its entities, drops that
tuple, so that the next read sees the change. For any other Doc (a step run alone, as tests do, or the analysis
after the pipeline) both are plain reads and writes of `doc.ents`: nothing is kept on the Doc itself.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc, Span

#: The Doc whose entities the steps share, and its entities as last read (None until read, or once written).
_shared: list = [None, None]


def current_entities(doc: Doc) -> tuple[Span, ...]:
    """The named entities of the Doc as `doc.ents` gives them now."""
    if doc is not _shared[0]:
        return doc.ents
    if _shared[1] is None:
        _shared[1] = doc.ents
    return _shared[1]


def set_entities(doc: Doc, spans: list[Span]) -> None:
    """Set the Doc's named entities to `spans`, as `doc.ents = spans` does."""
    doc.ents = spans
    if doc is _shared[0]:
        _shared[1] = None  # read again at the next call: spaCy orders and labels them as it keeps them


@contextmanager
def shared_by_steps(doc: Doc) -> Iterator[None]:
    """Share the Doc's entities between the steps run inside the block (see the module's docstring)."""
    _shared[0], _shared[1] = doc, None
    try:
        yield
    finally:
        _shared[0] = _shared[1] = None
