"""A given name the recogniser tagged apart before a surname that opens with an elided particle ("Marie-Thérèse" +
"d’Anglade") is one person with it (elided_given_names.py): she speaks, and "she said" after her is hers."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_hyphenated_given_name_and_an_elided_surname_are_one_speaker(nlp):
    rows = said_by(
        nlp,
        "Marie-Thérèse d’Anglade, who keeps goats near Quimperlé, said the subsidy would not change her sums. Cheese "
        "sells for nine euros a kilo, she said.",
    )
    assert [s for s, _ in rows] == ["Marie-Thérèse d’Anglade", "Marie-Thérèse d’Anglade"]


def test_a_prize_with_an_elided_word_is_no_person(nlp):
    doc = nlp("The film from Valmont won the Lion d’Argent at the festival.")
    assert not any(e.label_ == "PERSON" for e in doc.ents)
