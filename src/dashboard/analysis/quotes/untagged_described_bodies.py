"""A name the recogniser left untagged that the article calls a body in apposition: "Pinecrest Pupil Lines, the
company that holds the contract, says …". Read alone, a run of capitalised words ending in a role word ("Coach",
"Guard", "Director") passes for a person's title, or for a person; the apposition says what it is, an organisation
that speaks as itself."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import clean_name
from dashboard.analysis.quotes.lexicon import BODY_NOUNS
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.roles import noun_phrase

#: Articles that open an apposition telling what a name is ("the company", "a non-profit group").
_ARTICLES = frozenset({"the", "a", "an"})


def body_named_before_apposition(token: Token) -> Speaker | None:
    """The organisation an untagged proper name stands for when an apposition right after it is a body's noun ("X, the
    company that …,", "X, a trucking firm,"); None for any other subject."""
    if token.tag_ != "NNP" or token.ent_type_ or not token.is_title:
        return None
    run = token.doc[token.left_edge.i : token.i + 1]
    if any(t.ent_type_ or not t.is_title or t.tag_ != "NNP" for t in run):
        return None
    for child in token.rights:
        if child.dep_ != "appos" or child.tag_ != "NN" or child.lemma_.lower() not in BODY_NOUNS:
            continue
        if child.left_edge.i != token.i + 2 or token.doc[token.i + 1].text != ",":
            continue  # the apposition set right after the name, by a comma
        if child.left_edge.lower_ in _ARTICLES:
            return Speaker(clean_name(noun_phrase(token), "ORG"), "institution")
    return None
