"""A description of what a person does ("the fisherman said") long after the words that tell it ("Ansel
Quarrington-Bly has fished the bay for 40 years", five paragraphs back, with other people named between): the one
person of the article whose own clause holds a word of the description's stem, when no one nearer does and no one
else of the article does. The words count after a dateline too, where the parse makes the town the subject and sets
the name beside it ("HADLEY SPRINGS, Kan. — Dale Wethersby has farmed …"). Fictional features."""

from __future__ import annotations

from tests.quoting import L, R, said_by

_BETWEEN = (
    "The state cut the cod quota by a fifth on Monday. The fisheries office said stocks had fallen for six years.",
    "Hedda Moravcik-Lund, a biologist at the Tern Point marine station, said warm water had pushed the fish north. "
    f"{L}They are not gone. They moved,{R} she said.",
    "She added that the shrimp season had fared better, though not by much.",
    "Ansel says his catch came in at a third of a good year. The boat loan is due in March.",
)
_QUOTE = f"{L}The bay feeds us or it does not,{R} the fisherman said."


def test_the_fisherman_is_the_one_who_fished_paragraphs_back(nlp):
    rows = said_by(
        nlp,
        "Ansel Quarrington-Bly has fished the bay for 40 years. This fall his traps came up empty.",
        *_BETWEEN,
        _QUOTE,
    )
    assert rows[-1][0] == "Ansel Quarrington-Bly"


def test_the_words_after_a_dateline_tell_what_the_person_does(nlp):
    rows = said_by(
        nlp,
        "HADLEY SPRINGS, Kan. — Dale Wethersby has farmed wheat on the same 1,600 acres for 28 years. This summer "
        "the crop died standing.",
        *_BETWEEN,
        f"{L}Rain is a loan, not a gift,{R} the farmer said.",
    )
    assert rows[-1][0] == "Dale Wethersby"


def test_two_people_who_fished_leave_the_description_unnamed(nlp):
    rows = said_by(
        nlp,
        "Ansel Quarrington-Bly has fished the bay for 40 years. His cousin Dorrit Vantassel-Pike fished beside him "
        "until 2019.",
        *_BETWEEN,
        _QUOTE,
    )
    assert rows[-1][0] == ""
