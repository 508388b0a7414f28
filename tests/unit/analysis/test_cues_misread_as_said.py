"""A second cue right after "but" or "and", with no subject of its own, that the parser hung on the first cue as part
of what it said ("said the results were better than expected but warned that …"): it is a cue of the first cue's
speaker, with a quote of its own (joined_cues; real pipeline, texts of our own)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_cue_after_but_hung_on_said_is_a_second_quote_of_the_same_speaker(nlp):
    rows = said_by(
        nlp,
        "Orla Fenwick, a transport analyst at Brindle Partners, said the results were better than expected but "
        "warned that fuel costs would rise sharply in May.",
    )
    assert rows == [
        ("Orla Fenwick", "the results were better than expected"),
        ("Orla Fenwick", "fuel costs would rise sharply in May"),
    ]


def test_a_verb_of_what_was_said_after_but_stays_in_the_quote(nlp):
    rows = said_by(nlp, "Orla Fenwick said the ferry company had cut fares but kept its timetable for the winter.")
    assert rows == [("Orla Fenwick", "the ferry company had cut fares but kept its timetable for the winter")]
