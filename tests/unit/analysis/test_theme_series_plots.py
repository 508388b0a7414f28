"""What a television series or a subplot tells is no news of war or diplomacy (themes/depictions.py): the plot a
review gives of a series, told by "follows" past its title in quotation marks and a relative clause, and a subplot
about a defecting general with the relative clause that goes on telling him. A "series" of expulsions in the news
keeps its theme. Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

REVIEW = [
    'The six-part series "Cold Harbour", which starts on Friday, follows a French attache running agents from an '
    "embassy in 1960s Warsaw, and is a quiet triumph.",
    "Weaker is a subplot about a retired Polish colonel who smuggles the plans of a missile base across the border.",
]


def test_a_series_plot_told_past_its_title_is_no_diplomacy(nlp, themes):
    opening = article(themes, nlp, "Review: 'Cold Harbour' rewards patience", REVIEW)[0]
    assert "diplomacy" not in opening, opening


def test_a_subplot_about_a_colonel_and_his_deeds_is_no_war(nlp, themes):
    subplot = article(themes, nlp, "Review: 'Cold Harbour' rewards patience", REVIEW)[1]
    assert "military" not in subplot, subplot


NEWS = [
    "Dorvia expelled four Parvian diplomats on Tuesday, accusing them of spying for Parvia's military.",
    "The series of expulsions follows a row between the two governments over a listening post at Parvia's embassy.",
]


def test_a_series_of_expulsions_in_the_news_stays_diplomacy(nlp, themes):
    row = article(themes, nlp, "Dorvia expels four Parvian diplomats", NEWS)[1]
    assert "diplomacy" in row, row
