"""A title that opens with "Under" before a name ("Under Secretary of Commerce X said"): the parser reads "Under" as
a preposition of the verb and hangs only "Secretary of Commerce" on the name, so the role loses the word that makes
it a lower office than the secretary's. "Under" right before a secretary's title that opens the words before a name
belongs to that title. When the parser hung none of the title on the name ("Under Secretary for Industry and Security
X said": "Security" a conjunct of "Industry"), the whole capitalised title from "Under" to the name is the role."""

from __future__ import annotations

from spacy.tokens import Span, Token

#: Titles that "Under" opens as one office ("Under Secretary", "Under-Secretary-General").
UNDER_TITLES = frozenset({"secretary", "secretary-general"})
#: Words that join the capitalised fields of a secretary's portfolio ("for Industry and Security").
_JOINING = frozenset({"for", "of", "and", "&"})
#: How far before a name an "Under" opening its title is looked for.
_REACH = 8


def with_under(left: list[Token], ent: Span) -> list[Token]:
    """The words of a title before a name, with the "Under" before them that the parser set apart; when there are
    none, the capitalised title from an "Under" that opens it right before the name (`_under_title`); as given when
    no "Under" stands right before a secretary's title."""
    if not left:
        return _under_title(ent)
    if left[0].i == 0 or left[0].lower_ not in UNDER_TITLES:
        return left
    before = left[0].doc[left[0].i - 1]
    return [before, *left] if before.lower_ == "under" and before.dep_ == "prep" else left


def _under_title(ent: Span) -> list[Token]:
    """ "Under Secretary for Industry and Security X": the words from "Under", parsed as the verb's preposition, to
    the name, when they are a secretary's title and capitalised portfolio in one phrase; none otherwise."""
    doc = ent.doc
    for i in range(ent.start - 2, max(ent.start - _REACH, 0) - 1, -1):
        if doc[i].lower_ != "under":
            continue
        title = doc[i + 1]
        words = doc[i + 1 : ent.start]
        phrase = all(t.is_title or t.lower_ in _JOINING for t in words) and all(t in title.subtree for t in words)
        opens = doc[i].dep_ == "prep" and title.lower_ in UNDER_TITLES and title.head.i == i
        return list(doc[i : ent.start]) if phrase and opens and words[-1].lower_ not in _JOINING else []
    return []
