"""A post in a union makes no official (possessed_body_ends, union_posts): "the regional secretary of the pensioners'
union" keeps its union though the parser cuts the phrase at "pensioners", and the officers of a body named for its
workers ("the workers' council", "the dockworkers' alliance") are other; a ministry's secretary stays an official, a
company's other, and a workers' party's an official."""

from __future__ import annotations

import pytest

from tests.quoting import kind_of

#: (what the case shows, its paragraphs, the speaker, the kind wanted)
CASES = [
    (
        "the_regional_secretary_of_a_pensioners_union_with_its_name_is_other",
        (
            "“They call it a freeze, but it is a cut,” said Maddalena Corsetti-Vane, the regional secretary "
            "of the pensioners’ union Federazione Pensionati Velatra.",
        ),
        "Maddalena Corsetti-Vane",
        "other",
    ),
    (
        "the_regional_secretary_of_a_pensioners_union_before_the_verb_is_other",
        (
            "Maddalena Corsetti-Vane, the regional secretary of the pensioners’ union Federazione Anziani "
            "Velatra, said the union would join the national strike.",
        ),
        "Maddalena Corsetti-Vane",
        "other",
    ),
    (
        "the_regional_secretary_of_a_metalworkers_federation_with_its_initials_is_other",
        (
            "“We will not accept it,” said Maddalena Corsetti-Vane, the regional secretary of the "
            "metalworkers’ federation FEMZA.",
        ),
        "Maddalena Corsetti-Vane",
        "other",
    ),
    (
        "the_secretary_of_a_workers_council_is_other",
        (
            "“We will not accept it,” said Maddalena Corsetti-Vane, secretary of the workers’ council at the "
            "Tallmark plant.",
        ),
        "Maddalena Corsetti-Vane",
        "other",
    ),
    (
        "the_regional_secretary_of_a_ministry_stays_an_official",
        ("“We will not accept it,” said Maddalena Corsetti-Vane, the regional secretary of the finance ministry.",),
        "Maddalena Corsetti-Vane",
        "official",
    ),
    (
        "the_regional_secretary_of_a_company_stays_other",
        (
            "“We will not accept it,” said Maddalena Corsetti-Vane, the regional secretary of the shipping "
            "company Veltrano Lines.",
        ),
        "Maddalena Corsetti-Vane",
        "other",
    ),
    (
        "the_regional_secretary_of_a_workers_party_stays_an_official",
        ("“We will not accept it,” said Maddalena Corsetti-Vane, the regional secretary of the Workers’ Party.",),
        "Maddalena Corsetti-Vane",
        "official",
    ),
]


@pytest.mark.parametrize(("case", "paragraphs", "name", "kind"), CASES, ids=[c[0] for c in CASES])
def test_the_speaker_has_the_kind_of_the_post(nlp, case, paragraphs, name, kind):
    assert kind_of(nlp, name, *paragraphs) == kind
