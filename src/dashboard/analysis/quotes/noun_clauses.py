"""The "that" clause of a noun of speech that the parser hung on the verb above the noun: "a new turn in Ann Ross's
claims that the pier is unsafe", "he cited no source for his claim in March that the city sells the buses". The
clause is what the noun's owner said when it is the first clause after the noun, opened by "that", and nothing but
a few words without a verb or a comma stand between them ("in March"); an aside in parentheses after it is the
writer's."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import CUE_VERBS

#: At most this many words between the noun and the "that" of its clause ("in March", "last week").
_MAX_BETWEEN = 4


def clause_hung_above(noun: Token) -> list[Token]:
    """The tokens of the noun's "that" clause hung on a verb above it, or [] when there is none.

    Not when that verb is a cue itself ("disputed his claim that …" may be what the disputer said), unless it is
    negated and so says nothing ("never named a source for his claim that …").
    """
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() in CUE_VERBS and not any(c.dep_ == "neg" for c in verb.children):
        return []
    clause = next((c for c in verb.rights if c.dep_ == "ccomp" and c.left_edge.i > noun.i), None)
    if clause is None:
        return []
    first = clause.left_edge
    if first.lower_ != "that" or first.dep_ != "mark":
        return []
    between = noun.doc[noun.i + 1 : first.i]
    if len(between) > _MAX_BETWEEN or any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in between):
        return []
    said = list(clause.subtree)
    aside = next((i for i, t in enumerate(said) if t.text == "("), len(said))
    return said[:aside]  # not "(… has proposed …)", the writer's aside after the claim
