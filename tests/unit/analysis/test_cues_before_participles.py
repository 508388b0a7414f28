"""A cue right after a quotation, followed by a participle after a preposition that the parser hung on the quoted
words ("“…,” Ann said, without naming her rival"), reports the whole quotation, every sentence of it, and the
participle after "without" is no cue of its own: what was done without naming was not said (fictional text)."""

from __future__ import annotations

from tests.quoting import said_by

QUOTE = "“The election is over. Now we must all go back to work,”"


def test_a_cue_before_a_participle_after_without_reports_the_whole_quotation(nlp):
    found = said_by(
        nlp,
        "President Chisomo Alinafe-Banks spoke on Thursday night.",
        f"{QUOTE} Alinafe-Banks said, without mentioning his opponent by name.",
    )
    assert found == [("Chisomo Alinafe-Banks", QUOTE)]
