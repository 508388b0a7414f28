"""A grandchild or grandparent named in apposition ("as her grandson, Tyler, translates") is whom "Her grandson"
means when he speaks later, as "his wife" is the wife named before (kinship.KIN_INVERSES), and the "he says" after
him is his, not the man named before him."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_her_grandson_named_before_speaks(nlp):
    rows = said_by(
        nlp,
        "At the band office, manager Dale Orvik-Mayes says the freight bill has doubled since January. Edna "
        f"Sawyer-Quill, 84, remembers the old crossings. {L}The ice was thick then,{R} the elder says, speaking in "
        "Cree as her grandson, Tyler, translates. Her grandson adds that she has been telling council for years to "
        f"move the road. {L}She says the ice does not lie,{R} he says.",
    )
    assert rows[-2:] == [
        ("Tyler", "she has been telling council for years to move the road"),
        ("Tyler", f"{L}She says the ice does not lie,{R}"),
    ]


def test_his_granddaughter_named_in_full_speaks(nlp):
    rows = said_by(
        nlp,
        "Walter Brennick-Saul, 91, has fished the river since the war. He says the spring runs are later every year. "
        "His granddaughter, Mira Tolland, drives him to the dock on Saturdays. His granddaughter says he still "
        "mends his own nets.",
    )
    assert rows[-1] == ("Mira Tolland", "he still mends his own nets")


def test_her_grandmother_named_before_speaks(nlp):
    rows = said_by(
        nlp,
        "Jonah Pike-Ellery, 17, learned to bead at the kitchen table. His grandmother, Rose, taught him. "
        f"{L}I was six and I had no patience,{R} he says. His grandmother says he had more patience than she did.",
    )
    assert rows[-1] == ("Rose", "he had more patience than she did")


def test_her_grandfather_is_the_man_whose_granddaughter_was_named(nlp):
    rows = said_by(
        nlp,
        "Walter Brennick-Saul, 91, has fished the river since the war, and his granddaughter, Mira, drives him to the "
        "dock. Her grandfather says the spring runs are later every year. His granddaughter adds that he still mends "
        "his own nets.",
    )
    assert rows == [
        ("Walter Brennick-Saul", "the spring runs are later every year"),
        ("Mira", "he still mends his own nets"),
    ]


def test_the_he_after_her_grandson_is_his_not_the_man_named_before(nlp):
    rows = said_by(
        nlp,
        "Ada Moss-Lindell, a retired teacher, reads to children at the library. Her grandson, Eli, comes on "
        f"Saturdays. {L}She does all the voices,{R} says Harold Finch, the librarian. Her grandson adds that she "
        f"practises at home. {L}Every night,{R} he says.",
    )
    assert rows[-2:] == [("Eli", "she practises at home"), ("Eli", f"{L}Every night,{R}")]


def test_a_grandson_no_one_named_is_no_one_in_particular(nlp):
    """The near miss: no grandson was named before, so "Her grandson" is nobody the article named."""
    rows = said_by(
        nlp,
        "Edna Sawyer-Quill, 84, remembers the old crossings. The manager, Dale Orvik-Mayes, says prices have doubled. "
        "Her grandson says she has been telling council for years to move the road.",
    )
    assert ("Dale Orvik-Mayes", "she has been telling council for years to move the road") not in rows
    assert ("Edna Sawyer-Quill", "she has been telling council for years to move the road") not in rows
