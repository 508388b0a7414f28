"""A cue of agreeing that says nothing of its own ("His coach agrees.", "Her brother concurs."): after a quotation that
goes on with the quote right before it, such a sentence tells of someone taking the speaker's side, not who said the
quotation ("“…,” the teenager says. “…” His coach agrees.")."""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs of taking or refusing someone's side.
_ASSENTING = frozenset({"agree", "concur", "disagree"})
#: Dependencies of what a verb of saying says (a clause, an object, an open complement, a run-on clause).
_CONTENT = frozenset({"ccomp", "xcomp", "dobj", "parataxis", "oprd"})


def assents_only(verb: Token) -> bool:
    """Whether a cue's verb is one of agreeing with nothing said after it ("agrees.", "agrees with him."), not
    "agrees that the lift is finished"."""
    return verb.lemma_.lower() in _ASSENTING and not any(c.dep_ in _CONTENT for c in verb.children)
