"""An organisation spoken of again by its kind: "the co-op" of one named or described as a co-operative, "the press"
of a publisher named before, never of the news media."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_co_op_is_the_organisation_described_as_a_co_operative(nlp):
    assert said_by(
        nlp,
        "The apples come from Birchwood Orchards Growers, a co-operative of fruit farmers near the lake. "
        "The co-op says orders from cider makers have doubled.",
    ) == [("Birchwood Orchards Growers", "orders from cider makers have doubled")]


def test_the_small_press_is_the_publisher_named_before_not_a_bookshop(nlp):
    assert said_by(
        nlp,
        "The memoir sells well at Lantern Street Books downtown. Gullwing Books says it has printed 9,000 copies. "
        "The small press, which has four employees, said it had never sold a book abroad before.",
    ) == [
        ("Gullwing Books", "it has printed 9,000 copies"),
        ("Gullwing Books", "it had never sold a book abroad before"),
    ]


def test_the_press_of_the_news_media_is_no_organisation_named_before(nlp):
    rows = said_by(
        nlp,
        "Talbot Mining Corp. opened a mine in the valley. The press said the opening was delayed for months.",
    )
    assert all(speaker != "Talbot Mining Corp." for speaker, _ in rows)
