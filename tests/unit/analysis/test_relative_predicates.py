"""The name given by "call" in a relative clause whose relative word is the thing named, with no quotation marks:
"in a move that European officials called a direct threat to their industries" is the officials' quote, what the
move was called. A time after the cue ("an election that she called a year early") and a nickname ("whom everyone
calls Sarge") name nothing said. Fictional texts on the real spaCy pipeline."""

from __future__ import annotations

from tests.quoting import quote_rows_of, said_by


def test_a_name_given_to_a_relative_word_is_what_was_said(nlp):
    rows = quote_rows_of(
        nlp,
        "Dunmarrow will require exporters of lithium to obtain licences from next month, its trade ministry said on "
        "Friday, in a move that European and Japanese officials called a direct threat to their car industries.",
    )
    said = [(r["speaker"], r["speaker_kind"], r["quote"]) for r in rows]
    assert ("", "unnamed", "a direct threat to their car industries") in said, said


def test_a_name_given_by_critics_to_a_budget_is_their_quote(nlp):
    said = said_by(nlp, "The Keldwater council passed a budget that critics called a giveaway to developers.")
    assert ("", "a giveaway to developers") in said, said


def test_a_time_after_call_and_a_nickname_are_no_quotes(nlp):
    assert said_by(nlp, "Premier Brisca Lantham announced an election that she called a year early.") == []
    assert said_by(nlp, "Fenwick Stroud is a former dog handler whom everyone on the team calls Sarge.") == []
