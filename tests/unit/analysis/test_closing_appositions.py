"""A closing cue whose speaker the parser hung as an apposition on the noun before the comma ("… nine shipbuilders,
the Finnish cybersecurity firm Y said on Wednesday."), leaving the cue an adverbial clause with no subject: the phrase
set off by that comma spoke what stands before it; so when the parser made the cue the clause the sentence's verb
governs."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def test_a_firm_set_off_before_a_closing_cue_speaks_the_lede(nlp):
    paragraph = (
        "RIGA, June 8 (Reuters) - A hacking group has spent two years inside the networks of at least nine European "
        "shipbuilders, the Latvian cybersecurity firm Dzintarsargs Security said on Thursday."
    )
    rows = quote_rows_of(nlp, paragraph)
    assert [(r["speaker"], r["speaker_kind"]) for r in rows] == [("Dzintarsargs Security", "institution")]
    assert "nine European shipbuilders" in rows[0]["quote"]


def test_a_participle_set_off_before_the_end_is_no_closing_cue(nlp):
    paragraph = "The ferry left the harbour at dawn, the crew waving from the deck as it sailed past the lighthouse."
    assert quote_rows_of(nlp, paragraph) == []
