"""A name that ends in a word of a shipbuilder's or a shipyard's trade, or in "Headquarters", names a body, however
the recogniser tagged it: the yard speaks as itself ("Varne Shipbuilding, the yard that …, said"), its president is
its own (not the body of the paragraph before), and a state's joint headquarters speaks as an institution, not as a
person of the town it sits in. Fictional bodies and people throughout; each case is (paragraphs, (speaker, kind,
affiliation) of each quote)."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of as profiles


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Philippine Defence Secretary Mara Quell said the frigates would be ready by 2031.",
                "Varne Shipbuilding, the Busan-based yard that will build the frigates, said in a statement that "
                "the first keel would be laid in the autumn. Its president, Kenji Morrow, said the company would "
                "hire 800 welders.",
            ),
            [
                ("Mara Quell", "official", "Philippines"),
                ("Varne Shipbuilding", "institution", ""),  # was a person ("other")
                ("Kenji Morrow", "other", "Varne Shipbuilding"),  # was of "Philippine Defence"
            ],
        ),
        (
            ("Ostland's Joint Headquarters in Tarsk said it was tracking two foreign submarines off the coast.",),
            [("Joint Headquarters", "institution", "")],  # was a person of "Tarsk"
        ),
    ],
)
def test_a_yard_or_a_headquarters_speaks_as_a_body(nlp, paragraphs, expected):
    assert profiles(nlp, *paragraphs) == expected
