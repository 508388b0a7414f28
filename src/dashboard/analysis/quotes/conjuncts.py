"""A cue's subject that the parser took for a conjunct of the words before it: "Ann said she would vote for the
farmers and Tom said …", where "Tom" hangs on "farmers" and the second "said" is left with no subject."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.joined_places import joined_place
from dashboard.analysis.quotes.lexicon import CUE_VERBS


def subject_taken_for_conjunct(verb: Token) -> Token | None:
    """ "Ann said she would vote for the farmers and Tom said …", "one in three said … and one in four said …": the
    subject of a second cue that the parser joined with "and" to the words before it, the cue left with no subject;
    not a place joined to a place ("one of 41 in Newfoundland and Labrador declared surplus", joined_places.py)."""
    if verb.dep_ != "ccomp" or verb.i < 2 or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    joined = verb.doc[verb.i - 1]
    if joined.pos_ not in ("PROPN", "NOUN", "NUM"):
        return None  # "… and said that …": a second cue of the same speaker
    while joined.dep_ != "conj" and joined.head.i < verb.i and joined.head.right_edge.i == verb.i - 1:
        joined = joined.head
    after_and = verb.doc[joined.left_edge.i - 1].lower_ in ("and", "but") if joined.left_edge.i > 0 else False
    named = joined.pos_ in ("PROPN", "NOUN", "NUM") and not joined_place(joined)  # not "in Newfoundland and Labrador"
    return joined if joined.dep_ == "conj" and joined.right_edge.i == verb.i - 1 and after_and and named else None


def clause_closed_before(verb: Token) -> Token | None:
    """ "Ann gave herself orders when a deputy knocked on her door, and told her …": the verb of a clause with a
    subject of its own (a relative or adverbial one, in the same tense) that ends right before the "and" of a
    joined cue, which the parser hung on the main clause before it instead: that clause's subject speaks. Not a
    clause inside what the first cue said ("It warned that its findings could change as the investigation went on,
    and said …"): the one who warned goes on."""
    doc = verb.doc
    if verb.dep_ != "conj" or verb.i < 3 or doc[verb.i - 1].lower_ != "and":
        return None
    last = verb.i - 3 if doc[verb.i - 2].text == "," else verb.i - 2
    t = doc[last]
    while t.i > verb.head.i and t.head.i != t.i:
        own = any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in t.children)
        if t.pos_ == "VERB" and t.dep_ in ("relcl", "advcl") and t.tag_ == verb.tag_ and own:
            return t if t.right_edge.i == last and not _said_by_first_cue(t, verb.head) else None
        t = t.head
    return None


def _said_by_first_cue(clause: Token, first: Token) -> bool:
    """Whether the clause stands inside the clause that the first cue (a verb of saying) says ("warned that …")."""
    t = clause
    while t.head.i != first.i and t.head.i != t.i:
        t = t.head
    return t.head.i == first.i and t.dep_ == "ccomp" and first.lemma_.lower() in CUE_VERBS
