"""Quotes of a thirteenth batch of blind long-form probes (longform_probes_thirteenth.py, Canadian news and features,
half in long blocks): the whole batch against its gold, whose count of wrong quotes may only go down, and the shapes
the batch found wrong and now right, each on its own."""

from __future__ import annotations

from tests.quoting import L, R, said_by, wrong_in_articles
from tests.unit.analysis.longform_probes_thirteenth import BILLETS, CRAB, EMERGENCY, PHONES, PIPELINE, STARTUP

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is an unnamed source. A split quote is one quote (its
#: first part is the anchor); "“…,” the statement said" is the organisation's, borderline (optional), and so is an
#: unnamed spokesperson's email and a participle clause after a direct quote.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "pipeline": [
        ("|Kiskatinaw River First Nation", "has not met its duty to consult", False),
        ("Roberta Nanjee", "They sent us a binder of 900 pages", False),
        ("Roberta Nanjee", "the nation has asked for a full environmental assessment", False),
        ("Lionel Gauthier", "the nation is not opposed to development", False),
        ("Lionel Gauthier", "We have a forestry company", False),
        ("Northern Crest Pipelines|Northern Crest", "held more than 60 meetings", False),
        ("Northern Crest Pipelines|Northern Crest", "construction would create about 1,200 jobs", False),
        ("|Claire Beaudoin", "takes its duty to consult seriously", True),
        ("Marguerite Apsassin", "the valley fed four families", False),
        ("Marguerite Apsassin", "My mother set the snares there", False),
        ("Tyler Apsassin", "his grandmother has testified at three hearings", False),
        ("Tyler Apsassin", "She tells the same story every time", False),
        ("Roberta Nanjee", "If we have to, yes", False),
        ("Lionel Gauthier", "the council will vote on a formal response", False),
        ("Lionel Gauthier", "Everybody in the community gets a say", False),
        ("Dwight Newbury", "courts have repeatedly found", False),
        ("Dwight Newbury", "The Crown can’t just listen", False),
        ("Northern Crest Pipelines|Northern Crest", "it would review the nation’s concerns", False),
        ("Roberta Nanjee", "that is what the company said last year", False),
    ],
    "emergency": [
        ("Heather", "the closures are the result of a staffing crisis", False),
        ("Heather", "We used to have nine full-time nurses", False),
        ("Heather", "nurses have been asked to work 16-hour shifts", False),
        ("Nova Scotia Health", "a last resort", False),
        ("Nova Scotia Health", "eight new nurses will start", False),
        ("Doug Kinsella", "a slow-motion emergency", False),
        ("Doug Kinsella", "People here are older", False),
        ("Pam Strickland", "I was doing 140 on the highway", False),
        ("Evelyn Strickland", "she does not blame the nurses", False),
        ("Evelyn Strickland", "They’re run off their feet", False),
        ("Heather", "she has thought about leaving", False),
        ("Heather", "I grew up here", False),
        ("Doug Kinsella", "council has offered a housing allowance", False),
        ("Brenda Kinsella", "she has been filling in at a walk-in clinic", False),
        ("Brenda Kinsella", "Doug says I retired", False),
        ("Doug Kinsella", "I honestly don’t know", False),
    ],
    "crab": [
        ("Rémi Chiasson", "We can’t pay our crews", False),
        ("Maxime Chiasson|Maxime", "he owes the bank $1.8 million", False),
        ("Maxime Chiasson|Maxime", "I did everything right", False),
        ("Fisheries and Oceans Canada", "the cut reflects a drop", False),
        ("Fisheries and Oceans Canada|", "The science is clear", True),
        ("Fisheries and Oceans Canada", "it had consulted the industry", False),
        ("Josée Robichaud", "the department’s survey missed two", False),
        ("Josée Robichaud", "They went out late", False),
        ("Josée Robichaud", "an independent review of the survey", False),
        ("Marc-André Pelletier", "the survey follows the same method", False),
        ("Marc-André Pelletier", "the department would meet with the association", False),
        ("Tanya Losier", "she had already started looking for work", False),
        ("Tanya Losier", "I’ve got two kids", False),
        ("Guy Mallet", "the cut will cost his plant", False),
        ("Guy Mallet", "I don’t have a choice", False),
        ("Rémi Chiasson", "the fleet would stay tied up", False),
        ("Rémi Chiasson", "We’ll sit here all spring", False),
    ],
    "phones": [
        ("Anita Kowalczyk", "the policy is about attention", False),
        ("Anita Kowalczyk", "Teachers told us they were losing", False),
        ("Brian Oduya", "impossible to enforce", False),
        ("Brian Oduya", "We’re asking teachers to be the phone police", False),
        ("Marie-Claude Sabourin", "she had heard from dozens of parents", False),
        ("Marie-Claude Sabourin", "If there’s a lockdown", False),
        ("Marie-Claude Sabourin", "the policy allows phones for medical needs", True),
        ("Jordan Petrakis", "a ban would push phone use into washrooms", False),
        ("Jordan Petrakis", "You’re not going to stop it", False),
        ("Lisa Wen", "she was relieved", False),
        ("Lisa Wen", "My daughter is 13", False),
        ("Anita Kowalczyk", "Not on the first offence", False),
        ("Anita Kowalczyk", "Then it goes to the office", False),
        ("Brian Oduya", "he would bring a motion", False),
        ("Anita Kowalczyk", "she would support a review", False),
        ("Jordan Petrakis", "students would be watching", False),
        ("Jordan Petrakis", "We’ll be back in June", False),
    ],
    "billets": [
        ("Ron Halvorsen", "He eats like three", False),
        ("Debbie Halvorsen", "the hardest part is not the cooking", False),
        ("Debbie Halvorsen", "It’s when they get traded", False),
        ("Mikael Lindqvist", "the Halvorsens are the reason", False),
        ("Mikael Lindqvist", "In September I was very homesick", False),
        ("Carla Deschamps", "the Comets need 26 homes", False),
        ("Carla Deschamps", "People are busier", False),
        ("Stan Petrowski", "a good billet family is worth more", False),
        ("Stan Petrowski", "I can tell within a week", False),
        ("Stan Petrowski", "the team checks in with every family", False),
        ("Ron Halvorsen", "they have kept in touch with all 14", False),
        ("Ron Halvorsen", "You get to watch a boy turn into a man", False),
        ("Debbie Halvorsen", "Fifteen, if you count Ron", False),
    ],
    "startup": [
        ("Ethan Boudreau", "We didn’t set out to build a company", False),
        ("Priya Raghunathan", "fishers were spending up to two hours", False),
        ("Priya Raghunathan", "These are people who work 18-hour days", False),
        ("Owen Lacasse", "the firm was drawn by how quickly", False),
        ("Owen Lacasse", "Usually the hardest sale in tech", False),
        ("Sunita Marchand", "We had one laptop that worked", False),
        ("Kevin Doucette", "the market for fisheries software is small", False),
        ("Kevin Doucette", "It’s a great product in a narrow pond", False),
        ("Priya Raghunathan", "We’re not a fishing app", False),
        ("Priya Raghunathan", "already testing its software with two ferry", False),
        ("Ethan Boudreau", "his uncle still uses the app", False),
        ("Ethan Boudreau", "He calls me when it crashes", False),
        ("Gilles Boudreau", "he has no complaints", False),
        ("Gilles Boudreau", "Just don’t tell Ethan that", False),
    ],
}

ARTICLES = {
    "pipeline": PIPELINE,
    "emergency": EMERGENCY,
    "crab": CRAB,
    "phones": PHONES,
    "billets": BILLETS,
    "startup": STARTUP,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 15 when the batch was written (blind); 10 after a given name joined by a hyphen ("Marie-Claude") was one
#: word of an untagged full name; 8 after "Fisheries and Oceans Canada", tagged from "Oceans", was the organisation
#: its first word stands for; 6 after a surname tagged a place in "That is how X answers the question" was the
#: person the article knows by it. 2 after a gold slip was mended: "His son, Maxime, 24," is named by his given name
#: alone, and GUIDELINES.md gives the name "as the article gives it most completely", so "Maxime" is right beside
#: the "Maxime Chiasson" the gold had guessed from his father (other batches already allow both, "Tyler|Tyler Paul").
#: 1 after a second gold slip was mended: "Leaders of the … First Nation say the federal government has not …" is a
#: group of people speaking, which GUIDELINES.md counts with no speaker's name (or the nation's, as an institution).
#: Left: "who asked that only her first name … be used" read as a request of speech (1; PolNeAR counts requests).
#: 0 as found by a later count (no mend of this batch's own): "who asked that only her first name … be used" is no
#: longer read as a request of speech.
WRONG_TODAY = 0


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong


def test_a_hyphenated_given_name_before_a_surname_taken_for_an_organisation_is_part_of_the_speakers_name(nlp):
    """ "Trustee Marie-Claude Sabourin said …" with only "Sabourin" tagged (an organisation) and "Marie", the hyphen
    and "Claude" hung on it: a given name joined by a hyphen with no space is one word of the name, so the speaker is
    Marie-Claude Sabourin, not "Claude Sabourin"."""
    rows = said_by(
        nlp,
        f"{L}We are asking teachers to be the phone police,{R} said Oduya. {L}They did not sign up for that.{R} "
        "Trustee Marie-Claude Sabourin said she had heard from dozens of parents worried about emergencies. "
        f"{L}If there is a lockdown, parents want to reach their kids,{R} Sabourin said.",
    )
    assert [speaker for speaker, _ in rows][-2:] == ["Marie-Claude Sabourin"] * 2


def test_a_department_whose_first_word_the_recogniser_left_out_speaks_from_the_first_sentence(nlp):
    """ "Fisheries and Oceans Canada said …" with only "Oceans Canada" tagged and "Fisheries" the subject: the word
    joined by "and" is part of the organisation's name (as the entities table already says), so the department
    speaks there and not only after it is called "the department"."""
    rows = said_by(
        nlp,
        "Fisheries and Oceans Canada says the stock of snow crab is at its lowest in a decade. The department said it "
        "had consulted fishers before the decision.",
    )
    assert [speaker for speaker, _ in rows] == ["Fisheries and Oceans Canada"] * 2


def test_a_surname_tagged_a_place_in_a_sentence_pointing_back_at_a_quotation_names_its_speaker(nlp):
    """A paragraph that is only a quotation, and the next opens "That is how Raghunathan answers the question." with
    "Raghunathan" tagged a place: the article knows the name as the person named in full before, so she is the one
    pointed back at, not the analyst who spoke before the quotation."""
    rows = said_by(
        nlp,
        "Priya Raghunathan and Ethan Boudreau founded the company in 2021. Halifax analyst Kevin Doucette says the "
        f"market is small. {L}It is a great product in a narrow pond,{R} he said.",
        f"{L}We are not a fishing app. We are a logbook for anything that moves on water.{R}",
        "That is how Raghunathan answers the question.",
    )
    assert [speaker for speaker, _ in rows] == ["Kevin Doucette", "Kevin Doucette", "Priya Raghunathan"]


def test_a_he_about_someone_else_does_not_outweigh_a_womans_given_name(nlp):
    """ "Ferreira suggested that he could not have seen the shove" (the "he" the witness of the sentence before) is
    one pronoun in a sentence that names only her; her given name tells she is a woman, and a pronoun vote short of
    an honorific does not overrule it, so the "she" who speaks two sentences on is she, not the accused named
    between them."""
    rows = said_by(
        nlp,
        "Under cross-examination, defence lawyer Maria Ferreira asked Tom Dunn how much he had had to drink. "
        f"{L}Five or six beers,{R} Dunn said. Ferreira suggested that he could not have seen the shove from "
        "where he stood.",
        "Crown attorney Peter Moss said Corey Blackwood had been warned twice. Ferreira countered that her client had "
        "been defending his brother, Shane Blackwood, who had been punched first. "
        f"{L}Corey stepped in because his brother was on the ground,{R} she said.",
    )
    assert rows[-1][0] == "Maria Ferreira"


def test_an_organisation_called_back_by_the_last_words_of_its_name_is_that_organisation(nlp):
    """ "The Peguis First Nation has sued …. In a statement, the First Nation said …" and "The Ontario Securities
    Commission …. The Commission said …": a name in capitals that ends exactly one longer organisation's name of the
    article is that organisation calling itself back, not an organisation named "First Nation" or "Commission"."""
    rows = said_by(
        nlp,
        "The Peguis First Nation has sued the province over the 2011 flood. In a statement, the First Nation said the "
        "flooding was preventable.",
        "The Ontario Securities Commission fined the dealer $2 million. The Commission said the dealer misled "
        "investors.",
    )
    assert [speaker for speaker, _ in rows] == ["Peguis First Nation", "Ontario Securities Commission"]
