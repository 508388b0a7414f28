"""The name of a body the recogniser left untagged, told by an apposition right after it: "Pinecrest Pupil Lines, the
company that holds the contract," is a body's name whatever its words look like (a run of capitalised words ending in
a role word, "Coach", "Guard", passes for a title or a person's; one ending in a place, "Glassware Europe", for the
place). So is a name of plural nouns joined by a preposition, on which the parser hangs the apposition at its last
word: "Women in Film Forward, an advocacy group," and "Friends of Larch Park, a volunteer group," are a body, not
women or friends. It gives the name alone, so that the owners of "its" may ask it as the speakers' rules do."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.doc_text import doc_span
from dashboard.analysis.names import clean_name
from dashboard.analysis.quotes.lexicon import BODY_NOUNS
from dashboard.analysis.quotes.roles import noun_phrase

#: Articles that open an apposition telling what a name is ("the company", "a non-profit group").
_ARTICLES = frozenset({"the", "a", "an"})
#: Small words a body's name may hold between its capitalised ones ("Women in Film Forward", "Parents Against X").
_NAME_LINKS = frozenset({"in", "for", "of", "against", "without", "on", "and"})
#: Labels of the places a body's name may hold after words the recogniser left untagged.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})


def body_name_before_apposition(token: Token) -> str:
    """The organisation's name an untagged proper name stands for when an apposition right after it is a body's noun
    ("X, the company that …,", "X, a trucking firm,"); "" for any other token."""
    run = doc_span(token.doc, token.left_edge.i, token.i + 1)
    if any(not t.is_title or t.tag_ != "NNP" for t in run):
        return _linked_name_before_apposition(token)
    if _tagged_beyond_place(run):
        return ""
    return clean_name(noun_phrase(token), "ORG") if _apposed_body_noun(token) else ""


def _linked_name_before_apposition(token: Token) -> str:
    """ "Women in Film Forward, an advocacy group,": the untagged name of plural nouns and a preposition whose last
    word holds the body's apposition; "" when the words are not all of such a name, or end in a place ("Farmers in
    Ohio, a key group," are farmers)."""
    last = token
    while (pobj := _capitalised_object(last)) is not None:
        last = pobj
    start = token.left_edge.i + (token.left_edge.lower_ == "the")  # "The Friends of Larch Park"
    run = doc_span(token.doc, start, last.i + 1)
    if last is token or last.ent_type_ or start != token.i or token.tag_ not in ("NNS", "NNPS") or not token.is_title:
        return ""
    if any(not (t.is_title or t.lower_ in _NAME_LINKS) for t in run) or _tagged_beyond_place(run):
        return ""
    return clean_name(run.text, "ORG") if _apposed_body_noun(last) else ""


def _tagged_beyond_place(run: Span) -> bool:
    """Whether the recogniser tagged the words as a name of its own, or something other than a place inside them (a
    place's name may end a body's, "Glassware Europe" with Europe tagged alone, but never be all of it)."""
    tagged = [t for t in run if t.ent_type_]
    return bool(tagged) and (len(tagged) == len(run) or any(t.ent_type_ not in _PLACE_LABELS for t in tagged))


def _capitalised_object(token: Token) -> Token | None:
    """The capitalised last word of a preposition's object after this token ("Film Forward" of "Women in …")."""
    for prep in token.rights:
        if prep.dep_ == "prep" and prep.lower_ in _NAME_LINKS and prep.i == token.i + 1:
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.is_title]
            return objects[0] if objects else None
    return None


def _apposed_body_noun(token: Token) -> bool:
    """Whether a body's noun with its article stands in apposition right after the token, by a comma ("X, the
    company that …,", "X, a trucking firm,")."""
    for child in token.rights:
        if child.dep_ != "appos" or child.tag_ != "NN" or child.lemma_.lower() not in BODY_NOUNS:
            continue
        if child.left_edge.i != token.i + 2 or token.doc[token.i + 1].text != ",":
            continue  # the apposition set right after the name, by a comma
        if child.left_edge.lower_ in _ARTICLES:
            return True
    return False
