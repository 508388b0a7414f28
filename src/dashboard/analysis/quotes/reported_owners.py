"""The organisation "its" means in a cue that follows what it reports: "The Y will return the masks, its director
said" puts the speaker after the words said, whose subject is the body the speaker serves; the organisation named
last before "its" (often the object of what was said, "to the Z") is not."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People

#: Dependencies of the subject of a clause.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def reported_subject_its_means(cast: People, p: int, token: Token) -> list[str]:
    """[the organisation] that is the subject of the clause a cue reports before the cue whose subject "its"
    qualifies ("The Y will return 23 masks to the Z, its director said": Y); [] for any other "its", or when that
    subject is no organisation the article names."""
    noun = token.head
    if token.lower_ != "its" or token.dep_ != "poss" or noun.dep_ != "nsubj":
        return []
    said = next((c for c in noun.head.children if c.dep_ == "ccomp" and c.i < token.i), None)
    subject = next((c for c in said.children if c.dep_ in _SUBJECTS), None) if said is not None else None
    if subject is None:
        return []
    return [name for pos, name, label in cast.orgs if pos == (p, subject.i) and label == "ORG"]
