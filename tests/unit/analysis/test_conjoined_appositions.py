"""A name set off after the role it names (texts of our own): "the Chair of the Assembly, X Y Z of Belmora, said" is
the person speaking, though the recogniser may stop before the name's last word and the parser join the name to the
role, or to the body of the role, as a second item of a list."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_name_joined_to_the_role_as_in_a_list_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Opening the session, the Chair of the Assembly, Teodora Vasquez Ruelas of Belmora, said her government had "
        "sent two more field hospitals.",
    )
    assert [speaker for speaker, _ in rows] == ["Teodora Vasquez Ruelas"]


def test_a_name_the_recogniser_cut_before_its_last_word_is_whole(nlp):
    rows = said_by(
        nlp,
        "Speaking for her country, the President of the Council, Ximena Paredes Loayza of Peru, said her government "
        "had sent two field hospitals.",
    )
    assert [speaker for speaker, _ in rows] == ["Ximena Paredes Loayza"]


def test_two_people_joined_by_and_stay_a_list(nlp):
    rows = said_by(
        nlp,
        "The co-chairs of the Assembly, Teodora Vasquez of Belmora and Ingrid Solhaug of Norway, said the fund "
        "would be doubled.",
    )
    assert "Teodora Vasquez" not in [speaker for speaker, _ in rows]
