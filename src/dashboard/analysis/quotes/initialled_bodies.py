"""A body of an organisation named by the initials the article gave it in brackets after its full name: "the SADC
observer mission" after "the Southern African Development Community (SADC)" is the Southern African Development
Community's observer mission, and the affiliation spells the owner out, as the article's first mention did."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.quotes.mentions import Mentions


def initials_spelt_out(body: Span, ent: Span, mentions: Mentions) -> str:
    """The text of a body named after its organisation's initials ("SADC observer mission"), the initials replaced by
    the full name the article defined them for ("Southern African Development Community observer mission"); the
    body's text as written when the owner is no initials, or initials the article defined for no name."""
    written = ent.text.removeprefix("the ").removeprefix("The ")
    if not (written.isupper() and written.isalpha()):
        return body.text
    full = mentions.acronyms.get(written, "")
    return body.text.replace(written, full, 1) if full and full != written else body.text
