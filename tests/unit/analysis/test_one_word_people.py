"""A speaker cued by one word that the rules took for a body, though the article shows a person there (a word for a
person set off after it, a "he" or "she" reporting their own words, a body they are "of"): the "he" or "she" of the
next cue picks them up, not a person named further back (one_word_people.py). Fictional text."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_given_name_set_off_by_a_word_for_a_person_is_the_next_he(nlp):
    rows = said_by(
        nlp,
        "Ysolde Penhallow-Vance, the mine's owner, said the offer was final.",
        f"Themba, a crane operator of 12 years, said he earned too little. {L}They can afford new offices but not "
        f"us,{R} he said.",
    )
    assert ("Themba", f"{L}They can afford new offices but not us,{R}") in rows, rows


def test_a_surname_whose_reported_words_have_he_as_subject_is_the_next_he(nlp):
    rows = said_by(
        nlp,
        "Tomas Arvelund, a rival, said the debate changed nothing.",
        f"Ruvane-Oakes told supporters before dawn that he had won the debate. {L}Nobody else showed up,{R} he wrote.",
    )
    assert ("Ruvane-Oakes", f"{L}Nobody else showed up,{R}") in rows, rows


def test_a_surname_set_off_as_one_of_a_body_is_the_next_she(nlp):
    rows = said_by(
        nlp,
        f"Tamsin Lanvier-Osk has farmed here for 30 years. {L}We will manage,{R} she says.",
        "Hollin-Marsh, of the growers' union, says the trade will survive. Some members have started pressing a "
        "new cider, she says.",
    )
    assert ("Tamsin Lanvier-Osk", f"{L}We will manage,{R}") in rows, rows
    assert rows[-1][0] == "Hollin-Marsh", rows


def test_a_company_of_one_word_is_no_next_he(nlp):
    rows = said_by(
        nlp,
        "Tomas Arvelund, the chief executive of Brennoch, said sales had slowed.",
        f"Brennoch said profit fell by a third. {L}We expected a hard year,{R} he said.",
    )
    assert ("Tomas Arvelund", f"{L}We expected a hard year,{R}") in rows, rows
