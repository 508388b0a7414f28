"""A post in a union makes no official (possessed_body_ends, union_posts): "the regional secretary of the pensioners'
union" keeps its union though the parser cuts the phrase at "pensioners", and the officers of a body named for its
workers ("the workers' council", "the dockworkers' alliance") are other; a ministry's secretary stays an official, a
company's other, and a workers' party's an official."""

from __future__ import annotations

from tests.quoting import kind_of as _kind


def test_the_regional_secretary_of_a_pensioners_union_with_its_name_is_other(nlp):
    paragraphs = (
        "“They call it a freeze, but it is a cut,” said Maddalena Corsetti-Vane, the regional secretary of the "
        "pensioners’ union Federazione Pensionati Velatra.",
    )
    assert _kind(nlp, "Maddalena Corsetti-Vane", *paragraphs) == "other"


def test_the_regional_secretary_of_a_pensioners_union_before_the_verb_is_other(nlp):
    paragraphs = (
        "Maddalena Corsetti-Vane, the regional secretary of the pensioners’ union Federazione Anziani Velatra, said "
        "the union would join the national strike.",
    )
    assert _kind(nlp, "Maddalena Corsetti-Vane", *paragraphs) == "other"


def test_the_regional_secretary_of_a_metalworkers_federation_with_its_initials_is_other(nlp):
    paragraphs = (
        "“We will not accept it,” said Maddalena Corsetti-Vane, the regional secretary of the metalworkers’ "
        "federation FEMZA.",
    )
    assert _kind(nlp, "Maddalena Corsetti-Vane", *paragraphs) == "other"


def test_the_secretary_of_a_workers_council_is_other(nlp):
    paragraphs = (
        "“We will not accept it,” said Maddalena Corsetti-Vane, secretary of the workers’ council at the Tallmark "
        "plant.",
    )
    assert _kind(nlp, "Maddalena Corsetti-Vane", *paragraphs) == "other"


def test_the_regional_secretary_of_a_ministry_stays_an_official(nlp):
    paragraphs = (
        "“We will not accept it,” said Maddalena Corsetti-Vane, the regional secretary of the finance ministry.",
    )
    assert _kind(nlp, "Maddalena Corsetti-Vane", *paragraphs) == "official"


def test_the_regional_secretary_of_a_company_stays_other(nlp):
    paragraphs = (
        "“We will not accept it,” said Maddalena Corsetti-Vane, the regional secretary of the shipping company "
        "Veltrano Lines.",
    )
    assert _kind(nlp, "Maddalena Corsetti-Vane", *paragraphs) == "other"


def test_the_regional_secretary_of_a_workers_party_stays_an_official(nlp):
    paragraphs = (
        "“We will not accept it,” said Maddalena Corsetti-Vane, the regional secretary of the Workers’ Party.",
    )
    assert _kind(nlp, "Maddalena Corsetti-Vane", *paragraphs) == "official"
