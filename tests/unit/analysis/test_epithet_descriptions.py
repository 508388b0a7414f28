"""A description opened by an epithet of long service ("says the veteran guide") calls back to the person the stretch
before it is about, though "veteran" alone names a kind of person (epithet_descriptions; texts of our own)."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_veteran_guide_after_a_named_subject_is_that_person(nlp):
    rows = said_by(
        nlp,
        "Mireille Tavenard has been searching the Jura for buried climbers for 30 years. "
        f"{L}A good dog finds you before the helicopter does,{R} says the veteran guide.",
    )
    assert [speaker for speaker, _ in rows] == ["Mireille Tavenard"]


def test_a_veteran_guide_with_no_article_of_callback_stays_unnamed(nlp):
    rows = said_by(
        nlp,
        "Mireille Tavenard has been searching the Jura for buried climbers for 30 years. "
        f"{L}A good dog finds you before the helicopter does,{R} said a veteran guide who works beside her.",
    )
    assert [speaker for speaker, _ in rows] == [""]
