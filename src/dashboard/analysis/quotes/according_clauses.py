"""Which clause "according to X" is said of when the parser hung the phrase on the wrong word. Two misreadings
are common: the phrase hung on the subject it follows ("Other splits, according to the poll, include …"), or on
what goes on about the source after it ("…, according to an aide who saw the memo but was not allowed to …"), and a
sentence-final phrase hung on a verb the parser wrongly joined to the main one ("… is worse than it ever has been,
according to X", "… a 10-point lead, according to X, where 400 seats will be at stake"). In both the writer names
the source of the whole clause, so its verb is the one the phrase belongs to; a clause joined by "but" is
set against the one before it, and the source is only its own."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import CUE_VERBS

#: Dependencies of a subject the phrase may be hung on.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def clause_of_according(according: Token) -> Token:
    """The head of the clause that "according to X" (`according`, the word "according") names the source of."""
    head = according.head
    if head.i == according.i:
        return according
    doc = according.doc
    set_off = according.i > 0 and doc[according.i - 1].text == ","
    if head.dep_ in _SUBJECTS and set_off and head.head.i > according.right_edge.i:
        return head.head  # "Other splits, according to the poll, include age and income"
    if set_off and source_goes_on(according):
        return head.head  # "…, according to a person who has seen it but was not allowed to discuss it"
    if not _ends_sentence(according):
        return head
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in CUE_VERBS:
        if any(c.dep_ == "cc" and c.lower_ != "and" and c.i < head.i for c in head.head.children):
            break  # "A, but B, according to X": X's claim is B, set against A
        if _said_of_its_own(head.head, head):
            break  # "A, her campaign said, and B, according to X", "Ann praised A and won B, according to X"
        head = head.head  # not "… and said little, according to X": a verb of saying there speaks for itself
    return head


def source_goes_on(according: Token) -> bool:
    """Whether the parser hung "according to X" on a verb after it that goes on describing X: one joined to the
    clause before the phrase, with no subject of its own ("…, according to a person who has seen the report but was
    not allowed to discuss it", whose "was not allowed" is the person's, set on the relative clause)."""
    head = according.head
    if head.i <= according.right_edge.i or head.dep_ not in ("conj", "advcl") or head.head.i >= according.i:
        return False
    # not "A and, according to X, is now worth …": a verb joined before the phrase is what X said
    if any(c.dep_ == "cc" and c.i < according.i for c in (*head.children, *head.head.rights)):
        return False  # the parser hangs "and" on the first verb or on the second
    return not any(c.dep_ in ("expl", *_SUBJECTS) for c in head.children)


def _said_of_its_own(clause: Token, joined: Token) -> bool:
    """Whether the clause before the joined one has a verb of saying of its own: what it says is that speaker's,
    and the source named at the end is only the joined clause's."""
    inside = {t.i for t in joined.subtree}
    return any(t.pos_ == "VERB" and t.lemma_.lower() in CUE_VERBS for t in clause.subtree if t.i not in inside)


def _ends_sentence(according: Token) -> bool:
    """Whether nothing but punctuation follows the phrase in its sentence."""
    sent = according.sent
    return all(t.is_punct for t in according.doc[according.right_edge.i + 1 : sent.end])
