""" "The bank said" right after "Analysts at Y said … the Fed kept rates high": Y, whose experts just spoke, not a body
that acts inside what they said (quotes/experts_firms.py). Fictional text."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_bank_whose_analysts_spoke_last_said_it(nlp):
    said = said_by(
        nlp,
        "Sterling fell 0.8% against the dollar on Thursday as gilt yields rose.",
        "Analysts at Marrow Lane Capital said in a note that the dollar would stay firm as long as the Federal "
        "Reserve kept its rates above 4%.",
        "The bank said it now expected the pound to end the year at $1.22.",
    )
    assert ("Marrow Lane Capital", "it now expected the pound to end the year at $1.22") in said
