"""A name set off after a title with an owner's possessive that ends the body's name ("The Bank of Ghana's governor,
X, said"): the parser reads "Bank of [Ghana's governor]" and sets the name beside "Bank", so that it read as the bank's
own name and the bank as the speaker's; the name is the person in the post, their role the title and the body the
owner (real pipeline; fictional people).
"""

from __future__ import annotations

import pytest

from dashboard.analysis.entities import entity_rows
from tests.quoting import quote_rows_of

_OWNED_POSTS = [
    (
        "The Bank of Ghana's governor, Mekdes Tefera-Vance, said inflation would slow again next month.",
        ("Mekdes Tefera-Vance", "official", "Bank of Ghana", "governor"),
    ),
    (
        "The National Bank of Ethiopia's governor, Nkechi Abara-Lowe, said the birr would keep floating.",
        ("Nkechi Abara-Lowe", "official", "National Bank of Ethiopia", "governor"),
    ),
    (
        "The Development Bank of Zembia's chairman, Orsolya Kwarteng-Lisle, said the lender would raise more capital.",
        ("Orsolya Kwarteng-Lisle", "other", "Development Bank of Zembia", "chairman"),
    ),
]


@pytest.mark.parametrize(("text", "profile"), _OWNED_POSTS)
def test_a_name_set_off_after_a_body_owned_post_is_the_post_holder(nlp, text, profile):
    rows = quote_rows_of(nlp, text)
    assert [(r["speaker"], r["speaker_kind"], r["affiliation"], r["role"]) for r in rows] == [profile]


@pytest.mark.parametrize(
    "text",
    [
        "A union representing the port's dockers, Kettleby Orsolya, said the strike would go on.",
        "The port's biggest lender, Kettleby Orsolya, said the strike would go on.",
    ],
)
def test_a_name_set_off_after_a_business_noun_with_no_owned_post_is_still_the_business(nlp, text):
    assert [(r["text"], r["label"]) for r in entity_rows("test", [nlp(text)])] == [("Kettleby Orsolya", "ORG")]
