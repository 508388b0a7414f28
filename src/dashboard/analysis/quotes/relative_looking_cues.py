"""A cue set off by commas between a subject and its predicate that the parser read as a relative clause of the
subject: "The pier, Ada Pell conceded, is past saving." and "The pier, Ada Pell told reporters, is …" come out with the
cue hung on "pier" as though it were "the pier (that) Ada Pell conceded". English sets off no relative clause without
a relative word ("which", "who", "that") by commas, so such a clause with a subject of its own right after the comma
is a cue inserted in the sentence, and what was said is the sentence around it (around.around_inserted_cue)."""

from __future__ import annotations

from spacy.tokens import Token

#: Tags of relative words ("which", "who", "whose", "where").
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def inserted_read_as_relative(verb: Token, subject: Token) -> bool:
    """Whether the cue, parsed as a relative clause, has no relative word and stands between commas after the noun it
    was hung on, its subject first."""
    doc = verb.doc
    if verb.dep_ != "relcl" or verb.head.i > subject.i or subject.i > verb.i:
        return False
    if any(t.tag_ in _RELATIVE_TAGS or t.lower_ == "that" for t in doc[verb.head.i + 1 : verb.i]):
        return False
    opening = subject.left_edge.i - 1
    return opening == verb.head.i + 1 and doc[opening].text == ","
