"""Which stretches are quotes on the real pipeline: a "that" that is the subject of what was said, manner verbs
as cues, cues inside reported speech, and quotations after a sentence about someone (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, quote_rows_of, said_by


def test_a_that_which_is_the_subject_of_what_was_said_stays_in_it(nlp):
    assert said_by(
        nlp, "The council could raise the fee next year. But planners and builders said that is unlikely."
    ) == [("", "that is unlikely")]


def test_a_manner_verb_after_a_quotation_is_its_cue(nlp):
    rows = said_by(
        nlp,
        f"{L}We wanted local people, not chains,{R} said Anita Brooks, the leasing manager. {L}Parking was already "
        f"impossible,{R} grumbles Hal Petrov, who owns the hardware store across the road. {L}Now it is a joke.{R}",
    )
    assert rows == [
        ("Anita Brooks", f"{L}We wanted local people, not chains,{R}"),
        ("Hal Petrov", f"{L}Parking was already impossible,{R} {L}Now it is a joke.{R}"),
    ]


def test_a_cue_inside_what_someone_says_introduces_no_quotation(nlp):
    rows = said_by(
        nlp,
        f"{L}The parking was already hopeless,{R} said Vera Holm, who runs the bakery. {L}Now it is a joke.{R} Holm "
        "says she has asked the city for a loading zone.",
    )
    assert rows == [
        ("Vera Holm", f"{L}The parking was already hopeless,{R} {L}Now it is a joke.{R}"),
        ("Vera Holm", "she has asked the city for a loading zone"),
    ]


def test_a_quotation_after_a_sentence_about_someone_is_that_person_s(nlp):
    rows = said_by(
        nlp,
        f"{L}We have asked the contractor to add crews,{R} said Jorge Salas, a city engineer. Ilse Drummond is not "
        f"convinced. {L}They said that in January.{R}",
    )
    assert rows == [
        ("Jorge Salas", f"{L}We have asked the contractor to add crews,{R}"),
        ("Ilse Drummond", f"{L}They said that in January.{R}"),
    ]


def test_an_opening_quotation_after_a_sentence_about_someone_is_that_person_s(nlp):
    rows = said_by(
        nlp,
        "Nora Vance opened her bakery on Quay Street a month before the lockdowns. "
        f"{L}We sold out every morning anyway.{R} The shop now employs nine people.",
    )
    assert rows == [("Nora Vance", f"{L}We sold out every morning anyway.{R}")]


def test_a_quotation_after_a_sentence_about_a_place_stays_with_the_last_speaker(nlp):
    rows = said_by(
        nlp,
        f"{L}The lake froze early,{R} said Ruth Ames, who runs the ferry. The harbour is closed until March. "
        f"{L}We lose three months of fares.{R}",
    )
    assert [speaker for speaker, _ in rows] == ["Ruth Ames", "Ruth Ames"]


def test_a_cue_inside_reported_speech_leaves_no_comma_in_it(nlp):
    rows = said_by(
        nlp, "Walt Ferris farmed the valley for fifty years. In 1982, he recalls, the rate on his loan hit 22 per cent."
    )
    assert rows == [("Walt Ferris", "In 1982 the rate on his loan hit 22 per cent")]


def test_a_short_sentence_about_someone_else_ends_the_quote_before_it(nlp):
    rows = said_by(
        nlp,
        "Ken Bauer has run the corner store across from the hall since 1990.",
        f"{L}The old hall costs us a fortune just to heat,{R} said Mayor Ellen Sorensen. {L}That is money we do not "
        f"have.{R} Bauer disagrees. {L}They said the same about the library, and the library is still here.{R}",
    )
    assert rows == [
        ("Ellen Sorensen", f"{L}The old hall costs us a fortune just to heat,{R} {L}That is money we do not have.{R}"),
        ("Ken Bauer", f"{L}They said the same about the library, and the library is still here.{R}"),
    ]


def test_a_short_sentence_about_the_speaker_herself_keeps_the_quote_going(nlp):
    rows = said_by(
        nlp,
        f"{L}The old hall costs us a fortune just to heat,{R} said Mayor Ellen Sorensen. Sorensen paused. "
        f"{L}We have to choose.{R}",
    )
    assert rows == [("Ellen Sorensen", f"{L}The old hall costs us a fortune just to heat,{R} {L}We have to choose.{R}")]


def test_a_quotation_before_its_cue_is_what_was_said_not_the_narration_after_the_verb(nlp):
    rows = said_by(
        nlp,
        f"{L}Let us go back a year and look at this campaign at two percent in the polls,{R} Mara Quill said in an "
        f"interview with the Harbour Times aired Monday on {L}Morning Desk.{R} "
        f"{L}No money, no volunteers, no office.{R}",
    )
    assert rows == [
        (
            "Mara Quill",
            f"{L}Let us go back a year and look at this campaign at two percent in the polls,{R} "
            f"{L}No money, no volunteers, no office.{R}",
        )
    ]


def test_who_went_on_to_say_something_said_it(nlp):
    rows = said_by(nlp, "Nils Berg went on to say the two towns would share a fire hall by next spring.")
    assert rows == [("Nils Berg", "the two towns would share a fire hall by next spring")]


def test_who_declined_to_say_something_said_nothing(nlp):
    assert said_by(nlp, "Nils Berg declined to say whether the two towns would share a fire hall next spring.") == []


def test_who_declined_to_answer_saying_something_said_it(nlp):
    rows = said_by(nlp, "Nils Berg declined to name a date, saying only that the fire hall would open next spring.")
    assert [(speaker, said.endswith("the fire hall would open next spring")) for speaker, said in rows] == [
        ("Nils Berg", True)
    ]


def test_a_speaker_after_the_cue_that_the_parser_made_the_subject_of_a_later_clause_still_speaks(nlp):
    rows = said_by(
        nlp,
        f"{L}We need bigger ideas that match the problems we face,{R} said Tom Brandt, who served as transport "
        "secretary under the last governor yet backed a rival.",
        f"{L}A man came in and said we should close the market for good,{R} said the woman, who like many on the "
        "street did not want to be named.",
    )
    assert rows == [
        ("Tom Brandt", f"{L}We need bigger ideas that match the problems we face,{R}"),
        ("", f"{L}A man came in and said we should close the market for good,{R}"),
    ]


def test_a_paragraph_announced_by_a_cue_and_a_colon_is_what_was_said(nlp):
    rows = quote_rows_of(
        nlp,
        "Mayor Ann Ross did not hold back on the ferry. In a speech at the harbour last July, she said:",
        "Let no one be mistaken, the ferry plan is a disaster for this town, and it must be stopped.",
        "The council met again on Monday to discuss the fares.",
    )
    assert [(r["speaker"], r["quote"]) for r in rows] == [
        ("Ann Ross", "Let no one be mistaken, the ferry plan is a disaster for this town, and it must be stopped.")
    ]


def test_a_paragraph_after_a_colon_that_no_cue_announced_is_nobody_s(nlp):
    rows = quote_rows_of(
        nlp,
        "Tom Reyes, the owner of the bakery, sent a letter to the council. Here are the main points:",
        "The ferry should run all year, and fares should stay low for the people of the harbour.",
    )
    assert rows == []


def test_what_someone_tweeted_is_the_object_of_the_cue_but_a_reported_result_is_no_quote(nlp):
    assert said_by(
        nlp,
        "Tom Reyes later tweeted a photograph of the flooded bakery on Harbour Street. The bakery chain reported a "
        "profit of a dollar a share, well above what the harbour council expected.",
    ) == [("Tom Reyes", "a photograph of the flooded bakery on Harbour Street")]


def test_what_someone_points_out_is_the_object_of_the_phrasal_cue(nlp):
    assert said_by(nlp, "Mayor Ann Ross also points out another bill that made money available for the harbour.") == [
        ("Ann Ross", "another bill that made money available for the harbour")
    ]


def test_who_was_quick_to_point_something_out_said_it_but_not_who_was_unable_to(nlp):
    assert said_by(
        nlp,
        "Tom Reyes is quick to point out that the fares are still the lowest on the coast. Ann Ross was careful to "
        "note that the ferry had never been late before. Nora Vance was unable to say why the ferry was late.",
    ) == [
        ("Tom Reyes", "the fares are still the lowest on the coast"),
        ("Ann Ross", "the ferry had never been late before"),
    ]


def test_what_someone_called_two_things_is_said_even_when_the_parser_splits_the_predicate(nlp):
    assert said_by(
        nlp,
        "Mayor Ann Ross called the fee increase and the demand for new audits a cheap electoral stunt meant "
        "to shame the council. Tom Reyes called the board a day later. Nora Vance called a meeting of the "
        "harbour council.",
    ) == [
        (
            "Ann Ross",
            "the fee increase and the demand for new audits a cheap electoral stunt meant to shame the council",
        )
    ]
