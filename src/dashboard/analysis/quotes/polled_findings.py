"""What a poll or a study is reported to suggest: "a new poll suggests the mayor may win", "surveys suggest that
voters find him cold", "research suggests that the closures deepened the divide". A poll speaks for the people it
asked and a study for the people who made it, so such a cue reports what they found as a claim, where a document
("the plan suggests …", "the letter suggests …") or a text of law ("a law claiming a strip of sea", "the treaty
says") only introduces words in quotation marks."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import DOCUMENT_NOUNS, words
from dashboard.analysis.quotes.people_speaking import reports_speech

#: Findings that speak for the people asked or the people who studied ("polls", "a survey", "new research").
_FINDINGS = words("poll survey study research")
#: Verbs of judgement a finding reports with (not "the poll said", which is its text, nor "shows", a fact).
_JUDGED = words("suggest indicate")
#: Texts of law, which say what they say through no one ("a law claiming the islands", "the bill calls for a ban").
_LAWS = words("law bill legislation decree statute treaty constitution")


def only_introduces(lemma: str, subject: Token) -> bool:
    """Whether a cue of this lemma, whose subject noun no list of speakers knows, only introduces a quotation: a
    subject that does not report speech or is a document, unless a poll or study suggests what it found."""
    if lemma in _JUDGED and subject.lemma_.lower() in _FINDINGS:
        return False
    return not reports_speech(lemma, subject) or subject.lemma_.lower() in DOCUMENT_NOUNS | _LAWS
