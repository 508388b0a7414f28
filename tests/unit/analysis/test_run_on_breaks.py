"""Quoted paragraphs with no cue that still do not carry on the quote before them (analysis/quotes/run_on_breaks.py):
a social-network footer, a short reply of an audience, a writer's words naming the speaker: no quote of that
speaker (fictional text)."""

from __future__ import annotations

from tests.quoting import L, R, quote_rows_of

_LEDE = "The town of Ostrava Mill voted on Sunday on whether to buy the paper mill that closes in March."


def test_an_audience_answering_between_two_questions_is_not_joined_into_them(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        f"{L}Do we let the owners walk away and leave us the empty sheds?{R} Brenna Sollis asked the crowd.",
        f"{L}Nooo!{R}",
        f"{L}Or do we put our savings together and run the mill ourselves?{R}",
        f"{L}Yesss!{R}",
    )
    assert all(r["last_paragraph"] == r["paragraph"] for r in rows)
    assert not any("Nooo" in r["quote"] or "Yesss" in r["quote"] for r in rows)
    assert [r["speaker"] for r in rows if "savings" in r["quote"]] == ["Brenna Sollis"]


def test_a_follow_footer_is_not_part_of_the_quote_before_it(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        '"We will know by Friday whether the bank lends us the money," said Brenna Sollis, who led the campaign.',
        '"Follow Tamsin Oduya on Twitter @tamsinoduya."',
    )
    assert all(r["last_paragraph"] == r["paragraph"] for r in rows)
    assert not any("Follow" in r["quote"] for r in rows)


def test_a_quoted_paragraph_naming_the_speaker_by_surname_is_not_her_quote(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        f"As the economist Wren Castell wrote, {L}A mill run by its town has to sell paper like any other.{R}",
        '"One weakness of Castell\'s otherwise careful study is that it leaves out the pension fund of the workers."',
    )
    assert [(r["speaker"], r["paragraph"], r["last_paragraph"]) for r in rows] == [("Wren Castell", 1, 1)]


def test_a_surname_that_opens_another_name_does_not_break_the_quote(nlp):
    rows = quote_rows_of(
        nlp,
        _LEDE,
        f"{L}We can run it ourselves,{R} said Brenna Sollis, who led the campaign. {L}The bank has seen our books.",
        f"{L}Nobody at the Sollis Family Trust has put a cent into the bid, and nobody will.{R}",
    )
    assert [(r["speaker"], r["paragraph"], r["last_paragraph"]) for r in rows] == [("Brenna Sollis", 1, 2)]
    assert "Sollis Family Trust" in rows[0]["quote"]


def test_a_pull_quote_credited_with_the_speakers_name_is_left_as_it_was(nlp):
    said = "Nobody buys a mill to lose money on it, but nobody lets a town die either."
    rows = quote_rows_of(nlp, _LEDE, f"{L}{said}{R} said Brenna Sollis.", f'"{said} Brenna Sollis."')
    assert [(r["speaker"], r["paragraph"]) for r in rows] == [("Brenna Sollis", 1), ("Brenna Sollis", 2)]
