"""A company the recogniser left untagged, named right after a wire dateline ("NAIROBI (Reuters) - X, …, said"), is
the one "the airline's" officer a paragraph later works for (`missed_names.acting_unrecognised`, which reads the name
the parse hangs on the dateline's place as the clause's subject). Fictional companies and people."""

from __future__ import annotations

from tests.quoting import profiles_of


def test_the_airline_named_after_a_dateline_employs_its_officer(nlp):
    rows = profiles_of(
        nlp,
        "NAIROBI, June 9 (Reuters) - Savanna Star Airlines, Kenya's second-largest carrier, said on Monday it would "
        "start daily cargo flights to Amsterdam in September to carry cut flowers to European supermarkets.",
        "The airline's chief commercial officer, Esther Wambui Njoroge, said the flights would carry up to 50 tonnes "
        "a night on two freighters the airline had leased from a Dutch company.",
    )
    assert ("Esther Wambui Njoroge", "other", "Savanna Star Airlines") in rows
