"""A Korean name whose given name is hyphenated in lower case ("Park Sung-hoon") ends in a word the tagger may not
read as a proper noun; set off after a description ("Its chairman, X,") it still names the speaker (names_given in
roles.py)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_hyphenated_korean_name_after_a_description_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "The Gyeongnam Shipowners Council said in a statement that it welcomed the ruling. Its chairman, Park "
        "Sung-hoon, said small yards stood to gain most from the lower levy.",
    )
    assert [speaker for speaker, _ in rows] == ["Gyeongnam Shipowners Council", "Park Sung-hoon"]
