"""A member of a legislature called "the lawmaker" later (texts of our own): "X, a member of the parliament's budget
committee," is the one "the lawmaker said" speaks of, though the word is in neither the role nor the body."""

from __future__ import annotations

from tests.quoting import said_by


def test_the_lawmaker_is_the_member_of_parliament_named_before(nlp):
    rows = said_by(
        nlp,
        "Mohammad-Taqi Rezaei-Far, a member of the parliament's budget committee, told IRNA that the chamber backed "
        'the plan. "Muscat has always kept its word," the lawmaker said.',
    )
    assert [speaker for speaker, _ in rows] == ["Mohammad-Taqi Rezaei-Far", "Mohammad-Taqi Rezaei-Far"]


def test_a_member_of_a_company_board_is_no_lawmaker(nlp):
    rows = said_by(
        nlp,
        "Edda Kveldsen, a member of the Harbour Freight board, told the paper that the fleet would grow. "
        '"We need ten more ships," the lawmaker said.',
    )
    assert rows[-1][0] != "Edda Kveldsen"


def test_a_representative_titled_rep_is_the_freshman_lawmaker_of_the_next_sentence(nlp):
    rows = said_by(
        nlp,
        "Rep. Oswin Garraway-Fell, D-Mich., a freshman, said the levee had failed twice in his lifetime. “Nobody "
        "here trusts the sandbags anymore,” the freshman lawmaker added.",
    )
    assert [speaker for speaker, _ in rows] == ["Oswin Garraway-Fell", "Oswin Garraway-Fell"]


def test_a_senator_is_the_lawmaker_of_the_next_sentence(nlp):
    rows = said_by(
        nlp,
        "Sen. Maribel Okafor-Dunn of Oregon said the agency had ignored three warnings. “They were told, and they "
        "waited,” the lawmaker said.",
    )
    assert [speaker for speaker, _ in rows] == ["Maribel Okafor-Dunn", "Maribel Okafor-Dunn"]
