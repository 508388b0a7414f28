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


def test_the_ministers_deputy_is_tied_to_what_the_minister_was_tied_to(nlp):
    rows = profiles_of(
        nlp,
        "Ireland will stop paying buyers of electric buses next year, Ireland's energy ministry said on Friday.",
        "Energy Minister Laura Bexley-Hart said the money would go to charging depots instead.",
        "The minister's deputy, Colm Drennan, said 300 depots would open by the end of 2027.",
    )
    assert rows[-1] == ("Colm Drennan", "official", "Ireland's energy ministry")


def test_the_ministers_deputy_with_no_minister_before_is_tied_to_nothing(nlp):
    rows = profiles_of(
        nlp,
        "Ireland will stop paying buyers of electric buses next year, the government said on Friday.",
        "The minister's deputy, Colm Drennan, said 300 depots would open by the end of 2027.",
    )
    assert rows[-1][2] == ""
