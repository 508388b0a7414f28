"""A body whose name the recogniser tags as a person's, a nationality or nothing speaks as itself when the page writes
the name right after "the" ("The Sahel Concord said"), or after "the" and lower-case words ending in a body's noun
("The growers' lobby X said", "The opposition X said"): a person takes no article before the name. A person's noun or
title there ("the opposition leader X", "the veteran X"), a noun of a trade as much as of a body ("the forklift
operator X"), a name that modifies a noun ("the X campaign") and a plural name after "the" alone ("The Vaskos said", a
family) leave the speaker a person. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        (
            "The Sahel Concord said in a statement that its observers had seen no violence at the polls.",
            "Sahel Concord",
        ),
        ("The farmers' lobby Terravia Nord said the tariff would cost growers in the east dearly.", "Terravia Nord"),
        (
            "The opposition Renewal Democrats, who filed the appeal, said the verdict was a victory for voters.",
            "Renewal Democrats",
        ),
    ],
)
def test_a_name_written_after_the_is_a_body_speaking_as_itself(nlp, paragraph, speaker):
    assert (speaker, "institution", "") in profiles_of(nlp, paragraph)


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("The opposition leader Maribel Ostrand said the verdict was a victory for voters.", "Maribel Ostrand"),
        ("The veteran Volkmar Tessaly said the tariff would cost farmers in the east dearly.", "Volkmar Tessaly"),
        ("Ostrand said the verdict was a victory for voters, and the Ostrand campaign would now appeal.", "Ostrand"),
        ("The Vaskos said they would sell the farm next spring.", "Vaskos"),  # a family: a group of people
        ("The forklift operator Gus Pellin said the warehouse floor was flooded.", "Gus Pellin"),  # a trade, no body
        ("The tower crane operator Dale Brenner said the gusts were too strong to lift the beams.", "Dale Brenner"),
    ],
)
def test_a_person_described_after_the_stays_a_person(nlp, paragraph, speaker):
    assert [p for p in profiles_of(nlp, paragraph) if p[0] == speaker][0][1] != "institution"
