"""Quotes of a sixty-eighth batch of blind probes (longform_probes_sixtyeighth.py, agriculture, food and rural news as
the farm press, the wires and the regional papers write it): the whole batch against its gold, whose count of wrong
quotes may only go down."""

from __future__ import annotations

from tests.quoting import wrong_in_articles
from tests.unit.analysis.longform_probes_sixtyeighth import (
    BEEF_TRADE,
    BIRD_FLU,
    DAIRY_MERGER,
    DROUGHT,
    FARM_LABOUR,
)

OSTRANDER = "Dale Ostrander"
USDA = "Agriculture Department|The Agriculture Department|department|The department"
ETXEBERRIA = "Marisol Etxeberria-Voss"
WHEAT_COUNCIL = "Kansas Wheat Growers Council|The Kansas Wheat Growers Council"
HALDANE = "Corinne Haldane-Pruitt"
TILLOTSON = "Russ Tillotson-Grey"
BAPTISTA = "Aurelio Baptista-Kemp"
VANDERMEER = "Hollis Vandermeer-Quade"
CLEARBROOK = "Clearbrook Dairy Cooperative|Clearbrook|co-op|The co-op"
SOLHEIM = "Ingrid Solheim-Batts"
NORTHERN = "Northern Pastures|Northern Pastures Cooperative"
AALTO = "Benedikt Aalto-Renn"
PETTIJOHN = "Lorna Pettijohn-Hale"
DRESSEL = "Mark Dressel-Uhl"
KEARNEY = "Alistair Kearney-Moss"
MEAT_EXPORTERS = "Australian Meat Exporters Association|The Australian Meat Exporters Association"
LINDQVIST = "Fiona Lindqvist-Brand"
IMPORTING_MINISTRY = "|agriculture ministry|importing country’s agriculture ministry"
LOCKYER = "Hamish Lockyer-Dunne"
ARBUTHNOT = "Quentin Arbuthnot-Ng"
NAKAMURA = "Teresa Nakamura-Oduya"
IOWA_AGRICULTURE = "Iowa Department of Agriculture|The Iowa Department of Agriculture|department|The department"
ASHGROVE = "Wendell Ashgrove-Pike"
EGG_FEDERATION = "United Egg Producers Federation|The United Egg Producers Federation"
OKAFOR = "Samuel Okafor-Lindahl"
BIANCHI = "Teodoro Bianchi-Lusk"
VILLASENOR = "Rosa Villaseñor-Trent"
OYELARAN = "Margaret Oyelaran-Hobbs"
FRUIT_LEAGUE = "Northwest Fruit Growers League|The Northwest Fruit Growers League"
LABOR_DEPARTMENT = "Labor Department|The Labor Department"
JAVIER = "Javier"

#: The quotes of each article by GUIDELINES.md, written before the rules were run: (speaker, a piece of what was said,
#: optional). A speaker may have several spellings; an empty one is a group or an unnamed source. A farmer named by his
#: first name after he is introduced ("Dale says") and a description that refers back ("the farmer said", "the
#: agronomist said", "the veterinarian said", "the exporters’ chief said", "the senator said") are the person named
#: before; "he says" set inside a sentence is a cue. An organisation that speaks through a letter, a report, a notice,
#: a news release or its monthly outlook ("said in its monthly outlook", "the co-op said in a letter to members",
#: "said in a report released on Thursday") speaks as itself; a broker "said in a note" and "he wrote" speaks. A
#: quotation that follows "“…,” she said." with no new cue continues the quote before it and is optional as a quote of
#: its own. Borderline and optional: unnamed sources and groups ("several members said", "analysts said", "Australia’s
#: beef exporters warned", "growers … say", a poultry grower "who asked that his farm not be named"), a body that is
#: not named ("the importing country’s agriculture ministry"), "over what it called", "declined to say whether",
#: "according to the department", and "asked that his last name not be used". "Voted no" is no speech.
GOLD: dict[str, list[tuple[str, str, bool]]] = {
    "drought": [
        (OSTRANDER, "the first time he has watched a crop die", False),
        (OSTRANDER, "You could walk out there in June", False),
        (OSTRANDER, "That sound is money leaving", True),
        (USDA, "drought across the southern plains", False),
        (USDA, "prices were likely to rise", False),
        (ETXEBERRIA, "the damage had come in two waves", False),
        (ETXEBERRIA, "The timing could not have been worse", False),
        (ETXEBERRIA, "drought-tolerant varieties", False),
        (OSTRANDER, "his yields came in at 19 bushels", False),
        (OSTRANDER, "Crop insurance will cover", False),
        (OSTRANDER, "Insurance keeps you alive", False),
        (WHEAT_COUNCIL, "it had asked the state’s congressional delegation", False),
        (HALDANE, "one bad year away from selling", False),
        (TILLOTSON, "deliveries were down by about a third", False),
        (TILLOTSON, "We built this place for a good year", False),
        (BAPTISTA, "higher prices would soften the blow", False),
        (OSTRANDER, "Higher prices are great", False),
    ],
    "dairy_merger": [
        (VANDERMEER, "This was the hardest decision", False),
        (VANDERMEER, "a co-op our size cannot keep paying", True),
        (CLEARBROOK, "the merger would raise the price", False),
        (SOLHEIM, "Once you’re a small fish", False),
        (SOLHEIM, "Today we have a vote that counts", True),
        ("", "they worried the promise on the cheese plant", True),
        (NORTHERN, "it welcomed Clearbrook’s members", False),
        (AALTO, "in writing and we intend to honor it", False),
        (PETTIJOHN, "small co-ops had been squeezed", False),
        (PETTIJOHN, "There were 140 dairy co-ops", False),
        (PETTIJOHN, "Mergers like this are how the rest survive", True),
        (DRESSEL, "he did so with regret", False),
        (DRESSEL, "I didn’t vote for Northern Pastures", False),
        (VANDERMEER, "the board would meet next week", False),
    ],
    "beef_trade": [
        ("", "they stood to lose hundreds", True),
        ("", "lapses in meat inspection", True),
        (KEARNEY, "he had raised the suspension directly", False),
        (KEARNEY, "unjustified and out of step", True),
        (KEARNEY, "Australian beef is some of the safest", False),
        (MEAT_EXPORTERS, "the six plants accounted for nearly a fifth", False),
        (LINDQVIST, "processors had already begun laying off", False),
        (LINDQVIST, "We have plants in regional towns", False),
        (LINDQVIST, "When the plant stops, the town stops", True),
        (IMPORTING_MINISTRY, "the suspension would remain in place", True),
        (LOCKYER, "prices at the saleyards had fallen", False),
        (LOCKYER, "The buyers just stopped bidding", False),
        ("", "the dispute appeared to be about more than meat", True),
        (ARBUTHNOT, "the suspension had come two weeks after", False),
        (ARBUTHNOT, "The timing is not a coincidence", False),
        (KEARNEY, "whether the two disputes were linked", True),
        (KEARNEY, "use every channel", False),
        (LINDQVIST, "exporters are looking for other markets", False),
        (LINDQVIST, "You don’t replace a customer like that", False),
    ],
    "bird_flu": [
        (NAKAMURA, "the virus had most likely been carried", False),
        (NAKAMURA, "We are seeing it move with the flyways", False),
        (NAKAMURA, "the birds would be euthanized", False),
        (IOWA_AGRICULTURE, "a 10-kilometre control zone", False),
        ("", "he had not let anyone near his barns", True),
        ("", "I wash my boots three times", True),
        (ASHGROVE, "he lost his entire flock", False),
        (ASHGROVE, "You go from 40,000 birds to zero", False),
        (EGG_FEDERATION, "the industry needed faster indemnity payments", False),
        (OKAFOR, "vaccination would help", False),
        (OKAFOR, "Vaccinate, and you protect the hens", False),
        ("|" + IOWA_AGRICULTURE, "Egg prices at grocery stores", True),
    ],
    "farm_labour": [
        ("", "would leave fruit rotting on the trees", True),
        ("", "the changes do not go far enough", True),
        (BIANCHI, "We need about 600 pickers", False),
        (BIANCHI, "the proposed rules would add weeks", False),
        (BIANCHI, "I’m not against paying people well", False),
        (VILLASENOR, "the changes would give workers more protection", False),
        (VILLASENOR, "These workers cannot quit", False),
        (VILLASENOR, "her group had documented dozens", False),
        (OYELARAN, "she would push to pair", False),
        (OYELARAN, "We can protect workers and get the crop in", False),
        (FRUIT_LEAGUE, "the state’s apple growers had spent", False),
        (LABOR_DEPARTMENT, "modernize the program", False),
        (JAVIER, "his last name not be used", True),
        (JAVIER, "most workers he knew wanted the new rules", False),
        (JAVIER, "We come because the money is good", False),
    ],
}

ARTICLES = {
    "drought": DROUGHT,
    "dairy_merger": DAIRY_MERGER,
    "beef_trade": BEEF_TRADE,
    "bird_flu": BIRD_FLU,
    "farm_labour": FARM_LABOUR,
}
#: Wrong quotes of the batch (gold quotes missed, and quotes with a speaker that match no gold one) when it was last
#: measured: 11 of 59 required when the batch was written (blind), 10 after one gold slip: "said he had raised … and
#: called it “unjustified …”" holds a second cue of the minister ("call" as "describe"), set optional as a quote of its
#: own. Then 8: what was said no longer opens inside a word the parser split at its hyphen ("small co-ops had been …"
#: kept as "ops had been …"; split_compounds.py, 2). Then 7: a "that" clause after a writing dated by a participle is
#: what the body said ("said in a report released on Thursday that …"; dated_writings.py, 1). Left, by pattern: a
#: description that refers back to a person named before ("the farmer said" of a man who "has farmed", "the
#: exporters’ chief said" of an association's chief executive) given to no one (4, a miss and an unnamed quote each);
#: "the co-op said in a letter" after its chair spoke not resolved to the co-op the story named (2, a miss and an
#: unnamed quote); a first-name speaker whose long apposition ends in "and asked that his last name not be used,
#: said …" missed (1). Then 5: "the farmer said" six paragraphs after "CALDER SPRINGS, Kan. — X has farmed wheat …"
#: is the one person of the article whose words fit, the dateline's town parsed as the subject beside the name
#: (described_people.py, 2). Left, by pattern: "the exporters’ chief said" (2), "the co-op said in a letter" (2) and
#: the first-name speaker who asked that his last name not be used (1). Then 3: "the co-op said in a letter" two
#: paragraphs after the co-operative was named is the one co-operative named before, or, of two, the one the article
#: named again near by the first word of its name ("X's board"; kind_nouns.kind_named_last). Left, by pattern: "the
#: exporters’ chief said" (2) and the first-name speaker who asked that his last name not be used (1). Then 1: "the
#: exporters’ chief said" is the association's chief executive named before, a role owned by a common noun of the
#: body's kind standing for the person named with that role (role_holders._owned_by_a_body). Left: the first-name
#: speaker who asked that his last name not be used (1).
WRONG_TODAY = 1


def test_the_batch_has_no_more_wrong_quotes_than_when_last_measured(nlp):
    wrong = wrong_in_articles(nlp, ARTICLES, GOLD)
    assert len(wrong) <= WRONG_TODAY, wrong
