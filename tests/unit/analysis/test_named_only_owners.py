""" "The line's chief executive" and "a spokesman for the line" (`referring_words.NAMED_ONLY`): the company the
article named with that word ("Holmgaard Line"), and no body at all when it named none, as "line" alone means no body
(a railway line, a front line). "The airline's" means the airline named "… Airlines" even with another company named
after it (`People.named_with_word`). Fictional companies and people."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_lines_chief_is_the_line_named_before(nlp):
    rows = profiles_of(
        nlp,
        "Brattvik Line cut its profit forecast on Friday.",
        "The line's chief executive, Jonas Wergeland, said too many ships had been delivered this year.",
    )
    assert ("Jonas Wergeland", "other", "Brattvik Line") in rows


def test_a_spokesman_for_the_line_is_tied_to_it(nlp):
    rows = profiles_of(
        nlp,
        "Brattvik Line cut its profit forecast on Friday.",
        "A spokesman for the line said it had no plans to take ships out of service.",
    )
    assert rows[-1] == ("", "unnamed", "Brattvik Line")


def test_a_line_no_company_is_named_with_ties_no_one(nlp):
    rows = profiles_of(
        nlp,
        "Vessra Rail said trains on its coastal route would run again on Monday.",
        "The line's chief engineer, Tomas Hallberg, said the track had been rebuilt.",
    )
    assert ("Tomas Hallberg", "other", "") in rows


def test_the_airline_is_the_airlines_named_before_another_company(nlp):
    rows = profiles_of(
        nlp,
        "Korrin Airlines said on Monday it had ordered ten jets from Avelle Aerospace.",
        "The airline's finance chief, Josephine Pike, said the jets would be paid for in cash.",
    )
    assert ("Josephine Pike", "other", "Korrin Airlines") in rows
