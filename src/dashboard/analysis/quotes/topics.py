"""Which mention of a person is the topic of a passage: the subject of a main clause, or the one a sentence opens
with ("For Ann Ross, the closure was personal"), rather than the subject of a clause inside another."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.introduced_names import introduced_as_subject
from dashboard.analysis.quotes.name_heads import name_head

#: How a mention stands in its sentence: no subject, the subject of a subordinate clause, of the main clause.
NOT_SUBJECT, SUBORDINATE_SUBJECT, MAIN_SUBJECT = 0, 1, 2
#: Prepositions that open a sentence by naming whom it is about ("For Ann Ross, …", "As for Ross, …").
_FRAMING = frozenset({"for"})


def subject_rank(token: Token) -> int:
    """Whether a name is a subject, and of the main clause ("Ann Ross runs the bakery") or of a subordinate one
    ("the oven that Ann Ross built"): the topic of a passage is the subject of its main clauses, or the person a
    sentence opens with ("For Ann Ross, …")."""
    if token.dep_ == "appos" and token.head.dep_ == "nsubj":  # "The minister, Ann Ross, met …"
        token = token.head
    if _framed(token) or _subject_taken_for_modifier(token) or _name_as_root(token) or introduced_as_subject(token):
        return MAIN_SUBJECT
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return NOT_SUBJECT
    verb = token.head
    main = verb.dep_ == "ROOT" or verb.dep_ == "conj" and verb.head.dep_ == "ROOT"
    return MAIN_SUBJECT if main else SUBORDINATE_SUBJECT


def _name_as_root(token: Token) -> bool:
    """ "Ann Ross, a mother of three, hauls water …" read with "hauls" as an adjective: a name that opens its sentence
    and that the parser made the sentence's root, having found no verb for it, is still the sentence's subject; not a
    name that is a whole sentence ("Ernie Hale." signing a letter)."""
    token = name_head(token)
    if token.dep_ != "ROOT" or token.pos_ != "PROPN" or token.left_edge.i != token.sent.start:
        return False
    return any(not t.is_punct for t in token.doc[token.i + 1 : token.sent.end])  # not a name alone, as a signature


def _framed(token: Token) -> bool:
    """ "For Ann Ross, the closure was personal": a name after a preposition that opens the main clause, set off by a
    comma; also "For commuters like Ann Ross, …", the one named among those the sentence opens with."""
    prep = token.head
    if token.dep_ == "pobj" and prep.lower_ == "like" and prep.head.dep_ == "pobj":
        token, prep = prep.head, prep.head.head  # "For commuters like Ann Ross,": the framing is of the group
        after = token.doc[token.right_edge.i + 1] if token.right_edge.i + 1 < len(token.doc) else None
        opens = prep.lower_ in _FRAMING and prep.head.dep_ == "ROOT" and prep.is_sent_start
        return opens and after is not None and after.text == ","
    if token.dep_ != "pobj" or prep.lower_ not in _FRAMING or prep.head.dep_ != "ROOT":
        return False
    opens = prep.is_sent_start or prep.i > 0 and prep.doc[prep.i - 1].lower_ == "as"  # "As for Ross, …"
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return opens and after is not None and after.text == ","


def _subject_taken_for_modifier(token: Token) -> bool:
    """ "Pike, who stood with his head down, apologized": a name that opens its sentence, with a "who" clause, hung
    on the main verb as anything but its subject while that verb has no subject of its own, is that subject (the
    parser loses it behind the relative clause)."""
    verb = token.head
    if token.dep_ not in ("advmod", "npadvmod", "dep", "nmod") or verb.dep_ != "ROOT" or verb.i < token.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return False
    opens = all(t.dep_ in ("det", "compound") for t in token.doc[token.sent.start : token.left_edge.i])
    who = any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in token.children)
    return opens and who


def of_infinitive(subject: Token) -> bool:
    """ "an agreement for Fujitsu Ltd to buy it": the subject of an infinitive is what a clause speaks of, not one
    that acts in the story."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in subject.head.children)


def speaker_rank(token: Token) -> int:
    """How the mention of one who spoke stands as a topic: as a main clause's subject, unless they spoke as the
    subject of a clause inside another's words ("Ramnarine says what Okafor describes is common")."""
    return SUBORDINATE_SUBJECT if subject_rank(token) == SUBORDINATE_SUBJECT else MAIN_SUBJECT
