"""A party description ("the Wisconsin Republican") names the one person the article gave that party and state, by
a legislator's label, the words before a name, an apposition or "of <state>"; it stays unnamed when two people fit
(fictional texts on the real pipeline)."""

from __future__ import annotations

from tests.quoting import quote_rows_of

_SAID = "\u201cThe bill is dead,\u201d the {} said."


def _speakers(nlp, *paragraphs: str) -> list[str]:
    return [row["speaker"] for row in quote_rows_of(nlp, *paragraphs)]


def test_a_state_and_party_pick_the_legislator_whose_label_gives_both(nlp):
    opening = "Sen. Dana Holt (R-Wis.) and Sen. Lena Park (D-Ohio) met on Monday."
    assert _speakers(nlp, opening, _SAID.format("Wisconsin Republican")) == ["Dana Holt"]
    assert _speakers(nlp, opening, _SAID.format("Ohio Democrat")) == ["Lena Park"]


def test_a_label_after_commas_and_a_two_word_state(nlp):
    opening = "Rep. Tom Vale, D-N.Y., and Rep. Lena Park, D-N.J., spoke in Trenton."
    assert _speakers(nlp, opening, _SAID.format("New Jersey Democrat")) == ["Lena Park"]


def test_the_party_before_a_name_and_the_state_of_an_apposition(nlp):
    opening = "Republican presidential candidate Tom Vale spoke in Des Moines. Sen. Lena Park (D-Ohio) watched."
    assert _speakers(nlp, opening, _SAID.format("Republican")) == ["Tom Vale"]
    described = "Tom Vale, a Democrat from Ohio, and Lena Park, a Democrat from Iowa, spoke in Des Moines."
    assert _speakers(nlp, described, "The Iowa Democrat said the plan would fail.") == ["Lena Park"]


def test_a_description_two_people_fit_stays_unnamed(nlp):
    both = "Sen. Dana Holt (R-Wis.) and Sen. Ed Moss (R-Wis.) met on Monday."
    assert _speakers(nlp, both, _SAID.format("Wisconsin Republican")) == [""]
    described = "Tom Vale, a Democrat from Ohio, and Lena Park, a Democrat from Iowa, spoke in Des Moines."
    assert _speakers(nlp, described, "The Democrat said the plan would fail.") == [""]


def test_the_party_itself_is_no_member_of_it(nlp):
    opening = "Sen. Tom Vale, R-Texas, spoke on Monday."
    assert _speakers(nlp, opening, _SAID.format("GOP")) == ["GOP"]


def test_a_description_after_a_name_is_the_person_just_named_whose_party_the_article_left_unsaid(nlp):
    rows = _speakers(
        nlp,
        "Mayor Ivo Brandt says the whole state is watching, and that he understands why voters are rattled by "
        "Republican Carl Sutter's remarks.",
        "In an interview on Thursday, the Wisconsin Republican said farmers wanted to know if the state was "
        "\u201cstill on their side.\u201d",
    )
    assert rows[-1] == "Ivo Brandt"


def test_the_state_of_a_label_set_before_a_description_is_no_person(nlp):
    rows = quote_rows_of(
        nlp,
        "Rep. Mirela Oakhurst, R-Utah, the chairwoman of the Rules Committee, said the deal was off. The Utah "
        "Republican added that talks would resume in March.",
    )
    assert [row["speaker"] for row in rows] == ["Mirela Oakhurst", "Mirela Oakhurst"]


def test_a_congressman_described_by_the_state_of_the_label_is_the_one_so_labelled(nlp):
    opening = "Rep. Osric Hallam, R-Texas, said the deal was a mistake. Rep. Dagny Ruel, D-Ohio, said it was fine."
    assert _speakers(nlp, opening, _SAID.format("Texas congressman"))[-1] == "Osric Hallam"
    assert _speakers(nlp, opening, _SAID.format("Ohio congresswoman"))[-1] == "Dagny Ruel"
    assert _speakers(nlp, opening, _SAID.format("Iowa congressman"))[-1] == ""


def test_a_state_seat_is_none_of_another_office_of_that_state(nlp):
    opening = "Gov. Petra Lune of Ohio said the plan was sound."
    assert _speakers(nlp, opening, _SAID.format("Ohio senator"))[-1] == ""
