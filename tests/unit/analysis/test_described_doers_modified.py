"""A bare description of a doer after a quotation goes on to the person the paragraph is about, also when a hyphen
joins its words ("the left-hander") or a capitalised word that names nothing modifies it ("the former Test bowler")."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_hyphenated_description_is_the_subject_of_the_sentence_before(nlp):
    """ "X declined to discuss it. “…,” the left-hander said": the hyphen is part of the word, no more than "the
    left hander" would be."""
    said = said_by(
        nlp,
        "Kent captain Harry Dole declined to discuss the umpiring. “That is a matter for others. We have a game "
        "on Friday,” the left-hander said.",
    )
    assert ("Harry Dole", "“That is a matter for others. We have a game on Friday,”") in said


def test_a_capitalised_word_that_names_nothing_keeps_the_description_bare(nlp):
    """ "X said …. “…,” the former Test bowler said": "Test" is a kind of match, no person's or body's name."""
    said = said_by(
        nlp,
        "Players’ association chief Dana Pellow said the new schedule was “far too crowded”. “Nobody wants to see a "
        "tired attack in the fifth match,” the former Test bowler said.",
    )
    assert ("Dana Pellow", "“Nobody wants to see a tired attack in the fifth match,”") in said


def test_a_capitalised_name_before_the_noun_ties_the_description_to_it(nlp):
    """ "“…,” the Liverpool supporter said" is one of the city's or the club's fans, no description of the councillor
    who spoke before: the word is a name."""
    said = said_by(
        nlp,
        "Ward councillor Ann Roe said the vote was “a shame”. “I will not forget this,” the Liverpool supporter said.",
    )
    assert ("Ann Roe", "“I will not forget this,”") not in said


def test_the_sentence_before_a_quotation_of_several_sentences_is_before_its_description(nlp):
    """ "X turned the offer down. “…. …,” the pharmacist said": the parser begins the description's sentence inside
    the quotation, but the sentence the writer set before it is the one before the opening mark."""
    said = said_by(
        nlp,
        "Chemist Priya Osei turned the offer down on Monday. “I have run this shop for twenty years. I am not selling "
        "it now,” the pharmacist said.",
    )
    assert ("Priya Osei", "“I have run this shop for twenty years. I am not selling it now,”") in said
