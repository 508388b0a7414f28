"""The sentence's main clause the parser hung on a cue of an opening phrase: "On the day Varga announced his bid,
Pirelli was chairing a strategy session …". A cue that has its object ("announced his bid") says no
clause after it across a comma; a clause there with a subject of its own, no "that" and no quotation is the writer's
main clause, not what was said (a cue's clause follows it with no object between, or a listener: "told reporters,
…"; nor is a relative clause, "asked Norland to recover, which would mean …"). Clauses across a semicolon are set
apart too (`semicolon_clauses`)."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.marks import QUOTE_MARKS
from dashboard.analysis.quotes.phrasal_senses import person_word
from dashboard.analysis.quotes.semicolon_clauses import set_apart_by_semicolon

#: Entity types of an object that tells when, not what ("said this week, …").
_TIMES = frozenset({"DATE", "TIME"})
#: Cues whose object is the one told, after which a comma may open what was said ("told the agency simply, …").
_LISTENING = frozenset({"tell", "inform", "assure", "remind", "warn", "advise", "notify", "ask"})
#: Tags of a relative pronoun, the subject of a clause that describes ("…, which would require …"), no main clause.
_RELATIVE = frozenset({"WDT", "WP"})


def set_apart(child: Token) -> bool:
    """Whether `child`, a dependent of a cue, is a clause of the writer's set apart from the cue: across a semicolon,
    or the main clause after the cue's own object."""
    return set_apart_by_semicolon(child) or main_clause_after_object(child)


def main_clause_after_object(child: Token) -> bool:
    """Whether `child` is a clause after the cue's object and a comma, with a subject of its own, no "that" and no
    quotation: the sentence's main clause."""
    verb = child.head
    if child.dep_ != "ccomp" or child.i < verb.i or verb.lemma_.lower() in _LISTENING:
        return False
    if any(c.dep_ == "mark" for c in child.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < child.i]
    if not objects or any(o.ent_type_ in _TIMES or o.pos_ == "PRON" or person_word(o) for o in objects):
        return False  # "told reporters, …", "said this, …"
    subject = next((c for c in child.children if c.dep_ == "nsubj" and c.tag_ not in _RELATIVE), None)
    if subject is None or subject.i > child.i or subject.left_edge.i <= objects[-1].right_edge.i:
        return False
    doc = child.doc
    comma = any(t.text == "," for t in doc[objects[-1].right_edge.i + 1 : subject.left_edge.i])
    return comma and not any(t.text in QUOTE_MARKS for t in doc[objects[-1].right_edge.i + 1 : child.right_edge.i + 1])
