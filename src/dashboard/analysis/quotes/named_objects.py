"""Of two subjects the parser gave one cue, a name that only completes a noun inside the first: "A former assistant to
the pop star Ann Roe said …" is parsed with "assistant" and "Roe" both subjects of "said", though "Ann Roe" is the
pop star's name, the object of "to", and the assistant spoke. Such a name is no speaker of the cue."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.inverted_names import after_quotation
from dashboard.analysis.quotes.names_before_owned_roles import name_before_owned_role
from dashboard.analysis.quotes.relative_objects import without_relative_object

#: Tags of the common noun a name completes ("the pop star Ann Roe").
_NOUN_TAGS = frozenset({"NN", "NNS"})


def speaking_subjects(verb: Token, subjects: list[Token]) -> list[Token]:
    """The subjects of a cue that may have spoken: of two after a closing quotation mark the one after the cue (see
    `after_quotation`), a name rather than the role it was hung on (see `name_before_owned_role`), and none that is
    the name of a noun inside another subject before it."""
    subjects = without_relative_object(verb, after_quotation(verb, subjects))  # not "who" of "who Beck called"
    subjects = [name_before_owned_role(s) or s for s in subjects]  # "said Ann Roe-Obi, Vale-Amadi’s campaign manager"
    return [s for s in subjects if not any(_names_object_of(s, other) for other in subjects if other.i < s.i)]


def _names_object_of(name: Token, other: Token) -> bool:
    """Whether the person's name `name` follows right after the common noun a preposition of `other` takes ("the pop
    star" of "assistant to the pop star")."""
    if name.ent_type_ != "PERSON":
        return False
    start = name.left_edge.i
    return any(
        t.dep_ == "pobj" and t.tag_ in _NOUN_TAGS and t.i == start - 1 and t.head.head == other for t in other.subtree
    )
