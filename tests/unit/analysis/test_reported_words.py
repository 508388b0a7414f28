"""What a person is reported to have said tells of what was said, not of who said it: a description after ("the
farmer", "the 27-year-old") does not go to a person named only inside someone's reported words, nor to a speaker
because their reported words hold a word of the description's stem."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_doer_is_not_tied_to_a_speaker_by_the_words_they_reported(nlp):
    rows = said_by(
        nlp,
        "Rhoswen Galt, who runs a seed co-operative in Tarrow, is closing it, she said on Sunday. In the post, the "
        "51-year-old said the co-op had signed 400 farms. She said the co-op would return its cash.",
        f"Osric Penhallow, who grows barley near Dunmere, said the seed came late. {L}I saved more than it cost me,{R} "
        f"Penhallow said. He said he had asked for a refund. {L}They promised me April and it came in June,{R} the "
        "farmer said.",
    )
    assert rows[-1] == ("Osric Penhallow", f"{L}They promised me April and it came in June,{R}")


def test_an_age_never_given_is_not_the_person_a_speaker_spoke_of(nlp):
    rows = said_by(
        nlp,
        "Yard lays off welders",
        f"Marrow Point Yards has laid off 40 welders. {L}It was the hardest call I have made,{R} Ysolde Brannock-Tey "
        "wrote in a LinkedIn post. The founder said the yard had grown too fast.",
        "Teodor Vanhulst, a welder who lost his job after six years at the yard, said he held no grudge against "
        f"Brannock-Tey. {L}She built something real, and a lot of us learned our trade there. But the end stung,{R} "
        "the 27-year-old said.",
    )
    assert rows[-1][0] == "Teodor Vanhulst"


def test_an_age_may_still_be_a_person_a_body_spoke_of(nlp):
    rows = said_by(
        nlp,
        f"Police said they had charged Corwin Aldous with theft. {L}I never took a thing,{R} the 19-year-old said.",
    )
    assert rows[-1] == ("Corwin Aldous", f"{L}I never took a thing,{R}")
