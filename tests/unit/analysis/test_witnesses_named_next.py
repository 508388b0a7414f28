"""A witness described in one sentence and named in the next as the subject of another verb of speech is that
person (witnesses_named_next)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_described_witness_is_the_person_named_in_the_next_sentence(nlp):
    rows = said_by(
        nlp,
        "A retired ferry engineer told a coroner’s jury in Pellham Cove on Monday that the bilge alarm had been "
        "switched off for a week. Orrin Castellane, who worked on the vessel for 12 years, said he had reported the "
        "fault twice.",
    )
    assert ("Orrin Castellane", "the bilge alarm had been switched off for a week") in rows


def test_a_title_may_stand_before_the_name(nlp):
    rows = said_by(
        nlp,
        "A provincial constable testified Thursday that she found the gate of the quarry unlocked. Const. Mirela "
        "Vaszko told the inquiry she had called for backup at once.",
    )
    assert ("Mirela Vaszko", "she found the gate of the quarry unlocked") in rows


def test_not_when_the_witness_spoke_of_the_person_named_next(nlp):
    rows = said_by(
        nlp,
        "A neighbour told the court that she saw Dorrit Halvane leave the house at midnight. Halvane testified that "
        "she had been asleep by ten.",
    )
    assert ("Dorrit Halvane", "she saw Dorrit Halvane leave the house at midnight") not in rows


def test_not_a_description_with_the_after_a_person_was_named(nlp):
    rows = said_by(
        nlp,
        "Orla Vantreight spoke to investors in Tarrow on Monday.",
        "The businesswoman said the harbour economy would grow by 3 percent. Vantreight said she was not happy with "
        "those numbers.",
    )
    assert ("Orla Vantreight", "the harbour economy would grow by 3 percent") not in rows
