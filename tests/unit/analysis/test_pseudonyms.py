"""A name a story gives someone in place of their own, said so right after it ("Amal, not her real name,", "Karim (not
his real name)", "Nour, a pseudonym,"), is a person's, whatever the recogniser made of it (pseudonyms)."""

from __future__ import annotations

import pytest

from dashboard.analysis.entities import entity_rows
from tests.quoting import said_by

MINISTER = "The minister, Dalia Ferreiro-Okot, said the country had done its share. “We are not rich,” she said."


def test_a_pseudonym_before_not_her_real_name_speaks_after_another_woman(nlp):
    said = said_by(
        nlp,
        MINISTER,
        "Amal, not her real name, arrived in Tessaly in May with her two daughters. She asked that her name be changed "
        "because her husband is still in the north. “I do not know if he is alive,” she said.",
    )
    assert ("Amal", "“I do not know if he is alive,”") in said, said


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Amal, not her real name, arrived in Tessaly in May.", "Amal"),
        ("Karim Haddou (not his real name) crossed the river in March.", "Karim Haddou"),
        ("Nour, a pseudonym, crossed the river in March.", "Nour"),
        ("When Amal, whose name has been changed, reached the camp, it was dark.", "Amal"),
    ],
)
def test_a_pseudonym_is_tagged_a_person(nlp, text, name):
    rows = entity_rows("a", [nlp(text)])
    assert {"text": name, "label": "PERSON"}.items() <= next((r for r in rows if r["text"] == name), {}).items(), rows
