"""A former office-holder who has worked somewhere since speaks from there when the later post is said in the perfect
("who has since become a senior fellow at Y"), even when the parser hangs the clause on the old body's noun: not the
old post's state (quotes/later_posts.py). Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_post_since_become_at_a_think_tank_is_the_affiliation(nlp):
    found = profiles_of(
        nlp,
        "Henrik Solhaugen, a former officer of Denmark's defence intelligence service who has since become a senior "
        "fellow at the Kystvagt Forum in Aarhus, said the cables had been cut by a ship that dragged its anchor.",
    )
    assert ("Henrik Solhaugen", "analyst", "Kystvagt Forum") in found


def test_a_post_since_become_after_a_former_ambassador_is_the_affiliation(nlp):
    found = profiles_of(
        nlp,
        "Greta Osterlund, a former ambassador of Sweden who has since become a visiting scholar at the Varbrook "
        "Institute, said the talks would drag on into the spring.",
    )
    assert ("Greta Osterlund", "analyst", "Varbrook Institute") in found


def test_a_post_now_become_after_a_former_diplomat_is_the_affiliation(nlp):
    found = profiles_of(
        nlp,
        "Greta Osterlund, a former Swedish diplomat who has now become a partner at the consultancy Brannock "
        "Advisory, said the talks would drag on into the spring.",
    )
    assert ("Greta Osterlund", "analyst", "Brannock Advisory") in found


def test_a_clause_of_no_later_post_keeps_the_old_state(nlp):
    found = profiles_of(
        nlp,
        "Greta Osterlund, a former ambassador of Sweden who knows the region well, said the talks would drag on "
        "into the spring.",
    )
    assert ("Greta Osterlund", "analyst", "Sweden") in found
