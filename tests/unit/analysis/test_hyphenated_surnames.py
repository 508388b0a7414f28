"""A double-barrelled surname the recogniser left untagged is the person who bears it, not another person who bears
one of its parts: a fictional feature."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by


@pytest.mark.parametrize(
    ("author", "mother"), [("Grace Okafor-Lund", "Ngozi Lund"), ("Ruth Eze-Palmer", "Adaeze Palmer")]
)
def test_a_double_barrelled_surname_is_not_the_person_with_its_last_part(nlp, author, mother):
    """ "“…,” Okafor-Lund recalls. Her mother, Ngozi Lund, …": the parser made "Lund" the head of the untagged
    surname; the poet said it, not her mother."""
    surname = author.split()[1]
    rows = said_by(
        nlp,
        f"{author}, 38, wrote her first book of poems in a rented room in Regina. {L}I wrote every morning before "
        f"work,{R} she says.",
        f"Not everyone in her family liked the book. {L}My aunt called me and said, {chr(0x2018)}You have told the "
        f"whole street our business,{chr(0x2019)}{R} {surname} recalls. Her mother, {mother}, read it twice.",
    )
    assert [speaker for speaker, _ in rows] == [author, author]
