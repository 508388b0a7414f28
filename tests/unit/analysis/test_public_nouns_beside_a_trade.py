""" "The ministry said", "the department said", "the agency said" or "the authority said" after a public body and a
company the article described by its trade ("the drugmaker Y", "the retailer Y") never stands for the company: no
one calls a drugmaker a ministry or an agency (acted_bodies.plies_trade, in named_last and where "the <noun>" is the
body that spoke or acted last, or the company of the person who spoke last)."""

from __future__ import annotations

from tests.quoting import profiles_of


def _speakers(nlp, *paragraphs: str) -> set[str]:
    return {name for name, _, _ in profiles_of(nlp, *paragraphs)}


def test_the_department_after_a_county_service_and_a_retailer_is_the_service(nlp):
    speakers = _speakers(
        nlp,
        "Marlow County Health Services shut three kitchens run by the retailer Pellham Foods after an outbreak of "
        "food poisoning.",
        "The department said at least 30 people had fallen ill since March.",
    )
    assert "Marlow County Health Services" in speakers
    assert "Pellham Foods" not in speakers


def test_the_ministry_after_a_health_office_and_a_drugmaker_is_the_office(nlp):
    speakers = _speakers(
        nlp,
        "Trastavia's Health Office banned a cough syrup sold by the drugmaker Corbeta Labs on Wednesday.",
        "The ministry said the syrup had been linked to kidney injuries in four children.",
    )
    assert any(name.endswith("Health Office") for name in speakers)
    assert "Corbeta Labs" not in speakers


def test_the_agency_after_a_drugmaker_spoke_of_a_council_is_the_council(nlp):
    paragraphs = (
        "The drugmaker Halvard Pharma said on Friday that it had won approval from the Fjordane Drug Council for a "
        "migraine tablet.",
        "The agency said the tablet had eased headaches within two hours for most patients in its trials.",
    )
    rows = profiles_of(nlp, *paragraphs)
    assert [name for name, _, _ in rows] == ["Halvard Pharma", "Fjordane Drug Council"]


def test_the_authority_after_a_carmaker_acted_is_not_the_carmaker(nlp):
    speakers = _speakers(
        nlp,
        "The carmaker Brantley Motors recalled 9,000 vans on Tuesday at the request of the Transport Office of "
        "Norland.",
        "The authority said the vans' brakes could fail in cold weather.",
    )
    assert "Brantley Motors" not in speakers


def test_the_department_after_a_retailer_alone_is_not_the_retailer(nlp):
    speakers = _speakers(
        nlp,
        "The retailer Pellham Foods closed two shops in Marlow after inspectors found mice in a storeroom.",
        "The department said the shops could reopen once they had passed a second inspection.",
    )
    assert "Pellham Foods" not in speakers


def test_the_agency_after_a_drugmaker_s_spokeswoman_spoke_is_the_council(nlp):
    speakers = _speakers(
        nlp,
        "The Fjordane Drug Council cleared a migraine tablet on Friday. Lise Aamot, a spokeswoman for the drugmaker "
        "Halvard Pharma, said the company would start selling it in May.",
        "The agency said the tablet had eased headaches within two hours for most patients in its trials.",
    )
    assert "Fjordane Drug Council" in speakers
    assert "Halvard Pharma" not in speakers


def test_the_agency_after_a_transit_operator_or_a_city_owned_utility_is_that_body(nlp):
    """Public bodies ply these trades too: "the agency" may still be the one so described."""
    transit = _speakers(
        nlp,
        "The transit operator Tamsin Valley Transit will raise bus fares by a dollar in July.",
        "The agency said the rise would pay for longer evening hours on six routes.",
    )
    water = _speakers(
        nlp,
        "The city-owned utility Corrigan Water will raise rates by 9 percent in July.",
        "The agency said the rise would pay for new pipes under the old town.",
    )
    assert (transit, water) == ({"Tamsin Valley Transit"}, {"Corrigan Water"})
