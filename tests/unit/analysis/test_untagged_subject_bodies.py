"""A body whose name the recogniser left untagged (or tagged as no speaker), subject of an earlier sentence of the
paragraph, called back by "the <noun>" of a body: the name, not the noun's words, is the speaker
(untagged_subject_bodies)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_company_is_the_firm_that_acted_just_before(nlp):
    profiles = profiles_of(
        nlp,
        "Vetch, which sells software that reads soil samples, raised $9 million last year. The company said in a "
        "statement that it backed the rules but wanted more time.",
    )
    assert profiles == [("Vetch", "institution", "")]


def test_a_described_choir_is_the_choir_named_before(nlp):
    profiles = profiles_of(
        nlp,
        "After 61 years and more than 300 concerts, the Fennick Singers will perform together for the last time this "
        "winter. The community choir announced this week that its autumn concert will be its final one.",
    )
    assert profiles == [("Fennick Singers", "institution", "")]


def test_a_clubs_board_speaks_for_the_club_named_two_sentences_before(nlp):
    profiles = profiles_of(
        nlp,
        "For 33 summers, the Dunmore Larks have been the reason this Ontario town of 3,100 fills its ballpark on a "
        "Sunday afternoon. This summer may be the last. The senior A club’s volunteer board told fans at a packed "
        "meeting on Tuesday that it is $75,000 short.",
    )
    assert profiles == [("Dunmore Larks", "institution", "")]


def test_a_person_who_acted_before_is_no_body(nlp):
    profiles = profiles_of(
        nlp, "Dr. Ines Varro opened the clinic in 2011. The company said on Tuesday that it would close in May."
    )
    assert "Ines Varro" not in [speaker for speaker, _, _ in profiles]
