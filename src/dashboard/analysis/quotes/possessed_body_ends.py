"""The end of a role's "of" phrase that the parser cut at a plural possessive: in "the regional secretary of the
pensioners' union Y" the parser may end the phrase at "pensioners" and hang "union Y" elsewhere (as a second subject
of the verb), so the role reads "regional secretary of the pensioners", a post in no body, and a union's officer
passes for a public one. The body noun after the possessive mark belongs to the role."""

from __future__ import annotations

from spacy.tokens import Doc

from dashboard.analysis.names import words

#: Nouns of bodies that a group of people names as its own ("the pensioners' union", "the dockers' federation").
MEMBERS_BODY_NOUNS = words("""
union unions federation confederation association alliance guild league syndicate council brotherhood
""")
_MARKS = frozenset({"\u2019", "'"})


def past_possessed_body(doc: Doc, end: int) -> int:
    """`end` (just past a role's "of" phrase) moved past a plural possessive's body noun when the phrase stops at the
    plural and the text goes on with the mark and that noun ("of the pensioners" + "’ union"); else `end`."""
    if not 0 < end < len(doc) - 1 or doc[end].text not in _MARKS or doc[end - 1].whitespace_:
        return end
    return end + 2 if doc[end - 1].tag_ == "NNS" and doc[end + 1].lower_ in MEMBERS_BODY_NOUNS else end
