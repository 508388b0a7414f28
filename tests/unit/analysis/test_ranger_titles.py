"""The title "Ranger" before a name is no part of it, and a ranger holds a public office: "Ranger X said …" and
later "X said" are one official speaker (title_words, kinds)."""

from __future__ import annotations

from tests.quoting import L, R, profiles_of


def test_a_titled_ranger_is_one_official_speaker(nlp):
    paragraphs = (
        "Ranger Elspeth Morrow, who has patrolled the Fennick Hills for 12 years, said the flood had washed out "
        "three footbridges in one night.",
        f"{L}I have never seen the river that high. We lost the lower trail completely,{R} Morrow said.",
    )
    assert profiles_of(nlp, *paragraphs) == [("Elspeth Morrow", "official", "")] * 2
