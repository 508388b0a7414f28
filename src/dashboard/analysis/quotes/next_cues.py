"""The speaker's next act of speech, set off after what they said: "said the mill owed him money, calling the
owners greedy", "said the ferry was late, though he did not say by how much". The participle or the concessive
clause tells what the speaker (or the narrator) did next; it is no part of what was said, and a participle of
speech is a cue of its own."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import CUE_VERBS
from dashboard.analysis.quotes.marks import CLOSING_MARKS

#: Words that open a concession about the speaker's own speech ("though he did not say how much").
_CONCESSIVE = frozenset({"though", "although"})
#: Verbs of holding back speech that such a concession uses besides the verbs of saying.
_WITHHOLDING = frozenset({"refuse", "decline"})
#: Participles that give the grounds or the weight of what was said, or a belief, rather than a new statement
#: (", citing rising prices", ", highlighting the gap", ", believing that …").
_NO_NEW_STATEMENT = frozenset({"cite", "highlight", "underscore", "believe", "doubt", "fear", "wonder"})
#: Pronouns that stand for the speaker in such a concession.
_SPEAKER_PRONOUNS = frozenset({"he", "she"})


def without_next_cue(content: list[Token], verb: Token, quotations: list[tuple[int, int]]) -> list[Token]:
    """What a cue reports without a trailing participle of speech after a comma (", calling the owners greedy",
    ", describing the crew as tired") or a "though he did not say …" after it, outside quotation marks."""
    inside = {t.i for t in content}
    last_word = max((t.i for t in content if not t.is_punct), default=-1)
    for next_cue in content:
        if next_cue.i <= verb.i or any(s <= next_cue.idx < e for s, e in quotations):
            continue
        before = comma = next_cue.left_edge.i - 1
        if comma in inside and verb.doc[comma].text in CLOSING_MARKS:
            comma -= 1  # ' "too slow," describing the crew …': the comma inside the quotation marks
        if comma not in inside or verb.doc[comma].text != ",":
            continue
        if next_cue.right_edge.i < last_word:
            continue
        if not (_participle_of_speech(next_cue) and _speakers_own(next_cue, verb) or _concession(next_cue)):
            continue
        return [t for t in content if t.i <= before and t.i != comma]
    return content


def _participle_of_speech(token: Token) -> bool:
    """ "calling", "describing", "saying" with no subject of its own, hung on a clause as a modifier."""
    return (
        token.tag_ == "VBG"
        and token.dep_ in ("advcl", "xcomp", "conj")
        and token.left_edge.i == token.i
        and token.lemma_.lower() in CUE_VERBS - _NO_NEW_STATEMENT
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in token.children)
    )


def _speakers_own(participle: Token, verb: Token) -> bool:
    """Whether the parse gives the participle to the speaker: it hangs on the cue itself, or on a clause whose subject
    is a "he" or "she" ("says he would sell the grain, calling the price …"), not on another subject's clause
    ("said the rivals rejected his plan, calling it …": the rivals may have called it so)."""
    head = participle.head
    if head == verb:
        return True
    return any(c.dep_ == "nsubj" and c.lower_ in _SPEAKER_PRONOUNS for c in head.children)


def _concession(token: Token) -> bool:
    """ "though he did not say …", "although she again refused to …": a clause of a "he" or "she" who holds back
    speech, opened by "though" or "although" (not "though she doubts …", which may be more of what she said)."""
    return (
        token.dep_ == "advcl"
        and token.left_edge.lower_ in _CONCESSIVE
        and (
            token.lemma_.lower() in _WITHHOLDING
            or token.lemma_.lower() in CUE_VERBS
            and any(c.dep_ == "neg" for c in token.children)
        )
        and any(c.dep_ == "nsubj" and c.lower_ in _SPEAKER_PRONOUNS for c in token.children)
    )
