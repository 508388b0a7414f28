"""A law firm named only as where a client's lawyer works ("X's counsel, Y of the firm Z, said") is not the company
that "the company said" means after it: that is the client (whom the recogniser here leaves untagged, so the noun
stays the speaker). Fictional texts of our own."""

from __future__ import annotations

from tests.quoting import said_by

_RULING = (
    "A federal judge on Tuesday refused to dismiss a lawsuit accusing the fitness-tracking company Runlark of failing "
    "to protect the location data of its users."
)


def test_the_company_after_its_counsel_s_law_firm_is_not_the_law_firm(nlp):
    rows = said_by(
        nlp,
        _RULING,
        "Runlark's counsel, Everett Dunmore of the firm Halloway & Pike, said in a statement that the company "
        "disagreed with the ruling.",
        "The company said in a separate statement that it had fixed the flaw within hours.",
    )
    speakers = [speaker for speaker, quote in rows if "fixed the flaw" in quote]
    assert len(speakers) == 1 and speakers[0] != "Halloway & Pike"


def test_the_firm_that_spoke_for_itself_is_the_firm(nlp):
    rows = said_by(
        nlp,
        "The consulting firm Halloway & Pike said on Monday that it would cut 200 jobs.",
        "The company said the cuts would fall mostly on its London office.",
    )
    assert [speaker for speaker, quote in rows if "London office" in quote] == ["Halloway & Pike"]
