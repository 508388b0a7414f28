"""An affiliation the recogniser cut at a small word inside the name, made whole from the article's text.

Names of bodies hold small words between their capitalised ones ("Hellenic Foundation for European and Foreign
Policy", "Médecins du Monde", "Unity for Change"), and the recogniser, or a run of proper nouns, may stop at one: "the
Hellenic Foundation for" is tagged without the rest, "Médecins" and "Unity" are all a run of proper nouns finds. Where
the article writes the cut name on with a small word and capitalised words, the affiliation goes on to the last
capitalised word ("Unity for Change coalition" ends at "Change"). A name that ends in a small word goes on through
"and" as well; a whole name ("Fatah") is not joined to another by "and" or "of" ("Fatah and Hamas"), and a place or
a people the recogniser tagged is whole ("left Cuba for Texas", "Democrats for Life" after "the Democrats"). A kind
the cut name gave its person is the one the whole name gives (the "chief executive" of a "Foundation", a think
tank's expert, runs the "Foundation for Sight", a charity).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.names import words
from dashboard.analysis.quotes.kinds import kind_of

#: Small words inside names of bodies, in English, French, Spanish, Portuguese and Italian.
_INSIDE = words("for du de des la le sans sin sem senza del della di do da dos das pour")
#: Small words that join two names as often as they stand inside one, which a cut name alone may go on with.
_JOINING = words("of and et y")
_CAPITALISED = r"[A-Z\u00c0-\u00de][\w'’-]*"
#: What follows a name cut at a small word: capitalised words, each after any small words.
_CUT_TAIL = re.compile(rf"(?:\s+(?:(?:{'|'.join(sorted(_INSIDE | _JOINING))})\s+)*{_CAPITALISED})+")
#: What follows a name cut before a small word: a small word inside names, then capitalised words, as often as given.
_TAIL = re.compile(rf"(?:\s+(?:{'|'.join(sorted(_INSIDE))})\s+{_CAPITALISED}(?:\s+{_CAPITALISED})*)+")


def with_whole_name(profile: tuple[str, str, str], docs: list[Doc]) -> tuple[str, str, str]:
    """(kind, role, affiliation) with an affiliation cut at a small word made whole as the article writes it; as it
    was when the article writes it on with no small word and capitalised words, or where it writes the words as part
    of a person's name the recogniser tagged ("Joana Ferreira" of "Joana Ferreira dos Santos")."""
    kind, role, affiliation = profile
    if not affiliation or not affiliation[:1].isupper():
        return profile
    cut = affiliation.split()[-1].casefold() in _INSIDE | _JOINING
    tail = _CUT_TAIL if cut else _TAIL
    if not any(tail.match(text_of(doc), at + len(affiliation)) for doc in docs for at in _places(doc, affiliation)):
        return profile  # most affiliations: nowhere written on (the pattern below is made only for the others)
    pattern = re.compile(rf"(?<![\w-]){re.escape(affiliation)}({tail.pattern})")
    found = [(doc, match) for doc in docs for match in pattern.finditer(text_of(doc))]
    labels = _NOT_BODIES if cut else _NOT_BODIES | _PLACES  # "left Cuba for Texas", "Democrats for Life" are no cut
    if not found or any(_overlaps(doc, match, labels) for doc, match in found):  # names ("Cuba", "Democrats")
        return profile  # "Ferreira" of "Joana Ferreira dos Santos" anywhere in the article: a person's words
    whole = affiliation + found[0][1].group(1)
    given = kind in _PEOPLES_KINDS and kind == kind_of(role, affiliation)  # the kind the cut name gave: "chief
    return (kind_of(role, whole) if given else kind), role, whole  # executive" of a "Foundation", a think tank's
    # expert, is the executive of the "Foundation for Sight", a charity


#: Kinds of a person, which the type of the body they are tied to decides.
_PEOPLES_KINDS = frozenset({"analyst", "official", "other"})


#: Labels of names no body's name is cut from: people's, and for a name not cut at a small word, places and peoples.
_NOT_BODIES = frozenset({"PERSON"})
_PLACES = frozenset({"GPE", "NORP", "LOC"})


def _places(doc: Doc, words: str) -> Iterator[int]:
    """Where the words stand in the text of the paragraph, overlaps too."""
    text, at = text_of(doc), -1
    while (at := text.find(words, at + 1)) != -1:
        yield at


def _overlaps(doc: Doc, match: re.Match, labels: frozenset[str]) -> bool:
    """Whether the matched words overlap a name the recogniser tagged with one of these labels."""
    return any(e.label_ in labels and e.start_char < match.end() and e.end_char > match.start() for e in doc.ents)
