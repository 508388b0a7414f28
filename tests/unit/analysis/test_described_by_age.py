"""Ages that stand for a person ("the 44-year-old says"): the person the article gave that age, whether as "Ingrid
Sorvald, 44,", "Ingrid Sorvald, now 44," or "Ingrid Sorvald, who is 44,", also when the parser hangs the age on the
cue as its modifier and leaves the cue without a subject; with no age given the quotation is left as before."""

from __future__ import annotations

from tests.quoting import L, R, said_by


def test_the_age_given_in_a_relative_clause_names_the_speaker(nlp):
    rows = said_by(
        nlp,
        "Ingrid Sorvald, who is 44, has trained sled dogs near the lake for two decades.",
        f"{L}The winters are shorter every year,{R} the 44-year-old says.",
    )
    assert [speaker for speaker, _ in rows] == ["Ingrid Sorvald"]


def test_an_age_the_parser_took_for_the_cues_modifier_is_its_speaker(nlp):
    rows = said_by(
        nlp,
        "Priya Lamontagne, 24, started the bakery with a loan from her aunt.",
        f"{L}I had no idea what I was doing,{R} the 24-year-old said.",
    )
    assert rows == [("Priya Lamontagne", f"{L}I had no idea what I was doing,{R}")]


def test_an_age_no_one_was_given_leaves_the_quotation_as_before(nlp):
    rows = said_by(
        nlp,
        f"Priya Lamontagne started the bakery with a loan from her aunt. {L}It was a leap,{R} Lamontagne says. "
        f"{L}I had no idea what I was doing,{R} the 24-year-old said.",
    )
    assert "" not in [speaker for speaker, _ in rows]  # no unnamed "24-year-old" made up for it


def test_an_age_given_after_now_or_aged_names_the_speaker(nlp):
    for given in ("now 61", "aged 61"):
        rows = said_by(
            nlp,
            f"Walter Pennock, {given}, has fished the bay since he left school.",
            "Three other boats tied up beside his at the wharf on Tuesday.",
            f"{L}The cod come back when they want to,{R} the 61-year-old says.",
        )
        assert [speaker for speaker, _ in rows] == ["Walter Pennock"], given


def test_an_age_given_only_in_a_description_is_the_person_it_stood_for(nlp):
    rows = said_by(
        nlp,
        "Harwick Town won 2-0 on Saturday after Joel Ambrose-Keane scored twice.",
        f"The 27-year-old forward, signed from a Belgian club in August, scored both goals before half-time. {L}I "
        f"needed that,{R} the 27-year-old told BBC Sport.",
    )
    assert [speaker for speaker, _ in rows] == ["Joel Ambrose-Keane"]


def test_an_age_is_not_the_person_named_in_another_persons_relative_clause(nlp):
    rows = said_by(
        nlp,
        f"Ravens guard Dion Acheampong-Hale, who marked Luis Ferro-Banks all night, was not impressed. {L}He missed "
        f"his first six shots,{R} the 26-year-old said.",
    )
    assert [speaker for speaker, _ in rows] == ["Dion Acheampong-Hale"]
