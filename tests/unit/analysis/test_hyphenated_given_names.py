"""A name in apposition to a description whose last word, after a hyphen, the tagger took for a common noun ("the
Ambassador, Seo Jae-hoon,", "Its chairman, Park Sung-hoon,"): the recogniser tagged it a person, and the description
names them (real pipeline; fictional people and places)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_korean_name_whose_last_syllables_were_read_as_a_noun_names_the_ambassador(nlp):
    rows = said_by(
        nlp,
        "The Republic of Korea’s Ambassador, Seo Jae-hoon, said that the council’s credibility was at stake in "
        "Marrow Valley.",
    )
    assert rows == [("Seo Jae-hoon", "the council’s credibility was at stake in Marrow Valley")]


def test_a_hyphenated_korean_name_after_a_description_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "The Gyeongnam Shipowners Council said in a statement that it welcomed the ruling. Its chairman, Park "
        "Sung-hoon, said small yards stood to gain most from the lower levy.",
    )
    assert [speaker for speaker, _ in rows] == ["Gyeongnam Shipowners Council", "Park Sung-hoon"]
