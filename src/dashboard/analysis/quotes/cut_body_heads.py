"""The last word of a body's name that the recogniser cut off and took for a person ("at the Calder Springs
Theological Seminary" tagged "Seminary" a person): a lone capitalised noun that heads a body's name, after capitalised
words of the name that it left untagged and "the" that opens them, is no person of the article, so it stands between
no description and the person it describes ("“…,” the professor said" after the one who teaches there)."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.names import ORGANISATION_HEADS, words

#: Nouns that end the name of a school, a house of worship or a hospital, which the recogniser may take alone for a
#: person's name, with the heads of other bodies' names.
_BODY_HEADS = ORGANISATION_HEADS | words("seminary academy school church cathedral mosque synagogue temple hospital")
#: How many untagged capitalised words of a name may stand between "the" and its head.
_NAME_WORDS_AT_MOST = 5


def body_head_taken_for_person(ent: Span) -> bool:
    """Whether a one-word person is the head of a body's name whose other words the recogniser left untagged ("the
    Calder Springs Theological Seminary")."""
    if len(ent) != 1 or ent.root.lower_ not in _BODY_HEADS:
        return False
    doc, start = ent.doc, ent.start
    while (
        start > 0
        and ent.start - start < _NAME_WORDS_AT_MOST
        and doc[start - 1].is_title
        and not doc[start - 1].ent_type_
    ):
        start -= 1
    return start < ent.start and start > 0 and doc[start - 1].lower_ == "the"
