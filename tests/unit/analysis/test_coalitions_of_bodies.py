"""A coalition or an alliance of bodies that the article does not name speaks as a group (an unnamed source), not as a
body called "coalition" or "alliance"; one with a name is that body (fictional text)."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def test_a_coalition_of_agencies_is_an_unnamed_group(nlp):
    rows = quote_rows_of(
        nlp,
        "Criminal gangs have been selling stolen patient records on at least four forums, a coalition of data "
        "protection agencies said on Thursday.",
    )
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [("", "unnamed")]


def test_an_alliance_of_tenant_groups_is_an_unnamed_group(nlp):
    rows = quote_rows_of(
        nlp,
        "An alliance of tenant groups warned that the new rents would push hundreds of families out of the district.",
    )
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [("", "unnamed")]


def test_a_coalition_set_beside_its_name_is_that_body(nlp):
    rows = quote_rows_of(
        nlp,
        "A coalition of 30 patient groups, the Open Records Alliance, said its lawyers had found the leaked files on "
        "two forums.",
    )
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [("Open Records Alliance", "institution")]
