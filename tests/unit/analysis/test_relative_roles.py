"""A description by role that the article gave only as the verb of a relative clause (texts of our own): "the
director says" after "says Kim Doucette, who has run the food bank since 2015", "the owner said" after "Bernard
Gosselin, who owns the hardware store on Main Street," is that person, not an unnamed source."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_a_role_given_as_the_verb_of_a_relative_clause_names_the_description(nlp):
    rows = said_by(
        nlp,
        f"{L}Last Tuesday we saw 212 families,{R} says Kim Doucette, who has run the food bank since 2015.",
        "Prices of rice and lentils went up again this fall. Doucette, for her part, is planning a holiday drive. "
        f"{L}We will take anything,{R} the director says.",
        "Bernard Gosselin, who owns the hardware store on Main Street, lets his two clerks leave for fire calls. "
        f"{L}If my store was on fire, I would want them to come,{R} the owner said.",
    )
    assert [speaker for speaker, _ in rows] == ["Kim Doucette", "Kim Doucette", "Bernard Gosselin"]
