"""A forum is an organisation that speaks and employs people: "the forum said" and "director of the forum's Asia
programme" mean the forum the article named (quotes/lexicon.py, INSTITUTION_NOUNS). Fictional text."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_forum_said_is_the_forum_named_before(nlp):
    found = profiles_of(
        nlp,
        "Geoffrey Hallam launched his memoir on Wednesday at the Kensington Forum for International Affairs.",
        "The forum said the launch had drawn its largest audience of the year.",
    )
    assert ("Kensington Forum for International Affairs", "institution", "") in found


def test_a_director_of_the_forums_programme_is_the_forums(nlp):
    found = profiles_of(
        nlp,
        "Geoffrey Hallam launched his memoir on Wednesday at the Kensington Forum for International Affairs.",
        "Priya Natarajan, director of the forum's Asia programme, asked whether he regretted his part.",
    )
    assert ("Priya Natarajan", "analyst", "Kensington Forum for International Affairs") in found
