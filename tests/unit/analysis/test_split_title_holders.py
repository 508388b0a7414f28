"""A person named after a hyphenated title the tokenizer split ("co-chair" as "co", "-" and "chair") is the speaker,
where the parser made the title's front the cue's subject and hung the name on its back; a title set off before no
name is left alone (fictional text)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    ("text", "name", "said"),
    [
        (
            "The coalition says the county lost two clinics. Its co-chair, Hollis Vandermeer-Okoye, says patients "
            "drive an hour for care.",
            "Hollis Vandermeer-Okoye",
            "patients drive an hour for care",
        ),
        (
            "The league says the province cut its grant. Its co-chair, Bettina Ashgrove-Kamara, says volunteers run "
            "the food bank every weekend.",
            "Bettina Ashgrove-Kamara",
            "volunteers run the food bank every weekend",
        ),
        (
            "The network says the region lost 900 beds. Its co-chair, Emeric Tallowby-Nasser, says nurses work "
            "double shifts every week.",
            "Emeric Tallowby-Nasser",
            "nurses work double shifts every week",
        ),
        (
            "The committee says the plant must close. Its co-chair, Bettina Ashgrove-Kamara, said the workers "
            "deserve a plan.",
            "Bettina Ashgrove-Kamara",
            "the workers deserve a plan",
        ),
    ],
)
def test_the_name_after_a_split_hyphenated_title_speaks(nlp, text, name, said):
    assert (name, said) in said_by(nlp, text)


def test_a_split_title_set_off_before_no_name_gives_no_speaker(nlp):
    rows = said_by(nlp, "The tenants say the lift is broken. Its co-chair, a retired nurse, says repairs are late.")
    assert all("nurse" not in speaker and speaker != "co" for speaker, _ in rows)
