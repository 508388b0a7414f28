"""Whether a cue reports speech whatever noun its subject is ("the actress said", "others call it …", "a number of
writers suggested …"), and not only introduces a quotation. Things promise too ("the debate promised to be a turning
point", "rising fees promise to swell the cost"), so "promise" reports speech only of a subject that may be people:
a name, a noun of people or bodies, or one that names a doer ("the islanders promised")."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import BODY_NOUNS, DOER_ENDINGS, GROUP_WORDS, HUMAN_CUES, PEOPLE_NOUNS
from dashboard.analysis.quotes.quantity_groups import quantity_of_people

#: Cues only people use, which things use as well in another sense.
_THINGS_TOO = frozenset({"promise"})


def reports_speech(lemma: str, subject: Token) -> bool:
    """Whether the cue of this lemma reports speech of a subject noun no list of speakers knows."""
    if subject.lower_ in GROUP_WORDS or quantity_of_people(subject):
        return True
    if lemma in _THINGS_TOO:
        return _may_be_people(subject)
    return lemma in HUMAN_CUES


def _may_be_people(subject: Token) -> bool:
    """A name, or a noun of people, of a body, or of a doer ("islanders", "newcomers")."""
    noun = subject.lemma_.lower()
    return subject.pos_ == "PROPN" or noun in PEOPLE_NOUNS or noun in BODY_NOUNS or noun.endswith(DOER_ENDINGS)
