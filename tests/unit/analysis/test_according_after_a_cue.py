""" "According to X" beside a verb of saying ("“…,” Marsh said, according to the Courier"; "According to a pool
report, Marsh said …"): X is where the writer found the words, and the one who said them is the speaker, not the
document or the outlet that passed them on (texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by

_INTRO = "Governor Lena Marsh of Tarvania spoke in Port Elsby on Monday."


def test_a_quotation_closed_before_the_cue_stays_the_speakers(nlp):
    text = f"{L}The ferries will run on time,{R} Marsh said at a rally, according to the Elsby Courier."
    assert said_by(nlp, _INTRO, text) == [("Lena Marsh", f"{L}The ferries will run on time,{R}")]


def test_the_next_quotation_of_the_speaker_joins_hers(nlp):
    text = (
        f"{L}We owe the islands a bridge,{R} Marsh said of the coastal towns, according to a pool report. "
        f"{L}Nobody else will build it.{R}"
    )
    [(speaker, quote)] = said_by(nlp, _INTRO, text)
    assert speaker == "Lena Marsh" and "owe the islands" in quote and "Nobody else" in quote


def test_according_to_before_the_cue_leaves_the_speaker_his_words(nlp):
    text = "According to the Elsby Courier, Marsh said the ferries would run on time."
    assert said_by(nlp, _INTRO, text) == [("Lena Marsh", "the ferries would run on time")]


def test_a_closing_according_to_is_no_part_of_what_was_said(nlp):
    text = "Marsh told reporters the ferries would run on time, according to a transcript of the briefing."
    assert said_by(nlp, _INTRO, text) == [("Lena Marsh", "the ferries would run on time")]


def test_according_to_a_source_of_a_plain_fact_still_quotes_the_source(nlp):
    text = "The ferry fleet will double by spring, according to the Elsby Courier."
    [(_, quote)] = said_by(nlp, _INTRO, text)
    assert quote == "The ferry fleet will double by spring"


def test_according_to_inside_what_was_said_stays(nlp):
    text = "Marsh said that according to her own count, the ferries carried more people than ever."
    [(speaker, quote)] = said_by(nlp, _INTRO, text)
    assert speaker == "Lena Marsh" and quote.startswith("according to her own count")


def test_a_cue_verb_that_says_nothing_leaves_the_source(nlp):
    text = "According to the county figures, Tarvania firms added only 900 jobs in March."
    [(_, quote)] = said_by(nlp, _INTRO, text)
    assert quote == "Tarvania firms added only 900 jobs in March"


def test_a_pronoun_after_a_person_as_source_may_be_the_source_herself(nlp):
    text = "According to Dana Kell, after reading the tide table, she insisted that the captain turn back."
    [(speaker, _)] = said_by(nlp, _INTRO, text)
    assert speaker == "Dana Kell"


def test_a_pronoun_after_her_own_account_is_the_writer_of_it(nlp):
    text = (
        "Dana Kell piloted the ferry that night. According to her memoir, after reading the tide table, she "
        "insisted that Marsh turn the ferry back."
    )
    [(speaker, _)] = said_by(nlp, _INTRO, text)
    assert speaker == "Dana Kell"


def test_interest_expressed_is_told_by_the_source(nlp):
    text = "According to the harbour agent, Farid Osei, three firms have expressed interest in the old ferry."
    [(speaker, quote)] = said_by(nlp, _INTRO, text)
    assert speaker == "Farid Osei" and quote.startswith("three firms have expressed interest")


def test_a_writing_that_reveals_leaves_the_outlet_its_report(nlp):
    text = "According to the Elsby Courier, those documents reveal the harbour board has asked three yards for bids."
    [(speaker, _)] = said_by(nlp, _INTRO, text)
    assert speaker == "Elsby Courier"


def test_what_others_would_say_leaves_the_source_its_words(nlp):
    text = "Marsh will go to the launch, because, according to Marsh, the press would call her a coward if she did not."
    [(speaker, quote)] = said_by(nlp, _INTRO, text)
    assert speaker == "Lena Marsh" and quote.startswith("the press would call her a coward")


def test_a_person_who_tells_what_was_said_is_the_speaker_of_her_claim(nlp):
    text = (
        "According to Tom Berens, a lawyer for the port, Marsh had warned the board in a memo that the pier could fail."
    )
    [(speaker, quote)] = said_by(nlp, _INTRO, text)
    assert speaker == "Tom Berens" and quote.startswith("Marsh had warned the board")


def test_the_writers_own_aside_leaves_the_source_its_figures(nlp):
    text = "As I noted above, the ferries carried 13 million people last year, according to the port office."
    [(_, quote)] = said_by(nlp, _INTRO, text)
    assert quote.startswith("As I noted above, the ferries carried 13 million people")
