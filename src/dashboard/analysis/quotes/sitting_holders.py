"""Who "the former governor" is not: the one the article titles with that post now ("Governor X of the central bank
said …"), when another person held it before. A title of a feat ("two-time champion X") is no post held now, so "the
former champion" may be X; and a head of state or a legislator keeps the title for life in many papers ("President
X", "Senator X" of one who left office), so "the former president" may still be the one titled "President X"; but no
paper keeps titling a central bank's governor or president so after they leave, and that post is held now."""

from __future__ import annotations

from dashboard.analysis.quotes.central_banks import is_central_bank
from dashboard.analysis.quotes.lexicon import PAST_POST_WORDS, TITLE_NOUNS, TITLES_KEPT_FOR_LIFE

#: Titles kept for life, and a legislator's and a premier's, which papers keep too.
_KEPT_FOR_LIFE = TITLES_KEPT_FOR_LIFE | {"congressman", "congresswoman", "premier"}


def sits_in_post(word: str, roles: set[str], affiliation: str) -> bool:
    """Whether a person whose role words are `roles` holds the post `word` now, as "the former …" describes another:
    the article titles them with it and with no word of a past post, and the title is one no paper keeps for life or
    one of a central bank."""
    if word not in TITLE_NOUNS or word not in roles or roles & PAST_POST_WORDS:
        return False
    return word not in _KEPT_FOR_LIFE or bool(affiliation) and is_central_bank(affiliation)
