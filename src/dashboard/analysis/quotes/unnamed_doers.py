"""Whom the "he" or "she" of a quotation's cue stands for when the sentence right before the quotation brings in an
unnamed person doing something: "Beside him, a woman in a nurse's uniform shakes her head. “…,” she says" is the
woman, not a woman the story named paragraphs before. Features set a scene this way: a passer-by who stops, frowns or
laughs, then speaks. The person is the subject of that sentence's main verb, introduced as someone new ("a woman",
"one commuter"; see `unnamed_person`), of no other gender than the pronoun's, and no one is named between them and
the pronoun; a passive subject ("a man was hurt") did nothing and is no such person. A sentence whose verb is one of
saying or asking is left to the rules of speakers: "A spokesman for X said …. “…,” he said" is the spokesman as
found, with all that was told of him; "A reporter asked whether …. “…,” she said" is the one asked, who answers; and
"Tse, a developer, says …" names its speaker."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.analysis.doc_text import text_of
from dashboard.analysis.quotes.descriptions import unnamed_person
from dashboard.analysis.quotes.genders import gender_of_role
from dashboard.analysis.quotes.lexicon import CUE_VERBS, QUESTION_CUES
from dashboard.analysis.quotes.marks import quotations_of, token_at
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.roles import noun_phrase

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dashboard.analysis.quotes.speakers import Cast

#: What may stand between a quotation's closing mark and the pronoun of its cue: a comma, a verb ("…,” says she").
_CUE_GAP = re.compile(r"[\s,]*(\w+\s+)?")
#: Marks that end the sentence right before a quotation that opens a sentence of its own.
_SENTENCE_ENDS = frozenset({".", "!", "?"})
#: Verbs of saying or asking, whose subject the rules of speakers find.
SAYING = CUE_VERBS | QUESTION_CUES


def unnamed_doer_before(cast: Cast, p: int, i: int, gender: str) -> Speaker | None:
    """The unnamed person the sentence right before the quotation of pronoun i (paragraph p) brings in as the subject
    of its main verb; None when there is no such quotation or person."""
    doc = cast.docs[p]
    pronoun, text = doc[i], text_of(doc)
    spans = [s for s in quotations_of(doc) if s[1] <= pronoun.idx]
    if not spans or not _CUE_GAP.fullmatch(text[spans[-1][1] : pronoun.idx]):
        return None
    opening = token_at(doc, spans[-1][0])
    if opening < 2 or doc[opening - 1].text not in _SENTENCE_ENDS:
        return None
    verb = doc[opening - 1].sent.root
    if verb.lemma_.lower() in SAYING:
        return None
    doer = active_subject(verb)
    return None if doer is None else doer_speaking(cast, p, i, doer, gender)


def doer_speaking(cast: Cast, p: int, i: int, doer: Token, gender: str) -> Speaker | None:
    """The unnamed person `doer` as the one pronoun i (paragraph p) stands for; None when the doer is no unnamed
    person, their noun tells another gender, or someone is named between them and the pronoun."""
    if not unnamed_person(doer) or gender_of_role(doer.lower_) not in ("", gender):
        return None
    if any((p, doer.i) < pos < (p, i) and not cast.quoted(pos) for pos, _, _ in cast.people):
        return None
    return Speaker("", "unnamed", noun_phrase(doer, with_preposition=True))


def active_subject(verb: Token) -> Token | None:
    """The active subject of a sentence's main verb (no passive one, no pronoun)."""
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
