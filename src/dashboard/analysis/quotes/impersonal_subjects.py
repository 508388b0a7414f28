"""An "it" that stands for no one: "it's fair to say that …", "it is hard to predict …", "which make it easy to
predict …". The "to" verb after an adjective is the writer's judgement of what may be said, not what a body said,
so the "it" is no pronoun of the last organisation named. Nor is the "it" of a cleft sentence ("It was at the rally
that Roe made his case, pointing to …"), whose doer is the subject of the "that" clause."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: How many words a cleft's "that" may stand after its "was" ("It was [at the county fair last year] that …").
_CLEFT_REACH = 8
#: Dependencies of the clause a cleft's "that" opens.
_CLEFT_CLAUSES = frozenset({"relcl", "ccomp"})

#: Adjectives of the writer's judgement of saying something ("it's [safe] to say"), not of how a body said it ("it
#: was quick to say", "it was careful to note").
_IMPERSONAL = words("""
safe fair hard difficult easy impossible possible accurate reasonable tough early premature important necessary
unclear clear true wrong right interesting worth
""")
#: Dependencies of the adjective that judges the saying ("it's [safe] to say").
_JUDGING = frozenset({"acomp", "ccomp", "oprd", "xcomp"})


def impersonal_it(token: Token) -> bool:
    """Whether `token` is the empty "it" of an adjective of judgement with a "to" verb after it ("it's safe to
    say")."""
    if token.lower_ != "it" or token.dep_ != "nsubj":
        return False
    head = token.head
    adjectives = [head] if head.pos_ == "ADJ" else [c for c in head.children if c.dep_ in _JUDGING and c.pos_ == "ADJ"]
    adjectives = [a for a in adjectives if a.lemma_.lower() in _IMPERSONAL]  # not "it was quick to say", a body
    if not adjectives:
        return False
    verbs = [c for t in (head, *adjectives) for c in t.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
    return any(c.i > token.i and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux") for c in verbs)


def cleft_subject(token: Token) -> Token | None:
    """The person's name that does what a cleft sentence tells ("It was at the rally that Roe spoke"), for its "it"
    subject; None for any other "it"."""
    head = token.head
    if token.lower_ != "it" or token.dep_ != "nsubj" or head.lemma_ != "be" or head.dep_ != "ROOT":
        return None
    for clause in head.subtree:
        if clause.dep_ not in _CLEFT_CLAUSES or not head.i < clause.i <= head.i + _CLEFT_REACH:
            continue
        opener = [c for c in clause.children if c.lower_ == "that" and c.dep_ in ("mark", "dobj") and c.i < clause.i]
        named = [c for c in clause.children if c.dep_ == "nsubj" and c.ent_type_ == "PERSON" and c.pos_ == "PROPN"]
        if opener and named:
            return named[0]
    return None
