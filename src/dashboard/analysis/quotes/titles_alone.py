"""People brought back by a title alone: in capitals ("the MLA said" after "Belfast MLA Darlene Compton", "the CEO
added" after "its CEO, Ann Roe,") or a title word with a capital ("the Premier said" after "Premier Ann Holt"). The
recogniser tags such a title an organisation, or the parser a name of its own; it is the person the article named with
that title (role_holders.holder_of_role), when there is one, and else a source the article leaves unnamed, described
by the title ("the NDP MP said", "the Councillor said": no person named "MP" or "Councillor")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from dashboard.analysis.names import TITLES, words
from dashboard.analysis.quotes.affiliations import described_affiliation
from dashboard.analysis.quotes.party_members import party_member
from dashboard.analysis.quotes.people import Speaker
from dashboard.analysis.quotes.role_holders import holder_of_role
from dashboard.analysis.quotes.roles import noun_phrase
from dashboard.analysis.quotes.titles_named_later import holder_named_later

if TYPE_CHECKING:
    from dashboard.analysis.quotes.speakers import Cast

#: Titles of people written as initials ("TD" is a member of the Dáil).
TITLE_ACRONYMS = words("mp mpp mla mna mha mep msp td ceo cfo coo")
#: Words of titles that only qualify one ("Prime", "Acting") or open a body's name ("Islamic State"), no title alone.
_MODIFIERS = words("state crown foreign former acting interim defence defense rear vice prime")
#: Titles written with a capital when they stand for the person ("the Premier said").
_CAPITALISED_TITLES = (TITLES | words("coroner sheriff")) - TITLE_ACRONYMS - _MODIFIERS


#: Bodies whose names a title word ends ("the Directorate General of Foreign Trade", "the Inspectorate-General"): the
#: word names the body's rank among others, no person.
_BODIES_RANKED_GENERAL = words("directorate directorates inspectorate secretariat commissariat")


def _written_as_title(token: Token) -> bool:
    """ "MLA" or "CEO" in capitals, or a title word with a capital ("Premier", "Councillor", "Chief Justice")."""
    if token.is_upper:
        return token.lower_ in TITLE_ACRONYMS
    return token.text[:1].isupper() and token.lower_ in _CAPITALISED_TITLES and not _ends_body_name(token)


def _ends_body_name(token: Token) -> bool:
    """ "General" after "Directorate" (or "Directorate-"): the end of a body's name."""
    before = token.doc[token.i - 1] if token.i else None
    if before is not None and before.text == "-" and token.i > 1:
        before = token.doc[token.i - 2]
    return before is not None and before.lower_ in _BODIES_RANKED_GENERAL


def title_alone_holder(cast: Cast, p: int, token: Token) -> Speaker | None:
    """The person named before with the title that `token` is, after "the", "his" or "her"; when no one
    was named with it, an unnamed source with the title as role and the party or body it names as affiliation."""
    if (later := holder_named_later(cast, p, token)) is not None:  # an office named in the lede, its holder after
        return later
    if not _written_as_title(token):
        return None
    if (holder := holder_of_role(cast, p, token) or party_member(cast, cast.people, p, token)) is not None:
        return holder  # "the Tory MP said" of the Conservative just named
    if not any(c.dep_ in ("det", "poss") for c in token.children):
        return None  # "MP Ann Roe", a title before a name, or the body "MLA" itself
    return Speaker("", "unnamed", noun_phrase(token), _party_or_body(cast, p, token))


def _party_or_body(cast: Cast, p: int, title: Token) -> str:
    """The party or body a title's description names ("the Labour MP" -> Labour), not the title itself, which the
    recogniser may tag with the party as one organisation ("the NDP MPP" -> NDP)."""
    found = described_affiliation(title, cast, p, cast.organisation_meant)
    if found is None or title not in found.tokens:
        return found.name if found else ""
    return " ".join(t.text for t in found.tokens if t != title and t.dep_ != "det")
