"""A party's post in a legislature makes an official (party_posts_in_parliament): a parliamentary leader, a whip, a
floor leader or the leader of a party's group in a chamber is a legislator, though the party is named by words no list
knows and reads as a company; a team leader, a residents' group's leader and a company's head of parliamentary affairs
hold no public office."""

from __future__ import annotations

import pytest

from tests.quoting import kind_of

#: (what the case shows, its paragraphs, the speaker, the kind wanted)
CASES = [
    (
        "a_parliamentary_leader_of_a_party_named_as_an_alliance_is_an_official",
        (
            "The junior partner, the Harbour Renewal Alliance, wants the rail money restored. Its "
            "parliamentary leader, Ottilie Brandquist-Maro, said her party would not back the plan.",
        ),
        "Ottilie Brandquist-Maro",
        "official",
    ),
    (
        "a_groups_whip_is_an_official",
        (
            "The centrist group’s whip, Lorcan Thewlis-Aba, told reporters his members would vote for the "
            "budget “without any joy.”",
        ),
        "Lorcan Thewlis-Aba",
        "official",
    ),
    (
        "a_chief_whip_is_an_official",
        ("“The vote will be held on Friday, whatever happens,” said Perpetua Ndoro-Saltz, the chief whip.",),
        "Perpetua Ndoro-Saltz",
        "official",
    ),
    (
        "a_groups_leader_in_the_assembly_is_an_official",
        (
            "Aurelio Grevholt-Diaz, the leader of the Civic Renewal group in the National Assembly, said his "
            "deputies would table a motion of censure.",
        ),
        "Aurelio Grevholt-Diaz",
        "official",
    ),
    (
        "a_group_leader_in_parliament_is_an_official",
        (
            "“We will not lend our votes to this,” said Aurelio Grevholt-Diaz, the Civic Renewal group "
            "leader in parliament.",
        ),
        "Aurelio Grevholt-Diaz",
        "official",
    ),
    (
        "a_group_leader_on_an_assembly_line_stays_other",
        (
            "Tamsin Orrevelde, a group leader on the assembly line at Quillon Foods, said the line would "
            "restart on Monday.",
        ),
        "Tamsin Orrevelde",
        "other",
    ),
    (
        "a_team_leader_at_a_company_stays_other",
        ("Tamsin Orrevelde, a team leader at Quillon Foods, said the line would restart on Monday.",),
        "Tamsin Orrevelde",
        "other",
    ),
    (
        "a_residents_group_leader_stays_other",
        ("Brannock Ilse-Farrow, the leader of the Eastmoor residents’ group, said the road was unsafe.",),
        "Brannock Ilse-Farrow",
        "other",
    ),
    (
        "a_companys_head_of_parliamentary_affairs_stays_other",
        ("Oriel Saxthorpe-Lund, head of parliamentary affairs at Quillon Foods, said the levy would raise prices.",),
        "Oriel Saxthorpe-Lund",
        "other",
    ),
    (
        "a_party_leader_outside_parliament_keeps_the_partys_kind",
        (
            "The leader of the hard-right Rempart party, Gilles Armande-Voss, said his party would not prop "
            "up the government.",
        ),
        "Gilles Armande-Voss",
        "official",
    ),
]


@pytest.mark.parametrize(("case", "paragraphs", "name", "kind"), CASES, ids=[c[0] for c in CASES])
def test_the_speaker_has_the_kind_of_the_post(nlp, case, paragraphs, name, kind):
    assert kind_of(nlp, name, *paragraphs) == kind
