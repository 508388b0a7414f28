"""Themes of the mends made after the twenty-sixth and twenty-seventh probe batches: a paragraph that opens on "the
parties" of talks between states just told ("The parties will meet again in March", "The four parties agreed on a
total") goes on with those talks, also after a paragraph that its context carried; "the parties" inside a sentence
and a country's political parties do not. A warship told before and named again as "the boat" or "the vessel"
("Officials said the boat had never entered the zone" after a submarine) goes on with the war; a fishing boat does
not.
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_the_parties_of_talks_between_states_go_on_with_the_talks(themes, nlp):
    talks = [
        "Talks between Norland, Ostland, Iceland and Greenland on how to share the herring stock ended without "
        "agreement in Oslo on Friday, the sixth year in a row.",
        "The four parties agreed on a total for the year but not on who should land how much of it.",
        "Ostland's foreign minister accused Norland of landing twice the share its own scientists advise.",
        "The parties will meet again in Tallinn in March.",
    ]
    found = article(themes, nlp, "Herring Talks End Without Deal", talks)
    assert "diplomacy" in found[1], found
    assert "diplomacy" in found[3], found


def test_a_countrys_parties_at_home_take_no_diplomacy(themes, nlp):
    coalition = [
        "Three parties began talks on Monday on forming a government after the election in Norland.",
        "The parties will meet again on Thursday to discuss the budget.",
    ]
    found = article(themes, nlp, "Coalition Talks Begin", coalition)
    assert all("diplomacy" not in verdict for verdict in found), found


def test_a_warship_named_again_as_the_boat_goes_on_with_the_war(themes, nlp):
    tracked = [
        "Norland's navy said on Monday it had followed a foreign submarine for nine hours along its northern coast.",
        "Two frigates and a patrol aircraft shadowed the submarine until it left Norland's waters near the cape.",
        "Officials said the boat had never entered the 12-mile zone.",
    ]
    assert "military" in article(themes, nlp, "Navy Follows Submarine", tracked)[2]


def test_a_fishing_boat_named_again_is_no_warship(themes, nlp):
    fished = [
        "Fishermen in Kallvik landed a record catch of cod on Monday, the harbour master said.",
        "The skipper said the boat had never been so full in forty years at sea.",
    ]
    assert all("military" not in verdict for verdict in article(themes, nlp, "Record Cod Catch", fished))
