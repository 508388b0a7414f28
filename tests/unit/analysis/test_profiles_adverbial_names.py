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


def test_a_bodys_name_whose_last_word_was_tagged_a_common_noun_speaks(nlp):
    """ "The charity, the Pellworth Seafarers’ Trust, said": the recogniser tagged the name, the tagger took its last
    word ("Trust", "Guild") for a common noun, so the apposition had no proper noun in it."""
    found = profiles_of(
        nlp,
        "The charity, the Pellworth Seafarers’ Trust, said the crew had been eating only rice since June.",
        "The union, the Harbour Pilots’ Guild, said its members would not board the ship until it was repaired.",
    )
    assert ("Pellworth Seafarers’ Trust", "institution", "") in found
    assert ("Harbour Pilots’ Guild", "institution", "") in found


def test_a_common_noun_set_off_after_a_body_names_no_one(nlp):
    found = profiles_of(nlp, "The company, the owner of the Garland Hotel, said the rooms would reopen in May.")
    assert all(speaker != "Garland Hotel" for speaker, _, _ in found)
