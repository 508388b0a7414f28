"""People named by a plural common noun that opens the sentence, which the recogniser may tag an organisation for its
capital ("Commuters waiting at the station said"): a group of people speaking, no body."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.lexicon import PEOPLE_NOUNS


def people_noun(word: Token) -> bool:
    """Whether `word` opens the sentence as the plural of a common noun of people ("Commuters", "Shoppers")."""
    lemma = word.lemma_.lower()
    return word.is_sent_start and word.tag_ == "NNS" and lemma in PEOPLE_NOUNS and lemma != word.lower_
