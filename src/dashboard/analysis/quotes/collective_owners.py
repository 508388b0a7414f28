"""The body "its" opening a sentence means after a collective body spoke under the name set beside its members: "A
coalition of civic groups, the Fair Ballot Watch, said … Its coordinator, X, said" is the coalition's coordinator,
though the recogniser tagged no name there and another body was named before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.collective_names import collective_named_after_members
from dashboard.analysis.quotes.lexicon import CUE_VERBS
from dashboard.analysis.quotes.spoken_owners import sentence_before

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People


def collective_its_means(cast: People, p: int, token: Token) -> list[str]:
    """[the collective body] that was the subject of a cue in the sentence before the one "its" opens; [] when
    none was."""
    if token.lower_ != "its" or token.i != token.sent.start:
        return []
    _, sentence = sentence_before(cast, p, token)
    for subject in (t for t in sentence or () if t.dep_ == "nsubj" and t.head.lemma_.lower() in CUE_VERBS):
        if name := collective_named_after_members(subject):
            return [name]
    return []
