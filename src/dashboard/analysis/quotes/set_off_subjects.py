"""The subject of what was said, set before a cue that stands inside the sentence with the one it was told to:
"The new levy, officials told the Ledger, would raise 40 million a year." With "said" alone the parser makes "The
new levy" the subject of "would raise"; with "told" and its listener it makes "told" the sentence's root, hangs the
opening noun phrase on it unattached (`dep`) and keeps "would raise …" as what was said, with no subject. An opening
noun phrase, set off by a comma right before the cue's subject, is what was said when the clause after the cue has
no subject of its own; not "Old rivalries aside, he told them the council would …", whose clause has one."""

from __future__ import annotations

from spacy.tokens import Token

#: Parts of speech that head a noun phrase ("The new levy", "Most of the gain").
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "ADJ", "DET", "NUM"})
#: Dependents that are a clause's own subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def set_off_openings(verb: Token, subject: Token, heads: list[Token]) -> list[Token]:
    """The dependents of the cue `verb` before its `subject` that open what was said: its subject read as the cue's
    ("The ferries, she said, will …"), or a noun phrase left unattached that opens the sentence when every clause
    said (`heads`) lacks a subject."""
    before = [c for c in verb.lefts if c.i < subject.i < verb.i]
    openings = [c for c in before if c.dep_ == "nsubj"]
    unattached = [c for c in before if c.dep_ == "dep" and c.pos_ in _NOMINAL and c.left_edge.i == c.sent.start]
    if openings or not unattached or not heads or any(c.dep_ in _SUBJECTS for h in heads for c in h.children):
        return openings
    return unattached if verb.doc[unattached[0].right_edge.i + 1].text == "," else []
