"""Themes of the mends of what the sixty-fifth and sixty-sixth probe batches still missed on the campaign trail: a
state's election named by its people from abroad ("did not comment on American elections") is no word of domestic
politics where a foreign state speaks of it, and a pact reopened ("would not renegotiate the pact") is a weak word
of trade; a state's delegate speaks for it as its envoy does ("Kenya's delegate called the figure an insult").
Fictional texts on the real spaCy pipeline with the shipped themes file."""

from __future__ import annotations

from tests.theming import article

TARIFF_LEAD = (
    "MILWAUKEE, Aug 4 (Pressline) - Republican nominee Carl Brenneman promised on Sunday to put a 45 percent tariff on "
    "every car imported from Japan if he is elected, telling a rally at a closed engine plant that the levy would "
    "bring the jobs back."
)


def test_a_foreign_ministry_on_another_state_s_election_is_relations(nlp, themes):
    asked = (
        "Japan's foreign ministry, asked about the pledge, said it did not comment on American elections but that "
        '"tariffs only raise prices."'
    )
    told = article(themes, nlp, "Brenneman vows tariff on Japanese cars", [TARIFF_LEAD, asked])[1]
    assert "diplomacy" in told, told


def test_an_election_at_home_is_still_domestic_politics(nlp, themes):
    home = "Brenneman leads in Wisconsin by four points, and his campaign says the election will turn on factory towns."
    told = article(themes, nlp, "Brenneman vows tariff on Japanese cars", [TARIFF_LEAD, home])[1]
    assert "diplomacy" not in told, told


def test_a_minister_who_will_not_renegotiate_a_trade_pact_is_trade(nlp, themes):
    pact = [
        "OTTAWA, Oct 2 (Pressline) - Voters in three swing states say the trade pact with Canada and Mexico has cost "
        "them factory jobs, a poll found on Wednesday.",
        'Canada\'s industry minister said his government would not renegotiate "to suit a campaign" and that the pact '
        "served all three countries.",
    ]
    told = article(themes, nlp, "Voters sour on trade pact", pact)[1]
    assert "trade" in told, told


def test_a_state_s_delegate_speaks_for_it(nlp, themes):
    pledge = [
        "LIMA, Nov 30 (Pressline) - Rich countries pledged on Saturday to provide $80 billion a year by 2032 to help "
        "poorer nations adapt to floods and droughts, as climate talks ran into an extra day.",
        "Poorer countries had asked for $400 billion. Kenya's delegate called the figure an insult and said her "
        "country would keep pressing.",
    ]
    told = article(themes, nlp, "Rich nations pledge $80 billion for climate adaptation", pledge)[1]
    assert "diplomacy" in told, told
