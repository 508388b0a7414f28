"""A role held now that a name is set off after ("The mission's head, X, a former justice minister, said", "Its
chairman, X, a former finance minister,"): the person speaks in that role, as under a title right before the name
(`titles_over_past_posts`), not as a former official speaking as an expert. A role that is itself a past one ("Its
former chairman, X,") is no role held now."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.lexicon import PAST_POST_WORDS


def office_set_off_before(root: Token, ent: Span) -> bool:
    """Whether the name `ent` (of root `root`) stands in apposition, after a comma, to a noun of a role before it whose
    phrase ends right at that comma and says nothing of a past post."""
    doc, head = ent.doc, root.head
    if root.dep_ != "appos" or head.pos_ != "NOUN" or head.i >= ent.start or ent.start < 2:
        return False
    if doc[ent.start - 1].text != "," or doc[ent.start - 2] not in head.subtree:
        return False
    return not any(t.lower_ in PAST_POST_WORDS for t in doc[head.left_edge.i : ent.start])
