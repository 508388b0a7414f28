"""A competitor named by a joined surname alone that the recogniser took for an organisation: sports news names a
runner-up or a rival once by surname and sets a competitor's description beside it ("Kisfaludi-Ormos, the home
favourite, finished second", "Lindqvist-Berg, the defending champion,"). A favourite, a champion, a medallist or a
finalist so set off, with no "of" after it ("the winner of the tender" may be a company), is a person. Used by the
mistagged_hyphenated_names step, whose `joined` test the surname passes."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.names import words

#: Nouns sports news describes a competitor by.
_COMPETITORS = words("favourite favorite champion medallist medalist finalist")


def competitor_described(ent: Span) -> bool:
    """Whether an organisation of a joined surname alone is set off by a competitor's description."""
    if ent.label_ != "ORG" or len(ent) != 3:
        return False
    return any(
        c.dep_ == "appos"
        and c.i > ent.end
        and c.lemma_.lower() in _COMPETITORS
        and not any(g.dep_ == "prep" for g in c.children)
        for c in ent.root.children
    )
