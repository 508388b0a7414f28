"""A described speaker who gave a name of their own ("a spokesman, who gave his name as X,", "a woman who identified
herself as X") is that name; a clause that gives something else to a named person names no one (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, quote_rows_of, said_by


def test_a_spokesman_who_gave_his_name_is_that_name(nlp):
    rows = said_by(
        nlp,
        "A spokesman for the quarry, who gave his name only as Mr. Pellerin, said blasting would stop at six.",
    )
    assert [speaker for speaker, _ in rows] == ["Pellerin"]


def test_a_resident_who_gave_her_name_after_the_quote_is_that_name(nlp):
    rows = said_by(nlp, f"{L}Nobody told us the water was off,{R} said a tenant who gave her name as Dolores Varga.")
    assert [speaker for speaker, _ in rows] == ["Dolores Varga"]


def test_a_clerk_who_gave_a_file_to_someone_is_not_that_someone(nlp):
    rows = said_by(nlp, "A clerk who gave the permit to Ana Ruiz said the fee had been paid.")
    assert [speaker for speaker, _ in rows] == [""]


def test_a_name_set_off_after_a_role_to_a_capital_is_the_speaker(nlp):
    rows = quote_rows_of(
        nlp, "Ruritania's ambassador to Kyiv, Mehmet Aydin, said the grain talks would resume in Ankara next week."
    )
    assert [(r["speaker"], r["speaker_kind"], r["affiliation"]) for r in rows] == [
        ("Mehmet Aydin", "official", "Ruritania")
    ]


def test_a_name_set_off_after_a_role_keeps_that_role_when_named_again(nlp):
    rows = quote_rows_of(
        nlp,
        "Ruritania's ambassador to Kyiv, Mehmet Aydin, said the grain talks would resume in Ankara next week.",
        f"{L}The ships must sail,{R} Aydin said on Tuesday.",
    )
    assert [(r["speaker"], r["role"]) for r in rows] == [("Mehmet Aydin", "ambassador")] * 2


def test_an_untagged_full_name_of_another_given_name_is_not_the_one_known_by_the_surname(nlp):
    rows = said_by(nlp, "Tomas Ruiz opened the bakery in 2019.", f"{L}Flour is up,{R} Ana Ruiz said.")
    assert [speaker for speaker, _ in rows] == ["Ana Ruiz"]


def test_a_surname_alone_after_a_full_name_is_still_that_person(nlp):
    rows = said_by(nlp, "Tomas Ruiz opened the bakery in 2019.", f"{L}Flour is up,{R} Ruiz said.")
    assert [speaker for speaker, _ in rows] == ["Tomas Ruiz"]


def test_an_untagged_full_name_of_another_of_a_family_is_who_a_later_he_stands_for(nlp):
    rows = said_by(
        nlp,
        "His sister, Renata Bellamy, runs the canteen at the quarry.",
        "Shane Bellamy has driven the ore trucks there since he was 19. He drives the night shift now.",
        f"{L}I know every pothole on that road,{R} he says.",
    )
    assert [speaker for speaker, _ in rows] == ["Shane Bellamy"]


def test_a_leader_who_calls_himself_by_a_name_is_that_name_and_the_naming_says_nothing(nlp):
    rows = said_by(
        nlp,
        "In a video posted online, the gang’s leader, who calls himself Timo Rask-Varela, said his men would "
        "block the highway until the governor resigned.",
    )
    assert [speaker for speaker, _ in rows] == ["Timo Rask-Varela"]
