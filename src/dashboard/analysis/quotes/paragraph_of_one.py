"""The one person a paragraph has named so far: "Lyle Roe is the first one through the door. He drove a truck for 31
years …. “…,” recalls the retired trucker", "That archive is what worries Ann Roe most. The former publisher, who …,
says". A description that calls back to someone already in the story (epithet_descriptions.py) means the one person
the paragraph has named before it, whatever their part in its sentences, outside quotations, what another is reported
to have said and any relative clause ("Roe, who runs the club alongside Ann Lee, says" is Roe, whom the tagger may
have missed, not Ann Lee); none when it named two or more, or no one."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.name_heads import name_head
from dashboard.analysis.quotes.paragraph_people import named_in
from dashboard.analysis.quotes.reported_words import reported_by_a_person


def one_person_so_far(cast, p: int, noun: Token) -> str:
    """The one person paragraph p names before the description whose noun is `noun`, or ""."""
    doc = cast.docs[p]
    named = {
        name
        for (q, i), name, _ in named_in(cast.people, p, noun.left_edge.i)
        if not cast.quoted((q, i)) and not reported_by_a_person(cast, q, i) and not _in_relative_clause(doc[i])
    }
    return named.pop() if len(named) == 1 else ""


def _in_relative_clause(name: Token) -> bool:
    """Whether a name stands in a relative clause, which tells of someone else."""
    return any(a.dep_ == "relcl" for a in name_head(name).ancestors)
