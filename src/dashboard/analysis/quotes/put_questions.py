"""A question put to a person, set off between the person and what they do next: "Kuzyk, asked whether he expects to
flood the ice again, does not answer right away". The parser reads "asked" as the person's own past tense and hangs
the next verb on it, so the question would be a quote of theirs; it is none."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.around import question_put_to_subject

#: Words that open the question of "asked": "asked whether …", "asked if …", "asked about …".
_OPENERS = frozenset({"whether", "if", "about"})


def question_put_to_person(verb: Token) -> bool:
    """Whether `verb` is an "asked" whose question was put to its subject, set off by commas before the subject's
    cue ("Ann, asked if …, says") or another verb of theirs ("…, shrugs")."""
    return question_put_to_subject(verb) or _question_before_own_verb(verb)


def _question_before_own_verb(verb: Token) -> bool:
    """Whether `verb` is an "asked" set off by a comma after its subject, whose question ("whether …", "if …",
    "about …") ends at a comma followed by a verb the parser hung on it ("…, does not answer", "…, shrugs", "…, would
    not be drawn")."""
    doc = verb.doc
    if verb.lemma_.lower() != "ask" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    if not any(c.dep_ == "nsubj" and c.i < verb.i - 1 for c in verb.children):
        return False
    opener = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if opener is None or opener.lower_ not in _OPENERS:
        return False
    question = opener.head if opener.dep_ == "mark" else opener
    end = question.right_edge.i + (doc[question.right_edge.i].text != ",")  # the parser may hang the comma on it
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    after = doc[end + 1 : end + 4]
    return any(t.pos_ in ("VERB", "AUX") and _hung_on(t, verb) for t in after)


def _hung_on(word: Token, verb: Token) -> bool:
    """Whether a verb after the question is hung on the "asked", itself or as the auxiliary of a verb that is ("…,
    would not be drawn")."""
    return word.head == verb or word.dep_ in ("aux", "auxpass") and word.head.head == verb
