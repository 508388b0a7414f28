"""A body named with a possessive "'s" of its own ("Marwood's said") keeps it; a person's possessive stays one."""

from __future__ import annotations

from dashboard.analysis.entities import entity_rows
from tests.quoting import profiles_of


def test_a_chain_named_with_its_own_possessive_speaks_and_employs_under_that_name(nlp):
    rows = profiles_of(
        nlp,
        "DUBLIN -- The department store group Marwood's said on Tuesday that Christmas sales rose 6%.",
        "Its finance director, Aoife Brannick, said the group would open two more stores next year.",
        "Analysts said Marwood's had gained ground on its rivals.",
    )
    assert ("Marwood's", "institution", "") in rows
    assert ("Aoife Brannick", "other", "Marwood's") in rows


def test_a_persons_possessive_is_no_part_of_the_name(nlp):
    rows = profiles_of(
        nlp,
        "Senator Tobin Ashgrove's office said on Monday that the bill would be tabled in March.",
        "Ashgrove's view is that the tax hurts small farms, an aide said.",
    )
    assert all(not speaker.endswith("'s") for speaker, _, _ in rows), rows


def test_a_broadcasters_possessive_before_its_programme_or_its_host_stays_a_possessive(nlp):
    paragraphs = (
        "Senator Ida Varga told KLTV\u2019s \u201cSunday Ledger\u201d that the bill would pass by spring.",
        "She repeated the point later to KLTV\u2019s Owen Marsh.",
    )
    docs = list(nlp.pipe(paragraphs))
    canonical = {row["canonical"] for row in entity_rows("test-article", docs)}
    assert "KLTV\u2019s" not in canonical, canonical


def test_a_party_before_a_participle_it_owns_stays_a_possessive(nlp):
    """ "worked the GOP's contested convention": the participle describes what the party owns, so the party keeps
    its own name, not "GOP's"."""
    paragraphs = (
        "The campaign hired Hal Brenner, a veteran operative who worked the GOP\u2019s contested 1976 convention.",
        "Brenner said the front-runner had several ways of reaching the number of delegates he needs.",
    )
    docs = list(nlp.pipe(paragraphs))
    canonical = {row["canonical"] for row in entity_rows("test-article", docs)}
    assert "GOP\u2019s" not in canonical, canonical
