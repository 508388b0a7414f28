"""A name the parser hung on the role after it ("Youssef Ben-Arian, chief economic adviser at Y, said") is the
speaker, with the role and affiliation the apposition gives (fictional texts)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Youssef Ben-Arian, chief economic adviser at Vestra Insurance, said the central bank would cut rates.",
            ("Youssef Ben-Arian", "analyst", "Vestra Insurance"),
        ),
        (
            "Nadia Ben-Arian, chief economic adviser at Vestra Insurance, said the central bank would cut rates.",
            ("Nadia Ben-Arian", "analyst", "Vestra Insurance"),
        ),
        (  # parsed right already: unchanged
            "Nadia Lund, chief economic adviser at Vestra Insurance, said the central bank would cut rates.",
            ("Nadia Lund", "analyst", "Vestra Insurance"),
        ),
    ],
)
def test_a_name_the_parser_hung_on_the_role_after_it_is_the_speaker(nlp, paragraph, expected):
    assert profiles(nlp, paragraph) == [expected]
