"""A bare description of a doer that opens the sentence right after the one in which a named person spoke ("“…,” said
X, who runs a shoe repair shop with his brother-in-law, Y. The shopkeeper said …"): that person, the subject of the
sentence before, though another name or a place the recogniser tagged a person stands later in the clause that tells
of them; fictional city news."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_shopkeeper_is_who_spoke_though_a_street_follows_in_the_clause(nlp):
    rows = said_by(
        nlp,
        "Traders on the Verbeke square said the works had emptied their streets. "
        f"{L}Nobody walks past a fence,{R} said Amadou Lissens-Ferro, who runs a shoe repair shop on the rue "
        "Vandamme with his brother-in-law, Bastien Moreau-Lisk. The shopkeeper said his takings had fallen by half.",
    )
    assert [speaker for speaker, _ in rows][-2:] == ["Amadou Lissens-Ferro"] * 2


def test_the_nurse_is_who_spoke_though_a_district_modifies_her_description(nlp):
    rows = said_by(
        nlp,
        "Union leader Paulo Sarrazin-Moyo said the cuts would hit night workers first. "
        f"{L}I wait half an hour already,{R} said Odile Brasseur-Kahn, a Marolles resident who works nights at a "
        "hospital. The nurse said she might buy a car.",
    )
    assert rows[-1][0] == "Odile Brasseur-Kahn"
