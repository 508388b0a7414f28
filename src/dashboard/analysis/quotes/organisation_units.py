"""A unit of an organisation named as the article writes it, the organisation's name and the proper words after it
("GM Europe", "Harbor Re Asia"): a word continues the name when it is capitalised, untagged or a place, and opens no
title ("Senate Majority Leader") nor names a portfolio ("EU Trade Commissioner"). A name the recogniser tagged with
its possessive ("the Waterfront Workers Union's" of "the Waterfront Workers Union's Queensland secretary") is
continued by nothing: the place after it tells where the person's post is, no unit called "Union's Queensland"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dashboard.analysis.quotes.lexicon import PORTFOLIOS
from dashboard.analysis.quotes.missed_names import proper
from dashboard.analysis.quotes.opened_titles import opens_title


def continues_unit(ent: Span, token: Token) -> bool:
    """Whether `token`, after the organisation `ent` (and the words of a unit already taken in), goes on with the name
    of a unit of it."""
    return (
        ent[-1].tag_ != "POS"
        and proper(token)
        and token.ent_type_ in ("", "LOC", "GPE")
        and not opens_title(token)
        and token.lower_ not in PORTFOLIOS
    )
