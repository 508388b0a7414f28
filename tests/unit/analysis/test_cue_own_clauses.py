"""A cue read as the root between two commas says nothing around itself when what follows its closing comma is a
clause of its own (cue_own_clauses): "In the end, X agreed to …, and Y stepped in" and "On March 3, X charged …,
and Y released …" quote no one with "In the end" or "On March 3", nor does "Since then, X has responded by …,
leading …". A cue set inside what was said ("These workers, X explained, were paid well") still reports it."""

from __future__ import annotations

import pytest

from tests.quoting import said_by


@pytest.mark.parametrize(
    "sentence",
    [
        "In the end, Harbrook Milling agreed to lend the cooperative $4 million, and the growers' union also stepped "
        "in with money.",
        "On March 3, county prosecutors charged Dallin Voss with fraud, and the mayor released the audit a day later.",
        "Since then, Chile has responded by helping to set up a regional fisheries fund, leading the diplomacy "
        "efforts in Lima, and training park rangers.",
    ],
)
def test_a_setting_and_the_cues_own_clause_are_not_what_was_said(nlp, sentence):
    opening = sentence.split(",")[0]
    assert not [quote for _, quote in said_by(nlp, sentence) if quote.startswith(opening)]


def test_a_cue_set_inside_what_was_said_still_reports_it(nlp):
    said = said_by(nlp, "These workers, Orla Fenwick explained in the hearing, were paid well.")
    assert said == [("Orla Fenwick", "These workers were paid well")]


def test_a_clause_before_the_cue_is_still_said_with_a_participle_after_it(nlp):
    said = said_by(
        nlp,
        "GENEVA — Nearly a million people in the north face hunger by the end of the dry season unless aid reaches "
        "them within weeks, the Geneva-based Kestrel Grain Monitor warned on Thursday, blaming failed rains, fighting "
        "and the collapse of the currency.",
    )
    assert [quote for _, quote in said if quote.startswith("Nearly a million people in the north face hunger")]


def test_a_clause_joined_later_in_what_was_said_keeps_the_inserted_cue(nlp):
    said = said_by(
        nlp, "This kind of gloating, the league claimed, breaks its code of conduct, and so Dalby was fined."
    )
    assert [quote for _, quote in said if quote.startswith("This kind of gloating breaks its code of conduct")]
