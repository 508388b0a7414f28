"""The present half of a clause that tells what a person did before and what they do now ("a retired admiral who
commanded the navy's eastern fleet and now heads the maritime programme at Y", "who was the Treasury's assistant
secretary until last year and is now a senior adviser at Y", "who left the country in 2022 and is now a visiting
scholar at Y"): event write-ups and analysis pieces bring in former officials this way, and by GUIDELINES they speak as
experts of where they work now, so the present half names their affiliation; the past half (the fleet, the Treasury,
the country) only says what they were."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.later_posts import later_clauses
from dashboard.analysis.quotes.works_at import work_verb

#: Tags of a verb in the present tense ("heads", "is").
_PRESENT = frozenset({"VBZ", "VBP"})


def present_part(clause: Token) -> Token | None:
    """The verb of the present half joined to a relative clause in the past tense: one of work ("and now heads Y") or
    a "be" that gives a role at a place ("and is now a fellow at Y"); None when the clause has no such half."""
    if clause.dep_ != "relcl" or clause.tag_ != "VBD":
        return None
    joined = (c for c in clause.children if c.dep_ == "conj" and c.tag_ in _PRESENT)
    return next((c for c in joined if work_verb(c) is c or role_at(c) is not None), None)


def role_at(verb: Token) -> Token | None:
    """The role noun of a clause of being that puts a person at or with a place ("is now a partner at Y"): "partner";
    None when it gives none."""
    if verb.lemma_ not in ("be", "become"):  # "has since become a fellow at Y"
        return None
    attrs = (c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN")
    return next((a for a in attrs if any(p.dep_ == "prep" and p.lower_ in ("at", "with") for p in a.children)), None)


def present_role(clause: Token) -> Token | None:
    """The role noun of the present half of a relative clause ("who was minister until 2022 and is now a fellow at
    Y": "fellow"); None when it has none."""
    verb = present_part(clause)
    return role_at(verb) if verb is not None else None


def role_now(noun: Token) -> Token | None:
    """The role noun of a clause of being in the present set on the noun of a former post ("a former Federal Trade
    Commission official who is now a fellow at Y": "fellow"): where the person works now, which outweighs the body
    named before the old post's noun; None when the noun is no former post or has no such clause."""
    return next((role for c in _clauses_now(noun) if (role := role_at(c)) is not None), None)


def named_work_now(noun: Token) -> Token | None:
    """The clause of work in the present set on the noun of a former post that names where the person works now ("a
    former Brightwater engineer who now advises insurers at the consultancy Y": "advises"), whose words alone tie
    them to a body, not the old post's ("Brightwater"); None when the noun is no former post or the clause names no
    place by name ("who now advises clients": the old post's body still says whom the person is known by)."""
    clauses = (c for c in _clauses_now(noun) if work_verb(c) is not None)
    return next((c for c in clauses if any(t.pos_ == "PROPN" for t in c.subtree if t.i > c.i)), None)


def works_now(noun: Token) -> bool:
    """Whether the noun of a former post carries a clause in the present of where the person works now ("Kenya's
    former ambassador to Washington who now heads Y", "Chile's former envoy who is now a fellow at Y"): the state
    that owned the old post is no longer the person's."""
    return any(work_verb(c) is not None or role_at(c) is not None for c in _clauses_now(noun))


def _clauses_now(noun: Token) -> list[Token]:
    """The relative clauses in the present set on the noun of a former post ("former envoy who now heads Y"); none
    when the noun is no former post."""
    if not any(c.dep_ == "amod" and c.lower_ == "former" for c in noun.children):
        return []
    present = [c for c in noun.children if c.dep_ == "relcl" and c.tag_ in _PRESENT]
    return present + later_clauses(noun)  # "who has since become a fellow at Y"
