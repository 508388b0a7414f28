"""A party's secretary general ("X, secretary general of the ruling Y", "deputy secretary general of the opposition
Y party") holds no public office by that post and speaks as `other`, as a party's press spokesperson does; "General
Secretary" of a governing communist party, the title of its leader, stays an official, as does an international body's
secretary-general. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Ali Bichara-Touka, secretary general of the ruling Rally for Chadian Unity, said the opposition had lost.",
            ("Ali Bichara-Touka", "other", "Rally for Chadian Unity"),
        ),
        (
            "Hastings Mwale-Banda, secretary-general of the ruling Democratic Progress Alliance, said the opposition "
            "was trying to win in the streets.",
            ("Hastings Mwale-Banda", "other", "Democratic Progress Alliance"),
        ),
        (
            "Marta Velikova-Dren, deputy secretary general of the opposition Civic Forum party, said the count was "
            "slow.",
            ("Marta Velikova-Dren", "other", "Civic Forum party"),
        ),
    ],
)
def test_a_partys_secretary_general_holds_no_office(nlp, paragraph, expected):
    assert profiles_of(nlp, paragraph) == [expected]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Nguyen Van Thanh-Lam, General Secretary of the Communist Party of Vietnam, said the reforms would "
            "continue.",
            ("Nguyen Van Thanh-Lam", "official", "Communist Party of Vietnam"),
        ),
        (
            "Ingrid Ostrava-Lind, secretary-general of the United Nations, said the talks would resume.",
            ("Ingrid Ostrava-Lind", "official", "United Nations"),
        ),
    ],
)
def test_a_communist_partys_general_secretary_or_a_bodys_secretary_general_stays_an_official(nlp, paragraph, expected):
    assert profiles_of(nlp, paragraph) == [expected]
