"""A phrase after the cue that the parser hangs on the name before it as its apposition ("X said on Tuesday, the
largest single purchase in the history of the air force") is the narrator's comment on the sentence, not the
speaker's description: the title before the name stays the role (split_names; real pipeline, fictional people)."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def test_a_comment_after_the_cue_is_no_role_of_the_minister_named_before_it(nlp):
    text = (
        "LISBON, March 2 (Reuters) - Portugal will buy eight helicopters from the planemaker Ribeira Aero for about "
        "400 million euros, Defence Minister Joana Lacerda-Pinto said on Tuesday, the largest single purchase in the "
        "history of the air force."
    )
    rows = quote_rows_of(nlp, text)
    assert [(r["speaker"], r["speaker_kind"], r["role"]) for r in rows] == [
        ("Joana Lacerda-Pinto", "official", "Defence Minister")
    ]


def test_a_description_set_beside_the_name_before_the_cue_stays_its_role(nlp):
    text = "Aoife Kearns, the chief executive of Corrib Marine, said on Wednesday that the yard would hire 200 welders."
    rows = quote_rows_of(nlp, text)
    assert [(r["speaker"], r["speaker_kind"], r["affiliation"]) for r in rows] == [
        ("Aoife Kearns", "other", "Corrib Marine")
    ]
