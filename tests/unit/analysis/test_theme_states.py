"""States that the quotes' list of countries leaves out, a head of state acting on a state told through its voice, and
wars waged by economic means, on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from dashboard.analysis.themes import Themes, ThemeScore
from dashboard.analysis.themes.held import held_abroad
from dashboard.analysis.themes.states import is_state


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
