"""Themes of the mends of what the sixty-ninth probe batch (global health between states) got wrong: a hospital's
name ("Riverside General Hospital") is no general, and health workers "on the frontline" are no troops; the World
Health Organization is an international body of states; goods sold to a state told as the verb's
second object ("sold 9 million doses to Kenya") go to a market abroad; states that compete for influence are relations
between states; a head of government acts on a capital that he names as the object of his verb ("thanked Canberra").
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import Themes, ThemeScore
from tests.theming import article


def theme(themes: Themes, nlp, text: str, name: str) -> ThemeScore:
    return next(s for s in themes.score(nlp(text)) if s.theme == name)


def test_a_general_hospital_is_no_general(nlp, themes):
    ward = "Nurses at Riverside General Hospital said the emergency ward had been full since Monday."
    assert theme(themes, nlp, ward, "military").score == 0


def test_a_general_at_a_hospital_is_still_a_general(nlp, themes):
    visit = "General Tobias Renner visited wounded soldiers at the military hospital in Vorland."
    assert "general" in theme(themes, nlp, visit, "military").terms


def test_health_workers_on_the_frontline_are_no_troops(nlp, themes):
    for text in [
        "Frontline health workers at the clinic have not had a day off since the measles outbreak began.",
        "Nurses on the frontline at the county hospital said they had worked 14-hour shifts for a month.",
        "The union said frontline staff at the hospital deserved more than applause.",
    ]:
        assert theme(themes, nlp, text, "military").score == 0, text


def test_troops_on_the_frontline_are_still_war(nlp, themes):
    text = "Soldiers on the frontline near Vostok said the shelling had not stopped for three days."
    assert "frontline" in theme(themes, nlp, text, "military").terms


def test_the_world_health_body_is_an_international_organisation(nlp, themes):
    text = (
        "The World Health Organization urged governments not to restrict exports of essential medicines, saying a "
        "ban in one country could cause shortages in dozens of others."
    )
    assert "world health organization" in theme(themes, nlp, text, "diplomacy").terms


def test_goods_sold_to_a_state_as_second_object_go_to_a_market(nlp, themes):
    text = "The Lagos drug maker has sold 9 million doses to Kenya and Ghana this year."
    assert any(t.startswith("market: sell") for t in theme(themes, nlp, text, "trade").terms)


def test_arms_sold_to_a_state_are_no_market(nlp, themes):
    text = "The Vorland firm has sold 40 howitzers to Kenya this year."
    assert not any(t.startswith("market:") for t in theme(themes, nlp, text, "trade").terms)


def test_states_competing_for_influence_are_relations(nlp, themes):
    text = (
        "Turkey and the United Arab Emirates have spent years competing for influence across the Horn of Africa, "
        "analysts said."
    )
    assert "diplomacy" in article(themes, nlp, "Gulf and Turkish money pours into Somali ports", [text])[0]


def test_a_head_of_government_acts_on_a_capital_he_names(nlp, themes):
    text = 'Prime Minister Ana Kuvola thanked Canberra for being "a true friend" and said the ship would stay a week.'
    terms = theme(themes, nlp, text, "diplomacy").terms
    assert any(t.startswith("acting: Prime Minister Ana Kuvola thank") for t in terms)


def test_a_dateline_with_no_date_is_no_party(nlp, themes):
    text = "NAIROBI/ADDIS ABABA - Kenya banned imports of maize flour on Tuesday, the trade ministry said."
    assert not any(t.startswith("parties:") for t in theme(themes, nlp, text, "diplomacy").terms)


def test_a_head_of_government_at_a_capital_is_no_object(nlp, themes):
    text = "Prime Minister Ana Kuvola thanked the volunteers in Canberra on Friday."
    assert not any(t.startswith("acting: ") for t in theme(themes, nlp, text, "diplomacy").terms)
