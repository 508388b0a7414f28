""" "The agency said" after a public body and a company described by its trade were named ("the regulator, the X
Council, cleared a tablet made by the drugmaker Y") is the public body: no one calls a drugmaker an agency
(named_last); with a company alone named, "the agency" stays that company."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_agency_after_a_regulator_and_a_drugmaker_is_the_regulator(nlp):
    paragraphs = (
        "Norway's medicines regulator, the Fjordane Drug Council, cleared a migraine tablet made by the drugmaker "
        "Halvard Pharma on Friday.",
        "The agency said the tablet had eased headaches within two hours for most patients in its trials.",
    )
    assert ("Fjordane Drug Council", "institution", "") in profiles_of(nlp, *paragraphs)
    assert not any(name == "Halvard Pharma" for name, _, _ in profiles_of(nlp, *paragraphs))
