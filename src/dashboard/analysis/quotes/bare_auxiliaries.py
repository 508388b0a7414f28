"""A reported clause cut down to its subject and a finite "be", "do" or "have", as a short answer is: "Asked whether
the deal was a takeover, she said it was not", "Asked whether he had voted, he said he did not" or "he had not". The
verb the question asked about is left out, as it is after a modal ("she said she would"), so the clause is whole."""

from __future__ import annotations

from spacy.tokens import Token

#: Auxiliaries that stand for the verb a question asked about ("it was not", "he did not", "she has").
_AUXILIARIES = frozenset({"be", "do", "have"})
#: Finite tags of such an auxiliary in the past or the present.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: Dependents that still leave the auxiliary without a verb ("it probably was not").
_BESIDE = frozenset({"nsubj", "nsubjpass", "neg", "advmod", "punct"})


def bare_auxiliary(heads: list[Token]) -> bool:
    """Whether a cue's content is a clause of a subject and a finite "be", "do" or "have" alone ("it was not")."""
    for head in heads:
        children = list(head.children)
        if (
            head.dep_ == "ccomp"
            and head.tag_ in _FINITE
            and head.lemma_.lower() in _AUXILIARIES
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
            and all(c.dep_ in _BESIDE for c in children)
        ):
            return True
    return False
