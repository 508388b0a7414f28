"""Themes of the mends after the fifty-sixth probe batch (technology in world affairs): a figure set off in quotation
marks inside a phrase that counts for no theme ('an "army" of volunteers' is "an army of"). Fictional texts on the
real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_phrase_that_counts_for_no_theme_is_read_across_the_quotation_marks_of_its_figure(nlp, themes):
    volunteers, coders, soldiers = article(
        themes,
        nlp,
        "Weekend round-up",
        [
            'An "army" of 300 volunteers cleared litter from the beach at Polmerry on Sunday.',
            "An \u201carmy\u201d of unpaid coders keeps the town's booking website running, the council said.",
            'The "army" sent 300 soldiers to clear the roads after the storm.',
        ],
    )
    assert "military" not in volunteers, volunteers
    assert "military" not in coders, coders
    assert "military" in soldiers, soldiers
