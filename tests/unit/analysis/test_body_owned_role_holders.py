"""A named person called later by their role owned by the body they serve, in words of its kind: "the club's owner"
after "the Harriers' Canadian owner, X," and "the company's chief executive" after "Chief Executive X" are X, as "the
owner" and "his lawyer" are; "the victim's lawyer", owned by a person, is not the defence lawyer named before
(fictional text)."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_clubs_owner_is_the_owner_named_before(nlp):
    rows = said_by(
        nlp,
        "The win will please the Harriers’ Canadian owner, Linford Quesnel-Abara, who has faced protests from fans. "
        "“Fifth place is where this club belongs,” the club’s owner wrote on X after the game.",
    )
    assert [speaker for speaker, _ in rows] == ["Linford Quesnel-Abara"]


def test_the_companys_chief_executive_is_the_one_named_before(nlp):
    rows = said_by(
        nlp,
        "Orvelle Tooling cut its forecast on Monday, and its shares fell 8 percent.",
        "Chief executive Marguerite Voskuijlen-Abe spoke to analysts after the results. The company’s chief "
        "executive said demand from carmakers would recover by the spring.",
    )
    assert [speaker for speaker, _ in rows] == ["Marguerite Voskuijlen-Abe"]


def test_a_role_owned_by_a_person_is_no_one_named(nlp):
    rows = said_by(
        nlp,
        "Defence lawyer Pim Okoro-Vale asked for an adjournment, which the judge refused. The victim’s lawyer said "
        "the family had waited two years for the trial.",
    )
    assert [speaker for speaker, _ in rows] != ["Pim Okoro-Vale"]
