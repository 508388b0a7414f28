"""Whether the one who put a question is a news outlet ("Asked by the Herald whether …, Ann said"): the newspaper's
own question, put by its reporter, which no one is quoted saying."""

from __future__ import annotations

from spacy.tokens import Token

from dashboard.analysis.quotes.determiners import definite
from dashboard.analysis.quotes.organisations import MEDIA, organisation_type


def is_news_outlet(asker: Token) -> bool:
    """Whether the asker named with "by" is a newspaper, agency or broadcaster by its name ("the Herald", "Reuters",
    "the Northfield Gazette", which the recogniser may tag a person); not a person named so, with no "the" ("Ann
    Post"), nor a common noun ("a reporter", "the host")."""
    the = definite(asker)
    if asker.pos_ != "PROPN" or asker.ent_type_ == "PERSON" and not the:
        return False
    name = " ".join(t.text for t in asker.subtree if t.dep_ in ("compound", "amod") or t.i == asker.i)
    return organisation_type(name) == MEDIA
