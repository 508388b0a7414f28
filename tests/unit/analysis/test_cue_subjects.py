"""Who said it when the parser hangs the speaker's name away from the cue (texts of our own)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, quote_rows_of, said_by


def test_a_name_set_off_by_commas_before_the_cue_is_the_speaker(nlp):
    rows = quote_rows_of(
        nlp,
        "In a statement to the Harbour Gazette, her senior policy adviser, Jon Sellers, said: \u201cMayor Holt "
        "believes that the ferry is essential, and that the town is strongest when the islands are linked.\u201d",
    )
    assert [(row["speaker"], row["role"]) for row in rows] == [("Jon Sellers", "her senior policy adviser")]


def test_a_party_tag_in_brackets_between_the_name_and_the_cue_is_skipped(nlp):
    rows = quote_rows_of(
        nlp,
        "On Saturday at the party's spring convention Sen. Ellen Marsh (D-ME) said the governor was a \u201cproven "
        "failure\u201d in business.",
    )
    assert [(row["speaker"], row["speaker_kind"]) for row in rows] == [("Ellen Marsh", "official")]
    assert "convention" not in rows[0]["role"]


def test_as_reported_by_names_who_said_the_clause_around_it(nlp):
    rows = quote_rows_of(
        nlp,
        "As reported by the Harbour Gazette, the ferry company was told twice to repair the ramp before the storm.",
        "The town council started reserving the old cannery for the festival this week, as first reported by the "
        "Island Times on Tuesday.",
    )
    assert [(row["speaker"], row["speaker_kind"], row["quote"]) for row in rows] == [
        ("Harbour Gazette", "institution", "the ferry company was told twice to repair the ramp before the storm"),
        (
            "Island Times",
            "institution",
            "The town council started reserving the old cannery for the festival this week",
        ),
    ]


def test_a_statement_relayed_as_reported_by_a_paper_stays_its_speaker_s(nlp):
    rows = quote_rows_of(
        nlp,
        "\u201cWe will rebuild the pier before the summer season starts,\u201d Mayor Dana Holt said in an interview, "
        "as reported by the Harbour Gazette.",
    )
    assert [row["speaker"] for row in rows] == ["Dana Holt"]


def test_a_role_noun_right_before_a_name_is_the_person_s_role(nlp):
    rows = quote_rows_of(
        nlp,
        "Former Holt campaign pollster Vera Lindqvist was a guest on the evening show.",
        "The former pollster said the mayor would lose the island vote by a wide margin.",
    )
    assert [(row["speaker"], row["role"]) for row in rows] == [("Vera Lindqvist", "Former Holt campaign pollster")]


def test_a_quotation_after_a_cue_that_said_nothing_itself_is_that_speaker_s(nlp):
    rows = quote_rows_of(
        nlp,
        "Sam Lund, the communications director for the Island Party, said in a statement. \u201cThere are no paper "
        "ballots to recount. The caucus was a unique event that cannot be repeated.\u201d",
    )
    assert [(row["speaker"], row["direct"]) for row in rows] == [("Sam Lund", True)]
    assert rows[0]["quote"].startswith("\u201cThere are no paper ballots")


def test_a_quotation_after_a_quoted_sentence_goes_on_with_that_quote_not_a_cue_inside_it(nlp):
    rows = quote_rows_of(
        nlp,
        "\u201cWho is the real spendthrift here?\u201d said Vik Aalto, using a word the mayor has used to describe "
        "her rivals. \u201cThe mayor and her council passed budgets that emptied the harbour fund.\u201d",
    )
    assert [row["speaker"] for row in rows] == ["Vik Aalto"]


def test_a_participle_of_speech_inside_what_was_said_continues_the_speaker_s_quote(nlp):
    rows = quote_rows_of(
        nlp,
        "In an interview on Monday, Mayor Dana Holt said the process of drafting the budget could be "
        "\u201cmessy,\u201d adding, \u201cDemocracy is messy.\u201d",
    )
    assert [row["speaker"] for row in rows] == ["Dana Holt"]
    assert "Democracy is messy" in rows[0]["quote"]


def test_a_cue_inside_reported_speech_makes_no_quote_of_the_people_it_mentions(nlp):
    rows = quote_rows_of(
        nlp, "At one point, the mayor said harbour officials were calling \u201cevery fifteen minutes.\u201d"
    )
    assert len(rows) == 1
    assert rows[0]["quote"].startswith("harbour officials were calling")


def test_a_name_after_the_closing_mark_speaks_though_the_parser_makes_it_part_of_the_quotation(nlp):
    rows = quote_rows_of(
        nlp,
        "\u201cNobody says that everything is hunky-dory,\u201d Lucia Ramos, a senior Varga aide, said at a recent "
        "HARBOUR event on the economy in Halden.",
    )
    assert [(row["speaker"], row["quote"]) for row in rows] == [
        ("Lucia Ramos", "\u201cNobody says that everything is hunky-dory,\u201d")
    ]


def test_a_participle_continues_the_cue_it_hangs_on_not_the_cue_around_it(nlp):
    said = said_by(
        nlp,
        "Harbour commissioner Ada Brenholt spoke to the council on Monday.",
        "Brenholt cannot say that \u201cfrom where she sits,\u201d Pell Ostrander added, saying it should be "
        "\u201cup to the voters to decide the ferry fares.\u201d",
    )
    assert [who for who, words in said if words.startswith("it should be")] == ["Pell Ostrander"]


def test_a_name_after_the_closing_mark_hung_on_the_cue_as_a_noun_speaks(nlp):
    rows = quote_rows_of(
        nlp,
        '"There are a lot of quiet ferry voters," said Willa Kessler, a pollster and strategist who worked for the '
        "harbour board.",
        'Mayor Holt has begun to soften his tone. "Look at the statement Mr. Holt put out after the storm," Kessler '
        'notes. "It sounded calmer and more careful than his rally speeches."',
    )
    assert [row["speaker"] for row in rows] == ["Willa Kessler", "Willa Kessler"]


def test_a_surname_the_parser_took_for_an_adverb_before_the_cue_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Councillor Ann Jolly and Mayor Tom Reyes met voters in Lakeview on Tuesday.",
        "Jolly said she would be careful in cutting the county road budget because she worried about new waste.",
    )
    assert rows == [
        ("Ann Jolly", "she would be careful in cutting the county road budget because she worried about new waste")
    ]


def test_a_day_opening_the_sentence_before_a_verb_is_no_speaker(nlp):
    rows = said_by(
        nlp,
        "Wednesday added one more odd turn to the race: Mayor Ann Ross of Lakeview, a candidate with no path to a "
        "majority, naming Tom Reyes as her deputy.",
    )
    assert all(speaker != "Wednesday" for speaker, _ in rows)


@pytest.mark.parametrize("deed", ["attacked", "denounced"])
def test_a_cue_joined_to_a_series_of_deeds_is_said_by_the_subject_of_the_first(nlp, deed):
    said = "she ought not to be let near the ballot because of the fee scandal"
    paragraph = f"Quell further summed up Renner as {L}useless,{R} {deed} her record as harbor chief and said {said}."
    assert ("Quell", said) in said_by(nlp, paragraph)
    assert all(speaker == "Quell" for speaker, _ in said_by(nlp, paragraph))  # not her record, nor no one
