"""Town names the recogniser took for a person's: a name of two or three words whose last word is a common noun of a
place that towns are named with ("Pellatt Landing", "Cedar Falls", "Grand Rapids"), which no person's surname is,
tagged a person in a headline ("Pellatt Landing’s west side is still gravel") and so in the body ("on the Pellatt
Landing fire department"). Such a name is no person: its words in the body stand for no one named."""

from __future__ import annotations

from spacy.tokens import Span

#: Last words of towns' names that are no surnames.
_TOWN_ENDS = frozenset(
    {"Landing", "Falls", "Rapids", "Narrows", "Crossing", "Junction", "Portage", "Springs", "Heights"}
)


def town_taken_for_person(ent: Span) -> bool:
    """Whether a name tagged a person's is a town's by its last word ("Pellatt Landing", "Cedar Falls")."""
    end = ent.end - 1 if ent[-1].tag_ == "POS" else ent.end  # "Pellatt Landing’s"
    if ent.doc[end - 1].text not in _TOWN_ENDS:
        return False  # read first: most names end in no such word
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start  # "on the Pellatt Landing fire department"
    return end - start in (2, 3) and all(t.text.istitle() for t in ent.doc[start:end])
