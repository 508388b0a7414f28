""" "the CEO said" after a person the article named as a chief executive spelled out, and "the chief executive said"
after "CEO X": the initials and the spelled-out title are one office, so the description is that person (texts of our
own)."""

from __future__ import annotations

import pytest

from tests.quoting import L, R, said_by

_QUOTE = f"{L}The branches stay open,{R}"


@pytest.mark.parametrize(
    ("named", "described"),
    [
        ("Mirela Stanwick, the co-operative’s chief executive, spoke to reporters on Tuesday.", "the CEO"),
        ("Mirela Stanwick, chief executive officer of Dunmore Mutual, spoke to reporters on Tuesday.", "the CEO"),
        ("Dunmore Mutual CEO Mirela Stanwick spoke to reporters on Tuesday.", "the chief executive"),
        ("Mirela Stanwick, Dunmore Mutual’s chief financial officer, spoke to reporters on Tuesday.", "the CFO"),
        ("Mirela Stanwick, Dunmore Mutual’s chief operating officer, spoke to reporters on Tuesday.", "the COO"),
    ],
)
def test_the_initials_or_the_title_spelled_out_bring_back_the_named_officer(nlp, named, described):
    assert said_by(nlp, named, f"{_QUOTE} {described} said.") == [("Mirela Stanwick", _QUOTE)]


def test_a_description_before_its_quote_is_the_officer_too(nlp):
    text = (
        "A reporter asked Mirela Stanwick, the co-operative’s chief executive, about the branches. The CEO said the "
        f"branches were {L}the last thing we would ever close.{R}"
    )
    [(speaker, quote)] = said_by(nlp, text)
    assert speaker == "Mirela Stanwick" and "last thing we would ever close" in quote


def test_another_chief_office_is_not_the_ceo(nlp):
    named = "Mirela Stanwick, Dunmore Mutual’s chief financial officer, spoke to reporters on Tuesday."
    [(speaker, _)] = said_by(nlp, named, f"{_QUOTE} the CEO said.")
    assert speaker != "Mirela Stanwick"
