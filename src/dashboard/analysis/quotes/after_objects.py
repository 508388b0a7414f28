"""What after a cue's object still belongs to what was said: "called for a ban in May after the storm", "emphasized
the alignment … as a way to assert …", "pointed to the tax as the cause", not ", adding …", nor a report of its own
that tells when the call was made ("called for an inquiry after the Gazette reported that the fund was empty")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import CUE_VERBS

#: Dependents after an object that still belong to what was said about it.
_AFTER_OBJECT = frozenset({"prep", "advcl", "npadvmod", "oprd"})
#: Words that open a clause telling when or why something was said ("after", "as", "because" the paper reported …).
_OCCASION_MARKS = frozenset({"after", "as", "when", "while", "since", "because"})


def still_said(child: Token, after: str) -> bool:
    """A dependent after the object still said: "called for a ban in May after the storm", not ", adding …"."""
    if child.dep_ == "advcl" and _report_of_its_own(child):
        return False
    if after == "point":  # "pointed to the tax as the cause": only the role given to what was pointed to
        return child.dep_ == "prep" and child.lower_ == "as"
    if after == "call":
        return (
            child.dep_ in ("prep", "npadvmod")
            or child.dep_ == "advcl"
            and any(c.dep_ == "mark" for c in child.children)
        )
    return child.dep_ in _AFTER_OBJECT


def _report_of_its_own(clause: Token) -> bool:
    """ "after the Gazette reported that the fund was empty": a clause of time or cause whose verb is a cue of speech
    with a subject of its own, which someone else said; not "until the river is safe", which is part of the call."""
    return (
        clause.lemma_.lower() in CUE_VERBS
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and any(c.dep_ == "mark" and c.lower_ in _OCCASION_MARKS for c in clause.children)
    )
