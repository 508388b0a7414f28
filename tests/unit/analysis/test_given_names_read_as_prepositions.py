"""A name the parser breaks at a given name it reads as a preposition ("Per", "Till", "Ulrike") or as a clause
("Sylvain") still speaks: as the subject of the cue when it opens the sentence and a description set off by commas
follows it, and as the apposition of the subject's title when it is set off after that title
(`given_names_read_as_prepositions`, run in `mended_subjects`). A real preposition's phrase set before the clause
stays what it is. Fictional people, towns and firms."""

from __future__ import annotations

import pytest

from tests.quoting import profiles_of, said_by

_OPENING = [
    (
        "Per Torvik, a director at the consultancy Vellmark Economics, said rents had held up.",
        ("Per Torvik", "analyst", "Vellmark Economics"),
    ),
    (
        "Per Lindqvar, head of research at the broker Osterby Securities, said the sale would ease the pressure for "
        "now.",
        ("Per Lindqvar", "analyst", "Osterby Securities"),
    ),
    (
        "Ulrike Dassendorf, a senior economist at Vellmark Economics, a consultancy that has advised rival sites, said "
        "the case would turn on prices.",
        ("Ulrike Dassendorf", "analyst", "Vellmark Economics"),
    ),
]


@pytest.mark.parametrize(("paragraph", "profile"), _OPENING)
def test_a_name_opening_the_sentence_is_the_speaker(nlp, paragraph, profile):
    assert profile in profiles_of(nlp, paragraph)


_SET_OFF = [
    (
        (
            "Brellin Paper said it would close its mill at Osterby.",
            "Osterby's mayor, Per Lindqvar, said the town would lose a fifth of its tax income.",
        ),
        ("Per Lindqvar", "official", "Osterby"),
    ),
    (
        (
            "The administrator appointed by the district court, Till Hardenberg, said he would look for buyers for the "
            "unfinished towers.",
        ),
        ("Till Hardenberg", "other", ""),
    ),
]


@pytest.mark.parametrize(("paragraphs", "profile"), _SET_OFF)
def test_a_name_set_off_after_the_title_is_the_speaker(nlp, paragraphs, profile):
    assert profile in profiles_of(nlp, *paragraphs)


def test_a_fronted_place_is_no_name(nlp):
    assert [speaker for speaker, _ in said_by(nlp, "In Paris, officials said the bridge would reopen.")] == [""]
    fronted = "In Osterby, the mayor's sister, Greta Lindqvar, told reporters her brother had called from the plane."
    assert [speaker for speaker, _ in said_by(nlp, fronted)] == ["Greta Lindqvar"]
    assert [s for s, _ in said_by(nlp, "At the hearing, Till Hardenberg said he would look for buyers.")] == [
        "Till Hardenberg"
    ]
