"""A cue the parser joined to a verb inside what another cue said ("Ann said the town would leave the league and
suggested …"), when that verb's subject cannot share it: the second cue continues the first, whose subject speaks."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import CUE_VERBS


def outer_cue_of_joined(verb: Token) -> Token | None:
    """The cue whose speaker a joined cue continues, or None when the verb it hangs on may well be its own."""
    return _joined_past_a_modal(verb)


def _joined_past_a_modal(verb: Token) -> Token | None:
    """ "Ann said the town would leave the league by March and suggested that …": a cue in the past or present the
    parser joined to a verb under "would" inside what another cue said cannot share that "would"; it continues the cue
    that said it, whose subject speaks."""
    head = verb.head
    if verb.tag_ not in ("VBD", "VBZ") or head.tag_ != "VB" or head.dep_ != "ccomp":
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children):
        return None
    said = head.head
    return said if said.lemma_.lower() in CUE_VERBS and any(c.dep_ == "nsubj" for c in said.children) else None
