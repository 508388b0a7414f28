"""An officer named in apposition after a title that opens with the body's name, the branch's town run into it
(texts of our own): the officer speaks, not the body, and is the person of the later "Mr" and surname."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_union_branch_officer_after_the_union_title_is_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Addressing the press in town, the Tana Union of Clinical Officers Kiboko branch secretary-general, Mr "
        "Wekesa Odhiambo Barasa, said the county had ignored a strike notice issued in March.",
        "“We have waited long enough,” Mr Barasa said.",
    )
    assert [speaker for speaker, _ in rows] == ["Wekesa Odhiambo Barasa", "Wekesa Odhiambo Barasa"]
