"""The company "the company" means when the company last acted under a clipped name the recogniser did not tag:
"Helvarin Pharma raised its forecast … Helvarin said it would buy back shares. The company's head of investor
relations, X, said …". The word that is the subject of a main clause, in this paragraph before the noun or in the one
before, is the first word of an organisation the article named in full, and no person's surname: the reader takes
"the company" to be it, though other firms (brokers whose analysts spoke) were named between."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.quotes.body_phrases import may_mean
from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.lexicon import COMPANY_NOUNS

if TYPE_CHECKING:
    from dashboard.analysis.quotes.people import People


def company_acting_clipped(cast: People, p: int, token: Token) -> str:
    """The full name of the organisation a clipped, untagged subject of a main clause stands for, in paragraph `p`
    before `token` or in the one before, when "the <noun>" of `token` may mean it; "" otherwise."""
    if token.lemma_.lower() not in COMPANY_NOUNS or not definite(token):
        return ""
    for q, end in ((p, token.i), (p - 1, None)):
        subjects = [t for t in cast.docs[q][:end] if _clipped_subject(t)] if q >= 0 else []
        for subject in reversed(subjects):
            full = cast.organisation_called(subject.text)
            named = full != subject.text and full.startswith(f"{subject.text} ")  # "Helvarin" of "Helvarin Pharma"
            if named and not cast.surname_of_someone(subject.text):
                return full if may_mean(full, token) else ""
    return ""


def _clipped_subject(token: Token) -> bool:
    """A lone untagged proper noun, the subject of a main clause ("Helvarin said")."""
    alone = not any(c.dep_ == "compound" for c in token.children) and token.head.dep_ == "ROOT"
    return token.dep_ == "nsubj" and token.pos_ == "PROPN" and not token.ent_type_ and alone
