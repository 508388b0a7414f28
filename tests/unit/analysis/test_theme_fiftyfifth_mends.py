"""Themes of the mends after the fifty-fifth probe batch (oceans, polar regions and fisheries in world affairs): a
"turf war" and a season "like a cold war" as no war, the officers who police fishermen as no soldiers; an icebreaker
driven by a reactor as no weapon and the ships that carry gas as words of trade; the bodies that states set up to rule
on the oceans (the seabed authority, the whaling commission and its convention, the maritime organization) and the
line at sea between two states as words of diplomacy; seafood as a good that states buy and ban, as weak as any one
of them; a country that argues or contends as a state that speaks. Fictional texts on the real spaCy pipeline with the
shipped themes file."""

from __future__ import annotations

from tests.theming import article


def test_a_harbours_turf_war_its_cold_war_and_the_officers_who_police_it_are_no_war(nlp, themes):
    found = article(
        themes,
        nlp,
        "Crab pots cut in harbour turf war",
        [
            "A turf war between crabbers of Penmoor and Ardle flared again this week after twenty Ardle pots were cut "
            "loose off the point.",
            '"It has been like a cold war out on the water since spring," said skipper Tom Pell, 61. "Nobody speaks, '
            'everybody watches."',
            "Marine patrol officers said they had opened an inquiry into the cut ropes and asked both harbours to "
            "meet.",
            "Fisheries officers also seized 40 undersized crabs from a van on the quay.",
        ],
    )
    assert all("military" not in labels for labels in found), found


def test_a_nuclear_powered_icebreaker_leading_gas_carriers_is_trade_not_war(nlp, themes):
    (convoy,) = article(
        themes,
        nlp,
        "Arctic shipping season opens",
        [
            "A nuclear-powered icebreaker led three gas carriers out of the Yamal port on Sunday, bound for Asian "
            "buyers."
        ],
    )
    assert "military" not in convoy, convoy
    assert "trade" in convoy, convoy


def test_the_bodies_that_rule_on_the_oceans_are_diplomacy(nlp, themes):
    seabed, whaling = article(
        themes,
        nlp,
        "Ocean bodies meet",
        [
            "The International Seabed Authority opened its session in Kingston on Monday with mining rules on the "
            "agenda.",
            "Two member states said they would quit the whaling commission unless the ban on hunting was lifted.",
        ],
    )
    assert "diplomacy" in seabed, seabed
    assert "diplomacy" in whaling, whaling


def test_seafood_that_neighbours_check_goes_on_with_an_import_ban(nlp, themes):
    _, checked = article(
        themes,
        nlp,
        "Taiwan halts fish imports from Zelandia",
        [
            "Taiwan halted imports of fish from Zelandia on Monday after a cholera outbreak in its fishing ports, the "
            "health ministry said.",
            "Hong Kong and Singapore said they would check Zelandian seafood at the border but did not halt it.",
        ],
    )
    assert "trade" in checked, checked


def test_talks_between_two_states_on_their_maritime_boundary_are_diplomacy(nlp, themes):
    (talks,) = article(
        themes,
        nlp,
        "Gas field",
        ["Lebanon and Cyprus will hold talks on fisheries and their maritime boundary in Nicosia next month."],
    )
    assert "diplomacy" in talks, talks


def test_the_convention_that_rules_on_whaling_is_a_treaty_between_states(nlp, themes):
    _, convention = article(
        themes,
        nlp,
        "Australia takes Norway to court over whaling",
        [
            "Australia asked the International Court of Justice on Monday to halt Norway's hunt of fin whales.",
            "Norway's fisheries agency said the hunt was lawful under the whaling convention and would go on.",
        ],
    )
    assert "diplomacy" in convention, convention


def test_a_state_that_argues_its_case_speaks_as_a_state(nlp, themes):
    _, argued = article(
        themes,
        nlp,
        "Norway and Iceland fail to agree on herring",
        [
            "Talks between Norway and Iceland on sharing the herring catch ended without agreement on Friday.",
            "Iceland argues that warmer seas have pushed the herring west into its waters.",
        ],
    )
    assert "diplomacy" in argued, argued
