"""A group of people named by what they are ("a group of rabbis said", "a crowd of farmers told reporters"), or of
bodies ("a coalition of cybersecurity agencies said", "an alliance of tenant groups warned"): an unnamed group, as the
guidelines have a group of people, not a body called "group" or "coalition" (a coalition with a name is tagged as
one and stays a body)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import DOCUMENT_NOUNS

#: Nouns that gather people, or bodies, without naming a body of them.
_GATHERING_NOUNS = frozenset({"group", "crowd", "handful", "coalition", "alliance"})


def group_of_people(token: Token) -> bool:
    """ "a group of rabbis", "a group of more than 50 experts": a gathering noun with "of" and a plural noun after
    it, not a named body ("the Rio Group of nations", or one set beside its name) nor a group of things ("a group of
    reports")."""
    if token.lemma_.lower() not in _GATHERING_NOUNS or token.pos_ != "NOUN" or token.ent_type_:
        return False
    of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    members = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if members is None or any(c.dep_ == "appos" for c in (*token.children, *members.children)):
        return False  # "A coalition of 40 groups, the Citizens' Election Watch, said": named beside it
    return members.tag_ == "NNS" and members.lemma_.lower() not in DOCUMENT_NOUNS
