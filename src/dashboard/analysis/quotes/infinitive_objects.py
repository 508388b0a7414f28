"""Objects a clause holds through the infinitives it goes on in: "it planned to ask regulators for approval", "the
agency hoped to launch the probe". The parser may read a clause said after the setting of a cue ("said in a press
release (that) it planned to ask regulators …", "told reporters at the briefing the agency hoped to launch …") as a
relative clause of the setting's noun. A true relative clause leaves the object of its verb, or of the infinitive its
verb goes on in, to the noun it hangs on ("the statement it planned to issue"); a clause whose infinitive has an
object of its own is whole, and so is what was said, not a relative clause."""

from __future__ import annotations

from spacy.tokens import Token


def clause_over_infinitives(verb: Token) -> Token:
    """The verb that the infinitive `verb` goes on ("planned" of "ask" in "it planned to ask"), or `verb` itself."""
    while verb.dep_ == "xcomp" and verb.head is not verb:
        verb = verb.head
    return verb


def infinitive_holds_object(clause: Token, besides: Token | None = None) -> bool:
    """Whether an infinitive the clause's verb goes on in ("to ask" of "planned to ask regulators"), or one that
    infinitive goes on in, holds an object (other than `besides`)."""
    infinitives = [c for c in clause.children if c.dep_ == "xcomp"]
    while infinitives:
        infinitive = infinitives.pop()
        if any(c.dep_ == "dobj" and c is not besides for c in infinitive.children):
            return True
        infinitives.extend(c for c in infinitive.children if c.dep_ == "xcomp")
    return False
