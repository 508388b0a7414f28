"""The predicate of "call X Y" when X is the relative word of a clause about the thing named: "in a move that the
officials called a direct threat to their industries" says the officials called the move a direct threat, though
only one noun phrase follows the cue. A relative word before a subject of the clause's own and one indefinite noun
phrase after the cue (no time: "an election that the premier called a year early") make that phrase what was said,
with or without quotation marks."""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs of naming whose object, after a relative word that is what was named, is the name given.
_NAMING = frozenset({"call", "brand", "label", "dub"})
#: Relative words that stand for the thing named.
RELATIVES = frozenset({"that", "which", "whom"})


def predicate_of_relative(head: Token) -> bool:
    """Whether `head`, the object of a verb of naming in a relative clause, is the name given to the relative word:
    the clause opens with "that" or "which" before its own subject, and `head` is an indefinite noun, no time, after
    the verb, with no other object or predicate beside it."""
    verb = head.head
    if head.dep_ != "dobj" or verb.dep_ != "relcl" or verb.lemma_.lower() not in _NAMING or head.i < verb.i:
        return False
    if head.pos_ != "NOUN" or head.ent_type_ in ("DATE", "TIME") or head.left_edge.lower_ not in ("a", "an"):
        return False
    if any(c.dep_ in ("oprd", "dative", "prt") or c.dep_ == "dobj" and c != head for c in verb.children):
        return False
    subjects = [c for c in verb.lefts if c.dep_ == "nsubj"]
    return bool(subjects) and any(c.lower_ in RELATIVES and c.i < subjects[0].left_edge.i for c in verb.lefts)
