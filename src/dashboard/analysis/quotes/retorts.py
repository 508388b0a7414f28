"""Cues of a reply made in a fight of words, a verb with "back" ("Whitlock fired back that …", "he shot back that …",
"hit back that …", "“…,” Vale-Obi shot back."): what follows or the quotation before is what was said, as with
"replied"."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.marks import CLOSING_MARKS

#: Verbs that with "back" tell a sharp reply, and with anything else no speech ("fired the coach"). "shot" is there
#: as its own lemma: after a quotation and a hyphenated name ("“…,” Vale-Obi shot back.") the tagger may read it as a
#: noun, which keeps its form, with the name still its subject and "back" and the quoted clause still hung on it.
RETORT_VERBS = frozenset({"fire", "shoot", "shot", "hit", "snap"})


def retorted(verb: Token) -> bool:
    """Whether the verb is a reply with "back" and a clause of what was said ("fired back that …"), or a quotation
    right before its subject ("“…,” Vale-Obi shot back.", which the parser may hang on the quoted clause instead)."""
    if verb.lemma_.lower() not in RETORT_VERBS or not any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children
    ):
        return False
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return subject is not None and subject.left_edge.i > 0 and verb.doc[subject.left_edge.i - 1].text in CLOSING_MARKS
