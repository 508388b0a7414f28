""" "Called on X to do Y" when the parser read "called" as a modifier of the speaker's title (texts of our own): "Its
general secretary, Ada Lorne, called on the chain to raise pay" hangs "to raise pay" on "called" as an adverbial
clause; it is what was called for, as with the usual parse ("Ada Lorne called on the chain to raise pay"). A purpose
clause of another verb is not taken ("called the chain to ask about pay" has no "on")."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_infinitive_after_called_on_is_what_was_called_for(nlp):
    said = said_by(
        nlp,
        "The Shop Staff Union said members were angry.",
        "Its general secretary, Ada Lorne, called on the chain to raise pay for night workers.",
    )
    assert said[-1] == ("Ada Lorne", "the chain to raise pay for night workers")


def test_a_purpose_clause_without_on_is_no_call(nlp):
    said = said_by(nlp, "Its general secretary, Ada Lorne, called the chain to ask about pay for night workers.")
    assert not [q for _, q in said if "ask about pay" in q]
