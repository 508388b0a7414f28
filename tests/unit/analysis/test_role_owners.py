"""Affiliations and kinds that a speaker's role words give, on the real pipeline (texts of our own): a ministry's
spokesperson after its portfolio's minister, a lower-case role after a company's name, a legislator by the seat they
hold, and the titles of local councils and provincial legislatures."""

from __future__ import annotations

from tests.quoting import quote_rows_of


def _profiles(nlp, *paragraphs: str) -> dict[str, tuple[str, str]]:
    return {r["speaker"]: (r["speaker_kind"], r["affiliation"]) for r in quote_rows_of(nlp, *paragraphs)}


def test_a_ministry_s_spokesman_after_its_minister_speaks_for_that_portfolio_s_ministry(nlp):
    profiles = _profiles(
        nlp,
        "Interior Minister Lena Haas said the border checks would stay in place.",
        "The ministry's spokeswoman, Ada Kroll, said the rules were under review.",
    )
    assert profiles["Ada Kroll"] == ("official", "Interior Ministry")


def test_a_company_s_name_before_a_lower_case_role_is_the_speaker_s_affiliation(nlp):
    profiles = _profiles(nlp, "Helvara chair Ingrid Solberg said the company would not sell its shipping arm.")
    assert profiles["Ingrid Solberg"] == ("other", "Helvara")


def test_a_person_s_surname_before_a_role_is_no_affiliation(nlp):
    profiles = _profiles(
        nlp,
        "Senator Ruth Calder toured the flooded valley on Monday.",
        "Calder communications director Evan Price said the senator would return next week.",
    )
    assert profiles["Evan Price"][1] == ""


def test_a_member_for_a_riding_is_a_legislator_of_the_party_named_before_it(nlp):
    profiles = _profiles(
        nlp,
        "Mark Doyle, the Liberal member for Kingsford, said the bridge was overdue.",
        "The NDP member for Elmvale, Rosa Tran, said the province had ignored the town.",
    )
    assert profiles["Mark Doyle"] == ("official", "Liberal")
    assert profiles["Rosa Tran"] == ("official", "NDP")


def test_councillors_members_of_provincial_legislatures_and_reeves_are_officials(nlp):
    profiles = _profiles(
        nlp,
        "Voters in the town of Harwood will elect a new council in the fall.",
        "Coun. Maria Santos said the council would vote on the bylaw in June.",
        "MPP Omar Haddad said the province should pay for the bridge.",
        "MLA Jenna Korb said the riding needed a new school.",
        "The reeve, Alma Lutz, said the township could not afford the road.",
        "Harwood deputy mayor Paul Fenn said the budget was tight.",
    )
    assert {name: kind for name, (kind, _) in profiles.items()} == dict.fromkeys(
        ["Maria Santos", "Omar Haddad", "Jenna Korb", "Alma Lutz", "Paul Fenn"], "official"
    )
    assert profiles["Paul Fenn"][1] == "Harwood"


def test_a_board_member_for_a_region_is_no_legislator(nlp):
    profiles = _profiles(nlp, "Lena Ortiz, a board member for Asia at Corvane Shipping, said freight rates would rise.")
    assert profiles["Lena Ortiz"][0] == "other"


def test_a_candidate_s_campaign_chairman_has_no_affiliation_from_the_candidate_s_name(nlp):
    profiles = _profiles(
        nlp,
        "Ruth Calder held a rally in Dayton on Monday.",
        "Evan Price, Calder campaign chairman, said the message was working.",
    )
    assert profiles["Evan Price"][1] == ""
