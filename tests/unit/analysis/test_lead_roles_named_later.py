"""A lead that names a body's head by office alone ("Y's president said", "its director said") and a next paragraph
that names the holder (texts of our own): the lead's words are the holder's, and the body the lead names is the
holder's; "its" after the words said means their subject, not the body named last inside them."""

from __future__ import annotations

from tests.quoting import L, R, profiles_of, said_by


def test_a_university_president_named_in_the_second_paragraph_speaks_the_lead(nlp):
    rows = profiles_of(
        nlp,
        "The University of Ostervik's president said on Monday that the school would close its campus in Brenna "
        "unless the province doubled its grant for rural colleges.",
        "Halvard Moe, who has led the university since 2019, told the senate that enrolment in Brenna had fallen by "
        "half in five years.",
    )
    assert rows == [("Halvard Moe", "other", "University of Ostervik")] * 2


def test_a_museum_director_named_after_its_director_said(nlp):
    rows = profiles_of(
        nlp,
        "The Museum of the Northern Fjords will return four painted drums to the Saami Council of Varanger, its "
        "director said on Thursday.",
        "Director Ingeborg Lysne said the drums had been bought from a dealer in 1934 with no record of their owners.",
    )
    assert rows == [("Ingeborg Lysne", "other", "Museum of the Northern Fjords")] * 2


def test_an_analyst_in_the_next_paragraph_is_no_head_named_late(nlp):
    rows = profiles_of(
        nlp,
        "The Tarnby Rowing Federation's president said on Monday that the federation would move its regatta to "
        "Lake Orsa next summer.",
        "Petter Vaage, a sports economist at the University of Holmby, said such moves rarely cost a federation "
        "its sponsors.",
    )
    assert [speaker for speaker, _, _ in rows] == ["", "Petter Vaage"]


def test_an_ombudsman_named_after_a_lead_that_gave_the_broadcasters_ombudsman(nlp):
    rows = profiles_of(
        nlp,
        "Kanal Vestby's ombudsman on Tuesday upheld a complaint against a report on wind farms, the third ruling "
        "against the broadcaster's evening news this year.",
        "In a nine-page finding, ombudsman Sigrid Haugland said the report had left out the views of the farmers "
        "who leased their land to the turbines.",
    )
    assert rows == [("Sigrid Haugland", "other", "Kanal Vestby")]


def test_a_chairwoman_of_a_named_body_in_the_lead_is_who_the_next_paragraph_names(nlp):
    """ "The chairwoman of X told …": the office and its body after "of"; the holder named after the quotation that
    opens the next paragraph."""
    rows = said_by(
        nlp,
        "KELDORF, S.D. — The chairwoman of the Pell Lake Nation told state regulators on Monday that a proposed "
        "gas line would cross the aquifer that feeds the nation’s only wells.",
        f"{L}We have one aquifer and no second chance,{R} Chairwoman Renata Oxley-Thunder told the commission at a "
        "hearing that ran past midnight.",
    )
    assert [speaker for speaker, _ in rows] == ["Renata Oxley-Thunder"] * 2


def test_the_chairwoman_of_a_body_in_the_lead_is_no_one_named_next_with_no_tie_to_it(nlp):
    rows = said_by(
        nlp,
        "The chairwoman of the Pell Lake Nation told state regulators on Monday that a proposed gas line would cross "
        "the aquifer that feeds the nation’s only wells.",
        "Renata Oxley-Thunder told the commission at a hearing that the line would be the third in ten years.",
    )
    assert rows[0][0] == ""


def test_the_head_of_a_body_in_the_lead_is_no_one_from_another_body_named_next(nlp):
    rows = said_by(
        nlp,
        "The chairman of the Hollin Valley Water Board told residents on Monday that rates would rise by a fifth.",
        "Greta Sandoval-Pim, of the Marsh Street Tenants League, said the increase would fall hardest on renters.",
    )
    assert rows[0][0] == ""
