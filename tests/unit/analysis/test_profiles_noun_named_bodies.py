"""A body spoken of again by the plain noun the article named it with ("the regional bloc SADEC … the bloc said",
"The U.N. mission in Ostland, UNMOS, … the mission's head", "The Ostland Relief Fund will cut aid, the U.N. agency
said. … The agency's country director"): the body that phrase named, not the "U.N." of its description."""

from __future__ import annotations

from tests.quoting import profiles_of as profiles


def test_the_bloc_named_right_after_its_noun_speaks_as_the_bloc(nlp):
    paragraph = (
        "LUSAKA (Reuters) - Observers from the regional bloc SADEC counted 30 polling stations that opened late on "
        "Sunday, the bloc said on Monday."
    )
    assert profiles(nlp, paragraph) == [("SADEC", "institution", "")]


def test_the_mission_s_head_serves_the_mission_its_initials_named(nlp):
    paragraph = (
        "JUBA (Reuters) - The U.N. peacekeeping mission in Ostland, UNMOS, will withdraw its last 900 troops by the "
        "end of May, the mission's head, Clara Mendes, said on Friday."
    )
    [(speaker, _, affiliation)] = profiles(nlp, paragraph)  # "UNMOS" untagged; its kind of body is unknown
    assert (speaker, affiliation) == ("Clara Mendes", "UNMOS")


def test_the_agency_s_director_serves_the_body_the_agency_spoke_for(nlp):
    paragraphs = (
        "GENEVA (AP) - The International Relief Fund will halve food aid to camps in the east from August, the U.N. "
        "agency said on Wednesday.",
        "The agency's regional director, Tomas Brandt, said donors had paid less than half of what was pledged.",
    )
    speaker, _, affiliation = profiles(nlp, *paragraphs)[1]
    assert (speaker, affiliation) == ("Tomas Brandt", "International Relief Fund")


def test_the_agency_s_director_is_not_read_back_past_another_agency_named_since(nlp):
    paragraphs = (
        "GENEVA (AP) - The International Relief Fund will halve food aid to camps in the east, the U.N. agency said.",
        "A second agency, the World Grain Council, said its own stocks were low.",
        "The agency's regional director, Tomas Brandt, said donors had paid less than half of what was pledged.",
    )
    assert profiles(nlp, *paragraphs)[-1][2] != "International Relief Fund"


def test_the_service_s_director_general_serves_the_directorate_named_after_the_service(nlp):
    paragraphs = (
        "TALLINN (Reuters) - Estonia's domestic security service, the Home Vigilance Directorate, said on Monday that "
        "foreign agents had tried to recruit port workers.",
        "The service's director general, Maarika Tõnisson-Lepp, said most approaches now began on social media.",
    )
    assert profiles(nlp, *paragraphs)[1] == ("Maarika Tõnisson-Lepp", "official", "Home Vigilance Directorate")


def test_a_body_s_name_set_off_after_its_noun_speaks_though_taken_for_a_person_s(nlp):
    paragraphs = (
        "Latvia's government cyber agency, Sargvara, said it had blocked attacks on two water utilities.",
        "Its director, Ilmars Brencis-Ozols, said the attackers had used stolen passwords.",
    )
    found = profiles(nlp, *paragraphs)
    assert found[0] == ("Sargvara", "institution", "")
    assert found[1] == ("Ilmars Brencis-Ozols", "official", "Sargvara")  # a state's agency, as its noun says
