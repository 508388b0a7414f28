"""Where a former office-holder has worked since, said in the perfect ("a former officer of X's intelligence service
who has since become a senior fellow at Y", "a former envoy who has now become a partner at Y"), which the present
clauses on the old post's noun (present_posts.py) do not cover; the parser may hang such a clause on the old body's
noun ("service") rather than on the post's. The person speaks from where they work now, as an expert by GUIDELINES,
and the old post's body or state is no longer theirs."""

from __future__ import annotations

from spacy.tokens import Token

#: Adverbs that tell a clause is of what a person does after leaving a post ("who now heads", "who has since joined").
_LATER = frozenset({"now", "since"})
#: Auxiliaries of the perfect in the present ("has since become").
_PERFECT = frozenset({"has", "have"})


def later_clauses(noun: Token) -> list[Token]:
    """Relative clauses in the perfect, with "now" or "since", set on the noun of a former post or on the body it
    names after "of" ("a former officer of X's service who has since become a fellow at Y"): "become"."""
    held = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return [c for n in (noun, *held) for c in n.children if c.dep_ == "relcl" and _perfect_later(c)]


def _perfect_later(clause: Token) -> bool:
    """ "has since become", "have now joined": a clause in the perfect of what came later."""
    if clause.tag_ != "VBN":
        return False
    aux = any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in clause.children)
    return aux and any(c.dep_ == "advmod" and c.lower_ in _LATER for c in clause.children)
