"""Quotes of a forty-eighth batch of blind probes (longform_probes_fortyeighth.py, English-language news of Quebec and
francophone Canada and Europe): the whole batch against its gold, whose count of wrong quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_fortyeighth import (
    BUS_CUTS,
    METRO_LINE,
    POWER_RATES,
    RING_ROAD,
    SHOP_FINES,
)

STM = "Société de transport de Montréal|STM|The STM|Société de transport de Montréal (STM)"
LACHAPELLE = "Marie-Ève Lachapelle-Ouellet"
BEAUDRY = "Sylvain Beaudry-Keating"
TREMBLAY = "Geneviève Tremblay-Dufresne"
DES_ROSIERS = "Bruno Des Rosiers"
NGUYEN = "Chloé Nguyen-Lavoie"
PARTI_QUEBECOIS = "Parti Québécois|The Parti Québécois"
LACHANCE = "Denis Lachance-Morin"
THIBODEAU = "Jean-François Thibodeau-Lamarre"
LE_BIHAN = "Anne-Sophie Le Bihan"
SABLONNIERE = "Luc de la Sablonnière"
HYDRO = "Hydro-Québec"
OPTION = "Option consommateurs"
OQLF = "Office québécois de la langue française|OQLF|The OQLF|Office québécois de la langue française (OQLF)"
GOLDFARB = "Sarah Goldfarb-Pelletier"
ROUSSEAU = "Mathieu Rousseau-Bergeron"
LANCTOT = "Frédéric Lanctôt-Brière|Me Frédéric Lanctôt-Brière"
LE_GOFF = "Jean-Baptiste Le Goff"
VASSEUR = "Hélène Vasseur-Roche"
ELYSEE = "Élysée|The Élysée"
DELACROIX = "Paul-Henri Delacroix"
ANGLADE = "Marie-Thérèse d’Anglade"
MENARD = "Thierry Ménard"
VERBRUGGEN = "Anne-Catherine Verbruggen"
EL_AMRANI = "Youssef El Amrani"
DE_WAUTERS = "Bénédicte de Wauters"
AIT_OUALI = "Karim Ait Ouali"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. The speaker is the
#: fullest name the story gives, with its compound given name and its particles ("de la Sablonnière" is Luc de la
#: Sablonnière, "Ms. Le Bihan" is Anne-Sophie Le Bihan, "Me" before a lawyer's name is a title); "the premier", "the
#: minister", "the mayor", "the union leader", "the nurse" and "the shopkeeper" are the person the story last gave that
#: role. "According to the office of Minister X" is X's; "the statement said" is whoever gave the statement. An
#: organisation named in French (the STM, Hydro-Québec, the OQLF, the Élysée, STIB, the Parti Québécois) speaks as an
#: institution. "said in French", "(translated)", "in an interview with Radio-Canada", "speaking in French", "told
#: FRANCE 24", "told the evening news on X" and "replied that" are cues. Borderline and optional: groups (farmers,
#: residents, an unnamed union), "accused X of", "Paris has argued" (a capital for its government), and the second
#: half of a split quote after its cue.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "bus_cuts": [
        (STM, "will reduce service on 40 bus routes", False),
        (STM, "We have made every effort", False),
        (LACHAPELLE, "the cuts would mostly affect", False),
        (LACHAPELLE, "These are not choices", False),
        (LACHAPELLE, "freeze hiring for maintenance crews", False),
        (BEAUDRY, "a direct consequence", False),
        (BEAUDRY, "The government finds money", False),
        (BEAUDRY, "raised its own contribution", False),
        (TREMBLAY, "increased its transit funding", False),
        ("Olivier Saint-Pierre", "The minister expects the STM", False),
        ("", "would fight the hiring freeze", True),
        (DES_ROSIERS, "Our members already work overtime", False),
        (DES_ROSIERS, "longer breakdowns", False),
        (NGUYEN, "I already wait 20 minutes", False),
        (NGUYEN, "buy a car", False),
        ("Mamadou Diallo", "people who have no other way", False),
        ("Mamadou Diallo", "The ones who take the bus", False),
        ("Étienne Marchand-Rioux", "starving", False),
        (PARTI_QUEBECOIS, "an emergency meeting", False),
        (LACHAPELLE, "any day this week", False),
    ],
    "power_rates": [
        (LACHANCE, "the Crown corporation needed the money", False),
        (LACHANCE, "If we want to electrify Quebec", False),
        (LACHANCE, "low-income households would be protected", False),
        (THIBODEAU, "the lowest in Canada", False),
        (LE_BIHAN, "breaking a promise", True),
        (LE_BIHAN, "The CAQ promised families", False),
        (LACHANCE, "before the war in Ukraine", False),
        (SABLONNIERE, "Hydro-Québec belongs to Quebecers", False),
        (SABLONNIERE, "freeze rates for two years", False),
        ("Karim Benhaddou", "the government had no plan", False),
        (HYDRO, "would bring in about $600 million", False),
        ("Marie-Claude Dufour-Gagnon", "Our investment plan", False),
        ("", "the average household would pay", True),
        (OPTION, "understated the impact", False),
        ("Pierre-Luc Arsenault", "People in old triplexes", False),
    ],
    "shop_fines": [
        ("", "rules keep changing", True),
        (GOLDFARB, "bagel", False),
        (GOLDFARB, "paid a $1,500 fine", False),
        (OQLF, "does not comment on individual files", False),
        (OQLF, "more than 9,000 complaints", False),
        (OQLF, "The vast majority of businesses", False),
        (ROUSSEAU, "three years to adapt", False),
        (ROUSSEAU, "French is not a burden", False),
        (ROUSSEAU, "a support program would cover", False),
        ("Nathalie Ouimet-Sauvé", "the program was welcome", False),
        (LANCTOT, "the rules on trademarks", False),
        (LANCTOT, "One inspector accepts", False),
        (GOLDFARB, "speaks French with her customers", False),
        (GOLDFARB, "My grandmother came here", False),
        (GOLDFARB, "Nobody has to teach us", True),
        ("", "stopped putting English titles", False),
    ],
    "ring_road": [
        ("", "to keep tractors", True),
        ("", "to stay until", True),
        (LE_GOFF, "We are not going home", False),
        (VASSEUR, "would delay the tax", False),
        (VASSEUR, "The government has heard the anger", False),
        (ELYSEE, "had asked the prime minister", False),
        (DELACROIX, "police would not allow the blockade", False),
        (DELACROIX, "The right to protest", False),
        (ANGLADE, "the aid would not change", False),
        (ANGLADE, "Milk sells for 42 cents", False),
        (ANGLADE, "Every litre I sell", False),
        ("Eric Van den Broeck", "France had not formally asked", False),
        ("Paris", "add to farmers", True),
        (MENARD, "the diesel tax was only part", False),
        (MENARD, "The real issue", False),
        (LE_GOFF, "would decide at dawn", False),
        (LE_GOFF, "If they push us", False),
    ],
    "metro_line": [
        ("STIB", "pushed back to 2033", False),
        (VERBRUGGEN, "We would rather tell the truth", False),
        (EL_AMRANI, "would not abandon the project", False),
        (EL_AMRANI, "Line 3 is the backbone", False),
        ("Court of Audit|The Court of Audit", "has risen from", False),
        (DE_WAUTERS, "taxpayers had been misled", False),
        (DE_WAUTERS, "We were promised a metro", False),
        ("", "they felt forgotten", True),
        (AIT_OUALI, "My shop has been behind", False),
        (AIT_OUALI, "lost half his customers", False),
        ("Luc Van der Straeten", "would keep its commitment", False),
    ],
}

ARTICLES = {
    "bus_cuts": BUS_CUTS,
    "power_rates": POWER_RATES,
    "shop_fines": SHOP_FINES,
    "ring_road": RING_ROAD,
    "metro_line": METRO_LINE,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 46 of 70 required when the batch was written (blind); 43 once three gold slips were mended (the headlines'
#: "shops … say rules keep changing" and "farmers vow to keep tractors …" are groups, optional as the other groups are;
#: the farmers' anchor now stands inside what they vowed, without "vowing"). Then 37: a particle and a surname ("Ms. Le
#: Bihan", "de Wauters", "Le Goff") are the one person whose full name ends with them (particle_surname_links). Then 31:
#: a body named in French ("the Société de transport de X", "the Office québécois de la Y") is one organisation, which
#: speaks "in a statement" and as "the office" (french_bodies). Then 27: "Lawyer Me X" is the lawyer X (maitre_names).
#: Then 21: "Marie-Thérèse" tagged apart before "d’Anglade" is one person with it (elided_given_names). Then 17: "Mayor
#: Sylvain" + a hyphen-joined surname tagged an organisation is one person, whom "the mayor" names
#: (given_before_hyphen).
#: Then 15: "according to the office of Minister X" is X's (office_of_owners). Left: "the union leader", "the nurse"
#: and "the shopkeeper" after a person introduced as a union local's president, as working shifts at a hospital and as
#: running a repair business (no word of the description in the introduction); "Another rider, Mamadou Diallo, said"
#: (the name not taken for a person, so his "he said" goes to the speaker before); "Consumer group Option
#: consommateurs" and "the region's transport company STIB", names the recogniser misses after a noun of bodies; "he
#: said" after "… whether to move on Rungis" (the place taken for a person); and the Régie de l'énergie given "according
#: to a report by the Régie's own analysts", which the gold leaves to an unnamed group (optional). Then 13: a name
#: after a trade noun owned by a place ("the region's transport company STIB") is the company (trade_named_bodies).
#: Then 11: "the union leader" is the person named last with a leading post in a union, here the president of the
#: union local (union_leaders). Then 7: "the nurse" and "the shopkeeper" opening the sentence right after "“…,” said
#: X, a Plateau resident who works late shifts at a hospital." and "“…,” said X, who runs a phone repair business on
#: the boulevard Lemonnier." are X, who spoke as its subject, though a place the recogniser tagged a person stands
#: later in the clause that tells of X (described_people._speaking_subject, 4). Then 5: "Le Goff said …" after
#: "Jean-Baptiste Le Goff" is that person as the cue is read (a surname opening with a particle, particle_owners),
#: so the "he said" after it is his, not Rungis's, a place the recogniser took for a person (2). Then 3: "Another
#: rider, Mamadou Diallo, said", the name tagged an organisation, is a person (a rider is a person's noun, lexicon),
#: whom the "he said" after means (2). Left, by pattern: "Consumer group Option consommateurs" (2) and the Régie given
#: "according to a report by the Régie's own analysts" (1).
WRONG_TODAY = 3


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
