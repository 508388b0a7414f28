"""A delegate named with their country's possessive, set off after the role they hold: "the speaker for the island
states, Tonga’s Sione Fifita, said" may come out as one organisation of all four words, so that the speaker is a body
named after a person. The country is a place and the name after its possessive mark a person when the name, two or
three capitalised words that name no kind of body or title, stands in apposition to a person noun and commas set it
off. Used by the given_named_people step, which mends the names the recogniser tagged an organisation; unlike its
other rules this one needs no given name the lexicon knows, as many delegates' given names are in none."""

from __future__ import annotations

from spacy.tokens import Span

from dashboard.analysis.names import ORGANISATION_HEADS, TITLES
from dashboard.analysis.possessive_names import split_at_possessive
from dashboard.analysis.quotes.countries import is_country
from dashboard.analysis.quotes.lexicon import BODY_NOUNS, PEOPLE_NOUNS

#: Nouns for one who speaks for others that the lexicon of person nouns leaves out, as each also names a thing ("a
#: loudspeaker", "a voice"), or a post held at a meeting.
_SPEAKING_FOR = frozenset({"speaker", "voice", "sherpa", "chair", "counterpart"})
#: The possessive marks of a country's name ("Tonga’s"): a bare mark ends no country's name in the singular.
_COUNTRY_MARKS = frozenset({"’s", "'s"})


def country_and_delegate(ent: Span) -> tuple[Span, Span] | None:
    """The country (a place) and the person (two or three plain capitalised words) of an organisation or a work's
    title "Country’s Given Surname" set off by commas as the apposition of a person noun; None otherwise."""
    doc = ent.doc
    if ent.label_ not in ("ORG", "WORK_OF_ART") or not 4 <= len(ent) <= 6:
        return None
    if (parts := split_at_possessive(ent, _COUNTRY_MARKS)) is None:
        return None
    country, person = parts
    if not len(country) or not is_country(country.text) or not 2 <= len(person) <= 3:
        return None
    if not all(_plain_name_word(word) for word in person):
        return None
    root, after = person.root, doc[ent.end] if ent.end < len(doc) else None
    role = root.head.lemma_.lower()
    described = root.dep_ == "appos" and (role in PEOPLE_NOUNS or role in _SPEAKING_FOR or role in TITLES)
    set_off = ent.start > 0 and doc[ent.start - 1].text == "," and after is not None and after.text == ","
    if not (described and set_off):
        return None
    return Span(doc, country.start, country.end, label="GPE"), Span(doc, person.start, person.end, label="PERSON")


def _plain_name_word(word) -> bool:
    """A capitalised word of letters, not all capitals, that names no kind of body and is no title."""
    plain = word.is_alpha and word.is_title and word.pos_ == "PROPN"
    lower = word.lower_
    return plain and lower not in ORGANISATION_HEADS and lower not in BODY_NOUNS and lower not in TITLES
