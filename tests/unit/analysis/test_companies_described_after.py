"""A name of two words the recogniser took for a person, set before an apposition with a company's noun ("X, a private
hospital group that runs 84 hospitals, said"), is the company speaking as itself (real pipeline, fictional texts)."""

from __future__ import annotations

from dashboard.analysis.entities import entity_rows
from tests.quoting import profiles_of


def test_a_name_described_after_it_as_a_hospital_group_speaks_as_an_institution(nlp):
    profiles = profiles_of(
        nlp,
        "Carvello Kliniken, a private hospital group that runs 40 hospitals, said it would close two wards in "
        "the spring.",
    )
    assert profiles == [("Carvello Kliniken", "institution", "")]


def test_a_person_described_after_the_name_by_a_role_stays_a_person(nlp):
    profiles = profiles_of(nlp, "Anna Roth, the company's founder, said the wards would stay open.")
    assert profiles == [("Anna Roth", "other", "")]


def _labels(nlp, text: str) -> dict[str, str]:
    """The label of each entity of a one-paragraph article."""
    return {row["canonical"]: row["label"] for row in entity_rows("test-article", [nlp(text)])}


def test_a_group_described_after_the_body_a_person_belongs_to_leaves_the_person_a_person(nlp):
    """The parser may hang the apposition of a body ("…, a group of young poets") on the person's name; it is not
    set right after the name, and it names a group of people, so it makes the person no company."""
    labels = _labels(
        nlp, "Tomas Vell, a member of the Quillpost, a group of young poets, said that the mood had changed."
    )
    assert labels["Tomas Vell"] == "PERSON"


def test_a_person_set_beside_a_body_named_with_a_company_noun_stays_a_person(nlp):
    """ "The director of the Baltic Policy Centre, X," : the name is set beside the body's name, not beside a
    company's common noun ("The airline, X,")."""
    labels = _labels(
        nlp,
        "The director of the Baltic Policy Centre, Ina Lorenz, told reporters her office had no contract with Vance "
        "or Tull and had paid the consultants itself.",
    )
    assert labels["Ina Lorenz"] == "PERSON"
