"""A body's name the recogniser cut after "for", "of" or "on" ("The Irish Council for| Digital Rights") is joined to
the name tagged right after it (`cut_of_names`), so the body speaks with its whole name; one of "the" body after it
stays apart (real pipeline, fictional bodies)."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_council_cut_after_for_speaks_whole(nlp):
    rows = said_by(
        nlp,
        "The Irish Council for Digital Rights, a campaign group, said the office had taken too long to decide.",
    )
    assert [s for s, _ in rows] == ["Irish Council for Digital Rights"]


def test_the_joined_name_is_one_organisation(nlp):
    doc = nlp("The Irish Council for Digital Rights said the office had taken too long to decide.")
    assert [(e.text, e.label_) for e in doc.ents] == [("The Irish Council for Digital Rights", "ORG")]


def test_a_university_cut_after_del_with_the_rest_taken_for_a_person_is_one_organisation(nlp):
    doc = nlp(
        "Ignacio Barrientos Lagos, a professor of astrophysics at the Universidad del Litoral Norte, said the cracks "
        "showed the risk."
    )
    assert ("the Universidad del Litoral Norte", "ORG") in [(e.text, e.label_) for e in doc.ents]
