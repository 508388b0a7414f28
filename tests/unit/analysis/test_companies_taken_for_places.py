"""A company's short name the recogniser took for a place where it owns a company's results ("Tallowin's shares fell",
"Larkspire's half-year operating profit fell") is the company named in full with that word first, so "The operator's
chief executive" that follows is that company's, not the rating agency's named before. A country that owns shares
stays the country. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "LONDON, Nov 4 (Cablewire) - Merriden Ratings placed Larkspire Lotteries' credit rating on review for "
                "an upgrade on Wednesday, saying the renewal of its licence had removed the biggest risk to the "
                "company's cash flows.",
                "Ines Vaudrey-Hill, a senior director at Merriden, said the agency could raise the rating by one notch "
                "once the licence was signed, provided Larkspire did not pay a special dividend out of the money it "
                "had set aside for the tender.",
                '"The licence was the question mark over this credit. It is now answered," Vaudrey-Hill said.',
                "Larkspire's half-year operating profit fell 3% to 212 million pounds.",
                "The operator's chief financial officer, Priya Holloway-Dunn, said legal costs of 18 million pounds "
                "had been booked in the period and that none were expected in the second half.",
            ),
            ("Priya Holloway-Dunn", "other", "Larkspire Lotteries"),
        ),
        (
            (
                "SYDNEY, Aug 2 (Cablewire) - Kelmarsh Ratings placed Tallowin Gaming's credit rating on review for a "
                "downgrade on Monday, saying a fine from the state regulator could strain its cash flows.",
                "Yusuf Carrington-Obi, an analyst at Kelmarsh, said the fine was larger than the agency had expected.",
                "Tallowin's shares fell 7% in Sydney.",
                "The operator's chief executive, Bronwyn Leckie-Hart, said the company would appeal against the fine.",
            ),
            ("Bronwyn Leckie-Hart", "other", "Tallowin Gaming"),
        ),
    ],
)
def test_a_company_taken_for_a_place_owning_its_results_is_the_company(nlp, paragraphs, expected):
    assert profiles_of(nlp, *paragraphs)[-1] == expected


def test_a_country_owning_shares_stays_the_country(nlp):
    paragraphs = (
        "Kelmarsh Ratings cut the rating of Iceland Seafoods on Monday, saying the fishing quota had been cut.",
        "Iceland's shares fell 2% in Reykjavik.",
        "The country's finance minister, Gunnar Thorvaldsen-Ey, said the quota would be reviewed in the spring.",
    )
    assert profiles_of(nlp, *paragraphs)[-1] == ("Gunnar Thorvaldsen-Ey", "official", "Iceland")
