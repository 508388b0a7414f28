"""A spokesperson of a state body named by its noun ("a ministry spokesman") speaks for that body, never for the
bank or brokerage named last; leaders of unions and associations are no officials; a pronoun after an unnamed person
introduced by any noun ("a ferryman who asked not to be named") means that person. Fictional texts throughout."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def _profiles(nlp, *paragraphs: str) -> list[tuple[str, str, str]]:
    return [(r["speaker"], r["speaker_kind"], r["affiliation"]) for r in quote_rows_of(nlp, *paragraphs)]


def test_a_ministry_spokesman_speaks_for_the_ministry_that_spoke_not_the_analysts_bank(nlp):
    found = _profiles(
        nlp,
        "Orlen Freight cut its forecast on Monday. "
        '"Demand has not come back," said Hugo Brandt, a transport analyst at Kestrel Securities.',
        "The Ruritanian transport ministry said the rail strike would hurt exports. "
        "A ministry spokesman, Lars Pedersen, said talks with the drivers would resume on Friday.",
    )
    assert ("Lars Pedersen", "official", "Ruritanian transport ministry") in found
    assert ("Hugo Brandt", "analyst", "Kestrel Securities") in found


def test_a_department_spokeswoman_with_no_department_named_has_no_affiliation(nlp):
    found = _profiles(
        nlp,
        '"Freight rates will stay high," said Olga Maris, an economist at Tarn Capital.',
        "A department spokeswoman, Greta Holm, said inspectors would visit the port next week.",
    )
    assert ("Greta Holm", "official", "") in found


def test_union_local_and_association_presidents_are_no_officials(nlp):
    found = _profiles(
        nlp,
        '"Our members are worn out," said association president Miriam Okoro.',
        '"Nobody asked the drivers," local president Pavel Novak said.',
    )
    assert [(name, kind) for name, kind, _ in found] == [("Miriam Okoro", "other"), ("Pavel Novak", "other")]


def test_he_after_an_unnamed_ferryman_means_the_ferryman_not_the_analyst_named_before(nlp):
    rows = quote_rows_of(
        nlp,
        '"Bookings are down a third," said Tomas Virtanen, a shipping analyst at Nordvik Research.',
        "At the harbour, a ferryman who asked not to be named because he was not allowed to talk to reporters said "
        'the boats had been idle for a week. "We have nowhere left to tie up," he said.',
    )
    last = rows[-1]
    assert "nowhere left" in last["quote"]
    assert (last["speaker"], last["speaker_kind"]) == ("", "unnamed")
