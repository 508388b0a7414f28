"""A headline left among the paragraphs that calls a body by its kind ("Tribal council says …", "Tribe tells …",
"…, UN agency says") speaks for the one organisation the story names whose name ends with that noun ("The Kenoshay
Tribal Council says …", "the Sable Fork Tribe", "the Grain Markets Agency"), not for the noun nor a body beside it.
When two names end with the noun ("the Security Council", "the Tamsworth Town Council"), the headline names neither.
Fictional texts on the real spaCy pipeline."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_headlines_tribal_council_is_the_council_the_story_names(nlp):
    said = said_by(
        nlp,
        "Tribal council says no road will cross its traplines without consent",
        "The Kenoshay Tribal Council says it will not allow a proposed road to a nickel mine to cross the traplines of "
        "its member First Nations until each community has voted on it.",
    )
    assert ("Kenoshay Tribal Council", "no road will cross its traplines without consent") in said, said


def test_a_headlines_tribe_is_the_tribe_the_story_names_though_tagged_a_place(nlp):
    said = said_by(
        nlp,
        "Tribe tells regulators a pipeline route threatens its water",
        "PIERRE, S.D. — The chairwoman of the Sable Fork Tribe told state regulators on Tuesday that a proposed "
        "pipeline would cross within a mile of the well field that supplies the tribe’s drinking water.",
    )
    assert ("Sable Fork Tribe", "a pipeline route threatens its water") in said, said


def test_a_headlines_un_agency_is_the_agency_not_the_united_nations(nlp):
    said = said_by(
        nlp,
        "World wheat prices climb for fifth month as stocks shrink, UN agency says",
        "ROME (Newsline) — World wheat prices rose for a fifth month in a row in May, the Grain Markets Agency of the "
        "United Nations said on Friday.",
    )
    assert ("Grain Markets Agency", "World wheat prices climb for fifth month as stocks shrink") in said, said
    assert not any(speaker == "United Nations" for speaker, _ in said), said


def test_a_headlines_council_with_two_councils_named_gives_no_quote(nlp):
    said = said_by(
        nlp,
        "Council says budget will hold taxes flat",
        "The Security Council met on Monday. The Tamsworth Town Council said its budget would hold taxes flat.",
    )
    assert said == [("Tamsworth Town Council", "its budget would hold taxes flat")], said


def test_a_headlines_appeals_court_with_a_court_of_appeals_named_is_not_the_supreme_court(nlp):
    said = said_by(
        nlp,
        "Appeals court says governor overstepped with emergency levy",
        "A federal appeals court ruled on Friday that the governor overstepped his powers. The panel of the U.S. "
        "Court of Appeals for the Ninth Circuit said the law did not allow the levy. The state may ask the Supreme "
        "Court to step in.",
    )
    assert not any(speaker == "Supreme Court" for speaker, _ in said), said
