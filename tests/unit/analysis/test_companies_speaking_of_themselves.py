"""A company's name of two or three words that the recogniser tags as a person's speaks as the company when what it
says has "it" do what a company does with its own business ("X said it had agreed to buy two towers", "The owner, X,
said in a statement that it would appeal the fine"), and the chief executive "Its" then opens is its own. A name with
a given name the lexicon knows, or an "it" that only says how long or how much ("it would take years"), stays a
person's. Fictional texts throughout."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Dunmere Vasko said it would appeal the ruling.", "Dunmere Vasko"),
        (
            "The owner, Pescados Lurra, said in a statement that it would appeal the fine and pay the bond.",
            "Pescados Lurra",
        ),
        ("Ostmark Bostad said it had agreed to buy two towers from an insurer.", "Ostmark Bostad"),
    ],
)
def test_a_name_whose_it_does_a_company_s_business_is_the_company(nlp, paragraph, speaker):
    assert profiles_of(nlp, paragraph) == [(speaker, "institution", "")]


def test_its_chief_executive_then_works_there(nlp):
    profiles = profiles_of(
        nlp,
        "Ostmark Bostad said it had agreed to buy two towers.",
        "Its chief executive, Karin Holm, said the price was fair.",
    )
    assert profiles == [("Ostmark Bostad", "institution", ""), ("Karin Holm", "other", "Ostmark Bostad")]


@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("Karin Holm said it would appeal the ruling.", "Karin Holm"),
        ("The owner, Tabo Ngcuka, said it would take years to recover.", "Tabo Ngcuka"),
    ],
)
def test_a_person_s_name_stays_a_person_s(nlp, paragraph, speaker):
    assert profiles_of(nlp, paragraph) == [(speaker, "other", "")]
