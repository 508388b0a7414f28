"""What was said after the occasion of a cue, where the parser hung the "that" clause on the occasion's noun:
"told reporters on arrival that the army would …" read as a clause of "arrival" (like "the claim that …"), and "told
reporters at the daily briefing that the envoy took note …" read as a relative clause whose subject is "that". A
noun of an occasion (an arrival, a briefing, a summit) holds no content of its own, and a relative clause has only
one subject, so in both readings the clause is what was said, not a part of the occasion's description."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.names import words

#: Nouns of the occasion on which something is said: they hold no "that" clause of their own.
OCCASION_NOUNS = words("""
arrival departure briefing conference meeting session summit sidelines doorstep stakeout interview hearing visit
appearance event ceremony rally debate forum gathering
""")


def clause_after_occasion(that: Token) -> bool:
    """Whether a "that" opens what was said after an occasion: the conjunction of a clause with a subject of its own
    hung on a noun of an occasion, or a "that" taken for the subject of a relative clause that has a subject
    besides."""
    clause = that.head
    if not any(c.dep_.startswith("nsubj") and c.i != that.i for c in clause.children):
        return False
    if that.dep_ == "nsubj":
        return clause.dep_ == "relcl"  # "at the briefing that the envoy took note": two subjects, no relative
    occasion = clause.head.lemma_.lower() in OCCASION_NOUNS or clause.head.lower_ in OCCASION_NOUNS
    return that.dep_ == "mark" and clause.dep_ == "acl" and occasion
