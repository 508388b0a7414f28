"""A description of one person in the words of the body they serve: "the conservation officer said" after "Sgt. X of
the Conservation Officer Service said", "the game warden said" after "X of the Game Warden Division". The body's name
holds every word of the description, so the rules that read "the <field> <noun>" as a body plying that field would
give the words to the body; the person named before as its member said them, as news calls a member by the trade
the body's name gives. Only one such person may have been named before, and the description is "the" with lower-case
words and nothing after its noun, which names a person ("officer"; "the state department" is the body)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.quotes.people import Profile, Speaker

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast


def member_by_body_name(cast: Cast, p: int, token: Token) -> Speaker | None:
    """The one person named before the description whose body's name holds all its words; None when none or more."""
    said = [t for t in token.subtree]
    if token.tag_ != "NN" or token.lemma_.lower() not in PEOPLE_NOUNS or len(said) < 3 or said[-1] != token:
        return None
    if said[0].lower_ != "the" or not all(t.text.islower() and t.is_alpha for t in said):
        return None
    words = {t.lower_ for t in said[1:]}
    members = set()
    for pos, name, _ in cast.people:
        if pos >= (p, token.i):
            break
        body = cast.profiles.get(name, Profile()).affiliation.casefold().split()
        if words <= {w.removesuffix("s") for w in body} | set(body):
            members.add(name)
    return cast.person(members.pop()) if len(members) == 1 else None
