"""A party's post in a legislature makes an official (party_posts_in_parliament): a parliamentary leader, a whip, a
floor leader or the leader of a party's group in a chamber is a legislator, though the party is named by words no list
knows and reads as a company; a team leader, a residents' group's leader and a company's head of parliamentary affairs
hold no public office."""

from __future__ import annotations

from tests.quoting import kind_of as _kind


def test_a_parliamentary_leader_of_a_party_named_as_an_alliance_is_an_official(nlp):
    paragraphs = (
        "The junior partner, the Harbour Renewal Alliance, wants the rail money restored. Its parliamentary leader, "
        "Ottilie Brandquist-Maro, said her party would not back the plan.",
    )
    assert _kind(nlp, "Ottilie Brandquist-Maro", *paragraphs) == "official"


def test_a_groups_whip_is_an_official(nlp):
    paragraphs = (
        "The centrist group’s whip, Lorcan Thewlis-Aba, told reporters his members would vote for the budget "
        "“without any joy.”",
    )
    assert _kind(nlp, "Lorcan Thewlis-Aba", *paragraphs) == "official"


def test_a_chief_whip_is_an_official(nlp):
    paragraphs = ("“The vote will be held on Friday, whatever happens,” said Perpetua Ndoro-Saltz, the chief whip.",)
    assert _kind(nlp, "Perpetua Ndoro-Saltz", *paragraphs) == "official"


def test_a_groups_leader_in_the_assembly_is_an_official(nlp):
    paragraphs = (
        "Aurelio Grevholt-Diaz, the leader of the Civic Renewal group in the National Assembly, said his deputies "
        "would table a motion of censure.",
    )
    assert _kind(nlp, "Aurelio Grevholt-Diaz", *paragraphs) == "official"


def test_a_group_leader_in_parliament_is_an_official(nlp):
    paragraphs = (
        "“We will not lend our votes to this,” said Aurelio Grevholt-Diaz, the Civic Renewal group leader in "
        "parliament.",
    )
    assert _kind(nlp, "Aurelio Grevholt-Diaz", *paragraphs) == "official"


def test_a_group_leader_on_an_assembly_line_stays_other(nlp):
    paragraphs = (
        "Tamsin Orrevelde, a group leader on the assembly line at Quillon Foods, said the line would restart on "
        "Monday.",
    )
    assert _kind(nlp, "Tamsin Orrevelde", *paragraphs) == "other"


def test_a_team_leader_at_a_company_stays_other(nlp):
    paragraphs = ("Tamsin Orrevelde, a team leader at Quillon Foods, said the line would restart on Monday.",)
    assert _kind(nlp, "Tamsin Orrevelde", *paragraphs) == "other"


def test_a_residents_group_leader_stays_other(nlp):
    paragraphs = ("Brannock Ilse-Farrow, the leader of the Eastmoor residents’ group, said the road was unsafe.",)
    assert _kind(nlp, "Brannock Ilse-Farrow", *paragraphs) == "other"


def test_a_companys_head_of_parliamentary_affairs_stays_other(nlp):
    paragraphs = (
        "Oriel Saxthorpe-Lund, head of parliamentary affairs at Quillon Foods, said the levy would raise prices.",
    )
    assert _kind(nlp, "Oriel Saxthorpe-Lund", *paragraphs) == "other"


def test_a_party_leader_outside_parliament_keeps_the_partys_kind(nlp):
    paragraphs = (
        "The leader of the hard-right Rempart party, Gilles Armande-Voss, said his party would not prop up the "
        "government.",
    )
    assert _kind(nlp, "Gilles Armande-Voss", *paragraphs) == "official"
