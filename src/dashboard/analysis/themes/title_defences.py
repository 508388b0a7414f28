"""A champion's defence of a title: "her defence of her European indoor title", "defended his crown", "the
defending champion". Sport writing tells a champion keeping a title as a defence, which says nothing of armed forces,
so the words from "defence" (or "defend") to the title count for no theme. Read from words and parts of speech only:
the words between may be a determiner, a possessive or the title's own modifiers ("world", "indoor", "WBC")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dashboard.analysis.doc_text import places_of

#: The words of a defence that sport gives a champion.
DEFENCES = frozenset(["defence", "defense", "defend", "defends", "defended", "defending"])
#: What a champion defends.
TITLES = frozenset(["title", "titles", "crown", "crowns"])
#: The holders of a title a "defending" word names ("the defending champions"); not after "defence", as a state's
#: "defence champions" are its arms makers.
HOLDERS = frozenset(["champion", "champions", "titleholder", "titleholders"])
#: The parts of speech that may stand between the defence and the title ("of her world indoor title").
_BETWEEN = frozenset(["DET", "PRON", "ADJ", "PROPN", "NOUN", "NUM"])
#: How many such words at most.
_MOST_BETWEEN = 4


def title_defences(doc: Doc | Span) -> list[tuple[int, int]]:
    """The token spans from a defence to the title it keeps ("defence of her indoor title", "defended his crown")."""
    spans = []
    for i in places_of(doc, DEFENCES, lower=True):
        end = i + 1
        if doc[i].lower_ == "defending" and end < len(doc) and doc[end].lower_ in HOLDERS:
            spans.append((i, end + 1))
            continue
        if end < len(doc) and doc[end].lower_ == "of":
            end += 1
        limit = min(len(doc), end + _MOST_BETWEEN + 1)
        while end < limit and doc[end].lower_ not in TITLES and doc[end].pos_ in _BETWEEN:
            end += 1
        if end < limit and doc[end].lower_ in TITLES:
            spans.append((i, end + 1))
    return spans
