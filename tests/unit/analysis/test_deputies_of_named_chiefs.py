"""A deputy introduced by the possessive of the chief who has just spoken ("The agency's chief, X, said … Her
deputy, Y, said …") is tied to the chief's organisation, as the reader takes it (last_speakers_company; texts of our
own)."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_her_deputy_is_tied_to_the_organisation_of_the_chief_who_spoke_before(nlp):
    rows = profiles_of(
        nlp,
        "The Chilean Space Agency will delay the launch of its first satellite by eighteen months, the agency said.",
        "The agency's chief, Pablo Ferreira, told a news conference that the mirror would be rebuilt.",
        '"I would rather explain a delay than a satellite that cannot see," Ferreira said.',
        "His deputy, Tomás Riquelme Arancibia, said engineers had found the cracks during vibration tests.",
    )
    assert rows[-1] == ("Tomás Riquelme Arancibia", "official", "Chilean Space Agency")


def test_a_deputy_of_a_chief_of_the_other_gender_is_tied_to_nothing(nlp):
    rows = profiles_of(
        nlp,
        "The agency's chief, Pablo Ferreira, told a news conference that the mirror would be rebuilt.",
        "Her deputy, Tomás Riquelme Arancibia, said engineers had found the cracks during vibration tests.",
    )
    assert rows[-1][2] == ""
