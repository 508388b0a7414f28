"""The name of a body the recogniser left untagged, told by an apposition right after it: "Pinecrest Pupil Lines, the
company that holds the contract," is a body's name whatever its words look like (a run of capitalised words ending in
a role word, "Coach", "Guard", passes for a title or a person's; one ending in a place, "Glassware Europe", for the
place). It gives the name alone, so that the owners of "its" may ask it as the speakers' rules do."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import clean_name
from dashboard.analysis.quotes.lexicon import BODY_NOUNS
from dashboard.analysis.quotes.roles import noun_phrase

#: Articles that open an apposition telling what a name is ("the company", "a non-profit group").
_ARTICLES = frozenset({"the", "a", "an"})
#: Labels of the places a body's name may hold after words the recogniser left untagged.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def body_name_before_apposition(token: Token) -> str:
    """The organisation's name an untagged proper name stands for when an apposition right after it is a body's noun
    ("X, the company that …,", "X, a trucking firm,"); "" for any other token."""
    run = token.doc[token.left_edge.i : token.i + 1]
    if any(not t.is_title or t.tag_ != "NNP" for t in run):
        return ""
    tagged = [t for t in run if t.ent_type_]
    if tagged and (len(tagged) == len(run) or any(t.ent_type_ not in _PLACE_LABELS for t in tagged)):
        return ""  # a place's name may end a body's ("Glassware Europe", Europe tagged alone), never be all of it
    for child in token.rights:
        if child.dep_ != "appos" or child.tag_ != "NN" or child.lemma_.lower() not in BODY_NOUNS:
            continue
        if child.left_edge.i != token.i + 2 or token.doc[token.i + 1].text != ",":
            continue  # the apposition set right after the name, by a comma
        if child.left_edge.lower_ in _ARTICLES:
            return clean_name(noun_phrase(token), "ORG")
    return ""
