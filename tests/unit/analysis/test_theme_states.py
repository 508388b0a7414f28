"""States that the quotes' list of countries leaves out, a head of state acting on a state told through its voice, a
state speaking through its government or taking a stand towards another, a state advising its nationals abroad, and
wars waged by economic means, on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import Themes, ThemeScore, labels
from dashboard.analysis.themes.advisories import advisory
from dashboard.analysis.themes.held import held_abroad
from dashboard.analysis.themes.states import is_state, missed_states, title_states


def theme(themes: Themes, nlp, text: str, name: str) -> ThemeScore:
    return next(s for s in themes.score(nlp(text)) if s.theme == name)


def test_smaller_states_are_states_and_regions_are_not():
    assert all(is_state(name) for name in ["Niger", "Chad", "Burkina Faso", "the Holy See", "Netherlands"])
    assert not any(is_state(name) for name in ["Bavaria", "Ohio", "Lagos"])


def test_a_national_held_in_a_smaller_state_is_held_abroad(nlp):
    text = "Two Danish engineers abducted in Niger in March were freed on Sunday."
    assert held_abroad(nlp(text)) == "Danish abduct Niger"


def test_a_head_of_state_acts_on_a_state_told_through_its_voice_not_on_a_place(themes, nlp):
    voiced = theme(
        themes, nlp, "President Lena Moreau thanked the authorities of Chad for their help on Friday.", "diplomacy"
    )
    assert any(t.startswith("acting: President Lena Moreau thank") for t in voiced.terms)
    place = theme(themes, nlp, "President Lena Moreau thanked the volunteers in Chad on Friday.", "diplomacy")
    assert not any(t.startswith("acting: ") for t in place.terms)


def test_terror_or_war_waged_by_economic_means_is_no_armed_conflict(themes, nlp):
    text = "Valdoria called the new duties economic terrorism and warned of an economic war."
    assert theme(themes, nlp, text, "military").score == 0


def test_a_state_speaks_through_its_government(themes, nlp):
    text = "The Danish government said the new port would serve only fishing boats."
    assert "state speaks: Danish government say" in theme(themes, nlp, text, "diplomacy").terms
    club = theme(themes, nlp, "The Danish club said the new stadium would open in May.", "diplomacy")
    assert not any(t.startswith("state speaks") for t in club.terms)


def test_a_capital_taking_a_stand_towards_a_named_state_adds_the_whole_acting_weight(themes, nlp):
    stand = theme(themes, nlp, "Lisbon complained that Morocco had blocked the fishing fleet.", "diplomacy")
    said = theme(themes, nlp, "Lisbon said that Morocco had blocked the fishing fleet.", "diplomacy")
    assert stand.score == said.score + 1.0


def test_a_state_advising_its_nationals_to_leave_is_a_travel_advisory(nlp):
    assert advisory(nlp("The ministry urged the 300 Danes still in the country to leave at once.")) == (
        "urge Danes leave"
    )
    assert advisory(nlp("Canada told its citizens to avoid the border area.")) == "tell citizens avoid"
    assert advisory(nlp("The governor urged residents of the coast to leave before the storm.")) == ""
    assert advisory(nlp("Officials urged citizens to leave the flooded valley.")) == ""


def test_a_state_speaks_after_a_clause_set_between_commas(themes, nlp):
    text = "Portugal, which drafted the text, said the mission remained vital."
    assert "state speaks: Portugal say" in theme(themes, nlp, text, "diplomacy").terms


def test_a_state_that_says_it_answers_adds_the_whole_acting_weight(themes, nlp):
    answer = theme(themes, nlp, "Lisbon said it firmly opposed the decision.", "diplomacy")
    plain = theme(themes, nlp, "Lisbon said it would study the decision.", "diplomacy")
    assert answer.score == plain.score + 1.0
    called = theme(themes, nlp, "Moscow called the request a provocation.", "diplomacy")
    odd = theme(themes, nlp, "Moscow called the request a surprise.", "diplomacy")
    assert called.score == odd.score + 1.0


def test_a_state_answering_keeps_the_theme_of_what_it_answers(themes, nlp):
    texts = [
        "Valdoria will raise tariffs on imported steel to 40 percent from May, its trade ministry said on Monday.",
        "Lisbon welcomed the decision and said it expected the bloc to follow.",
    ]
    scores = themes.score_article([nlp(t) for t in texts], ["", ""], "Valdoria Raises Steel Tariffs")
    assert {"trade", "diplomacy"} <= set(labels(scores[1]))


def test_a_state_speaks_when_its_voice_tells_reporters(themes, nlp):
    text = "We are not alone, Portugal's president told reporters on Friday."
    assert "state speaks: Portugal's president tell" in theme(themes, nlp, text, "diplomacy").terms


def test_a_title_names_states_by_their_names_peoples_and_capitals_not_by_where_things_happen():
    assert title_states("Portugal Rejects Moroccan Protest Over Fishing Fleet") == 2
    assert title_states("Lisbon And Rabat Trade Barbs") == 2
    assert title_states("Ministers Meet In Lisbon") == 0
    assert title_states("New Zealand Hosts Chilean Leader") == 2


def test_a_title_naming_two_states_counts_their_parties_for_diplomacy(themes):
    two, one = themes.score_text("Portugal Rejects Moroccan Protest"), themes.score_text("Portugal Rejects Protest")
    assert two[themes.names.index("diplomacy")] == one[themes.names.index("diplomacy")] + 0.75
    assert two[themes.names.index("trade")] == one[themes.names.index("trade")]


def test_a_state_that_calls_what_it_answers_wrong_answers_it(themes, nlp):
    answer = theme(themes, nlp, "Lisbon said it had followed the rules and called the charges baseless.", "diplomacy")
    plain = theme(themes, nlp, "Lisbon said it had followed the rules and called the charges odd.", "diplomacy")
    assert answer.score == plain.score + 1.0


def test_a_state_or_a_people_the_recogniser_missed_is_still_a_party(themes, nlp):
    doc = nlp("Nigeria on Monday protested to Ghana over the deportation of 700 of its citizens.")
    assert [(s.text, s.label_) for s in missed_states(doc)] == [("Nigeria", "GPE")]
    protest = theme(themes, nlp, doc.text, "diplomacy")
    assert protest.label and "acting: Nigeria protest Ghana" in protest.terms
    officials = nlp("Ghanaian officials said those deported had overstayed their permits.")
    assert [(s.text, s.label_) for s in missed_states(officials)] == [("Ghanaian", "NORP")]
    assert any(
        t.startswith("state speaks: Ghanaian officials say")
        for t in theme(themes, nlp, officials.text, "diplomacy").terms
    )
    assert missed_states(nlp("Orders from Lagos rose by a fifth, the Ohio firm said.")) == []


def test_a_participle_after_a_comma_shares_the_doer_of_the_verb_before_it(themes, nlp):
    text = "Ecuador closed its border with Peru on Friday, accusing Lima of sheltering smugglers."
    assert "acting: Ecuador accuse Lima" in theme(themes, nlp, text, "diplomacy").terms
    alone = "Ecuador closed its border with Peru on Friday. Accusing Lima of sheltering smugglers is easy."
    assert not any(t.startswith("acting: ") for t in theme(themes, nlp, alone, "diplomacy").terms)


def test_a_state_calls_what_it_answers_by_its_voice(themes, nlp):
    text = "Colombia's president called the closure a mistake."
    assert any(
        t.startswith("state speaks: Colombia's president call") for t in theme(themes, nlp, text, "diplomacy").terms
    )
