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


def test_the_veteran_engineer_opening_a_paragraph_is_the_one_person_of_the_paragraph_before(nlp):
    """ "The veteran engineer, who …, said" opens a paragraph after one that was about one person, who spoke there
    through "she": the epithet calls back to her."""
    rows = said_by(
        nlp,
        "Petra Kowalik-Dunne, who chairs the Orlen Valley Water Board, said on Monday that the reservoir was at a "
        "third of its usual level.",
        f"Kowalik-Dunne declined to say when rationing would start. {L}We will decide that with the towns,{R} she "
        "said.",
        "The veteran engineer, who built the board’s first pumping station in 1994, said the valley had not seen so "
        "dry a spring in her lifetime.",
    )
    assert [speaker for speaker, _ in rows] == ["Petra Kowalik-Dunne"] * 3


def test_the_veteran_senator_is_not_the_governor_of_the_paragraph_before(nlp):
    rows = said_by(
        nlp,
        "Gov. Alder Brannigan-Roy signed the water bill on Monday in Dunmere.",
        "The veteran senator, who wrote the first draft of the bill in 2019, said the law was long overdue.",
    )
    assert ("Alder Brannigan-Roy", "the law was long overdue") not in rows
