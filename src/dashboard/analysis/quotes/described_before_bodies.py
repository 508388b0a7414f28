"""The person's noun of "a spokeswoman for Y, Ann Ross,", where the parser hangs the apposed name on the organisation
Y and not on the person's noun. An organisation whose last word is also a person's noun ("research", "advisers") is
still the organisation when the recogniser tagged it as one by a name of two words or more: "the managing director of
energy consultants Petrel Research, Grace Holm," has the role "managing director", not the consultancy's name."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.kinds import ROLE_WORDS
from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS
from dashboard.analysis.quotes.placed_roles import role_before_place
from dashboard.analysis.quotes.spoken_for_trades import company_spoken_for

#: Prepositions that tie a person's noun to an organisation ("a spokesman for Y", "the head of Y").
AFFILIATION_PREPS = frozenset({"at", "of", "from", "with", "for", "in"})
_PERSON_WORDS = PEOPLE_NOUNS | ROLE_WORDS


def described_before_organisation(organisation: Token) -> Token | None:
    """The person's noun of "a spokeswoman for Y, Ann Ross," (also "ASEAN's special envoy on Myanmar, Thai diplomat
    X,"); None when the word the name hangs on is a person's noun itself and no organisation's name."""
    if (
        _person_word(organisation)
        and not _ends_organisation_name(organisation)
        and not company_spoken_for(organisation)
    ):
        return None
    if (body := role_before_place(organisation)) is not None:  # "the head of the UN office in Geneva, Ana Ruiz,"
        organisation = body
    prep, noun = organisation.head, organisation.head.head
    if (
        organisation.dep_ != "pobj"
        or noun.i > organisation.i
        or prep.lower_ not in AFFILIATION_PREPS
        and prep.lower_ not in ("on", "to")
    ):
        return None
    return noun if noun.pos_ == "NOUN" and _person_word(noun) else None


def _person_word(noun: Token) -> bool:
    return noun.lemma_.lower() in _PERSON_WORDS


def _ends_organisation_name(token: Token) -> bool:
    """Whether the word is the last of a name of two words or more that the recogniser tagged as an organisation."""
    last = token.i + 1 == len(token.doc) or token.nbor(1).ent_iob_ != "I"
    return token.ent_type_ == "ORG" and token.ent_iob_ == "I" and last
