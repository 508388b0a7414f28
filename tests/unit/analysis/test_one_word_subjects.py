"""A "he" or "she" of a cue after a sentence about someone named by one word that the recogniser did not take for a
person (a name the article gave a person before, or one whose sentence has "himself" or "herself"): that person
speaks, not the one named or quoted before (one_word_subjects.py). Fictional text."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_son_named_before_by_his_given_name_is_the_next_he(nlp):
    rows = said_by(
        nlp,
        "Abeba Tesfalem-Rusk and her son Dawit, 16, came from Eritrea two winters ago. "
        f"{L}We had nothing,{R} Tesfalem-Rusk says. Dawit smiles at that. "
        f"{L}The coach says a lot of words that are not in the textbook,{R} he says.",
    )
    assert ("Dawit", f"{L}The coach says a lot of words that are not in the textbook,{R}") in rows, rows


def test_a_surname_whose_sentence_says_herself_is_the_next_she(nlp):
    rows = said_by(
        nlp,
        "Tomas Arvelund, the chef, said the kitchen was short of staff.",
        f"A waiter said the owner was never happier. Brantoft-Lind ran the pass herself. {L}I like being busy,{R} "
        "she said.",
    )
    assert ("Brantoft-Lind", f"{L}I like being busy,{R}") in rows, rows


def test_a_surname_whose_sentence_says_himself_is_the_next_he(nlp):
    rows = said_by(
        nlp,
        f"{L}She owned that stage,{R} said Ilva Brantoft, the governor's campaign manager.",
        "Pell-Amadi did not come to the spin room. A campaign aide said the former ambassador was happy with his "
        f"night. Ruvane-Oakes worked the room himself. {L}I don't need a spin doctor,{R} he told reporters.",
    )
    assert ("Ruvane-Oakes", f"{L}I don't need a spin doctor,{R}") in rows, rows


def test_a_company_of_one_word_before_the_quotation_is_no_next_he(nlp):
    rows = said_by(
        nlp,
        "Tomas Arvelund, a union organiser, said talks had stalled.",
        f"Arvelund has worked at the plant for 20 years. Brennoch raised its offer on Friday. {L}It is not enough,{R} "
        "he said.",
    )
    assert ("Tomas Arvelund", f"{L}It is not enough,{R}") in rows, rows


def test_a_place_of_two_words_with_her_after_it_is_no_next_she(nlp):
    rows = said_by(
        nlp,
        "Odile Farrant-Sykes, a researcher, studies local papers. Brennoch County has had no paper since 2019, "
        f"according to her research. {L}That is what we mean by a news desert,{R} she says.",
    )
    assert ("Odile Farrant-Sykes", f"{L}That is what we mean by a news desert,{R}") in rows, rows
