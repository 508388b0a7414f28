"""Pipeline steps that move words of the parse (a subject mended, a name hung back on its head) must leave a tree.
A move that puts a word below itself, a loop of heads, makes spaCy fail at the next reading of a span's root, and
that one paragraph would end the whole extraction. A step run through `kept_whole` keeps its moves when every word
still reaches a root, and otherwise gets every head and label back as they were before it; its entities stay."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

import numpy as np
from spacy.attrs import DEP, HEAD
from spacy.tokens import Doc

Step = Callable[[Doc], Doc]


def kept_whole(step: Step) -> Step:
    """`step`, with the parse it leaves put back as it found it when its moves made a loop of heads."""

    @wraps(step)
    def guarded(doc: Doc) -> Doc:
        before = doc.to_array([HEAD, DEP])
        doc = step(doc)
        heads = doc.to_array(HEAD)
        if (heads != before[:, 0]).any() and not reaches_roots(heads):
            doc.from_array([HEAD, DEP], before)
        return doc

    return guarded


def reaches_roots(relative_heads: np.ndarray) -> bool:
    """Whether every word of a parse, given as spaCy's head offsets, reaches a root (a word that is its own head)
    by following heads: by doubling, after enough steps each word stands on a root, or in a loop."""
    n = len(relative_heads)
    heads = np.arange(n) + relative_heads.astype(np.int64)
    if n == 0 or heads.min() < 0 or heads.max() >= n:
        return n == 0
    reached = heads
    for _ in range(n.bit_length()):
        reached = reached[reached]
    return bool((heads[reached] == reached).all())
