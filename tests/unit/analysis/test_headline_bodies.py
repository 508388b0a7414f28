"""A headline line that calls a body by its kind ("Tribal council says …", "Tribe tells …", "…, UN agency says")
when the story names the body below ("The Kenoshay Tribal Council says …", "the Sable Fork Tribe", "the Grain Markets
Agency") gives no quote, as a headline line that only describes its speaker gives none: not to the bare noun, which
the recogniser may tag as a name, nor to a body beside it ("UN" read as the United Nations). The lede still speaks
for the body; a headline line that names its body in full still quotes it. Fictional texts on the real spaCy
pipeline."""

from __future__ import annotations

from tests.quoting import said_by


def test_a_headlines_tribal_council_gives_no_quote_and_the_lede_names_the_council(nlp):
    said = said_by(
        nlp,
        "Tribal council says no road will cross its traplines without consent",
        "The Kenoshay Tribal Council says it will not allow a proposed road to a nickel mine to cross the traplines of "
        "its member First Nations until each community has voted on it.",
    )
    assert not any("no road will cross" in quote for _, quote in said), said
    assert any(speaker == "Kenoshay Tribal Council" and "not allow" in quote for speaker, quote in said), said


def test_a_headlines_tribe_gives_no_quote_though_the_tribe_named_below_is_tagged_a_place(nlp):
    said = said_by(
        nlp,
        "Tribe tells regulators a pipeline route threatens its water",
        "PIERRE, S.D. — The chairwoman of the Sable Fork Tribe told state regulators on Tuesday that a proposed "
        "pipeline would cross within a mile of the well field that supplies the tribe’s drinking water.",
    )
    assert not any("route threatens its water" in quote for _, quote in said), said


def test_a_headlines_un_agency_is_not_the_united_nations(nlp):
    said = said_by(
        nlp,
        "World wheat prices climb for fifth month as stocks shrink, UN agency says",
        "ROME (Newsline) — World wheat prices rose for a fifth month in a row in May, the Grain Markets Agency of the "
        "United Nations said on Friday.",
    )
    assert not any(speaker == "United Nations" for speaker, _ in said), said
    assert any(speaker == "Grain Markets Agency" and "rose for a fifth month" in quote for speaker, quote in said)


def test_a_headline_line_that_names_its_body_in_full_still_quotes_it(nlp):
    said = said_by(
        nlp,
        "Kenoshay Tribal Council says no road will cross its traplines without consent",
        "The Kenoshay Tribal Council says it will not allow a proposed road to a nickel mine to cross the traplines of "
        "its member First Nations until each community has voted on it.",
    )
    assert ("Kenoshay Tribal Council", "no road will cross its traplines without consent") in said, said
