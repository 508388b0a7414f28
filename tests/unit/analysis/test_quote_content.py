"""What was said when the parser hangs it away from the cue: a "that" clause after adverbials, a clause opened by
"for", an object holding a quotation (real pipeline; fictional people and places)."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


def test_a_that_clause_after_when_and_how_it_was_said_is_what_was_said(nlp):
    rows = said_by(
        nlp,
        "The Harbour Board barely four days ago said in public for the first time that the tide gauges had been "
        "misread for years.",
        "The transport ministry said on Tuesday for the first time that the new bridge would open in the spring.",
    )
    assert rows == [
        ("Harbour Board", "the tide gauges had been misread for years"),
        ("transport ministry", "the new bridge would open in the spring"),
    ]


def test_a_that_clause_after_a_long_adverbial_or_parsed_as_a_relative_clause_is_what_was_said(nlp):
    rows = said_by(
        nlp,
        "Ada Brenn said earlier on Friday during a long news conference in the harbour that she may wait until the "
        "spring to decide.",
        "Councillor Ada Brenn predicted at the last council debate that the islanders will reject the bridge if the "
        "ferry fares rise.",
    )
    assert rows == [
        ("Ada Brenn", "she may wait until the spring to decide"),
        ("Ada Brenn", "the islanders will reject the bridge if the ferry fares rise"),
    ]


def test_a_that_clause_of_an_object_is_not_what_was_said(nlp):
    rows = said_by(nlp, "In a short interview, Ada Brenn rejected the idea that the closure amounted to a defeat.")
    assert rows == []


def test_a_that_clause_of_what_the_cue_answers_is_not_what_was_said_but_that_of_a_statement_is(nlp):
    rows = said_by(
        nlp,
        "Halden Foods and its founder in 2009 agreed to a settlement with the attorney general over allegations that "
        "the firm falsely marketed its supplements as cures.",
        "Tom Reyes responded on Friday to reports that the mayor planned to sell the ferry.",
        "Ada Brenn, who chairs the harbour board, said in a statement that the ferry would keep running all winter.",
    )
    assert rows == [("Ada Brenn", "the ferry would keep running all winter")]


def test_calling_for_something_to_happen_reports_the_whole_clause(nlp):
    rows = said_by(nlp, "Councillor Ada Brenn has repeatedly called for the old mill to become a public library.")
    assert rows == [("Ada Brenn", "the old mill to become a public library")]


def test_calling_someone_a_quoted_name_reports_the_object_and_the_name(nlp):
    rows = said_by(
        nlp,
        'Tom Reyes has repeatedly attacked the mainland ferry company, calling island-bound drivers "hostages" and '
        "fools and threatening to sue the port.",
    )
    assert rows == [
        ("Tom Reyes", 'island-bound drivers "hostages" and fools'),
        ("Tom Reyes", "to sue the port"),
    ]


def test_a_dateline_opening_the_paragraph_is_no_part_of_what_was_said(nlp):
    rows = said_by(
        nlp,
        "HALIFAX \u2014 The province will spend $40 million on new ferries this year, Transport Minister Ada Brenn "
        "announced Thursday.",
    )
    assert rows == [("Ada Brenn", "The province will spend $40 million on new ferries this year")]


def test_a_cue_tagged_as_a_participle_but_with_a_subject_is_a_cue(nlp):
    rows = said_by(
        nlp,
        "Tom Reyes runs the island's only bakery.",
        "\u201cThe ferry plan failed and the bridge plan failed, so nothing will change,\u201d Reyes tweeted on "
        "Wednesday.",
    )
    assert rows == [
        ("Tom Reyes", "\u201cThe ferry plan failed and the bridge plan failed, so nothing will change,\u201d"),
    ]


def test_a_name_after_the_closing_mark_speaks_though_the_parser_joins_its_cue_to_the_quotation(nlp):
    rows = said_by(
        nlp,
        "Lucia Ramos has run the ferry cafe for twenty years. Her brother Tom sold it last spring.",
        "\u201cWe should have stopped the plan at the very beginning,\u201d Ramos, 58, told the Gazette in an "
        "interview in Halifax on Monday.",
    )
    assert rows == [("Lucia Ramos", "\u201cWe should have stopped the plan at the very beginning,\u201d")]


def test_an_amount_in_millions_ends_its_sentence_and_the_next_speaker_is_their_own(nlp):
    rows = said_by(
        nlp,
        "Storm claims at Halden Re reached $640m. \u201cWe had set aside far less than that,\u201d said Priya Nair, "
        "the insurer's finance director.",
    )
    assert [sent.text for sent in nlp("Claims reached $640m. Reserves were too small.").sents] == [
        "Claims reached $640m.",
        "Reserves were too small.",
    ]
    assert rows == [("Priya Nair", "\u201cWe had set aside far less than that,\u201d")]


def test_according_to_parsed_as_the_root_reports_the_clause_after_its_comma(nlp):
    assert said_by(nlp, "According to radio host Sven Dahl, the move smacks of panic and desperation.") == [
        ("Sven Dahl", "the move smacks of panic and desperation")
    ]


def test_according_to_leaves_a_joined_clause_with_a_cue_of_its_own_to_that_cue(nlp):
    rows = said_by(
        nlp,
        "Ingrid Halvorsen leads Olav Berg by 120 votes according to a count by the Coast Gazette, but Berg has "
        "vowed to fight on until the last ballot is counted.",
    )
    assert rows == [
        ("Coast Gazette", "Ingrid Halvorsen leads Olav Berg by 120 votes"),
        ("Olav Berg", "to fight on until the last ballot is counted"),
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Councillor Tom Reyes said the budget would pass easily and walked out of the meeting.",
            "the budget would pass easily",
        ),
        (
            "Mayor Ann Ross has said that it would be \u201cvery hard\u201d for the ferry to run all winter, but "
            "downplayed the issue on Monday.",
            "it would be \u201cvery hard\u201d for the ferry to run all winter",
        ),
        ("Ada Brenn said the ferry would be late and cost more.", "the ferry would be late and cost more"),
    ],
)
def test_a_past_verb_joined_to_a_clause_of_would_is_what_the_speaker_did_not_what_was_said(nlp, text, said):
    assert [quote for _, quote in said_by(nlp, text)] == [said]


def test_a_verb_of_saying_joined_to_a_clause_of_would_says_something_of_its_own(nlp):
    assert said_by(nlp, "Tom Reyes said the plan would fail and warned that taxes would rise next year.") == [
        ("Tom Reyes", "the plan would fail"),
        ("Tom Reyes", "taxes would rise next year"),
    ]


def test_a_past_participle_in_a_list_of_things_after_would_stays_in_what_was_said(nlp):
    said = said_by(nlp, "Ann Ross said a new council would bring better jobs, renovated schools, and repaired roads.")
    assert [quote for _, quote in said] == [
        "a new council would bring better jobs, renovated schools, and repaired roads"
    ]


def test_a_condition_opening_what_was_said_keeps_its_if(nlp):
    rows = said_by(
        nlp,
        "Councillor Otto Brandt said if elected he would close the toll road before the winter.",
        "Councillor Lena Fisk warned that unless the levy falls, the growers of Dovermoor will leave the valley.",
    )
    assert rows == [
        ("Otto Brandt", "if elected he would close the toll road before the winter"),
        ("Lena Fisk", "unless the levy falls, the growers of Dovermoor will leave the valley"),
    ]


def test_an_opening_before_a_cue_set_off_inside_the_clause_is_part_of_what_was_said(nlp):
    rows = said_by(
        nlp,
        "If she becomes mayor, Lena Fisk suggested, farmers in Dovermoor will not be fined for selling at the market.",
    )
    assert rows == [
        ("Lena Fisk", "If she becomes mayor farmers in Dovermoor will not be fined for selling at the market")
    ]
