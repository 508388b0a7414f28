"""A miner named again without the metal its name ends with ("Coldwater Ridge said" after "Coldwater Ridge Zinc"),
the short name tagged a person's, speaks as the miner under its full name, and its officer tied to it by "Its" is the
miner's; a short name of a company whose name ends in no metal stays as written. Fictional texts throughout."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_a_zinc_miner_called_back_without_its_metal_speaks_under_its_full_name(nlp):
    found = profiles_of(
        nlp,
        "The regulator ordered Coldwater Ridge Zinc to stop adding waste to a tailings dam at its mine.",
        "Coldwater Ridge said it would move its waste to a second dam.",
        "Its chief operating officer, Declan Forsyth-Mara, said the company had found the leak itself.",
    )
    assert found == [
        ("Coldwater Ridge Zinc", "institution", ""),
        ("Declan Forsyth-Mara", "other", "Coldwater Ridge Zinc"),
    ]


def test_a_copper_miner_called_back_without_its_metal_is_one_speaker(nlp):
    found = profiles_of(
        nlp,
        "Quarry Bend Copper said on Monday it would close its mine near Tete for a month.",
        "Quarry Bend said the closure would cut output by a tenth this year.",
    )
    assert found == [("Quarry Bend Copper", "institution", ""), ("Quarry Bend Copper", "institution", "")]


def test_a_short_name_of_a_company_whose_name_ends_in_no_metal_stays_as_written(nlp):
    found = profiles_of(
        nlp,
        "The regulator ordered Coldwater Ridge Haulage to stop driving trucks through the town at night.",
        "Coldwater Ridge said it would move its trucks to a new road.",
    )
    assert found == [("Coldwater Ridge", "institution", "")]
