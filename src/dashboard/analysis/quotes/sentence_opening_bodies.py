"""A state body's noun capitalised only because it opens the sentence ("Ministry spokesman X told reporters …" after
"Indonesia's defence ministry said …"): the tagger takes it for a name, so the description would tie the spokesman to
a body called "Ministry"; it refers, as "a ministry spokesman" does, to the state body that spoke or acted before."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.doc_text import doc_span
from dashboard.analysis.quotes.description_words import opens_sentence
from dashboard.analysis.quotes.missed_names import proper_run

#: Nouns of a state's bodies that may open a sentence before a role, capitalised ("Ministry spokesman").
_BODY_NOUNS = frozenset({"ministry", "department", "embassy", "consulate", "agency", "bureau"})


def opening_body_noun(token: Token) -> bool:
    """Whether the token is a lone state-body noun ("Ministry", "Embassy") that opens its sentence, untagged, before
    the lower-case words of a role: a noun that refers to a body, not a body's name ("Ministry of Defence" is one)."""
    following = doc_span(token.doc, token.i + 1, token.i + 2)
    return (
        opens_sentence(token)
        and token.lemma_.lower() in _BODY_NOUNS
        and len(proper_run(token)) == 1
        and bool(following)
        and following[0].is_lower
    )
