"""A cue in the present set off by commas between two parts of one statement, as features write it: "Turnout
falls, she says, fewer candidates run, and borrowing costs rise", "She is not afraid now, she adds, but she does not
like it", "…, too low, she argues, for most new mines to make money". The cue only interrupts the statement, so what
was said is the whole sentence but the cue, its subject and the commas around them, however the parser hung the parts
on the cue. Not a participle after the cue ("…, she says, smiling"), a cue set in after "and" ("He sits by the stove
and, she says, criticizes everything", the first part narrated), a sentence that quotes, nor one with a cue of its own
in the other part. A statement that opens after "and" or "but" ("X has looked for 38 years, and for most of them, he
says, nobody cared") starts there: the conjunct before it is the writer's."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.around import FINITE
from dashboard.analysis.quotes.lexicon import CUE_VERBS
from dashboard.analysis.quotes.marks import QUOTE_MARKS

#: Tags of a cue in the present ("says", "say").
_PRESENT = ("VBZ", "VBP")
#: Dependencies of a cue that stands in a clause of its own inside another ("a plan which, she says, …").
_SUBORDINATE = ("relcl", "advcl", "acl", "ccomp", "xcomp")


def rest_around_interrupting_cue(verb: Token, subject: Token, content: list[Token]) -> list[Token]:
    """The words of the sentence around a present cue set off by commas (see the module's docstring) that `content`,
    a part of them, leaves out; none when the cue is no such interruption."""
    doc = verb.doc
    if not content or verb.dep_ in _SUBORDINATE or verb.tag_ not in _PRESENT or subject.pos_ not in ("PRON", "PROPN"):
        return []
    start = subject.left_edge.i
    if subject.i > verb.i or start < 1 or doc[start - 1].text != "," or verb.i + 2 >= len(doc):
        return []
    if doc[verb.i + 1].text != "," or subject.right_edge.i != verb.i - 1:
        return []
    sent = verb.sent
    if any(t.text in QUOTE_MARKS for t in sent):
        return []
    before = [t for t in sent if t.i < start - 1]
    after = [t for t in sent if t.i > verb.i + 1]
    if (
        not before
        or not after
        or after[0].is_punct
        or after[0].tag_ == "VBG"
        or not any(t.tag_ in FINITE for t in before)
    ):
        return []
    if before[-1].dep_ == "cc":  # "He sits on a stool and, she says, criticizes everything": what he does, narrated
        return []
    joined = [t for t in before if t.dep_ == "cc" and t.head.i < t.i and t.head.pos_ in ("VERB", "AUX")]  # clauses
    if joined:  # "X has looked for 38 years, and for most of them, he says, nobody cared": the narrated part stays out
        before = [t for t in before if t.i > joined[-1].i]
    rest = before + after
    indexes = {t.i for t in content}
    if not indexes <= {t.i for t in rest} or any(_cue_of_its_own(t) for t in rest):
        return []
    return [t for t in rest if t.i not in indexes]


def _cue_of_its_own(token: Token) -> bool:
    """A verb of saying with its own subject ("…, she says, and the mayor said …")."""
    return token.lemma_.lower() in CUE_VERBS and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
