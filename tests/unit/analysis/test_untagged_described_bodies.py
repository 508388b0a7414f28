"""An untagged name that an apposition right after it calls a body speaks as that organisation."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_an_untagged_name_called_the_company_after_it_speaks_as_the_company(nlp):
    """ "Atlantic Student Coach, the company that …, says": read alone, "Student Coach" passed for a title of
    "Atlantic" and the name spoke as an unnamed coach; the apposition says it is a company."""
    paragraph = (
        "Three mornings out of five, the bus has not come. Atlantic Student Coach, the company that holds the busing "
        "contract for the district, says it is short 31 drivers across the province."
    )
    assert [(s, k) for s, k, _ in profiles_of(nlp, paragraph)] == [("Atlantic Student Coach", "institution")]


def test_a_name_tagged_a_person_keeps_its_apposition_as_a_description(nlp):
    """ "Maren Holt, the agency's director, said": the apposition's head is a role, not a body; the person speaks."""
    paragraph = "Maren Holt, the agency's director, said the office would reopen in May."
    assert [s for s, _, _ in profiles_of(nlp, paragraph)] == ["Maren Holt"]
