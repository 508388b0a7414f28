"""A name set off by commas after a hyphened title that the parser hung on it as an adverbial modifier, not an
apposition ("The corporation's director-general, Dame X, said"), still names who holds the title
(quotes/adverbial_names.py), and so does a body's name after a common noun that the parser joined to it with no "and"
("The players' union, the Association of …, said"). Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_name_hung_on_a_hyphened_title_is_its_holder(nlp):
    found = profiles_of(
        nlp,
        "The Albion Broadcasting Corporation will close two stations.",
        "The corporation's director-general, Dame Helen Asquith, said the settlement would mean cutting two regional "
        "radio stations and about 400 jobs.",
    )
    assert ("Helen Asquith", "other", "Albion Broadcasting Corporation") in found


def test_a_bodys_name_joined_to_its_noun_without_and_speaks(nlp):
    found = profiles_of(
        nlp,
        "The players' union, the Association of Spanish Footballers, said its members should get a larger share of "
        "the money.",
    )
    assert ("Association of Spanish Footballers", "institution", "") in found
