"""Themes of the mends after the fifty-ninth, sixtieth and sixty-first probe batches (culture and heritage, arms
control, coups and juntas), each by a general pattern: a state that answers through a ministry the tagger takes for a
proper noun ("Vietnam's Trade Ministry said it firmly opposed the listings") speaks as its state, as it does through
"Vietnam's government", though not one that only reports what it saw ("Japan's Defense Ministry said the missile
fell outside its waters"); the EU named as one side of a trade figure ("Trade between the EU and Chile reached a
record") is trade's word, as ASEAN and the G7 are, when it is all diplomacy has there. Fictional texts on the real
spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

LISTED = [
    "The European Union on Friday barred exports to nine Vietnamese firms it accused of supplying parts for drones "
    "used against Ukraine.",
    'Vietnam\'s Trade Ministry said it "firmly opposed" the listings and would protect the rights of its companies.',
]


def test_a_state_answers_through_a_ministry_named_as_a_proper_noun(nlp, themes):
    _, answer = article(themes, nlp, "EU lists nine Vietnamese firms over drone parts", LISTED)
    assert "diplomacy" in answer, answer


LAUNCH = [
    "SEOUL, May 4 - North Korea fired a ballistic missile into the sea on Sunday, days after South Korea and the "
    "United States ended joint drills, Seoul's military said.",
    "Japan's Defense Ministry said the missile fell outside its exclusive economic zone and that no ships were hit.",
]


def test_a_ministry_named_as_a_proper_noun_that_only_reports_is_no_state_answering(nlp, themes):
    _, report = article(themes, nlp, "North Korea fires ballistic missile", LAUNCH)
    assert "diplomacy" not in report, report


FIGURE = [
    "The European Union on Monday barred exports to six Chilean firms it said had shipped drone parts to Russia.",
    "Chile's foreign ministry said it firmly opposed the listings.",
    "Trade between the EU and Chile reached a record 30 billion euros last year, most of it copper and wine.",
]


def test_the_eu_named_as_one_side_of_a_trade_figure_is_trade_s_word(nlp, themes):
    *_, figure = article(themes, nlp, "EU lists six Chilean firms over drone parts", FIGURE)
    assert figure == ["trade"], figure
