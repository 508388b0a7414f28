"""A title of office before a name outweighs a description after it that ties the person to no body (fictional
text): the title says in what office the person speaks; a description that names a body keeps its place."""

from __future__ import annotations

from tests.quoting import profiles_of, said_by


def test_a_ministers_training_after_the_name_makes_no_analyst(nlp):
    profiles = profiles_of(nlp, "Finance Minister Ola Berg, an economist by training, said the budget would balance.")
    assert profiles == [("Ola Berg", "official", "")]


def test_a_union_presidents_trade_after_the_name_keeps_the_union(nlp):
    profiles = profiles_of(
        nlp, "Kellow Nurses Union president Ana Roos, a nurse for 20 years, said the strike would last for weeks."
    )
    assert profiles == [("Ana Roos", "other", "Kellow Nurses Union")]


def test_its_president_set_beside_the_name_outweighs_a_professorship(nlp):
    profiles = profiles_of(
        nlp,
        "The Velden Faculty Association said the cuts would hurt its members.",
        "Its president, Anders Brodin, a professor of history, said the union would not accept layoffs this year.",
    )
    assert profiles[1] == ("Anders Brodin", "other", "Velden Faculty Association")


def test_a_description_that_names_a_body_keeps_its_place(nlp):
    profiles = profiles_of(
        nlp, "Former Treasury Secretary Ola Berg, a senior fellow at the Halden Institute, said rates would fall."
    )
    assert profiles == [("Ola Berg", "analyst", "Halden Institute")]


def test_a_title_of_no_office_leaves_the_description(nlp):
    assert profiles_of(nlp, "Dr. Ana Roos, a surgeon at Kellow General Hospital, said the ward would close.") == [
        ("Ana Roos", "other", "Kellow General Hospital")
    ]


def test_a_past_office_before_the_name_leaves_the_present_one_after_it(nlp):
    profiles = profiles_of(
        nlp, "Former trade minister Ola Berg, now an opposition lawmaker, said the deal gave away too much."
    )
    assert profiles == [("Ola Berg", "official", "")]


def test_a_kinship_after_the_name_stays_for_a_later_mention(nlp):
    rows = said_by(
        nlp,
        "Another councillor, Tomas Quill, her brother, backs the quarry. He wants the jobs it brings to the reserve.",
        "Her brother says he will read the licence conditions before the band votes on them.",
    )
    assert ("Tomas Quill", "he will read the licence conditions before the band votes on them") in rows
