"""Short reported clauses before a post-posed cue: "It refused, she said." / "Nothing survived, Ann Lee said."."""

from __future__ import annotations

from spacy.tokens import Token

#: Subjects of a post-posed cue that name who speaks (a pronoun or a name), not "the report said".
_SPEAKER_POS = frozenset({"PRON", "PROPN"})


def clause_before_cue(verb: Token, subject: Token | None, span: tuple[int, int]) -> bool:
    """Whether the content opens its sentence and ends right before ", <pronoun or name> <cue>." that closes it:
    then two words with their own subject and finite verb are all that was said."""
    if subject is None or subject.pos_ not in _SPEAKER_POS or span[1] > verb.idx:
        return False
    sent = verb.sent
    if span[0] > sent[0].idx + 1:  # a quotation mark may open the sentence
        return False
    if subject.i + 1 != verb.i or subject.left_edge.i < 1 or verb.doc[subject.left_edge.i - 1].text != ",":
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return after is not None and after.is_sent_end and after.text in (".", "!")
