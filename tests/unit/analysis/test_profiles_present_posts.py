"""A former official's clause that tells what they did before and what they do now ties them to where they work now
("who commanded the navy's fleet and now heads the programme at Y", "who was minister until 2022 and is now a fellow
at Y"): Y, not the navy or the ministry (quotes/present_posts.py). Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_past_command_and_a_present_post_give_the_present_workplace(nlp):
    found = profiles_of(
        nlp,
        "Omar Haddad, a retired admiral who commanded the Jordanian navy's southern flotilla and now heads the "
        "maritime programme at the Kerrow Institute, said mines were the greatest danger to shipping.",
    )
    assert ("Omar Haddad", "analyst", "Kerrow Institute") in found


def test_a_past_clause_joined_to_a_present_role_at_a_place_gives_the_place(nlp):
    found = profiles_of(
        nlp,
        "Irina Volkova, a former deputy trade minister of Ukraine who left the government in 2021 and is now a "
        "senior fellow at the Dunmore Centre for Trade Policy, said the export ban would not last.",
    )
    assert ("Irina Volkova", "analyst", "Dunmore Centre for Trade Policy") in found


def test_a_post_held_until_last_year_and_a_post_now_give_the_present_workplace(nlp):
    found = profiles_of(
        nlp,
        "Mark Ellery, who was the Treasury's deputy secretary for sanctions until last year and is now a senior "
        "fellow at the Harwick Institute, argued that the price cap had worked.",
    )
    assert ("Mark Ellery", "analyst", "Harwick Institute") in found


def test_a_past_clause_alone_keeps_the_office_it_names(nlp):
    found = profiles_of(
        nlp,
        "Irina Volkova, a former deputy trade minister of Ukraine who left the government in 2021, said the export "
        "ban would not last.",
    )
    assert ("Irina Volkova", "analyst", "Ukraine") in found
