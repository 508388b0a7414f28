"""A bare title ("the senator") goes to the person the stretch of text it stands in is about, not to another holder
of that title the article named earlier (stretch_subjects.py); a "former" before the title is no title by itself
(role_holders.py)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by

EARLIER = "Sen. Dale Orrick of Vermont praised the dairy bill on Tuesday."


@pytest.mark.parametrize(
    "paragraph",
    [
        (  # the subject of the sentence the title closes
            "Harlan Voss defends his farm plan in a radio advertisement: "
            f"{L}Our growers deserve a fair price for their milk,{R} the senator says in the spot."
        ),
        (  # the subject of the sentence before, in the same paragraph
            "Harlan Voss toured a dairy barn near Millbrook on Friday. Greeted by a crowd of farmers, the senator "
            f"said his plan was {L}winning over the valley.{R}"
        ),
    ],
)
def test_the_title_is_the_person_the_stretch_is_about(nlp, paragraph):
    rows = said_by(nlp, EARLIER, paragraph)
    assert rows[-1][0] == "Harlan Voss"


@pytest.mark.parametrize(
    "paragraph",
    [
        # the stretch names the title's holder
        f"Harlan Voss met Sen. Dale Orrick in Millbrook on Friday. {L}We agree on milk prices,{R} the senator said.",
        # its subject is known by another office
        f"Gov. Harlan Voss toured a dairy barn on Friday. {L}We need the bill,{R} the senator said.",
        # the sentence before quotes its subject: her turn, not narration about her
        f"Nell Amos milks 90 cows. {L}We cannot wait another year,{R} she says. The senator says the bill will pass.",
    ],
)
def test_the_title_stays_with_its_earlier_holder_when_the_stretch_gives_it_no_one_else(nlp, paragraph):
    rows = said_by(nlp, EARLIER, paragraph)
    assert rows[-1][0] == "Dale Orrick"


def test_the_former_mayor_is_no_one_who_is_only_former_something_else(nlp):
    rows = said_by(
        nlp,
        "Mayor Tom Vance brought his father, Ray Vance, and the former school principal, Edna Marsh, to the rally.",
        f"{L}Labels are for jam jars,{R} the former mayor told the crowd.",
    )
    assert rows[-1][0] != "Edna Marsh"
