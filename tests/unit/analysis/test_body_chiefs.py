"""A description that calls the holder of a body's top post its chief or head ("the agency chief", "the commission
head") is that person when its words name their body (body_chiefs.py; real pipeline, fictional people and bodies)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_agency_chief_is_its_director_general(nlp):
    said = said_by(
        nlp,
        "The director general of the Baltic Fisheries Agency, Ingrid Solhaug-Berre, told reporters on Friday that cod "
        "stocks had fallen for a fourth year.",
        "In a letter to member states, the agency chief said quotas would have to be cut by a fifth.",
    )
    assert said == [
        ("Ingrid Solhaug-Berre", "cod stocks had fallen for a fourth year"),
        ("Ingrid Solhaug-Berre", "quotas would have to be cut by a fifth"),
    ]


def test_a_chief_of_another_body_is_not_the_director(nlp):
    said = said_by(
        nlp,
        "The director of the Brenmoor Harbour Museum, Colm Treacy-Vale, said on Tuesday that the old lighthouse would "
        "reopen in June.",
        "The police chief said two men had been arrested after the break-in.",
    )
    assert ("Colm Treacy-Vale", "two men had been arrested after the break-in") not in said
